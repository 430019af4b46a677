#!/bin/sh
# outcomes.sh: every outcome screen in the content has a plain-mode journey,
# typed from the start screen, whose whole transcript matches the one kept.
#
# tests/journeys/ID.in        the lines typed (choice numbers, "a AREA", ...)
# tests/journeys/ID.expected  the whole output of the plain view for them
#
# A new outcome screen without a journey fails. (The folder is shared with
# plain_journeys.sh, whose mini-* journeys run against a test fixture.)
#
# After a deliberate change to the content, write the .in file for any new
# outcome, then re-record the transcripts and read every change before
# committing it:  make check TESTS=tests/outcomes.sh RECORD_JOURNEYS=1
# (re-recording never creates a journey: an outcome with no .in still fails).
. "$TOP_SRCDIR/tests/lib.sh"

content="$TOP_SRCDIR/content"
journeys="$TOP_SRCDIR/tests/journeys"
COLUMNS=80
export COLUMNS

# Outcome screens as "id<TAB>title": a list item ("- ") opens a record that
# the next item at the same or a lower indent closes; id, kind and title are
# the record's own keys, in any order.
awk '
function flush() {
	if (section == "screens" && kind == "outcome" && id != "")
		printf "%s\t%s\n", id, title
	id = ""; kind = ""; title = ""; ind = -1; keyind = -1
}
function val(s) {
	sub(/^[ \t]*(-[ \t]+)?[^:]*:[ \t]*/, "", s); sub(/[ \t]+$/, "", s)
	if (s ~ /^".*"$/ || s ~ /^\047.*\047$/) s = substr(s, 2, length(s) - 2)
	return s
}
function key(s) {
	sub(/^[ \t]*(-[ \t]+)?/, "", s); sub(/:.*/, "", s)
	return s
}
FNR == 1 { flush(); section = "" }
/^[ \t]*(#|$)/ { next }
/^[^ \t]/ { flush(); section = $0; sub(/:.*/, "", section); next }
{
	match($0, /^ */); here = RLENGTH; at = -1
	if ($0 ~ /^ *-[ \t]/) {
		if (ind < 0 || here <= ind) {
			flush(); ind = here
			match($0, /^ *-[ \t]+/); keyind = RLENGTH
		}
		if (here == ind) at = keyind
	} else if (here <= ind) flush()
	else at = here
	if (ind >= 0 && at == keyind) {
		k = key($0)
		if (k == "id") id = val($0)
		else if (k == "kind") kind = val($0)
		else if (k == "title") title = val($0)
	}
}
END { flush() }
' "$content"/*.yaml > "$WORK/outcomes" || fail "cannot list the outcome screens"

[ -s "$WORK/outcomes" ] || fail "found no outcome screens in $content"

failed=0
tab=$(printf '\t')
while IFS="$tab" read -r id title; do
	in="$journeys/$id.in"
	exp="$journeys/$id.expected"
	if [ ! -f "$in" ] || { [ ! -f "$exp" ] && [ -z "$RECORD_JOURNEYS" ]; }; then
		printf 'FAIL: outcome %s has no journey (%s and %s)\n' "$id" "$in" "$exp" >&2
		failed=1
		continue
	fi
	if [ -n "$RECORD_JOURNEYS" ]; then
		"$SENDGUIDE" --plain --lang=en --content "$content" < "$in" > "$exp" 2>&1
	fi
	if ! grep -qxF "$title" "$exp"; then
		printf 'FAIL: the journey for %s never shows its title "%s"\n' "$id" "$title" >&2
		failed=1
	fi
	"$SENDGUIDE" --plain --lang=en --content "$content" < "$in" > "$WORK/$id.out" 2>&1
	rc=$?
	if [ $rc -ne 0 ]; then
		printf 'FAIL: the journey for %s exited %d\n' "$id" $rc >&2
		failed=1
	fi
	if ! diff -u "$exp" "$WORK/$id.out" >&2; then
		printf 'FAIL: the journey for %s differs from %s\n' "$id" "$exp" >&2
		failed=1
	fi
done < "$WORK/outcomes"

[ $failed -eq 0 ] || fail "outcome journeys failed"
pass
