#!/bin/sh
# config_paths.sh: a kiosk config that is a FIFO, a link, or in a folder others could change is refused at once.
. "$TOP_SRCDIR/tests/lib.sh"

good="$TOP_SRCDIR/tests/fixtures/kiosk/good.conf"

# run PATH: start-up with that config; status in $rc, errors in $WORK/err.
# timeout bounds every run: a start-up that waits on the file is a failure.
run() {
	timeout 10 "$SENDGUIDE" --config "$1" --plain </dev/null >/dev/null 2>"$WORK/err"
	rc=$?
	[ "$rc" = 124 ] && fail "$1: start-up still waiting after 10 seconds"
}
accepted() {  # accepted WHAT PATH
	run "$2"
	# The config turns the kiosk on: accepted, it then refuses an input
	# that is not a terminal (status 66), which only an accepted file reaches.
	[ "$rc" = 66 ] && grep -q 'a kiosk needs a terminal' "$WORK/err" && return 0
	fail "$1: refused (status $rc): $(cat "$WORK/err")"
}
refused() {  # refused WHAT PATH EXPECTED-ERROR-LINE [EXPECTED-HINT-LINE]
	run "$2"
	[ "$rc" = 2 ] || fail "$1: exit status $rc, expected 2: $(cat "$WORK/err")"
	grep -qxF "$3" "$WORK/err" || fail "$1: expected '$3', got: $(cat "$WORK/err")"
	[ -z "${4:-}" ] || grep -qxF "$4" "$WORK/err" || fail "$1: expected hint '$4', got: $(cat "$WORK/err")"
}
safe_copy() {  # safe_copy PATH: the good config, owned by us, writable only by us
	cp "$good" "$1" && chmod 600 "$1" || exit 99
}

mkdir "$WORK/etc" && chmod 755 "$WORK/etc" || exit 99
safe_copy "$WORK/etc/kiosk.conf"
accepted "a safe file in a safe folder" "$WORK/etc/kiosk.conf"

# A FIFO: opening it for reading would wait for a writer for ever. The
# refusal must come at once, not after the timeout.
mkfifo "$WORK/etc/fifo.conf" || exit 99
start=$(date +%s)
refused "a FIFO" "$WORK/etc/fifo.conf" "$WORK/etc/fifo.conf: error: not a regular file" \
	"  Give the path of a regular file."
[ $(($(date +%s) - start)) -le 2 ] || fail "a FIFO: start-up took $(($(date +%s) - start)) seconds"

# Links: the file itself must not be one, whatever it points to.
ln -s kiosk.conf "$WORK/etc/link.conf" || exit 99
refused "a link to a safe file" "$WORK/etc/link.conf" \
	"$WORK/etc/link.conf: error: refused: the path is a symbolic link" \
	"  Give --config the file itself: $WORK/etc/kiosk.conf"
ln -s fifo.conf "$WORK/etc/fifo-link.conf" || exit 99
refused "a link to a FIFO" "$WORK/etc/fifo-link.conf" \
	"$WORK/etc/fifo-link.conf: error: refused: the path is a symbolic link"
ln -s missing.conf "$WORK/etc/dangling.conf" || exit 99
refused "a dangling link" "$WORK/etc/dangling.conf" \
	"$WORK/etc/dangling.conf: error: refused: the path is a symbolic link" \
	"  Give --config the file itself, not a symbolic link to it."
# A linked folder is followed to where it is, and that place is checked.
ln -s etc "$WORK/etc-link" || exit 99
accepted "a safe file through a linked safe folder" "$WORK/etc-link/kiosk.conf"

# Folders others can write to: they could rename the file away and put
# their own in its place, whatever the file's mode.
for mode in 777 757 775; do
	mkdir "$WORK/d$mode" && chmod "$mode" "$WORK/d$mode" || exit 99
	safe_copy "$WORK/d$mode/kiosk.conf"
	refused "a folder with mode $mode" "$WORK/d$mode/kiosk.conf" \
		"$WORK/d$mode/kiosk.conf: error: refused: other users can change the folder $WORK/d$mode" \
		"  Let only its owner change it (chmod go-w $WORK/d$mode), or keep the file in a folder such as /etc/sendguide."
