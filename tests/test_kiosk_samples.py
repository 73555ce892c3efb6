#!/usr/bin/env python3
"""The kiosk deployment samples in data/kiosk/ are valid, start Vitrine in kiosk mode, and
docs/kiosk.md names each of them and every kiosk setting of the schema."""

import configparser
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from tap import Tap  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "kiosk"
DOC = ROOT / "docs" / "kiosk.md"
APP_ID = "io.github.vitrine.Vitrine"


def test_script():
    script = SAMPLES / "gnome-kiosk-script"
    assert script.stat().st_mode & 0o111, "gnome-kiosk-script is not executable"
    subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "--kiosk" in text, "the script does not start kiosk mode"
    # A staff exit (status 0) must end the session rather than start Vitrine again.
    assert re.search(r'\[ "\$status" -eq 0 \] && exit 0', text), "a staff exit restarts it"


def test_window_config():
    config = configparser.ConfigParser()
    config.read(SAMPLES / "window-config.ini", encoding="utf-8")
    matching = [section for section in config.sections()
                if config[section].get("match-class") == APP_ID]
    assert matching, f"no section matches {APP_ID}"
    assert config[matching[0]].getboolean("set-fullscreen"), "Vitrine is not set full screen"


def test_service():
    config = configparser.ConfigParser(strict=False)
    config.read(SAMPLES / "vitrine-kiosk.service", encoding="utf-8")
    start = config["Service"]["ExecStart"]
    assert "vitrine --kiosk" in start, start
    # cage's -s would let a visitor switch to a text console.
    words = start.split()
    cage = next(i for i, word in enumerate(words) if word.endswith("cage"))
    options = words[cage + 1:words.index("--")]
    assert not [o for o in options if re.fullmatch(r"-[a-zA-Z]*s[a-zA-Z]*", o)], \
        f"cage allows console switching: {start}"
    assert config["Service"]["Restart"] == "on-failure", "a staff exit would be restarted"


def test_autostart():
    desktop = SAMPLES / f"{APP_ID}.Kiosk.desktop"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    assert "Exec=vitrine --kiosk" in desktop.read_text(encoding="utf-8")


def test_doc():
    doc = DOC.read_text(encoding="utf-8")
    for sample in sorted(SAMPLES.iterdir()):
        assert f"data/kiosk/{sample.name}" in doc, f"docs/kiosk.md does not name {sample.name}"
    schema = (ROOT / "data" / f"{APP_ID}.gschema.xml").read_text(encoding="utf-8")
    for key in re.findall(r'<key name="(kiosk-[a-z-]+)"', schema):
        assert f"`{key}`" in doc, f"docs/kiosk.md does not describe the setting {key}"
    assert "flatpak override --filesystem=" in doc, "the Flatpak override is not documented"


def main():
    tap = Tap()
    tap.case("the GNOME Kiosk script starts kiosk mode and ends on a staff exit", test_script)
    tap.case("the GNOME Kiosk window config sets Vitrine full screen", test_window_config)
    tap.case("the cage unit starts kiosk mode without console switching", test_service)
    tap.case("the autostart entry is valid and starts kiosk mode", test_autostart)
    tap.case("docs/kiosk.md names every sample and every kiosk setting", test_doc)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
