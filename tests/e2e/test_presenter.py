#!/usr/bin/env python3
"""Presenter mode, driven as show-control software would: through `gapplication action` on the
session bus, checking what both the audience window and the presenter console show."""

import json
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import VitrineSession  # noqa: E402
from tap import Tap  # noqa: E402

APP_ID = "io.github.vitrine.Vitrine"
ROOT = pathlib.Path(__file__).resolve().parents[2]
PACK_DIR = ROOT / "resources" / "pack"
TOUR = next(tour for tour in json.loads((PACK_DIR / "tours.json").read_text())["tours"]
            if tour["id"] == "decade-talk")
EXHIBITS = {e["id"]: e for e in json.loads((PACK_DIR / "exhibits.json").read_text())["exhibits"]}
EVENTS = {e["id"]: e for e in json.loads((PACK_DIR / "timeline.json").read_text())["events"]}
FIGURES = {f["id"]: f for f in json.loads((PACK_DIR / "figures.json").read_text())["figures"]}


def stop_title(index):
    """The title of a stop of the tour, or for a key figure its unit, which its title ends
    with."""
    stop = TOUR["stops"][index]
    if "exhibit" in stop:
        return EXHIBITS[stop["exhibit"]]["title"]
    if "event" in stop:
        return EVENTS[stop["event"]]["title"]
    return FIGURES[stop["figure"]]["unit"]


def action(name, parameter=None):
    command = ["gapplication", "action", APP_ID, name]
    if parameter is not None:
        command.append(parameter)
    subprocess.run(command, check=True, timeout=20)


def window(session, title):
    return session.find(role="frame", name=title)


def stage_titles(session, root):
    """The names of the stops on the first stage in root: one, once a transition is over, and
    none while the audience is blanked."""
    titles = []
    for stage in session.find_all(name="VtrShowStage", root=root)[:1]:
        for stack in (stage.getChildAtIndex(i) for i in range(stage.childCount)):
            for page in (stack.getChildAtIndex(i) for i in range(stack.childCount)):
                titles.extend(page.getChildAtIndex(i).name for i in range(page.childCount))
    return titles


def audience_shows(session, title):
    names = stage_titles(session, window(session, "Audience"))
    return len(names) == 1 and names[0].endswith(title)


def console_shows(session, title, number):
    console = window(session, "Presenter Console")
    current = session.find_all(name="Current stop", root=console)
    if not current:
        return False
    labels = session.texts(root=current[0])
    return (f"Now: stop {number} of {len(TOUR['stops'])}" in labels
            and any(label.endswith(title) for label in labels))


def wait_for_stop(session, index):
    title = stop_title(index)
    session.wait_for(lambda: audience_shows(session, title),
                     what=f"the audience window on stop {index + 1} ({title})")
    session.wait_for(lambda: console_shows(session, title, index + 1),
                     what=f"the console on stop {index + 1} ({title})")


def test_remote_control():
    with VitrineSession("--present", "decade-talk") as session:
        window(session, "Audience")
        window(session, "Presenter Console")
        wait_for_stop(session, 0)

        for index in range(1, 4):
            action("present-next")
            wait_for_stop(session, index)

        action("present-previous")
        wait_for_stop(session, 2)
        action("present-goto", "4")
        wait_for_stop(session, 3)


def test_blank_and_unblank():
    with VitrineSession("--present", "decade-talk") as session:
        wait_for_stop(session, 0)
        audience = window(session, "Audience")

        action("present-blank")
        session.find(name="Black screen", root=audience)
        session.find(role="label", contains="The audience sees a black screen")
        session.wait_for(lambda: not stage_titles(session, audience),
                         what="the stop to leave the audience window")

        # Moving while blacked out keeps the audience black; the console follows.
        action("present-next")
        session.wait_for(lambda: console_shows(session, stop_title(1), 2),
                         what="the console on stop 2")
        session.find(name="Black screen", root=audience)

        action("present-blank")
        wait_for_stop(session, 1)
        session.wait_for(lambda: not session.find_all(name="Black screen", root=audience),
                         what="the black screen to go")

        action("present-white")
        session.find(name="White screen", root=audience)
        action("present-unblank")
        wait_for_stop(session, 1)


