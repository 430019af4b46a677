# tty_fallback.sh: TERM=dumb and an unknown TERM get the plain view; a kiosk without content says "out of order".
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

no_escapes() {
	if grep -q "$(printf '\033')" "$WORK/raw"; then
		fail "$1: escape sequences were written"
	fi
}

# dumb: the plain view, which never sends an escape sequence.
out=$(run "wait What is your disagreement about?\nsleep 200\nalive\nhangup\nexit 2000\n" \
	env TERM=dumb "$SENDGUIDE" --content "$FIXTURE")
printf '%s\n' "$out" | grep -x -q alive || fail "TERM=dumb: the plain view should wait for input: $out"
grep -q 'A decision the council made about a plan' "$WORK/raw" || fail "TERM=dumb: the choices were not listed"
no_escapes "TERM=dumb"

# A terminal type this system does not know (PuTTY's own, without
# ncurses-term): the plain view instead of an exit.
TERM=putty-unknown-to-sendguide-tests
out=$(run "wait What is your disagreement about?\nsleep 200\nalive\nhangup\nexit 2000\n" \
	env TERM=$TERM "$SENDGUIDE" --content "$FIXTURE")
printf '%s\n' "$out" | grep -x -q alive || fail "unknown TERM: the plain view should wait for input: $out"
grep -q 'A decision the council made about a plan' "$WORK/raw" || fail "unknown TERM: the choices were not listed"
no_escapes "unknown TERM"

# A kiosk whose content cannot be loaded: a calm screen that keys do not
# dismiss, until the service manager stops it.
mkdir "$WORK/empty"
out=$(run "wait out of order\nsend q\nsend \\\\r\nsleep 300\nalive\nsignal TERM\nexit 1000\n" \
	env TERM=xterm "$SENDGUIDE" --kiosk --content "$WORK/empty")
printf '%s\n' "$out" | grep -x -q alive || fail "out of order: keys should not end it: $out"
printf '%s\n' "$out" | grep -x -q 'exit 65' || fail "out of order: SIGTERM should end it with status 65: $out"
grep -q 'Please ask a member of staff.' "$WORK/raw" || fail "out of order: the message was not shown"
pass
