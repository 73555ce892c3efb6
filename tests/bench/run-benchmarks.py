#!/usr/bin/env python3
# run-benchmarks.py: runs every benchmark in tests/bench/ and prints one table of figures
#
# Usage (inside a display; build-aux/bench does all of this):
#   run-benchmarks.py BUILD-DIR [--runs N] [--pack DIR] [--markdown FILE]
#
# Each figure is printed next to a reference measured in the same run, on the same display,
# and as their ratio, because these machines are noisy; the absolute medians are printed too.
# It is a benchmark, not a test: it exits 0 whatever the figures are, and non-zero only when
# something could not be measured at all.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMING = re.compile(r"vitrine: timings: (\S+) ([0-9.]+) ms monotonic (\d+)")
BENCH = re.compile(r"^bench: (\S+) ([0-9.]+)$", re.M)


def base_env(build, home):
    env = dict(os.environ)
    env.update({
        "GSK_RENDERER": "cairo",
        "ADW_DISABLE_PORTAL": "1",
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": os.path.join(build, "data"),
        "VITRINE_LOCALEDIR": os.path.join(build, "po"),
        "LC_ALL": "C.UTF-8",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
    })
    env.pop("VITRINE_DEBUG", None)
    return env


def time_to_first_frame(argv, env):
    """Runs argv until it quits after its first frame; returns (ms from exec, peak RSS in MB)."""
    env = dict(env, VITRINE_DEBUG="timings,quit-after-first-frame")
    start = time.monotonic_ns() // 1000
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    first_frame = None
    for line in proc.stderr:
        match = TIMING.search(line)
        if match and match.group(1) == "first-frame":
            first_frame = int(match.group(3))
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if first_frame is None:
        raise RuntimeError(f"{' '.join(argv)} painted no first frame (exit {proc.returncode})")
    # ru_maxrss is in kilobytes on Linux.
    return (first_frame - start) / 1000.0, usage.ru_maxrss / 1024.0


def bench_lines(argv, env):
    result = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, timeout=900)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise RuntimeError(f"{' '.join(argv)} failed with {result.returncode}")
    return {key: float(value) for key, value in BENCH.findall(result.stdout)}


