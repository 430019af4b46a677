#!/bin/sh
# plain_speech.sh: the plain view as a listener hears it, through real pipes: the command list once then a short prompt, sources on request, spoken ranges and dates, and the commands every language shows.
. "$TOP_SRCDIR/tests/lib.sh"
COLUMNS=72
export COLUMNS
run() {
	"$SENDGUIDE" --plain --content "$TOP_SRCDIR/content" "$@" >"$WORK/out" 2>"$WORK/err" \
		|| fail "exit status $? for $*: $(cat "$WORK/err")"
}
# after TYPED: the first non-empty line after the echoed input "> TYPED".
after() {
	awk -v typed="> $1" 'found && NF { print; exit } $0 == typed { found = 1 }' "$WORK/out"
}
full='b back, r repeat, f find, l language, h help'

# English: the first commands once, on the first screen (h lists every
# one); short prompts after.
printf '2\nb\n' | run --lang=en
[ "$(grep -c "$full" "$WORK/out")" -eq 1 ] || fail "the command list is not said exactly once"
grep -q "^Choose 1 to 9, or: $full\.\$" "$WORK/out" || fail "first prompt: $(grep '^Choose' "$WORK/out" | head -1)"
grep -q '^Choose 1 to 5, or h for help\.$' "$WORK/out" || fail "no short prompt on the second screen"
[ "$(grep -c '^Choose 1 to 9, or h for help\.$' "$WORK/out")" -eq 1 ] || fail "back to the first screen: no short prompt"
grep -q 'Choose 1-' "$WORK/out" && fail "a range is written 1-N, which a synthesiser reads as minus"

# h says the list again; the prompt after it stays short.
printf 'h\n2\n' | run --lang=en
grep -q '^  w, where, where from  *hear where' "$WORK/out" || fail "help lacks the where-from command"
grep -q '^Choose 1 to 5, or h for help\.$' "$WORK/out" || fail "no short prompt after help"

# Rutland: a brief list first (one number each, no sources); every detail
# one choice away, with one line saying where the sources are; w (and its
# word and name, in any case) reads them, from either, dates in words.
printf '5\nw\nwhere\nWHERE FROM\n' | run --lang=en --area=rutland --node=find-contacts
sed -n '1,/^> 5$/p' "$WORK/out" > "$WORK/screen"
grep -q 'Source' "$WORK/screen" && fail "source lines are on the brief contacts list"
grep -q '^5\. All contact details$' "$WORK/screen" || fail "the brief list does not lead to every detail"
grep -q '^  E-mail: sen@globalmediation\.co\.uk$' "$WORK/screen" && fail "the brief list gives every address"
sed -n '/^> 5$/,/^> w$/p' "$WORK/out" > "$WORK/screen"
grep -q 'Source' "$WORK/screen" && fail "source lines are still on the contacts screen"
grep -q '^  E-mail: sen@globalmediation\.co\.uk$' "$WORK/screen" || fail "the details lack an address"
grep -q '^Where these contacts come from, and when they were checked: type w\.$' "$WORK/screen" \
	|| fail "no line saying the sources are there"
[ "$(grep -c '^  Source: The Together Trust, "Mediation and Disagreement Resolution$' "$WORK/out")" -eq 3 ] \
	|| fail "w, where and WHERE FROM do not each read the sources"
grep -q 'read 23 November 2026, the page gives no date' "$WORK/out" || fail "a source's date is not in words"
grep -E '(^|[^/0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}' "$WORK/out" && fail "an ISO date reaches a listener"
printf 'w\n' | run --lang=en
grep -q '^This screen lists no contacts, so it has no sources to read\.$' "$WORK/out" \
	|| fail "w on a screen without contacts says nothing useful"

# Polish: every form shown works, whole, by its first letter, without
# accents, in capitals; the English words still work. Each is compared with
# what the English command does from the same place.
# (The English word, not the letter: a translation's letter may shadow
# an English one, as Polish "s skąd" does.)
printf '2\nstart\n' | run --lang=pl
title=$(after start)
[ -n "$title" ] || fail "pl: start does not start again"
for typed in 'zacznij od nowa' 'z' 'ZACZNIJ OD NOWA' 'start again'; do
	printf '2\n%s\n' "$typed" | run --lang=pl
	[ "$(after "$typed")" = "$title" ] || fail "pl: \"$typed\" does not start again: $(after "$typed")"
done
# Polish s is "skąd" (where from): on a screen without contacts it says so.
for typed in s skąd SKAD; do
	printf '2\n%s\n' "$typed" | run --lang=pl
	[ "$(after "$typed")" = 'Na tym ekranie nie ma kontaktów, więc nie ma też źródeł do odczytania.' ] \
		|| fail "pl: \"$typed\" does not read the sources: $(after "$typed")"
done
printf '2\ncofnij\n' | run --lang=pl
first=$(after cofnij)
for typed in c b back COFNIJ cofnij; do
	printf '2\n%s\n' "$typed" | run --lang=pl
	[ "$(after "$typed")" = "$first" ] || fail "pl: \"$typed\" does not go back: $(after "$typed")"
done
printf '2\nr\nraz jeszcze\nRAZ JESZCZE\n' | run --lang=pl
p=$(after r)
[ -n "$p" ] && [ "$(after 'raz jeszcze')" = "$p" ] && [ "$(after 'RAZ JESZCZE')" = "$p" ] \
	|| fail "pl: r, raz jeszcze and RAZ JESZCZE do not all repeat the screen"
printf 'p\n' | run --lang=pl
grep -q '^  c, cofnij, <, b, back  ' "$WORK/out" || fail "pl help: $(grep cofnij "$WORK/out")"
grep -q 'cofnij, <, b, back, b' "$WORK/out" && fail "pl help lists a form twice"

# Romanian, the same.
printf '2\ns\n' | run --lang=ro
title=$(after s)
for typed in 'de la inceput' 'de la început' 'd' 'DE LA ÎNCEPUT'; do
	printf '2\n%s\n' "$typed" | run --lang=ro
	[ "$(after "$typed")" = "$title" ] || fail "ro: \"$typed\" does not start again: $(after "$typed")"
done
printf '2\ninapoi\n' | run --lang=ro
printf '2\nb\n' | "$SENDGUIDE" --plain --lang=ro --content "$TOP_SRCDIR/content" > "$WORK/ref"
[ "$(after inapoi)" = "$(awk 'found && NF { print; exit } $0 == "> b" { found = 1 }' "$WORK/ref")" ] \
	|| fail "ro: inapoi does not go back"

# Sources in Polish and Romanian: dates in words there too; and no
# breadcrumb or arrow symbol anywhere a synthesiser would read out.
for l in pl ro; do
	# The English words work in every language; a letter may be the translation's.
	printf '8\narea rutland\nwhere from\n' | run --lang=$l
	grep -E '(^|[^/0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}' "$WORK/out" && fail "$l: an ISO date reaches a listener"
	grep -q ' 2026' "$WORK/out" || fail "$l: w read no dated source"
	grep -v '^> ' "$WORK/out" | grep -E '›|»|→|&gt;| > ' && fail "$l: a breadcrumb or arrow symbol"
done

# A heading never ends in a colon after its own colon ("Kontakty: West Sussex:").
for l in en pl ro; do
	run --lang=$l --area=west-sussex --node=find-contacts </dev/null
	grep -E ':[^:]*:$' "$WORK/out" | grep -v '^ ' && fail "$l: a line with two colons, the last at its end"
done
pass
