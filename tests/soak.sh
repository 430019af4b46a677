#!/bin/sh
# soak.sh: a thousand random keys, taps and resizes at a kiosk: it stays alive, responsive and small.
. "$TOP_SRCDIR/tests/lib.sh"

ptyrun="$TOP_BUILDDIR/tests/ptyrun"
[ -x "$ptyrun" ] || fail "tests/ptyrun was not built"
GUIDE=$TOP_SRCDIR/tests/fixtures/kiosk/guide
SEED=${SOAK_SEED:-20261123}
KEYS=${SOAK_KEYS:-1000}
printf '%s\n' 'kiosk = yes' 'staff-keys = 7;k!Vq2' >"$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"

# The random part: keys a visitor might press (letters, digits, Enter,
# Backspace, arrows, pages, the control keys a kiosk swallows), taps
# anywhere, and now and then a resize. No z, v or x, so the final search
# below is for words typed only then; the staff sequence is 7 keys long
# and never comes up by chance.
awk -v seed="$SEED" -v n="$KEYS" 'BEGIN {
	srand(seed);
	split("j k j k 1 2 3 4 5 9 b s a l / ? q Q y n h e r o m \\r \\r \\x7f \\x03 \\x1a \\x1c \\x04 \\x13 \\x0c", keys, " ");
	split("\\e[A \\e[B \\e[C \\e[D \\e[5~ \\e[6~ \\e[H \\e[F", seqs, " ");
	nk = length(keys); ns = length(seqs);
	for (i = 0; i < n; i++) {
		r = rand();
		if (r < 0.70)
			printf "send %s\n", keys[int(rand() * nk) + 1];
		else if (r < 0.85)
			printf "send %s\n", seqs[int(rand() * ns) + 1];
		else if (r < 0.995) {
			x = int(rand() * 80) + 1; y = int(rand() * 24) + 1;
			printf "send \\e[<0;%d;%dM\nsend \\e[<0;%d;%dm\n", x, y, x, y;
		} else
			printf "resize %d %d\n", int(rand() * 120) + 10, int(rand() * 40) + 4;
		# Let the guide read now and then, as a person types.
		if (i % 25 == 0)
			print "sleep 20";
	}
}' >"$WORK/storm"
[ "$(grep -c '^send\|^resize' "$WORK/storm")" -ge "$KEYS" ] || fail "the storm script is short"
grep -q '^resize' "$WORK/storm" || fail "no resize in the storm (seed $SEED)"

{
	echo 'wait Kiosk test start'
	cat "$WORK/storm"
	# Back to a known size and out of any overlay, then a search for words
	# never typed before: its result screen shows the guide still acts on keys.
	echo 'resize 80 24'
	echo 'sleep 300'
	echo 'send \e'
	echo 'sleep 300'
	echo 'send \e'
	echo 'sleep 300'
	echo 'send /'
	echo 'sleep 100'
	echo 'send zzvx\r'
	echo 'quiet 300'
	# Ctrl-L sends the whole screen again, so the title arrives in one
	# piece rather than as the difference from what was there.
	echo 'send \x0c'
	echo 'wait Search: zzvx'
	echo 'quiet 300'
	echo 'mark storm-done'
	echo 'sleep 1500'
	echo 'send 7;k!Vq2'
	echo 'exit 3000'
} >"$WORK/script"

# exec keeps the pid, so the pid file names the guide itself.
TERM=xterm-256color "$ptyrun" -c 80 -r 24 -o "$WORK/raw" -- \
	sh -c 'echo $$ >"$0"; exec "$@"' "$WORK/pid" \
	"$SENDGUIDE" --config "$WORK/kiosk.conf" --content "$GUIDE" \
	<"$WORK/script" >"$WORK/marks" 2>"$WORK/err" &
runner=$!

# Peak memory, read while the guide is still running after the storm.
i=0
while ! grep -q '^storm-done' "$WORK/marks" 2>/dev/null; do
	kill -0 "$runner" 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
	[ $i -lt 1200 ] || break
done
pid=$(cat "$WORK/pid" 2>/dev/null)
hwm=
if grep -q '^storm-done' "$WORK/marks" 2>/dev/null && [ -n "$pid" ]; then
	hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
fi
wait "$runner"
rc=$?
cat "$WORK/marks" "$WORK/err" >&2
[ "$rc" = 0 ] || fail "the guide stopped answering during the storm (seed $SEED)"
grep -qx 'exit 3' "$WORK/marks" || fail "after the storm: $(tail -1 "$WORK/marks") (seed $SEED)"
[ -n "$hwm" ] || fail "could not read the guide's peak memory"

# AddressSanitizer's shadow memory and quarantine make the numbers larger.
limit=16384
grep -q '__asan_init' "$SENDGUIDE" && limit=262144
echo "peak memory (VmHWM) after $KEYS keys: $hwm KiB, limit $limit KiB" >&2
[ "$hwm" -lt "$limit" ] || fail "peak memory $hwm KiB, limit $limit KiB"
pass
