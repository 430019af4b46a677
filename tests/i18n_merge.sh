#!/bin/sh
# i18n_merge.sh: make update-po's merge keeps the review header and marks changed English fuzzy with the old English; msgfmt keeps the header.
. "$TOP_SRCDIR/tests/lib.sh"
MSGFMT=${GMSGFMT:-msgfmt}
MSGMERGE=${MSGMERGE:-msgmerge}
command -v "$MSGMERGE" >/dev/null 2>&1 || skip "no msgmerge"
cat > "$WORK/new.pot" <<'POT'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: content/10-start.yaml:3
msgid "Ask the council for mediation advice within 2 months."
msgstr ""

#: content/10-start.yaml:9
msgid "Yes"
msgstr ""
POT
cat > "$WORK/pl.po" <<'PO'
msgid ""
msgstr ""
"Project-Id-Version: sendguide 0.1.0\n"
"Language: pl\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
"X-Sendguide-Reviewed: yes\n"

msgid "Ask the council for mediation advice within 1 month."
msgstr "Poproś radę o poradę w sprawie mediacji w ciągu 1 miesiąca."

msgid "Yes"
msgstr "Tak"
PO
# shellcheck disable=SC2086 # the flags are words
"$MSGMERGE" ${CONTENT_MSGMERGE_FLAGS:---quiet --update --backup=none --previous} "$WORK/pl.po" "$WORK/new.pot" \
	|| fail "msgmerge failed"
grep -q '^"X-Sendguide-Reviewed: yes\\n"$' "$WORK/pl.po" || fail "msgmerge dropped X-Sendguide-Reviewed"
grep -B3 '^msgid "Ask the council for mediation advice within 2 months."$' "$WORK/pl.po" > "$WORK/entry"
grep -q '^#, fuzzy' "$WORK/entry" || fail "changed English not marked fuzzy"
grep -q '^#| msgid "Ask the council for mediation advice within 1 month."$' "$WORK/entry" \
	|| fail "the old English is not kept beside the fuzzy entry"
grep -A1 '^msgid "Yes"$' "$WORK/pl.po" | grep -q '^msgstr "Tak"$' || fail "an unchanged translation was lost"
# A fuzzy entry is left out of the compiled catalogue, so English shows.
"$MSGFMT" --check -o "$WORK/pl.mo" "$WORK/pl.po" || fail "msgfmt --check failed"
msgunfmt "$WORK/pl.mo" > "$WORK/back.po" 2>/dev/null || skip "no msgunfmt"
grep -q 'X-Sendguide-Reviewed: yes' "$WORK/back.po" || fail "msgfmt dropped X-Sendguide-Reviewed"
grep -q 'mediacji' "$WORK/back.po" && fail "a fuzzy translation was compiled in"
grep -q '"Tak"' "$WORK/back.po" || fail "a translation was not compiled in"
pass
