#!/bin/sh
# tty_polish.sh: the shipped guide in Polish in tmux at 80x24 and 40x12: title and unreviewed notice, a journey to an outcome with nothing cut or too wide, and switching language mid-journey keeps the place and the history.
#
# The strings expected are read from the catalogues (i18n/content/pl.po,
# ro.po and i18n/pl.po), so the test follows the translations. Each screen
# is read page by page and joined back into one document; every line's
# width in tmux's own cells must equal its text's width and stay within the
# screen, and every word of the screen's title and choices must be on one
# line: a string cut or wrapped wrongly loses a word or splits one.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/content

# po FILE MSGID: the translation of MSGID in FILE (strings joined).
po() {
	awk -v want="$2" '
	function str(s) { sub(/^[^"]*"/, "", s); sub(/"$/, "", s); gsub(/\\"/, "\"", s); return s }
	/^msgid / { id = str($0); st = ""; in_id = 1; next }
	/^msgstr / { st = str($0); in_id = 0; in_st = 1; next }
	/^"/ { if (in_id) id = id str($0); else if (in_st) st = st str($0); next }
	{ if (in_st && id == want) { print st; found = 1; exit } in_id = in_st = 0 }
	END { if (!found && in_st && id == want) print st }' "$1"
}
PL=$TOP_SRCDIR/i18n/content/pl.po
RO=$TOP_SRCDIR/i18n/content/ro.po
START_PL=$(po "$PL" 'What is your disagreement about?')
START_RO=$(po "$RO" 'What is your disagreement about?')
DECISION_PL=$(po "$PL" 'Which decision do you disagree with?')
DECISION_RO=$(po "$RO" 'Which decision do you disagree with?')
DATE_PL=$(po "$PL" "What date is on the council's decision letter?")
OUTCOME_PL=$(po "$PL" 'Contact the mediation adviser')
NOTICE_PL=$(po "$TOP_SRCDIR/i18n/pl.po" 'This translation has not been reviewed yet.')
for s in "$START_PL" "$START_RO" "$DECISION_PL" "$DATE_PL" "$DECISION_RO" "$OUTCOME_PL" "$NOTICE_PL"; do
	[ -n "$s" ] || fail "a translation the test needs is missing from the catalogues"
done

# whole TEXT: TEXT is in the document, and each of its words on one line.
whole() {
	tr '\n' ' ' < "$WORK/doc" | tr -s ' ' | grep -q -F -- "$1" \
		|| { cat "$WORK/doc" >&2; fail "${cols}x$rows: not whole on screen: $1"; }
	for word in $1; do
		grep -q -F -- "$word" "$WORK/doc" || { cat "$WORK/doc" >&2; fail "${cols}x$rows: '$word' is cut"; }
	done
}

# wait_title TITLE: until the screen's body begins with TITLE, perhaps
# wrapped over lines (the breadcrumb above does not count); 5 seconds at most.
wait_title() {
	i=0
	while [ $i -lt 100 ]; do
		# The first screen's title is the header alone (no breadcrumb).
		body=$(tty_screen | sed -n '1{/›/d;/^ …/d;s/^ *//p;};3,$s/^ *//p' | sed 's/ *$//' | tr '\n' ' ')
		case $body in "$1"*) return 0 ;; esac
		sleep 0.05
		i=$((i + 1))
	done
	tty_screen >&2
	fail "timed out waiting for the title '$1'"
}

# The Polish choice labels of a screen, from the plain view (one a line).
labels() {
	COLUMNS=1000 "$SENDGUIDE" --plain --lang pl --content "$FIXTURE" --node "$1" </dev/null 2>/dev/null \
		| sed -n 's/^ \{0,2\}[1-9][0-9]\{0,1\}\. //p'
}

for size in '80 24' '40 12'; do
	set -- $size
	cols=$1 rows=$2
	tty_start "$cols" "$rows" xterm-256color --lang pl
	wait_title "$START_PL"
	tty_read_doc "$cols" "$rows"
	# The first screen's title is said once, in the header.
	head -n 1 "$WORK/page.0" | grep -q -F -- "$START_PL" \
		|| fail "${cols}x$rows: the first screen's title is not in the header"
	whole "$NOTICE_PL"
	labels start > "$WORK/labels"
	[ "$(wc -l < "$WORK/labels")" -ge 2 ] || fail "no labels from the plain view"
	while IFS= read -r label; do whole "$label"; done < "$WORK/labels"

	# The journey of tests/journeys/pl-appeal-certificate.in: 1, 1, then
	# the letter's date skipped (Tab).
	tty_choose 1
	wait_title "$DECISION_PL"
	tty_read_doc "$cols" "$rows"
	labels mediation-decision > "$WORK/labels"
	while IFS= read -r label; do whole "$label"; done < "$WORK/labels"
	tty_keys 1
	wait_title "$DATE_PL"
	tty_keys Tab
	wait_title "$OUTCOME_PL"
	tty_read_doc "$cols" "$rows"
	whole "$OUTCOME_PL"
	grep -q 'Choose\|Continue' "$WORK/doc" && fail "${cols}x$rows: English on the Polish outcome"

	# Start again, go one step, switch to Romanian with l: the same screen,
	# now in Romanian; back returns to the start screen in Romanian; then
	# back to Polish on the start screen.
	tty_keys s
	wait_title "$START_PL"
	tty_choose 1
	wait_title "$DECISION_PL"
	tty_keys l
	tty_wait 'Polski'
	tty_wait 'Română'
	tty_keys 3
	wait_title "$DECISION_RO"
	tty_absent "$DECISION_PL"
	tty_absent "$NOTICE_PL"
	tty_check_page "$cols" "$rows"
	tty_keys b
	wait_title "$START_RO"
	tty_check_page "$cols" "$rows"
	tty_keys l
	tty_wait 'Polski'
	tty_keys 2
	wait_title "$START_PL"
	tty_wait "$(printf '%s' "$NOTICE_PL" | cut -d' ' -f1-3)"
done
pass
