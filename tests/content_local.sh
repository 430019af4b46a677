#!/bin/sh
# content_local.sh: a kiosk's local content folder overlays the packaged guide file by file; any problem with it falls back to the packaged guide, with the reasons on standard error only.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS

packaged="$TOP_SRCDIR/content"
region=71-north-east.yaml
old='0191 478 4667'
# Ofcom keeps 0191 498 0000 to 0999 for drama: a number that reaches nobody.
new='0191 498 0123'
grep -q "number: $old\$" "$packaged/$region" || fail "the packaged $region no longer gives $old"

mkdir "$WORK/etc" "$WORK/etc/content" && chmod 755 "$WORK/etc" "$WORK/etc/content" || exit 99
local="$WORK/etc/content"
conf="$WORK/kiosk.conf"       # not under etc/, whose mode changes below
# The settings a kiosk reads, less "kiosk = yes": a kiosk needs a terminal
# (tests/plain_kiosk.sh), and the content setting is read the same way
# without it, so these journeys can go through a pipe.
printf 'content = %s\n' "$local" >"$conf" && chmod 600 "$conf" || exit 99

# kiosk: a visitor in County Durham opens the contacts, in plain mode
# through a pipe; the transcript in $WORK/out, errors in $WORK/err.
kiosk() {
	printf '' | timeout 20 "$SENDGUIDE" --plain --config "$conf" \
		--area=county-durham --node=find-contacts >"$WORK/out" 2>"$WORK/err"
	rc=$?
	[ "$rc" = 0 ] || fail "$1: exit status $rc: $(cat "$WORK/err")"
}
# packaged_used WHAT: the visitor saw the packaged number and nothing else.
packaged_used() {
	grep -qxF "  Phone: $old" "$WORK/out" || fail "$1: the packaged number is not shown: $(cat "$WORK/out")"
	grep -qF "$new" "$WORK/out" && fail "$1: the local number is shown"
	grep -qxF "sendguide: the local content in $local is not used; the packaged guide is used instead" "$WORK/err" ||
		fail "$1: no line saying the packaged guide is used: $(cat "$WORK/err")"
	# Nothing about it reaches the visitor.
	grep -qiE 'error|local content|packaged|refused|content/' "$WORK/out" &&
		fail "$1: the problem reached the visitor: $(grep -iE 'error|local|packaged|refused' "$WORK/out")"
	:
}

# 1. A council copies one region file and corrects a number: the guide
# shows the local number, and says nothing on standard error.
sed "s/number: $old\$/number: $new/" "$packaged/$region" >"$local/$region" && chmod 644 "$local/$region" || exit 99
kiosk "a corrected number"
grep -qxF "  Phone: $new" "$WORK/out" || fail "the corrected number is not shown: $(cat "$WORK/out")"
grep -qF "$old" "$WORK/out" && fail "the packaged number is still shown"
[ -s "$WORK/err" ] && fail "a good local folder wrote to standard error: $(cat "$WORK/err")"
# The other regions still come from the packaged guide.
printf '' | "$SENDGUIDE" --plain --config "$conf" --area=rutland --node=find-contacts >"$WORK/rutland" 2>&1 ||
	fail "Rutland with the local folder: $(cat "$WORK/rutland")"
grep -q '^Contacts for Rutland$' "$WORK/rutland" || fail "Rutland's contacts are missing with the local folder"
# Staff see what the folder changes, and that it adds no error: the report
# is the packaged guide's (whose translations may have errors of their own).
"$SENDGUIDE" --check >"$WORK/check-packaged" 2>&1
rc_packaged=$?
"$SENDGUIDE" --check --config "$conf" >"$WORK/check" 2>&1
rc=$?
[ "$rc" = "$rc_packaged" ] || fail "--check of a good local folder: status $rc, the packaged guide's $rc_packaged"
grep -qxF "local content: $local/$region (replaces the packaged file)" "$WORK/check" ||
	fail "--check does not list the local file: $(head -5 "$WORK/check")"
[ "$(grep '^content:' "$WORK/check")" = "$(grep '^content:' "$WORK/check-packaged")" ] ||
	fail "--check: $(grep '^content:' "$WORK/check"), packaged: $(grep '^content:' "$WORK/check-packaged")"
grep -q "^$local.*error" "$WORK/check" && fail "--check: an error in the good local folder: $(grep "^$local" "$WORK/check")"

# 2. A file under a new name adds to the guide: a second copy of the region
# gives every id twice, which fails and falls back.
cp "$local/$region" "$local/71-north-east-copy.yaml" && chmod 644 "$local/71-north-east-copy.yaml" || exit 99
kiosk "a copy under a new name"
packaged_used "a copy under a new name"
at=$(awk '/id: county-durham$/ { print NR ":" index($0, "id:") }' "$packaged/$region")
grep -qxF "$local/$region:$at: error: the area id 'county-durham' is used twice" "$WORK/err" ||
	fail "a copy under a new name: no duplicate id error with file:line:column: $(cat "$WORK/err")"
grep -qF "the first 'county-durham' is at $local/71-north-east-copy.yaml:$at." "$WORK/err" ||
	fail "a copy under a new name: the other file is not named: $(cat "$WORK/err")"
rm "$local/71-north-east-copy.yaml"

