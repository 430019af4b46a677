#!/bin/sh
# plain_kiosk_idle.sh: a plain-mode kiosk in tmux: "Still there?" once, then a wiped screen and scrollback; Ctrl-S and Ctrl-D change nothing.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
MINI=$TOP_SRCDIR/tests/fixtures/mini
printf 'kiosk = yes\nidle = 1\ncountdown = 2\n' >"$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"

# Everything the terminal holds, its whole scrollback included.
history() { tm capture-pane -p -S - | sed 's/ *$//'; }
# until_history CMD...: until CMD (reading the history on stdin) succeeds, 5 s at most.
until_history() {
	i=0
	until history | "$@"; do
		i=$((i + 1))
		[ $i -lt 100 ] || { history >&2; return 1; }
		sleep 0.05
	done
}

# A visitor searches and chooses an area, then walks away. Ctrl-S on the
# way freezes nothing (flow control is off) and Ctrl-D is ignored.
tty_start 100 40 xterm --plain --config "$WORK/kiosk.conf" --content "$MINI"
tty_wait 'Choose 1 to 4'
tty_keys C-s
tty_keys 1 Enter
tty_wait 'Do you want to try mediation?'
tty_keys C-d
sleep 0.3
[ -f "$WORK/status" ] && fail "Ctrl-D ended the kiosk (status $(cat "$WORK/status"))"
tty_keys 'f secretword' Enter
tty_wait 'secretword'
tty_keys Enter
tty_keys 'a bramley' Enter
tty_wait 'Your area is now Bramley'
tty_wait 'Still there?'
# Nobody answers: the first screen comes back, on a terminal that holds
# nothing of the last visitor, scrollback included.
until_history grep -q -x 'What is your disagreement about?' ||
	fail "the guide did not start again after the countdown"
until_history sh -c '! grep -q "Still there?"' || fail "the scrollback was not wiped at the reset"
history >"$WORK/after"
grep -q secretword "$WORK/after" && fail "the last visitor's search words are still in the scrollback"
grep -q Bramley "$WORK/after" && fail "the last visitor's area is still in the scrollback"
grep -q -x 'Choose 1 to 4, or: b back, r repeat, f find, l language, h help.' "$WORK/after" ||
	fail "the next visitor was not told the commands"
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
until_history sh -c '[ "$(grep -c -x "Do you want to try mediation?")" -ge 2 ]' ||
	fail "answering 'Still there?' lost the visitor's place"
history | grep -q 'Type a number' && fail "the answer to 'Still there?' was taken as a command"

# A terminal without clear (TERM=dumb): a screenful of blank lines pushes the
# last visitor's words off the screen (the scrollback keeps them: README).
tty_start 100 20 dumb --plain --config "$WORK/kiosk.conf" --content "$MINI"
tty_wait 'Choose 1 to 4'
tty_keys 'f secretword' Enter
tty_wait 'secretword'
tty_wait 'Still there?'
i=0
until tty_screen | grep -q -x 'What is your disagreement about?' && ! tty_screen | grep -q secretword; do
	i=$((i + 1))
	[ $i -lt 100 ] || { tty_screen >&2; fail "dumb terminal: the last visitor's words are still on the screen"; }
	sleep 0.05
done
pass
