#!/bin/sh
# tty_touch.sh: on the shipped guide, taps alone (no keys) reach every choice of the first screen at 80x24, 60x20 and 40x12, in English and Polish: the "more" rule pages, "Read more" unfolds.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

CONTENT=$TOP_SRCDIR/content

# row_of N: the screen row (1-based) where choice N begins, or nothing.
row_of() { tty_screen | awk -v n="$1" '$0 ~ ("^ [ >] *" n "\\. ") { print NR; exit }'; }

# reach N COLS ROWS: tap "more below" until choice N is on screen, then tap it;
# the first screen must give way to another.
reach() {
	n=$1 cols=$2 rows=$3
	first=$(tty_screen | head -n 1)
	taps=0
	while [ -z "$(row_of "$n")" ]; do
		# Words on the rule ("more below" in the language shown).
		tty_screen | sed -n "$((rows - 1))p" | tr -d 'q' | grep -q '[[:alpha:]]' \
			|| { tty_screen >&2; fail "${cols}x$rows: choice $n not on screen and no 'more' to tap"; }
		before=$(tty_screen)
		tty_tap $((cols - 3)) $((rows - 1))
		i=0
		while [ $i -lt 40 ] && [ "$(tty_screen)" = "$before" ]; do sleep 0.05; i=$((i + 1)); done
		[ "$(tty_screen)" != "$before" ] || fail "${cols}x$rows: tapping 'more below' did nothing"
		taps=$((taps + 1))
		[ $taps -lt 15 ] || fail "${cols}x$rows: choice $n never came into view"
	done
	tty_tap 12 "$(row_of "$n")"
	i=0
	while [ $i -lt 60 ] && [ "$(tty_screen | head -n 1)" = "$first" ]; do sleep 0.05; i=$((i + 1)); done
	[ "$(tty_screen | head -n 1)" != "$first" ] || { tty_screen >&2; fail "${cols}x$rows: tapping choice $n did not choose it"; }
}

for lang in en pl; do
	# The last choices of the first screen, by their numbers on the
	# first screen, with their labels from the plain view.
	for size in '80 24' '60 20' '40 12'; do
		set -- $size
		cols=$1 rows=$2
		for label in 'Find contacts for my council' 'I live outside England'; do
			n=$(COLUMNS=1000 "$SENDGUIDE" --plain --content "$CONTENT" </dev/null 2>/dev/null |
				sed -n "s/^ \{0,2\}\([0-9][0-9]*\)\. $label\$/\1/p" | head -n 1)
			[ -n "$n" ] || fail "no choice '$label' on the first screen"
			tty_start "$cols" "$rows" xterm --content "$CONTENT" --lang "$lang"
			tty_wait ' 1. '
			# At 80x24 a question's choices are in view at once.
			if [ "$cols" = 80 ]; then
				[ -n "$(row_of "$n")" ] || { tty_screen >&2; fail "80x24 $lang: choice $n ($label) is not in the first view"; }
			fi
			reach "$n" "$cols" "$rows"
		done
	done
done

# "Read more" unfolds the text by a tap, and "more above" pages back up
# (at 40x12: at 80x24 the first screen's two sentences and nine choices fit).
tty_start 40 12 xterm --content "$CONTENT"
tty_wait 'Read more (r)'
tty_tap 5 "$(tty_screen | awk '/Read more \(r\)/ { print NR; exit }')"
i=0
while [ $i -lt 60 ] && tty_screen | grep -q 'Read more (r)'; do sleep 0.05; i=$((i + 1)); done
tty_absent 'Read more (r)'
tty_wait 'more below'
tty_tap 20 "$(tty_screen | awk '/more below/ { print NR; exit }')"
tty_wait 'more above'
tty_tap 3 "$(tty_screen | awk '/more above/ { print NR; exit }')"
tty_wait_line ' For families in England who disagree'
pass
