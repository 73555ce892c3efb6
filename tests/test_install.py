#!/usr/bin/env python3
"""meson install into a temporary DESTDIR, then the installed Vitrine runs from that prefix
alone: nothing from the build tree, only the installed binary, schema, catalogs and icons.

Runs under tests/run-in-display.sh. flatpak-builder runs the same meson install into /app.
"""

import gettext
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "e2e"))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

BUILD = os.environ["VITRINE_BUILD_ROOT"]
APP_ID = os.environ["VITRINE_APP_ID"]
VERSION = os.environ["VITRINE_VERSION"]
FIND_ICON = os.environ["VITRINE_FIND_ICON"]
DESTDIR = pathlib.Path(tempfile.mkdtemp(prefix="vitrine-install-"))


def installed(option):
    """Where an absolute install directory (prefix/bindir and so on) lands under DESTDIR."""
    return DESTDIR / os.environ[option].lstrip("/")


BINDIR = installed("VITRINE_BINDIR")
DATADIR = installed("VITRINE_DATADIR")
LOCALEDIR = installed("VITRINE_LOCALEDIR_INSTALLED")
MANDIR = installed("VITRINE_MANDIR")
VITRINE = BINDIR / "vitrine"
SCHEMAS = DATADIR / "glib-2.0" / "schemas"


def installed_environment():
    """The environment of a system that has only the installed prefix: every variable that
    points into the build tree is dropped."""
    environment = {key: value for key, value in os.environ.items()
                   if BUILD not in value and not key.startswith(("G_TEST_", "VITRINE"))}
    environment.update({
        "GSETTINGS_SCHEMA_DIR": str(SCHEMAS),
        "XDG_DATA_DIRS": f"{DATADIR}:/usr/share",
        # The binary reads its catalogs from its configured localedir, which under DESTDIR is
        # not where they are; VITRINE_LOCALEDIR is the one way to point it there.
        "VITRINE_LOCALEDIR": str(LOCALEDIR),
        "LC_ALL": "C.UTF-8",
        "GSETTINGS_BACKEND": "memory",
    })
    return environment


def run(*args):
    return subprocess.run([str(VITRINE), *args], capture_output=True, text=True, timeout=60,
                          env=installed_environment(), cwd=DESTDIR)


def test_install():
    result = subprocess.run(["meson", "install", "-C", BUILD, "--no-rebuild", "--quiet",
                             "--destdir", str(DESTDIR)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    expected = [
        VITRINE,
        DATADIR / "applications" / f"{APP_ID}.desktop",
        DATADIR / "metainfo" / f"{APP_ID}.metainfo.xml",
        DATADIR / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        DATADIR / "icons" / "hicolor" / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg",
        SCHEMAS / f"{APP_ID}.gschema.xml",
        MANDIR / "man1" / "vitrine.1",
        LOCALEDIR / "fr" / "LC_MESSAGES" / "vitrine.mo",
    ]
    missing = [str(path.relative_to(DESTDIR)) for path in expected if not path.is_file()]
    assert not missing, missing
    # gnome.post_install skips its steps under DESTDIR, leaving them to the package manager's
    # triggers; compile the schemas as the trigger would.
    subprocess.run(["glib-compile-schemas", "--strict", str(SCHEMAS)], check=True, timeout=60)
    assert (SCHEMAS / "gschemas.compiled").is_file()


def test_installed_files_validate():
    subprocess.run(["desktop-file-validate",
                    str(DATADIR / "applications" / f"{APP_ID}.desktop")], check=True, timeout=60)
    subprocess.run(["appstreamcli", "validate", "--no-net",
                    str(DATADIR / "metainfo" / f"{APP_ID}.metainfo.xml")],
                   check=True, timeout=60, stdout=subprocess.DEVNULL)


def test_version():
    result = run("--version")
    assert result.returncode == 0, result
    assert result.stdout == f"vitrine {VERSION}\n", result.stdout


def test_validate_builtin():
    result = run("--validate", "builtin")
    assert result.returncode == 0, result
    assert result.stdout.strip() == "The pack is valid.", result.stdout


def test_validate_in_french():
    environment = installed_environment()
    environment["LANGUAGE"] = "fr"
    result = subprocess.run([str(VITRINE), "--validate", "builtin"], capture_output=True,
                            text=True, timeout=60, env=environment, cwd=DESTDIR)
    french = gettext.translation("vitrine", str(LOCALEDIR), ["fr"]).gettext("The pack is valid.\n")
    assert french != "The pack is valid.\n", "no French for the validator's line"
    assert result.stdout == french, result.stdout


def test_icons_resolve():
    environment = installed_environment()
    result = subprocess.run([FIND_ICON, APP_ID, f"{APP_ID}-symbolic"], capture_output=True,
                            text=True, timeout=60, env=environment)
    assert result.returncode == 0, result.stderr
    found = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    for name in (APP_ID, f"{APP_ID}-symbolic"):
        assert found[name].startswith(str(DATADIR / "icons" / "hicolor")), found


def test_startup_in_french(state):
    environment = installed_environment()
    os.environ.clear()
    os.environ.update(environment)
    os.environ["VITRINE"] = str(VITRINE)
    french = gettext.translation("vitrine", str(LOCALEDIR), ["fr"])
    exhibits = french.gettext("Exhibits")
    assert exhibits != "Exhibits", "no French for Exhibits"
    session = VitrineSession("--language", "fr")
    state["session"] = session
    session.find(role="frame")
    session.find(role="page tab", name=exhibits, timeout=30)


def test_new_window(state):
    session = state["session"]
    assert len(session.find_all(role="frame")) == 1
    result = subprocess.run([str(VITRINE), "--new-window"], capture_output=True, text=True,
                            timeout=60, env=dict(os.environ, HOME=session.home,
                                                 XDG_CONFIG_HOME=session.home + "/config"))
    assert result.returncode == 0, result
    session.wait_for(lambda: len(session.find_all(role="frame")) == 2, what="a second window")


def main():
    tap = Tap()
    state = {}
    try:
        tap.case("meson install into a DESTDIR installs every file", test_install)
        tap.case("the installed desktop file and metainfo validate", test_installed_files_validate)
        tap.case("the installed binary prints its version", test_version)
        tap.case("the installed binary validates the built-in pack", test_validate_builtin)
        tap.case("the installed catalogs translate the validator", test_validate_in_french)
        tap.case("the installed app icons resolve from the prefix", test_icons_resolve)
        tap.case("the installed app starts in French with the installed schema",
                 test_startup_in_french, state)
        tap.case("--new-window opens a second window in the running app", test_new_window,
                 state)
    finally:
        if "session" in state:
            state["session"].stop()
        shutil.rmtree(DESTDIR, ignore_errors=True)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
