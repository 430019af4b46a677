/* unit_layout.c: display widths and wrapping for every script, at every width. */
#include <config.h>

#include <regex.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistr.h>

#include "guide.h"
#include "lang.h"
#include "layout.h"
#include "page.h"
#include "report.h"
#include "unit.h"

/* Non-space bytes of s, in order: wrapping may only drop spaces and newlines. */
static size_t
squeeze(const char *s, size_t len, char *out)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\n')
			out[n++] = s[i];
	return n;
}

/* Properties every wrapping must have: no text lost or reordered, lines
   within the width (unless one cluster is wider), valid UTF-8 on each line,
   no trailing spaces, and widths that match what is drawn. */
static void
check_wrap(const char *text, int width, int first, int rest)
{
	static char want[65536], got[65536];
	struct layout l = { 0 };
	size_t i, nwant, ngot = 0;
	bool valid = u8_check((const uint8_t *)text, strlen(text)) == NULL;

	layout_wrap(&l, text, strlen(text), width, first, rest);
	CHECK(l.count >= 1);
	for (i = 0; i < l.count; i++) {
		const struct layout_line *ln = &l.lines[i];
		int room = (width < 1 ? 1 : width) - ln->indent;

		CHECK(ln->width == layout_width(ln->text, ln->len));
		if (valid)
			CHECK(u8_check((const uint8_t *)ln->text, ln->len) == NULL);
		CHECK(ln->len == 0 || ln->text[ln->len - 1] != ' ');
		CHECK(ln->indent >= 0);
		/* Only a single cluster wider than the room may overflow it. */
		if (ln->width > room) {
			CHECK(layout_fit(ln->text, ln->len, ln->width - 1) == 0);
			if (layout_fit(ln->text, ln->len, ln->width - 1) != 0)
				fprintf(stderr, "w=%d indent=%d [%.*s]\n", width, ln->indent, (int)ln->len, ln->text);
		}
		ngot += squeeze(ln->text, ln->len, got + ngot);
	}
	nwant = squeeze(text, strlen(text), want);
	CHECK_INT(ngot, nwant);
	CHECK(memcmp(want, got, nwant) == 0);
	layout_free(&l);
}

static void
check_lines(const char *text, int width, int first, int rest, const char *const *expect, size_t n)
{
	struct layout l = { 0 };
	char buf[512];
	size_t i;

	layout_wrap(&l, text, strlen(text), width, first, rest);
	CHECK_INT(l.count, n);
	for (i = 0; i < l.count && i < n; i++) {
		snprintf(buf, sizeof buf, "%*s%.*s", l.lines[i].indent, "",
			 (int)l.lines[i].len, l.lines[i].text);
		CHECK_STR(buf, expect[i]);
	}
	layout_free(&l);
}

#define LINES(...) (const char *const[]){ __VA_ARGS__ }, \
	sizeof (const char *const[]){ __VA_ARGS__ } / sizeof(const char *)

static void
test_widths(void)
{
	CHECK_INT(layout_width("abc", 3), 3);
	CHECK_INT(layout_width("", 0), 0);
	CHECK_INT(layout_width("日本語", strlen("日本語")), 6);
	CHECK_INT(layout_width("e\xcc\x81", 3), 1);             /* e + combining acute */
	CHECK_INT(layout_width("zażółć gęślą jaźń", strlen("zażółć gęślą jaźń")), 17);
	CHECK_INT(layout_width("\xf0\x9f\x98\x80", 4), 2);      /* emoji */
	CHECK_INT(layout_width("\x1b[31m", 5), 5);               /* ESC shows, not hides */
	CHECK_INT(layout_width("\xff\xfe", 2), 2);               /* invalid bytes count */
	CHECK_INT(layout_width("한국어", strlen("한국어")), 6);
	CHECK_INT(layout_width("العربية", strlen("العربية")), 7);
}

