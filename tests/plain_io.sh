#!/bin/sh
# plain_io.sh: the plain view through pipes: end of input, closed output, odd input, options.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
MINI="$TOP_SRCDIR/tests/fixtures/mini"
run() { "$SENDGUIDE" --plain --lang=en --content "$MINI" "$@"; }

# End of input at once: the first screen, the prompt, a goodbye, status 0.
run </dev/null >"$WORK/eof.out" 2>"$WORK/eof.err"; rc=$?
[ "$rc" -eq 0 ] || fail "EOF: exit status $rc"
head -1 "$WORK/eof.out" | grep -qx 'What is your disagreement about?' || fail "EOF: no first screen"
tail -1 "$WORK/eof.out" | grep -qx 'Goodbye.' || fail "EOF: no goodbye"
[ -s "$WORK/eof.err" ] && fail "EOF: wrote to stderr"
# Each screen is printed once: the title appears exactly once.
[ "$(grep -c 'What is your disagreement about?' "$WORK/eof.out")" -eq 1 ] || fail "screen printed twice"

# A closed output pipe ends the program quietly with EXIT_IO (74), not a hang
# or a crash. The input never ends, so only the write error can stop it.
( yes r | run 2>"$WORK/pipe.err"; echo $? >"$WORK/pipe.rc" ) | head -1 >"$WORK/pipe.out"
[ "$(cat "$WORK/pipe.rc")" = 74 ] || fail "closed pipe: exit status $(cat "$WORK/pipe.rc"), expected 74"
[ -s "$WORK/pipe.err" ] && fail "closed pipe: not quiet: $(cat "$WORK/pipe.err")"
grep -qx 'What is your disagreement about?' "$WORK/pipe.out" || fail "closed pipe: first line wrong"

# TERM=dumb, output to a pipe, no --plain: still the plain view.
printf '1\nq\n' | TERM=dumb "$SENDGUIDE" --lang=en --content "$MINI" 2>&1 | cat >"$WORK/dumb.out"
grep -qx 'Do you want to try mediation?' "$WORK/dumb.out" || fail "TERM=dumb: no second screen"
grep -qx 'Goodbye.' "$WORK/dumb.out" || fail "TERM=dumb: no goodbye after q"

# --node starts elsewhere; --area chooses the council before the first screen.
# Its sources come when asked (w), with their dates.
printf 'w\nb\n' | run --node=outcome-mediation --area=ashford-vale >"$WORK/node.out" 2>&1 \
	|| fail "--node: exit status $?"
head -1 "$WORK/node.out" | grep -qx 'Ask for mediation within 2 months' || fail "--node: wrong first screen"
grep -qx 'Contacts for Ashford Vale' "$WORK/node.out" || fail "--area: no contacts"
grep -qx '  Phone: 01632 960000' "$WORK/node.out" || fail "--area: no phone number"
grep -A1 -xF '  Source: Test source, "Mediation & appeals"; read 1 November 2026, the' "$WORK/node.out" \
	| grep -qxF '  page gives no date' || fail "--area: no source date"
# Only the services the screen asks for: the SENDIASS gives information only.
grep -q 'Example SENDIASS' "$WORK/node.out" && fail "--area: provider of another service listed"
grep -q 'nothing to go back to' "$WORK/node.out" || fail "--node: back went somewhere"

# Hostile input: escape sequences, C1 controls, bidi overrides, NUL and a
# huge line are never echoed raw, and nothing else printed has them either.
{
	printf 'f \033[31mred\033]0;title\007\n'
	printf 'a \302\233\342\200\256evil\n'
	printf '\nx\000y\n'
	head -c 200000 /dev/zero | tr '\0' 'A'; printf '\n'
	printf 'h\nl\n\nr\n3\na ashford\n'
} | run >"$WORK/hostile.out" 2>&1 || fail "hostile input: exit status $?"
if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$WORK/hostile.out"; then
	od -c "$WORK/hostile.out" | grep -m3 '\\033\|\\007\|\\0' >&2
	fail "a control character reached the output"
