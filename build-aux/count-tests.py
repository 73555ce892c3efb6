#!/usr/bin/env python3
"""Counts the test cases of one or more test runs and prints "N passed, N failed".

meson counts test programs; a GTest program holds many cases, each one a TAP line. This
reads meson's JSON logs and counts the TAP lines instead. A program that failed without a
single "not ok" line (it crashed, or timed out) counts as one failure, so that nothing that
failed can go unseen.

Several logs are summed: the plain run, the valgrind run, the sanitizer runs and the fuzzer
(build-aux/fuzz writes a log of one entry in the same format). A failure is named with the
log it came from. A log that is missing counts as one failure: the run it stands for did
not finish.

usage: count-tests.py TESTLOG.json [TESTLOG.json...]
"""

import os

import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: count-tests.py TESTLOG.json [TESTLOG.json...]", file=sys.stderr)
        return 2

    passed = failed = skipped = 0
    failures = []
    for path in sys.argv[1:]:
        label = os.path.splitext(os.path.basename(path))[0]
        if not os.path.exists(path):
            failed += 1
            failures.append(f"{label}: the log {path} is missing")
            continue
        p, f, s, fails = count_log(path, label if len(sys.argv) > 2 else None)
        passed += p
        failed += f
        skipped += s
        failures += fails

    for failure in failures:
        print(f"FAILED {failure}")
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


def count_log(path, label):
    passed = failed = skipped = 0
    failures = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            entry = json.loads(line)
            name = entry.get("name", "?")
            if label:
                name = f"{label}/{name}"
            program_failed = entry.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL")
            cases_failed = 0
            for out in (entry.get("stdout") or "").splitlines():
                match = TAP_LINE.match(out.strip())
                if not match:
                    continue
                verdict, rest = match.groups()
                if "# SKIP" in rest.upper():
                    skipped += 1
                elif verdict == "ok":
                    passed += 1
                else:
                    failed += 1
                    cases_failed += 1
                    failures.append(f"{name}:{rest.strip()}")
            if program_failed and cases_failed == 0:
                failed += 1
                failures.append(f"{name}: {entry.get('result')}")
    return passed, failed, skipped, failures


if __name__ == "__main__":
    sys.exit(main())
