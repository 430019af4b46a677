#!/bin/sh
# tty_winsize.sh: a huge window (a client's stty rows 3000 cols 3000) costs no more than a sane one: the view draws within 500x200, says so, and follows resizes.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
[ -x /usr/bin/time ] || skip "GNU time is not installed (quickstart installs it)"

# peak COLS ROWS SCRIPT: the guide's peak resident memory in KiB in a COLSxROWS
# pseudo-terminal driven by SCRIPT (printf %b); its output lands in $WORK/raw.
peak() {
	printf '%b' "$3" | /usr/bin/time -f 'peak %M' -o "$WORK/time" \
		"$PTYRUN" -c "$1" -r "$2" -o "$WORK/raw" -- env TERM=xterm "$SENDGUIDE" \
		--content "$FIXTURE" > "$WORK/verdict" 2>&1
	grep -q '^exit 0$' "$WORK/verdict" || { cat "$WORK/verdict" >&2; fail "${1}x$2: the guide did not end with 0"; }
	sed -n 's/^peak //p' "$WORK/time"
}

quit='wait 1. A decision\nquiet 300\nsend q\nwait Quit the guide?\nsend y\nexit 5000\n'
small=$(peak 80 24 "$quit")
big=$(peak 3000 3000 "$quit")
cp "$WORK/raw" "$WORK/raw.big"
huge=$(peak 65535 65535 "$quit")
# The person's own COLUMNS wins over the terminal's width, but the rows
# still come from the terminal, and are capped.
envcols=$(COLUMNS=100 peak 3000 3000 "$quit")
grep -q 'uses the top left 100 columns and 200 rows' "$WORK/raw" || fail "COLUMNS=100 at 3000x3000: not capped to 100x200"
envbig=$(LINES=5000 COLUMNS=5000 peak 80 24 "$quit")
grep -q 'uses the top left 500 columns and 200 rows' "$WORK/raw" || fail "LINES=COLUMNS=5000: not capped"
unset LINES COLUMNS
# Resized from huge to small and back, twice: every size is capped again.
resized=$(peak 5000 5000 "wait 1. A decision\nresize 80 24\nquiet 300\nresize 3000 3000\nquiet 300\nresize 90 30\nquiet 300\nresize 4000 900\nquiet 300\n$quit")
echo "peak KiB: 80x24 $small, 3000x3000 $big, 65535x65535 $huge, resized $resized, COLUMNS=100 $envcols, LINES=COLUMNS=5000 $envbig"
limit=65536
# Under AddressSanitizer the shadow memory comes on top: there only the
# difference from an 80x24 window is measured.
if ldd "$SENDGUIDE" 2>/dev/null | grep -q 'libasan'; then
	limit=$((small + 40960))
fi
for k in "$big" "$huge" "$resized" "$envcols" "$envbig"; do
	[ -n "$k" ] || fail "no peak memory measured"
	[ "$k" -le "$limit" ] || fail "peak memory $k KiB is over $limit KiB"
done

# The huge window is told why most of it stays empty, and nothing is drawn
# beyond row 200 or column 500 (cursor addresses ESC [ row ; col H).
tr -c '[:print:]' '.' < "$WORK/raw.big" > "$WORK/big.txt"
grep -q 'This window is very large: the guide uses the top left 500 columns and 200 rows.' "$WORK/big.txt" ||
	fail "the huge window was not told it is capped"
grep -o '\[[0-9]*;[0-9]*H' "$WORK/big.txt" | tr -d '[H' | awk -F';' '$1 > 200 || $2 > 500 { bad = 1 } END { exit bad }' ||
	fail "something was drawn beyond 500x200"

# In tmux: a 620x230 window shows the page in the top left 500x200, with
# the notice; shrunk to 80x24 it is an ordinary window again, notice gone.
. "$TOP_SRCDIR/tests/ttylib.sh"
tty_start 620 230 xterm
tty_wait_line ' This window is very large: the guide uses the top left 500 columns and 200 rows.'
tty_wait_line ' > 1. A decision the council made about a plan'
last=$(tty_screen | sed 's/ *$//' | awk 'length > 0 { n = NR } END { print n }')
[ "$last" -eq 200 ] || fail "the key line is on row $last, not 200"
wide=$(tty_screen | sed 's/ *$//' | awk '{ if (length($0) > m) m = length($0) } END { print m }')
[ "$wide" -eq 500 ] || fail "the widest line is $wide columns, not 500"
tm resize-window -x 80 -y 24
tty_wait_line ' > 1. A decision the council made about a plan'
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'
tty_absent 'This window is very large'
tm resize-window -x 700 -y 100
tty_wait_line ' This window is very large: the guide uses the top left 500 columns and 100 rows.'
tty_keys q
tty_wait 'Quit the guide?'
tty_keys y
[ "$(tty_exit_status)" = 0 ] || fail "the guide did not end with 0"
pass
