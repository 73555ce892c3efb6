"""Drives the real Vitrine through its accessibility tree, as a screen reader would.

Run inside tests/run-in-display.sh, which gives each run its own X server and session bus (see
tests/meson.build). Each session gets its own temporary home, so settings and caches of one
test never leak into another.
"""

import os
import shutil
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import GLib

DEFAULT_TIMEOUT = 20.0

# AT-SPI gives up on a call after 800 ms by default. A language switch rebuilds the window
# before the click's reply goes out, which takes longer than that in the sanitizer build, so
# calls may take up to 10 s (and an application up to 15 s to start answering).
pyatspi.setTimeout(10000, 15000)


class VitrineSession:
    def __init__(self, *args, env=None, settings=None):
        self.home = tempfile.mkdtemp(prefix="vitrine-e2e-")
        environment = dict(os.environ)
        environment.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "GSETTINGS_BACKEND": "memory",
            "GSK_RENDERER": "cairo",
            "ADW_DISABLE_PORTAL": "1",
            "GTK_A11Y": "atspi",
        })
        environment.pop("NO_AT_BRIDGE", None)
        if settings:
            # Settings given to a test are written where GSettings' keyfile backend reads them,
            # as `gsettings set` would on a deployed machine.
            environment["GSETTINGS_BACKEND"] = "keyfile"
            keyfile = os.path.join(environment["XDG_CONFIG_HOME"], "glib-2.0", "settings")
            os.makedirs(keyfile)
            with open(os.path.join(keyfile, "keyfile"), "w", encoding="utf-8") as out:
                out.write("[io/github/vitrine/Vitrine]\n")
                for key, value in settings.items():
                    out.write(f"{key}={value}\n")
        if env:
            environment.update(env)
        for attempt in range(2):
            self.process = subprocess.Popen([os.environ["VITRINE"], *args], env=environment,
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                            text=True)
            try:
                self.app = self.wait_for(self._find_app, what="the application on the bus")
                break
            except AssertionError as error:
                # On a loaded machine the first client of a fresh Xvfb is now and then refused
                # ("cannot open display") while the server is up, and the next one gets in.
                # That case, and only that one, is tried once more.
                if attempt == 0 and "cannot open display" in str(error):
                    time.sleep(1)
                    continue
                raise

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == "vitrine":
                try:
                    if app.get_process_id() != self.process.pid:
                        continue
                except Exception:  # noqa: BLE001 - older pyatspi has no process id
                    pass
                return app
        return None

    def wait_for(self, probe, timeout=DEFAULT_TIMEOUT, what="a condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read()
                raise AssertionError(f"vitrine exited with {self.process.returncode}:\n{output}")
            try:
                result = probe()
            except Exception:  # noqa: BLE001 - the tree changes under our feet
                result = None
            if result:
                return result
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")

    def find_all(self, role=None, name=None, contains=None, root=None, limit=5000):
        """Every node under root with the role (a role name such as 'label') and name."""
        found = []
        stack = [root or self.app]
        seen = 0
        while stack and seen < limit:
            node = stack.pop()
            seen += 1
            try:
                node_role = node.getRoleName()
                node_name = node.name or ""
                children = [node.getChildAtIndex(i) for i in range(node.childCount)]
            except Exception:  # noqa: BLE001 - nodes can vanish while we walk
                continue
            if ((role is None or node_role == role) and (name is None or node_name == name)
                    and (contains is None or contains in node_name)):
                found.append(node)
            stack.extend(child for child in reversed(children) if child is not None)
        return found

    def find(self, role=None, name=None, contains=None, root=None, timeout=DEFAULT_TIMEOUT):
        def probe():
            nodes = self.find_all(role, name, contains, root)
            return nodes[0] if nodes else None
        return self.wait_for(probe, timeout, f"{role} {name or contains!r}")

    def texts(self, role="label", root=None):
        return [node.name for node in self.find_all(role=role, root=root) if node.name]

    @staticmethod
    def click(node):
        """Activates node as a screen reader would, without waiting for the app to finish.

        GTK replies to an action only once its handler returns, and some handlers (a language
        switch rebuilds the window) outlast the accessibility bus's reply timeout on a loaded
        machine, although the action was delivered. Callers wait for the action's effect.
        """
        action = node.queryAction()
        index = 0
        for candidate in range(action.nActions):
            if action.getName(candidate) in ("click", "activate", "press"):
                index = candidate
                break
        try:
            action.doAction(index)
        except GLib.GError as error:
            if "Did not receive a reply" not in str(error):
                raise

    def focused(self):
        """The node that has the keyboard focus, or None.

        GTK 4.8 leaves a stale "focused" state on a menu button's outer node, which has no
        actions of its own; such nodes are skipped, and of the rest the last one wins.
        """
        found = None
        for node in self.find_all():
            try:
                if not node.getState().contains(pyatspi.STATE_FOCUSED):
                    continue
                if node.getRoleName() == "push button" and node.queryAction().nActions == 0:
                    continue
            except Exception:  # noqa: BLE001 - nodes can vanish while we walk
                continue
            found = node
        return found

    def window_id(self):
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                              str(self.process.pid)], capture_output=True, text=True).stdout
        return ids.split()[0] if ids.split() else None

    def keys(self, *keys):
        """Presses keys in the app's window with xdotool, as a keyboard user would."""
        window = self.wait_for(self.window_id, what="the window on screen")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False, timeout=10)
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)
            time.sleep(0.15)

    def type_text(self, text):
        window = self.wait_for(self.window_id, what="the window on screen")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False, timeout=10)
        subprocess.run(["xdotool", "type", "--delay", "60", text], check=True, timeout=30)

    def tab_to(self, predicate, limit=60, what="a control"):
        """Presses Tab until the focused node satisfies predicate, and returns it."""
        for _ in range(limit):
            node = self.focused()
            if node is not None and predicate(node):
                return node
            self.keys("Tab")
        raise AssertionError(f"Tab never reached {what}")

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], check=True, timeout=30)
        deviation = subprocess.run(
            ["convert", path, "-format", "%[fx:standard_deviation]", "info:"],
            capture_output=True, text=True, check=True, timeout=30).stdout
        return float(deviation)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
