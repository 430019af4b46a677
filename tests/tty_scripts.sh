#!/bin/sh
# tty_scripts.sh: wide CJK, combining marks, emoji and long Polish words wrap and align in the full-screen view at 80x24 and 40x12.
#
# The guide is tests/fixtures/scripts. Each screen is read page by page
# (space) from a real tmux pane and joined back into one document. Then:
# every line is exactly as wide in tmux's own cells as its text measures,
# no line reaches past the width (only the rules use the last column), words
# and emoji are never cut, a combining mark never starts a line, 。 and 、
# never start a line, and choice numbers, labels and the selection marker
# stay in their columns.
#
# Widths measured with tmux 3.3a and ncurses 6.4 (glibc 2.36 wcwidth and
# libunistring agree on every single character used here):
#  - wide CJK and Hangul: 2 columns everywhere; a combining mark ("e" then
#    U+0301): 0 columns, drawn in its letter's cell.
#  - 👍🏽 (skin tone): 4 columns in tmux, wcwidth and libunistring alike; a
#    flag (two regional indicators) 2.
#  - A ZWJ sequence sent whole is joined by tmux into one cell: printf
#    '👨‍👩‍👧' leaves tmux's cursor 2 columns on, printf '❤‍🔥' 1, while
#    libunistring counts 6 and 3. ncurses drops a ZWJ that follows a wide
#    character, so the family shows as three emoji in 6 columns; after a
#    narrow one (❤) it sent the ZWJ, tmux joined the fire to the heart, and
#    the rest of that line sat 2 columns left of where ncurses had put it.
#    The view now never sends U+200D (tui/curses/curses_term.c), so tmux shows
#    each part of a sequence in its own cells: 👨👩👧 in 6 columns, ❤🔥 in 3,
#    the widths the layout counted. That is what is asserted here.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/tests/fixtures/scripts

ZWJ=$(printf '\342\200\215')
# shown TEXT: TEXT as the terminal is given it (without ZWJ, see above).
shown() { printf '%s' "$1" | sed "s/$ZWJ//g"; }
# A combining mark (U+0300-U+036F) as the first thing on a line, after any indent.
COMBINING_START=$(printf '^ *\\(\314[\200-\277]\\|\315[\200-\257]\\)')

# script_page_check COLS ROWS (run on every page by tty_read_doc): the
# marker '>' only ever stands in column 1 before a number, and no line
# starts with a combining mark.
script_page_check() {
	if grep -n '>' "$WORK/page" | grep -v '^[0-9]*: > *[0-9][0-9]*\. ' | grep -q '^[0-9]*: >'; then
		fail "the marker stands before something that is not a choice"
	fi
	LC_ALL=C grep -q "$COMBINING_START" "$WORK/page" && { cat "$WORK/page" >&2; fail "a line starts with a combining mark"; }
	return 0
}
TTY_PAGE_CHECK=script_page_check

# whole TEXT: TEXT is in the document with only line breaks and indents
# (all blanks removed) between its characters: nothing lost or cut.
whole() {
	want=$(shown "$1" | tr -d ' ')
	tr -d ' \n' < "$WORK/doc" | grep -q -F -- "$want" \
		|| { cat "$WORK/doc" >&2; fail "not whole on screen: $1"; }
}
# unbroken WORD: WORD is on one line of the document.
unbroken() {
	grep -q -F -- "$(shown "$1")" "$WORK/doc" \
		|| { cat "$WORK/doc" >&2; fail "broken or missing: $1"; }
}
# aligned: the choices form one column: each starts "  N. " or " > N. " with
# the dots in one column, and each wrapped line is indented to its label.
aligned() {
	awk '
	/^ [ >] *[0-9]+\. / {
		if (!p) p = index($0, ". ") + 1
		if (index($0, ". ") + 1 != p) { print "number out of column: " $0; bad = 1 }
		if (substr($0, p + 1, 1) == " ") { print "label out of column: " $0; bad = 1 }
		n++
		if ($0 !~ "^ [ >] *" n "\\. ") { print "choice " n " misnumbered: " $0; bad = 1 }
		next
	}
	p && NF {
		if (substr($0, 1, p) ~ /[^ ]/ || substr($0, p + 1, 1) == " ") {
			print "continuation out of column: " $0; bad = 1
		}
	}
	END { if (!n) { print "no choices"; bad = 1 } exit bad }' "$WORK/doc" >&2 \
		|| { cat "$WORK/doc" >&2; fail "choices are not aligned"; }
}

