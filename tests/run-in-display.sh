#!/bin/sh
# Runs a command in its own X server and session bus, in the order that works: the bus inside
# the X server, so that the accessibility services it starts can see the display.
#
# The X server picks a free display number itself (-displayfd), because meson runs several of
# these at once, and "xvfb-run -a" lets two of them race for the same number. It never resets
# (-noreset): by default an X server restarts when its last client leaves, and the accessibility
# bus launcher connects and leaves just as the app connects, which then fails to open the display.
#
# Services that the bus starts inherit its standard output, and the accessibility registry
# greets on it. Only the command itself may write to standard output, which meson reads as TAP,
# so the command gets the original output on a spare descriptor and everything else goes to
# standard error.
set -eu

runtime=$(mktemp -d "${TMPDIR:-/tmp}/vitrine-display.XXXXXX")
mkfifo "$runtime/displayfd"
Xvfb -displayfd 4 -screen 0 "${VITRINE_TEST_SCREEN:-1280x800x24}" -nolisten tcp -noreset \
  4>"$runtime/displayfd" >"$runtime/xvfb.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$runtime"' EXIT
trap 'exit 129' HUP INT TERM

read -r display <"$runtime/displayfd" || {
  echo "run-in-display: Xvfb did not start:" >&2
  cat "$runtime/xvfb.log" >&2
  exit 1
}

exec 3>&1
status=0
DISPLAY=":$display" dbus-run-session -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@" 1>&2 || status=$?
exit "$status"
