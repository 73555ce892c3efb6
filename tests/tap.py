"""A small TAP producer for the Python tests, so that meson counts each case."""

import sys
import traceback


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    def case(self, name, function, *args):
        self.count += 1
        try:
            function(*args)
        except Exception:  # noqa: BLE001 - every failure must become a "not ok" line
            self.failed += 1
            print(f"not ok {self.count} {name}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
        else:
            print(f"ok {self.count} {name}")
        sys.stdout.flush()

    def finish(self):
        print(f"1..{self.count}")
        return 1 if self.failed else 0
