#!/bin/sh
# check_content.sh: the shipped content passes the checker with no errors, and no
# warnings but the age of a source's date (a page may truly be dated long ago):
# so none about reading level either, even with --strict.
. "$TOP_SRCDIR/tests/lib.sh"
out=$("$SENDGUIDE" --check "$TOP_SRCDIR/content" 2>&1)
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || fail "--check exited $rc"
# The coverage figures, as SOURCES.md gives them.
printf '%s\n' "$out" | grep -E -q '^councils in England: 153 listed, [0-9]+ with a sourced SENDIASS contact, [0-9]+ with a sourced mediation contact; [0-9]+ contacts, [0-9]+ from a source more than 12 months old$' ||
	fail "--check printed no coverage line"
# SOURCES.md gives the same counts; how many sources are over 12 months
# old depends on the day of the check, so that figure is left out.
line=$(printf '%s\n' "$out" | grep '^councils in England:' | sed 's/, [0-9]* from a source.*//')
tr '\n' ' ' <"$TOP_SRCDIR/content/SOURCES.md" | tr -s ' ' | grep -F -q "$line" ||
	fail "SOURCES.md does not give what --check prints: $line"
if printf '%s\n' "$out" | grep ': warning: ' | grep -qv 'more than a year ago$'; then
	fail "the shipped content has warnings"
fi
"$SENDGUIDE" --check --strict "$TOP_SRCDIR/content" >/dev/null 2>&1 ||
	fail "the shipped content fails --check --strict"
pass
