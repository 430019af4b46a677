#!/bin/sh
# export_html.sh: --export=html is one valid HTML5 page whose every link lands, made to print or e-mail: version and date, print style, notice and lang="en" when translated, every council's contacts.
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
grep -q '<li><a href="#screen-decision">Continue: Do you want to try mediation?</a></li>' "$out" \
	|| fail "mini: a next link does not name the screen it leads to"
grep -q '>Continue</a>' "$out" && fail "mini: a link says only Continue"
# Text is escaped: the source title has quotes and an ampersand.
grep -q 'Test source, &quot;Mediation &amp; appeals&quot;' "$out" || fail "mini: text not HTML-escaped"
grep -q 'Test source, "Mediation & appeals"' "$out" && fail "mini: raw quote or ampersand in text"
grep -q '<a href="tel:01632960000">01632 960000</a>' "$out" || fail "mini: phone link"
grep -q '<li id="area-wales">Wales: ' "$out" || fail "mini: redirected area"
grep -q '<a href="#provider-example-mediation">Example Mediation Service</a> (Mediation advice)' "$out" \
	|| fail "mini: area providers with their services here"
# A document to print or e-mail: the version and the day it was made
# (SOURCE_DATE_EPOCH honoured, the date in words), a print style that shows
# a link's address and starts each screen on a new page, no notice in English.
SOURCE_DATE_EPOCH=1673222400 "$SENDGUIDE" --lang=en --export=html --content "$TOP_SRCDIR/content" >"$out"
grep -q '<p class="made">Made with sendguide [0-9.]* on <time datetime="2023-01-09">9 January 2023</time>.</p>' "$out" \
	|| fail "no version and date: $(grep 'class="made"' "$out")"
grep -q '@media print{' "$out" || fail "no print style"
grep -q 'a\[href^="http"\]::after.*content:" (" attr(href) ")"' "$out" || fail "print: link addresses not shown"
grep -q 'main>section\[id^="screen-"\]{break-before:page}' "$out" || fail "print: no page break between screens"
grep -q 'class="notice"' "$out" && fail "the English document says it is an unreviewed translation"
grep -q '>Continue</a>' "$out" && fail "a link says only Continue"
# Its contacts: every council, grouped by region, with its contacts; the
# contacts screen names the regions instead of asking for a council.
# Areas are the ids indented under a region's areas: in the YAML.
areas=$(cat "$TOP_SRCDIR"/content/*.yaml | grep -c '^      - id: ')
[ "$(grep -c '^<li id="area-' "$out")" -eq "$areas" ] || fail "not every area ($areas) is listed"
sed -n '/<section id="screen-find-contacts">/,/<\/section>/p' "$out" > "$WORK/contacts"
[ "$(grep -c '<li><a href="#region-' "$WORK/contacts")" -ge 9 ] || fail "the contacts screen does not list the regions"
grep -q '<li id="area-rutland">Rutland' "$out" || fail "Rutland is not listed"
sed -n '/<li id="area-rutland">/,/^<\/li>/p' "$out" | grep -q 'href="#provider-' || fail "Rutland's contacts are not listed"
# Valid HTML: tidy (when installed) reports no warning or error.
if command -v tidy >/dev/null 2>&1; then
	tidy -q -e "$out" >"$WORK/tidy" 2>&1
	[ ! -s "$WORK/tidy" ] || fail "tidy: $(head -5 "$WORK/tidy")"
fi
# Translated: the notice, and English left in it marked lang="en".
SOURCE_DATE_EPOCH=1673222400 "$SENDGUIDE" --lang=pl --export=html --content "$TOP_SRCDIR/content" >"$out"
grep -q '<p class="notice" role="note"><strong>To tłumaczenie nie zostało jeszcze sprawdzone' "$out" \
	|| fail "pl: no unreviewed-translation notice"
grep -q '<time datetime="2023-01-09">9 stycznia 2023</time>' "$out" || fail "pl: the date is not in Polish words"
grep -q '<span lang="en">' "$out" || fail "pl: English left in the document is not marked"
# Names are shown as written: English in a Polish document, and marked so.
grep -q '<li id="area-rutland"><span lang="en">Rutland</span>' "$out" || fail "pl: a council's name is not marked lang=\"en\""
if command -v tidy >/dev/null 2>&1; then
	tidy -q -e "$out" >"$WORK/tidy" 2>&1
	[ ! -s "$WORK/tidy" ] || fail "tidy pl: $(head -5 "$WORK/tidy")"
fi
# --lang sets the page's language.
"$SENDGUIDE" --lang=pl --export=html --content "$TOP_SRCDIR/tests/fixtures/mini" | grep -q '<html lang="pl">' \
	|| fail "--lang=pl: lang attribute"
pass
