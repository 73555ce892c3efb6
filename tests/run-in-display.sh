#!/bin/sh
# Runs a command in its own X server and session bus, in the order that works: the bus inside
# the X server, so that the accessibility services it starts can see the display.
#
# xvfb-run -a takes the first free display number from 99 up, and two test programs started
# at the same moment can both take the same one. Starting the search at a number drawn from
# the process id makes that rare when tests run in parallel. The order matters: xvfb-run reads
# its options in turn, and -a searches from the -n given before it (-n after -a would replace
# the free number it found).
exec xvfb-run -n "$((100 + $$ % 800))" -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@"
