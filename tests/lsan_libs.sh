#!/bin/sh
# lsan_libs.sh: under LeakSanitizer, the leaks inside ncurses (an unknown TERM) and gpm (TERM=linux) are the ones tests/lsan.supp names, and nothing else leaks on those paths.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
ldd "$SENDGUIDE" 2>/dev/null | grep -q libasan || skip "not built with --enable-sanitizers"

# leaks TERM SCRIPT: run the guide in a pseudo-terminal with TERM, the
# suppressions and malloc stacks unwound in full (as .ci/run does); it must
# end with 0 and LeakSanitizer must report nothing.
leaks() {
	printf '%b' "$2" | ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
		LSAN_OPTIONS="suppressions=$TOP_SRCDIR/tests/lsan.supp" \
		"$PTYRUN" -o "$WORK/raw" -- env TERM="$1" "$SENDGUIDE" --content "$FIXTURE" >"$WORK/verdict"
	if grep -q 'LeakSanitizer' "$WORK/raw" || ! grep -qx 'exit 0' "$WORK/verdict"; then
		tr -c '[:print:]\n' '.' <"$WORK/raw" | grep -E 'SUMMARY|#[0-9]+ ' >&2
		fail "TERM=$1: $(cat "$WORK/verdict"), or a leak was reported"
	fi
}
# An unknown TERM: newterm fails, the plain view runs.
leaks nosuchterm 'wait Choose\nsend q\\r\nexit 5000\n'
# The Linux console: ncurses opens gpm for the mouse.
leaks linux 'wait 1. A decision\nsend q\nwait Quit the guide?\nsend y\nexit 5000\n'
pass
