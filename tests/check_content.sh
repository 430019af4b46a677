#!/bin/sh
# check_content.sh: the shipped content passes the checker with no errors, and no
# warnings but the age of a source's date (a page may truly be dated long ago):
# so none about reading level either, even with --strict.
. "$TOP_SRCDIR/tests/lib.sh"
out=$("$SENDGUIDE" --check "$TOP_SRCDIR/content" 2>&1)
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || fail "--check exited $rc"
if printf '%s\n' "$out" | grep ': warning: ' | grep -qv 'more than a year ago$'; then
	fail "the shipped content has warnings"
fi
"$SENDGUIDE" --check --strict "$TOP_SRCDIR/content" >/dev/null 2>&1 ||
	fail "the shipped content fails --check --strict"
pass
