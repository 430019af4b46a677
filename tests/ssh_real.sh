#!/bin/sh
# ssh_real.sh: a real sshd with contrib's Match block: every login runs only the guide, nothing gets through, a dropped link ends it.
#
# Needs root (it creates a throwaway account) and openssh-server; skips
# otherwise. The server listens on 127.0.0.1 only, on a free port, with a
# host key made for the run. Its main configuration is as permissive as
# Debian's (X11 forwarding, sftp, any client variable accepted), so what is
# refused below is refused by contrib/sshd_config.d/sendguide.conf, copied
# with two changes: the test account's name, and the built guide in place
# of /usr/bin/sendguide. Then a second sshd, the same with UsePAM yes, applies
# contrib/limits.d/sendguide.conf through pam_limits to a 3000x3000 session.
# Everything made is undone on exit, whatever happens.
. "$TOP_SRCDIR/tests/lib.sh"

contrib="$TOP_SRCDIR/contrib/sshd_config.d/sendguide.conf"
sshd=$(command -v sshd 2>/dev/null || { [ -x /usr/sbin/sshd ] && echo /usr/sbin/sshd; })
[ -n "$sshd" ] || skip "sshd is not installed (Debian: apt-get install openssh-server)"
for tool in ssh ssh-keygen ssh-agent sftp scp; do
	command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (Debian: openssh-client)"
done
[ "$(id -u)" = 0 ] || skip "not root: the test creates a throwaway account"
for tool in useradd userdel setpriv timeout bash; do
	command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done

user="sgssh$$"
keys=/etc/ssh/authorized_keys
made_user= made_keys_dir= made_run_dir= made_limits= pids=