done
# ... and the folder named is the first unsafe one from / down.
mkdir -p "$WORK/open/a/b" && chmod 777 "$WORK/open" && chmod 755 "$WORK/open/a" "$WORK/open/a/b" || exit 99
safe_copy "$WORK/open/a/b/kiosk.conf"
refused "a folder two levels up with mode 777" "$WORK/open/a/b/kiosk.conf" \
	"$WORK/open/a/b/kiosk.conf: error: refused: other users can change the folder $WORK/open"
# Reached through a link in a safe folder: the real place is what counts.
ln -s open/a "$WORK/safe-looking" || exit 99
refused "a link to a folder under an unsafe one" "$WORK/safe-looking/b/kiosk.conf" \
	"$WORK/safe-looking/b/kiosk.conf: error: refused: other users can change the folder $WORK/open"
# The sticky bit stops others renaming what is not theirs (as on /tmp).
mkdir "$WORK/sticky" && chmod 1777 "$WORK/sticky" || exit 99
safe_copy "$WORK/sticky/kiosk.conf"
accepted "a safe file in a sticky world-writable folder" "$WORK/sticky/kiosk.conf"
# The file's own checks come first: a FIFO in an unsafe folder is a FIFO.
mkfifo "$WORK/d777/fifo.conf" || exit 99
refused "a FIFO in an unsafe folder" "$WORK/d777/fifo.conf" "$WORK/d777/fifo.conf: error: not a regular file"

# Folders owned by another user: only root can arrange that (CI runs as root).
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	mkdir -p "$WORK/theirs/inner" && chmod 755 "$WORK/theirs" "$WORK/theirs/inner" || exit 99
	safe_copy "$WORK/theirs/inner/kiosk.conf"
	chown nobody "$WORK/theirs/inner" || exit 99
	refused "a folder owned by nobody" "$WORK/theirs/inner/kiosk.conf" \
		"$WORK/theirs/inner/kiosk.conf: error: refused: the folder $WORK/theirs/inner belongs to another user" \
		"  Make root its owner (chown root: $WORK/theirs/inner), or keep the file in a folder such as /etc/sendguide."
	chown 0 "$WORK/theirs/inner" && chown nobody "$WORK/theirs" || exit 99
	refused "a folder above owned by nobody" "$WORK/theirs/inner/kiosk.conf" \
		"$WORK/theirs/inner/kiosk.conf: error: refused: the folder $WORK/theirs belongs to another user"

	# The user running the guide may own the folder and the file: the same
	# files as nobody are accepted, and refused to root above.
	chown 0 "$WORK/theirs" && chown nobody "$WORK/theirs/inner" "$WORK/theirs/inner/kiosk.conf" || exit 99
	chmod 711 "$WORK"
	as_nobody="setpriv --reuid=nobody --regid=nogroup --clear-groups"
	if $as_nobody test -x "$SENDGUIDE" 2>/dev/null && $as_nobody test -r "$TOP_SRCDIR/content" 2>/dev/null; then
		$as_nobody timeout 10 "$SENDGUIDE" --config "$WORK/theirs/inner/kiosk.conf" --plain \
			</dev/null >/dev/null 2>"$WORK/err"
		[ $? = 66 ] && grep -q 'a kiosk needs a terminal' "$WORK/err" ||
			fail "file and folder owned by the user running the guide: refused: $(cat "$WORK/err")"
		# ... but not a folder of root's others may write to, even for nobody.
		chmod 777 "$WORK/theirs"
		$as_nobody timeout 10 "$SENDGUIDE" --config "$WORK/theirs/inner/kiosk.conf" --plain \
			</dev/null >/dev/null 2>"$WORK/err" && fail "nobody: a world-writable folder above was accepted"
		grep -qxF "$WORK/theirs/inner/kiosk.conf: error: refused: other users can change the folder $WORK/theirs" "$WORK/err" ||
			fail "nobody: unexpected errors: $(cat "$WORK/err")"
		chmod 755 "$WORK/theirs"
	else
		echo "note: the build cannot be run as nobody here; that part was not tried" >&2
	fi
	chmod 700 "$WORK"
else
	echo "note: not root: folders owned by another user were not tried" >&2
fi
pass