static void
test_fit(void)
{
	const char *cjk = "日本語";

	CHECK_INT(layout_fit(cjk, strlen(cjk), 3), 3);
	CHECK_INT(layout_fit(cjk, strlen(cjk), 4), 6);
	CHECK_INT(layout_fit(cjk, strlen(cjk), 1), 0);
	CHECK_INT(layout_fit("e\xcc\x81x", 4, 1), 3);            /* the mark stays */
	CHECK_INT(layout_fit("abc", 3, 100), 3);
	CHECK_INT(layout_fit("abc", 3, 0), 0);
	/* A ZWJ family emoji is never cut in the middle. */
	CHECK_INT(layout_fit("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 11, 3), 0);
	CHECK_INT(layout_fit("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", 11, 4), 11);
}

static void
test_wrap_lines(void)
{
	check_lines("The quick brown fox jumps", 10, 0, 0,
		    LINES("The quick", "brown fox", "jumps"));
	check_lines("abcdefghij", 4, 0, 0, LINES("abcd", "efgh", "ij"));
	check_lines("a\nb\n\nc", 80, 0, 0, LINES("a", "b", "", "c"));
	check_lines("a\n", 80, 0, 0, LINES("a"));
	check_lines("", 80, 0, 0, LINES(""));
	check_lines("ab cd", 1, 0, 0, LINES("a", "b", "c", "d"));
	check_lines("ab cd", 0, 0, 0, LINES("a", "b", "c", "d"));
	check_lines("ab cd", -5, 0, 0, LINES("a", "b", "c", "d"));
	check_lines("one two three four five", 1000000, 0, 0, LINES("one two three four five"));
	/* A bullet: the marker is the caller's, the hanging indent is ours. */
	check_lines("Ask the council for the mediation certificate", 20, 2, 2,
		    LINES("  Ask the council", "  for the mediation", "  certificate"));
	check_lines("word word word", 9, 4, 0, LINES("    word", "word word"));
	/* Indents wider than the width shrink so text still fits. */
	check_lines("ab", 2, 8, 8, LINES(" a", " b"));
	/* Trailing spaces never count, runs of spaces between words do. */
	check_lines("end.   Next", 6, 0, 0, LINES("end.", "Next"));
	check_lines("a  b", 80, 0, 0, LINES("a  b"));
	/* Polish: break at spaces, never inside a letter. */
	check_lines("Zażółć gęślą jaźń, proszę", 12, 0, 0,
		    LINES("Zażółć gęślą", "jaźń, proszę"));
	/* CJK breaks between ideographs without spaces. */
	check_lines("日本語の文章", 4, 0, 0, LINES("日本", "語の", "文章"));
	/* Combining marks stay with their base even at width 1. */
	check_lines("e\xcc\x81" "e\xcc\x81", 1, 0, 0, LINES("e\xcc\x81", "e\xcc\x81"));
	/* Flags (regional indicator pairs) stay whole. */
	check_lines("\xf0\x9f\x87\xac\xf0\x9f\x87\xa7\xf0\x9f\x87\xb5\xf0\x9f\x87\xb1", 2, 0, 0,
		    LINES("\xf0\x9f\x87\xac\xf0\x9f\x87\xa7", "\xf0\x9f\x87\xb5\xf0\x9f\x87\xb1"));
}

static void
test_properties(void)
{
	static const char *const texts[] = {
		"If you disagree with the council's decision about an EHC plan, you must "
		"contact a mediation adviser before you can appeal to the tribunal.",
		"Jeśli nie zgadzasz się z decyzją rady w sprawie planu EHC, musisz "
		"skontaktować się z doradcą ds. mediacji przed odwołaniem.",
		"如果您不同意地方议会关于教育、健康和护理计划的决定，您必须先联系调解顾问。",
		"Dacă nu sunteți de acord cu decizia consiliului, contactați un consilier de mediere.",
		"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 family "
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80 emoji e\xcc\x81\xcc\x81 marks",
		"https://www.example.org/a/very/long/address/that/has/no/spaces/at/all/in/it",
		"line one\nline two  \n\n  indented after a forced break",
		"\xff\xfe invalid bytes \xc3 stay visible",
	};
	int widths[] = { 1, 2, 3, 5, 8, 13, 20, 40, 72, 80, 1000 };
	size_t t, w;

	for (t = 0; t < sizeof texts / sizeof texts[0]; t++)
		for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			check_wrap(texts[t], widths[w], 0, 0);
			check_wrap(texts[t], widths[w], 2, 2);
			check_wrap(texts[t], widths[w], 3, 0);
		}
}

/* Wrapping a long paragraph (past the stack buffer) and reusing the lines
   array: the curses view wraps on every screen change. */
static void
test_reuse_and_speed(void)
{
	static char para[20000];
	struct layout l = { 0 };
	struct layout_line *first_array;
	size_t n = 0, i;
	clock_t t0;
	double ms;

	while (n + 12 < sizeof para) {
		memcpy(para + n, "mediation ", 10);
		n += 10;
	}
	para[n] = '\0';
	check_wrap(para, 72, 0, 0);
	layout_wrap(&l, para, n, 72, 0, 0);
	CHECK(l.count > 200);
	first_array = l.lines;
	t0 = clock();
	for (i = 0; i < 200; i++) {
		layout_clear(&l);
		CHECK_INT(l.count, 0);
		layout_wrap(&l, para, n, 72, 0, 0);
	}
	ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC / 200;
	CHECK(l.lines == first_array);
	fprintf(stderr, "wrapping %zu bytes at 72 columns: %.3f ms\n", n, ms);
	layout_free(&l);
	CHECK(l.lines == NULL && l.count == 0 && l.cap == 0);
}

/* ---- No break inside a web address, an e-mail address or a phone number ----
   The tokens are found here by regular expressions of their own, not by
   layout.c's scanner, so the two must agree for the test to pass. */

static const char *const token_patterns[] = {
	/* Web addresses: with a scheme, with www., or a bare British or
	   generic domain; a full stop or bracket after one ends the sentence. */
	"(https?://|www\\.)[^ ()<>\"]*[^ ()<>\".,;:!?]",
	"[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*\\.(uk|com|org|net)(/[^ ()<>\"]*[^ ()<>\".,;:!?])?",
	/* E-mail addresses. */
	"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+",
	/* UK phone numbers: 0300 123 4567, (028) 9072 6060, 01422 266141,
	   0207 359-3635, 03330062835, +44 20 7946 0000. */
	"(\\(0[0-9]{2,4}\\)|0[0-9]{2,4})[ -]?[0-9]{3,4}[ -]?[0-9]{3,6}",
	"\\+44 ?(\\(0\\))?[0-9]{2,4} ?[0-9]{3,4} ?[0-9]{3,4}",
};
#define NPATTERNS (sizeof token_patterns / sizeof token_patterns[0])
static regex_t token_re[NPATTERNS];
static int tokens_checked, tokens_too_wide;

/* Every token of text: its start and end, the longest match wherever two
   overlap (a bare domain inside a full address is that address's part). */
struct span { size_t s, e; };

static size_t
find_tokens(const char *text, struct span *out, size_t max)
{
	size_t p, n = 0, i, j, kept = 0;

	for (p = 0; p < NPATTERNS; p++) {
		const char *at = text;
		regmatch_t m;

		while (n < max && regexec(&token_re[p], at, 1, &m, at == text ? 0 : REG_NOTBOL) == 0
		       && m.rm_eo > m.rm_so) {
			out[n].s = (size_t)(at - text) + (size_t)m.rm_so;
			out[n].e = (size_t)(at - text) + (size_t)m.rm_eo;
			at = text + out[n].e;
			n++;
		}
	}
	for (i = 0; i < n; i++) {
		bool inside = false;

		for (j = 0; j < n; j++)
			if (j != i && out[j].s <= out[i].s && out[j].e >= out[i].e
			    && out[j].e - out[j].s > out[i].e - out[i].s)
				inside = true;
		if (!inside)
			out[kept++] = out[i];
	}
	return kept;
}

/* Every token of text against one wrapping: no line may start inside one
   that fits the line whole. */
static void
check_tokens_whole(const char *text, int width, int first, int rest)
{
	struct layout l = { 0 };
	struct span tok[64];
	size_t t, n, i;
	int room = width - (first > rest ? first : rest);

	layout_wrap(&l, text, strlen(text), width, first, rest);
	n = find_tokens(text, tok, 64);
	for (t = 0; t < n; t++) {
		size_t s = tok[t].s, e = tok[t].e;
		bool bad = false;

		if (layout_width(text + s, e - s) > room) {
			tokens_too_wide++;
			continue;
		}
		tokens_checked++;
		for (i = 1; i < l.count; i++) {
			size_t start = (size_t)(l.lines[i].text - text);

			if (start > s && start < e)
				bad = true;
		}
		CHECK(!bad);
		if (bad)
			UNIT_FAIL_("width %d: \"%.*s\" broken in \"%s\"", width,
				   (int)(e - s), text + s, text);
	}
	layout_free(&l);
}

static void
check_tokens_all_widths(const char *text)
{
	int w;

	if (text == NULL || *text == '\0')
		return;
	for (w = 12; w <= 100; w++) {
		check_tokens_whole(text, w, 0, 0);
		if (w % 7 == 0)
			check_tokens_whole(text, w, 2, 4);
	}
}

static void
compile_patterns(void)
{
	size_t p;

	for (p = 0; p < NPATTERNS; p++)
		CHECK(regcomp(&token_re[p], token_patterns[p], REG_EXTENDED) == 0);
}

/* The two the issue names, and each kind at the width that used to split it. */
static void
test_tokens_whole(void)
{
	static const char *const cases[] = {
		"Phone 028 9072 6060, or see www.globalmediation.co.uk/DARS.",
		"IPSEA's guide to mediation, on ipsea.org.uk, says what happens next.",
		"Write to the team at send.mediation@example.org.uk or phone 0300 123 4567 on a weekday.",
		"From abroad call +44 20 7946 0000; in Northern Ireland call (028) 9072 6060.",
		"Read https://www.example.org.uk/send/mediation-and-disagreement-resolution?area=rutland first.",
	};
	struct layout l = { 0 };
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_tokens_all_widths(cases[i]);
	/* The regression itself: at 40 columns the address is whole on a line. */
	layout_wrap(&l, cases[0], strlen(cases[0]), 40, 0, 0);
	CHECK_INT(l.count, 2);
	CHECK(l.count == 2 && strncmp(l.lines[1].text, "www.globalmediation.co.uk/DARS.", 31) == 0);
	/* The full stop that ends the sentence goes with the address, not
	   alone onto a line of its own, when the two fit. */
	layout_clear(&l);
	layout_wrap(&l, cases[0], strlen(cases[0]), 31, 0, 0);
	CHECK_INT(l.count, 2);
	CHECK(l.count == 2 && l.lines[1].len == 31);
	/* A sentence's full stop after an address may still go with it. */
	layout_clear(&l);
	layout_wrap(&l, cases[1], strlen(cases[1]), 30, 0, 0);
	CHECK(l.count >= 2 && strstr(l.lines[0].text, "ipsea.org.uk") != NULL);
	/* Longer than the line: it is broken rather than overflowing, and
	   every line stays within the width. */
	layout_clear(&l);
	layout_wrap(&l, cases[4], strlen(cases[4]), 20, 0, 0);
	CHECK(l.count >= 4);
	for (i = 0; i < l.count; i++)
		CHECK(l.lines[i].width <= 20);
	/* A number in brackets: the brackets may go to the next line with it,
	   never the number split from its brackets' inside. */
	layout_clear(&l);
	layout_wrap(&l, "Call them (0800 064 4488) today", 31, 16, 0, 0);
	CHECK(l.count >= 2 && strncmp(l.lines[1].text, "(0800 064 4488)", 15) == 0);
	layout_free(&l);
}

/* Every string a view wraps, in the current language. */
static void
check_content_strings(const struct guide *g)
{
	size_t i, b, k;

	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];

		check_tokens_all_widths(tr(&sc->title));
		for (b = 0; b < sc->nbody; b++)
			for (k = 0; k < sc->body[b].nitems; k++)
				check_tokens_all_widths(tr(&sc->body[b].items[k]));
		for (k = 0; k < sc->nchoices; k++)
			check_tokens_all_widths(sc->choices[k].label.en != NULL ? tr(&sc->choices[k].label) : NULL);
	}
	for (i = 0; i < g->nsources; i++)
		check_tokens_all_widths(g->sources[i].title.en);
	for (i = 0; i < g->nproviders; i++) {
		struct page pg = { 0 };
		struct card c;

		page_card(&pg, &c, &g->providers[i], NULL);
		check_tokens_all_widths(c.name);
		check_tokens_all_widths(c.services);
		for (k = 0; k < c.npoints; k++) {
			check_tokens_all_widths(c.points[k].line);
			check_tokens_all_widths(c.points[k].note);
			check_tokens_all_widths(c.points[k].source);
		}
		check_tokens_all_widths(c.hours);
		check_tokens_all_widths(c.source);
		card_free(&c);
		page_free(&pg);
	}
	for (i = 0; i < g->nareas; i++) {
		struct page pg = { 0 };

		page_contacts_for(&pg, g, &g->areas[i], NULL);
		check_tokens_all_widths(pg.contacts.heading);
		check_tokens_all_widths(pg.contacts.message);
		for (k = 0; k < pg.contacts.ncards; k++) {
			check_tokens_all_widths(pg.contacts.cards[k].link_note);
			check_tokens_all_widths(pg.contacts.cards[k].link_source);
		}
		page_free(&pg);
	}
}