fi
LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$WORK/hostile.out" && fail "a C1 control reached the output"
LC_ALL=C grep -q "$(printf '\342\200[\252-\256]')" "$WORK/hostile.out" && fail "a bidi override reached the output"
LC_ALL=C tr -d '\n' <"$WORK/hostile.out" | od -An -tx1 | grep -q ' 00' && fail "a NUL reached the output"
grep -q 'That line is too long' "$WORK/hostile.out" || fail "a 200 kB line was not refused"
grep -q '^> f ?\[31mred?\]0;title?$' "$WORK/hostile.out" || fail "escape sequence not shown as ?: $(grep '^> f' "$WORK/hostile.out")"
grep -q 'Contacts for Ashford Vale' "$WORK/hostile.out" || fail "commands stopped working after hostile input"

# Switching language keeps the place, and an unreviewed translation says so
# once (in its own words) while a reviewed one does not. Whether Polish is
# reviewed is read from its catalogue, so this holds as translators work.
note=$(TEXTDOMAINDIR="$TOP_BUILDDIR/i18n/locale" LANGUAGE=pl gettext -d sendguide \
	"This translation has not been reviewed yet. The English version is the one to rely on.")
printf '1\nl\n2\nl en\n' | COLUMNS=1000 run >"$WORK/lang.out" 2>&1 || fail "language: exit status $?"
# The first screen, then three showings (English, Polish, English) and the
# list of languages each start a numbered list; the title may be translated,
# so only the English showings are counted by name.
[ "$(grep -c '^1\. ' "$WORK/lang.out")" -eq 5 ] \
	|| fail "language: the screen was not shown again in each language"
[ "$(grep -c '^Do you want to try mediation?$' "$WORK/lang.out")" -eq 2 ] \
	|| fail "language: not back on the same screen in English"
if grep -q '^"X-Sendguide-Reviewed: yes' "$TOP_SRCDIR/i18n/content/pl.po"; then
	grep -qF "$note" "$WORK/lang.out" && fail "language: note shown for a reviewed translation"
else
	[ "$(grep -cF "$note" "$WORK/lang.out")" -eq 1 ] || fail "language: no single note for an unreviewed translation"
fi
grep -q 'Polski (pl)' "$WORK/lang.out" || fail "language: list without native names"

# COLUMNS narrows the text (a 40-cell braille display); nothing but the
# unwrapped prompt and phone, e-mail and web lines is wider.
printf '3\na ashford vale\n' | COLUMNS=40 run >"$WORK/narrow.out" 2>&1
awk 'length($0) > 40 && !/^Choose|^Type|^  (Phone|E-mail|Web): / { print; bad = 1 } END { exit bad }' \
	"$WORK/narrow.out" >&2 || fail "COLUMNS=40: lines wider than 40"
grep -qx -e '- You can start again at any time, and' "$WORK/narrow.out" || fail "COLUMNS=40 ignored"

# Kiosk: input from a pipe or a file is refused at once, with status 66 and
# nothing on the output (tests/plain_kiosk.sh runs a kiosk on a terminal).
printf 'q\n1\n' | run --kiosk >"$WORK/kiosk.out" 2>"$WORK/kiosk.err"
rc=$?
[ $rc -eq 66 ] || fail "kiosk from a pipe: exit status $rc, expected 66"
grep -qx 'sendguide: a kiosk needs a terminal, but its input is not one' "$WORK/kiosk.err" ||
	fail "kiosk from a pipe: no clear message: $(cat "$WORK/kiosk.err")"
[ -s "$WORK/kiosk.out" ] && fail "kiosk from a pipe: it wrote a screen before refusing"
printf '1\n' >"$WORK/typed"
run --kiosk <"$WORK/typed" >/dev/null 2>&1
[ $? -eq 66 ] || fail "kiosk from a file: not refused"
pass
