#!/usr/bin/env bash
# Takes screenshots of kiosk mode at 1920×1080 into data/screenshots/: the attract screen (an
# exhibit and a key figure), an exhibit, a source's QR code, the staff PIN pad after a wrong PIN
# and the "Are you still there?" warning. Run it
# from a built tree (build-aux/run builds one):
#   build-aux/take-kiosk-screenshots.sh [BUILD_DIR]
# It starts its own X server and window manager (openbox, for full screen), so it works on a
# machine without a display.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$(cd "${1:-$top/_build}" && pwd)"
out="$top/data/screenshots"
mkdir -p "$out"

if [ -z "${VITRINE_SCREENSHOT_INNER:-}" ]; then
  export VITRINE_SCREENSHOT_INNER=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- "$0" "$build_dir"
fi

home="$(mktemp -d)"
trap 'kill "$wm" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_DATA_HOME="$home/data" GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR="$build_dir/data" GSK_RENDERER=cairo ADW_DISABLE_PORTAL=1
export VITRINE_LOCALEDIR="$build_dir/po"
export LC_ALL=C.UTF-8

openbox --sm-disable >/dev/null 2>&1 &
wm=$!
sleep 0.5

# The shortest idle times the settings allow, so that the warning comes soon.
gsettings set io.github.vitrine.Vitrine kiosk-idle-seconds 10
gsettings set io.github.vitrine.Vitrine kiosk-warning-seconds 10
echo 2468 | "$build_dir/src/vitrine" --set-kiosk-pin >/dev/null

"$build_dir/src/vitrine" --kiosk --language en &
pid=$!
for _ in $(seq 50); do
  window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
  [ -n "$window" ] && break
  sleep 0.2
done
sleep 2.5

shoot () {
  import -window root "$out/kiosk-$1-1920.png"
}

# Clicks at a place on the 1920×1080 screen, then lets the screen settle.
tap () {
  xdotool mousemove "$1" "$2" click 1
  sleep "${3:-1.5}"
}

shoot attract

# The second slide of the loop is a key figure, counted up once it is on screen.
sleep 9.5
shoot attract-figure

# Come in, search, and open the first result: the IPv6 exhibit.
tap 960 300
tap 1200 46 0.5
xdotool type --delay 40 "IPv6"
sleep 1
xdotool key Return
sleep 2
xdotool mousemove 960 600
shoot exhibit

# A source's address as a QR code: scroll to the sources and press the first link.
xdotool key End
sleep 1
shoot exhibit-sources
tap 960 865
shoot qr-code
xdotool key Escape
sleep 0.5

# Staff tap the top-left corner five times for the PIN pad; a wrong PIN is refused.
for _ in 1 2 3 4 5; do
  xdotool mousemove 30 30 click 1
  sleep 0.2
done
sleep 1
xdotool type --delay 80 "0000"
xdotool key Return
sleep 1
shoot staff-pin
xdotool key Escape
sleep 0.5

# Walk away: the warning after the idle time.
sleep 12
shoot warning

kill "$pid"
wait "$pid" 2>/dev/null || true
echo "Screenshots are in $out"