def test_go_to_last_stop():
    with VitrineSession("--present", "decade-talk") as session:
        wait_for_stop(session, 0)
        last = len(TOUR["stops"]) - 1

        action("present-last")
        wait_for_stop(session, last)
        session.find(role="label", name="End of the tour",
                     root=window(session, "Presenter Console"))

        action("present-first")
        wait_for_stop(session, 0)
        action("present-goto-stop", "'ipv6'")
        wait_for_stop(session, 6)
        action("present-goto", "-1")
        wait_for_stop(session, last)


def press_in(session, title, *keys):
    """Presses keys in the window called title, as a clicker would."""
    def find():
        ids = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid",
                              str(session.process.pid), "--name", f"^{title}$"],
                             capture_output=True, text=True).stdout.split()
        return ids[0] if ids else None
    window_id = session.wait_for(find, what=f"the {title} window on screen")
    subprocess.run(["xdotool", "windowactivate", "--sync", window_id], check=False, timeout=10)
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False, timeout=10)
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)


def test_keys_in_both_windows():
    with VitrineSession("--present", "decade-talk") as session:
        wait_for_stop(session, 0)
        last = len(TOUR["stops"]) - 1

        press_in(session, "Presenter Console", "Right")
        wait_for_stop(session, 1)
        press_in(session, "Audience", "space")
        wait_for_stop(session, 2)
        press_in(session, "Audience", "Page_Up")
        wait_for_stop(session, 1)
        press_in(session, "Presenter Console", "End")
        wait_for_stop(session, last)
        press_in(session, "Presenter Console", "Home")
        wait_for_stop(session, 0)

        # A stop number, then Enter.
        press_in(session, "Audience", "1", "2")
        session.find(role="label", name="Go to stop 12…")
        press_in(session, "Audience", "Return")
        wait_for_stop(session, 11)

        audience = window(session, "Audience")
        press_in(session, "Presenter Console", "b")
        session.find(name="Black screen", root=audience)
        press_in(session, "Presenter Console", "period")
        session.wait_for(lambda: not session.find_all(name="Black screen", root=audience),
                         what="the black screen to go")
        press_in(session, "Audience", "w")
        session.find(name="White screen", root=audience)
        press_in(session, "Audience", "w")
        wait_for_stop(session, 11)

        # Escape asks first; leaving brings the desktop window back.
        press_in(session, "Audience", "Escape")
        session.find(name="Leave Presenter Mode?")
        # GTK 4.8 names a button "mnemonic + label"; the console's own Leave button comes
        # first, and the dialog has one for its wide and one for its narrow layout.
        session.wait_for(lambda: len(session.find_all(role="push button",
                                                      name="_Leave Leave")) >= 2,
                         what="the dialog's Leave button")
        for button in reversed(session.find_all(role="push button", name="_Leave Leave")[1:]):
            if session.find_all(role="frame", name="Audience"):
                session.click(button)
        session.wait_for(lambda: not session.find_all(role="frame", name="Audience"),
                         what="the audience window to close")
        session.find(role="page tab", name="Overview")


def test_unknown_tour():
    environment = dict(os.environ, GSETTINGS_BACKEND="memory")
    result = subprocess.run([os.environ["VITRINE"], "--present", "no-such-tour"],
                            capture_output=True, text=True, timeout=60, env=environment)
    assert result.returncode == 1, result
    assert "no-such-tour" in result.stderr and "decade-talk" in result.stderr, result.stderr


def main():
    tap = Tap()
    tap.case("remote control moves both windows", test_remote_control)
    tap.case("blank and unblank the audience", test_blank_and_unblank)
    tap.case("go to the last stop", test_go_to_last_stop)
    tap.case("clicker keys work in both windows", test_keys_in_both_windows)
    tap.case("an unknown tour is an error", test_unknown_tour)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
