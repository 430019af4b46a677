#!/bin/sh
# kiosk_qr_summary.sh: in a kiosk, an outcome's QR code decodes (zbarimg) to its summary: what to do, the dates, the main contact and the journey code.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

command -v zbarimg >/dev/null 2>&1 || skip "zbarimg not installed (Debian: zbar-tools)"
"$TOP_BUILDDIR/tests/unit_qr" --pbm blocks light x >/dev/null 2>&1
[ $? = 77 ] && skip "built without libqrencode"
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$WORK"' EXIT
FIXTURE=$TOP_SRCDIR/content
CAPTION='Scan to keep this summary on your phone:'

# A council refused an assessment; letter 10/03/2027, no certificate yet;
# Rutland. Its code, from the plain view.
code=$(printf '1\n1\n10/03/2027\nn\nRutland\nr\n' |
	"$SENDGUIDE" --plain --lang=en --today=2027-04-25 --content "$FIXTURE" |
	sed -n 's/^Journey code: //p' | tail -n 1)
[ -n "$code" ] || fail "no journey code"

# summary LANG WANT...: the kiosk opened at the code shows the summary code;
# decoded, it has each line WANT, whole.
summary() {
	lang=$1
	shift
	# The code comes last, after the choices: at the end of the page.
	tty_start 140 60 xterm-256color --kiosk --lang="$lang" --today=2027-04-25 --code="$code"
	tty_wait "$code"
	tty_keys End
	# The caption in the visitor's language, from its catalogue.
	caption=$CAPTION
	[ "$lang" = en ] || caption=$(sed -n "/^msgid \"$CAPTION\"$/{n;s/^msgstr \"\\(.*\\)\"$/\\1/p}" \
		"$TOP_SRCDIR/i18n/$lang.po")
	[ -n "$caption" ] || fail "$lang: no caption in the catalogue"
	tty_wait "$caption"
	found=
	for try in 1 2 3 4 5; do
		tty_screen >"$WORK/screen.txt"
		if "$TOP_BUILDDIR/tests/unit_qr" --screen-pbm <"$WORK/screen.txt" >"$WORK/screen.pbm"; then
			zbarimg --quiet --raw "$WORK/screen.pbm" >"$WORK/decoded" 2>/dev/null
			if grep -q -F "$code" "$WORK/decoded"; then
				found=1
				break
			fi
		fi
		sleep 0.2
	done
	[ -n "$found" ] || { cat "$WORK/screen.txt" >&2; fail "$lang: the summary's code does not decode"; }
	for want in "$@"; do
		grep -q -x -F -- "$want" "$WORK/decoded" ||
			{ cat "$WORK/decoded" >&2; fail "$lang: the summary lacks '$want'"; }
	done
	tm kill-server >/dev/null 2>&1
}

summary en 'Contact the mediation adviser' \
	'Contact the mediation adviser by Monday 10 May 2027.' \
	'Your appeal must reach the Tribunal by Monday 10 May 2027.' \
	'Global Mediation Ltd: 0800 064 4488' \
	"Journey code: $code"
# Polish runs longer: the dates (in words, in Polish) and the code, and here
# the contact too.
summary pl 'Global Mediation Ltd: 0800 064 4488'
grep -q -E ' 10 [^ ]+ 2027' "$WORK/decoded" || { cat "$WORK/decoded" >&2; fail "pl: no date in the summary"; }
grep -q -E ' 10 May 2027' "$WORK/decoded" && { cat "$WORK/decoded" >&2; fail "pl: the date is in English"; }
# Within what a camera reads off a screen: at most 280 bytes (version 12).
[ "$(wc -c <"$WORK/decoded")" -le 282 ] || fail "pl: the summary is $(wc -c <"$WORK/decoded") bytes"

# Only in a kiosk: the same page on an adviser's terminal has no summary code.
tty_start 140 60 xterm-256color --lang=en --today=2027-04-25 --code="$code"
tty_wait "$code"
tty_keys End
sleep 0.3
tty_absent "$CAPTION"
pass
