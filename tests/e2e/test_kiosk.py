#!/usr/bin/env python3
"""Kiosk mode end to end: a visitor's whole visit, and every way out a visitor could try.

A kiosk runs under a window manager that honours full screen (GNOME Kiosk on a real machine);
these tests start openbox in the test's X server for that. The idle times are made short
through the same GSettings keys an integrator sets (see docs/kiosk.md), with the harness's
keyfile settings: 10 s idle (the key's minimum) and an 8 s warning, long enough for a walk of
the accessibility tree to see it. The lockdown and staff tests do not wait for idle; they run
with a long idle time, so that a slow walk of the tree never turns into a reset under them.
"""

import contextlib
import gettext
import hashlib
import hmac
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pyatspi

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

IDLE_SECONDS = 10
WARNING_SECONDS = 8
STAFF_PIN = "2468"


def pin_hash(pin, salt="5eed5eed5eed5eed5eed5eed5eed5eed"):
    """What `vitrine --set-kiosk-pin` stores: an HMAC-SHA256 of the PIN keyed by a salt."""
    digest = hmac.new(salt.encode(), pin.encode(), hashlib.sha256).hexdigest()
    return f"sha256${salt}${digest}"


KIOSK_SETTINGS = {
    "kiosk-idle-seconds": IDLE_SECONDS,
    "kiosk-warning-seconds": WARNING_SECONDS,
    # A PIN is set, as on a deployed kiosk, so that nothing gets out through "no PIN".
    "kiosk-pin-hash": f"'{pin_hash(STAFF_PIN)}'",
}
LOCKDOWN_SETTINGS = dict(KIOSK_SETTINGS, **{"kiosk-idle-seconds": 600})
PACK_TITLE = "World Internet Conference Wuzhen Summit, 2014–2023"


def translate(language, message):
    """The app's own translation of message, from the catalogs of this build; English until
    the catalog has it."""
    catalog = gettext.translation("vitrine", os.environ.get("VITRINE_LOCALEDIR"),
                                  languages=[language], fallback=True)
    return catalog.gettext(message)


@contextlib.contextmanager
def window_manager():
    process = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def screen_size():
    output = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True,
                            check=True, timeout=10).stdout.split()
    return int(output[0]), int(output[1])


def is_fullscreen(session):
    """The window covers the screen and the window manager has it in full screen."""
    window = session.window_id()
    if window is None:
        return False
    state = subprocess.run(["xprop", "-id", window, "_NET_WM_STATE"], capture_output=True,
                           text=True, timeout=10).stdout
    geometry = subprocess.run(["xdotool", "getwindowgeometry", window], capture_output=True,
                              text=True, timeout=10).stdout
    width, height = screen_size()
    return "_NET_WM_STATE_FULLSCREEN" in state and f"{width}x{height}" in geometry


def visible_windows(session):
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                          str(session.process.pid)], capture_output=True, text=True).stdout
    return ids.split()


def button(session, name, timeout=20):
    """A push button by its name that can be pressed (GTK 4.8 leaves dead twins around)."""
    return session.wait_for(
        lambda: next((node for node in session.find_all(role="push button", name=name)
                      if node.queryAction().nActions > 0), None),
        timeout=timeout, what=f"the button {name!r}")


def on_attract_screen(session):
    """The kiosk hides the mode it is not in, so hidden widgets leave the accessible tree."""
    return bool(session.find_all(role="push button", name="Touch to explore"))


def in_explorer(session, overview="Overview"):
    return bool(session.find_all(role="push button", name=overview))


