#!/bin/sh
# signals.sh: every signal whose default ends a program, sent to each view: it ends with the terminal given back, or is ignored.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
command -v tput >/dev/null 2>&1 || skip "tput is not installed"
rmcup=$(TERM=xterm tput rmcup)
[ -n "$rmcup" ] || skip "xterm has no rmcup here"
MINI=$TOP_SRCDIR/tests/fixtures/mini

# VIEW SIGNAL WHAT: what each does (signals.h, and SIGNALS in the manual).
#   end N     the guide ends with status N and the terminal restored
#   ignored   the guide carries on (SIGTERM then ends it)
#   fault N   the guide gives the terminal back and dies by signal N
# full: the full-screen view; kiosk: its kiosk; plain, pkiosk: the same in
# the plain view, on a terminal.
table='
full HUP end 129
full INT end 130
full QUIT end 131
full TERM end 143
full XCPU end 152
full PWR end 158
full USR1 ignored
full USR2 ignored
full PIPE ignored
full ALRM ignored
full VTALRM ignored
full PROF ignored
full XFSZ ignored
full IO ignored
full STKFLT ignored
full RTMIN+1 ignored
full SEGV fault 11
full ABRT fault 6
full BUS fault 7
full FPE fault 8
full ILL fault 4
full TRAP fault 5
full SYS fault 31
kiosk INT ignored
kiosk QUIT ignored
kiosk USR1 ignored
kiosk HUP end 129
kiosk TERM end 143
kiosk SEGV fault 11
plain HUP end 129
plain INT end 130
plain QUIT end 131
plain TERM end 143
plain XCPU end 152
plain USR1 ignored
plain USR2 ignored
plain PIPE ignored
plain ALRM ignored
plain XFSZ ignored
plain RTMIN+1 ignored
plain SEGV fault 11
plain ABRT fault 6
pkiosk INT ignored
pkiosk USR1 ignored
pkiosk TERM end 143
pkiosk SEGV fault 11
'

n=0
printf '%s\n' "$table" | while read -r view sig what status; do
	[ -n "$view" ] || continue
	case $view in
	full) set -- env TERM=xterm "$SENDGUIDE" --content "$FIXTURE" --node decision; ready='Do you want to try mediation?' ;;
	kiosk) set -- env TERM=xterm "$SENDGUIDE" --kiosk --content "$FIXTURE" --node decision; ready='Do you want to try mediation?' ;;
	plain) set -- env TERM=xterm "$SENDGUIDE" --plain --content "$MINI"; ready='Choose 1 to 4' ;;
	pkiosk) set -- env TERM=xterm "$SENDGUIDE" --plain --kiosk --content "$MINI"; ready='Choose 1 to 4' ;;
	esac
	if [ "$what" = ignored ]; then
		script="wait $ready\nsignal $sig\nsleep 300\nalive\nsignal TERM\nexit 2000\ntermios\n"
		status=143
	else
		script="wait $ready\nsignal $sig\nexit 2000\ntermios\n"
	fi
	out=$(run "$script" "$@" | tr '\n' ' ')
	id="$view SIG$sig"
	case $what in
	ignored)
		case $out in "alive "*) ;; *) fail "$id should be ignored: $out" ;; esac ;;
	fault)
		# Under AddressSanitizer its report ends the program with status 1.
		case $out in *"killed-by $status "*|*"exit 1 "*) ;; *) fail "$id: $out" ;; esac ;;
	esac
	case $what in
	fault) ;;
	*) case $out in *"exit $status "*) ;; *) fail "$id: expected exit $status: $out" ;; esac ;;
	esac
	# The terminal is given back: echo and line editing (and, for a plain
	# kiosk, flow control) as they were.
	case $out in *"termios echo icanon ixon "*) ;; *) fail "$id: the terminal was not restored: $out" ;; esac
	case $view in
	full|kiosk)
		# (A fault's report under AddressSanitizer comes after it.)
		if [ "$what" = fault ]; then cp "$WORK/raw" "$WORK/tail"; else tail -c 200 "$WORK/raw" >"$WORK/tail"; fi
		grep -F -q -- "$rmcup" "$WORK/tail" || fail "$id: the alternate screen was not left"
		;;
	esac
	# A guide that ends says why, on its error output.
	if [ "$what" = end ] || [ "$what" = ignored ]; then
		tr -d '\r' <"$WORK/raw" | grep -q 'sendguide: stopped: ' || fail "$id: no message saying why it stopped"
	fi
	n=$((n + 1))
	echo "ok: $id: $what $out" >&2
done || exit 1

# The plain view through pipes (a FIFO held open: input that never ends):
# the same statuses, the reason on its error output, nothing on its output.
mkfifo "$WORK/in" || exit 99
exec 3<>"$WORK/in"
for row in TERM:143 HUP:129 XCPU:152 USR1:ignored ALRM:ignored PIPE:ignored; do
	sig=${row%%:*} want=${row#*:}
	# The last guide's output must not pass for this one's: the shell may
	# look before the new guide has even opened the file.
	rm -f "$WORK/out" "$WORK/err"
	"$SENDGUIDE" --plain --content "$MINI" <"$WORK/in" >"$WORK/out" 2>"$WORK/err" &
	pid=$!
	i=0
	until grep -q 'Choose 1 to 4' "$WORK/out" 2>/dev/null; do
		i=$((i + 1))
		[ $i -lt 100 ] || { kill $pid; fail "pipe: the guide did not start"; }
		sleep 0.05
	done
	kill -s "$sig" $pid
	if [ "$want" = ignored ]; then
		sleep 0.3
		kill -0 $pid 2>/dev/null || fail "pipe SIG$sig: the guide ended"
		kill -s TERM $pid
		want=143
	fi
	wait $pid
	rc=$?
	[ $rc -eq "$want" ] || fail "pipe SIG$sig: exit status $rc, expected $want"
	grep -q '^sendguide: stopped: ' "$WORK/err" || fail "pipe SIG$sig: no reason given: $(cat "$WORK/err")"
	grep -q 'stopped' "$WORK/out" && fail "pipe SIG$sig: the reason went to the output"
done
exec 3>&-
pass
