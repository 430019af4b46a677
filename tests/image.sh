#!/bin/sh
# image.sh: the compiled guide image: used while it matches the content; refused when stale, damaged, truncated or of another version; never written for content with errors.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
C=$WORK/content
mkdir "$C"
cp -p "$TOP_SRCDIR"/content/*.yaml "$C/"
sg() { "$SENDGUIDE" --plain --lang=en --content "$C" "$@" </dev/null 2>&1; }
first() { sg "$@" | head -n 1; }
start=$(grep -l "What is your disagreement about?" "$C"/*.yaml | head -n 1)
[ -n "$start" ] || fail "no file holds the start screen's title"

"$SENDGUIDE" --compile="$C/guide.image" "$C" >"$WORK/compile.out" 2>&1 ||
	fail "--compile: $(cat "$WORK/compile.out")"
[ -s "$C/guide.image" ] || fail "--compile wrote no image"
grep -q "^content: .* 0 errors" "$WORK/compile.out" || fail "--compile gives no --check report"
[ "$(first)" = "What is your disagreement about?" ] || fail "the image gives another first screen: $(first)"

# Change the YAML without changing its size or time: a matching image is
# used (its text shows), the YAML is not read.
cp -p "$start" "$WORK/orig.yaml"
sed 's/What is your disagreement about?/What is your disagreemenX about?/' "$WORK/orig.yaml" >"$start"
touch -r "$WORK/orig.yaml" "$start"
[ "$(wc -c <"$start")" -eq "$(wc -c <"$WORK/orig.yaml")" ] || fail "the edit changed the size"
[ "$(first)" = "What is your disagreement about?" ] || fail "a matching image was not used: $(first)"
# The image gives whole journeys: an outcome and its journey code.
sg --node outcome-try-mediation >"$WORK/outcome.out"
grep -q "^Journey code: " "$WORK/outcome.out" || fail "no journey code from the image"
code=$(sed -n 's/^Journey code: //p' "$WORK/outcome.out")
[ "$(sg --code "$code" | head -n 1)" = "$(head -n 1 "$WORK/outcome.out")" ] ||
	fail "--code $code from the image opened another page"

# A file's time changes: the image is stale, and the YAML is loaded.
touch -d '2026-01-02 03:04:05' "$start"
[ "$(first)" = "What is your disagreemenX about?" ] || fail "a stale image was used: $(first)"
touch -r "$WORK/orig.yaml" "$start"
[ "$(first)" = "What is your disagreement about?" ] || fail "the image is not used again: $(first)"

# A file added to the folder: stale.
cp "$TOP_SRCDIR/tests/fixtures/mini/00-settings.yaml" "$C/zz-extra.yaml" 2>/dev/null ||
	printf 'sources: []\n' >"$C/zz-extra.yaml"
[ "$(first)" != "What is your disagreement about?" ] || fail "an image was used with a file added"
rm -f "$C/zz-extra.yaml"
[ "$(first)" = "What is your disagreement about?" ] || fail "the image is not used again after the removal"

# A damaged image (one byte changed in the middle) is refused.
cp "$C/guide.image" "$WORK/good.image"
size=$(wc -c <"$C/guide.image")
printf 'Q' | dd of="$C/guide.image" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
cmp -s "$C/guide.image" "$WORK/good.image" && fail "the byte was not changed"
[ "$(first)" = "What is your disagreemenX about?" ] || fail "a damaged image was used: $(first)"
# A truncated one too, and one of another version of the program.
head -c $((size - 16)) "$WORK/good.image" >"$C/guide.image"
[ "$(first)" = "What is your disagreemenX about?" ] || fail "a truncated image was used: $(first)"
cp "$WORK/good.image" "$C/guide.image"
printf '0.0.0-other\000' | dd of="$C/guide.image" bs=1 seek=16 conv=notrunc 2>/dev/null
[ "$(first)" = "What is your disagreemenX about?" ] || fail "an image of another version was used: $(first)"
# Not an image at all.
printf 'not an image\n' >"$C/guide.image"
[ "$(first)" = "What is your disagreemenX about?" ] || fail "a file that is no image was used"
cp "$WORK/good.image" "$C/guide.image"
[ "$(first)" = "What is your disagreement about?" ] || fail "the good image is not used: $(first)"

# Content with an error: --compile says so, exits 65 and writes nothing;
# the old image is stale and the guide is refused, never shown.
cp "$WORK/orig.yaml" "$start"
printf '\n  - id: broken\n    kind: question\n' >>"$start"
rm -f "$WORK/new.image"
"$SENDGUIDE" --compile="$WORK/new.image" "$C" >"$WORK/bad.out" 2>&1
rc=$?
[ "$rc" -eq 65 ] || fail "--compile of content with an error exited $rc"
[ ! -e "$WORK/new.image" ] || fail "--compile wrote an image of content with an error"
grep -q "no guide image written" "$WORK/bad.out" || fail "--compile did not say why: $(cat "$WORK/bad.out")"
sg >"$WORK/run.out"
rc=$?
[ "$rc" -eq 65 ] || fail "a guide with an error ran (exit $rc) from a stale image"
grep -q "What is your" "$WORK/run.out" && fail "a guide with an error was shown"
pass
