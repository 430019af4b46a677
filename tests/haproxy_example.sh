#!/bin/sh
# haproxy_example.sh: the HAProxy example for several adviser hosts is a configuration HAProxy accepts.
. "${srcdir:-.}/tests/lib.sh"
command -v haproxy >/dev/null 2>&1 || skip "haproxy is not installed"
cfg=$srcdir/contrib/haproxy/sendguide-ssh.cfg
out=$(haproxy -c -f "$cfg" 2>&1) || fail "haproxy -c refused $cfg: $out"
# It balances SSH in TCP mode, with a health check that an SSH server answers.
grep -q '^[[:space:]]*mode tcp' "$cfg" || fail "the example is not in TCP mode"
grep -q 'tcp-check expect rstring \^SSH-2' "$cfg" || fail "the example has no SSH health check"
# A broken copy must be refused, so the check above can fail.
sed 's/^backend /backend_broken /' "$cfg" >"$WORK/broken.cfg"
if haproxy -c -f "$WORK/broken.cfg" >/dev/null 2>&1; then
	fail "haproxy -c accepted a broken copy: the check proves nothing"
fi
pass
