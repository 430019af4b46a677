#!/bin/sh
# i18n_languages.sh: the guide in Polish and Romanian: journeys by --lang and by LANGUAGE, switching mid-journey keeps the place, the unreviewed notice, and full coverage in --check.
#
# tests/journeys/pl-*.in and ro-*.in are typed into the plain view; their
# .expected transcripts are compared whole. After a deliberate change to the
# content, the translations or the plain view, re-record and read every
# change:  make check TESTS=tests/i18n_languages.sh RECORD_JOURNEYS=1
. "$TOP_SRCDIR/tests/lib.sh"
journeys="$TOP_SRCDIR/tests/journeys"
COLUMNS=80
export COLUMNS

# run NAME [ARGS...]: the journey NAME through the plain view; LANGUAGE may be set by the caller.
run() {
	name=$1
	shift
	"$SENDGUIDE" --plain "$@" < "$journeys/$name.in" > "$WORK/$name.out" 2>&1 \
		|| fail "$name: exit status $?"
	if [ -n "$RECORD_JOURNEYS" ]; then
		cp "$WORK/$name.out" "$journeys/$name.expected"
	fi
	diff -u "$journeys/$name.expected" "$WORK/$name.out" >&2 \
		|| fail "$name: the transcript differs from $name.expected"
}
# after FILE TYPED: the first non-empty line after the echoed input "> TYPED".
after() {
	awk -v typed="> $2" 'found && NF { print; exit } $0 == typed { found = 1 }' "$1"
}

pl_notice='To tłumaczenie nie zostało jeszcze sprawdzone. Opieraj się na wersji angielskiej.'
ro_notice='Această traducere nu a fost încă verificată. Versiunea în limba engleză este cea de încredere.'
# says FILE TEXT: TEXT appears in FILE, perhaps wrapped over several lines.
says() {
	tr '\n' ' ' < "$1" | tr -s ' ' | grep -qF "$2"
}

# --lang pl: a whole journey to an outcome, with Polish interface and content.
run pl-appeal-certificate --lang pl
says "$WORK/pl-appeal-certificate.out" "$pl_notice" \
	|| fail "no Polish notice that the translation is unreviewed and English is authoritative"
outcome_pl=$(grep -A1 -x -F 'msgid "Contact the mediation adviser"' "$TOP_SRCDIR/i18n/content/pl.po" |
	sed -n 's/^msgstr "\(..*\)"$/\1/p')
[ -n "$outcome_pl" ] || fail "the outcome's title has no Polish translation"
grep -qxF "$outcome_pl" "$WORK/pl-appeal-certificate.out" \
	|| fail "the Polish journey does not reach the outcome in Polish"
# The first prompt (the line before the first typed line) lists the commands in Polish.
prompt=$(awk '/^> / { print prev; exit } { prev = $0 }' "$WORK/pl-appeal-certificate.out")
printf '%s\n' "$prompt" | grep -q '^Wybierz od 1 do .*cofnij' || fail "the Polish prompt is missing: $prompt"
grep -q '^Choose 1' "$WORK/pl-appeal-certificate.out" && fail "English prompt in the Polish journey"

# LANGUAGE=ro in the environment, no --lang.
LANGUAGE=ro run ro-national-advice
says "$WORK/ro-national-advice.out" "$ro_notice" \
	|| fail "no Romanian notice that the translation is unreviewed and English is authoritative"
grep -q 'Despre ce este neînțelegerea dumneavoastră?' "$WORK/ro-national-advice.out" \
	|| fail "LANGUAGE=ro did not choose Romanian"

# English: no notice.
"$SENDGUIDE" --plain --lang en </dev/null >"$WORK/en.out" 2>&1 || fail "English run failed"
grep -q 'not been reviewed' "$WORK/en.out" && fail "the notice shows in English"

# Switching mid-journey ('l') keeps the screen and the history.
run pl-ro-switch
after "$WORK/pl-ro-switch.out" pl | grep -q '^To tłumaczenie nie zostało jeszcze sprawdzone' \
	|| fail "switching to Polish does not show the notice first"
awk '$0 == "> pl" { f = 1 } f && /^Z którą decyzją się nie zgadzasz\?$/ { ok = 1; exit } END { exit !ok }' \
	"$WORK/pl-ro-switch.out" || fail "switching to Polish lost the place (the decision question)"
[ "$(after "$WORK/pl-ro-switch.out" b)" = "Czego dotyczy Twój spór?" ] \
	|| fail "back after switching did not return to the start screen in Polish"
awk '$0 == "> 3" { f = 1 } f && /^Despre ce este neînțelegerea dumneavoastră\?$/ { ok = 1; exit } END { exit !ok }' \
	"$WORK/pl-ro-switch.out" || fail "switching to Romanian did not redraw the screen in Romanian"
[ "$(after "$WORK/pl-ro-switch.out" 2)" = "Care parte a planului?" ] \
	|| fail "choosing after switching to Romanian did not go on in Romanian"

# --help in the language --lang names, wherever --lang stands; an unknown
# language is still refused.
"$SENDGUIDE" --lang=pl --help >"$WORK/help-pl" 2>&1 || fail "--lang=pl --help failed"
grep -q '^Użycie: sendguide' "$WORK/help-pl" || { cat "$WORK/help-pl" >&2; fail "--lang=pl --help is not in Polish"; }
"$SENDGUIDE" --help --lang=ro >"$WORK/help-ro" 2>&1 || fail "--help --lang=ro failed"
grep -q '^Utilizare: sendguide' "$WORK/help-ro" || { cat "$WORK/help-ro" >&2; fail "--help --lang=ro is not in Romanian"; }
"$SENDGUIDE" --lang=xx --help >/dev/null 2>&1 && fail "--lang=xx --help was accepted"

# --check: both languages, interface and content, complete and error-free.
"$SENDGUIDE" --check "$TOP_SRCDIR/content" >"$WORK/check.out" 2>&1 || { cat "$WORK/check.out" >&2; fail "--check failed"; }
for label in pl 'pl (interface)' ro 'ro (interface)'; do
	grep -q "^$label: [0-9]* translated, 0 fuzzy, 0 missing, .*(100%)" "$WORK/check.out" \
		|| { cat "$WORK/check.out" >&2; fail "$label is not 100% translated"; }
done
pass
