#!/usr/bin/env python3
"""Every catalog in po/LINGUAS is complete, clean and up to date with the sources.

A catalog fails when msgfmt --check fails, when it has a fuzzy or untranslated entry, or when
a message of the current sources (UI strings and the built-in pack) is missing from it.
"""

import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from tap import Tap  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
PO = ROOT / "po"

# The same keywords meson's i18n module passes to xgettext for the 'glib' preset.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
]


def current_template(directory):
    """Extracts the template the way `meson compile vitrine-pot` does."""
    files = [line.strip() for line in (PO / "POTFILES.in").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    target = pathlib.Path(directory) / "vitrine.pot"
    subprocess.run(["xgettext", *XGETTEXT_ARGS, "--package-name=vitrine",
                    "-o", str(target), *files], cwd=ROOT, check=True, timeout=120)
    return target


def check_catalog(language, template):
    catalog = PO / f"{language}.po"
    assert catalog.exists(), f"{catalog} is listed in LINGUAS but missing"

    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null",
                             str(catalog)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    statistics = result.stderr.strip()
    assert "fuzzy" not in statistics and "untranslated" not in statistics, \
        f"{language}: {statistics}"
    assert re.match(r"^\d+ translated messages?\.$", statistics), statistics

    missing = subprocess.run(["msgcmp", "--use-untranslated", str(catalog), str(template)],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 0, \
        f"{language} lacks messages of the current sources:\n{missing.stderr[:2000]}"


def main():
    tap = Tap()
    languages = (PO / "LINGUAS").read_text().split()
    with tempfile.TemporaryDirectory() as directory:
        template = current_template(directory)
        tap.case("the sources yield a template", lambda: template.stat().st_size > 0)
        for language in languages:
            tap.case(f"catalog {language} is complete", check_catalog, language, template)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
