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

# check_page COLS ROWS: tmux's width of each line (copy mode, end of line)
# equals the width of its text; text lines end before the last column,
# the rules (rows 2 and ROWS-1) span the width exactly.
check_page() {
	cols=$1 rows=$2
	tty_screen > "$WORK/page"
	tm copy-mode
	tm send-keys -X top-line
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		tm send-keys -X end-of-line
		cells=$(tm display -p '#{copy_cursor_x}')
		w=$(printf '%s' "$line" | wc -L)
		[ "$cells" = "$w" ] || { tm send-keys -X cancel; fail "${cols}x$rows line $n: tmux has $cells columns, the text $w: '$line'"; }
		if [ $n -eq 2 ] || [ $n -eq $((rows - 1)) ]; then
			[ "$w" -eq "$cols" ] || fail "${cols}x$rows line $n: a rule of $w columns"
		elif [ "$w" -gt $((cols - 1)) ]; then
			cat "$WORK/page" >&2
			fail "${cols}x$rows line $n is $w columns: '$line'"
		fi
		tm send-keys -X cursor-down
	done < "$WORK/page"
	tm send-keys -X cancel
}

# read_doc COLS ROWS: check each page of the screen on show (space pages
# on) and join their bodies (rows 3 to ROWS-2, marker blanked) in $WORK/doc.
read_doc() {
	cols=$1 rows=$2
	: > "$WORK/doc"
	pages=0
	while :; do
		check_page "$cols" "$rows"
		sed -n "3,$((rows - 2))p" "$WORK/page" | sed 's/^ >/  /; s/ *$//' > "$WORK/body"
		awk 'NR == FNR { d[++nd] = $0; next } { p[++np] = $0 }
		     END {
			for (k = (np < nd ? np : nd); k > 0; k--) {
				ok = 1
				for (i = 1; i <= k; i++) if (d[nd - k + i] != p[i]) { ok = 0; break }
				if (ok) break
			}
			for (i = 1; i <= nd; i++) print d[i]
			for (i = k + 1; i <= np; i++) print p[i]
		     }' "$WORK/doc" "$WORK/body" > "$WORK/doc.new"
		mv "$WORK/doc.new" "$WORK/doc"
		pages=$((pages + 1))
		[ $pages -lt 30 ] || fail "more than 30 pages"
		before=$(tty_screen)
		tty_keys Space
		i=0
		while [ $i -lt 20 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
		[ "$(tty_screen)" = "$before" ] && break
	done
}

# choices_whole SCREEN: the document has at least the plain view's choices
# of SCREEN (the full-screen view adds its own, such as choosing an area),
# and each label, joined over its lines, is one bracketed string
# "[...]" or a run of them, opened and closed.
choices_whole() {
	want=$(COLUMNS=1000 "$PSEUDO" --plain --lang pl --node "$1" </dev/null 2>/dev/null \
		| grep -c '^ \{0,2\}[1-9][0-9]\{0,1\}\. ')
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
	read_doc "$cols" "$rows"
	choices_whole start
	grep -q '^ *\[Ţĥîš ţŕáñšļáţîöñ' "$WORK/doc" || fail "${cols}x$rows: no notice"
	for step in '1 mediation-decision' '1 med-can-appeal' '2 outcome-appeal-certificate'; do
		set -- $step
		before=$(tty_screen)
		tty_keys "$1"
		i=0
		while [ $i -lt 100 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
		sleep 0.2
		read_doc "$cols" "$rows"
		choices_whole "$2"
	done
done
pass
