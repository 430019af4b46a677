#!/bin/sh
# kiosk_qr_tty.sh: contact screens show the phone and web address as QR codes that decode from the real screen, only where they fit.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

command -v zbarimg >/dev/null 2>&1 || skip "zbarimg not installed (Debian: zbar-tools)"
"$TOP_BUILDDIR/tests/unit_qr" --pbm blocks light x >/dev/null 2>&1
[ $? = 77 ] && skip "built without libqrencode"
GUIDE=$TOP_SRCDIR/tests/fixtures/kiosk/guide

# decode WHAT: the codes on the screen, as a camera would read them.
decode() {
	tty_screen >"$WORK/screen.txt"
	"$TOP_BUILDDIR/tests/unit_qr" --screen-pbm <"$WORK/screen.txt" >"$WORK/screen.pbm" ||
		fail "$1: no QR code on the screen"
	zbarimg --quiet --raw "$WORK/screen.pbm" 2>/dev/null | sort >"$WORK/decoded"
	printf '%s\n' 'https://example.org/mediation' 'tel:01632960123' >"$WORK/want"
	diff -u "$WORK/want" "$WORK/decoded" >&2 || fail "$1: the codes on screen decode differently"
}

# A kiosk screen, half blocks in UTF-8: both codes side by side.
tty_start 120 45 xterm-256color --content "$GUIDE" --area ashford-vale
tty_keys 1 1
tty_wait_line ' Kiosk test outcome'
# The brief list has one number and no code; every detail (3) has the codes.
tty_wait_line '   Phone: 01632 960123'
tty_absent 'Scan to'
tty_keys 3
tty_wait 'Scan to call:'
tty_wait 'Scan for the website:'
decode "half blocks at 120x45"

# At 80x24 a code would push the words off the screen: none is shown.
tm resize-window -x 80 -y 24
tty_wait_line '   Web: https://example.org/mediation'
tty_absent 'Scan to'
tty_absent '█'

# Not UTF-8: "##" cells, twice as wide, on a big enough screen.
LC_ALL=C tty_start 160 70 xterm-256color --content "$GUIDE" --area ashford-vale
tty_keys 1 1
tty_wait_line ' Kiosk test outcome'
# The brief list has one number and no code; every detail (3) has the codes.
tty_wait_line '   Phone: 01632 960123'
tty_absent 'Scan to'
tty_keys 3
tty_wait 'Scan to call:'
tty_wait '########'
decode "ASCII cells at 160x70"

# The plain view never draws one.
printf '3\n' | "$SENDGUIDE" --plain --content "$GUIDE" --area ashford-vale --node outcome >"$WORK/plain" 2>&1
grep -q 'https://example.org/mediation' "$WORK/plain" || fail "plain view: no web address"
grep -q 'Scan\|█\|####' "$WORK/plain" && fail "plain view drew a QR code"
pass
