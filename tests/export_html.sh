#!/bin/sh
# export_html.sh: --export=html is one well-formed HTML5 page whose every link lands.
. "$TOP_SRCDIR/tests/lib.sh"
for dir in "$TOP_SRCDIR/tests/fixtures/mini" "$TOP_SRCDIR/content"; do
	out="$WORK/guide.html"
	"$SENDGUIDE" --lang=en --export=html --content "$dir" >"$out" 2>"$WORK/err" \
		|| fail "$dir: exit status $?: $(cat "$WORK/err")"
	head -1 "$out" | grep -qx '<!DOCTYPE html>' || fail "$dir: no HTML5 doctype"
	grep -q '<html lang="en">' "$out" || fail "$dir: no lang attribute"
	grep -q '<meta charset="utf-8"/>' "$out" || fail "$dir: no charset"
	grep -qi '<script' "$out" && fail "$dir: has a script"
	tail -1 "$out" | grep -qx '</html>' || fail "$dir: does not end with </html>"
	# Polyglot markup, so an XML parser can prove the nesting is right.
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$out" 2>"$WORK/xml" || fail "$dir: not well-formed: $(head -3 "$WORK/xml")"
	fi
	grep -o ' id="[^"]*"' "$out" | sed 's/ id="//; s/"$//' | sort >"$WORK/ids"
	[ -z "$(uniq -d "$WORK/ids")" ] || fail "$dir: duplicate ids: $(uniq -d "$WORK/ids" | head -3)"
	grep -o 'href="#[^"]*"' "$out" | sed 's/href="#//; s/"$//' | sort -u >"$WORK/targets"
	[ -s "$WORK/targets" ] || fail "$dir: no internal links"
	missing=$(comm -23 "$WORK/targets" "$WORK/ids")
	[ -z "$missing" ] || fail "$dir: links to missing ids: $missing"
	# Every screen is a section; every choice links to its target.
	screens=$(grep -c '^<section id="screen-' "$out")
	[ "$screens" -ge 8 ] || fail "$dir: only $screens screen sections"
done
out="$WORK/guide.html"   # the shipped content's page; now the fixture's details
"$SENDGUIDE" --lang=en --export=html --content "$TOP_SRCDIR/tests/fixtures/mini" >"$out"
[ "$(grep -c '^<section id="screen-' "$out")" -eq 8 ] || fail "mini: not 8 screen sections"
grep -q '<section id="screen-decision">' "$out" || fail "mini: no decision section"
grep -q '<li><a href="#screen-outcome-appeal">No, I want to appeal</a></li>' "$out" \
	|| fail "mini: choice link missing"
grep -q '<li><a href="#screen-decision">Continue</a></li>' "$out" || fail "mini: next link not labelled Continue"
# Text is escaped: the source title has quotes and an ampersand.
grep -q 'Test source, &quot;Mediation &amp; appeals&quot;' "$out" || fail "mini: text not HTML-escaped"
grep -q 'Test source, "Mediation & appeals"' "$out" && fail "mini: raw quote or ampersand in text"
grep -q '<a href="tel:01632960000">01632 960000</a>' "$out" || fail "mini: phone link"
grep -q '<li id="area-wales">Wales: ' "$out" || fail "mini: redirected area"
grep -q '<a href="#provider-example-mediation">Example Mediation Service</a> (Mediation advice)' "$out" \
	|| fail "mini: area providers with their services here"
# --lang sets the page's language.
"$SENDGUIDE" --lang=pl --export=html --content "$TOP_SRCDIR/tests/fixtures/mini" | grep -q '<html lang="pl">' \
	|| fail "--lang=pl: lang attribute"
pass
