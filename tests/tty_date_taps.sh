#!/bin/sh
# tty_date_taps.sh: a date by taps alone at 80x24 and 40x12, in English, Polish and Romanian: the keypad's digits fill the field in the language's form, Delete takes back a digit, OK answers, an impossible date is refused, and a tap on the "Tab: ..." line skips the certificate.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/content

# button LABEL: "X Y" of the keypad button LABEL (1-based): the keypad is
# the rows between the field and the "Tab: ..." line.
button() {
	tty_screen | awk -v l="$1" '
		/^ Tab: / { exit }
		pad { i = index(" " $0 " ", " " l " "); if (i > 0) { print i, NR; exit } }
		/^ [^:]*\([^)]*\):/ { pad = 1 }'
}

# press LABEL: tap the keypad button LABEL and wait for the screen to change.
press() {
	at=$(button "$1")
	[ -n "$at" ] || { tty_screen >&2; fail "$where: no keypad button '$1'"; }
	before=$(tty_screen)
	tty_tap $at
	i=0
	while [ $i -lt 60 ] && [ "$(tty_screen)" = "$before" ]; do sleep 0.05; i=$((i + 1)); done
	[ "$(tty_screen)" != "$before" ] || { tty_screen >&2; fail "$where: tapping '$1' did nothing"; }
}

# content_tr LANG MSGID: a content string as LANG shows it (its catalogue's
# one-line msgstr; the msgid itself in English or when not yet translated).
content_tr() {
	t=
	[ "$1" = en ] || t=$(grep -A1 -x -F "msgid \"$2\"" "$TOP_SRCDIR/i18n/content/$1.po" |
		sed -n 's/^msgstr "\(..*\)"$/\1/p')
	printf '%s\n' "${t:-$2}"
}

# field: the field's text as shown (after the label's colon).
field() { tty_screen | sed -n 's/^ [^:]*([^)]*): *//p' | sed 's/ *$//' | head -n 1; }

for lang in en pl ro; do
	case $lang in
	en) sep=/ ok=OK code='Journey code: ' impossible='There is no such date.' ;;
	pl) sep=. ok=OK code='Kod ścieżki: ' impossible='Nie ma takiej daty.' ;;
	ro) sep=. ok=OK code="$(grep -A1 -x 'msgid "Journey code: %s"' "$TOP_SRCDIR/i18n/ro.po" | sed -n 's/^msgstr "\(.*\)%s"$/\1/p')" impossible='Nu există o astfel de dată.' ;;
	esac
	for size in '80 24' '40 12'; do
		set -- $size
		cols=$1 rows=$2
		where="$size $lang"
		tty_start "$cols" "$rows" xterm --lang=$lang --today 2026-11-29 --node date-decision-letter
		tty_wait "($( [ $lang = en ] && echo DD/MM/YYYY || { [ $lang = pl ] && echo DD.MM.RRRR || echo ZZ.LL.AAAA; })):"
		taps=0
		# An impossible date, by taps: refused in one sentence.
		for d in 3 1 0 2; do press $d; taps=$((taps + 1)); done
		[ "$(field)" = "31${sep}02${sep}" ] || { tty_screen >&2; fail "$where: the field shows '$(field)', not 31${sep}02${sep}"; }
		# Delete takes back the last digit with the separator after it.
		# Delete's label, as translated: the keypad's one word but OK.
		del_label=$(tty_screen | awk '/^ Tab: / { exit }
			pad { for (k = 1; k <= NF; k++) if ($k !~ /^[0-9]$/ && $k != "OK") { print $k; exit } }
			/^ [^:]*\([^)]*\):/ { pad = 1 }')
		press "$del_label"
		[ "$(field)" = "31${sep}0" ] || { tty_screen >&2; fail "$where: Delete left '$(field)'"; }
		for d in 2 2 0 2 6; do press $d; done
		[ "$(field)" = "31${sep}02${sep}2026" ] || { tty_screen >&2; fail "$where: the field shows '$(field)'"; }
		press "$ok"
		tty_wait "$impossible"
		for k in 1 2 3 4 5 6 7 8; do press "$del_label"; done
		[ "$(field)" = "" ] || { tty_screen >&2; fail "$where: Delete did not empty the field: '$(field)'"; }
		# 23/11/2026 and OK: nine taps.
		taps=0
		for d in 2 3 1 1 2 0 2 6; do press $d; taps=$((taps + 1)); done
		[ "$(field)" = "23${sep}11${sep}2026" ] || { tty_screen >&2; fail "$where: the field shows '$(field)'"; }
		press "$ok"
		taps=$((taps + 1))
		[ $taps -eq 9 ] || fail "$where: a date took $taps taps"
		# The certificate question: a tap on its "Tab: ..." line skips it.
		tty_wait 'Tab: '
		y=$(tty_screen | awk '/^ Tab: / { print NR; exit }')
		tty_tap 10 "$y"
		# The outcome, with the dates worked out from the one given.
		tty_wait_line " $(content_tr $lang 'Contact the mediation adviser')"
		if [ "$cols" = 80 ]; then
			tty_wait " $code"
		fi
		if [ $lang = en ] && [ "$cols" = 80 ]; then
			tty_wait_line ' Then appeal to the Tribunal with the mediation certificate, by Monday 25'
		fi
	done
done

# Without the mouse there is no keypad; typing works as ever.
tty_start 80 24 xterm --lang=en --no-mouse --today 2026-11-29 --node date-decision-letter
tty_wait ' Date (DD/MM/YYYY):'
[ -z "$(button 5)" ] || fail "a keypad without the mouse"
tty_keys -l '23/11/2026'
tty_keys Enter
tty_wait_line " What date is on your mediation certificate?"
pass
