#!/bin/sh
# i18n_pseudo.sh: in the pseudo-locale every screen, in plain mode at 80 and 40 columns, keeps its lines within the width, shows every string whole and translated, and lists every choice.
#
# The pseudo-locale (tests/pseudo_po.c, built by make as "pl" for
# tests/sendguide-pseudo) turns each string into accented letters a third
# longer, in brackets. A string cut short loses its "]"; a string that never
# went through gettext stays in plain English outside any brackets.
. "$TOP_SRCDIR/tests/lib.sh"
PSEUDO="$TOP_BUILDDIR/tests/sendguide-pseudo"
[ -x "$PSEUDO" ] || fail "no $PSEUDO"
for d in sendguide sendguide-content; do
	[ -f "$TOP_BUILDDIR/i18n/pseudo/pl/LC_MESSAGES/$d.mo" ] || fail "no pseudo catalogue $d.mo (make pseudo-locale)"
done
ids=$("$SENDGUIDE" --graph | sed -n 's/^[[:space:]]*"\([^"]*\)" \[label=.*/\1/p')
[ -n "$ids" ] || fail "no screen ids from --graph"

# The plain view's prompt is one line by design (a screen reader reads it
# whole), so the line before each "> " is left out of the width check.
without_prompt() {
	awk '{ if (n && $0 !~ /^>/) print p; p = $0; n = 1 } END { if (n && p !~ /^>/) print p }' "$1"
}

screens=0
for id in $ids; do
	for w in 80 40; do
		COLUMNS=$w "$SENDGUIDE" --plain --node "$id" </dev/null >"$WORK/en" 2>&1 \
			|| fail "$id: English run failed"
		COLUMNS=$w "$PSEUDO" --plain --lang pl --node "$id" </dev/null >"$WORK/ps" 2>&1 \
			|| fail "$id: pseudo-locale run failed"
		grep -q '\[' "$WORK/ps" || fail "$id: nothing translated (is the pseudo catalogue used?)"

		ne=$(grep -c '^ \{0,2\}[1-9][0-9]\{0,1\}\. ' "$WORK/en")
		np=$(grep -c '^ \{0,2\}[1-9][0-9]\{0,1\}\. ' "$WORK/ps")
		[ "$ne" = "$np" ] || fail "$id at $w columns: $np choices in the pseudo-locale, $ne in English"

		widest=$(without_prompt "$WORK/ps" | wc -L)
		if [ "$widest" -gt "$w" ]; then
			without_prompt "$WORK/ps" | while IFS= read -r line; do
				[ "$(printf '%s' "$line" | wc -L)" -gt "$w" ] && printf 'too wide: %s\n' "$line" >&2
			done
			fail "$id: a line is $widest columns wide at $w columns"
		fi

		open=$(tr -cd '[' <"$WORK/ps" | wc -c)
		close=$(tr -cd ']' <"$WORK/ps" | wc -c)
		[ "$open" = "$close" ] || fail "$id at $w columns: $open '[' but $close ']': a string was cut short"

		# Outside the brackets only numbers, punctuation, addresses and the
		# typed input may remain; an English word there was never translated.
		LC_ALL=C awk '
			/^>/ { next }
			{
				out = ""
				for (i = 1; i <= length($0); i++) {
					c = substr($0, i, 1)
					if (c == "[") depth++
					else if (c == "]") depth--
					else if (depth == 0) out = out c
				}
				n = split(out, w, /[[:space:]]+/)
				for (k = 1; k <= n; k++)
					if (w[k] ~ /^[[:punct:]]*[A-Za-z][A-Za-z]+[[:punct:]]*$/)
						print "untranslated: " w[k] " in: " $0
			}' "$WORK/ps" >"$WORK/untranslated"
		if [ -s "$WORK/untranslated" ]; then
			cat "$WORK/untranslated" >&2
			fail "$id at $w columns: text that did not go through gettext"
		fi
	done
	screens=$((screens + 1))
done
[ "$screens" -ge 2 ] || fail "only $screens screens checked"
pass
