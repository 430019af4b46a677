#!/bin/sh
# tty_digits.sh: type-ahead. On a screen of ten or more choices a first digit that may begin a two-digit choice is shown on the key line and waits, with no timer, for a second digit or Enter (in a pty: 1 and 1 typed 0.4 s apart land on 11, 1 Enter on 1); other digits, and every digit on a screen of fewer than ten, act at once; help says the range.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

# The test guide with nine more choices on its first screen (twelve in
# all): 1 leads to "Do you want to try mediation?", 11 to "The long
# explanation of mediation", the others to the contacts.
mkdir "$WORK/digits"
awk '{ print }
     /^        to: contacts$/ && !done {
	for (n = 4; n <= 12; n++)
		printf "      - label: Extra choice %d\n        to: %s\n", n, n == 11 ? "long" : "contacts"
	done = 1
     }' "$FIXTURE/00-guide.yaml" > "$WORK/digits/00-guide.yaml"
# It loads (the test guide's outcomes have no summaries, which --check
# asks of a shipped guide; loading does not).
"$SENDGUIDE" --plain --lang=en --content "$WORK/digits" </dev/null >"$WORK/digits.out" 2>&1 ||
	fail "the twelve-choice guide does not load: $(cat "$WORK/digits.out")"
grep -q '^12\. Extra choice 12$' "$WORK/digits.out" || fail "the twelve-choice guide has no twelfth choice"
T1='Do you want to try mediation?'
T11='The long explanation of mediation'

# In a pty: 1, then 1 again 0.4 s later, lands on 11, whatever the
# time between them; the key line showed the first digit meanwhile.
out=$(run 'wait Extra choice 12\nquiet 200\nsend 1\nsleep 400\nmark after-first\nsend 1\nwait '"$T11"'\nquiet 200\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$WORK/digits") || fail "1 1 did not land on 11: $out"
grep -q '1_' "$WORK/raw" || fail "the key line did not show the pending 1"
grep -q 'type a second digit' "$WORK/raw" || fail "the key line did not say a second digit may follow"
grep -q "$T1" "$WORK/raw" && fail "1 chose 1 before the second digit came"
# 1 then Enter lands on 1.
out=$(run 'wait Extra choice 12\nquiet 200\nsend 1\nsleep 400\nsend \\r\nwait '"$T1"'\nquiet 200\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$WORK/digits") || fail "1 Enter did not land on 1: $out"
grep -q "$T11" "$WORK/raw" && fail "1 Enter went to 11"
# 1 waits for ever: two seconds on, nothing has been chosen.
out=$(run 'wait Extra choice 12\nquiet 200\nsend 1\nsleep 2000\nmark waited\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$WORK/digits")
grep -q "$T1" "$WORK/raw" && fail "a lone 1 chose by itself"

# In tmux: what the key line says, at 80 and 40 columns; Esc drops the digit;
# a digit that begins no two-digit choice acts at once.
FIXTURE=$WORK/digits
tty_start 80 24 xterm
tty_wait 'Extra choice 12'
tty_keys 1
tty_wait_line ' 1_  Enter: choose 1, or type a second digit  Esc cancel'
tty_wait_line ' >  1. A decision the council made about a plan'
tty_keys Escape
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'
tty_keys 1 0
tty_wait_line ' Contacts for your area'
tty_start 40 12 xterm --lang=pl
tty_wait '? pomoc'
tty_keys 1
tty_wait ' 1_  '
tty_keys BSpace
tty_wait '? pomoc'
tty_keys 2
tty_wait_line " $T11"
# The key line's Enter is a button: a tap chooses the pending digit.
tty_start 80 24 xterm
tty_wait 'Extra choice 12'
tty_keys 1
tty_wait '1_'
tty_keys -l "$(printf '\033[<0;8;24M\033[<0;8;24m')"
tty_wait_line " $T1"

# Help gives the whole range.
tty_start 80 24 xterm
tty_wait 'Extra choice 12'
tty_keys '?'
tty_wait "a number 1 to 12: choose"

# Fewer than ten choices (the test guide): a digit acts at once.
FIXTURE=$TOP_SRCDIR/tests/fixtures/tty
out=$(run 'wait language\nquiet 200\nsend 1\nsleep 250\nmark after-250ms\nquiet 300\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE") || fail "ptyrun failed: $out"
grep -q "$T1" "$WORK/raw" || fail "1 did not choose on a screen of fewer than ten"
bytes=$(printf '%s\n' "$out" | awk '$1 == "after-250ms" { print $2 }')
[ "${bytes:-0}" -gt 200 ] || fail "1 on a short screen did not act within 250 ms ($bytes bytes)"
pass
