#!/bin/sh
# plain_kiosk.sh: a plain kiosk on a terminal: Finished forgets the visitor, q and Ctrl-D do not end it, Ctrl-S does not freeze it.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
unset COLUMNS
MINI=$TOP_SRCDIR/tests/fixtures/mini
# A visitor reaches an outcome, switches to Polish, picks another council,
# then taps Finished; the next visitor presses back and opens the contacts.
# Each line is typed once the guide has answered the one before (ptyrun's
# wait looks at all the output so far: where a text comes twice, quiet).
out=$(run "wait Choose 1 to 4\nsend q\\r\nwait stays open for the next person\nsend \\x13\nsend 1\\r\nwait Do you want to try mediation?\nsend \\x04\nsleep 200\nalive\nsend 1\\r\nwait Finished: start again\nsend l\\r\nwait (pl)\nsend 2\\r\nwait Wybierz\nsend a bramley\\r\nwait teraz Bramley\nquiet 200\nsend 4\\r\nquiet 400\nsend b\\r\nwait nothing to go back to\nsend 3\\r\nquiet 400\ntermios\nsignal TERM\nexit 2000\ntermios\n" \
	env TERM=xterm "$SENDGUIDE" --plain --kiosk --lang=en --area=ashford-vale --content "$MINI") ||
	fail "the kiosk did not answer: $out $(tail -c 600 "$WORK/raw")"
tr -d '\r' <"$WORK/raw" >"$WORK/out"
# Ctrl-D (end of input on a terminal) is a key the kiosk ignores.
printf '%s\n' "$out" | grep -qx alive || fail "Ctrl-D ended the kiosk"
grep -q 'Goodbye' "$WORK/out" && fail "the kiosk said goodbye"
# Flow control is off while it runs (Ctrl-S cannot freeze it: the 1 typed
# after it was answered), and back on when it ends.
printf '%s\n' "$out" | grep '^termios' | head -n 1 | grep -qx 'termios echo icanon -ixon -isig' || fail "flow control or signal keys left on: $out"
printf '%s\n' "$out" | grep -qx 'exit 143' || fail "SIGTERM: $out"
printf '%s\n' "$out" | tail -n 1 | grep -qx 'termios echo icanon ixon isig' || fail "the terminal's flow control and signal keys were not restored: $out"
grep -q ' q quit' "$WORK/out" && fail "the kiosk's prompt offers quit"
# Everything after Finished is what the next visitor sees: Finished (4
# there: why and the rules, national advice, another area, finished) wipes
# the screen.
sed 's/\x1b\[3J/\nWIPED\n/g' "$WORK/out" | sed -n '/^WIPED$/,$p' >"$WORK/after"
grep -q 'Twój obszar to teraz Bramley' "$WORK/out" || fail "the visitor's language and area did not change"
sed -n '/Bramley/,$p' "$WORK/out" | grep -q '^What is your disagreement about?$' || fail "Finished did not return to the first screen in English"
grep -q 'nothing to go back to' "$WORK/out" || fail "the last visitor's history survived Finished"
grep -q '^Contacts for Ashford Vale$' "$WORK/after" || fail "the kiosk's own area was not restored"
grep -q 'Bramley' "$WORK/after" && fail "the last visitor's area is still shown"
# Finished wipes the screen and the scrollback (xterm: clear, then E3).
grep -q "$(printf '\033\\[3J')" "$WORK/raw" || fail "Finished did not clear the scrollback"
# Ctrl-\\, Ctrl-C and Ctrl-Z are keys that do nothing: no signal reaches
# the kiosk (or a wrapper in its process group), and the next line works.
out=$(run "wait Choose 1 to 4\nsend \\x1c\nsleep 300\nalive\nsend \\x03\nsend \\x1a\nsleep 300\nalive\nsend 1\\r\nwait Do you want to try mediation?\nsignal TERM\nexit 2000\ntermios\n" \
	env TERM=xterm "$SENDGUIDE" --plain --kiosk --lang=en --content "$MINI")
[ "$(printf '%s\n' "$out" | grep -c '^alive$')" -eq 2 ] || fail "a signal key ended the kiosk: $out"
printf '%s\n' "$out" | grep -qx 'exit 143' || fail "the kiosk did not go on after the signal keys: $out $(tail -c 300 "$WORK/raw")"
printf '%s\n' "$out" | tail -n 1 | grep -qx 'termios echo icanon ixon isig' || fail "signal keys were not restored: $out"
# A terminal that hangs up is not a Ctrl-D: the kiosk ends (129) at once.
out=$(run "wait Choose 1 to 4\nhangup\nexit 1000\n" \
	env TERM=xterm "$SENDGUIDE" --plain --kiosk --content "$MINI")
[ "$out" = "exit 129" ] || fail "hangup: expected exit 129 within a second, got: $out"
pass