# 3. A broken YAML file: the error names the file, line and column.
{ printf 'providers:\n  - id: broken\n    name: [unclosed\n'; } >"$local/72-north-west.yaml" && chmod 644 "$local/72-north-west.yaml" || exit 99
kiosk "broken YAML"
packaged_used "broken YAML"
grep -q "^$local/72-north-west.yaml:[0-9][0-9]*:[0-9][0-9]*: error: " "$WORK/err" ||
	fail "broken YAML: no error with file:line:column: $(cat "$WORK/err")"
# Staff see the same error with --check, and its exit status says so.
"$SENDGUIDE" --check --config "$conf" >"$WORK/check" 2>&1
rc=$?
[ "$rc" = 65 ] || fail "--check of a broken local folder: exit status $rc, expected 65"
grep -q "^$local/72-north-west.yaml:[0-9][0-9]*:[0-9][0-9]*: error: " "$WORK/check" ||
	fail "--check does not show the error with file:line:column: $(head -5 "$WORK/check")"
grep -qxF "The kiosk uses the packaged guide alone until the local content in $local has no errors." "$WORK/check" ||
	fail "--check does not say the kiosk falls back: $(tail -3 "$WORK/check")"
rm "$local/72-north-west.yaml"

# 4. Hostile YAML hits the loader's limits there as in the packaged guide.
for name in alias-bomb alias-cycle deep-block duplicate-key embedded-nul complex-key; do
	f="$TOP_SRCDIR/tests/fixtures/hostile/$name.yaml"
	[ -f "$f" ] || fail "no hostile fixture $name"
	cp "$f" "$local/90-hostile.yaml" && chmod 644 "$local/90-hostile.yaml" || exit 99
	kiosk "hostile $(basename "$f")"
	packaged_used "hostile $(basename "$f")"
	grep -q "^$local/90-hostile.yaml" "$WORK/err" || fail "hostile $(basename "$f"): the file is not named: $(cat "$WORK/err")"
done
rm -f "$local/90-hostile.yaml"

# 5. Unsafe places are refused as the configuration file would be.
chmod 777 "$local"
kiosk "a folder anyone can change"
packaged_used "a folder anyone can change"
grep -qxF "$local: error: refused: other users can change the folder $local" "$WORK/err" ||
	fail "mode 777: $(cat "$WORK/err")"
grep -qxF "  Let only its owner change it: chmod go-w $local" "$WORK/err" || fail "mode 777: no fix hint: $(cat "$WORK/err")"
chmod 1777 "$local"          # a sticky bit does not stop others adding files
kiosk "a sticky folder anyone can add to"
packaged_used "a sticky folder anyone can add to"
chmod 755 "$local"
chmod 777 "$WORK/etc"        # a folder above it
kiosk "a folder above anyone can change"
packaged_used "a folder above anyone can change"
grep -qxF "$local: error: refused: other users can change the folder $WORK/etc" "$WORK/err" ||
	fail "a folder above with mode 777: $(cat "$WORK/err")"
chmod 755 "$WORK/etc"
chmod 666 "$local/$region"
kiosk "a file anyone can change"
packaged_used "a file anyone can change"
grep -qxF "$local/$region: error: refused: other users can change the file" "$WORK/err" ||
	fail "a file with mode 666: $(cat "$WORK/err")"
chmod 644 "$local/$region"
mv "$local/$region" "$WORK/etc/$region" && ln -s "../$region" "$local/$region" || exit 99
kiosk "a link to a file"
packaged_used "a link to a file"
grep -qxF "$local/$region: error: refused: the path is a symbolic link" "$WORK/err" ||
	fail "a link: $(cat "$WORK/err")"
rm "$local/$region" && mv "$WORK/etc/$region" "$local/$region" || exit 99
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	chown nobody "$local/$region"
	kiosk "a file owned by another user"
	packaged_used "a file owned by another user"
	grep -qxF "$local/$region: error: refused: the file belongs to another user" "$WORK/err" ||
		fail "owned by nobody: $(cat "$WORK/err")"
	chown 0 "$local/$region"
fi
rmdir "$WORK/nowhere" 2>/dev/null
printf 'content = %s\n' "$WORK/nowhere" >"$conf"
kiosk "a missing folder"
grep -qxF "sendguide: the local content in $WORK/nowhere is not used; the packaged guide is used instead" "$WORK/err" ||
	fail "a missing folder: $(cat "$WORK/err")"
grep -qxF "$WORK/nowhere: error: No such file or directory" "$WORK/err" || fail "a missing folder: $(cat "$WORK/err")"
grep -qxF "  Phone: $old" "$WORK/out" || fail "a missing folder: the packaged guide is not shown"

# 6. The setting's form is the configuration file's business: a relative
# path stops start-up with the file's own error, as any bad setting does.
printf 'kiosk = yes\ncontent = etc/content\n' >"$conf"
printf '' | "$SENDGUIDE" --plain --config "$conf" >"$WORK/out" 2>"$WORK/err"
rc=$?
[ "$rc" = 2 ] || fail "a relative path: exit status $rc, expected 2"
grep -qxF "$conf:2:11: error: 'etc/content' is not a full path to a folder" "$WORK/err" ||
	fail "a relative path: $(cat "$WORK/err")"

# 7. Back to the good folder: it is used again, nothing was cached.
printf 'content = %s\n' "$local" >"$conf"
kiosk "the corrected folder again"
grep -qxF "  Phone: $new" "$WORK/out" || fail "the corrected number is not shown again"
pass
