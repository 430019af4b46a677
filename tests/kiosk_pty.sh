#!/bin/sh
# kiosk_pty.sh: bytes a kiosk sends while idle and counting down, and taps (xterm SGR mouse reports) in a pseudo-terminal.
. "$TOP_SRCDIR/tests/lib.sh"

ptyrun="$TOP_BUILDDIR/tests/ptyrun"
[ -x "$ptyrun" ] || fail "tests/ptyrun was not built"
GUIDE=$TOP_SRCDIR/tests/fixtures/kiosk/guide
printf '%s\n' 'kiosk = yes' 'idle = 3' 'countdown = 3' 'staff-keys = 7;k!Vq2' >"$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"

# Rows and columns in SGR reports count from 1. At 80x24 the start screen has
# choice 2 on row 6 (the title is the header alone); the action row is row 24, with "Back" from column 2.
# A finger stays down a moment, so press and release arrive apart.
click() { printf 'send \\e[<0;%s;%sM\nsleep 100\nsend \\e[<0;%s;%sm\n' "$1" "$2" "$1" "$2"; }

{
	echo 'wait Kiosk test start'
	echo 'quiet 300'
	echo 'mark first-paint'
	# Untouched: no timer runs, however long it waits.
	echo 'sleep 4500'
	echo 'mark pristine'
	# A tap on the second choice's row, far right of its label, chooses it.
	click 70 6
	echo 'wait Kiosk test national advice'
	echo 'quiet 200'
	echo 'mark tap-choice'
	# In use but not yet idle: nothing is drawn.
	echo 'sleep 2000'
	echo 'mark in-use'
	echo 'wait Still there?'
	echo 'quiet 200'
	echo 'mark countdown-shown'
	# Two seconds of countdown: at most two small updates.
	echo 'sleep 2000'
	echo 'mark countdown-2s'
	# The tap that answers "Still there?" lands on "Finished: start again"
	# (row 7 here) and must not choose it.
	click 10 7
	echo 'quiet 300'
	echo 'mark answered'
	echo 'sleep 1000'
	echo 'mark after-answer'
	# Back, tapped on the kiosk's action row.
	click 4 24
	echo 'quiet 300'
	echo 'mark tap-back'
	echo 'send 7;k!Vq2'
	echo 'exit 3000'
} >"$WORK/script"

TERM=xterm-256color "$ptyrun" -c 80 -r 24 -o "$WORK/raw" -- \
	"$SENDGUIDE" --config "$WORK/kiosk.conf" --content "$GUIDE" \
	<"$WORK/script" >"$WORK/marks" 2>"$WORK/err" || {
	cat "$WORK/marks" "$WORK/err" >&2
	fail "ptyrun failed"
}
cat "$WORK/marks" >&2

bytes() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/marks"; }

[ "$(bytes pristine)" = 0 ] || fail "an untouched kiosk sent $(bytes pristine) bytes in 4.5 s"
[ "$(bytes in-use)" = 0 ] || fail "a kiosk in use but not yet idle sent $(bytes in-use) bytes"
[ "$(bytes tap-choice)" -gt 0 ] || fail "the tap on a choice changed nothing"
n=$(bytes countdown-2s)
[ "$n" -gt 0 ] || fail "the countdown did not count down"
# Each update changes one or two digits (and "seconds" to "second"): far
# less than a repaint.
[ "$n" -le 200 ] || fail "two seconds of countdown sent $n bytes"
[ "$(bytes after-answer)" = 0 ] || fail "the countdown went on after it was answered"
grep -qx 'exit 3' "$WORK/marks" || fail "staff exit: $(tail -1 "$WORK/marks")"

# What the screen said: the tap on Finished was only an answer. Had it
# chosen, the start screen has no Back, and the tap there would have hit
# "Area" and opened the area chooser.
tr -d '\033' <"$WORK/raw" >"$WORK/text"
grep -q 'Still there?' "$WORK/text" || fail "no Still there? drawn"
grep -q 'Type to narrow' "$WORK/text" && fail "the tap that answered Still there? chose Finished"
tail -c 2000 "$WORK/text" | grep -q 'A decision the council made' ||
	fail "the tap on Back did not go back to the start"
pass