def test_visitor_cycle():
    with window_manager(), VitrineSession("--kiosk", "--language", "en",
                                          settings=KIOSK_SETTINGS) as session:
        session.wait_for(lambda: is_fullscreen(session), what="a full-screen kiosk window")
        session.wait_for(lambda: on_attract_screen(session), what="the attract screen")
        button(session, "English")
        french = button(session, "Français")

        # A visitor touches "Français" and comes in in French.
        session.click(french)
        overview = translate("fr", "Overview")
        session.find(role="push button", name=overview, timeout=20)
        assert not on_attract_screen(session), "the attract screen is still showing"

        # They search and open an exhibit.
        entry = session.find(role="entry", name=translate("fr", "Search exhibits, events and "
                                                                  "figures"))
        entry.queryEditableText().setTextContents("IPv6")
        time.sleep(1.5)
        session.keys("Return")
        opened = time.monotonic()
        session.wait_for(lambda: session.find_all(role="label", contains="RFC 8200"),
                         what="the IPv6 exhibit")

        # They walk away: the warning comes, in French, then the reset.
        warning = translate("fr", "Are you still there?")
        session.find(role="label", name=warning, timeout=IDLE_SECONDS + 10)
        warned = time.monotonic() - opened
        assert warned >= IDLE_SECONDS - 1, f"the warning came after {warned:.1f} s"
        session.wait_for(lambda: on_attract_screen(session), timeout=WARNING_SECONDS + 10,
                         what="the attract screen after the reset")
        assert is_fullscreen(session), "the kiosk left full screen"

        # Back in the default language, with the search cleared.
        button(session, "English")
        session.click(button(session, "Touch to explore"))
        overview = session.find(role="push button", name="Overview", timeout=20)
        assert overview.getState().contains(pyatspi.STATE_PRESSED), "not on the overview"
        entry = session.find(role="entry", name="Search exhibits, events and figures")
        text = entry.queryText()
        assert text.getText(0, text.characterCount) == "", "the search was not cleared"
        assert not session.find_all(role="label", contains="RFC 8200"), "the exhibit is kept"
        print(f"# warning after {warned:.1f} s of idle (idle {IDLE_SECONDS} s)")


# Every key a visitor might try, as xdotool names them.
ESCAPE_KEYS = [
    "ctrl+q", "ctrl+w", "alt+F4", "Escape", "F10", "shift+F10", "F11", "super", "Super_L",
    "ctrl+alt+BackSpace", "ctrl+alt+Delete", "ctrl+o", "ctrl+comma", "ctrl+question", "F1",
    "Menu", "alt+Tab", "ctrl+alt+t", "alt+space", "ctrl+shift+q",
]


def assert_still_kiosk(session, attempt):
    time.sleep(0.4)
    assert session.process.poll() is None, f"{attempt}: vitrine exited"
    session.wait_for(lambda: is_fullscreen(session), timeout=5,
                     what=f"full screen again after {attempt}")
    windows = visible_windows(session)
    assert len(windows) == 1, f"{attempt}: {len(windows)} windows are showing"
    assert not session.find_all(role="menu") and not session.find_all(role="popup menu"), \
        f"{attempt}: a menu opened"
    assert on_attract_screen(session) or in_explorer(session), \
        f"{attempt}: the kiosk UI is gone"


