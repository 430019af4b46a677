#!/bin/sh
# export_text.sh: --export=text is the whole guide as one readable plain document.
. "$TOP_SRCDIR/tests/lib.sh"
t="$WORK/guide.txt"
"$SENDGUIDE" --lang=en --export=text --content "$TOP_SRCDIR/tests/fixtures/mini" >"$t" 2>"$WORK/err" \
	|| fail "exit status $?: $(cat "$WORK/err")"
# Every screen has a heading (its title underlined).
for title in 'What is your disagreement about?' 'Do you want to try mediation?' 'What mediation is' \
	'Ask for mediation within 2 months' 'Get a certificate, then appeal' 'Contacts for your area' \
	'Help for any council in England' 'If you live in Wales'; do
	grep -A1 -xF "$title" "$t" | tail -1 | grep -qx '=*' || fail "no heading for: $title"
done
grep -qxF -- '-> No, I want to appeal (see: Get a certificate, then appeal)' "$t" || fail "choice line"
grep -qxF -- '-> Continue (see: Do you want to try mediation?)' "$t" || fail "next link line"
grep -qxF -- '- You can go back at any time.' "$t" || fail "bullet"
grep -qF 'Important: Contact the mediation adviser within 2 months' "$t" || fail "important marker"
grep -qxF '  Phone: 01632 960000' "$t" || fail "provider phone"
grep -A1 -xF '  Source: Test source, "Mediation & appeals"; read 1 November 2026, the' "$t" \
	| grep -qxF '  page gives no date' || fail "provider source and its date"
grep -qxF '    Different rules apply: see "If you live in Wales".' "$t" || fail "redirected area"
# Readable: no line wider than 72 columns except unbroken addresses.
awk 'length($0) > 72 && !/(https?:|www\.|@)/ { print; bad = 1 } END { exit bad }' "$t" >&2 \
	|| fail "lines wider than 72 columns"
LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$t" && fail "control character in the text"
# The shipped content exports too.
"$SENDGUIDE" --lang=en --export=text --content "$TOP_SRCDIR/content" >"$WORK/all.txt" || fail "content: exit status $?"
[ "$(wc -l <"$WORK/all.txt")" -gt 200 ] || fail "content: suspiciously short"
pass
