#!/usr/bin/env python3
"""The window opens under Xvfb and shows the exhibits; a bad pack falls back, with its errors."""

import json
import os
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = pathlib.Path(os.environ.get("E2E_OUTPUT", "/tmp"))
PACK = json.loads((ROOT / "resources" / "pack" / "pack.json").read_text())
EXHIBITS = json.loads((ROOT / "resources" / "pack" / "exhibits.json").read_text())["exhibits"]
TITLES = {exhibit["title"] for exhibit in EXHIBITS}


def visible_exhibit_titles(session):
    return TITLES.intersection(session.texts())


def test_window_shows_exhibits():
    with VitrineSession() as session:
        session.find(role="frame", name=PACK["title"])
        session.click(session.find(role="page tab", name="Exhibits"))
        shown = session.wait_for(lambda: len(visible_exhibit_titles(session)) >= 6 and
                                 visible_exhibit_titles(session), what="exhibit cards")
        assert len(shown) >= 6, shown

        # Cards are read by their titles, and their pictures expose the alt text. Each check
        # waits, because on a loaded machine an accessibility query can time out mid-walk.
        def card_names():
            names = {node.name for node in session.find_all(role="panel")
                     if node.name in TITLES}
            return names if len(names) >= 6 else None
        session.wait_for(card_names, what="six exhibit cards named by their titles")
        alts = {exhibit["image"]["alt"] for exhibit in EXHIBITS}

        def described_images():
            images = [node.description for node in session.find_all(role="image")
                      if node.description in alts]
            return images if len(images) >= 6 else None
        session.wait_for(described_images, what="six card pictures described by their alt text")

        deviation = session.screenshot(str(OUT / "smoke-builtin.png"))
        assert deviation > 0.05, f"the screenshot looks blank (deviation {deviation})"


def test_bad_pack_falls_back_and_shows_errors():
    broken = ROOT / "tests" / "data" / "broken" / "missing-image"
    with VitrineSession("--content", str(broken)) as session:
        banner = session.find(role="label", contains="could not be opened")
        assert "missing-image" in banner.name, banner.name
        assert PACK["title"] in banner.name, banner.name

        # The built-in pack is on show, never a half-loaded broken one.
        session.click(session.find(role="page tab", name="Exhibits"))
        session.wait_for(lambda: len(visible_exhibit_titles(session)) >= 6, what="cards")
        broken_titles = {e["title"] for e in
                         json.loads((broken / "exhibits.json").read_text())["exhibits"]}
        assert not broken_titles.intersection(session.texts())

        session.click(session.find(role="push button", contains="Show Problems"))
        problem = session.find(role="label", contains="exhibits.json:51:17: error:")
        assert "/exhibits/1/image/path" in problem.name, problem.name
        session.screenshot(str(OUT / "smoke-fallback.png"))


def main():
    tap = Tap()
    tap.case("window shows exhibits", test_window_shows_exhibits)
    tap.case("bad pack falls back and shows errors", test_bad_pack_falls_back_and_shows_errors)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
