#!/bin/sh
# tty_pseudo.sh: the pseudo-locale (every string accented, a third longer, in brackets) in the full-screen view in tmux at 80x24 and 40x12: nothing too wide or out of step, every choice label whole, every string closed.
#
# tests/sendguide-pseudo reads the pseudo catalogues (make pseudo-locale,
# see i18n/content.mk) as "pl". A string cut short loses its closing "]";
# a label that overlaps the next loses its opening "[" or its words. The
# journey is that of tests/journeys/pl-appeal-certificate.in (1, 1, 2).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
PSEUDO=$TOP_BUILDDIR/tests/sendguide-pseudo
[ -x "$PSEUDO" ] || fail "no $PSEUDO"
for d in sendguide sendguide-content; do
	[ -f "$TOP_BUILDDIR/i18n/pseudo/pl/LC_MESSAGES/$d.mo" ] || fail "no pseudo catalogue $d.mo (make pseudo-locale)"
done
SENDGUIDE=$PSEUDO
FIXTURE=$TOP_SRCDIR/content

# choices_whole SCREEN: the document has at least the plain view's choices
# of SCREEN (the full-screen view adds its own, such as choosing an area),
# and each label, joined over its lines, is one bracketed string
# "[...]" or a run of them, opened and closed.
choices_whole() {
	want=$(COLUMNS=1000 "$PSEUDO" --plain --lang pl --node "$1" </dev/null 2>/dev/null \
		| grep -c '^ \{0,2\}[1-9][0-9]\{0,1\}\. ')
	# A date question has no numbered lines on screen: its skip is the
	# "Tab: ..." line (whole: the brackets below balance), and the keypad's
	# Delete and OK are whole.
	if grep -q '^ \[Ţáƀ: ' "$WORK/doc"; then
		want=0
		grep -q '\[Ðéļéţé ~*\]' "$WORK/doc" && grep -q '\[ÖĶ ~*\]' "$WORK/doc" ||
			{ cat "$WORK/doc" >&2; fail "${cols}x$rows $1: the keypad's Delete or OK is cut"; }
	fi
	awk -v want="$want" '
	function done_item() {
		if (item == "") return
		n++
		o = gsub(/\[/, "[", item); c = gsub(/\]/, "]", item)
		if (item !~ /^\[/ || item !~ /\]$/ || o != c) { print "label not whole: " item; bad = 1 }
		item = ""
	}
	/^ +[0-9]+\. / { done_item(); sub(/^ +[0-9]+\. /, ""); item = $0; next }
	item != "" && /^ +[^ ]/ { sub(/^ +/, ""); item = item " " $0; next }
	{ done_item() }
	END {
		done_item()
		if (n < want) { print n " choices on screen, " want " in the plain view"; bad = 1 }
		exit bad
	}' "$WORK/doc" >&2 || { cat "$WORK/doc" >&2; fail "${cols}x$rows $1: choices not whole"; }
	o=$(tr -cd '[' < "$WORK/doc" | wc -c)
	c=$(tr -cd ']' < "$WORK/doc" | wc -c)
	[ "$o" = "$c" ] || { cat "$WORK/doc" >&2; fail "${cols}x$rows $1: $o '[' but $c ']': a string was cut"; }
	# The key line: hints are left out whole, never cut.
	last=$(tail -n 1 "$WORK/page")
	o=$(printf '%s' "$last" | tr -cd '[' | wc -c)
	c=$(printf '%s' "$last" | tr -cd ']' | wc -c)
	[ "$o" = "$c" ] && [ "$o" -gt 0 ] || fail "${cols}x$rows $1: the key line is cut: $last"
}

for size in '80 24' '40 12'; do
	set -- $size
	cols=$1 rows=$2
	tty_start "$cols" "$rows" xterm-256color --lang pl
	tty_wait '[Ŵĥáţ'
	tty_read_doc "$cols" "$rows"
	choices_whole start
	grep -q '^ *\[Ţĥîš ţŕáñšļáţîöñ' "$WORK/doc" || fail "${cols}x$rows: no notice"
	for step in '1 mediation-decision' '1 date-decision-letter' 'Tab med-can-appeal'; do
		set -- $step
		before=$(tty_screen)
		tty_keys "$1"
		i=0
		while [ $i -lt 100 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
		sleep 0.2
		tty_read_doc "$cols" "$rows"
		choices_whole "$2"
	done
done
pass
