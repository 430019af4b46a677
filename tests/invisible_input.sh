#!/bin/sh
# invisible_input.sh: invisible characters typed or pasted (U+200B, U+200D, U+00AD, U+034F, U+180E, tags) are dropped, in both views.
. "$TOP_SRCDIR/tests/lib.sh"

zwsp=$(printf '\342\200\213')
zwj=$(printf '\342\200\215')
shy=$(printf '\302\255')
cgj=$(printf '\315\217')
mvs=$(printf '\341\240\216')
tag=$(printf '\363\240\201\201')
cancel=$(printf '\363\240\201\277')

# The plain view through a pipe: the echoed line and the search carry none
# of them, so the word they split is found.
printf 'f medi%sat%sion\nf xy%sz%sz%sy%s%s\nq\n' "$zwsp" "$shy" "$zwj" "$cgj" "$mvs" "$tag" "$cancel" |
	"$SENDGUIDE" --plain > "$WORK/plain.out" 2>&1 || fail "the plain view failed"
grep -a -x -F -q '> f mediation' "$WORK/plain.out" || { cat "$WORK/plain.out" >&2; fail "the first line was not echoed without its invisible characters"; }
grep -a -q '^Found [0-9]* screens for "mediation":' "$WORK/plain.out" || fail "the split word was not found"
grep -a -x -F -q 'Nothing found for "xyzzy". Try other words, or fewer.' "$WORK/plain.out" ||
	{ cat "$WORK/plain.out" >&2; fail "the second search kept an invisible character"; }
for c in "$zwsp" "$zwj" "$shy" "$cgj" "$mvs" "$tag" "$cancel"; do
	if grep -a -F -q "$c" "$WORK/plain.out"; then
		fail "an invisible character reached the output"
	fi
done

# The full-screen view in tmux: the search entry drops them as they are typed.
. "$TOP_SRCDIR/tests/ttylib.sh"
tty_start 80 24 xterm
tty_wait_line ' > 1. A decision the council made about a plan'
tty_keys /
tty_wait 'Search for:'
tty_keys -l "TRI${zwsp}BU${shy}N${tag}A${zwj}L${cgj}"
tty_wait_line ' Search for: TRIBUNAL'
tty_keys Enter
tty_wait_line ' > 1. The long explanation of mediation'
tty_keys q
tty_keys q
pass
