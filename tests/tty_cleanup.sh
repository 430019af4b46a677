#!/bin/sh
# tty_cleanup.sh: a tmux test leaves nothing running, whether it fails, is killed, or started its servers in a subshell: no tmux server, no guide.
. "$TOP_SRCDIR/tests/lib.sh"
command -v tmux >/dev/null 2>&1 || skip "tmux is not installed"

# A test that starts one server in its own shell and one in a "| while"
# subshell, each running a guide that ignores SIGHUP, then fails, or
# waits to be killed.
cat >"$WORK/inner.sh" <<'EOS'
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
printf '#!/bin/sh\ntrap "" HUP\nexec "%s" "$@"\n' "$SENDGUIDE" >"$WORK/hupless" && chmod +x "$WORK/hupless"
SENDGUIDE=$WORK/hupless
tty_start 80 24 xterm
tty_wait_line ' > 1. A decision the council made about a plan'
printf 'x\n' | while read -r x; do
	tty_start 80 24 xterm --node long
	tty_wait_line ' The long explanation of mediation'
done
if [ "${1:-}" = term ]; then
	echo ready >"$OUTER/ready"
	sleep 60 &
	wait $!
fi
fail "failing on purpose"
EOS

# left INNER-PID WHAT: nothing of that test runs any more (its servers'
# sockets and its guides' run scripts carry its pid and folder).
left() {
	i=0
	while [ $i -lt 50 ]; do
		pgrep -f "sendguide-$1-" >/dev/null 2>&1 || pgrep -f "$2" >/dev/null 2>&1 || return 0
		sleep 0.1
		i=$((i + 1))
	done
	ps -ef | grep -e "sendguide-$1-" -e "$2" | grep -v grep >&2
	fail "$3: processes were left running"
}

# 1. It fails.
OUTER=$WORK TMPDIR=$WORK sh "$WORK/inner.sh" >"$WORK/inner.out" 2>&1 &
inner=$!
wait $inner
rc=$?
[ $rc -eq 1 ] || fail "the failing test ended with $rc: $(cat "$WORK/inner.out")"
grep -q 'failing on purpose' "$WORK/inner.out" || fail "the test did not get to its end: $(cat "$WORK/inner.out")"
left "$inner" "$WORK/sendguide-test" "a failing test"

# 2. It is killed (SIGTERM) while its guides run.
rm -f "$WORK/ready"
OUTER=$WORK TMPDIR=$WORK sh "$WORK/inner.sh" term >"$WORK/inner.out" 2>&1 &
inner=$!
i=0
while [ ! -f "$WORK/ready" ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
[ -f "$WORK/ready" ] || { kill "$inner"; fail "the test never got ready: $(cat "$WORK/inner.out")"; }
pgrep -f "sendguide-$inner-" >/dev/null || fail "no tmux server seen while the test ran"
kill -TERM "$inner"
wait "$inner"
left "$inner" "$WORK/sendguide-test" "a killed test"
pass
