#!/bin/sh
# export_page_print.sh: --export=html --code is one family's page, valid HTML, and a real browser prints it on exactly one A4 sheet.
. "$TOP_SRCDIR/tests/lib.sh"
unset COLUMNS
# The journeys' dates are of 2027: every run is on the same day, after them.
sg() { "$SENDGUIDE" --content "$TOP_SRCDIR/content" --today=2027-04-25 "$@"; }

# A journey's code, as the plain view shows it once the area is chosen
# ("r" shows the outcome again, with the code that carries the area).
code_after() {  # $1: keys, one a line (printf format)
	printf "$1" | sg --plain --lang=en | sed -n 's/^Journey code: //p' | tail -n 1
}
# A council refused an assessment; letter 10/03/2027, no certificate yet
# (the mediation adviser, then the appeal); the area as given.
dated='1\n1\n10/03/2027\nn\n%s\nr\n'
leicester=$(code_after "$(printf "$dated" Leicester)")
rutland=$(code_after "$(printf "$dated" Rutland)")
southend=$(code_after "$(printf "$dated" Southend-on-Sea)")
dr_rutland=$(sg --plain --lang=en --node=outcome-dr --area=rutland </dev/null | sed -n 's/^Journey code: //p' | head -n 1)
ni=$(sg --plain --lang=en --node=outside-northern-ireland </dev/null | sed -n 's/^Journey code: //p' | head -n 1)
for c in "$leicester" "$rutland" "$southend" "$dr_rutland" "$ni"; do
	[ -n "$c" ] || fail "a journey showed no code"
done

# The page: valid, self-contained, the family's dates before the outcome's
# text, the area's contacts, the code, the sources with their dates.
out="$WORK/page.html"
sg --lang=en --export=html --code="$rutland" >"$out" 2>"$WORK/err" || fail "--export=html --code: $(cat "$WORK/err")"
head -1 "$out" | grep -qx '<!DOCTYPE html>' || fail "no HTML5 doctype"
grep -q '<html lang="en">' "$out" || fail "no lang attribute"
grep -qi '<script' "$out" && fail "has a script"
grep -q '@page{size:A4' "$out" || fail "no A4 print style"
grep -q '<h1>Contact the mediation adviser</h1>' "$out" || fail "not the code's page: $(grep '<h1>' "$out")"
grep -q "Journey code: $rutland" "$out" || fail "no journey code"
# The dates the code carries, said before any deadline (a mistyped code
# shows its dates, so the family can see them).
grep -q 'Decision letter dated Wednesday 10 March 2027; no certificate date given\.' "$out" ||
	fail "the page does not say which dates its code gave"
cd_line=$(grep -n 'Decision letter dated' "$out" | head -1 | cut -d: -f1)
dl_line=$(grep -n 'by Monday 10 May 2027' "$out" | head -1 | cut -d: -f1)
[ "$cd_line" -lt "$dl_line" ] || fail "the code's dates come after a deadline"
grep -q 'Contact the mediation adviser named in your letter by Monday 10 May 2027\.' "$out" || fail "no adviser date"
grep -q 'Then appeal to the Tribunal with the mediation certificate, by Monday 10 May 2027 on form SEND35' "$out" || fail "no appeal date"
grep -q '<h2>Contacts for Rutland</h2>' "$out" || fail "no contacts for Rutland"
grep -q '<a href="tel:08000644488">0800 064 4488</a>' "$out" || fail "no phone link"
grep -q 'class="sources"' "$out" || fail "no sources"
grep -q 'read 23 November 2026\|page dated' "$out" || fail "sources without their dates"
first_date=$(grep -n 'by Monday 10 May 2027' "$out" | head -1 | cut -d: -f1)
first_contacts=$(grep -n 'class="contacts"' "$out" | head -1 | cut -d: -f1)
[ -n "$first_date" ] && [ -n "$first_contacts" ] && [ "$first_date" -lt "$first_contacts" ] ||
	fail "the family's dates do not come before the contacts"
# Only this page: no other screen, no list of every council.
grep -q 'id="councils"\|id="screen-' "$out" && fail "the whole guide was written, not the page"
# The code was not ignored: another code, another page.
sg --lang=en --export=html --code="$ni" | grep -q '<h1>If you live in Northern Ireland</h1>' ||
	fail "--code $ni did not write its own page"
sg --lang=en --export=html --code="$leicester" | grep -q '<h2>Contacts for Leicester</h2>' ||
	fail "--code $leicester: no contacts for Leicester"
# A mistyped code is refused, and nothing is written.
sg --export=html --code=XXXX-XXXX >"$WORK/bad" 2>"$WORK/bad.err" && fail "a bad code was accepted"
[ -s "$WORK/bad" ] && fail "a bad code still wrote a page"
grep -q 'code' "$WORK/bad.err" || fail "a bad code: $(cat "$WORK/bad.err")"

