#!/bin/sh
# kiosk_qr_scan.sh: QR codes as drawn on screen decode, with zbarimg, back to the text they carry.
. "$TOP_SRCDIR/tests/lib.sh"

command -v zbarimg >/dev/null 2>&1 || skip "zbarimg not installed (Debian: zbar-tools)"
draw="$TOP_BUILDDIR/tests/unit_qr"
phone='tel:03001234567'
url='https://www.example.org.uk/send/mediation-and-disagreement-resolution?area=rutland'

n=0
for text in "$phone" "$url"; do
	for style in blocks ascii; do
		for ink in light dark; do
			img="$WORK/qr-$n.pbm"
			"$draw" --pbm "$style" "$ink" "$text" >"$img"
			rc=$?
			[ "$rc" = 77 ] && skip "built without libqrencode"
			[ "$rc" = 0 ] || fail "drawing $style/$ink of $text exited $rc"
			got=$(zbarimg --quiet --raw "$img" 2>"$WORK/zbar.err") ||
				fail "zbarimg could not read the $style/$ink drawing of $text: $(cat "$WORK/zbar.err")"
			[ "$got" = "$text" ] || fail "$style/$ink: decoded '$got', expected '$text'"
			n=$((n + 1))
		done
	done
done
[ "$n" = 8 ] || fail "decoded $n drawings, expected 8"
pass
