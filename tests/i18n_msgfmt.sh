#!/bin/sh
# i18n_msgfmt.sh: every shipped PO file, interface and content, passes msgfmt --check.
. "$TOP_SRCDIR/tests/lib.sh"
MSGFMT=${GMSGFMT:-msgfmt}
command -v "$MSGFMT" >/dev/null 2>&1 || skip "no msgfmt"
n=0
for po in "$TOP_SRCDIR"/i18n/*.po "$TOP_SRCDIR"/i18n/content/*.po; do
	[ -f "$po" ] || continue
	"$MSGFMT" --check -o /dev/null "$po" || fail "msgfmt --check rejects $po"
	n=$((n + 1))
done
# Every language in LINGUAS has both catalogues, so none is silently skipped.
for ll in $(sed -e 's/#.*//' "$TOP_SRCDIR/i18n/LINGUAS" "$TOP_SRCDIR/i18n/content/LINGUAS"); do
	[ -f "$TOP_SRCDIR/i18n/$ll.po" ] || fail "i18n/LINGUAS lists $ll but i18n/$ll.po is missing"
	[ -f "$TOP_SRCDIR/i18n/content/$ll.po" ] || fail "$ll has no i18n/content/$ll.po"
done
[ $n -ge 2 ] || fail "found only $n PO files"
# The check bites: a lost placeholder is refused.
if "$MSGFMT" --check -o /dev/null "$TOP_SRCDIR/tests/fixtures/i18n/placeholder/i18n/pl.po" 2>/dev/null; then
	fail "msgfmt --check accepted a lost placeholder"
fi
pass
