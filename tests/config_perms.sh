#!/bin/sh
# config_perms.sh: a kiosk config anyone else could change is refused, as sshd's StrictModes would.
. "$TOP_SRCDIR/tests/lib.sh"

good="$TOP_SRCDIR/tests/fixtures/kiosk/good.conf"
conf="$WORK/kiosk.conf"
cp "$good" "$conf" || exit 99

refused() {  # refused WHAT EXPECTED-ERROR-LINE
	"$SENDGUIDE" --config "$conf" --plain </dev/null >/dev/null 2>"$WORK/err"
	rc=$?
	[ "$rc" = 2 ] || fail "$1: exit status $rc, expected 2"
	grep -qxF "$2" "$WORK/err" || fail "$1: expected '$2', got: $(cat "$WORK/err")"
}

# The same file, safe, is accepted: the refusals below are about permissions.
chmod 644 "$conf"
# (Accepted, its kiosk then refuses an input that is not a terminal: 66.)
"$SENDGUIDE" --config "$conf" --plain </dev/null >/dev/null 2>"$WORK/err"
[ $? = 66 ] && grep -q 'a kiosk needs a terminal' "$WORK/err" ||
	fail "good.conf with mode 644 refused: $(cat "$WORK/err")"

chmod 666 "$conf"
refused "world-writable" "$conf: error: refused: other users can change the file"
grep -qxF "  Let only its owner change it: chmod go-w $conf" "$WORK/err" ||
	fail "world-writable: no fix hint: $(cat "$WORK/err")"
chmod 664 "$conf"
refused "group-writable" "$conf: error: refused: other users can change the file"
chmod 644 "$conf"

# Owned by somebody else: only root can arrange that.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	chown nobody "$conf"
	refused "owned by nobody" "$conf: error: refused: the file belongs to another user"
	chown 0 "$conf"
fi

mkdir "$WORK/dir.conf"
conf="$WORK/dir.conf"
refused "a directory" "$conf: error: not a regular file"

conf="$WORK/missing.conf"
refused "a missing file" "$conf: error: No such file or directory"

conf="$WORK/huge.conf"
{ cat "$good"; i=0; while [ $i -lt 3000 ]; do echo "# padding padding padding padding"; i=$((i + 1)); done; } >"$conf"
chmod 600 "$conf"
refused "a huge file" "$conf: error: the file is too large"
pass
