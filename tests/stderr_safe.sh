#!/bin/sh
# stderr_safe.sh: whatever the guide writes to standard error passes the text-safety rule: values of --area, --node, --lang, --today, --config, --content, unknown options, and file names in a local content folder's diagnostics.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS

# A value carrying what a terminal acts on: ESC (a colour, a window title),
# BEL, a C1 CSI, a right-to-left override, a zero-width space, a byte that
# is not UTF-8.
bad=$(printf 'x\033[31mred\033]0;owned\007\302\233c\342\200\256ltr\342\200\213\377y')

# clean FILE WHAT: FILE (standard error) has text, and nothing a terminal
# would act on: no control character but newline, no C1 control, no
# direction control, no invisible character, valid UTF-8.
clean() {
	[ -s "$1" ] || fail "$2: nothing on standard error"
	if LC_ALL=C tr -d '\n' <"$1" | LC_ALL=C grep -q '[[:cntrl:]]'; then
		od -c "$1" | head -n 20 >&2
		fail "$2: a control character reached standard error"
	fi
	for c in '\302[\200-\237]' '\342\200[\216\217\252-\256\213]' '\342\201[\246-\251]'; do
		if LC_ALL=C grep -q "$(printf "$c")" "$1"; then
			od -c "$1" | head -n 20 >&2
			fail "$2: a C1, direction or invisible character reached standard error"
		fi
	done
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || { od -c "$1" | head >&2; fail "$2: standard error is not UTF-8"; }
	# The value is still recognisable: the safe parts are kept.
	grep -q 'red' "$1" || fail "$2: the value was not shown at all: $(cat "$1")"
}

n=0
for args in "--area=$bad" "--node=$bad" "--lang=$bad" "--today=$bad" "--config=$WORK/$bad" \
	"--content=$WORK/$bad" "--export=$bad" "--idle=$bad" "--$bad" "$bad"; do
	n=$((n + 1))
	printf '' | timeout 10 "$SENDGUIDE" --plain "$args" >"$WORK/out.$n" 2>"$WORK/err.$n"
	[ $? -ne 0 ] || fail "'$args' was accepted"
	clean "$WORK/err.$n" "$(printf '%s' "$args" | cut -c1-8)..."
done
# The same value in --check's folder operand.
"$SENDGUIDE" --check "$WORK/$bad" >"$WORK/check.out" 2>"$WORK/check.err"
cat "$WORK/check.err" >>"$WORK/check.out"
clean "$WORK/check.out" "--check FOLDER"

# A local content folder holding a file whose name carries the same bytes,
# with an error in it: the diagnostics on standard error name it safely.
mkdir "$WORK/conf" "$WORK/conf/local" && chmod 755 "$WORK/conf" "$WORK/conf/local" || exit 99
printf 'screens:\n  - id: [unclosed\n' >"$WORK/conf/local/$bad.yaml" && chmod 644 "$WORK/conf/local/$bad.yaml" || exit 99
printf 'content = %s\n' "$WORK/conf/local" >"$WORK/conf/kiosk.conf" && chmod 600 "$WORK/conf/kiosk.conf" || exit 99
printf '' | timeout 20 "$SENDGUIDE" --plain --config "$WORK/conf/kiosk.conf" >"$WORK/out" 2>"$WORK/err" ||
	fail "the guide did not fall back to the packaged one: $(cat "$WORK/err")"
grep -q 'is not used; the packaged guide is used instead' "$WORK/err" || fail "no fallback said: $(cat "$WORK/err")"
grep -q '\.yaml:' "$WORK/err" || fail "the bad file was not named: $(cat "$WORK/err")"
clean "$WORK/err" "a local content file's name"
pass
