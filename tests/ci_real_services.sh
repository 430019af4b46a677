#!/bin/sh
# ci_real_services.sh: .ci/run's rule for real-service tests: a SKIP or a missing result of a test named in tests/real_services is a failure, a PASS is not.
. "$TOP_SRCDIR/tests/lib.sh"
[ -x "$TOP_SRCDIR/.ci/real_services" ] || skip "no .ci folder (a release tarball)"
command -v bash >/dev/null 2>&1 || skip "bash is not installed"

list=$(grep -v '^#' "$TOP_SRCDIR/tests/real_services" | grep .)
printf '%s\n' "$list" | grep -qx 'tests/ssh_real.sh' || fail "tests/real_services does not name tests/ssh_real.sh"
printf '%s\n' "$list" | grep -qx 'tests/haproxy_example.sh' || fail "tests/real_services does not name tests/haproxy_example.sh"
count=$(printf '%s\n' "$list" | wc -l)

# result DIR RESULT: every listed test's .trs and .log in DIR say RESULT.
result() {
	for t in $list; do
		mkdir -p "$1/$(dirname "$t")"
		printf ':test-result: %s\n' "$2" >"$1/${t%.sh}.trs"
		printf '%s: %s\n' "$2" "the reason" >"$1/${t%.sh}.log"
	done
}
result "$WORK/pass" PASS
n=$("$TOP_SRCDIR/.ci/real_services" "$WORK/pass" 2>"$WORK/err")
[ "$n" = 0 ] || fail "passing real-service tests counted as $n failures: $(cat "$WORK/err")"
result "$WORK/skip" SKIP
n=$("$TOP_SRCDIR/.ci/real_services" "$WORK/skip" 2>"$WORK/err")
[ "$n" = "$count" ] || fail "$count skipped real-service tests counted as $n failures"
grep -q 'tests/haproxy_example.sh (a real-service test) was skipped' "$WORK/err" || fail "the skip was not named: $(cat "$WORK/err")"
mkdir "$WORK/none"
n=$("$TOP_SRCDIR/.ci/real_services" "$WORK/none" 2>"$WORK/err")
[ "$n" = "$count" ] || fail "real-service tests that did not run counted as $n failures"
# quickstart installs what each one drives.
for p in openssh-server haproxy; do
	grep -q "^packages=.*[\" ]$p[\" ]\|^packages=.* $p\"\$" "$TOP_SRCDIR/quickstart" || fail "quickstart does not install $p"
done
pass
