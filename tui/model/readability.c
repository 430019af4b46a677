/* readability.c: reading level of the English content: sentences, words, syllables, Flesch scores. */
/*
 * The measures are the classic ones, so authors can compare them with other
 * tools: Flesch reading ease and the Flesch-Kincaid grade. Both need three
 * counts, and the only hard one is syllables. The rule used here, written
 * out so a reviewer can check it against the word list in
 * tests/unit_readability.c:
 *
 *   1. Each alphabetic run of a token counts on its own ("short-term" is
 *      "short" + "term"); a run of digits counts as one syllable.
 *   2. A run of 2 or 3 capitals ("ICB", "EHC", "NHS") is read letter by
 *      letter: one syllable a letter. Longer ones ("SEND", "IPSEA") are read
 *      as words.
 *   3. Count the groups of adjacent vowels (a, e, i, o, u, and y when it
 *      does not start the run).
 *   4. A group that is really two syllables adds one: "ia" (media) but not
 *      in "cia"/"tia" (special, initial); "io" (period) but not in "tio",
 *      "sio", "cio", "xio" (mediation, decision, precious); "ua" (individual)
 *      but not in "qua"/"gua" (equal, language); "eo" (reopen, video) but
 *      not in "peo" or "eou" (people, gorgeous); "ea" ending a run (area).
 *   5. A final silent "e" takes one away ("make"), unless the run ends in
 *      consonant + "le" (table) or "ee" (agree).
 *   6. A final "es" or "ed" takes one away ("makes", "asked") unless the
 *      ending is heard: "ed" after t or d (decided), "es" after s, x, z,
 *      ch, sh, c or g (changes, faces).
 *   7. Every run with a letter has at least one syllable.
 *
 * A sentence ends at ".", "!" or "?" followed by a space or the end of the
 * text, except after the abbreviations in `abbreviations` and inside
 * numbers (9.30); the end of a paragraph, bullet or label always ends one.
 * A word is a whitespace-separated token with at least one letter or digit.
 *
 * A jargon term (settings.jargon) counts as explained on a screen that is,
 * or links to, the screen named for it; that uses the plain words given as
 * its "means"; or that defines it where it uses it: "TERM is", "TERM
 * means", "TERM:", "TERM (...)" or "(TERM)".
 */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "check.h"
#include "lang.h"
#include "readability.h"
#include "xalloc.h"

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The length of the letter at s (ASCII or any Unicode letter, so "café"
   stays one word), or 0 when s does not start with one. */
static size_t
letter_len(const char *s, size_t len)
{
	ucs4_t uc;
	int n;

	if (len == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return isalpha((unsigned char)s[0]) ? 1 : 0;
	n = u8_mbtouc(&uc, (const uint8_t *)s, len);
	return uc_is_alpha(uc) ? (size_t)n : 0;
}

/* Syllables of one alphabetic run, lower-cased into w (rules 3 to 7). */
static unsigned
run_syllables(const char *w, size_t n)
{
	unsigned count = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		bool v = is_vowel(w[i]) && !(w[i] == 'y' && i == 0);
		bool prev = i > 0 && is_vowel(w[i - 1]) && !(w[i - 1] == 'y' && i - 1 == 0);

		if (v && !prev)
			count++;
		if (v && prev) {
			char a = w[i - 1], b = w[i], before = i >= 2 ? w[i - 2] : '\0';

			if (a == 'i' && b == 'a' && before != 'c' && before != 't')
				count++;
			else if (a == 'i' && b == 'o' && before != 't' && before != 's'
				 && before != 'c' && before != 'x')
				count++;
			else if (a == 'u' && b == 'a' && before != 'q' && before != 'g')
				count++;
			else if (a == 'e' && b == 'o' && before != 'p' && (i + 1 >= n || w[i + 1] != 'u'))
				count++;
			else if (a == 'e' && b == 'a' && i + 1 == n)
				count++;
		}
	}
	if (n >= 2 && w[n - 1] == 'e' && count > 1) {
		bool consonant_le = n >= 3 && w[n - 2] == 'l' && !is_vowel(w[n - 3]);

		if (!consonant_le && w[n - 2] != 'e')
			count--;
	}
	if (n >= 3 && count > 1 && (w[n - 1] == 'd' || w[n - 1] == 's') && w[n - 2] == 'e') {
		char c = w[n - 3];
		bool heard;

		if (w[n - 1] == 'd')
			heard = c == 't' || c == 'd';
		else
			heard = c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g'
				|| (c == 'h' && n >= 4 && (w[n - 4] == 'c' || w[n - 4] == 's'));
		if (!heard && !is_vowel(c))
			count--;
	}
	return count > 0 ? count : 1;
}

