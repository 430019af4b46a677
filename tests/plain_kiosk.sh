#!/bin/sh
# plain_kiosk.sh: in kiosk mode "Finished" forgets the visitor: history, language and area.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
# A visitor reaches an outcome, switches to Polish, picks another council,
# then taps Finished; the next visitor presses back and opens the contacts.
printf '1\n1\nl\n2\na bramley\n3\nb\n3\nq\n' |
	"$SENDGUIDE" --plain --kiosk --lang=en --area=ashford-vale \
		--content "$TOP_SRCDIR/tests/fixtures/mini" >"$WORK/out" 2>"$WORK/err"
rc=$?
[ $rc -eq 0 ] || fail "exit status $rc: $(cat "$WORK/err")"
# Everything after Finished is what the next visitor sees.
# (Finished is 3 there: national advice, another area, finished.)
sed -n '/^> 3$/,$p' "$WORK/out" >"$WORK/after"
grep -q 'Twój obszar to teraz Bramley' "$WORK/out" || fail "the visitor's language and area did not change"
grep -q '^What is your disagreement about?$' "$WORK/after" || fail "Finished did not return to the first screen in English"
grep -q 'nothing to go back to' "$WORK/after" || fail "the last visitor's history survived Finished"
grep -q '^Contacts for Ashford Vale$' "$WORK/after" || fail "the kiosk's own area was not restored"
grep -q 'Bramley' "$WORK/after" && fail "the last visitor's area is still shown"
# q is not a way out of a kiosk: the guide is still there until input ends.
grep -q 'Goodbye' "$WORK/out" || fail "no goodbye at end of input"
pass
