#!/bin/sh
# tty_digits.sh: two-digit choices on a screen of ten or more (10 and 11 typed), a lone 1 chooses after a short wait, other digits and screens of fewer than ten act at once, and help says the range.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

CONTENT=$TOP_SRCDIR/content
label() {
	COLUMNS=1000 "$SENDGUIDE" --plain --content "$CONTENT" </dev/null 2>/dev/null |
		sed -n "s/^ \{0,2\}$1\. //p" | head -n 1
}
title_of() {
	# The title of the screen choice N leads to, from the plain view.
	printf '%s\n' "$1" | COLUMNS=1000 "$SENDGUIDE" --plain --content "$CONTENT" 2>/dev/null |
		awk -v n="$1" '$0 == "> " n { seen = 1; next } seen && NF { print; exit }'
}
n=$(COLUMNS=1000 "$SENDGUIDE" --plain --content "$CONTENT" </dev/null 2>/dev/null | grep -c '^ \{0,2\}[0-9][0-9]*\. ')
[ "$n" -ge 11 ] || skip "the first screen has fewer than 11 choices"
T10=$(title_of 10)
T11=$(title_of 11)
T1=$(title_of 1)
[ -n "$T10" ] && [ -n "$T11" ] && [ -n "$T1" ] || fail "no titles from the plain view"

# 1 then 0: choice 10; 1 then 1: choice 11.
tty_start 80 24 xterm --content "$CONTENT"
tty_wait ' 1. '
tty_keys 1 0
tty_wait_line " $T10"
tty_start 80 24 xterm --content "$CONTENT"
tty_wait ' 1. '
tty_keys 1 1
tty_wait_line " $T11"

# 1 alone selects choice 1 and, no second digit coming, chooses it.
tty_start 80 24 xterm --content "$CONTENT"
tty_wait ' 1. '
tty_keys 1
tty_wait_line " $T1"

# 1 then Enter chooses 1 at once.
tty_start 80 24 xterm --content "$CONTENT"
tty_wait ' 1. '
tty_keys 1 Enter
tty_wait_line " $T1"

# Help gives the whole range.
tty_start 80 24 xterm --content "$CONTENT"
tty_wait ' 1. '
tty_keys '?'
tty_wait "a number 1 to $n: choose"

# Fewer than ten choices (the test guide): a digit acts at once, well
# inside the wait a first digit has on a longer screen.
. "$TOP_SRCDIR/tests/ptylib.sh"
out=$(run 'wait language\nquiet 200\nsend 1\nsleep 250\nmark after-250ms\nquiet 300\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE") || fail "ptyrun failed: $out"
grep -q 'Do you want to try mediation' "$WORK/raw" || fail "1 did not choose on a screen of fewer than ten"
bytes=$(printf '%s\n' "$out" | awk '$1 == "after-250ms" { print $2 }')
[ "${bytes:-0}" -gt 200 ] || fail "1 on a short screen did not act within 250 ms ($bytes bytes)"
pass
