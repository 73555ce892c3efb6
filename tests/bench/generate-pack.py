#!/usr/bin/env python3
# generate-pack.py: writes a large, valid, deterministic content pack for the benchmarks
#
# Usage: generate-pack.py DIR [--exhibits N] [--events N] [--seed S]
#
# The same seed and counts always give the same bytes, so figures from different runs and
# machines are measured on the same pack. The defaults are those of docs/performance.md:
# 10,000 exhibits and 10,000 events, seed 9. Text lengths are close to the built-in pack's, so
# the JSON weighs what a real pack of that size would (about 1.5 KB per exhibit).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import os
import random

WORDS = """
archive bridge cable canal chart circuit clock code council crossing data decade engine
exhibit ferry festival field forum garden harbour history index island journal lamp letter
library light machine map market model museum network office paper people photograph port
radio record river road school science signal station street summit system telegraph tower
town train valley village voice water window workshop year standard protocol treaty
""".split()

CATEGORY_COLOURS = ["#1c71d8", "#26a269", "#e5a50a", "#c64600", "#a51d2d", "#613583",
                    "#63452c", "#3d3846"]
CATEGORY_ICONS = ["applications-science-symbolic", "emblem-documents-symbolic",
                  "network-wired-symbolic", "weather-clear-symbolic",
                  "accessories-dictionary-symbolic", "applications-engineering-symbolic",
                  "camera-photo-symbolic", "mail-send-symbolic"]
N_IMAGES = 32


def sentence(rng, n_min, n_max):
    words = [rng.choice(WORDS) for _ in range(rng.randint(n_min, n_max))]
    return " ".join(words).capitalize() + "."


def paragraph(rng, n_sentences):
    return " ".join(sentence(rng, 8, 16) for _ in range(n_sentences))


