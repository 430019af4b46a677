#!/bin/sh
# loader_errors.sh: how the loader picks files and collects errors across them in one run.
. "$TOP_SRCDIR/tests/lib.sh"
VALID=$TOP_SRCDIR/tests/fixtures/loader/valid
BAD=$TOP_SRCDIR/tests/fixtures/loader

# run DIR: the checker's output (paths under $WORK shown as WORK) and exit status.
run() {
	out=$(timeout 10 "$SENDGUIDE" --check "$1" 2>&1)
	rc=$?
	out=$(printf '%s\n' "$out" | sed "s|$WORK|WORK|g")
}
expect() {
	printf '%s\n' "$out" | grep -qF -- "$1" || fail "$2: no '$1' in:
$out"
}

# Files are read in name order, whatever order the folder lists them in;
# other files, hidden files and folders named *.yaml are not content.
mkdir "$WORK/order" "$WORK/order/sub.yaml" || exit 99
cp "$VALID/20-providers.yaml" "$WORK/order/a.yaml"
cp "$VALID/10-screens.yaml" "$WORK/order/b.yaml"
printf 'not: [valid\n' > "$WORK/order/.#b.yaml"
printf 'not: [valid\n' > "$WORK/order/notes.yml"
printf 'not: [valid\n' > "$WORK/order/b.yaml~"
run "$WORK/order/"
[ $rc -eq 0 ] || fail "valid content split differently: exit $rc: $out"
expect "content: 2 files, 6 screens, 2 providers, 4 areas: 0 errors" "order"

# Errors in several files come out in one run, sorted by file and line.
mkdir "$WORK/many" || exit 99
cp "$BAD/bad-unknown-key/guide.yaml" "$WORK/many/1.yaml"
sed 's/^settings:/# no settings here/; s/^  start: start$//' "$BAD/bad-provider/guide.yaml" \
	| sed 's/id: src$/id: src2/; s/id: start$/id: start2/; s/next: end$/next: end2/; s/id: end$/id: end2/; s/\[src\]/[src2]/' \
	> "$WORK/many/2.yaml"
run "$WORK/many"
[ $rc -eq 65 ] || fail "many: exit $rc, expected 65"
expect "WORK/many/1.yaml:20:5: error: unknown key 'titel'" "many"
expect "WORK/many/2.yaml:32:5: error: this provider has no 'source'" "many"
expect "WORK/many/2.yaml:16:12: error: '2026-02-30' is not a valid date" "many"
first=$(printf '%s\n' "$out" | grep -n 'many/1.yaml' | head -n 1 | cut -d: -f1)
second=$(printf '%s\n' "$out" | grep -n 'many/2.yaml' | head -n 1 | cut -d: -f1)
[ "$first" -lt "$second" ] || fail "many: errors not in file order"
expect "content: not loaded: 8 errors, 0 warnings" "many"

# A file that does not parse hides nothing else, and adds no echoes: the
# other file's links into it are not reported as unknown.
mkdir "$WORK/broken" || exit 99
cp "$VALID/20-providers.yaml" "$WORK/broken/20.yaml"
printf 'screens:\n  - id: start\n    title: [unclosed\n' > "$WORK/broken/10.yaml"
printf 'providers:\n  - id: extra\n    nmae: Typo\n' > "$WORK/broken/30.yaml"
run "$WORK/broken"
[ $rc -eq 65 ] || fail "broken: exit $rc, expected 65"
expect "WORK/broken/10.yaml:4:1: error: YAML syntax error" "broken"
expect "WORK/broken/30.yaml:3:5: error: unknown key 'nmae'" "broken"
if printf '%s\n' "$out" | grep -q 'there is no'; then fail "broken: unknown-id echoes: $out"; fi

# Errors past the hundredth are counted, not printed.
mkdir "$WORK/flood" || exit 99
{ echo 'sources:'; seq 1 150 | sed 's/.*/  - id: s&\n    title: T\n    url: u\n    read: 2026-11-01\n    bad: x/'; } \
	> "$WORK/flood/a.yaml"
run "$WORK/flood"
[ $rc -eq 65 ] || fail "flood: exit $rc, expected 65"
[ "$(printf '%s\n' "$out" | grep -c ': error: ')" -eq 100 ] || fail "flood: not 100 errors shown"
expect "51 more errors not shown" "flood"

# An unreadable file is an error, not a crash (skipped as root, who reads anything).
if [ "$(id -u)" -ne 0 ]; then
	mkdir "$WORK/unreadable" && cp "$VALID/10-screens.yaml" "$WORK/unreadable/a.yaml" || exit 99
	chmod 000 "$WORK/unreadable/a.yaml"
	run "$WORK/unreadable"
	[ $rc -eq 65 ] || fail "unreadable: exit $rc"
	expect "WORK/unreadable/a.yaml: error: cannot open" "unreadable"
fi
# An area's provider link: a 'brief' is the note in fewer words, never a
# caveat of its own; with its note it loads.
mkdir "$WORK/brief" "$WORK/brieferr" || exit 99
cp "$VALID"/*.yaml "$WORK/brief/"
sed 's/^          - provider: global-mediation$/&\n            brief: Adviser first./' "$VALID/20-providers.yaml" \
	> "$WORK/brief/20-providers.yaml"
[ "$(grep -c 'brief: Adviser first.' "$WORK/brief/20-providers.yaml")" -eq 2 ] || fail "brief: fixture not edited"
cp "$VALID"/*.yaml "$WORK/brieferr/"
# The second link has no note: its brief is an error, the first's is not.
cp "$WORK/brief/20-providers.yaml" "$WORK/brieferr/20-providers.yaml"
run "$WORK/brieferr"
[ $rc -eq 65 ] || fail "brief without a note: exit $rc, expected 65: $out"
expect "error: 'brief' without a 'note'" "brief without a note"
[ "$(printf '%s\n' "$out" | grep -c "without a 'note'")" -eq 1 ] || fail "brief with a note was refused: $out"
pass
