#!/usr/bin/env python3
"""Switching language at run time, as a visitor would with the header's language picker."""

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def translations(language):
    """Reads po/LANG.po into {(msgctxt, msgid): msgstr} for single-line entries."""
    entries = {}
    context = msgid = None
    text = (ROOT / "po" / f"{language}.po").read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        fields = {}
        current = None
        for line in block.splitlines():
            match = re.match(r'^(msgctxt|msgid|msgstr) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if "msgid" in fields and "msgstr" in fields:
            context = fields.get("msgctxt")
            msgid = fields["msgid"].replace('\\"', '"')
            entries[(context, msgid)] = fields["msgstr"].replace('\\"', '"')
    return entries


def pick_language(session, current, wanted):
    """Opens the header's picker, which shows the language in use, and picks another."""
    button = session.wait_for(
        lambda: next((node for node in session.find_all(role="push button", name=current)
                      if node.queryAction().nActions > 0), None),
        what=f"the language picker showing {current}")
    session.click(button)
    session.click(session.find(role="radio menu item", name=wanted, timeout=10))


def test_switch_languages():
    english_title = "World Internet Conference Wuzhen Summit, 2014–2023"
    english_exhibit = "IPv6: an address for everything"
    chinese = translations("zh_CN")
    arabic = translations("ar")
    with VitrineSession() as session:
        session.find(role="frame", name=english_title)
        session.find(role="page tab", name="Exhibits")

        pick_language(session, "English", "中文")
        session.find(role="frame", name=chinese[("pack/title", english_title)], timeout=15)
        session.find(role="page tab", name=chinese[(None, "Exhibits")], timeout=10)
        session.click(session.find(role="page tab", name=chinese[(None, "Exhibits")]))
        session.wait_for(lambda: any(node.name == chinese[("exhibit/ipv6/title", english_exhibit)]
                                     for node in session.find_all(role="panel")),
                         what="the Chinese title of the IPv6 exhibit")

        # The picker lists each language in its own name and script, whatever the UI language.
        pick_language(session, "中文", "العربية")
        session.find(role="frame", name=arabic[("pack/title", english_title)], timeout=15)
        session.find(role="page tab", name=arabic[(None, "Exhibits")], timeout=10)

        pick_language(session, "العربية", "English")
        session.find(role="frame", name=english_title, timeout=15)
        session.find(role="page tab", name="Exhibits", timeout=10)


def main():
    tap = Tap()
    tap.case("switch to Chinese, Arabic and back to English", test_switch_languages)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
