#!/bin/sh
# Runs a command in its own X server and session bus, in the order that works: the bus inside
# the X server, so that the accessibility services it starts can see the display.
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@"
