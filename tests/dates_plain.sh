#!/bin/sh
# dates_plain.sh: the date questions through a pipe in English, Polish and Romanian: dates worked out, an impossible date, a skip, "Your answers".
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
CONTENT=$TOP_SRCDIR/content
# A fixed today, so the dates typed are never "in the future" or "too old".
run() { lang=$1; shift; "$SENDGUIDE" --plain --lang="$lang" --content "$CONTENT" --today 2026-11-29 \
	--node date-decision-letter --area rutland "$@"; }
# Wrapped lines joined, so a sentence is found wherever the width broke it.
flat() { tr '\n' ' ' <"$1" | tr -s ' '; }
has() { flat "$1" | grep -F -q -- "$2" || { cat "$1" >&2; fail "$1: no '$2'"; }; }
hasnt() { ! flat "$1" | grep -F -q -- "$2" || { cat "$1" >&2; fail "$1: has '$2'"; }; }

# English: an impossible date gets one sentence and the question again; a
# real one goes on; the certificate is skipped with the skip command; the
# mediation adviser's outcome opens with both dates, worked out, and "Why,
# and the rules" (3) says how each was worked out.
printf '31/02/2026\n23/11/2026\nskip\n3\n' | run en >"$WORK/en.out" 2>"$WORK/en.err" ||
	fail "English journey: exit status $?"
[ -s "$WORK/en.err" ] && fail "English journey wrote to stderr: $(cat "$WORK/en.err")"
has "$WORK/en.out" "There is no such date. Check the day and the month: the day comes first."
[ "$(grep -c -x "What date is on the council's decision letter?" "$WORK/en.out")" -eq 2 ] ||
	fail "the question is not asked again after an impossible date"
has "$WORK/en.out" "Contact the mediation adviser named in your letter by Saturday 23 January 2027. Say if you want mediation."
# 23 January 2027 is a Saturday: rule 12 moves the appeal to the Monday.
has "$WORK/en.out" "Then appeal to the Tribunal with the mediation certificate, by Monday 25 January 2027 on form SEND35"
has "$WORK/en.out" "Your appeal must reach the Tribunal by Monday 25 January 2027."
has "$WORK/en.out" "It fell on a weekend or a bank holiday"
has "$WORK/en.out" "Check these dates against your own letters."
has "$WORK/en.out" "Journey code: "

# With a certificate a month later than the letter's 2 months, the
# certificate decides. With the certificate in hand the guide goes straight
# to the appeal: it does not ask whether to get one, nor say to contact the
# adviser. "Why, and the rules" (2) says how the date was worked out.
printf '2 October 2026\n2026-11-20\n2\n' | run en >"$WORK/cert.out" 2>&1 || fail "certificate journey"
has "$WORK/cert.out" "Appeal to the Tribunal by Monday 21 December 2026, on form SEND35"
has "$WORK/cert.out" "Your appeal must reach the Tribunal by Monday 21 December 2026."
has "$WORK/cert.out" "This is 1 month after the date of the mediation certificate"
hasnt "$WORK/cert.out" "Contact the mediation adviser named"
hasnt "$WORK/cert.out" "Contact the mediation adviser by"

# Polish forms, typed and shown; "Your answers" lists the dates in Polish.
printf '23 listopada 2026\n1\ny\n' | run pl >"$WORK/pl.out" 2>&1 || fail "Polish journey"
has "$WORK/pl.out" "sobota, 23 stycznia 2027"
has "$WORK/pl.out" "poniedziałek, 25 stycznia 2027"
has "$WORK/pl.out" "poniedziałek, 23 listopada 2026"

# Romanian month names, typed and shown; a future date is refused.
printf '23 noiembrie 2026\n30 noiembrie 2026\nskip\n' | run ro >"$WORK/ro.out" 2>&1 || fail "Romanian journey"
has "$WORK/ro.out" "sâmbătă, 23 ianuarie 2027"
grep -q -i "viitor\|future" "$WORK/ro.out" || fail "a future certificate date was not refused"

# Skipping the letter's date skips the certificate's too: no worked-out
# date, and the page still has its code.
printf 'n\n' | run en >"$WORK/skip.out" 2>&1 || fail "skip journey"
hasnt "$WORK/skip.out" "Contact the mediation adviser by"
hasnt "$WORK/skip.out" "Check these dates"
hasnt "$WORK/skip.out" "What date is on your mediation certificate?"
has "$WORK/skip.out" "Journey code: "

# "Your answers" lists the answers in order, dates included; choosing the
# letter's date asks it again, and the journey returns to the outcome with
# the other answers kept (the certificate is not asked again).
printf '23/11/2026\nn\ny\n1\n1 October 2026\n3\n' | run en >"$WORK/ans.out" 2>&1 || fail "answers journey"
sed -n '/^Your answers:/,/^Type the number/p' "$WORK/ans.out" >"$WORK/list"
cat >"$WORK/list.expected" <<'EOT'
Your answers:
1. What date is on the council's decision letter?
   Answer: Monday 23 November 2026
2. What date is on your mediation certificate?
   Answer: I don't have one yet

Type the number of an answer to change it, or just press Enter to stay here.
EOT
diff -u "$WORK/list.expected" "$WORK/list" >&2 || fail "the answers listed differ"
# 1 October + 2 months = 1 December 2026, a Tuesday.
has "$WORK/ans.out" "Your appeal must reach the Tribunal by Tuesday 1 December 2026."
[ "$(grep -c -x "What date is on your mediation certificate?" "$WORK/ans.out")" -eq 1 ] ||
	fail "changing the letter's date asked the certificate again"
pass
