#!/bin/sh
# sshload.sh: an adviser host under load: a real sshd on 127.0.0.1 with the contrib account, 50, 200 and 500 sessions.
#
# Usage: make bench-ssh            (from the build tree), or
#        sh bench/sshload.sh [BUILDDIR]
# Needs root (it creates a throwaway user and runs sshd), sshd and ssh.
# Environment: SSHLOAD_LEVELS (default "50 200 500"), SSHLOAD_KEYS (keys a
# session, default 40), SSHLOAD_RATE (new sessions a second, default 20),
# SSHLOAD_SEED (default 20261129), SSHLOAD_LIMIT (seconds a level may take at
# most, default 300), SSHLOAD_DEBUG=1 (one login shown byte by byte, three
# timed logins, and the driver's own output for each level).
#
# For each level: the sessions are opened, each shows its first screen, and
# while all are up (mid-journey) the script sums the proportional set size
# (PSS) of every process serving them (the sshd monitor and session
# processes, the login shell if any, the guide), then lets them finish. CPU
# is the sshd listener's own time plus all its descendants' (sshd reaps its
# children, so their time adds up in it): set-up is what was spent until all
# were up, and the rest is spent on keys. The ssh clients run on the same
# machine: their CPU is not counted, but they compete for it, so the latency
# figures are an upper bound.

set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd) || exit 2
sendguide=$build/sendguide
sshload=$build/bench/sshload
levels=${SSHLOAD_LEVELS:-50 200 500}
keys=${SSHLOAD_KEYS:-40}
rate=${SSHLOAD_RATE:-20}
seed=${SSHLOAD_SEED:-20261129}
limit=${SSHLOAD_LIMIT:-300}

if [ "$(id -u)" -ne 0 ]; then
	echo "sshload.sh: needs root (a throwaway user and sshd); skipped" >&2
	exit 77
fi
for p in /usr/sbin/sshd ssh ssh-keygen useradd; do
	command -v "$p" >/dev/null 2>&1 || { echo "sshload.sh: $p is missing; skipped" >&2; exit 77; }
done
for p in "$sendguide" "$sshload"; do
	[ -x "$p" ] || { echo "sshload.sh: $p is not built; run 'make bench-ssh'" >&2; exit 2; }
done

