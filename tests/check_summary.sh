#!/bin/sh
# check_summary.sh: --check (and --strict) fails an outcome without a summary; the loader refuses a summary that loses a deadline, a dated line without {date}, and a mark no choice leaves.
. "$TOP_SRCDIR/tests/lib.sh"

# guide DIR OUTCOME-KEYS CHOICE-KEYS: a two-screen guide with the outcome's
# extra keys and the start's second choice's extra keys.
guide() {
	mkdir -p "$1"
	cat >"$1/guide.yaml" <<YAML
settings:
  start: start
sources:
  - id: s
    title: A source
    url: https://example.org/
    read: 2026-11-01
screens:
  - id: start
    kind: question
    title: Start
    choices:
      - label: Refused
        to: end
        marks: [refused]
      - label: Other
        to: end
$3
  - id: end
    kind: outcome
    title: End
    body:
      - Call us. We can help you.
    sources: [s]
$2
YAML
}

# No summary: loads (a draft still runs), but --check fails, strict or not.
guide "$WORK/none" "" ""
for strict in "" --strict; do
	out=$("$SENDGUIDE" --check $strict "$WORK/none" 2>&1)
	rc=$?
	[ $rc -eq 65 ] || fail "--check $strict exited $rc on an outcome without a summary"
	printf '%s\n' "$out" | grep -q "guide.yaml:[0-9]*:5: error: outcome 'end' has no summary" ||
		fail "--check $strict: no error with file:line:column: $out"
done
printf '' | "$SENDGUIDE" --plain --content "$WORK/none" >/dev/null 2>&1 || fail "a guide without summaries does not run"

# A good summary: a deadline line with its rule and its dated form, and
# lines that test a mark a choice leaves.
guide "$WORK/good" '    deadlines: [adviser]
    summary:
      - deadline: adviser
        text: Contact the adviser within 2 months of the letter.
        dated: Contact the adviser by {date}.
      - text: Use form A.
        if: refused
      - text: Use form B.
        unless: refused' '        unless: [refused]'
out=$("$SENDGUIDE" --check --strict "$WORK/good" 2>&1) || fail "a good summary fails --check --strict: $out"
# Refused: form A only; the other answer: form B only.
printf '1\n' | "$SENDGUIDE" --plain --content "$WORK/good" >"$WORK/a.out" 2>&1
grep -q "^Use form A\.$" "$WORK/a.out" && ! grep -q "form B" "$WORK/a.out" || fail "the mark did not choose the line: $(cat "$WORK/a.out")"
grep -q "^Contact the adviser within 2 months of the letter\.$" "$WORK/a.out" || fail "no rule in words without a date"
grep -q "^[0-9]*\. Why, and the rules$" "$WORK/a.out" || fail "no 'Why, and the rules'"
grep -q "^Call us\." "$WORK/a.out" && fail "the body is shown before it is asked for"

# Broken summaries are load errors, each with its place.
expect() { # DIR MESSAGE
	out=$("$SENDGUIDE" --check "$1" 2>&1)
	[ $? -eq 65 ] || fail "$1 was not refused"
	printf '%s\n' "$out" | grep -q "guide.yaml:[0-9]*:[0-9]*: error: $2" || fail "$1: no '$2': $out"
}
guide "$WORK/nodate" '    deadlines: [adviser]
    summary:
      - deadline: adviser
        text: Contact the adviser within 2 months.
        dated: Contact the adviser soon.'
expect "$WORK/nodate" "'dated' has no {date}"
guide "$WORK/lost" '    deadlines: [adviser, appeal]
    summary:
      - deadline: adviser
        text: Contact the adviser within 2 months.
        dated: Contact the adviser by {date}.'
expect "$WORK/lost" "the summary of 'end' does not state each of its deadlines"
guide "$WORK/mark" '    summary:
      - text: Use form A.
        if: no-such-mark'
expect "$WORK/mark" "no choice leaves the mark this summary line tests"
pass
