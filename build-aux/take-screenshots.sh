#!/usr/bin/env bash
# Takes screenshots of every screen at 800 and 1280 px wide, in light and dark, into
# data/screenshots/. Run it from a built tree (build-aux/run builds one):
#   build-aux/take-screenshots.sh [BUILD_DIR]
# It starts its own X server, so it works on a machine without a display.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$(cd "${1:-$top/_build}" && pwd)"
out="$top/data/screenshots"
mkdir -p "$out"

if [ -z "${VITRINE_SCREENSHOT_INNER:-}" ]; then
  export VITRINE_SCREENSHOT_INNER=1
  VITRINE_TEST_SCREEN=1920x1200x24 exec "$(dirname "$0")/../tests/run-in-display.sh" "$0" "$build_dir"
fi

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_DATA_HOME="$home/data" GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR="$build_dir/data" GSK_RENDERER=cairo ADW_DISABLE_PORTAL=1
export VITRINE_LOCALEDIR="$build_dir/po"
export LC_ALL=C.UTF-8

# NAME and the window action that shows it ("" for the start screen).
screens=(
  "overview|show-view|overview"
  "exhibits|show-view|exhibits"
  "exhibit|show-exhibit|ipv6"
  "timeline|show-view|timeline"
  "event|show-event|2014-first-summit"
  "tour|show-tour|decade-talk"
  "search|search-for|summit"
)

activate () {
  gdbus call --session --dest io.github.vitrine.Vitrine \
    --object-path /io/github/vitrine/Vitrine/window/1 \
    --method org.gtk.Actions.Activate "$1" "[<'$2'>]" "{}" >/dev/null
}

start_vitrine () {
  "$build_dir/src/vitrine" "$@" &
  pid=$!
  for _ in $(seq 50); do
    window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.2
  done
  sleep 1.5
}

for width in 800 1280; do
  height=$(( width == 800 ? 700 : 860 ))
  for theme in light dark; do
    gsettings set io.github.vitrine.Vitrine window-width "$width"
    gsettings set io.github.vitrine.Vitrine window-height "$height"
    gsettings set io.github.vitrine.Vitrine color-scheme "$theme"
    gsettings set io.github.vitrine.Vitrine last-location "view:overview"

    start_vitrine --language en

    for screen in "${screens[@]}"; do
      IFS='|' read -r name action argument <<< "$screen"
      if [ "$action" = "search-for" ]; then
        activate show-view overview
        xdotool search --onlyvisible --pid "$pid" windowfocus --sync 2>/dev/null || true
        xdotool type --delay 40 "$argument"
      else
        activate "$action" "$argument"
      fi
      sleep 1.2
      import -window "$window" "$out/$name-$width-$theme.png"
      if [ "$action" = "search-for" ]; then
        xdotool key Escape
        sleep 0.3
      fi
    done

    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
done

# The overview, an exhibit and the timeline in Chinese and in Arabic (right to left).
gsettings set io.github.vitrine.Vitrine window-width 1280
gsettings set io.github.vitrine.Vitrine window-height 860
gsettings set io.github.vitrine.Vitrine color-scheme light
for language in zh_CN ar; do
  gsettings set io.github.vitrine.Vitrine last-location "view:overview"
  start_vitrine --language "$language"
  for screen in "overview|show-view|overview" "exhibit|show-exhibit|ipv6" \
                "timeline|show-view|timeline"; do
    IFS='|' read -r name action argument <<< "$screen"
    activate "$action" "$argument"
    sleep 1.2
    import -window "$window" "$out/$name-1280-$language.png"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done

echo "Screenshots are in $out"
