#!/usr/bin/env python3
"""The desktop experience, driven as a keyboard and screen reader user would drive it."""

import json
import os
import pathlib
import shutil
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACK_DIR = ROOT / "resources" / "pack"
EXHIBITS = json.loads((PACK_DIR / "exhibits.json").read_text())["exhibits"]
EVENTS = json.loads((PACK_DIR / "timeline.json").read_text())["events"]
TITLES = {exhibit["title"] for exhibit in EXHIBITS}
BY_TITLE = {exhibit["title"]: exhibit for exhibit in EXHIBITS}


def heading(session, name, timeout=10):
    return session.find(role="heading", name=name, timeout=timeout)


def card_titles(session):
    table = session.find(role="table", name="Exhibits")
    return {node.name for node in session.find_all(role="panel", root=table)
            if node.name in TITLES}


def test_open_exhibit_from_gallery():
    with VitrineSession() as session:
        session.click(session.find(role="page tab", name="Exhibits"))
        session.wait_for(lambda: len(card_titles(session)) >= 6, what="exhibit cards")
        item = session.tab_to(lambda node: node.getRoleName() in ("list item", "table cell")
                              and any(child.name in TITLES for child in
                                      session.find_all(role="panel", root=node)),
                              what="an exhibit card")
        title = next(child.name for child in session.find_all(role="panel", root=item)
                     if child.name in TITLES)
        session.keys("Return")
        heading(session, title)


def test_filter_by_category():
    with VitrineSession() as session:
        session.click(session.find(role="page tab", name="Exhibits"))
        session.wait_for(lambda: len(card_titles(session)) >= 6, what="exhibit cards")
        session.click(session.find(role="push button", name="Cybersecurity"))
        security = {e["title"] for e in EXHIBITS if e["category"] == "security"}
        session.wait_for(lambda: card_titles(session) == security,
                         what="only the cybersecurity exhibits")
        session.click(session.find(role="push button", name="All Categories"))
        session.wait_for(lambda: len(card_titles(session) - security) > 0,
                         what="every category again")


def test_search_and_open_result():
    with VitrineSession() as session:
        session.find(role="page tab", name="Overview")
        session.type_text("ipv6")
        session.find(role="label", contains="result", timeout=10)
        session.wait_for(lambda: any(node.name.startswith("Exhibit: IPv6")
                                     for node in session.find_all()
                                     if node.name), what="the IPv6 result")
        session.keys("Down", "Return")
        heading(session, "IPv6: an address for everything")


def event_order():
    def key(event):
        date = event["date"]
        return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]
    return [event["title"] for event in sorted(EVENTS, key=key)]


def focus_band(session):
    session.click(session.find(role="page tab", name="Timeline"))
    return session.tab_to(lambda node: node.name == "Timeline"
                          and node.getRoleName() == "panel", what="the timeline band")


def test_timeline_keyboard():
    order = event_order()
    with VitrineSession() as session:
        band = focus_band(session)
        # The band announces the selected event through its accessible description.
        session.keys("Right")
        session.wait_for(lambda: order[0] in band.description, what="the first event")
        session.keys("Right")
        session.wait_for(lambda: order[1] in band.description, what="the second event")
        session.keys("End")
        session.wait_for(lambda: order[-1] in band.description, what="the last event")
        session.keys("Home")
        session.wait_for(lambda: order[0] in band.description, what="the first event again")


def test_timeline_link_to_exhibit_and_back():
    first = next(e for e in EVENTS if e["id"] == "2014-first-summit")
    exhibit_title = next(e["title"] for e in EXHIBITS if e["id"] == first["exhibits"][0])
    with VitrineSession() as session:
        band = focus_band(session)
        session.keys("Home")
        session.wait_for(lambda: first["title"] in band.description, what="the first event")
        session.keys("Return")
        heading(session, first["title"])
        session.tab_to(lambda node: node.getRoleName() == "list item"
                       and node.name == exhibit_title, what="the linked exhibit")
        session.keys("Return")
        heading(session, exhibit_title)
        session.keys("alt+Left")
        heading(session, first["title"])


def test_reload_on_change_and_toast_when_broken():
    temp = pathlib.Path(tempfile.mkdtemp(prefix="vitrine-e2e-pack-"))
    pack = temp / "pack"
    shutil.copytree(ROOT / "tests" / "data" / "minimal", pack)
    try:
        with VitrineSession("--content", str(pack)) as session:
            session.find(role="frame", name="Minimal test pack")

            manifest = pack / "pack.json"
            manifest.write_text(manifest.read_text().replace("Minimal test pack", "Edited pack"))
            session.find(role="frame", name="Edited pack", timeout=10)

            exhibits = pack / "exhibits.json"
            exhibits.write_text(exhibits.read_text().replace('"exhibits"', '"exhibits" ,,', 1))
            toast = session.find(role="label", contains="The edit was not loaded", timeout=10)
            assert "exhibits.json:" in toast.name, toast.name
            session.find(role="frame", name="Edited pack")
            session.screenshot(os.path.join(os.environ.get("E2E_OUTPUT", "/tmp"),
                                            "desktop-reload-toast.png"))
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def main():
    tap = Tap()
    tap.case("open an exhibit from the gallery", test_open_exhibit_from_gallery)
    tap.case("filter by category", test_filter_by_category)
    tap.case("search and open a result", test_search_and_open_result)
    tap.case("step through the timeline with the keyboard", test_timeline_keyboard)
    tap.case("follow a timeline link to its exhibit and back",
             test_timeline_link_to_exhibit_and_back)
    tap.case("reload on change, toast when broken", test_reload_on_change_and_toast_when_broken)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
