#!/bin/sh
# i18n_potfiles.sh: i18n/POTFILES.in lists every source file with translatable strings, and only files that exist.
. "$TOP_SRCDIR/tests/lib.sh"
cd "$TOP_SRCDIR" || fail "no source tree"
listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' i18n/POTFILES.in)
[ -n "$listed" ] || fail "POTFILES.in lists nothing"
for f in $listed; do
	[ -f "$f" ] || fail "POTFILES.in lists $f, which does not exist"
done
for f in $(grep -lE '(^|[^A-Za-z0-9_])(N_|_|ngettext)\(' tui/*.c tui/*/*.c); do
	printf '%s\n' "$listed" | grep -qx "$f" || fail "$f has translatable strings but is not in i18n/POTFILES.in"
done
pass
