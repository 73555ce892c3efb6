#!/usr/bin/env bash
# Installs what Vitrine needs to build and test (Debian 12 / Ubuntu 24.04), then configures
# and builds it in _build/. Sourced by build-aux/run and build-aux/test; safe to run again.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${VITRINE_BUILD_DIR:-$top/_build}"

build_packages=(
  gcc pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  librsvg2-common
  libqrencode-dev
)
test_packages=(
  xvfb xauth dbus dbus-daemon dbus-x11 at-spi2-core python3 python3-pyatspi imagemagick xdotool
  fonts-noto-core fonts-noto-cjk
  appstream desktop-file-utils flatpak-builder
  # Kiosk end-to-end tests: a window manager that honours full screen, and tools to poke it.
  openbox wmctrl x11-utils
)
# The reliability checks of build-aux/test: memcheck, the sanitizer build and the fuzzer.
test_packages+=(valgrind clang libclang-rt-dev zlib1g-dev)

install_missing () {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Vitrine needs these packages, and this system has no apt-get: ${missing[*]}" >&2
    exit 1
  fi

  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

vitrine_setup () {
  local with_tests="${1:-}"
  if [ "$with_tests" = "--with-tests" ]; then
    install_missing "${build_packages[@]}" "${test_packages[@]}"
  else
    install_missing "${build_packages[@]}"
  fi

  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" "$top"
  fi
  meson compile -C "$build_dir"
}
