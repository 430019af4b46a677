#!/bin/sh
# content_limits.sh: a kiosk's local content folder must be a real folder (no link, not /proc) below the configuration's folder, /etc/sendguide or /usr/local/share/sendguide, within 64 files, 2 MiB and 100,000 values; otherwise the packaged guide is used, quickly, and standard error says why.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS

mkdir "$WORK/etc" "$WORK/etc/content" "$WORK/elsewhere" "$WORK/elsewhere/content" &&
	chmod 755 "$WORK/etc" "$WORK/etc/content" "$WORK/elsewhere" "$WORK/elsewhere/content" || exit 99
conf="$WORK/etc/kiosk.conf"

# refused FOLDER REASON: with content = FOLDER the guide starts (through a
# pipe, plain) with the packaged guide, in under 5 s, standard error saying
# REASON and that the packaged guide is used; --check --config fails.
refused() {
	printf 'content = %s\n' "$1" >"$conf" && chmod 600 "$conf" || exit 99
	start=$(date +%s%N)
	printf '' | /usr/bin/time -f 'peak %M' -o "$WORK/time" timeout 20 "$SENDGUIDE" --plain \
		--config "$conf" --node=find-contacts --area=rutland >"$WORK/out" 2>"$WORK/err"
	rc=$?
	ms=$((($(date +%s%N) - start) / 1000000))
	[ "$rc" = 0 ] || fail "$2: exit status $rc: $(cat "$WORK/err")"
	grep -qF "$2" "$WORK/err" || fail "$1: not refused with '$2': $(cat "$WORK/err")"
	grep -qxF "sendguide: the local content in $1 is not used; the packaged guide is used instead" "$WORK/err" ||
		fail "$2: no line saying the packaged guide is used: $(cat "$WORK/err")"
	grep -q '^Contacts for Rutland$' "$WORK/out" || fail "$2: the packaged guide was not shown"
	peak=$(sed -n 's/^peak //p' "$WORK/time")
	echo "$2: ${ms} ms, peak ${peak} KiB"
	[ "$ms" -lt 5000 ] || fail "$2: took $ms ms"
	if ! ldd "$SENDGUIDE" 2>/dev/null | grep -q libasan; then
		[ "$peak" -le 65536 ] || fail "$2: peak memory $peak KiB"
	fi
	"$SENDGUIDE" --check --config "$conf" >"$WORK/check" 2>&1
	[ $? = 65 ] || fail "$2: --check --config did not fail"
	grep -qF "$2" "$WORK/check" || fail "$2: --check does not say why"
}

# Links: a link to a real folder below the configuration's, a link to /etc,
# and /proc/self/cwd.
ln -s "$WORK/etc/content" "$WORK/etc/via-link" || exit 99
refused "$WORK/etc/via-link" 'refused: the path goes through a symbolic link'
ln -s /etc "$WORK/etc/to-etc" || exit 99
refused "$WORK/etc/to-etc" 'refused: the path goes through a symbolic link'
refused /proc/self/cwd 'refused: the path goes through a symbolic link'
refused "$WORK/etc/../etc/content" 'refused: the path goes through a symbolic link'
# Real folders outside the allowed trees.
refused "$WORK/elsewhere/content" 'refused: the folder is not below the configuration file'
refused /proc 'refused: the folder is not below the configuration file'
refused "$WORK/etc" 'refused: the folder is not below the configuration file'

# Too many files: 65 small ones.
i=0
while [ $i -lt 65 ]; do
	printf 'sources: []\n' >"$WORK/etc/content/9$(printf %02d $i)-extra.yaml"
	i=$((i + 1))
done
chmod 644 "$WORK/etc/content"/*.yaml
refused "$WORK/etc/content" 'refused: more than 64 content files'
rm -f "$WORK/etc/content"/*.yaml

# Too many bytes: 40 files of 400 KB (565 MB and 8 s before the cap).
i=0
while [ $i -lt 40 ]; do
	{ printf 'sources:\n'; seq 1 20000 | sed 's/.*/  - id: s&/'; } | head -c 400000 >"$WORK/etc/content/9$(printf %02d $i)-big.yaml"
	i=$((i + 1))
done
chmod 644 "$WORK/etc/content"/*.yaml
refused "$WORK/etc/content" 'refused: the content files hold more than 2097152 bytes'
rm -f "$WORK/etc/content"/*.yaml

# Too many values within the byte cap: 10 files of 190 KB of "- N".
i=0
while [ $i -lt 10 ]; do
	seq 1 50000 | sed 's/^/- /' | head -c 190000 >"$WORK/etc/content/9$i-values.yaml"
	i=$((i + 1))
done
chmod 644 "$WORK/etc/content"/*.yaml
refused "$WORK/etc/content" 'refused: the content files hold more than 100000 values'
rm -f "$WORK/etc/content"/*.yaml

# Within the limits and below the configuration's folder: used.
cp "$TOP_SRCDIR/content/74-east-midlands.yaml" "$WORK/etc/content/" && chmod 644 "$WORK/etc/content/74-east-midlands.yaml" || exit 99
printf 'content = %s\n' "$WORK/etc/content" >"$conf" && chmod 600 "$conf" || exit 99
printf '' | "$SENDGUIDE" --plain --config "$conf" --node=find-contacts --area=rutland >"$WORK/out" 2>"$WORK/err" ||
	fail "a good folder: $(cat "$WORK/err")"
[ -s "$WORK/err" ] && fail "a good folder wrote to standard error: $(cat "$WORK/err")"
pass
