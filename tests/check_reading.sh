#!/bin/sh
# check_reading.sh: --check reports each screen's reading level and warns, with
# file:line:column, on a long sentence and a hard screen; --strict makes them errors.
. "$TOP_SRCDIR/tests/lib.sh"
mkdir "$WORK/c"
cat >"$WORK/c/guide.yaml" <<'YAML'
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
    body:
      - You can ask. We can help.
    choices:
      - label: Long
        to: long
      - label: Short
        to: short
  - id: long
    kind: outcome
    title: Long
    body:
      - If you do not agree with what the council decided about the support for your child at school you can ask the council to think again before you appeal.
      - Considerable administrative institutional considerations.
    sources: [s]
    summary:
      - Considerable administrative institutional considerations.
  - id: short
    kind: outcome
    title: Short
    body:
      - Call us. We can help you.
    sources: [s]
    summary:
      - Call us.
YAML
out=$("$SENDGUIDE" --check "$WORK/c" 2>&1)
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || fail "--check exited $rc on warnings alone"
printf '%s\n' "$out" | grep -q "^$WORK/c/guide.yaml:23:9: warning: a sentence of 29 words starting \"If you do not agree" ||
	fail "no warning with file:line:column for the 29-word sentence"
printf '%s\n' "$out" | grep -q "^$WORK/c/guide.yaml:19:5: warning: screen 'long' reads at grade" ||
	fail "no warning for the hard screen"
printf '%s\n' "$out" | grep -q "^reading: short: ease [0-9.]*, grade" || fail "no reading line for screen 'short'"
printf '%s\n' "$out" | grep -q "^reading level: ease [0-9.]*, grade [0-9.-]*, [0-9.]* words a sentence, longest 29; 1 sentences over 25 words, 1 screens over grade 8" ||
	fail "no summary line with the figures"
printf '%s\n' "$out" | grep "^reading: short" | grep -q "warning" && fail "an easy screen was warned about"

out=$("$SENDGUIDE" --check --strict "$WORK/c" 2>&1)
rc=$?
[ $rc -eq 65 ] || fail "--check --strict exited $rc, not 65"
printf '%s\n' "$out" | grep -q ":23:9: error: a sentence of 29 words" || fail "--strict did not make the sentence an error"
pass
