#!/bin/sh
# tty_escape.sh: Esc closes an overlay within 300 ms (the escape delay is set), and ESCDELAY from the environment still wins.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

# Open search (an overlay Esc closes), wait until it is drawn and the
# terminal is quiet, press Esc alone, and count the bytes written in the
# next 300 ms: the guide's screen drawn again is well over a hundred.
# ncurses' own default waits 1000 ms for the rest of an escape sequence.
script='wait language\nquiet 200\nsend /\nwait Search for:\nquiet 300\nmark open\nsend \\e\nsleep 300\nmark esc-300ms\nquiet 1200\nmark later\nsend q\nsend y\nexit 2000\n'

out=$(run "$script" env -u ESCDELAY TERM=xterm "$SENDGUIDE" --content "$FIXTURE") \
	|| fail "ptyrun failed: $out"
printf '%s\n' "$out" >&2
n=$(printf '%s\n' "$out" | awk '$1 == "esc-300ms" { print $2 }')
[ -n "$n" ] || fail "no measurement"
[ "$n" -gt 100 ] || fail "Esc took longer than 300 ms to close search ($n bytes in 300 ms)"
tail -c 3000 "$WORK/raw" | grep -q 'Do you want to try mediation\|What is your disagreement about' \
	|| fail "the guide's screen did not come back after Esc"
printf '%s\n' "$out" | grep -qx 'exit 0' || fail "expected a clean quit: $out"

# ESCDELAY set by the user wins: with 1000 ms nothing happens in 300 ms,
# and the overlay closes later.
out=$(run "$script" env ESCDELAY=1000 TERM=xterm "$SENDGUIDE" --content "$FIXTURE") \
	|| fail "ptyrun failed with ESCDELAY=1000: $out"
printf '%s\n' "$out" >&2
n=$(printf '%s\n' "$out" | awk '$1 == "esc-300ms" { print $2 }')
[ "$n" = 0 ] || fail "ESCDELAY=1000 was not honoured: $n bytes within 300 ms of Esc"
n=$(printf '%s\n' "$out" | awk '$1 == "later" { print $2 }')
[ "$n" -gt 100 ] || fail "with ESCDELAY=1000, Esc never closed search"
pass
