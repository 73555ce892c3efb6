#!/usr/bin/env python3
"""The packaging files agree with each other and with the app: the Flatpak manifests, the
screenshots the metainfo names, the man page against --help-all, the icons and the desktop file.

The validators themselves (appstreamcli, desktop-file-validate, glib-compile-schemas) run as
their own meson tests; this checks what they cannot know.
"""

import configparser
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from tap import Tap

ROOT = pathlib.Path(__file__).resolve().parent.parent
VITRINE = os.environ["VITRINE"]
METAINFO = pathlib.Path(os.environ["VITRINE_METAINFO"])
DESKTOP = pathlib.Path(os.environ["VITRINE_DESKTOP"])
APP_ID = os.environ["VITRINE_APP_ID"]
BASE_ID = "io.github.vitrine.Vitrine"
FLATPAK = ROOT / "build-aux" / "flatpak"
SCREENSHOT_URL = "https://raw.githubusercontent.com/vitrine/vitrine/main/data/screenshots/"

# The sandbox holes the manifests may open, and no others: see the comments in the manifest.
PERMISSIONS = ["--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"]


def show_manifest(name):
    # flatpak-builder parses with json-glib, whose comment handling differs from a strict JSON
    # parser's (a slash inside a comment breaks it), so the parsed result is what counts.
    # It also leaves a .flatpak-builder state folder in its working directory.
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(["flatpak-builder", "--show-manifest", str(FLATPAK / name)],
                                capture_output=True, text=True, timeout=60, cwd=scratch)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def check_manifest(manifest, app_id):
    assert manifest["id"] == app_id, manifest["id"]
    assert manifest["runtime"] == "org.gnome.Platform", manifest
    assert manifest["sdk"] == "org.gnome.Sdk", manifest
    assert int(manifest["runtime-version"]) >= 49, manifest["runtime-version"]
    assert manifest["command"] == "vitrine", manifest
    assert manifest["finish-args"] == PERMISSIONS, manifest["finish-args"]
    modules = {module["name"]: module for module in manifest["modules"]}
    assert list(modules) == ["libqrencode", "vitrine"], list(modules)
    source = modules["libqrencode"]["sources"][0]
    assert source["url"].startswith("https://") and len(source["sha256"]) == 64, source
    assert modules["vitrine"]["buildsystem"] == "meson", modules["vitrine"]
    path = (FLATPAK / modules["vitrine"]["sources"][0]["path"]).resolve()
    assert (path / "meson.build").exists(), path
    return modules["vitrine"]


def test_stable_manifest():
    vitrine = check_manifest(show_manifest(BASE_ID + ".json"), BASE_ID)
    assert not any(o.startswith("-Dprofile") for o in vitrine.get("config-opts", [])), vitrine


def test_devel_manifest():
    vitrine = check_manifest(show_manifest(BASE_ID + ".Devel.json"), BASE_ID + ".Devel")
    assert "-Dprofile=development" in vitrine["config-opts"], vitrine


def test_screenshots_exist():
    images = [image.text.strip() for image in ET.parse(METAINFO).iter("image")]
    assert len(images) >= 3, images
    for url in images:
        assert url.startswith(SCREENSHOT_URL), url
        name = url[len(SCREENSHOT_URL):]
        assert (ROOT / "data" / "screenshots" / name).is_file(), f"no data/screenshots/{name}"
    captions = [caption.text for caption in ET.parse(METAINFO).iter("caption")
                if not caption.attrib]
    assert len(captions) == len(images), captions


def man_page_text():
    # In troff source a dash is written "\-"; read it as the option the user types.
    return (ROOT / "data" / "vitrine.1").read_text(encoding="utf-8").replace("\\-", "-")


