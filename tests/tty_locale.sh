#!/bin/sh
# tty_locale.sh: a locale this machine lacks (LC_CTYPE=UTF-8 as macOS forwards it) or LANG=C still shows Polish letters, through C.UTF-8; LC_ALL=C is honoured as asked.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

locale -a 2>/dev/null | grep -q -i '^c\.utf-\{0,1\}8$' || skip "this machine has no C.UTF-8 locale"
NOTICE_PL=$(LANGUAGE=pl "$SENDGUIDE" --plain --lang pl --content "$FIXTURE" </dev/null 2>/dev/null | grep -m1 'tłumaczenie') \
	|| skip "no Polish notice in the plain view"

for setting in 'LANG=C' 'LC_CTYPE=UTF-8' 'LANG=xx_YY.UTF-8'; do
	out=$(run 'wait tłumaczenie\nquiet 200\nsend q\nsend y\nexit 2000\n' \
		env -u LC_ALL -u LANG -u LC_CTYPE -u LC_MESSAGES $setting TERM=xterm "$SENDGUIDE" --lang pl --content "$FIXTURE") \
		|| fail "$setting: Polish letters were not sent as UTF-8: $out"
	printf '%s\n' "$out" | grep -qx 'exit 0' || fail "$setting: expected a clean quit: $out"
	grep -q 'locale -a' "$WORK/raw" && fail "$setting: told to fix a locale although C.UTF-8 was used"
done

# LC_ALL=C is a choice: ASCII only, as before.
out=$(run 'quiet 500\nsend q\nsend y\nexit 2000\n' \
	env LC_ALL=C TERM=xterm "$SENDGUIDE" --lang pl --content "$FIXTURE")
printf '%s\n' "$out" | grep -qx 'exit 0' || fail "LC_ALL=C: expected a clean quit: $out"
grep -q 'Czego dotyczy' "$WORK/raw" || fail "LC_ALL=C: the Polish screen was not drawn"
grep -q 'tłumaczenie' "$WORK/raw" && fail "LC_ALL=C: UTF-8 sent to a terminal in a C locale"
pass