def test_lockdown(tap):
    with window_manager(), VitrineSession("--kiosk", "--language", "en",
                                          settings=LOCKDOWN_SETTINGS) as session:
        session.wait_for(lambda: is_fullscreen(session), what="a full-screen kiosk window")
        session.wait_for(lambda: on_attract_screen(session), what="the attract screen")
        window = session.window_id()
        width, height = screen_size()

        attempts = [(key, lambda key=key: session.keys(key)) for key in ESCAPE_KEYS]

        def right_click():
            subprocess.run(["xdotool", "mousemove", str(width // 2), "40", "click", "3"],
                           check=True, timeout=10)
        attempts.append(("right click", right_click))

        def long_press():
            subprocess.run(["xdotool", "mousemove", str(width // 2), "40", "mousedown", "1"],
                           check=True, timeout=10)
            time.sleep(1.5)
            subprocess.run(["xdotool", "mouseup", "1"], check=True, timeout=10)
        attempts.append(("long press", long_press))

        def close_request():
            subprocess.run(["wmctrl", "-i", "-c", window], check=True, timeout=10)
        attempts.append(("close request", close_request))

        def unfullscreen():
            subprocess.run(["wmctrl", "-i", "-r", window, "-b", "remove,fullscreen"],
                           check=True, timeout=10)
        attempts.append(("leaving full screen", unfullscreen))

        def drag_out():
            subprocess.run(["xdotool", "keydown", "alt", "mousemove", "400", "300", "mousedown",
                            "1", "mousemove", "600", "500", "mousemove", "900", "700",
                            "mouseup", "1", "keyup", "alt"], check=True, timeout=10)
        attempts.append(("dragging the window", drag_out))

        def app_actions():
            # What a visitor cannot reach, but a stray program on the bus could.
            for action in ("about", "preferences", "quit"):
                subprocess.run(["gdbus", "call", "--session", "--dest",
                                "io.github.vitrine.Vitrine", "--object-path",
                                "/io/github/vitrine/Vitrine", "--method",
                                "org.gtk.Actions.Activate", action, "[]", "{}"],
                               capture_output=True, timeout=10)
        attempts.append(("about, preferences and quit actions", app_actions))

        # Each attempt on the attract screen, then each in the explorer with the focus in the
        # search entry, where text widgets have key bindings and menus of their own.
        for name, attempt in attempts:
            tap.case(f"lockdown on the attract screen: {name}",
                     lambda name=name, attempt=attempt: (attempt(),
                                                          assert_still_kiosk(session, name)))
        session.wait_for(lambda: on_attract_screen(session), what="the attract screen")
        session.click(button(session, "Touch to explore"))
        session.find(role="push button", name="Overview", timeout=10)
        entry = session.find(role="entry", name="Search exhibits, events and figures")
        entry.queryEditableText().setTextContents("summit")
        session.keys("Tab", "shift+Tab")
        for name, attempt in attempts:
            tap.case(f"lockdown in the explorer: {name}",
                     lambda name=name, attempt=attempt: (attempt(),
                                                          assert_still_kiosk(session, name)))

        def swipe():
            entry = session.find(role="entry", name="Search exhibits, events and figures")
            entry.queryEditableText().setTextContents("IPv6")
            session.wait_for(lambda: session.find_all(role="label", contains="IPv6"),
                             what="search results")
            session.keys("Return")
            session.find(role="label", name="IPv6: an address for everything", timeout=10)
            # A quick drag to the left, in steps, as a finger moves: the next exhibit.
            subprocess.run(["xdotool", "mousemove", str(width * 3 // 4), str(height * 3 // 4),
                            "mousedown", "1"], check=True, timeout=10)
            for step in range(1, 11):
                subprocess.run(["xdotool", "mousemove", str(width * 3 // 4 - step * 40),
                                str(height * 3 // 4)], check=True, timeout=10)
                time.sleep(0.02)
            subprocess.run(["xdotool", "mouseup", "1"], check=True, timeout=10)
            session.find(role="label", name="The Transformer", timeout=10)
        tap.case("a swipe to the left turns to the next exhibit", swipe)


def staff_gesture(session):
    """Five quick taps in the top-left corner, as staff do."""
    window = session.window_id()
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False, timeout=10)
    for _ in range(5):
        subprocess.run(["xdotool", "mousemove", "20", "20", "click", "1"], check=True,
                       timeout=10)
        time.sleep(0.15)
    session.find(role="label", name="Staff PIN", timeout=10)


def enter_pin(session, pin):
    subprocess.run(["xdotool", "type", "--delay", "80", pin], check=True, timeout=10)
    subprocess.run(["xdotool", "key", "Return"], check=True, timeout=10)


def test_staff_lockout():
    with window_manager(), VitrineSession("--kiosk", "--language", "en",
                                          settings=LOCKDOWN_SETTINGS) as session:
        session.wait_for(lambda: is_fullscreen(session), what="a full-screen kiosk window")
        staff_gesture(session)
        for left in (2, 1):
            enter_pin(session, "1357")
            session.find(role="label", name=f"Wrong PIN. {left} attempt"
                                                f"{'s' if left > 1 else ''} left.", timeout=10)
        enter_pin(session, "1357")
        session.find(role="label", contains="Too many wrong PINs", timeout=10)

        # Locked out, the right PIN does not open either.
        enter_pin(session, STAFF_PIN)
        time.sleep(2)
        assert session.process.poll() is None, "the kiosk quit during the lockout"
        assert is_fullscreen(session), "the kiosk left full screen"


def test_staff_exit():
    with window_manager(), VitrineSession("--kiosk", "--language", "en",
                                          settings=LOCKDOWN_SETTINGS) as session:
        session.wait_for(lambda: is_fullscreen(session), what="a full-screen kiosk window")
        staff_gesture(session)
        enter_pin(session, STAFF_PIN)
        deadline = time.monotonic() + 10
        while session.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert session.process.returncode == 0, f"exit status {session.process.returncode}"


def main():
    for tool in ("openbox", "wmctrl", "xprop", "xdotool"):
        if shutil.which(tool) is None:
            print(f"Bail out! {tool} is missing; build-aux/setup.sh installs it")
            return 1
    tap = Tap()
    tap.case("a visitor comes in, goes idle and the kiosk resets", test_visitor_cycle)
    test_lockdown(tap)
    tap.case("three wrong staff PINs lock the staff exit out", test_staff_lockout)
    tap.case("staff leave kiosk mode with the PIN", test_staff_exit)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
