#!/usr/bin/env python3
"""vitrine --validate, --version and --help, run as a curator would run them."""

import os
import pathlib
import re
import subprocess
import sys

from tap import Tap

VITRINE = os.environ["VITRINE"]
TESTS = pathlib.Path(__file__).resolve().parent
ROOT = TESTS.parent


def run(*args):
    return subprocess.run([VITRINE, *args], capture_output=True, text=True, timeout=60)


def test_builtin_is_valid():
    result = run("--validate", "builtin")
    assert result.returncode == 0, result
    assert result.stdout.strip() == "The pack is valid.", result.stdout


def test_example_is_valid():
    result = run("--validate", str(ROOT / "docs" / "examples" / "river-museum"))
    assert result.returncode == 0, result
    assert result.stdout.strip() == "The pack is valid.", result.stdout


def test_error_line_format():
    result = run("--validate", str(TESTS / "data" / "broken" / "missing-image"))
    assert result.returncode == 1, result
    lines = result.stdout.splitlines()
    assert lines[0] == ("exhibits.json:51:17: error: /exhibits/1/image/path: "
                        "'images/triangle.svg' does not exist in the pack"), lines
    assert lines[-1] == "1 error, 0 warnings", lines


def test_warnings_only_exit_zero():
    result = run("--validate", str(TESTS / "data" / "broken" / "unknown-key-suggestion"))
    assert result.returncode == 0, result
    assert "did you mean 'title'?" in result.stdout, result.stdout


def test_unreadable_exit_two():
    result = run("--validate", "/nonexistent/vitrine-pack")
    assert result.returncode == 2, result
    assert "/nonexistent/vitrine-pack" in result.stderr, result.stderr


def test_every_planted_problem(name, expected):
    """Each expected diagnostic shows up in the real command's output at its place."""
    result = run("--validate", str(TESTS / "data" / "broken" / name))
    wanted_error = any(": error: " in line for line in expected)
    assert result.returncode == (1 if wanted_error else 0), result
    for line in expected:
        match = re.match(r"^([^:]+)(?::(\d+):(\d+))?: (error|warning): \[[a-z-]+\] ?(.*)$", line)
        assert match, line
        file, row, column, severity, pointer = match.groups()
        prefix = f"{file}:{row}:{column}: {severity}: " if row else f"{file}: {severity}: "
        if pointer:
            prefix += f"{pointer}: "
        assert any(out.startswith(prefix) for out in result.stdout.splitlines()), \
            f"{prefix!r} not in:\n{result.stdout}"


def test_version():
    result = run("--version")
    assert result.returncode == 0, result
    assert re.fullmatch(r"vitrine \d+\.\d+\.\d+\n", result.stdout), result.stdout


def test_help_lists_options():
    result = run("--help")
    assert result.returncode == 0, result
    for option in ("--content=DIR", "--validate=DIR", "--version"):
        assert option in result.stdout, result.stdout


def main():
    tap = Tap()
    tap.case("validate builtin", test_builtin_is_valid)
    tap.case("validate example", test_example_is_valid)
    tap.case("error line format", test_error_line_format)
    tap.case("warnings only exit 0", test_warnings_only_exit_zero)
    tap.case("unreadable folder exit 2", test_unreadable_exit_two)
    for expected_file in sorted((TESTS / "data" / "broken").glob("*.expected")):
        expected = [line for line in expected_file.read_text().splitlines() if line.strip()]
        tap.case(f"planted problem {expected_file.stem}", test_every_planted_problem,
                 expected_file.stem, expected)
    tap.case("version", test_version)
    tap.case("help lists options", test_help_lists_options)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
