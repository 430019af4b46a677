#!/bin/sh
# tty_signals_tmux.sh: in tmux, a signal that ends the full-screen view leaves the normal screen and a sane terminal (stty -a: echo, icanon); an ignored one changes nothing.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

# The guide's process: the child of the pane's shell.
guide_pid() { ps -o pid= --ppid "$(tm display -p '#{pane_pid}')" | tr -d ' ' | head -n 1; }

for row in TERM:143 HUP:129 QUIT:131 USR1:ignored SEGV:fault; do
	sig=${row%%:*} want=${row#*:}
	tty_start 80 24 xterm --node decision
	tty_wait 'Do you want to try mediation?'
	[ "$(tm display -p '#{alternate_on}')" = 1 ] || fail "SIG$sig: the view did not use the alternate screen"
	pid=$(guide_pid)
	[ -n "$pid" ] || fail "SIG$sig: no guide process"
	kill -s "$sig" "$pid"
	if [ "$want" = ignored ]; then
		sleep 0.3
		[ -f "$WORK/status" ] && fail "SIG$sig ended the guide"
		tty_keys j
		kill -s TERM "$pid"
		want=143
	fi
	i=0
	until [ -s "$WORK/status" ]; do
		i=$((i + 1))
		[ $i -lt 100 ] || fail "SIG$sig: the guide did not end"
		sleep 0.05
	done
	status=$(cat "$WORK/status")
	case $want in
	fault) [ "$status" -ge 128 ] || [ "$status" = 1 ] || fail "SIG$sig: exit status $status" ;;
	*) [ "$status" = "$want" ] || fail "SIG$sig: exit status $status, expected $want" ;;
	esac
	[ "$(tm display -p '#{alternate_on}')" = 0 ] || fail "SIG$sig: left on the alternate screen"
	stty -a <"$(tm display -p '#{pane_tty}')" >"$WORK/stty" || fail "SIG$sig: stty failed"
	grep -q '[^-]echo ' "$WORK/stty" || grep -q '^echo ' "$WORK/stty" || fail "SIG$sig: no echo: $(cat "$WORK/stty")"
	grep -q '[^-]icanon' "$WORK/stty" || fail "SIG$sig: no icanon: $(cat "$WORK/stty")"
	[ "$(tm display -p '#{cursor_flag}')" = 1 ] || fail "SIG$sig: the cursor was left hidden"
done
pass
