# tty_mouse.sh: a tap chooses (press selects, release chooses), the key line is tappable, --no-mouse leaves the mouse alone.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"

# xterm SGR mouse reports (mode 1006), 1-based column;row. The start screen
# has its third choice on row 9: press and release there choose it.
out=$(run 'wait language\nquiet 200\nsend \\e[<0;10;7M\nsend \\e[<0;10;7m\nwait Contacts for your area\nquiet 200\nsend \\e[<0;3;24M\nsend \\e[<0;3;24m\nwait Help: keys\nsend q\nquiet 200\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE") || fail "tapping did not choose: $out"
grep -q '1000h' "$WORK/raw" || fail "mouse reporting was not switched on"
[ "$out" = "exit 0" ] || fail "expected a clean quit, got '$out'"

# Pressing on one choice and releasing on another (a finger sliding off)
# chooses nothing.
out=$(run 'wait language\nquiet 200\nsend \\e[<0;10;7M\nsend \\e[<0;10;5m\nquiet 300\nmark after\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --content "$FIXTURE")
if grep -q 'Contacts for your area' "$WORK/raw"; then
	fail "a press and a release on different choices chose one"
fi

# --no-mouse: the terminal's mouse reporting is left off.
out=$(run 'wait language\nquiet 200\nsend q\nsend y\nexit 2000\n' \
	env TERM=xterm "$SENDGUIDE" --no-mouse --content "$FIXTURE")
if grep -q '1000h' "$WORK/raw"; then
	fail "--no-mouse switched mouse reporting on"
fi
pass