/* Every string of the shipped content a view wraps, in English, Polish and
   Romanian, at every width from 12 to 100 columns: screen texts, provider cards (their "Phone: ..." lines,
   notes, hours and "Source: ..." lines) and each area's contacts. */
static void
test_tokens_in_content(void)
{
	const char *top = getenv("TOP_SRCDIR");
	struct diags d;
	static const char *const langs[] = { "en", "pl", "ro" };
	struct guide *g;
	char *dir;
	size_t li;

	xasprintf(&dir, "%s/content", top != NULL ? top : ".");
	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	if (g == NULL) {
		diags_print(&d, stderr);
		goto out;
	}
	lang_init(BUILD_LOCALEDIR, "en");
	tokens_checked = tokens_too_wide = 0;
	for (li = 0; li < sizeof langs / sizeof langs[0]; li++) {
		CHECK(lang_set(langs[li]));
		check_content_strings(g);
	}
	lang_set("en");
	/* The content has hundreds of addresses and numbers: if the patterns
	   found few, they (not the layout) are wrong. */
	CHECK(tokens_checked > 10000);
	fprintf(stderr, "addresses and numbers checked whole: %d; too wide for the line: %d\n",
		tokens_checked, tokens_too_wide);
	guide_free(g);
out:
	diags_free(&d);
	free(dir);
}

int
main(void)
{
	compile_patterns();
	UNIT_CASE(test_widths);
	UNIT_CASE(test_fit);
	UNIT_CASE(test_wrap_lines);
	UNIT_CASE(test_properties);
	UNIT_CASE(test_reuse_and_speed);
	UNIT_CASE(test_tokens_whole);
	UNIT_CASE(test_tokens_in_content);
	UNIT_DONE();
}
