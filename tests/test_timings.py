#!/usr/bin/env python3
"""VITRINE_DEBUG, the instrumentation the benchmarks use: off by default, and when asked for,
marks in order on one clock, and a clean exit after the first frame. Nothing here is timed."""

import os
import re
import subprocess
import sys
import tempfile

from tap import Tap

VITRINE = os.environ["VITRINE"]
MARK = re.compile(r"^vitrine: timings: (\S+) ([0-9.]+) ms monotonic (\d+)$")


def run(debug, timeout=120):
    home = tempfile.mkdtemp(prefix="vitrine-timings-")
    env = dict(os.environ, GSK_RENDERER="cairo", ADW_DISABLE_PORTAL="1",
               GSETTINGS_BACKEND="memory", HOME=home,
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"),
               XDG_DATA_HOME=os.path.join(home, "data"))
    env.pop("VITRINE_DEBUG", None)
    if debug is not None:
        env["VITRINE_DEBUG"] = debug
    return subprocess.run([VITRINE], env=env, capture_output=True, text=True, timeout=timeout)


def marks(stderr):
    found = []
    for line in stderr.splitlines():
        match = MARK.match(line)
        if match:
            found.append((match.group(1), float(match.group(2)), int(match.group(3))))
    return found


def test_quits_after_first_frame_with_marks_in_order():
    result = run("timings,quit-after-first-frame")
    assert result.returncode == 0, result
    found = marks(result.stderr)
    names = [name for name, _, _ in found]
    assert names == ["main", "pack-loaded", "window-added", "window-presented", "first-frame"], \
        names
    times = [ms for _, ms, _ in found]
    clocks = [us for _, _, us in found]
    assert times == sorted(times), times
    assert clocks == sorted(clocks), clocks


def test_quit_without_timings_prints_nothing():
    result = run("quit-after-first-frame")
    assert result.returncode == 0, result
    assert marks(result.stderr) == [], result.stderr


def test_off_by_default():
    # Without VITRINE_DEBUG the app keeps running after its first frame, and prints no marks.
    try:
        result = run(None, timeout=8)
    except subprocess.TimeoutExpired as timeout:
        stderr = timeout.stderr.decode() if isinstance(timeout.stderr, bytes) else timeout.stderr
        assert marks(stderr or "") == [], stderr
    else:
        raise AssertionError(f"vitrine exited by itself: {result}")


def main():
    tap = Tap()
    tap.case("quits after the first frame, with marks in order",
             test_quits_after_first_frame_with_marks_in_order)
    tap.case("quit-after-first-frame alone prints no marks",
             test_quit_without_timings_prints_nothing)
    tap.case("off by default", test_off_by_default)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