def supports_kiosk(vitrine, env):
    result = subprocess.run([vitrine, "--help-all"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    return "--kiosk" in result.stdout


def ratio(value, reference):
    return f"{value / reference:.2f}×" if reference else "—"


def main():
    parser = argparse.ArgumentParser(description="Run Vitrine's benchmarks and print a table.")
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--pack", help="the 10,000 pack (generated into BUILD when absent)")
    parser.add_argument("--markdown", help="also write the table to this file")
    args = parser.parse_args()

    build = os.path.abspath(args.build)
    vitrine = os.path.join(build, "src", "vitrine")
    tests = os.path.join(build, "tests")
    pack = args.pack or os.path.join(build, "tests", "bench-pack-10000")
    if not os.path.exists(os.path.join(pack, "exhibits.json")):
        print(f"Generating the 10,000 pack in {pack}", flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate-pack.py"), pack],
                       check=True)

    home = tempfile.mkdtemp(prefix="vitrine-bench-")
    env = base_env(build, home)
    kiosk = supports_kiosk(vitrine, env)

    commands = {
        "minimal": [os.path.join(tests, "bench-minimal-window")],
        "builtin": [vitrine],
        "pack": [vitrine, "--content", pack],
    }
    if kiosk:
        commands["kiosk"] = [vitrine, "--kiosk"]

    # One untimed round starts the session's services (accessibility bus and the like) so
    # that the first timed run does not pay for them; then the runs alternate.
    for argv in commands.values():
        time_to_first_frame(argv, env)
    startup = {name: [] for name in commands}
    rss = {name: [] for name in commands}
    for i in range(args.runs):
        print(f"start-up run {i + 1}/{args.runs}", flush=True)
        for name, argv in commands.items():
            ms, mb = time_to_first_frame(argv, env)
            startup[name].append(ms)
            rss[name].append(mb)
    s = {name: statistics.median(v) for name, v in startup.items()}
    m = {name: statistics.median(v) for name, v in rss.items()}

    print("pack loading", flush=True)
    load = bench_lines([os.path.join(tests, "bench-pack-load"), pack], env)
    print("gallery, timeline and search", flush=True)
    interaction = bench_lines([os.path.join(tests, "bench-interaction"), pack], env)
    print("language switch", flush=True)
    language = bench_lines([os.path.join(tests, "bench-language-switch")], env)

    rows = [
        ("Start-up to first frame, built-in pack", f"{s['builtin']:.0f} ms",
         f"minimal window {s['minimal']:.0f} ms", ratio(s["builtin"], s["minimal"]),
         "≤ 1.3×", s["builtin"] <= 1.3 * s["minimal"]),
    ]
    if kiosk:
        rows.append(("Start-up to first attract frame, kiosk", f"{s['kiosk']:.0f} ms",
                     f"minimal window {s['minimal']:.0f} ms", ratio(s["kiosk"], s["minimal"]),
                     "≤ 1.3×", s["kiosk"] <= 1.3 * s["minimal"]))
    else:
        rows.append(("Start-up to first attract frame, kiosk", "not available in this build",
                     "", "", "≤ 1.3×", None))
    rows += [
        ("Start-up to first frame, 10,000 pack", f"{s['pack']:.0f} ms",
         f"minimal window {s['minimal']:.0f} ms", ratio(s["pack"], s["minimal"]), "—", None),
        ("Load + validate, 10,000 pack", f"{load['load-validate-ms']:.0f} ms",
         f"json-glib parse {load['bare-parse-ms']:.0f} ms",
         ratio(load["load-validate-ms"], load["bare-parse-ms"]), "≤ 2×",
         load["load-validate-ms"] <= 2 * load["bare-parse-ms"]),
        ("Peak RSS, built-in pack", f"{m['builtin']:.0f} MB",
         f"minimal window {m['minimal']:.0f} MB", ratio(m["builtin"], m["minimal"]), "—", None),
        ("Peak RSS, 10,000 pack", f"{m['pack']:.0f} MB",
         f"built-in {m['builtin']:.0f} MB", f"+{m['pack'] - m['builtin']:.0f} MB",
         "≤ built-in + 60 MB", m["pack"] <= m["builtin"] + 60),
    ]
    for key, label in (("gallery-scroll", "Gallery scroll frame, 10,000 pack"),
                       ("timeline-pan", "Timeline pan frame, 10,000 pack, zoom "
                        f"{interaction['timeline-pan-zoom']:.0f}×"),
                       ("timeline-pan-max", "Timeline pan frame, 10,000 pack, closest zoom "
                        f"{interaction['timeline-pan-max-zoom']:.0f}×")):
        rows.append((f"{label}, median", f"{interaction[key + '-median-ms']:.1f} ms",
                     f"plain GtkGridView {interaction['plain-grid-scroll-median-ms']:.1f} ms",
                     ratio(interaction[key + "-median-ms"],
                           interaction["plain-grid-scroll-median-ms"]), "—", None))
        rows.append((f"{label}, p99", f"{interaction[key + '-p99-ms']:.1f} ms",
                     f"plain GtkGridView {interaction['plain-grid-scroll-p99-ms']:.1f} ms",
                     ratio(interaction[key + "-p99-ms"], interaction["plain-grid-scroll-p99-ms"]),
                     "< 16.7 ms", interaction[key + "-p99-ms"] < 16.7))
    rows += [
        ("Search, key to results painted, median", f"{interaction['search-key-median-ms']:.1f} ms",
         f"naive title scan {interaction['naive-scan-median-ms']:.1f} ms",
         ratio(interaction["search-key-median-ms"], interaction["naive-scan-median-ms"]),
         "< 16 ms", interaction["search-key-median-ms"] < 16),
        ("Search, key to results painted, slowest", f"{interaction['search-key-max-ms']:.1f} ms",
         "", "", "< 16 ms", interaction["search-key-max-ms"] < 16),
        ("Language switch, median", f"{language['switch-median-ms']:.0f} ms",
         f"minimal window {language['minimal-window-ms']:.0f} ms",
         ratio(language["switch-median-ms"], language["minimal-window-ms"]), "< 150 ms",
         language["switch-median-ms"] < 150),
    ]

    header = ("Figure", "Measured (median)", "Reference, same run", "Ratio", "Target", "Met")
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    for row in rows:
        met = {True: "yes", False: "**no**", None: ""}[row[5]]
        lines.append("| " + " | ".join(list(row[:5]) + [met]) + " |")
    table = "\n".join(lines)

    print()
    print(f"{args.runs} start-up runs each; GSK_RENDERER=cairo; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(table)
    print()
    print("start-up runs (ms): " + "; ".join(
        f"{name} " + " ".join(f"{v:.0f}" for v in sorted(values))
        for name, values in startup.items()))
    print(f"search: {interaction['search-keystrokes']:.0f} keystrokes; "
          f"frames scrolled {interaction['gallery-scroll-frames']:.0f}")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(table + "\n")


if __name__ == "__main__":
    main()
