#!/usr/bin/env python3
"""vitrine --extract-strings, and the committed po/builtin-pack.pot that comes from it."""

import difflib
import os
import pathlib
import subprocess
import sys
import tempfile

from tap import Tap

VITRINE = os.environ["VITRINE"]
TESTS = pathlib.Path(__file__).resolve().parent
ROOT = TESTS.parent
BUILTIN_POT = ROOT / "po" / "builtin-pack.pot"
BUILD_ROOT = pathlib.Path(os.environ.get("G_TEST_BUILDDIR", "BUILDDIR")).parent


def run(*args):
    return subprocess.run([VITRINE, *args], capture_output=True, text=True, timeout=60)


def extract(pack):
    result = run("--extract-strings", str(pack))
    assert result.returncode == 0, result
    return result.stdout


def test_builtin_pot_up_to_date():
    expected = extract("builtin")
    committed = BUILTIN_POT.read_text(encoding="utf-8") if BUILTIN_POT.exists() else ""
    if committed != expected:
        diff = difflib.unified_diff(committed.splitlines(), expected.splitlines(),
                                    "po/builtin-pack.pot (committed)",
                                    "vitrine --extract-strings builtin", lineterm="", n=1)
        shown = list(diff)[:40]
        raise AssertionError(
            "po/builtin-pack.pot is out of date with the built-in pack in resources/pack/.\n"
            f"Run:  meson compile -C {BUILD_ROOT} vitrine-pack-pot\n"
            "and commit po/builtin-pack.pot.\n" + "\n".join(shown))


def check_with_gettext(pot_text):
    with tempfile.TemporaryDirectory() as folder:
        pot = pathlib.Path(folder) / "pack.pot"
        pot.write_text(pot_text, encoding="utf-8")
        msgfmt = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(pot)],
                                capture_output=True, text=True)
        assert msgfmt.returncode == 0, msgfmt.stderr
        # A template keeps the header's placeholders, which msgfmt notes; anything else is a
        # real problem.
        for line in msgfmt.stderr.splitlines():
            assert "still has the initial default value" in line, msgfmt.stderr
        msgcat = subprocess.run(["msgcat", "--no-wrap", str(pot)], capture_output=True,
                                text=True)
        assert msgcat.returncode == 0, msgcat.stderr
        assert msgcat.stderr == "", msgcat.stderr
        # msgcat writes gettext's canonical form: the template already is in it.
        assert msgcat.stdout == pot_text, "msgcat rewrote the template"


def test_gettext_accepts(pack):
    check_with_gettext(extract(pack))


def test_xgettext_keeps_contexts():
    """xgettext reads po/builtin-pack.pot from POTFILES.in: contexts, comments and references
    must come through into po/vitrine.pot unchanged."""
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder) / "out.pot"
        xgettext = subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments",
                                   "--no-wrap", "--directory", str(ROOT), "-o", str(out),
                                   "po/builtin-pack.pot"], capture_output=True, text=True)
        assert xgettext.returncode == 0, xgettext.stderr

        def body(path):
            sorted_pot = subprocess.run(["msgcat", "--no-wrap", "--sort-output", str(path)],
                                        capture_output=True, text=True, check=True).stdout
            return sorted_pot.split("\n\n", 1)[1]

        produced = body(out)
        assert body(BUILTIN_POT) == produced
        assert 'msgctxt "exhibit/ipv6/title"\n' in produced, produced[:500]
        assert "#: resources/pack/exhibits.json:" in produced


def test_output_file():
    with tempfile.TemporaryDirectory() as folder:
        for option in ("--output", "-o"):
            target = pathlib.Path(folder) / f"pack{option}.pot"
            result = run("--extract-strings", str(TESTS / "data" / "minimal"), option,
                         str(target))
            assert result.returncode == 0, result
            assert result.stdout == "", result.stdout
            assert target.read_text(encoding="utf-8") == extract(TESTS / "data" / "minimal")


def test_errors_exit_one():
    result = run("--extract-strings", str(TESTS / "data" / "broken" / "missing-image"))
    assert result.returncode == 1, result
    assert result.stdout == "", result.stdout
    lines = result.stderr.splitlines()
    assert lines[0] == ("exhibits.json:51:17: error: /exhibits/1/image/path: "
                        "'images/triangle.svg' does not exist in the pack"), lines
    assert lines[-1] == "1 error, 0 warnings", lines


def test_warnings_still_extract():
    result = run("--extract-strings", str(TESTS / "data" / "broken" / "unknown-key-suggestion"))
    assert result.returncode == 0, result
    assert "did you mean 'title'?" in result.stderr, result.stderr
    assert result.stdout.startswith("# Translatable text of the content pack"), result.stdout


def test_unreadable_exit_two():
    result = run("--extract-strings", "/nonexistent/vitrine-pack")
    assert result.returncode == 2, result
    assert result.stdout == "", result.stdout
    assert "/nonexistent/vitrine-pack" in result.stderr, result.stderr


def test_unwritable_output_exit_two():
    result = run("--extract-strings", "builtin", "-o", "/nonexistent/folder/pack.pot")
    assert result.returncode == 2, result
    assert "/nonexistent/folder/pack.pot" in result.stderr, result.stderr


def test_output_needs_extract():
    result = run("--output", "/tmp/never-written.pot")
    assert result.returncode == 1, result
    assert "--extract-strings" in result.stderr, result.stderr


def test_help_lists_options():
    result = run("--help")
    assert result.returncode == 0, result
    for option in ("--extract-strings=DIR", "-o, --output=FILE"):
        assert option in result.stdout, result.stdout


def main():
    tap = Tap()
    tap.case("builtin-pack.pot is up to date", test_builtin_pot_up_to_date)
    tap.case("gettext accepts the built-in pack's template", test_gettext_accepts, "builtin")
    tap.case("gettext accepts the minimal pack's template", test_gettext_accepts,
             TESTS / "data" / "minimal")
    tap.case("gettext accepts the example pack's template", test_gettext_accepts,
             ROOT / "docs" / "examples" / "river-museum")
    tap.case("xgettext keeps contexts and references", test_xgettext_keeps_contexts)
    tap.case("--output writes the template to a file", test_output_file)
    tap.case("a pack with errors exits 1", test_errors_exit_one)
    tap.case("warnings do not stop extraction", test_warnings_still_extract)
    tap.case("an unreadable folder exits 2", test_unreadable_exit_two)
    tap.case("an unwritable output exits 2", test_unwritable_output_exit_two)
    tap.case("--output needs --extract-strings", test_output_needs_extract)
    tap.case("--help lists the options", test_help_lists_options)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
