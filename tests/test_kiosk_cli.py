#!/usr/bin/env python3
"""vitrine --set-kiosk-pin and --export-stats, run as museum staff would run them."""

import hashlib
import hmac
import os
import pathlib
import pty
import subprocess
import sys
import tempfile

from tap import Tap

VITRINE = os.environ["VITRINE"]


class Home:
    """A settings keyfile and a data folder of their own, so that runs see what others set."""

    def __init__(self):
        self.dir = tempfile.TemporaryDirectory(prefix="vitrine-kiosk-cli-")
        root = pathlib.Path(self.dir.name)
        self.env = dict(os.environ,
                        GSETTINGS_BACKEND="keyfile",
                        XDG_CONFIG_HOME=str(root / "config"),
                        XDG_DATA_HOME=str(root / "data"))
        self.keyfile = root / "config" / "glib-2.0" / "settings" / "keyfile"
        self.stats = root / "data" / "vitrine" / "kiosk-statistics.csv"
        self.root = root

    def run(self, *args, stdin=""):
        return subprocess.run([VITRINE, *args], input=stdin, capture_output=True, text=True,
                              env=self.env, timeout=60)

    def pin_hash(self):
        if not self.keyfile.exists():
            return None
        for line in self.keyfile.read_text().splitlines():
            if line.startswith("kiosk-pin-hash="):
                return line.split("=", 1)[1].strip("'")
        return None


def check_hash(stored, pin):
    scheme, salt, digest = stored.split("$")
    assert scheme == "sha256", stored
    expected = hmac.new(salt.encode(), pin.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, digest)


def test_pin_from_stdin():
    home = Home()
    result = home.run("--set-kiosk-pin", stdin="246810\n")
    assert result.returncode == 0, result
    stored = home.pin_hash()
    assert stored is not None and "246810" not in stored, stored
    assert check_hash(stored, "246810"), stored
    assert not check_hash(stored, "246811"), stored


def test_bad_pins_refused():
    home = Home()
    for pin, message in [("", "No PIN given"), ("123", "4 to 12 digits"),
                         ("1234567890123", "4 to 12 digits"), ("12a4", "only the digits"),
                         ("12 34", "only the digits")]:
        result = home.run("--set-kiosk-pin", stdin=pin + "\n" if pin else "")
        assert result.returncode == 1, (pin, result)
        assert message in result.stderr, (pin, result.stderr)
        assert "not changed" in result.stderr, (pin, result.stderr)
        assert home.pin_hash() is None, pin


def test_bad_pin_keeps_old_one():
    home = Home()
    assert home.run("--set-kiosk-pin", stdin="1357\n").returncode == 0
    before = home.pin_hash()
    assert home.run("--set-kiosk-pin", stdin="13x7\n").returncode == 1
    assert home.pin_hash() == before


def run_on_terminal(home, answers):
    """Runs --set-kiosk-pin on a pseudo-terminal, typing each answer after each prompt."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(VITRINE, [VITRINE, "--set-kiosk-pin"], home.env)
    output = b""
    seen = 0
    for answer in answers:
        while b": " not in output[seen:]:
            output += os.read(fd, 1024)
        seen = len(output)
        os.write(fd, answer.encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode()


def test_pin_on_terminal():
    home = Home()
    code, output = run_on_terminal(home, ["97531", "97531"])
    assert code == 0, output
    # Echo is off: the PIN never shows on the terminal.
    assert "97531" not in output, output
    assert check_hash(home.pin_hash(), "97531")

    code, output = run_on_terminal(home, ["1111", "2222"])
    assert code == 1, output
    assert "differ" in output, output
    assert check_hash(home.pin_hash(), "97531")


def test_export_without_statistics():
    home = Home()
    target = home.root / "out.csv"
    result = home.run("--export-stats", str(target))
    assert result.returncode == 0, result
    assert target.read_text() == "date,measure,item,count\n"
    assert "statistics are off" in result.stderr, result.stderr


def test_export_copies_statistics():
    home = Home()
    home.stats.parent.mkdir(parents=True)
    text = ("date,measure,item,count\n"
            "2026-11-28,language,fr,3\n"
            "2026-11-28,sessions,,3\n")
    home.stats.write_text(text)
    target = home.root / "out.csv"
    result = home.run("--export-stats", str(target))
    assert result.returncode == 0, result
    assert target.read_text() == text

    result = home.run("--export-stats", "-")
    assert result.returncode == 0, result
    assert result.stdout == text


def test_export_failures():
    home = Home()
    home.stats.parent.mkdir(parents=True)
    home.stats.write_text("date,measure,item,count\n2026-11-28,sessions,,many\n")
    result = home.run("--export-stats", str(home.root / "out.csv"))
    assert result.returncode == 1, result
    assert "kiosk-statistics.csv:2: the count must be a whole number" in result.stderr, result

    home.stats.write_text("date,measure,item,count\n")
    result = home.run("--export-stats", "/nonexistent/folder/out.csv")
    assert result.returncode == 1, result
    assert "/nonexistent/folder/out.csv" in result.stderr, result


def main():
    tap = Tap()
    tap.case("pin from standard input", test_pin_from_stdin)
    tap.case("bad pins refused", test_bad_pins_refused)
    tap.case("bad pin keeps the old one", test_bad_pin_keeps_old_one)
    tap.case("pin on a terminal", test_pin_on_terminal)
    tap.case("export without statistics", test_export_without_statistics)
    tap.case("export copies statistics", test_export_copies_statistics)
    tap.case("export failures", test_export_failures)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
