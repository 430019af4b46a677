#!/bin/sh
# plain_areas.sh: councils typed into the plain view through a pipe: found, misspelt, outside England, unknown; the shipped content.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
run() { printf "$1" | "$SENDGUIDE" --plain --lang=en --content "$TOP_SRCDIR/content" >"$WORK/out" 2>"$WORK/err" ||
	fail "exit status $?: $(cat "$WORK/err")"; }
# Lines are wrapped to the width: compare with line ends as spaces.
has() { tr '\n' ' ' <"$WORK/out" | grep -F -q -- "$1" || { cat "$WORK/out" >&2; fail "missing: $1"; }; }
hasnt() { ! grep -F -q -- "$1" "$WORK/out" || { cat "$WORK/out" >&2; fail "unexpected: $1"; }; }

# a Leicester: chosen at once, confirmed.
run 'a Leicester\n'
has 'Your area is now Leicester.'

# area Leicester typed on an outcome: its contacts follow at once (no r),
# under a heading that names the area (no "Your area is now" as well),
# briefly, so one action is new ("All contact details", last): only it is
# read, after a line saying the others are as before; then another area:
# the numbers heard a moment ago still hold and are not read again.
run '1\n1\n1\narea Leicester\narea Rutland\n'
sed -n '/^> area Leicester$/,/^> area Rutland$/p' "$WORK/out" >"$WORK/after"
grep -A2 -x '> area Leicester' "$WORK/after" | grep -q -x 'Contacts for Leicester' ||
	{ cat "$WORK/after" >&2; fail "area NAME on an outcome did not show its contacts at once"; }
grep -q 'Your area is now' "$WORK/after" && fail "the area is said twice: in a sentence and in the heading"
grep -q '^SENDIASS Leicester$' "$WORK/after" || fail "no Leicester card after area NAME"
grep -q '^Choices 1 to [0-9] are as before\.$' "$WORK/after" ||
	{ cat "$WORK/after" >&2; fail "no line saying the numbers heard still hold"; }
[ "$(grep -c '^[0-9]\. ' "$WORK/after")" -eq 1 ] && grep -q '^[0-9]\. All contact details$' "$WORK/after" ||
	{ cat "$WORK/after" >&2; fail "not just the new action (All contact details) was read"; }
sed -n '/^> area Rutland$/,$p' "$WORK/out" >"$WORK/after"
grep -q '^Global Mediation Ltd$' "$WORK/after" || { cat "$WORK/after" >&2; fail "no Rutland card after area NAME"; }
grep -q '^[0-9]\. ' "$WORK/after" && { cat "$WORK/after" >&2; fail "the same numbered actions were read again"; }

# a leicster: the nearest names to choose from, then the not-listed route.
run 'a leicster\n1\n'
has 'No council is called "leicster". The nearest names:'
has '1. Leicester'
has '2. My council is not listed'
has 'Your area is now Leicester.'

# a Cardiff: Wales's route, from the start screen and from the contacts.
run 'a Cardiff\n'
has 'Your area is now Cardiff. Different rules apply there: see "If you live in Wales".'
run '8\na Cardiff\n3\n'
has 'Different rules apply: see "If you live in Wales".'
has '3. If you live in Wales'
grep -c '^If you live in Wales$' "$WORK/out" | grep -q 1 || fail "the Wales screen was not shown"

# a Xyzzy: never a dead end; a number after it is not a council's name.
run 'a Xyzzy\n1\n'
has 'No council in this guide matches "Xyzzy".'
has '1. My council is not listed'
hasnt 'No council in this guide matches "1"'
grep -q '^My council is not listed$' "$WORK/out" || fail "the not-listed screen was not shown"

# The area prompt asks for a name first; 0 lists the regions (the nine
# English regions, then the nations). A number is a region, listed or not,
# never a council's name; one out of range asks for a name.
run 'a\n99\n'
has "Type your council's name, or 0 for a list of regions."
hasnt 'Or just press Enter'
has 'No region has that number.'
hasnt 'matches "99"'
hasnt '1. North East'
run 'a\n0\n'
has '1. North East'
has '9. South West 10. Wales 11. Scotland 12. Northern Ireland'
run 'a\n4\n9\n'
has 'Councils in East Midlands:'
has '9. Rutland 10. West Northamptonshire 11. My council is not listed'
has 'Your area is now Rutland.'
run 'a East Midlands\n'
has 'Councils in East Midlands:'
# Enter keeps the area: said only when there is one to keep.
run 'a Rutland\na\n'
has 'Your area is Rutland.'
has 'Or just press Enter to keep it.'

# A council's name typed at the contacts prompt, without "a"; Rutland's
# caveat is on the brief cards in its short form, and whole on every
# detail (5: All contact details).
run '8\nrutland\n'
has 'Contacts for Rutland'
has 'Global Mediation Ltd   Contact first for mediation advice.'
has 'KIDS (East Midlands disagreement resolution and mediation)   Mediation via Global Mediation; disagreement resolution direct.'
hasnt 'For mediation, do not contact KIDS directly.'
run '8\nrutland\n5\n'
has 'For mediation, do not contact KIDS directly.'
has 'For mediation, do not contact The Together Trust directly.'
run '8\nNorthants\n2\n'
has '1. North Northamptonshire'
has '2. West Northamptonshire'
has 'Contacts for West Northamptonshire'

# No sourced contact: the region and the way on.
run '8\na North Northamptonshire\n'
has 'Your area: North Northamptonshire, East Midlands'
has 'decision letters must name your mediation adviser'
has 'National advice: Help for any council in England'
pass