unsigned
rd_syllables(const char *word, size_t len)
{
	unsigned total = 0;
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)word[i];

		if (isdigit(c)) {
			while (i < len && isdigit((unsigned char)word[i]))
				i++;
			total++;
		} else if (letter_len(word + i, len - i) > 0) {
			char buf[64];
			size_t n = 0, upper = 0, letters = 0, l;

			while ((l = letter_len(word + i, len - i)) > 0) {
				letters++;
				if (isupper((unsigned char)word[i]))
					upper++;
				if (l == 1 && n < sizeof buf)
					buf[n++] = (char)tolower((unsigned char)word[i]);
				i += l;
			}
			if (upper == letters && upper >= 2 && upper <= 3)
				total += (unsigned)upper;
			else
				total += run_syllables(buf, n);
		} else {
			i++;
		}
	}
	return total;
}

/* Abbreviations whose full stop does not end a sentence, lower case. */
static const char *const abbreviations[] = {
	"e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "vs", "approx", "incl",
};

static bool
ends_abbreviation(const char *text, size_t dot)
{
	size_t start = dot, i;

	while (start > 0 && !isspace((unsigned char)text[start - 1]) && text[start - 1] != '(')
		start--;
	for (i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++) {
		size_t n = strlen(abbreviations[i]);

		if (dot - start == n && strncasecmp(text + start, abbreviations[i], n) == 0)
			return true;
	}
	return false;
}

void
rd_count_text(const char *text, struct rd_counts *acc,
	      void (*on_sentence)(void *ctx, size_t offset, size_t len, size_t words),
	      void *ctx)
{
	size_t i = 0, len = strlen(text), sentence_start = 0, words = 0;

	while (i <= len) {
		size_t tok, end;
		bool has_word = false, stop = false;

		while (i < len && isspace((unsigned char)text[i]))
			i++;
		if (i >= len)
			break;
		if (words == 0)
			sentence_start = i;
		tok = i;
		while (i < len && !isspace((unsigned char)text[i]))
			i++;
		end = i;
		for (size_t k = tok; k < end && !has_word; k++)
			has_word = isdigit((unsigned char)text[k]) || letter_len(text + k, end - k) > 0;
		if (has_word) {
			words++;
			acc->words++;
			acc->syllables += rd_syllables(text + tok, end - tok);
		}
		/* Trailing quotes and brackets may follow the full stop. */
		{
			size_t e = end;

			while (e > tok && strchr("\"')]\xe2\x80\x9d\x99", text[e - 1]) != NULL
			       && (unsigned char)text[e - 1] < 0x80)
				e--;
			if (e > tok && strchr(".!?", text[e - 1]) != NULL
			    && !(text[e - 1] == '.' && ends_abbreviation(text, e - 1)))
				stop = true;
		}
		if (stop && words > 0) {
			acc->sentences++;
			if (on_sentence != NULL)
				on_sentence(ctx, sentence_start, end - sentence_start, words);
			words = 0;
		}
	}
	if (words > 0) {
		acc->sentences++;
		if (on_sentence != NULL)
			on_sentence(ctx, sentence_start, len - sentence_start, words);
	}
}

double
rd_flesch_ease(const struct rd_counts *c)
{
	if (c->words == 0 || c->sentences == 0)
		return 0;
	return 206.835 - 1.015 * ((double)c->words / (double)c->sentences)
		- 84.6 * ((double)c->syllables / (double)c->words);
}

double
rd_fk_grade(const struct rd_counts *c)
{
	if (c->words == 0 || c->sentences == 0)
		return 0;
	return 0.39 * ((double)c->words / (double)c->sentences)
		+ 11.8 * ((double)c->syllables / (double)c->words) - 15.59;
}

/* What one sentence callback needs to warn at the text's position. */
struct sentence_ctx {
	const struct text *t;
	enum diag_level level;
	struct diags *d;
	struct rd_report *r;
	struct rd_screen *rs;
};

static void
on_sentence(void *ctx, size_t offset, size_t len, size_t words)
{
	struct sentence_ctx *c = ctx;
	char start[48];
	size_t n = len < 40 ? len : 40;

	if (words > c->rs->longest)
		c->rs->longest = words;
	if (words > c->r->longest)
		c->r->longest = words;
	if (words <= RD_MAX_SENTENCE_WORDS)
		return;
	c->r->long_sentences++;
	/* Cut at a character boundary, so the quotation is valid UTF-8. */
	while (n > 0 && n < len && ((unsigned char)c->t->en[offset + n] & 0xC0) == 0x80)
		n--;
	memcpy(start, c->t->en + offset, n);
	start[n] = '\0';
	diags_add(c->d, c->level, &c->t->pos,
		  _("Split it into two sentences, or say it in fewer words."),
		  ngettext("a sentence of %zu word starting \"%s%s\" is longer than %d words",
			   "a sentence of %zu words starting \"%s%s\" is longer than %d words", words),
		  words, start, n < len ? "…" : "", RD_MAX_SENTENCE_WORDS);
}

static void
count_item(const struct text *t, struct sentence_ctx *c)
{
	if (t->en != NULL)
		rd_count_text(t->en, &c->rs->counts, on_sentence, c);
}

/* Whether hay holds needle as a whole word (case kept), or, with fold, in
   any case anywhere. */
