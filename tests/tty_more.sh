#!/bin/sh
# tty_more.sh: the "more" rule says which half pages which way ("▲ more above" on the left, "more below ▼" on the right, shorter where narrow, ASCII ^ and v outside UTF-8), and a tap on each half does what it says, at 80x24, 40x12 and 20x6, in English, Polish and Romanian.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

rule() { tty_screen | sed -n "$(($1 - 1))p" | sed 's/ *$//'; }
body() { tty_screen | sed -n 3p; }
# wait_change BEFORE: until the body's first line is no longer BEFORE.
wait_change() {
	i=0
	while [ $i -lt 60 ] && [ "$(body)" = "$1" ]; do sleep 0.05; i=$((i + 1)); done
}

for lang in en pl ro; do
	for size in '80 24' '40 12' '20 6'; do
		set -- $size
		cols=$1 rows=$2
		tty_start "$cols" "$rows" xterm --lang=$lang
		tty_wait ' ? '
		tty_keys 2
		tty_wait 'mediation'
		# The top of the text: only "more below", on the right, pointing down.
		r=$(rule "$rows")
		case $r in *'▼ q') ;; *) tty_screen >&2; fail "$size $lang: no 'more below ▼' at the right of the rule: '$r'" ;; esac
		case $r in *'▲'*) fail "$size $lang: 'more above' at the top of the text: '$r'" ;; esac
		top=$(body)
		# A tap on the right half pages down.
		tty_tap $((cols - 3)) $((rows - 1))
		wait_change "$top"
		second=$(body)
		[ "$second" != "$top" ] || { tty_screen >&2; fail "$size $lang: the right half did not page down"; }
		# A tap on the left half pages up, back to the top.
		tty_tap 3 $((rows - 1))
		wait_change "$second"
		[ "$(body)" = "$top" ] || { tty_screen >&2; fail "$size $lang: the left half did not page up"; }
		# One line down: text both ways, each half labelled at its end.
		tty_keys Down
		wait_change "$top"
		r=$(rule "$rows")
		case $r in 'q ▲'*'▼ q') ;; *) tty_screen >&2; fail "$size $lang: the rule does not label both halves: '$r'" ;; esac
		if [ "$cols" -ge 40 ]; then
			# Words, not arrows alone, where they fit.
			printf '%s\n' "$r" | grep -q '▲ [[:alpha:]].*[[:alpha:]] ▼' ||
				fail "$size $lang: no words beside the arrows: '$r'"
		fi
		if [ "$cols" = 80 ] && [ $lang = en ]; then
			[ "$r" = 'q ▲ PgUp: more above qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq PgDn/space: more below ▼ q' ] ||
				fail "80x24: the rule reads '$r'"
		fi
		if [ "$cols" = 40 ] && [ $lang = en ]; then
			[ "$r" = 'q ▲ more above qqqqqqqqqq more below ▼ q' ] || fail "40x12: the rule reads '$r'"
		fi
		if [ "$cols" = 20 ]; then
			[ "$r" = 'q ▲ qqqqqqqqqqqq ▼ q' ] || fail "20x6: the rule reads '$r'"
		fi
	done
done

# Outside UTF-8: ^ and v, and the words.
out=$(run 'wait language\nquiet 200\nsend 2\nquiet 300\nsend \\x20\nquiet 300\nmark paged\nsend q\nsend y\nexit 2000\n' \
	env LC_ALL=C TERM=xterm "$SENDGUIDE" --lang en --content "$FIXTURE") || fail "LC_ALL=C: $out"
grep -q '\^ PgUp: more above' "$WORK/raw" || fail "LC_ALL=C: no '^ PgUp: more above'"
grep -q 'more below v' "$WORK/raw" || fail "LC_ALL=C: no 'more below v'"
pass
