#!/bin/sh
# config_errors.sh: every bad kiosk config file is refused with file:line:column errors and a hint.
. "$TOP_SRCDIR/tests/lib.sh"

fixtures="$TOP_SRCDIR/tests/fixtures/kiosk"
n=0
for conf in "$fixtures"/bad-*.conf; do
	name=$(basename "$conf")
	# A copy the test owns, writable only by it, as the reader insists.
	cp "$conf" "$WORK/$name" && chmod 600 "$WORK/$name" || exit 99
	(cd "$WORK" && "$SENDGUIDE" --config "$name" --plain </dev/null >out 2>err)
	rc=$?
	[ "$rc" = 2 ] || fail "$name: exit status $rc, expected 2"
	[ -s "$WORK/out" ] && fail "$name: wrote to standard output: $(cat "$WORK/out")"
	diff -u "${conf%.conf}.err" "$WORK/err" >&2 || fail "$name: errors differ"
	n=$((n + 1))
done
[ "$n" -ge 4 ] || fail "only $n bad config fixtures found in $fixtures"

# A NUL byte and Windows line ends.
printf 'kiosk = yes\r\nidle = 60\r\nmouse = y\000es\r\n' >"$WORK/crlf.conf"
chmod 600 "$WORK/crlf.conf"
(cd "$WORK" && "$SENDGUIDE" --config crlf.conf --plain </dev/null >/dev/null 2>err)
[ $? = 2 ] || fail "a NUL byte was accepted"
printf '%s\n' "crlf.conf:3:10: error: a NUL byte in the line" "  Save the file as plain text." >"$WORK/want"
diff -u "$WORK/want" "$WORK/err" >&2 || fail "NUL byte: errors differ"
pass
