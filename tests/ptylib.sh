# ptylib.sh: run the guide in a pseudo-terminal with tests/ptyrun (sourced after lib.sh).
PTYRUN=$TOP_BUILDDIR/tests/ptyrun
FIXTURE=$TOP_SRCDIR/tests/fixtures/tty
[ -x "$PTYRUN" ] || fail "tests/ptyrun is not built"

# run SCRIPT [PROGRAM...]: PROGRAM in an 80x24 pseudo-terminal driven by the
# ptyrun SCRIPT (printf %b escapes); the raw bytes it wrote land in $WORK/raw
# and ptyrun's verdict ("exit N", ...) on stdout.
run() {
	script=$1
	shift
	printf '%b' "$script" | "$PTYRUN" -c 80 -r 24 -o "$WORK/raw" -- "$@"
}
