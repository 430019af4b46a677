#!/bin/sh
# tty_speech.sh: the full-screen view aloud (--speak-log) in tmux: the screen said first, the selection as it moves or is tapped, r again, the speech keys on the key line, help, an overlay, a date field's error, and silence after a kiosk's idle reset in both views.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/content
LOG=$WORK/log

# until_log CMD...: until CMD (reading the log on stdin) succeeds, 5 s at most.
until_log() {
	i=0
	until [ -f "$LOG" ] && "$@" <"$LOG"; do
		i=$((i + 1))
		[ $i -lt 100 ] || { cat "$LOG" >&2; return 1; }
		sleep 0.05
	done
}
lines() { if [ -f "$LOG" ]; then wc -l <"$LOG"; else echo 0; fi; }
# label N: choice N of the first screen, as the plain view writes it.
"$SENDGUIDE" --plain --lang=en --content "$FIXTURE" </dev/null >"$WORK/plain" 2>/dev/null
label() { grep -m 1 "^$1\. " "$WORK/plain" | sed "s/^$1\. //"; }
title=$(head -n 1 "$WORK/plain")
choice_said() { printf '<speak>%s: %s<break strength="medium"/></speak>' "$1" "$(label "$1")"; }

tty_start 80 24 xterm --lang=en --speak-log="$LOG"
tty_wait "$(label 1)"
until_log grep -q "^<speak>$title<break" || fail "the first screen is not said, title first"
head -n 1 "$LOG" | grep -q -F " 1: $(label 1)" || fail "the choices are not said with their numbers"
head -n 1 "$LOG" | grep -q -F 'Press a number to choose, or r to hear this again.' || fail "no hint on the first screen"
# The key line shows the speech keys.
tty_screen | tail -n 1 | grep -q 'r repeat' || fail "the key line does not show r repeat: $(tty_screen | tail -n 1)"
tty_screen | tail -n 1 | grep -q '\[\] speed' || fail "the key line does not show [] speed"
tty_screen | tail -n 1 | grep -q -- '-+ volume' || fail "the key line does not show -+ volume"

# The selection moves: the choice is said.
tty_keys Down
until_log grep -q -x -F "$(choice_said 2)" || fail "the choice the selection moved to is not said"
# r says the screen again; the hint only once.
n=$(grep -c "^<speak>$title<break" "$LOG")
tty_keys r
until_log sh -c "[ \$(grep -c '^<speak>$title<break') -eq $((n + 1)) ]" || fail "r did not say the screen again"
tail -n 2 "$LOG" | grep -q 'Press a number' && fail "the hint is said twice"
# Slower and louder: the choice in hand is said again, nothing else moves.
before=$(lines)
tty_keys ']'
until_log sh -c "[ \$(wc -l) -gt $before ]" || fail "] said nothing"
tail -n 1 "$LOG" | grep -q -x -F "$(choice_said 2)" || fail "] did not say the choice again: $(tail -n 1 "$LOG")"
tty_keys '-'
until_log sh -c "[ \$(wc -l) -gt $((before + 1)) ]" || fail "- said nothing"

# A tap on choice 3 selects it and says it; lifting the finger chooses it.
row=$(tty_screen | awk '$0 ~ /^ [ >] *3\. / { print NR; exit }')
[ -n "$row" ] || fail "choice 3 is not on screen"
tm send-keys -H $(printf '\033[<0;10;%sM' "$row" | od -An -tx1)
until_log grep -q -x -F "$(choice_said 3)" || fail "a tapped choice is not said"
tm send-keys -H $(printf '\033[<0;10;%sm' "$row" | od -An -tx1)
printf '3\n' | "$SENDGUIDE" --plain --lang=en --content "$FIXTURE" 2>/dev/null >"$WORK/third"
third=$(awk '/^> 3$/ { getline; while ($0 == "") getline; print; exit }' "$WORK/third")
until_log grep -q -F "<speak>$third" || fail "the screen a tap chose ('$third') is not said"

