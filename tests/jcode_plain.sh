#!/bin/sh
# jcode_plain.sh: every outcome's journey code reopens it with its area and dates, through --code and the code command; a mistyped code is refused; --export=text --code writes that page.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
CONTENT=$TOP_SRCDIR/content
sg() { "$SENDGUIDE" --plain --lang=en --content "$CONTENT" --today 2026-11-29 "$@"; }
code_of() { sed -n 's/^Journey code: //p' "$1" | head -n 1; }

# The outcome screens, from the content itself.
awk '/^  - id: /{id=$3} /^    kind: outcome/{print id}' "$CONTENT"/*.yaml >"$WORK/outcomes"
[ "$(wc -l <"$WORK/outcomes")" -ge 10 ] || fail "too few outcomes found: $(cat "$WORK/outcomes")"

n=0
while read -r id; do
	# A page with an area and a date given as a code carries them.
	: | sg --node "$id" --area rutland >"$WORK/$id.out" 2>&1 || fail "$id: exit status $?"
	code=$(code_of "$WORK/$id.out")
	[ -n "$code" ] || fail "$id: no journey code shown"
	title=$(head -n 1 "$WORK/$id.out")
	: | sg --code "$code" >"$WORK/$id.code" 2>&1 || fail "$id: --code $code: exit status $?"
	[ "$(head -n 1 "$WORK/$id.code")" = "$title" ] || fail "$id: --code $code opened $(head -n 1 "$WORK/$id.code")"
	grep -q -x "Journey code: $code" "$WORK/$id.code" || fail "$id: --code $code shows another code"
	# Typed lower case, without hyphens, at the code command.
	lower=$(printf '%s' "$code" | tr -d - | tr 'A-Z' 'a-z')
	printf 'code %s\n' "$lower" | sg >"$WORK/$id.cmd" 2>&1 || fail "$id: code command"
	grep -q -x "Journey code: $code" "$WORK/$id.cmd" || fail "$id: 'code $lower' did not reopen it"
	n=$((n + 1))
done <"$WORK/outcomes"

# Dates travel in the code: the worked-out dates come back.
printf '23/11/2026\nn\n' | sg --node date-decision-letter --area rutland >"$WORK/dated.out" 2>&1
code=$(code_of "$WORK/dated.out")
[ "$(printf '%s' "$code" | tr -d - | wc -c)" -gt 8 ] || fail "a code with a date is not longer: $code"
: | sg --code "$code" >"$WORK/dated.code" 2>&1 || fail "--code $code with a date"
# The reopened outcome opens with the family's own dates (its summary).
tr '\n' ' ' <"$WORK/dated.code" | grep -q "Then appeal to the Tribunal with the mediation certificate, by Monday 25 January 2027" ||
	fail "the date did not come back with $code"
grep -q "^Contacts for Rutland$" "$WORK/dated.code" || fail "the area did not come back with $code"
# ... and the page says which dates it read, before any deadline.
grep -n "^Decision letter dated Monday 23 November 2026; no certificate" "$WORK/dated.code" >"$WORK/line" ||
	fail "--code $code does not say which date it read"
dl=$(grep -n -E " by (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [0-9]" "$WORK/dated.code" | head -n 1 | cut -d: -f1)
[ -n "$dl" ] || fail "--code $code: no deadline on the page"
[ "$(cut -d: -f1 "$WORK/line")" -lt "$dl" ] || fail "the dates read come after the deadline"
# A page reached by answering the date question does not say it.
grep -q "^Decision letter dated" "$WORK/dated.out" && fail "typed dates shown as read from a code"
# The same code on a day before its letter is refused, as a typed date is.
"$SENDGUIDE" --plain --lang=en --content "$CONTENT" --today 2026-11-20 --code "$code" </dev/null \
	>/dev/null 2>"$WORK/future.err" && fail "--code $code opened before its letter's date"
grep -q "^sendguide: That code has a date after today" "$WORK/future.err" ||
	fail "future date: $(cat "$WORK/future.err")"
# Every two wrong symbols are refused: here the last two of the date.
syms=$(printf '%s' "$code" | tr -d -)
for pair in 10:11 8:12 1:13; do
	i=${pair%:*} k=${pair#*:}
	two=$(printf '%s' "$syms" | awk -v i="$i" -v k="$k" '{
		a = "0123456789ACDEFGHJKMNPQRTVWXY"; s = $0
		for (p = 1; p <= 2; p++) {
			at = p == 1 ? i : k; c = substr(s, at, 1)
			n = index(a, c) % 29 + 1
			s = substr(s, 1, at - 1) substr(a, n, 1) substr(s, at + 1)
		}
		print s }')
	[ "$two" != "$syms" ] || fail "no change made to $syms"
	sg --code "$two" </dev/null >/dev/null 2>"$WORK/two.err" && fail "--code $two (two symbols changed) opened a page"
	grep -q "That code is not right" "$WORK/two.err" || fail "--code $two: $(cat "$WORK/two.err")"
done

# A mistyped code (two characters swapped) says so and asks again.
bad=$(printf '%s' "$code" | sed 's/^\(.\)\(.\)/\2\1/')
[ "$bad" != "$code" ] || bad=$(printf '%s' "$code" | sed 's/^./X/')
printf 'code %s\n%s\n' "$bad" "$code" | sg >"$WORK/bad.out" 2>&1
grep -q "^That code is not right\|^That code has a character" "$WORK/bad.out" || {
	cat "$WORK/bad.out" >&2; fail "a mistyped code was not refused"; }
grep -q "Type the journey code" "$WORK/bad.out" || fail "a mistyped code does not ask again"
tr '\n' ' ' <"$WORK/bad.out" | grep -q "Then appeal to the Tribunal with the mediation certificate, by Monday 25 January 2027" ||
	fail "the code typed again was not opened"
sg --code "$bad" </dev/null >"$WORK/badopt.out" 2>"$WORK/badopt.err" && fail "--code $bad succeeded"
grep -q "That code" "$WORK/badopt.err" || fail "--code $bad: $(cat "$WORK/badopt.err")"

# --export=text --code: that one page, its dates, contacts and dated sources.
sg --export=text --code "$code" >"$WORK/export.txt" 2>"$WORK/export.err" || fail "--export=text --code: $(cat "$WORK/export.err")"
head -n 1 "$WORK/export.txt" | grep -q "^Contact the mediation adviser$" || fail "export: wrong page: $(head -n 1 "$WORK/export.txt")"
grep -q "^Journey code: $code$" "$WORK/export.txt" || fail "export: no code"
grep -q "^Your appeal must reach the Tribunal by Monday 25 January 2027.$" "$WORK/export.txt" || fail "export: no date"
grep -q "^Decision letter dated Monday 23 November 2026; no certificate" "$WORK/export.txt" ||
	fail "export: does not say which date the code gave"
grep -q "^Contacts for Rutland$" "$WORK/export.txt" || fail "export: no contacts"
grep -q "^  Phone: " "$WORK/export.txt" || fail "export: no phone number"
grep -q "^Sources:$" "$WORK/export.txt" || fail "export: no sources"
grep -q "^- .*; \(page dated\|read\) " "$WORK/export.txt" || fail "export: sources without their dates"
[ "$(grep -c '^=\+$' "$WORK/export.txt")" -eq 1 ] || fail "export: more than one page"
# A well-formed code for a screen another guide lacks says so.
: | sg --node outcome-try-mediation >"$WORK/gone.out" 2>&1
gone=$(code_of "$WORK/gone.out")
"$SENDGUIDE" --plain --lang=en --content "$TOP_SRCDIR/tests/fixtures/mini" --code "$gone" \
	</dev/null >/dev/null 2>"$WORK/gone.err" && fail "--code $gone opened a screen the mini guide lacks"
grep -q "That code is for a page this guide no longer has" "$WORK/gone.err" ||
	fail "--code $gone on the mini guide: $(cat "$WORK/gone.err")"

# --check fails where two screens would share a code even at the longest
# field (ids found by tests/unit_jcode: screen-7537 and screen-776061 hash
# alike modulo 29^7, so at every field size).
cp -R "$TOP_SRCDIR/tests/fixtures/mini" "$WORK/coll"
cat >>"$WORK/coll/10-screens.yaml" <<'EOT'

  - id: screen-7537
    kind: information
    title: One screen
    next: start
    sources: [test-source]

  - id: screen-776061
    kind: information
    title: Another screen
    next: start
    sources: [test-source]
EOT
"$SENDGUIDE" --check "$WORK/coll" >"$WORK/coll.out" 2>&1 && fail "--check passed two screens with one code"
grep -q "screens 'screen-7537' and 'screen-776061' would have the same journey code" "$WORK/coll.out" || {
	cat "$WORK/coll.out" >&2; fail "--check did not name the two screens"; }
"$SENDGUIDE" --check "$TOP_SRCDIR/tests/fixtures/mini" >/dev/null 2>&1 || fail "--check fails on the mini guide"
echo "$n outcomes round-tripped"
pass
