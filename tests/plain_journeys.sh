#!/bin/sh
# plain_journeys.sh: journeys typed into the plain view through a pipe, against expected transcripts.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
n=0
for in in "$TOP_SRCDIR"/tests/journeys/mini-*.in; do
	name=$(basename "$in" .in)
	expected="${in%.in}.expected"
	[ -f "$expected" ] || fail "$name: no expected transcript $expected"
	"$SENDGUIDE" --plain --lang=en --content "$TOP_SRCDIR/tests/fixtures/mini" \
		<"$in" >"$WORK/$name.out" 2>"$WORK/$name.err"
	rc=$?
	[ "$rc" -eq 0 ] || fail "$name: exit status $rc, expected 0: $(cat "$WORK/$name.err")"
	[ -s "$WORK/$name.err" ] && fail "$name: wrote to stderr: $(cat "$WORK/$name.err")"
	diff -u "$expected" "$WORK/$name.out" >&2 || fail "$name: transcript differs"
	n=$((n + 1))
done
[ "$n" -ge 7 ] || fail "only $n journeys found"
pass