# Words and phrases as they are written in the fixture (decomposed accents).
VIET=$(sed -n 's/.*"\(Ti[^:]*\): .*/\1/p' "$FIXTURE/00-guide.yaml" | head -n 1)
CAFE=$(sed -n 's/.*"\(Cafe[^,]*\),.*/\1/p' "$FIXTURE/00-guide.yaml")
[ "$(printf '%s' "$VIET" | wc -m)" -eq 14 ] || fail "the fixture's Vietnamese is not decomposed"
[ "$(printf '%s' "$CAFE" | wc -m)" -eq 5 ] || fail "the fixture's Café is not decomposed"
# title ID: the title of screen ID in the fixture.
title() {
	awk -v id="$1" '$0 ~ "id: " id "$" { f = 1 }
		f && /title:/ { sub(/.*title: "?/, ""); sub(/"$/, ""); print; exit }' "$FIXTURE/00-guide.yaml"
}
START_TITLE=$(title start)
VI_TITLE=$(title info-vi)
OUT_TITLE=$(title outcome-emoji)
VI_WORD=$(grep -o 'Ngh[^"]*' "$FIXTURE/00-guide.yaml")
[ -n "$VI_TITLE" ] && [ -n "$VI_WORD" ] && [ -n "$OUT_TITLE" ] || fail "fixture strings not found"

for size in '80 24' '40 12'; do
	set -- $size
	cols=$1 rows=$2
	tty_start "$cols" "$rows" xterm-256color
	tty_wait_line ' 言語のテスト：どれを読みますか？'
	tty_read_doc "$cols" "$rows"
	head -n 1 "$WORK/page.0" | grep -qx ' 言語のテスト：どれを読みますか？' || fail "${cols}x$rows: title line"
	whole '这是一个测试指南，用于检查全屏视图中的中文换行。每个汉字占两列，绝不能被拆成两半，句号也不能出现在行首。'
	whole 'このガイドは、日本語の文章が正しく折り返されるかを確かめます。句読点は行頭に来てはいけません。'
	if grep -q '^ *[。、，？：]' "$WORK/doc"; then
		cat "$WORK/doc" >&2
		fail "${cols}x$rows: a line starts with closing punctuation (UAX #14 forbids the break)"
	fi
	whole "$VIET"
	for w in "$VIET" "$CAFE" '😀' '👍🏽' '🇵🇱' '👨‍👩‍👧' Konstantynopolitańczykowianeczka \
		najprawdopodobniej współpracowniczka przeciwdziałają nieprzewidywalności. \
		'Ελληνικά' 'кириллица,' '한국어' '필요합니다' 'Mixed:'; do
		unbroken "$w"
	done
	while IFS= read -r label; do
		whole "$label"
	done <<EOF
$(sed -n 's/^      - label: "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$FIXTURE/00-guide.yaml")
EOF
	[ "$(grep -c '^ [ >] *[0-9][0-9]*\. ' "$WORK/doc")" -eq 10 ] || fail "${cols}x$rows: not 10 choices"
	aligned

	# Choice 3 (Vietnamese) leads on. The breadcrumb fits: the whole path,
	# or "..." and the path's end, which must not begin with an accent cut
	# from its letter (at 40 columns the cut falls just after an "a" that
	# carries two combining marks).
	tty_keys 3
	tty_wait 'Anh'
	tty_read_doc "$cols" "$rows"
	crumb=$(head -n 1 "$WORK/page.0")
	path=" $START_TITLE › $VI_TITLE"
	case $crumb in
	' … '*)
		[ "$cols" -lt 80 ] || fail "80 columns: the breadcrumb was shortened: $crumb"
		tail=${crumb# … }
		# Cut between words: what is left is a whole word onwards.
		case $path in *" $tail") ;; *) fail "${cols}x$rows: breadcrumb '$crumb' is not the end of the path, cut at a word" ;; esac
		if printf '%s\n' "$tail" | LC_ALL=C grep -q "$COMBINING_START"; then
			fail "${cols}x$rows: the shortened breadcrumb starts with a combining mark cut from its letter"
		fi
		;;
	*) [ "$crumb" = "$path" ] || fail "${cols}x$rows: breadcrumb '$crumb'" ;;
	esac
	whole "$VI_TITLE"
	whole "$VI_WORD"
	unbroken '❤‍🔥'
	unbroken '👨‍👩‍👧'
	tty_keys 1
	tty_wait 'Wyjątkowo'
	tty_read_doc "$cols" "$rows"
	crumb=$(head -n 1 "$WORK/page.0")
	case $crumb in
	*" › $(shown "$OUT_TITLE")") ;;
	*) fail "${cols}x$rows: the breadcrumb does not end with the title: $crumb" ;;
	esac
	unbroken najprawdopodobniej,
	unbroken nieprzewidywalności,
	aligned

	# Back twice: the start screen again, with one marker, in its column.
	tty_keys b
	tty_wait 'Anh'
	tty_keys b
	tty_wait_line " $START_TITLE"
	tty_wait ' > '
	tty_check_page "$cols" "$rows"
	script_page_check "$cols" "$rows"
	[ "$(grep -c '^ >  *[0-9][0-9]*\. ' "$WORK/page")" -eq 1 ] \
		|| fail "${cols}x$rows: not one marker after going back"
done
pass
