#!/bin/sh
# kiosk_area.sh: a kiosk's area the guide lacks (mistyped, or dropped by a local content folder) is an error for --check --config, and at run time the kiosk starts without it and says why on standard error.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ptylib.sh"
unset COLUMNS
packaged="$TOP_SRCDIR/content"

"$SENDGUIDE" --check >"$WORK/check-packaged" 2>&1
rc_packaged=$?

# check CONF WANT-LINE: --check --config CONF fails with WANT-LINE.
check_refuses() {
	"$SENDGUIDE" --check --config "$1" >"$WORK/check" 2>&1
	rc=$?
	[ "$rc" = 65 ] || fail "$(basename "$1"): --check --config exit status $rc, expected 65"
	grep -qxF "$2" "$WORK/check" || fail "$(basename "$1"): no line '$2': $(grep -i area "$WORK/check")"
	grep -q 'A kiosk starts without an area until then.' "$WORK/check" || fail "$(basename "$1"): no hint"
}
# kiosk_starts CONF AREA: the full-screen kiosk in a pseudo-terminal shows
# its first screen, stays up, and says on standard error why it has no area.
kiosk_starts() {
	out=$(run "wait What is your disagreement about?\nsleep 500\nalive\nsignal TERM\nexit 3000\n" \
		sh -c 'exec "$@" 2>"$0"' "$WORK/kiosk.err" env TERM=xterm "$SENDGUIDE" --kiosk --config "$1")
	printf '%s\n' "$out" | grep -qx alive || fail "$(basename "$1"): the kiosk did not stay up: $out $(cat "$WORK/kiosk.err")"
	printf '%s\n' "$out" | grep -qx 'exit 143' || fail "$(basename "$1"): SIGTERM: $out"
	grep -qxF "sendguide: no area with id '$2' in the guide; the kiosk starts without an area (sendguide --check --config names the line to correct)" "$WORK/kiosk.err" ||
		fail "$(basename "$1"): the reason is not on standard error: $(cat "$WORK/kiosk.err")"
}

# 1. A mistyped area.
printf 'kiosk = yes\narea = nosuchplace\n' >"$WORK/typo.conf" && chmod 600 "$WORK/typo.conf" || exit 99
check_refuses "$WORK/typo.conf" "$WORK/typo.conf:2:8: error: the guide has no area 'nosuchplace'"
kiosk_starts "$WORK/typo.conf" nosuchplace
# Outside a kiosk a wrong --area is still a usage error.
printf '' | "$SENDGUIDE" --plain --area=nosuchplace >/dev/null 2>"$WORK/err"
[ $? = 2 ] || fail "--area=nosuchplace outside a kiosk: not exit status 2"

# 2. A good area: no such error, and the report is the packaged guide's.
printf 'kiosk = yes\narea = darlington\n' >"$WORK/good.conf" && chmod 600 "$WORK/good.conf" || exit 99
"$SENDGUIDE" --check --config "$WORK/good.conf" >"$WORK/check" 2>&1
rc=$?
[ "$rc" = "$rc_packaged" ] || fail "area = darlington: --check status $rc, the packaged guide's $rc_packaged"
grep -q 'has no area' "$WORK/check" && fail "area = darlington was refused"

# 3. A local content folder that drops the configured area (its copy of the
# North East leaves Darlington out): the guide it makes has no Darlington.
mkdir "$WORK/etc" "$WORK/etc/content" && chmod 755 "$WORK/etc" "$WORK/etc/content" || exit 99
awk '/^      - id: darlington$/ { skip = 1; next }
     skip && /^      - id: / { skip = 0 }
     !skip' "$packaged/71-north-east.yaml" >"$WORK/etc/content/71-north-east.yaml" || exit 99
chmod 644 "$WORK/etc/content/71-north-east.yaml"
grep -q darlington "$WORK/etc/content/71-north-east.yaml" && fail "the local copy still has Darlington"
printf 'kiosk = yes\narea = darlington\ncontent = %s\n' "$WORK/etc/content" >"$WORK/etc/dropped.conf" &&
	chmod 600 "$WORK/etc/dropped.conf" || exit 99
check_refuses "$WORK/etc/dropped.conf" "$WORK/etc/dropped.conf:2:8: error: the guide has no area 'darlington'"
kiosk_starts "$WORK/etc/dropped.conf" darlington
pass