# Help is read whole, the speech keys first.
tty_keys '?'
until_log grep -q -F '<speak>Speech: any key stops it; r says the screen again; [ and ] slower and faster; - and + quieter and louder. Up, Down, k, j' \
	|| fail "help is not said, speech keys first"
tty_keys q
# An overlay: its header and the row under the cursor.
tty_keys l
until_log grep -q -x -F '<speak>Language<break strength="medium"/></speak>' || fail "the language overlay is not said"
until_log grep -q -x -F '<speak>1. English<break strength="medium"/></speak>' || fail "the language under the cursor is not said"
printf '3\n' | "$SENDGUIDE" --plain --lang=pl --content "$FIXTURE" 2>/dev/null >"$WORK/third-pl"
third_pl=$(awk '/^> 3$/ { getline; while ($0 == "") getline; print; exit }' "$WORK/third-pl")
[ -n "$third_pl" ] && [ "$third_pl" != "$third" ] || fail "no Polish title to compare with"
tty_keys Down Enter
until_log grep -q -F "<speak>$third_pl<break" || fail "the screen is not said again in Polish ('$third_pl')"

# A date field: its label is said, and an error when it appears.
rm -f "$LOG"
tty_start 80 24 xterm --lang=en --today=2026-11-29 --node=date-decision-letter --area=rutland --speak-log="$LOG"
tty_wait 'Date (DD/MM/YYYY):'
until_log grep -q -x -F '<speak>Date (DD/MM/YYYY):</speak>' || fail "the date field is not said"
tty_keys 31/02/2026 Enter
until_log grep -q -x -F '<speak>There is no such date. Check the day and the month: the day comes first.</speak>' \
	|| fail "the date field's error is not said"

# A kiosk: after the idle reset nothing is said until a visitor's key.
printf 'kiosk = yes\nidle = 1\ncountdown = 2\n' >"$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"
rm -f "$LOG"
tty_start 80 24 xterm --lang=en --config="$WORK/kiosk.conf" --speak-log="$LOG"
tty_wait "$(label 1)"
until_log grep -q "^<speak>$title<break" || fail "kiosk: the first screen is not said"
tty_keys 2
until_log grep -q -F 'Still there?' || fail "kiosk: \"Still there?\" is not said"
grep -F 'Still there?' "$LOG" | grep -q 'start again for the next person' || fail "kiosk: the countdown is not said with the question"
# The reset: the first screen again, in silence.
tty_wait "$(label 9)"
quiet=$(lines)
sleep 1.5
[ "$(lines)" -eq "$quiet" ] || fail "kiosk: something was said after the idle reset: $(tail -n 1 "$LOG")"
tail -n 1 "$LOG" | grep -q "^<speak>$title<break" && fail "kiosk: the first screen was said to nobody"
# A visitor's key: where they are is said.
tty_keys Down
until_log sh -c "tail -n 3 | grep -q '^<speak>$title<break'" || fail "kiosk: the next visitor's key said nothing"

# The plain view's kiosk: the same silence after its reset.
rm -f "$LOG"
tty_start 100 40 xterm --plain --lang=en --config="$WORK/kiosk.conf" --speak-log="$LOG"
tty_wait 'Choose 1 to 9'
until_log grep -q "^<speak>$title<break" || fail "plain kiosk: the first screen is not said"
until_log grep -q '^<speak>Choose 1 to 9' || fail "plain kiosk: the prompt is not said"
tty_keys 2 Enter
until_log grep -q -F 'Still there?' || fail "plain kiosk: \"Still there?\" is not said"
said=$(grep -n -F 'Still there?' "$LOG" | tail -n 1 | cut -d: -f1)
sleep 3.5
[ "$(lines)" -eq "$said" ] || fail "plain kiosk: something was said after the idle reset: $(tail -n 1 "$LOG")"
tty_keys 2 Enter
until_log sh -c "[ \$(wc -l) -gt $said ]" || fail "plain kiosk: the next visitor's line said nothing"
pass