tmp=$(mktemp -d /tmp/sendguide-sshload.XXXXXX) || exit 1
chmod 755 "$tmp"
user=sgload$$
cleanup() {
	[ -f "$tmp/sshd.pid" ] && kill "$(cat "$tmp/sshd.pid")" 2>/dev/null
	pkill -u "$user" 2>/dev/null
	sleep 0.5
	pkill -9 -u "$user" 2>/dev/null
	userdel "$user" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# "*": no password, but not a locked account (sshd refuses those without PAM).
useradd -M -d "$tmp" -s /bin/sh -p "*" "$user" || exit 1
ssh-keygen -q -t ed25519 -N '' -f "$tmp/hostkey" || exit 1
ssh-keygen -q -t ed25519 -N '' -f "$tmp/client" || exit 1
mkdir -p "$tmp/keys" /run/sshd
cp "$tmp/client.pub" "$tmp/keys/$user"
chmod 644 "$tmp/keys/$user"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# The contrib Match block, for this user and the built guide.
{
	cat <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $tmp/hostkey
PidFile $tmp/sshd.pid
AuthorizedKeysFile $tmp/keys/%u
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
MaxStartups 2000:30:2000
AcceptEnv LANG LC_*
LogLevel ERROR
EOF
	sed -e "s|^Match User sendguide|Match User $user|" \
	    -e "s|^\([[:space:]]*\)AuthorizedKeysFile .*|\1AuthorizedKeysFile $tmp/keys/%u|" \
	    -e "s|^\([[:space:]]*\)ForceCommand exec .*|\1ForceCommand exec $sendguide --content $top/content|" \
	    "$top/contrib/sshd_config.d/sendguide.conf"
} >"$tmp/sshd_config"
/usr/sbin/sshd -t -f "$tmp/sshd_config" || exit 1
/usr/sbin/sshd -f "$tmp/sshd_config" -E "$tmp/sshd.log" || exit 1
sleep 0.5
listener=$(cat "$tmp/sshd.pid")
if [ -n "${SSHLOAD_DEBUG:-}" ]; then
	timeout 5 ssh -tt -p "$port" -i "$tmp/client" -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -l "$user" 127.0.0.1 </dev/null 2>&1 | od -c | head -20
	cat "$tmp/sshd.log"
	for i in 1 2 3; do /usr/bin/time -f "ssh -T login to EOF: %e s" ssh -T -p "$port" -i "$tmp/client" -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -l "$user" 127.0.0.1 </dev/null >/dev/null; done
	ps -o pid,etimes,args -u "$user"
fi

# CPU seconds (self + reaped children) of a process, and of a process tree's live members.
ticks=$(getconf CLK_TCK)
cpu_total() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); print ($12 + $13 + $14 + $15) / t }' "/proc/$1/stat"; }
descendants() {
	# Every live process below $1 (ppid chains), by walking /proc once.
	for s in /proc/[0-9]*/stat; do
		sed 's/^\([0-9]*\) (.*) . \([0-9]*\) .*/\1 \2/' "$s" 2>/dev/null
	done | awk -v root="$1" '
		{ parent[$1] = $2 }
		END { n = 0; keep[root] = 1; changed = 1
		      while (changed) { changed = 0
			for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } }
		      for (p in keep) if (p != root) print p }'
}
live_cpu() { for p in $(descendants "$listener"); do cpu_total "$p" 2>/dev/null; done | awk '{ s += $1 } END { printf "%.3f\n", s }'; }
pss_kib() { for p in $(descendants "$listener"); do awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sendguide adviser host under load, $(date +%Y-%m-%d), $(nproc) CPUs, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(/usr/sbin/sshd -V 2>&1 | head -n 1)"
echo "each session: $keys keys, 0.5-2 s apart (seed $seed); sessions opened $rate a second"
printf '%-9s %8s %12s %12s %14s %14s %10s %10s %8s\n' sessions up "PSS MiB" "PSS/session" "CPU s setup" "CPU s/1000 k" "p50 ms" "p99 ms" "conn p99"
for n in $levels; do
	before=$(cpu_total "$listener")
	fifo=$tmp/hold.$n
	mkfifo "$fifo"
	SSHLOAD_HOLD=1 "$sshload" -n "$n" -p "$port" -u "$user" -i "$tmp/client" -k "$keys" \
		-r "$rate" -s "$seed" -t "$limit" <"$fifo" >"$tmp/out.$n" 2>"$tmp/err.$n" &
	driver=$!
	exec 3>"$fifo"
	# Wait for every session to be up (bounded by the level's limit).
	waited=0
	until grep -q 'all up' "$tmp/out.$n" 2>/dev/null || ! kill -0 "$driver" 2>/dev/null; do
		sleep 0.5
		waited=$((waited + 1))
		[ "$waited" -gt $((limit * 2)) ] && break
	done
	guides=$(pgrep -u "$user" -c -x sendguide)
	pss=$(pss_kib)
	setup=$(awk -v a="$(cpu_total "$listener")" -v b="$before" -v l="$(live_cpu)" 'BEGIN { printf "%.2f", a - b + l }')
	echo >&3
	exec 3>&-
	wait "$driver"
	# Every guide must end by itself once its client drops (the driver
	# kills each ssh client when its journey is done): how long after the
	# last one went until none is left (at most 10 s), and how many were
	# still there at 1 s.
	gone=0
	while [ "$(pgrep -u "$user" -c -x sendguide)" -gt 0 ] && [ "$gone" -lt 100 ]; do
		sleep 0.1
		gone=$((gone + 1))
		[ "$gone" -eq 10 ] && left=$(pgrep -u "$user" -c -x sendguide)
	done
	[ "$gone" -lt 10 ] && left=0
	left_end=$(pgrep -u "$user" -c -x sendguide)
	after=$(cpu_total "$listener")
	set -- $(sed -n 's/^sessions \([0-9]*\) up \([0-9]*\) failed \([0-9]*\) keys \([0-9]*\).*/\2 \3 \4/p' "$tmp/out.$n")
	up=${1:-0}; failedn=${2:-0}; nkeys=${3:-0}
	lat=$(sed -n 's/^key_to_screen_ms p50 \([0-9.]*\) p99 \([0-9.]*\).*/\1 \2/p' "$tmp/out.$n")
	conn=$(sed -n 's/^connect_ms p50 [0-9.]* p99 \([0-9.]*\)/\1/p' "$tmp/out.$n")
	awk -v n="$n" -v up="$up" -v g="$guides" -v pss="$pss" -v setup="$setup" -v total="$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" \
	    -v k="$nkeys" -v lat="$lat" -v conn="$conn" 'BEGIN {
		split(lat, l, " ")
		keycpu = total - setup; if (keycpu < 0) keycpu = 0
		printf "%-9d %8s %12.1f %12.2f %14.2f %14.3f %10s %10s %8s\n", n, up "/" g, pss / 1024, (g ? pss / 1024 / g : 0), setup, (k ? keycpu / k * 1000 : 0), l[1], l[2], conn }'
	[ "$failedn" -eq 0 ] || { echo "  $failedn sessions failed:"; head -n 5 "$tmp/err.$n"; }
	[ -z "${SSHLOAD_DEBUG:-}" ] || cat "$tmp/out.$n" "$tmp/err.$n"
	echo "  every guide ended within $((gone / 10)).$((gone % 10)) s of the last client hanging up ($left still running at 1 s, $left_end at the end)"
	rm -f "$fifo"
	echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo
echo "PSS: every process below the sshd listener while all sessions were up, divided by the"
echo "guides running; CPU: sshd listener and descendants, set-up until all were up, the rest per"
echo "1000 keys answered; p50/p99: key sent to the last byte of the screen it caused, as the"
echo "client received it; conn p99: spawning ssh to the first screen complete, in ms."
