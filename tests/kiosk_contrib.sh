#!/bin/sh
# kiosk_contrib.sh: the shipped deployment examples are valid: config file, systemd unit, sshd snippet.
. "$TOP_SRCDIR/tests/lib.sh"

contrib="$TOP_SRCDIR/contrib"

# The example config is accepted as shipped, and with its staff line enabled.
cp "$contrib/kiosk.conf" "$WORK/kiosk.conf" && chmod 600 "$WORK/kiosk.conf" || exit 99
# (Accepted, its kiosk then refuses an input that is not a terminal: 66.)
"$SENDGUIDE" --config "$WORK/kiosk.conf" --plain </dev/null >/dev/null 2>"$WORK/err"
[ $? = 66 ] && grep -q 'a kiosk needs a terminal' "$WORK/err" ||
	fail "contrib/kiosk.conf refused: $(cat "$WORK/err")"
sed 's/^#staff-keys = /staff-keys = /; s/^#area = rutland/area = tyrone/' "$contrib/kiosk.conf" >"$WORK/kiosk.conf"
grep -q '^staff-keys = ' "$WORK/kiosk.conf" || fail "contrib/kiosk.conf has no staff-keys example"
"$SENDGUIDE" --config "$WORK/kiosk.conf" --plain </dev/null >/dev/null 2>"$WORK/err"
# Every line parsed; only the made-up area is unknown to the guide.
grep -q "tyrone" "$WORK/err" || fail "the area line was not read: $(cat "$WORK/err")"

checked=0
if command -v systemd-analyze >/dev/null 2>&1; then
	sed "s|^ExecStart=/usr/bin/sendguide|ExecStart=$SENDGUIDE|" \
		"$contrib/sendguide-kiosk.service" >"$WORK/sendguide-kiosk.service"
	(cd "$WORK" && systemd-analyze verify --man=no ./sendguide-kiosk.service) >"$WORK/verify" 2>&1 ||
		fail "systemd-analyze verify: $(cat "$WORK/verify")"
	# verify exits 0 on unknown keys: any remark at all is a mistake here.
	[ -s "$WORK/verify" ] && fail "systemd-analyze verify: $(cat "$WORK/verify")"
	checked=$((checked + 1))
fi

sshd=$(command -v sshd 2>/dev/null || ls /usr/sbin/sshd 2>/dev/null)
if [ -n "$sshd" ]; then
	ssh-keygen -q -t ed25519 -N '' -f "$WORK/hostkey" || exit 99
	{
		echo "HostKey $WORK/hostkey"
		echo "Include $contrib/sshd_config.d/sendguide.conf"
	} >"$WORK/sshd_config"
	if ! "$sshd" -t -f "$WORK/sshd_config" >"$WORK/sshd.err" 2>&1; then
		# sshd checks for /run/sshd, which exists only once the service has run.
		grep -q "privilege separation directory" "$WORK/sshd.err" ||
			fail "sshd -t: $(cat "$WORK/sshd.err")"
	else
		# The Match block applies to the account: sshd -T shows the result.
		"$sshd" -T -f "$WORK/sshd_config" -C user=sendguide,host=h,addr=192.0.2.1 >"$WORK/eff" 2>&1 ||
			fail "sshd -T: $(cat "$WORK/eff")"
		grep -qx "forcecommand exec /usr/bin/sendguide" "$WORK/eff" || fail "no ForceCommand for sendguide"
		grep -qx "allowtcpforwarding no" "$WORK/eff" || fail "TCP forwarding allowed"
		grep -qx "x11forwarding no" "$WORK/eff" || fail "X11 forwarding allowed"
		grep -qx "permittty yes" "$WORK/eff" || fail "no terminal for the guide"
		checked=$((checked + 1))
	fi
fi
[ "$checked" -gt 0 ] || skip "neither systemd-analyze nor sshd to check the examples with"
pass