static bool
contains(const char *hay, const char *needle, bool fold)
{
	size_t n = strlen(needle);
	const char *p;

	if (hay == NULL || n == 0)
		return false;
	for (p = hay; *p != '\0'; p++) {
		if ((fold ? strncasecmp(p, needle, n) : strncmp(p, needle, n)) != 0)
			continue;
		if (fold)
			return true;
		if ((p == hay || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
			return true;
	}
	return false;
}

static bool
screen_contains(const struct screen *s, const char *needle, bool fold)
{
	size_t i, j;

	if (contains(s->title.en, needle, fold))
		return true;
	for (i = 0; i < s->nbody; i++)
		for (j = 0; j < s->body[i].nitems; j++)
			if (contains(s->body[i].items[j].en, needle, fold))
				return true;
	for (i = 0; i < s->nchoices; i++)
		if (contains(s->choices[i].label.en, needle, fold))
			return true;
	for (i = 0; i < s->nsummary; i++)
		if (contains(s->summary[i].text.en, needle, fold)
		    || contains(s->summary[i].dated.en, needle, fold))
			return true;
	return false;
}

/* Whether text says what term means where it uses it: "TERM is ...",
   "TERM means ...", "TERM: ...", "TERM (...)" or "... (TERM)". */
static bool
defines(const char *text, const char *term)
{
	size_t n = strlen(term);
	const char *p;

	if (text == NULL || n == 0)
		return false;
	for (p = strstr(text, term); p != NULL; p = strstr(p + 1, term)) {
		const char *after = p + n;

		if (p > text && p[-1] == '(' && *after == ')')
			return true;
		if (*after == ':' || strncmp(after, " (", 2) == 0 || strncmp(after, " is ", 4) == 0
		    || strncmp(after, " are ", 5) == 0 || strncmp(after, " means ", 7) == 0)
			return true;
	}
	return false;
}

static bool
screen_defines(const struct screen *s, const char *term)
{
	size_t i, j;

	for (i = 0; i < s->nbody; i++)
		for (j = 0; j < s->body[i].nitems; j++)
			if (defines(s->body[i].items[j].en, term))
				return true;
	return false;
}

static bool
links_to(const struct screen *s, const struct screen *to)
{
	size_t i;

	for (i = 0; i < s->nchoices; i++)
		if (s->choices[i].target == to)
			return true;
	return false;
}

static void
check_jargon(const struct guide *g, enum diag_level level, struct diags *d, struct rd_report *r)
{
	unsigned char *seen = xcalloc(g->nscreens ? g->nscreens : 1, 1);
	size_t i, j;

	for (j = 0; j < g->njargon; j++) {
		const struct jargon *t = &g->jargon[j];

		if (t->explained == NULL || t->term == NULL)
			continue;
		check_reachable(g, t->explained, seen);
		for (i = 0; i < g->nscreens; i++) {
			const struct screen *s = &g->screens[i];

			if (!seen[i] || !screen_contains(s, t->term, false) || links_to(s, t->explained)
			    || screen_defines(s, t->term)
			    || (t->means != NULL && screen_contains(s, t->means, true)))
				continue;
			r->jargon_uses++;
			diags_add(d, level, &s->pos,
				  _("Say what it means on this screen, or link to the screen that explains it."),
				  _("screen '%s' uses \"%s\" before screen '%s' explains it"),
				  s->id, t->term, t->explained->id);
		}
	}
	free(seen);
}

void
readability_check(const struct guide *g, enum diag_level level, struct diags *d,
		  struct rd_report *r)
{
	size_t i, j, k;

	memset(r, 0, sizeof *r);
	r->screens = xcalloc(g->nscreens ? g->nscreens : 1, sizeof *r->screens);
	for (i = 0; i < g->nscreens; i++) {
		const struct screen *s = &g->screens[i];
		struct rd_screen *rs = &r->screens[r->nscreens];
		struct sentence_ctx c = { NULL, level, d, r, rs };

		rs->screen = s;
		/* The summary is read first: its lines are measured like the body. */
		for (j = 0; j < s->nsummary; j++) {
			c.t = &s->summary[j].text;
			count_item(c.t, &c);
		}
		for (j = 0; j < s->nbody; j++)
			for (k = 0; k < s->body[j].nitems; k++) {
				c.t = &s->body[j].items[k];
				count_item(c.t, &c);
			}
		if (rs->counts.words == 0)
			continue;
		rs->ease = rd_flesch_ease(&rs->counts);
		rs->grade = rd_fk_grade(&rs->counts);
		r->total.sentences += rs->counts.sentences;
		r->total.words += rs->counts.words;
		r->total.syllables += rs->counts.syllables;
		if (rs->grade > RD_MAX_SCREEN_GRADE) {
			r->hard_screens++;
			diags_add(d, level, &s->pos,
				  _("Use shorter sentences and everyday words; content/README.md says how."),
				  _("screen '%s' reads at grade %.1f, above the target of %.0f"),
				  s->id, rs->grade, RD_MAX_SCREEN_GRADE);
		}
		r->nscreens++;
	}
	check_jargon(g, level, d, r);
}

void
readability_free(struct rd_report *r)
{
	free(r->screens);
	memset(r, 0, sizeof *r);
}
