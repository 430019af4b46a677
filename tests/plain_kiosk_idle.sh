#!/bin/sh
# plain_kiosk_idle.sh: a plain-mode kiosk on a terminal asks "Still there?" once, then forgets the visitor.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
MINI=$TOP_SRCDIR/tests/fixtures/mini
printf 'kiosk = yes\nidle = 1\ncountdown = 2\n' >"$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"

# Everything the terminal has shown, scrollback included (plain mode scrolls).
history() { tm capture-pane -p -S -2000 | sed 's/ *$//'; }

# Nobody answers: the question comes once, then the first screen again, with
# no history left to go back to.
tty_start 100 40 xterm --plain --config "$WORK/kiosk.conf" --content "$MINI"
tty_wait 'Choose 1 to 4'
tty_keys 1 Enter
tty_wait 'Do you want to try mediation?'
tty_wait 'Still there?'
i=0
until history | sed -n '/Still there?/,$p' | grep -q -x 'What is your disagreement about?'; do
	i=$((i + 1))
	[ $i -lt 100 ] || { history >&2; fail "the guide did not start again after the countdown"; }
	sleep 0.05
done
[ "$(history | grep -c 'Still there?')" -eq 1 ] || fail "'Still there?' was said more than once"
tty_keys b Enter
tty_wait 'This is the first screen: there is nothing to go back to.'

# The visitor answers: the line only says "still here", and the journey stays.
tty_start 100 40 xterm --plain --config "$WORK/kiosk.conf" --content "$MINI"
tty_wait 'Choose 1 to 4'
tty_keys 1 Enter
tty_wait 'Still there?'
tty_keys Enter
sleep 0.2
tty_keys r Enter
i=0
until [ "$(history | grep -c -x 'Do you want to try mediation?')" -ge 2 ]; do
	i=$((i + 1))
	[ $i -lt 40 ] || { history >&2; fail "answering 'Still there?' lost the visitor's place"; }
	sleep 0.05
done
history | grep -q 'Type a number' && fail "the answer to 'Still there?' was taken as a command"
pass
