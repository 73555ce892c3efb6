#!/usr/bin/env python3
"""Writes the fuzz target's seed inputs: one per pack folder, in the target's format.

Each seed holds a pack's five JSON files, each after a "==> NAME <==" header line; a file the
pack lacks gets a "==> -NAME <==" header, which removes it (see tests/fuzz/fuzz-pack.c). The
seeds are the built-in pack, the example pack, the minimal pack and every broken pack.

usage: fuzz-seeds.py OUTPUT_FOLDER
"""

import pathlib
import sys

FILES = ["pack.json", "exhibits.json", "timeline.json", "figures.json", "tours.json"]


def seed_for(folder: pathlib.Path) -> bytes:
    parts = []
    for name in FILES:
        path = folder / name
        if path.is_file():
            parts.append(f"==> {name} <==\n".encode() + path.read_bytes())
        else:
            parts.append(f"==> -{name} <==".encode())
    return b"\n".join(parts)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    top = pathlib.Path(__file__).resolve().parent.parent
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)

    folders = {
        "builtin": top / "resources" / "pack",
        "river-museum": top / "docs" / "examples" / "river-museum",
        "minimal": top / "tests" / "data" / "minimal",
    }
    for broken in sorted((top / "tests" / "data" / "broken").iterdir()):
        if broken.is_dir():
            folders["broken-" + broken.name] = broken

    for name, folder in folders.items():
        (out / f"seed-{name}").write_bytes(seed_for(folder))
    print(f"{len(folders)} seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
