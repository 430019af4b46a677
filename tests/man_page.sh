#!/bin/sh
# man_page.sh: sendguide.1 passes mandoc's lint, has its EXAMPLES, names every option main.c has, and gives --idle the range the program and the configuration file accept.
. "$TOP_SRCDIR/tests/lib.sh"
man="$TOP_SRCDIR/sendguide.1"
if command -v mandoc >/dev/null 2>&1; then
	mandoc -T lint -W all "$man" >"$WORK/lint" 2>&1 || fail "mandoc -T lint: $(head -5 "$WORK/lint")"
	[ ! -s "$WORK/lint" ] || fail "mandoc -T lint: $(head -5 "$WORK/lint")"
	mandoc -T utf8 "$man" | col -b >"$WORK/man.txt"
	grep -q '^EXAMPLES$' "$WORK/man.txt" || fail "no EXAMPLES section"
fi
grep -q '^\.SH EXAMPLES$' "$man" || fail "no EXAMPLES section"
# Every long option of main.c is in the manual.
sed -n '/long_options\[\] = {/,/^};/p' "$TOP_SRCDIR/tui/main.c" | grep -o '{ "[a-z-]*"' | sed 's/{ "//; s/"//' >"$WORK/options"
[ "$(wc -l <"$WORK/options")" -ge 10 ] || fail "cannot read main.c's options"
while read -r opt; do
	grep -q "\\\\-\\\\-$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" "$man" || fail "--$opt is not in the manual"
done <"$WORK/options"
# The plain view's commands as they work now.
for cmd in 'where from' 'start again' 'your answers'; do
	grep -q "\"$cmd\"" "$man" || fail "the manual does not describe \"$cmd\""
done
# Every key of the full-screen key line (curses_draw.c's screen_hints) is in
# the manual's FULL-SCREEN KEYS and in the README; so is every plain-view
# command letter (plain.c's commands).
sed -n '/^static const struct cv_hint screen_hints\[\] = {/,/^};/p' "$TOP_SRCDIR/tui/curses/curses_draw.c" |
	grep -o '^	{ "[^"]*"' | sed 's/^	{ "//; s/"$//' >"$WORK/keys"
[ "$(wc -l <"$WORK/keys")" -ge 8 ] || fail "cannot read the key line's keys"
sed -n '/^\.SH FULL-SCREEN KEYS/,/^\.SH PLAIN-VIEW/p' "$man" >"$WORK/keys.man"
while read -r key; do
	[ "$key" = Enter ] && continue
	awk -v k="$key" '/^\.BR? / { for (i = 2; i <= NF; i++) { f = $i; gsub(/[",]/, "", f); if (f == k) found = 1 } }
		END { exit !found }' "$WORK/keys.man" || fail "key $key is not in the manual's FULL-SCREEN KEYS"
	case $key in
	[a-z]) grep -q "\b$key\b" "$TOP_SRCDIR/README.md" ;;
	*) grep -q -F -- "$key" "$TOP_SRCDIR/README.md" ;;
	esac || fail "key $key is not in README.md"
done <"$WORK/keys"
sed -n '/^static const struct command commands\[\] = {/,/^};/p' "$TOP_SRCDIR/tui/plain/plain.c" |
	grep -o '{ CMD_[A-Z]*, N_("[^"]*")' | sed 's/.*N_("//; s/")$//' >"$WORK/letters"
[ "$(wc -l <"$WORK/letters")" -ge 10 ] || fail "cannot read the plain view's commands"
sed -n '/^\.SH PLAIN-VIEW COMMANDS/,/^\.SH KIOSK/p' "$man" >"$WORK/cmds.man"
while read -r letter; do
	grep -q "^\.BR $letter \"" "$WORK/cmds.man" || fail "command $letter is not in the manual's PLAIN-VIEW COMMANDS"
done <"$WORK/letters"
# One range for --idle and the configuration file's idle: 1 to 86400.
[ "$(grep -c '1 to 86400' "$man")" -ge 2 ] || fail "the manual gives --idle and idle different ranges"
# idle OPTION: sendguide's exit status with OPTION in plain mode on empty input.
idle() {
	"$SENDGUIDE" "$1" --plain --content "$TOP_SRCDIR/tests/fixtures/mini" </dev/null >/dev/null 2>&1
	echo $?
}
[ "$(idle --idle=0)" -eq 2 ] || fail "--idle=0 accepted"
[ "$(idle --idle=86401)" -eq 2 ] || fail "--idle=86401 accepted"
[ "$(idle --idle=1)" -eq 0 ] || fail "--idle=1 refused"
[ "$(idle --idle=86400)" -eq 0 ] || fail "--idle=86400 refused"
printf 'idle = 1\n' >"$WORK/one.conf"
chmod 600 "$WORK/one.conf"
"$SENDGUIDE" --config="$WORK/one.conf" --plain --content "$TOP_SRCDIR/tests/fixtures/mini" </dev/null >/dev/null 2>&1 \
	|| fail "idle = 1 refused in the file"
printf 'idle = 86401\n' >"$WORK/big.conf"
chmod 600 "$WORK/big.conf"
"$SENDGUIDE" --config="$WORK/big.conf" --plain --content "$TOP_SRCDIR/tests/fixtures/mini" </dev/null >/dev/null 2>&1
[ $? -eq 2 ] || fail "idle = 86401 accepted in the file"
pass
