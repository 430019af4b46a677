# tty_signals.sh: hangup, SIGTERM and SIGINT end the guide at once with the terminal restored; idle sends nothing.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
command -v tput >/dev/null 2>&1 || skip "tput is not installed"
rmcup=$(TERM=xterm tput rmcup)
[ -n "$rmcup" ] || skip "xterm has no rmcup here"

# The terminal is given back: the last bytes written leave the alternate
# screen and switch the mouse off again.
restored() {
	tail -c 200 "$WORK/raw" > "$WORK/tail"
	grep -F -q -- "$rmcup" "$WORK/tail" || fail "$1: the alternate screen was not left at exit"
	grep -q -- '1000l' "$WORK/tail" || fail "$1: mouse reporting was not switched off at exit"
}

for sig in HUP:129 TERM:143 INT:130; do
	name=${sig%%:*}
	want=${sig#*:}
	out=$(run "wait Do you want to try mediation?\nsignal $name\nexit 1000\n" \
		env TERM=xterm "$SENDGUIDE" --content "$FIXTURE" --node decision) ||
		fail "SIG$name: the guide did not end within a second ($out)"
	[ "$out" = "exit $want" ] || fail "SIG$name: expected 'exit $want', got '$out'"
	restored "SIG$name"
done

# A dropped link: the terminal closes under the guide.
out=$(run "wait Do you want to try mediation?\nhangup\nexit 1000\n" \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE" --node decision) ||
	fail "hangup: the guide did not end within a second ($out)"

# Even with SIGHUP ignored (nohup), a dead terminal ends the guide instead
# of a loop spinning on failed reads.
out=$(run "wait Do you want to try mediation?\nhangup\nexit 1000\n" \
	sh -c 'trap "" HUP; TERM=xterm exec "$0" --content "$1" --node decision' \
	"$SENDGUIDE" "$FIXTURE") ||
	fail "hangup with SIGHUP ignored: the guide did not end within a second ($out)"

# Idle means silent: no clock, no spinner, no bytes.
out=$(run "wait Do you want to try mediation?\nquiet 300\nmark before\nsleep 1000\nmark idle\nsend q\nsend y\nexit 1000\n" \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE" --node decision)
printf '%s\n' "$out" | grep -x -q 'idle 0' || fail "an idle guide wrote to the terminal: $out"
printf '%s\n' "$out" | grep -x -q 'exit 0' || fail "q y should end with status 0: $out"
restored "quit"
pass
