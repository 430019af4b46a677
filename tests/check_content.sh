#!/bin/sh
# check_content.sh: the shipped content passes the checker with no errors or warnings.
. "$TOP_SRCDIR/tests/lib.sh"
out=$("$SENDGUIDE" --check "$TOP_SRCDIR/content" 2>&1)
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || fail "--check exited $rc"
if printf '%s\n' "$out" | grep -q ': warning: '; then fail "the shipped content has warnings"; fi
pass
