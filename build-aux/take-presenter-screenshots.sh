#!/usr/bin/env bash
# Takes screenshots of presenter mode into data/screenshots/: the console (1280 × 800) and the
# audience window (1920 × 1080) on an event, an exhibit and a key figure. Run it from a built
# tree:
#   build-aux/take-presenter-screenshots.sh [BUILD_DIR]
# It starts its own X server, so it works on a machine without a display.
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
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_DATA_HOME="$home/data" GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build_dir/data" GSK_RENDERER=cairo ADW_DISABLE_PORTAL=1
export VITRINE_LOCALEDIR="$build_dir/po"
export LC_ALL=C.UTF-8

# Without a window manager, the window raised last is the one the screen shows.
shoot () {
  xdotool windowraise "$1"
  sleep 0.5
  import -window "$1" "$out/$2"
}

action () {
  gapplication action io.github.vitrine.Vitrine "$@"
}

window_named () {
  xdotool search --all --onlyvisible --pid "$pid" --name "^$1\$" 2>/dev/null | head -n 1 || true
}

"$build_dir/src/vitrine" --language en --present decade-talk &
pid=$!
for _ in $(seq 50); do
  [ -n "$(window_named Audience)" ] && [ -n "$(window_named 'Presenter Console')" ] && break
  sleep 0.2
done
audience=$(window_named Audience)
console=$(window_named 'Presenter Console')

# Stop 4, an event on the decade band, after a minute and a half of talk: a little behind.
action present-goto 4
sleep 8
shoot "$audience" presenter-audience.png
shoot "$console" presenter-console.png

action present-goto 6
sleep 1.5
shoot "$audience" presenter-audience-exhibit.png

action present-goto 13
sleep 1.5
shoot "$audience" presenter-audience-figure.png

kill "$pid"
wait "$pid" 2>/dev/null || true
echo "Screenshots in $out"
