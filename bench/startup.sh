#!/bin/sh
# startup.sh: a short session's cost at 1x, 10x and 100x, from the YAML and from the guide image, beside dialog: instructions, peak memory and PSS a session.
#
# Usage: sh bench/startup.sh SENDGUIDE DIR...   (run.sh calls it with its
# content folders). Each DIR is used as it is (the YAML, checked at every
# start) and as a copy holding its compiled guide.image. Environment:
# BENCH_BEFORE=PROGRAM adds another build of sendguide (an older one, say)
# run on the same YAML in the same run; BENCH_SESSIONS (default 50) is how
# many sessions are held open at once for the PSS figure; BENCH_CALLGRIND=0
# skips the instruction counts. The YAML runs of the larger guides are the
# slow and the big ones (an older build checked 100x content in 14 s, and 50
# sessions of it would hold 4 GB): BENCH_SLOW_SIZES (default "1x 10x") says
# at which sizes the YAML and older builds get instruction counts and PSS.
#
# A short session: `sendguide --plain --content DIR </dev/null`: start, the
# first screen, end of input, goodbye. PSS: BENCH_SESSIONS such sessions
# each waiting for input on a pipe after the first screen, the Pss of each
# from /proc/PID/smaps_rollup, summed and divided: pages shared between the
# sessions (the libraries, the mapped image) count once over all of them.

set -u
sendguide=$1
shift
sessions=${BENCH_SESSIONS:-50}
before=${BENCH_BEFORE:-}
cg=${BENCH_CALLGRIND:-1}
slow=${BENCH_SLOW_SIZES:-1x 10x}
command -v valgrind >/dev/null 2>&1 || cg=0

# The instructions one run executes, from callgrind's summary.
ir() {
	out=$(mktemp) || return
	valgrind --tool=callgrind --callgrind-out-file="$out" "$@" </dev/null >/dev/null 2>&1
	awk '/^(summary|totals):/ { print $2; exit }' "$out"
	rm -f "$out"
}

# Peak resident set size, KiB, of one short session.
peak() {
	/usr/bin/time -f %M -o peak.txt "$@" </dev/null >/dev/null 2>&1
	tail -n 1 peak.txt
}

# Mean PSS, KiB, of $sessions sessions held open at once.
pss() {
	pids=
	i=0
	while [ "$i" -lt "$sessions" ]; do
		rm -f "hold.$i"
		mkfifo "hold.$i"
		# Read-write: the session itself holds the pipe open, so it waits
		# for input until it is stopped.
		"$@" <>"hold.$i" >/dev/null 2>&1 &
		pids="$pids $!"
		i=$((i + 1))
	done
	sleep 2
	total=0
	for p in $pids; do
		k=$(awk '/^Pss:/ { print $2; exit }' "/proc/$p/smaps_rollup" 2>/dev/null)
		total=$((total + ${k:-0}))
	done
	for p in $pids; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	i=0
	while [ "$i" -lt "$sessions" ]; do
		rm -f "hold.$i"
		i=$((i + 1))
	done
	echo $((total / sessions))
}

printf '%-7s %-22s %14s %10s %10s\n' content "program" "instructions" "peak KiB" "PSS KiB"
for d in "$@"; do
	rm -rf "img.$d"
	mkdir "img.$d"
	cp -p "$d"/*.yaml "img.$d/"
	"$sendguide" --compile="img.$d/guide.image" "img.$d" >/dev/null 2>&1 ||
		echo "startup.sh: no image for $d" >&2
	for how in yaml image before; do
		case $how in
		yaml) run="$sendguide --plain --content $d" ;;
		image) run="$sendguide --plain --content img.$d" ;;
		before) [ -n "$before" ] || continue; run="$before --plain --content $d" ;;
		esac
		full=1
		case " $slow " in *" $d "*) ;; *) [ "$how" = image ] || full=0 ;; esac
		# shellcheck disable=SC2086
		i=$([ "$cg" != 0 ] && [ "$full" = 1 ] && ir $run || echo -)
		# shellcheck disable=SC2086
		m=$(peak $run)
		# shellcheck disable=SC2086
		s=$([ "$full" = 1 ] && pss $run || echo -)
		printf '%-7s %-22s %14s %10s %10s\n' "$d" "sendguide, $how" "$i" "$m" "$s"
	done
done
if [ "$cg" != 0 ] && command -v dialog >/dev/null 2>&1 && command -v script >/dev/null 2>&1; then
	# dialog needs a terminal: script gives it one; Enter picks the first item.
	(sleep 2; printf '\r') | TERM=xterm script -qec \
		"valgrind --tool=callgrind --callgrind-out-file=cg.dialog dialog --menu 'What is your disagreement about?' 20 70 10 1 one 2 two 3 three 4 four 5 five 6 six 7 seven 8 eight 9 nine 10 ten" \
		/dev/null >/dev/null 2>&1
	printf '%-7s %-22s %14s\n' "-" "dialog --menu" "$(awk '/^(summary|totals):/ { print $2; exit }' cg.dialog)"
fi
