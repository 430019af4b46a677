#!/bin/sh
# kiosk_tty.sh: kiosk mode in a real terminal: no way out for the public, the idle wipe, Finished, the staff exit.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

GUIDE=$TOP_SRCDIR/tests/fixtures/kiosk/guide
STAFF='7;k!Vq2'

# The countdown speaks the visitor's language: Polish after visit(), when
# the catalogue has the words (a fuzzy entry would show the English).
STILL_PL=$(awk '/^#, fuzzy/ { fuzzy = 1; next }
	/^msgid "Still there\?"$/ { if (!fuzzy) { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print }; exit }
	/^$/ { fuzzy = 0 }' "$TOP_SRCDIR/i18n/pl.po" 2>/dev/null)
[ -n "$STILL_PL" ] || STILL_PL='Still there?'

kiosk_conf() {
	printf '%s\n' "$@" >"$WORK/kiosk.conf" && chmod 600 "$WORK/kiosk.conf" || exit 99
}

still_running() {
	sleep 0.3
	[ -s "$WORK/status" ] && fail "$1 ended the kiosk with status $(cat "$WORK/status")"
	return 0
}

# A visitor's own journey: two screens in, an area, Polish.
visit() {
	tty_keys 1
	tty_wait_line ' Kiosk test start › Kiosk test decision'
	tty_keys 1
	tty_wait_line ' Kiosk test outcome'
	tty_keys a
	tty_wait 'Type to narrow:'
	tty_keys -l Ashf
	tty_keys Enter
	tty_wait_line ' Contacts for Ashford Vale'
	tty_keys l
	tty_wait_line ' > 1. English'
	tty_keys 2
	tty_wait 'Kiosk test start › Kiosk test decision › Kiosk test outcome'
	tty_keys l
	tty_wait_line ' > 2. Polski'
	tty_keys Escape
	tty_wait 'Kiosk test decision › Kiosk test outcome'
}

# After a wipe: the first screen, no history, English, no area.
forgotten() {
	tty_wait_line ' Kiosk test start'
	tty_wait_line '  Area    Language    Help'
	tty_absent '›'
	tty_absent 'Back'
	tty_keys b
	sleep 0.2
	tty_wait_line ' Kiosk test start'
	tty_absent '›'
	tty_keys l
	tty_wait_line ' > 1. English'
	tty_keys Escape
	tty_wait_line ' Kiosk test start'
	tty_keys 1 1
	tty_wait_line ' Kiosk test outcome'
	tty_wait 'Choose your area (local authority) to see whom to contact.'
	tty_absent 'Ashford Vale'
}

kiosk_conf 'kiosk = yes' 'idle = 2' 'countdown = 4' "staff-keys = $STAFF"
tty_start 80 24 xterm-256color --config "$WORK/kiosk.conf" --content "$GUIDE"
tty_wait_line ' > 1. A decision the council made'
# Nothing on screen offers to quit, and nothing the public can type quits.
tty_absent 'quit'
tty_keys q C-c C-z 'C-\' C-d Q
still_running "q, Ctrl-C, Ctrl-Z, Ctrl-\\ or Ctrl-D"
tty_wait_line ' > 1. A decision the council made'

# "Still there?" appears after the idle time; a key answers it and is not
# acted on (2 would have chosen "No, appeal").
visit
tty_wait "$STILL_PL"
tty_keys 2
tty_wait_line ' Kiosk test start › Kiosk test decision › Kiosk test outcome'
tty_absent "$STILL_PL"
tty_wait 'Ashford Vale'

# Left alone, the countdown runs out and the visitor is forgotten.
tty_wait "$STILL_PL"
tty_wait_line ' Kiosk test start'
forgotten

# "Finished" forgets at once, without waiting.
tty_keys b b
tty_wait_line ' Kiosk test start'
visit
tty_keys 2
tty_wait_line ' Kiosk test start'
forgotten
still_running "the wipe"

# Staff leave with their sequence, typed anywhere, even mid-journey.
tty_keys b
tty_wait_line ' Kiosk test start › Kiosk test decision'
tty_keys -l "$STAFF"
[ "$(tty_exit_status)" = 3 ] || fail "staff exit status $(cat "$WORK/status"), expected 3"

# Broken content: a calm out-of-order screen, no way out but the staff one.
mkdir "$WORK/broken" && printf 'screens: [\n' >"$WORK/broken/00-guide.yaml" || exit 99
tty_start 80 24 xterm-256color --config "$WORK/kiosk.conf" --content "$WORK/broken"
tty_wait 'out of order'
tty_wait 'ask a member of staff'
tty_keys q C-c Enter 1
still_running "a key on the out-of-order screen"
tty_wait 'out of order'
tty_keys -l "$STAFF"
[ "$(tty_exit_status)" = 3 ] || fail "staff exit from out of order: status $(cat "$WORK/status")"

# Without a staff sequence there is no way out at all.
kiosk_conf 'kiosk = yes'
tty_start 80 24 xterm-256color --config "$WORK/kiosk.conf" --content "$GUIDE"
tty_wait_line ' > 1. A decision the council made'
tty_keys -l "$STAFF"
tty_keys q C-c
still_running "typing without a configured sequence"
pass