def test_man_page_covers_options():
    result = subprocess.run([VITRINE, "--help-all"], capture_output=True, text=True, timeout=30,
                            env=dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8"))
    assert result.returncode == 0, result
    options = set(re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", result.stdout, re.MULTILINE))
    assert {"--help", "--validate", "--version"} <= options, options
    text = man_page_text()
    missing = sorted(option for option in options
                     if not re.search(re.escape(option) + r"(?![\w-])", text))
    assert not missing, f"options missing from data/vitrine.1: {missing}"


def test_man_page_exit_codes():
    format_doc = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    documented = re.search(r"Exit status: (.*?)\n\n", format_doc, re.DOTALL).group(1)
    codes = set(re.findall(r"`(\d)`", documented))
    assert codes == {"0", "1", "2"}, codes
    section = man_page_text().split(".SH EXIT STATUS", 1)[1].split(".SH", 1)[0]
    for code in codes:
        assert re.search(r"^\.B " + code + "$", section, re.MULTILINE), f"exit status {code}"


def svg(path):
    # gdk-pixbuf recognises an SVG by an <svg tag within its first 256 bytes; a long comment
    # before it makes the icon fail to load, though every XML tool reads it fine.
    assert b"<svg" in path.read_bytes()[:256], f"{path.name}: <svg> must come first"
    return ET.parse(path).getroot()


def test_icons():
    apps = ROOT / "resources" / "icons" / "scalable" / "apps"
    for name in (BASE_ID + ".svg", BASE_ID + ".Devel.svg"):
        root = svg(apps / name)
        assert root.get("viewBox") == "0 0 128 128", (name, root.get("viewBox"))
    symbolic = ROOT / "resources" / "icons" / "symbolic" / "apps" / (BASE_ID + "-symbolic.svg")
    root = svg(symbolic)
    assert root.get("viewBox") == "0 0 16 16", root.get("viewBox")
    colours = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"', symbolic.read_text()))
    assert colours == {"#2e3436"}, colours


def test_category_icons_bundled():
    resources = (ROOT / "resources" / "vitrine.gresource.xml").read_text(encoding="utf-8")
    pack = json.loads((ROOT / "resources" / "pack" / "pack.json").read_text(encoding="utf-8"))
    names = [category["icon"] for category in pack["categories"]]
    assert len(names) >= 7, names
    for name in names:
        path = f"icons/scalable/actions/{name}.svg"
        assert f"<file>{path}</file>" in resources, f"{path} is not in the GResource"
        icon = ROOT / "resources" / path
        svg(icon)
        colours = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"', icon.read_text()))
        assert colours == {"#2e3436"}, (name, colours)


def test_desktop_file():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID, main["Icon"]
    binary = ET.parse(METAINFO).find("provides/binary").text
    launchable = ET.parse(METAINFO).find("launchable").text
    assert launchable == DESKTOP.name, (launchable, DESKTOP.name)
    actions = [action for action in main["Actions"].split(";") if action]
    assert actions == ["new-window", "kiosk", "present"], actions
    execs = {action: entry[f"Desktop Action {action}"]["Exec"] for action in actions}
    assert execs == {"new-window": f"{binary} --new-window", "kiosk": f"{binary} --kiosk",
                     "present": f"{binary} --present"}, execs
    assert main["Exec"] == binary, main["Exec"]


def main():
    tap = Tap()
    tap.case("the stable Flatpak manifest parses, with minimal permissions", test_stable_manifest)
    tap.case("the .Devel Flatpak manifest parses and builds the development profile",
             test_devel_manifest)
    tap.case("every screenshot in the metainfo exists, with a caption", test_screenshots_exist)
    tap.case("the man page names every option of --help-all", test_man_page_covers_options)
    tap.case("the man page gives the exit codes of --validate", test_man_page_exit_codes)
    tap.case("the app icons are 128 px, the symbolic one 16 px in one colour", test_icons)
    tap.case("the built-in pack's category icons are bundled and symbolic",
             test_category_icons_bundled)
    tap.case("the desktop file's icon, binary and actions agree with the metainfo",
             test_desktop_file)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