def title(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize()


def date(rng, year):
    kind = rng.randrange(3)
    if kind == 0:
        return f"{year}"
    month = rng.randint(1, 12)
    if kind == 1:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def sources(rng):
    result = []
    for _ in range(rng.randint(1, 2)):
        source = {"title": title(rng), "publisher": f"The {title(rng)} Society (generated)"}
        if rng.random() < 0.7:
            source["date"] = date(rng, rng.randint(1900, 2025))
        if rng.random() < 0.5:
            source["url"] = f"https://example.org/{rng.choice(WORDS)}/{rng.randrange(10**6)}"
        result.append(source)
    return result


def image_svg(index):
    hue = index * 360 // N_IMAGES
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" '
            f'viewBox="0 0 640 400">'
            f'<rect width="640" height="400" fill="hsl({hue},55%,82%)"/>'
            f'<circle cx="{160 + index * 9}" cy="200" r="{60 + index * 2}" '
            f'fill="hsl({(hue + 180) % 360},60%,45%)"/>'
            f'<rect x="360" y="{80 + index * 4}" width="180" height="120" rx="16" '
            f'fill="hsl({(hue + 90) % 360},50%,35%)"/></svg>\n')


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def generate(folder, n_exhibits, n_events, seed):
    rng = random.Random(seed)
    os.makedirs(os.path.join(folder, "images"), exist_ok=True)
    for i in range(N_IMAGES):
        with open(os.path.join(folder, "images", f"picture-{i:02d}.svg"), "w") as f:
            f.write(image_svg(i))

    categories = [{"id": f"category-{i}", "name": title(rng), "icon": CATEGORY_ICONS[i],
                   "color": CATEGORY_COLOURS[i]} for i in range(len(CATEGORY_COLOURS))]
    write_json(os.path.join(folder, "pack.json"), {
        "format": 1,
        "id": "generated-bench-pack",
        "title": f"A generated pack of {n_exhibits} exhibits",
        "description": "A pack written by tests/bench/generate-pack.py for the benchmarks.",
        "source_language": "en",
        "languages": ["en"],
        "gettext_domain": "generated-bench-pack",
        "hero": {"path": "images/picture-00.svg", "alt": "Coloured shapes on a pale ground."},
        "categories": categories,
    })

    exhibit_ids = [f"exhibit-{i:05d}" for i in range(n_exhibits)]
    event_ids = [f"event-{i:05d}" for i in range(n_events)]
    # Events are spread over 1900 to 2025, in date order within a year, like a real timeline.
    event_years = sorted(rng.randint(1900, 2025) for _ in range(n_events))

    exhibits = []
    for i, exhibit_id in enumerate(exhibit_ids):
        exhibit = {
            "id": exhibit_id,
            "title": title(rng),
            "exhibitor": f"The {title(rng)} Collection (generated)",
            "category": rng.choice(categories)["id"],
            "year": rng.randint(1900, 2025),
            "summary": sentence(rng, 12, 24),
            "body": [paragraph(rng, rng.randint(2, 4)) for _ in range(rng.randint(1, 3))],
            "image": {"path": f"images/picture-{rng.randrange(N_IMAGES):02d}.svg",
                      "alt": sentence(rng, 8, 14)},
            "facts": [{"label": title(rng), "value": f"{rng.randint(1, 9999)} {rng.choice(WORDS)}s"}
                      for _ in range(rng.randint(0, 3))],
            "related": sorted(set(rng.choice(exhibit_ids) for _ in range(rng.randint(0, 3)))
                              - {exhibit_id}),
            "events": sorted(set(rng.choice(event_ids) for _ in range(rng.randint(0, 2)))),
            "sources": sources(rng),
        }
        exhibits.append(exhibit)
    write_json(os.path.join(folder, "exhibits.json"), {"exhibits": exhibits})

    events = []
    for i, event_id in enumerate(event_ids):
        year = event_years[i]
        event = {
            "id": event_id,
            "date": date(rng, year),
            "title": title(rng),
            "text": paragraph(rng, rng.randint(1, 3)),
            "category": rng.choice(categories)["id"],
            "exhibits": sorted(set(rng.choice(exhibit_ids) for _ in range(rng.randint(0, 2)))),
            "sources": sources(rng),
        }
        if rng.random() < 0.1:
            event["end"] = f"{min(year + rng.randint(1, 5), 2025)}"
        if rng.random() < 0.2:
            event["image"] = {"path": f"images/picture-{rng.randrange(N_IMAGES):02d}.svg",
                              "alt": sentence(rng, 8, 14)}
        events.append(event)
    eras = [{"id": f"era-{start}", "name": f"The years from {start}", "start": f"{start}",
             "end": f"{start + 24}", "color": CATEGORY_COLOURS[k % len(CATEGORY_COLOURS)]}
            for k, start in enumerate(range(1900, 2026, 25))]
    write_json(os.path.join(folder, "timeline.json"), {"eras": eras, "events": events})

    figures = [{"id": f"figure-{i}", "value": rng.randint(10, 10**6), "unit": rng.choice(WORDS) + "s",
                "label": sentence(rng, 5, 10), "qualifier": rng.choice(["exact", "approximate"]),
                "sources": sources(rng)} for i in range(6)]
    write_json(os.path.join(folder, "figures.json"), {"figures": figures})

    tours = [
        {"id": "highlights", "title": "Highlights", "purpose": "talk",
         "stops": [{"exhibit": rng.choice(exhibit_ids), "notes": sentence(rng, 6, 12),
                    "seconds": 60} for _ in range(10)]},
        {"id": "attract-loop", "title": "Attract loop", "purpose": "attract",
         "stops": [{"exhibit": rng.choice(exhibit_ids), "seconds": 20} for _ in range(10)]},
    ]
    write_json(os.path.join(folder, "tours.json"), {"tours": tours})


def main():
    parser = argparse.ArgumentParser(description="Write a large deterministic content pack.")
    parser.add_argument("folder")
    parser.add_argument("--exhibits", type=int, default=10000)
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    generate(args.folder, args.exhibits, args.events, args.seed)


if __name__ == "__main__":
    main()
