#!/usr/bin/env python3
"""Counts the test cases of a meson test run and prints "N passed, N failed".

meson counts test programs; a GTest program holds many cases, each one a TAP line. This
reads meson's JSON log and counts the TAP lines instead. A program that failed without a
single "not ok" line (it crashed, or timed out) counts as one failure, so that nothing that
failed can go unseen.
"""

import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: count-tests.py TESTLOG.json", file=sys.stderr)
        return 2

    passed = failed = skipped = 0
    failures = []
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            entry = json.loads(line)
            name = entry.get("name", "?")
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

    for failure in failures:
        print(f"FAILED {failure}")
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