cleanup() {
	for pid in $pids; do kill -9 "$pid" 2>/dev/null; done
	[ -f "$WORK/sshd.pid" ] && kill "$(cat "$WORK/sshd.pid")" 2>/dev/null
	[ -f "$WORK/sshd-pam.pid" ] && kill "$(cat "$WORK/sshd-pam.pid")" 2>/dev/null
	[ -n "$made_limits" ] && rm -f "$made_limits"
	if [ -n "$made_user" ]; then
		# Whatever the account still runs was started by this test.
		for pid in $(pgrep -u "$user" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
		sleep 0.2
		userdel "$user" 2>/dev/null || userdel -f "$user" 2>/dev/null
	fi
	rm -f "$keys/$user"
	[ -n "$made_keys_dir" ] && rmdir "$keys" 2>/dev/null
	[ -n "$made_run_dir" ] && rmdir /run/sshd 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# A port nobody listens on: tried by connecting to it.
listening() { bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
free_port() {
	while :; do
		p=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
		listening "$p" || { echo "$p"; return; }
	done
}
# What a TCP server at 127.0.0.1:PORT says first, after sending STDIN-BYTES.
first_words() {  # first_words PORT [PRINTF-FORMAT]
	timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/$1 || exit 1
		[ -z "$2" ] || printf "$2" >&3
		timeout 3 dd bs=200 count=1 <&3 2>/dev/null' sh "$1" "${2:-}" 2>/dev/null | tr -d '\000'
}
# Waits up to 5 seconds for TEXT to appear in FILE.
waitfor() {  # waitfor TEXT FILE
	i=0
	while [ $i -lt 50 ]; do
		grep -q "$1" "$2" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# Waits up to 10 seconds for a guide run by the test account; prints its pid.
guide_pid() {
	i=0
	while [ $i -lt 100 ]; do
		pid=$(pgrep -u "$user" -x sendguide | head -n 1)
		[ -n "$pid" ] && { echo "$pid"; return 0; }
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# Whether process PID is gone or has ended (a zombie its parent has not
# collected yet runs nothing).
ended() {
	[ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" != Z ] || return 0
	! kill -0 "$1" 2>/dev/null
}
# Waits until the account runs nothing (up to 5 seconds).
account_idle() {
	i=0
	while [ $i -lt 50 ]; do
		ps -o stat= -u "$user" | grep -qv '^Z' || return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# The account, as contrib/sendguide.sysusers makes it: home /, a real shell.
# Its password is "*" (no password at all) rather than locked, because this
# server runs without PAM, and sshd without PAM refuses locked accounts.
useradd -M -d / -s /bin/sh -p '*' "$user" || fail "useradd $user"
made_user=1
setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups \
	sh -c 'test -x "$1" && test -r "$2/00-settings.yaml" || test -r "$2"' sh "$SENDGUIDE" "$TOP_SRCDIR/content" ||
	skip "the build cannot be run by another user here (a private folder above $SENDGUIDE or $TOP_SRCDIR)"

# Keys where contrib puts them: root's file, not the account's.
ssh-keygen -q -t ed25519 -N '' -C "test adviser" -f "$WORK/adviser" || exit 99
if [ ! -d "$keys" ]; then
	mkdir -m 0755 "$keys" || exit 99
	made_keys_dir=1
fi
install -m 0644 -o root -g root "$WORK/adviser.pub" "$keys/$user" || exit 99
if [ ! -d /run/sshd ]; then
	mkdir -m 0755 /run/sshd || exit 99   # sshd's privilege separation folder
	made_run_dir=1
fi

# The built guide with the source tree's content: no install needed. Paths
# are quoted for the account's shell, which runs ForceCommand.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
guide="$(quote "$SENDGUIDE") --content $(quote "$TOP_SRCDIR/content")"
sed -e "s|^Match User sendguide\$|Match User $user|" \
    -e "s|^\([[:space:]]*ForceCommand exec\) /usr/bin/sendguide\$|\1 $guide|" "$contrib" >"$WORK/match.conf"
grep -qx "Match User $user" "$WORK/match.conf" && grep -qF "ForceCommand exec $guide" "$WORK/match.conf" ||
	fail "contrib's Match block no longer has 'Match User sendguide' and 'ForceCommand exec /usr/bin/sendguide'"

ssh-keygen -q -t ed25519 -N '' -f "$WORK/hostkey" || exit 99
tries=0
while :; do
	port=$(free_port)
	cat >"$WORK/sshd_config" <<-EOF
	Port $port
	ListenAddress 127.0.0.1
	HostKey $WORK/hostkey
	PidFile $WORK/sshd.pid
	UsePAM no
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	StrictModes yes
	LogLevel VERBOSE
	# As permissive as a stock server, or more: the Match block must refuse.
	X11Forwarding yes
	AllowTcpForwarding yes
	AllowAgentForwarding yes
	AcceptEnv *
	Subsystem sftp internal-sftp
	Include $WORK/match.conf
	EOF
	"$sshd" -t -f "$WORK/sshd_config" 2>"$WORK/sshd.err" || fail "sshd -t: $(cat "$WORK/sshd.err")"
	"$sshd" -D -f "$WORK/sshd_config" -E "$WORK/sshd.log" &
	sshd_pid=$!
	pids="$pids $sshd_pid"
	i=0
	while [ $i -lt 50 ] && kill -0 "$sshd_pid" 2>/dev/null && ! listening "$port"; do
		sleep 0.1
		i=$((i + 1))
	done
	listening "$port" && break
	kill "$sshd_pid" 2>/dev/null
	tries=$((tries + 1))
	[ $tries -lt 5 ] || fail "sshd would not start: $(cat "$WORK/sshd.log")"
done

printf '[127.0.0.1]:%s %s\n' "$port" "$(cat "$WORK/hostkey.pub")" >"$WORK/known_hosts"
# No user or system client configuration, only these options and the key.
ssh_opts="-F /dev/null -o IdentitiesOnly=yes -i $WORK/adviser -o BatchMode=yes \
-o UserKnownHostsFile=$WORK/known_hosts -o StrictHostKeyChecking=yes -o ConnectTimeout=10"
sssh() { timeout 30 ssh $ssh_opts -p "$port" "$@"; }
dest="$user@127.0.0.1"

# What the guide says in the plain view to someone who types nothing.
env -i PATH=/usr/bin:/bin HOME=/ "$SENDGUIDE" --content "$TOP_SRCDIR/content" --plain \
	</dev/null >"$WORK/plain.want" 2>&1
grep -q "Goodbye" "$WORK/plain.want" || fail "the guide's own plain view: $(cat "$WORK/plain.want")"

# --- Every login runs the guide, whatever command is asked for.
for cmd in "" "id" "/bin/sh -c 'echo SHELL-RAN'" "exec /bin/sh -i" "cat /etc/passwd" \
	"internal-sftp" "/usr/lib/openssh/sftp-server" "scp -t /tmp" "sendguide --help"; do
	sssh -T "$dest" "$cmd" </dev/null >"$WORK/out" 2>"$WORK/err"
	rc=$?
	[ "$rc" = 0 ] || fail "ssh '$cmd': status $rc: $(cat "$WORK/err")"
	cmp -s "$WORK/plain.want" "$WORK/out" ||
		fail "ssh '$cmd' did not get exactly the guide: $(diff "$WORK/plain.want" "$WORK/out" | head -n 20)"
done
grep -q "Accepted publickey for $user" "$WORK/sshd.log" ||
	fail "the key in $keys/$user was not what let the adviser in: $(tail -n 5 "$WORK/sshd.log")"

# --- No shell on a terminal either: what is typed goes to the guide.
printf 'id\necho SHELL-RAN\nq\n' | TERM=dumb sssh -tt "$dest" /bin/sh >"$WORK/out" 2>"$WORK/err"
grep -q "What is your disagreement about" "$WORK/out" || fail "ssh -tt: no guide: $(cat "$WORK/out")"
grep -q "Goodbye" "$WORK/out" || fail "ssh -tt: the guide did not take 'q': $(cat "$WORK/out")"
grep -q "uid=" "$WORK/out" && fail "ssh -tt: a shell ran 'id': $(cat "$WORK/out")"
grep -qx "SHELL-RAN" "$WORK/out" && fail "ssh -tt: a shell ran echo: $(cat "$WORK/out")"

# --- No sftp, no scp (the SFTP protocol and the old one), either way.
echo "payload" >"$WORK/payload"
target="/tmp/sendguide-ssh-test-$$"
printf 'put %s %s\n' "$WORK/payload" "$target" >"$WORK/batch"
timeout 30 sftp $ssh_opts -P "$port" -b "$WORK/batch" "$dest" >"$WORK/out" 2>&1 &&
	fail "sftp worked: $(cat "$WORK/out")"
timeout 30 scp $ssh_opts -P "$port" "$WORK/payload" "$dest:$target" >"$WORK/out" 2>&1 &&
	fail "scp (SFTP) upload worked: $(cat "$WORK/out")"
timeout 30 scp -O $ssh_opts -P "$port" "$WORK/payload" "$dest:$target" >"$WORK/out" 2>&1 &&
	fail "scp -O upload worked: $(cat "$WORK/out")"
[ -e "$target" ] && { rm -f "$target"; fail "a file reached the server: $target"; }
for proto in "" -O; do
	timeout 30 scp $proto $ssh_opts -P "$port" "$dest:/etc/hostname" "$WORK/got" >"$WORK/out" 2>&1 &&
		fail "scp $proto download worked: $(cat "$WORK/out")"
	[ -s "$WORK/got" ] && fail "scp $proto download brought back: $(cat "$WORK/got")"
done

# --- No port forwarding. The server's own port answers "SSH-2.0-..." when
# connected to directly; through a refused forward nothing answers.
first_words "$port" | grep -q "^SSH-2.0" || fail "cannot read sshd's greeting directly"
lport=$(free_port)
ssh $ssh_opts -p "$port" -N -L "$lport:127.0.0.1:$port" "$dest" 2>"$WORK/L.err" &
forwarder=$!
pids="$pids $forwarder"
i=0
while [ $i -lt 100 ] && ! listening "$lport"; do sleep 0.1; i=$((i + 1)); done
listening "$lport" || fail "ssh -L did not listen: $(cat "$WORK/L.err")"
first_words "$lport" | grep -q "SSH-2.0" && fail "ssh -L forwarded a connection"
waitfor "administratively prohibited" "$WORK/L.err" || fail "ssh -L: the server did not refuse: $(cat "$WORK/L.err")"
kill "$forwarder"

dport=$(free_port)
ssh $ssh_opts -p "$port" -N -D "$dport" "$dest" 2>"$WORK/D.err" &
forwarder=$!
pids="$pids $forwarder"
i=0
while [ $i -lt 100 ] && ! listening "$dport"; do sleep 0.1; i=$((i + 1)); done
listening "$dport" || fail "ssh -D did not listen: $(cat "$WORK/D.err")"
# A SOCKS4 request for 127.0.0.1:$port.
socks=$(printf '\\004\\001\\%03o\\%03o\\177\\000\\000\\001sg\\000' $((port / 256)) $((port % 256)))
first_words "$dport" "$socks" | grep -q "SSH-2.0" && fail "ssh -D forwarded a connection"
waitfor "administratively prohibited" "$WORK/D.err" || fail "ssh -D: the server did not refuse: $(cat "$WORK/D.err")"
kill "$forwarder"

rport=$(free_port)
sssh -N -o ExitOnForwardFailure=yes -R "$rport:127.0.0.1:$port" "$dest" 2>"$WORK/R.err" &&
	fail "ssh -R was allowed"
grep -q "remote port forwarding failed" "$WORK/R.err" || fail "ssh -R: $(cat "$WORK/R.err")"
listening "$rport" && fail "ssh -R: the server listens on $rport"
account_idle || fail "sessions left over after the forwarding checks: $(ps -o pid,stat,time,args -u "$user")"

# --- The guide's environment: no agent, no X11 display, no variable the
# client sent except LANG and LC_*. Read from the running guide itself.
eval "$(ssh-agent -s -a "$WORK/agent.sock")" >/dev/null || exit 99
pids="$pids $SSH_AGENT_PID"
mkfifo "$WORK/in1" || exit 99
sleep 60 >"$WORK/in1" &
writer=$!
pids="$pids $writer"
FOO=leak LANG=pl_PL.UTF-8 LC_TIME=C.UTF-8 DISPLAY=:57 \
	ssh $ssh_opts -p "$port" -T -A -X -o SendEnv=FOO -o SendEnv=LANG -o SendEnv=LC_TIME \
	-o SetEnv=BAR=leak "$dest" <"$WORK/in1" >"$WORK/env.out" 2>"$WORK/env.err" &
client=$!
pids="$pids $client"
gpid=$(guide_pid) || fail "no guide started: $(cat "$WORK/env.err")"
# ForceCommand's "exec": the guide itself is the session's process, with no
# shell behind it to keep running or to take the hang-up in its place.
parent=$(sed 's/.*) //' "/proc/$gpid/stat" | cut -d' ' -f2)
[ "$(cat "/proc/$parent/comm")" = sshd ] || fail "the guide runs under $(cat "/proc/$parent/cmdline" | tr '\000' ' '), not sshd"
tr '\000' '\n' <"/proc/$gpid/environ" >"$WORK/environ"
for v in FOO BAR SSH_AUTH_SOCK DISPLAY XAUTHORITY; do
	grep -q "^$v=" "$WORK/environ" && fail "the guide got $v: $(cat "$WORK/environ")"
done
grep -qx "LANG=pl_PL.UTF-8" "$WORK/environ" || fail "LANG did not reach the guide: $(cat "$WORK/environ")"
grep -qx "LC_TIME=C.UTF-8" "$WORK/environ" || fail "LC_TIME did not reach the guide: $(cat "$WORK/environ")"
find /tmp -maxdepth 2 -user "$user" -name 'ssh-*' | grep -q . && fail "an agent socket was made for the account"
waitfor "X11 forwarding request failed" "$WORK/env.err" ||
	fail "ssh -X: the server did not refuse X11 forwarding: $(cat "$WORK/env.err")"

# --- A dropped link: the client killed, the guide gone within a second.
# Plain view first (the session above), then the full-screen view on a terminal.
dropped() {  # dropped WHAT CLIENT-PID GUIDE-PID
	kill -9 "$2"
	t0=$(now_ms)
	while ! ended "$3" && [ $(($(now_ms) - t0)) -lt 1000 ]; do sleep 0.05; done
	if ! ended "$3"; then
		# How long it does take, and whether it spins meanwhile.
		s1=$(awk '{ print $14 + $15 }' "/proc/$3/stat" 2>/dev/null)
		while ! ended "$3" && [ $(($(now_ms) - t0)) -lt 10000 ]; do
			s2=$(awk '{ print $14 + $15 }' "/proc/$3/stat" 2>/dev/null)
			sleep 0.02
		done
		fail "$1: the guide still ran a second after the client was killed ($(! ended "$3" &&
			echo "and after 10 s" || echo "gone after $(($(now_ms) - t0)) ms"); CPU ticks after the first second: $((${s2:-0} - ${s1:-0})))"
	fi
	account_idle || fail "$1: the account still runs: $(ps -o pid,stat,time,args -u "$user")"
}
dropped "plain view" "$client" "$gpid"
kill "$writer" 2>/dev/null

mkfifo "$WORK/in2" || exit 99
sleep 60 >"$WORK/in2" &
writer=$!
pids="$pids $writer"
TERM=xterm ssh $ssh_opts -p "$port" -tt "$dest" <"$WORK/in2" >"$WORK/tty.out" 2>"$WORK/tty.err" &
client=$!
pids="$pids $client"
gpid=$(guide_pid) || fail "no full-screen guide started: $(cat "$WORK/tty.err")"
# Wait until it has drawn its first screen, so it sits waiting for a key.
i=0
while [ $i -lt 100 ] && ! grep -q "disagreement" "$WORK/tty.out"; do sleep 0.1; i=$((i + 1)); done
grep -q "disagreement" "$WORK/tty.out" || fail "the full-screen guide drew nothing: $(cat "$WORK/tty.err")"
grep -q "$(printf '\033')\[" "$WORK/tty.out" || fail "not the full-screen view: $(head -c 300 "$WORK/tty.out")"
dropped "full-screen view" "$client" "$gpid"
kill "$writer" 2>/dev/null

# --- The account's limits (contrib/limits.d/sendguide.conf), applied by
# pam_limits as Debian's sshd does at each login, and a client's window of
# 3000x3000 cells: the guide, read from /proc while it runs, has the limits
# and stays under 64 MiB. A second sshd, the same but with UsePAM yes.
ptyrun="$TOP_BUILDDIR/tests/ptyrun"
[ -x "$ptyrun" ] || fail "tests/ptyrun is not built"
grep -q '^session.*pam_limits.so' /etc/pam.d/sshd 2>/dev/null ||
	fail "/etc/pam.d/sshd does not apply pam_limits (Debian's openssh-server does)"
sed -n "s/^sendguide\([[:space:]]\)/$user\1/p" "$TOP_SRCDIR/contrib/limits.d/sendguide.conf" >"$WORK/limits.conf"
want_as=$(awk '$3 == "as" { print $4 * 1024 }' "$WORK/limits.conf")
want_nproc=$(awk '$3 == "nproc" { print $4 }' "$WORK/limits.conf")
[ -n "$want_as" ] && [ -n "$want_nproc" ] ||
	fail "contrib/limits.d/sendguide.conf no longer has 'sendguide hard as' and 'sendguide hard nproc' lines"
# AddressSanitizer reserves terabytes of address space: there the address
# space limit cannot apply, and only the process limit is checked.
if ldd "$SENDGUIDE" 2>/dev/null | grep -q libasan; then
	sed -i '/[[:space:]]as[[:space:]]/d' "$WORK/limits.conf"
	want_as=
fi
made_limits=/etc/security/limits.d/sendguide-test-$$.conf
install -m 0644 "$WORK/limits.conf" "$made_limits" || exit 99
sed -e 's/^UsePAM no$/UsePAM yes/' -e "s|^PidFile .*|PidFile $WORK/sshd-pam.pid|" \
	"$WORK/sshd_config" >"$WORK/sshd_pam_config"
tries=0
while :; do
	port=$(free_port)
	sed -i "s/^Port .*/Port $port/" "$WORK/sshd_pam_config"
	"$sshd" -D -f "$WORK/sshd_pam_config" -E "$WORK/sshd-pam.log" &
	sshd_pid=$!
	pids="$pids $sshd_pid"
	i=0
	while [ $i -lt 50 ] && kill -0 "$sshd_pid" 2>/dev/null && ! listening "$port"; do
		sleep 0.1
		i=$((i + 1))
	done
	listening "$port" && break
	kill "$sshd_pid" 2>/dev/null
	tries=$((tries + 1))
	[ $tries -lt 5 ] || fail "sshd with PAM would not start: $(cat "$WORK/sshd-pam.log")"
done
printf '[127.0.0.1]:%s %s\n' "$port" "$(cat "$WORK/hostkey.pub")" >"$WORK/known_hosts"
printf 'wait disagreement\nsleep 6000\nsend q\nwait Quit the guide\nsend y\nexit 5000\n' |
	"$ptyrun" -c 3000 -r 3000 -o "$WORK/big.raw" -- env TERM=xterm \
	ssh $ssh_opts -p "$port" -tt "$dest" >"$WORK/big.verdict" 2>&1 &
client=$!
pids="$pids $client"
# The newest guide of the account: the last session's may still be a zombie.
old=$gpid
i=0
while [ $i -lt 100 ]; do
	gpid=$(pgrep -n -u "$user" -x sendguide)
	[ -n "$gpid" ] && [ "$gpid" != "$old" ] && ! ended "$gpid" && break
	sleep 0.1
	i=$((i + 1))
done
[ $i -lt 100 ] || fail "no guide started through PAM: $(tail -n 5 "$WORK/sshd-pam.log")"
# ptyrun keeps the screen to itself until it ends: give the guide time to
# draw its first screen (it waits 6 seconds before quitting).
sleep 2
cat "/proc/$gpid/limits" >"$WORK/limits.got" || fail "the guide over SSH ended early: $(cat "$WORK/big.verdict")"
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$gpid/status")
echo "over SSH at 3000x3000: the guide's peak $hwm KiB; its limits:"
grep -E '^Max (address space|processes)' "$WORK/limits.got"
[ -n "$hwm" ] && [ "$hwm" -le 65536 ] || fail "the guide over SSH at 3000x3000 peaked at $hwm KiB"
awk '/^Max processes/ { print $4 }' "$WORK/limits.got" | grep -qx "$want_nproc" ||
	fail "the guide's process limit is not $want_nproc: $(grep '^Max processes' "$WORK/limits.got")"
if [ -n "$want_as" ]; then
	awk '/^Max address space/ { print $5 }' "$WORK/limits.got" | grep -qx "$want_as" ||
		fail "the guide's address space limit is not $want_as: $(grep '^Max address space' "$WORK/limits.got")"
fi
wait "$client"
grep -qx 'exit 0' "$WORK/big.verdict" || fail "the 3000x3000 session over SSH did not end well: $(cat "$WORK/big.verdict")"
grep -q "This window is very large" "$WORK/big.raw" ||
	fail "the guide over SSH did not say the 3000x3000 window is capped"
account_idle || fail "the account still runs: $(ps -o pid,stat,time,args -u "$user")"
pass