# Well-formed, and clean to tidy; a text browser reads it in order.
for lang in en pl ro; do
	sg --lang="$lang" --export=html --code="$southend" >"$WORK/$lang.html" || fail "$lang: export"
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$WORK/$lang.html" 2>"$WORK/xml" || fail "$lang: not well-formed: $(head -3 "$WORK/xml")"
	fi
	if command -v tidy >/dev/null 2>&1; then
		tidy -q -e "$WORK/$lang.html" >"$WORK/tidy" 2>&1
		[ ! -s "$WORK/tidy" ] || fail "tidy $lang: $(head -5 "$WORK/tidy")"
	fi
done
grep -q '<html lang="pl">' "$WORK/pl.html" || fail "pl: lang attribute"
grep -q 'class="notice"' "$WORK/pl.html" || fail "pl: no unreviewed-translation notice"
if command -v lynx >/dev/null 2>&1; then
	lynx -dump -nolist -width=80 "$WORK/en.html" >"$WORK/en.txt" 2>&1 || fail "lynx could not read the page"
	grep -q 'Contact the mediation adviser' "$WORK/en.txt" || fail "lynx: no title"
	grep -q 'Contacts for Southend-on-Sea' "$WORK/en.txt" || fail "lynx: no contacts"
	a=$(grep -n 'Journey code' "$WORK/en.txt" | head -1 | cut -d: -f1)
	b=$(grep -n 'Sources' "$WORK/en.txt" | tail -1 | cut -d: -f1)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || fail "lynx: the code does not come before the sources"
fi

# --export=text --code: the same page as text, the dates first.
sg --lang=en --export=text --code="$rutland" >"$WORK/page.txt" || fail "--export=text --code"
head -1 "$WORK/page.txt" | grep -qx 'Contact the mediation adviser' || fail "text: wrong page"
grep -qx "Journey code: $rutland" "$WORK/page.txt" || fail "text: no code"
grep -qx 'Contacts for Rutland' "$WORK/page.txt" || fail "text: no contacts"
a=$(grep -n '^Contact the mediation adviser named in your letter by Monday 10 May' "$WORK/page.txt" | head -1 | cut -d: -f1)
b=$(grep -n '^Important: ' "$WORK/page.txt" | head -1 | cut -d: -f1)
[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || fail "text: the dates are not first"

# Printed by a real browser: exactly one A4 sheet for each page, the
# longest included (Southend-on-Sea's four providers, dates, in Polish and
# Romanian, which run longer than English).
chromium=
for c in chromium chromium-browser google-chrome; do
	command -v "$c" >/dev/null 2>&1 && { chromium=$c; break; }
done
[ -n "$chromium" ] || skip "no chromium to print with (Debian: chromium)"
command -v pdfinfo >/dev/null 2>&1 || skip "no pdfinfo to count pages (Debian: poppler-utils)"
# As root, Chromium refuses to start without --no-sandbox.
sandbox=
[ "$(id -u)" = 0 ] && sandbox=--no-sandbox
to_pdf() {  # $1 html, $2 pdf
	HOME="$WORK" timeout 120 "$chromium" --headless $sandbox --disable-gpu \
		--no-pdf-header-footer --user-data-dir="$WORK/chromium" \
		--print-to-pdf="$2" "file://$1" >"$WORK/chromium.log" 2>&1
}
printf '<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head><body><p>t</p></body></html>\n' >"$WORK/probe.html"
if ! to_pdf "$WORK/probe.html" "$WORK/probe.pdf" || [ ! -s "$WORK/probe.pdf" ]; then
	skip "$chromium cannot print here: $(tail -2 "$WORK/chromium.log")"
fi
n=0
for spec in "en $leicester" "en $rutland" "en $dr_rutland" "en $ni" "en $southend" "pl $southend" "ro $southend" "ro $rutland"; do
	lang=${spec%% *}
	c=${spec#* }
	sg --lang="$lang" --export=html --code="$c" >"$WORK/p.html" || fail "$lang $c: export"
	rm -f "$WORK/p.pdf"
	to_pdf "$WORK/p.html" "$WORK/p.pdf" || fail "$lang $c: $chromium failed: $(tail -3 "$WORK/chromium.log")"
	pdfinfo "$WORK/p.pdf" >"$WORK/info" 2>&1 || fail "$lang $c: pdfinfo: $(cat "$WORK/info")"
	pages=$(sed -n 's/^Pages: *//p' "$WORK/info")
	[ "$pages" = 1 ] || fail "$lang $c prints on $pages pages, not 1"
	grep -q '^Page size:.*(A4)' "$WORK/info" || fail "$lang $c: not A4: $(grep 'Page size' "$WORK/info")"
	printf '%s %s: %s page\n' "$lang" "$c" "$pages" >&2
	n=$((n + 1))
done
[ "$n" = 8 ] || fail "printed $n pages, expected 8"
pass
