#!/bin/sh
# export_pot.sh: --pot is a PO template that gettext's tools accept, one entry per string with all its places.
. "$TOP_SRCDIR/tests/lib.sh"
command -v msgfmt >/dev/null 2>&1 || skip "gettext tools are not installed"
# Run from the source tree with a relative folder, as the update-po rule does,
# so references name content files, never a machine path.
cd "$TOP_SRCDIR" || fail "no source tree"
for dir in tests/fixtures/mini content; do
	pot="$WORK/$(basename "$dir").pot"
	SOURCE_DATE_EPOCH=1790000000 "$SENDGUIDE" --pot --content "$dir" >"$pot" 2>"$WORK/err" \
		|| fail "$dir: exit status $?: $(cat "$WORK/err")"
	msgfmt --check -o /dev/null "$pot" 2>"$WORK/msgfmt" || fail "$dir: msgfmt --check: $(grep -v warning "$WORK/msgfmt" | head -3)"
	msgcat "$pot" >"$WORK/cat.po" 2>"$WORK/msgcat" || fail "$dir: msgcat: $(head -3 "$WORK/msgcat")"
	grep -q '^"Content-Type: text/plain; charset=UTF-8\\n"$' "$pot" || fail "$dir: no UTF-8 charset"
	# Deduplicated: no msgid is given twice.
	dups=$(grep '^msgid ' "$pot" | sort | uniq -d)
	[ -z "$dups" ] || fail "$dir: msgid given twice: $dups"
	grep '^#: ' "$pot" | grep -v "^#: $dir/[0-9A-Za-z_-]*\.yaml:[0-9]*\$" | head -1 >"$WORK/badref"
	[ -s "$WORK/badref" ] && fail "$dir: odd reference: $(cat "$WORK/badref")"
done
pot="$WORK/mini.pot"
# Reproducible with SOURCE_DATE_EPOCH.
grep -q '^"POT-Creation-Date: 2026-09-21 ' "$pot" || fail "SOURCE_DATE_EPOCH ignored: $(grep POT-Creation "$pot")"
# A string used in several places is one entry with every reference, sorted.
entry=$(grep -B4 '^msgid "Back to the start"$' "$pot")
echo "$entry" | grep -q '^#: tests/fixtures/mini/10-screens.yaml:[0-9]*$' || fail "no references for a shared label"
[ "$(echo "$entry" | grep -c '^#: ')" -eq 3 ] || fail "shared label: not 3 references: $entry"
echo "$entry" | grep '^#: ' | sort -t: -k3 -n -c 2>/dev/null || fail "references not sorted"
# Source titles are proper names, shown as written: not extracted.
! grep -q 'Test source, ' "$pot" || fail "a source's title (a proper name) was extracted"
grep -q '^msgid "Mediation is a meeting with an independent mediator. \\"Médiation\\" is the French word."$' "$pot" \
	|| fail "quotes in text"
# Every kind of string: titles, body, bullets, labels, note, hours, region, a
# provider's note for an area. Not ids, numbers or addresses, and not proper
# names (providers', councils' and sources' names are shown as written).
for s in 'What is your disagreement about?' 'You can go back at any time.' 'Explain mediation' \
	'Freephone.' 'Monday to Friday, 9:00am to 5:00pm' \
	'North Test Region' 'Go to the mediation adviser first.' \
	"Your council's decision letter must give the mediation adviser's contact details."; do
	grep -qxF "msgid \"$s\"" "$pot" || fail "missing msgid: $s"
done
for s in 'Example Mediation Service' 'Ashford Vale' 'Test leaflet'; do
	grep -qxF "msgid \"$s\"" "$pot" && fail "a proper name is offered for translation: $s"
done
grep -q '^msgid "01632 960000"' "$pot" && fail "a phone number is offered for translation"
grep -q '^msgid "start"' "$pot" && fail "an id is offered for translation"
# A translation from the template works: msginit-style copy compiles.
sed 's/^"Language: \\n"$/"Language: pl\\n"/' "$pot" | msgfmt --check -o /dev/null - 2>/dev/null \
	|| fail "a catalogue started from the template does not compile"
pass
