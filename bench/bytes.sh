#!/bin/sh
# bytes.sh: bytes written to an 80x24 terminal per step of a fixed journey, beside dialog and lynx; time to first screen.
#
# Usage (from a build tree, after make and make check's programs):
#   sh SRCDIR/bench/bytes.sh [RUNS]
# RUNS is how many starts to time for the first-screen median (default 51).
# Needs tests/ptyrun (make tests/ptyrun) and tmux; dialog and lynx are measured
# when installed. Not a test: it prints figures for bench/README.md.
set -u
BUILD=${BUILD:-.}
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
SENDGUIDE=$BUILD/sendguide
PTYRUN=$BUILD/tests/ptyrun
CONTENT=${CONTENT:-$SRC/content}
RUNS=${1:-51}
TERM_UNDER_TEST=${BENCH_TERM:-xterm}
export LC_ALL=C.UTF-8 LANGUAGE=
[ -x "$SENDGUIDE" ] && [ -x "$PTYRUN" ] || { echo "bytes.sh: build sendguide and tests/ptyrun first" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sendguide-bytes.XXXXXX") || exit 1
SOCK=sendguide-bytes-$$
trap 'tmux -L "$SOCK" kill-server >/dev/null 2>&1; rm -rf "$WORK"' EXIT

# Visible text of a screen state: what tmux shows after the same keys, each
# line without trailing blanks, newlines not counted. The floor for a
# program that sent only text.
visible() {
	keys=$1
	tmux -L "$SOCK" -f /dev/null kill-server >/dev/null 2>&1
	sleep 0.1
	tmux -u -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 \
		"TERM=$TERM_UNDER_TEST $SENDGUIDE --content $CONTENT; sleep 60"
	sleep 0.4
	for k in $keys; do
		tmux -L "$SOCK" send-keys "$k"
		sleep 0.15
	done
	tmux -u -L "$SOCK" capture-pane -p | sed 's/ *$//' | tr -d '\n' | wc -c
}

echo "== sendguide (TERM=$TERM_UNDER_TEST, 80x24, $CONTENT)"
# Steps: first paint; three moves; choose; move; back; a choice deeper;
# start again. 'quiet 250' waits until nothing more arrives.
cat > "$WORK/journey" <<'J'
wait language
quiet 250
mark first-paint
send j
quiet 200
mark move-down
send j
quiet 200
mark move-down
send k
quiet 200
mark move-up
send \r
quiet 250
mark screen-change:choice-1
send j
quiet 200
mark move-down
send b
quiet 250
mark screen-change:back
send 2
quiet 250
mark screen-change:choice-2
send 1
quiet 250
mark screen-change:choice-1
send s
quiet 250
mark screen-change:start-again
send q
send y
exit 2000
J
"$PTYRUN" -c 80 -r 24 -o "$WORK/raw" -- env TERM="$TERM_UNDER_TEST" "$SENDGUIDE" --content "$CONTENT" < "$WORK/journey" > "$WORK/steps"
# The visible text after each screen change, for the ratio.
v1=$(visible "Enter")
v2=$(visible "Enter j b")
v3=$(visible "2")
v4=$(visible "2 1")
v0=$(visible "")
awk -v v0="$v0" -v v1="$v1" -v v2="$v2" -v v3="$v3" -v v4="$v4" '
	/^exit/ { next }
	{ name = $1; bytes = $2 }
	name == "first-paint" { printf "%-28s %6d bytes  (visible text %d, %.2fx)\n", name, bytes, v0, bytes / v0; next }
	name ~ /^screen-change/ {
		n++
		vis = (n == 1) ? v1 : (n == 2) ? v2 : (n == 3) ? v3 : (n == 4) ? v4 : v0
		printf "%-28s %6d bytes  (visible text %d, %.2fx)\n", name, bytes, vis, bytes / vis; next
	}
	{ printf "%-28s %6d bytes\n", name, bytes }
' "$WORK/steps"

echo "== typing at the search prompt (each letter, then Backspace)"
printf 'wait language\nquiet 250\nsend /\nquiet 250\nmark open-search\nsend m\nquiet 200\nmark type\nsend e\nquiet 200\nmark type\nsend d\nquiet 200\nmark type\nsend i\nquiet 200\nmark type\nsend \\x7f\nquiet 200\nmark erase\nsend \\e\nquiet 400\nmark close\nsend q\nsend y\nexit 2000\n' |
	"$PTYRUN" -c 80 -r 24 -- env TERM="$TERM_UNDER_TEST" "$SENDGUIDE" --content "$CONTENT" | grep -v '^exit'

echo "== sendguide --bar (reverse-video bar)"
printf 'wait language\nquiet 250\nmark first-paint\nsend j\nquiet 200\nmark move-down\nsend j\nquiet 200\nmark move-down\nsend q\nsend y\nexit 2000\n' |
	"$PTYRUN" -c 80 -r 24 -- env TERM="$TERM_UNDER_TEST" "$SENDGUIDE" --bar --content "$CONTENT" | grep -v '^exit'

if command -v dialog >/dev/null 2>&1; then
	echo "== dialog --menu, the same ten labels"
	# The start screen's choices, read from the plain view.
	printf '' | "$SENDGUIDE" --plain --content "$CONTENT" 2>/dev/null |
		sed -n 's/^\([0-9][0-9]*\)\. \(.*\)$/\1\n\2/p' > "$WORK/items"
	set --
	while IFS= read -r tag && IFS= read -r label; do
		set -- "$@" "$tag" "$label"
	done < "$WORK/items"
	printf 'wait Cancel\nquiet 300\nmark first-paint\nsend \\eOB\nquiet 200\nmark move-down\nsend \\eOB\nquiet 200\nmark move-down\nsend \\eOA\nquiet 200\nmark move-up\nsend \\e\nsend \\e\nexit 2000\n' |
		"$PTYRUN" -c 80 -r 24 -- env TERM="$TERM_UNDER_TEST" dialog --menu "What is your disagreement about?" 24 80 16 "$@" |
		grep -v '^exit'
fi

if command -v lynx >/dev/null 2>&1; then
	echo "== lynx on sendguide --export html"
	"$SENDGUIDE" --export html --content "$CONTENT" > "$WORK/guide.html"
	# Down moves to the next link; Enter follows it (a jump within the
	# page: lynx repaints the screen at the anchor).
	printf 'quiet 1500\nmark first-paint\nsend \\eOB\nquiet 300\nmark move-down\nsend \\eOB\nquiet 300\nmark move-down\nsend \\eOA\nquiet 300\nmark move-up\nsend \\r\nquiet 500\nmark screen-change:link\nsend q\nsend y\nexit 3000\n' |
		"$PTYRUN" -c 80 -r 24 -- env TERM="$TERM_UNDER_TEST" lynx -nopause -noreferer -nolog \
			-cfg=/dev/null -useragent=bench "file://$WORK/guide.html" | grep -v '^exit'
fi

echo "== time to first screen: fork to the last row of the first paint, median of $RUNS"
i=0
: > "$WORK/times"
while [ $i -lt "$RUNS" ]; do
	printf 'wait language\ntime first\nsend q\nsend y\nexit 2000\n' |
		"$PTYRUN" -c 80 -r 24 -- env TERM="$TERM_UNDER_TEST" "$SENDGUIDE" --content "$CONTENT" |
		awk '$1 == "first" { print $2 }' >> "$WORK/times"
	i=$((i + 1))
done
sort -n "$WORK/times" | awk '{ a[NR] = $1 } END { printf "median %.1f ms, min %.1f ms, max %.1f ms (%d runs)\n", a[int((NR + 1) / 2)] / 1000, a[1] / 1000, a[NR] / 1000, NR }'
