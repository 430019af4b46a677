#!/bin/sh
# hostile.sh: hostile and broken content fails cleanly: exit 65, the expected errors, in bounded time.
. "$TOP_SRCDIR/tests/lib.sh"
FIX=$TOP_SRCDIR/tests/fixtures/hostile
failures=0

# check NAME: run the checker on $WORK/NAME and compare with NAME.expected.
check() {
	name=$1
	out=$(timeout 10 "$SENDGUIDE" --check "$WORK/$name" 2>&1)
	rc=$?
	if [ $rc -eq 124 ]; then
		printf 'FAIL %s: did not finish in 10 seconds\n' "$name" >&2
		failures=$((failures + 1))
		return
	fi
	if [ $rc -ne 65 ]; then
		printf 'FAIL %s: exit %s, expected 65\n%s\n' "$name" "$rc" "$out" >&2
		failures=$((failures + 1))
	fi
	printf '%s\n' "$out" | sed "s|$WORK|WORK|g" > "$WORK/$name.out"
	if ! diff -u "$FIX/$name.expected" "$WORK/$name.out" >&2; then
		printf 'FAIL %s: output differs from %s.expected\n' "$name" "$name" >&2
		failures=$((failures + 1))
	fi
	# Whatever the input, nothing but printable text reaches the terminal.
	if LC_ALL=C grep -q '[[:cntrl:]]' "$WORK/$name.out"; then
		printf 'FAIL %s: control characters in the output\n' "$name" >&2
		failures=$((failures + 1))
	fi
}

count=0
for f in "$FIX"/*.yaml; do
	name=$(basename "$f" .yaml)
	mkdir "$WORK/$name" && cp "$f" "$WORK/$name/$name.yaml" || exit 99
	check "$name"
	count=$((count + 1))
done
[ $count -ge 20 ] || fail "only $count fixtures found in $FIX"

# Large inputs are made here rather than kept in the source tree.
mkdir "$WORK/deep-100000" "$WORK/scalar-20m" "$WORK/scalar-3m" "$WORK/file-5m" \
	"$WORK/binary" "$WORK/many-nodes" "$WORK/many-keys" || exit 99
# 100,000 nested '[': libyaml alone would take seconds; the reader stops at the limit.
head -c 100000 /dev/zero | tr '\0' '[' > "$WORK/deep-100000/deep.yaml"
# A 20 MB scalar: refused by the file size before libyaml reads it.
{ printf 'a: "'; head -c 20000000 /dev/zero | tr '\0' 'x'; printf '"\n'; } > "$WORK/scalar-20m/scalar.yaml"
# A 3 MB scalar in a file under the size limit: refused by the scalar limit.
{ printf 'settings:\n  start: "'; head -c 3000000 /dev/zero | tr '\0' 'x'; printf '"\n'; } \
	> "$WORK/scalar-3m/scalar.yaml"
# A 5 MB file of ordinary YAML.
seq 1 1000000 | sed 's/^/- /' | head -c 5000000 > "$WORK/file-5m/big.yaml"
# Binary bytes that are the same on every machine: gzip -n output of a fixed input.
seq 1 100000 | gzip -9n | head -c 4096 > "$WORK/binary/binary.yaml"
# More values than the reader keeps (under the size limit).
seq 1 450000 | sed 's/^/- /' > "$WORK/many-nodes/nodes.yaml"
# A mapping of 50,000 keys with one repeated at the end: found without a quadratic scan.
{ seq 1 50000 | sed 's/.*/key&: v/'; echo 'key7: again'; } > "$WORK/many-keys/keys.yaml"
# A device that never ends and a FIFO that nobody writes: neither may hang the reader.
mkdir "$WORK/device" && ln -s /dev/zero "$WORK/device/a.yaml" && mkfifo "$WORK/device/b.yaml" || exit 99
for name in deep-100000 scalar-20m scalar-3m file-5m binary many-nodes many-keys device; do
	check "$name"
done

# A folder with no content and one that does not exist.
mkdir "$WORK/no-yaml" && echo 'not content' > "$WORK/no-yaml/notes.txt" || exit 99
check no-yaml
check does-not-exist

[ $failures -eq 0 ] || fail "$failures hostile fixtures failed"
pass
