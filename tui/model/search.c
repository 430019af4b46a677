/* search.c: find screens by words, ignoring case and accents, in the current language. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "lang.h"
#include "search.h"
#include "xalloc.h"

/* Folded text of every screen in one buffer, so that the first query word is
   found with memmem over the whole guide at once (fast even on 100x content)
   and the other words only within the screens that matched it. Title and
   body are separated by '\n', which no query word contains, so a word never
   matches across two strings. */
struct folded_screen {
	size_t title_off, title_len;
	size_t body_off, body_len;     /* body items and choice labels */
};

struct candidate {
	size_t index;
	int score;
};

static struct {
	const struct guide *guide;
	char lang[16];
	char *buf;
	size_t len, cap;
	struct folded_screen *screens;
	struct candidate *candidates;
	bool built;
} cache;

static void
buf_reserve(size_t more)
{
	if (cache.len + more <= cache.cap)
		return;
	while (cache.len + more > cache.cap)
		cache.cap = cache.cap ? cache.cap * 2 : 4096;
	cache.buf = xreallocarray(cache.buf, cache.cap, 1);
}

/* Letters with a stroke have no decomposition, so NFD keeps them: fold the
   common ones by hand so "lodz" finds "Łódź". */
static ucs4_t
base_letter(ucs4_t uc)
{
	switch (uc) {
	case 0x0142: return 'l';   /* ł */
	case 0x00F8: return 'o';   /* ø */
	case 0x0111: return 'd';   /* đ */
	case 0x0127: return 'h';   /* ħ */
	case 0x0167: return 't';   /* ŧ */
	case 0x0131: return 'i';   /* dotless i */
	default: return uc;
	}
}

/* Copy casefolded NFD text to out without its nonspacing and enclosing
   marks (the accents NFD split off). Spacing marks stay: in Indic scripts
   they are vowels, not accents. Never longer than the input. */
static size_t
strip_marks(const uint8_t *folded, size_t n, char *out)
{
	size_t i = 0, o = 0;

	while (i < n) {
		ucs4_t uc, base;
		int len = u8_mbtouc(&uc, folded + i, n - i);

		if (len <= 0)
			len = 1;
		if (!uc_is_general_category(uc, UC_CATEGORY_Mn)
		    && !uc_is_general_category(uc, UC_CATEGORY_Me)) {
			base = base_letter(uc);
			if (base != uc) {
				out[o++] = (char)base;
			} else {
				memcpy(out + o, folded + i, (size_t)len);
				o += (size_t)len;
			}
		}
		i += (size_t)len;
	}
	return o;
}

static bool
is_ascii(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* Fold s and write it at (*buf)[at], growing *buf as needed (folding can
   lengthen text: "ß" becomes "ss"); returns the bytes written. */
static size_t
fold_to(const char *s, size_t len, char **buf, size_t *cap, size_t at)
{
	uint8_t stack[1024];
	size_t n = sizeof stack, need, i, written;
	uint8_t *folded = NULL;
	bool ascii = is_ascii(s, len);

	/* Most English text is ASCII, where folding is lower-casing: this makes
	   building the index several times faster. */
	if (!ascii)
		folded = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFD, stack, &n);
	need = at + (folded != NULL ? n : len) + 1;
	if (need > *cap) {
		while (*cap < need)
			*cap = *cap ? *cap * 2 : 4096;
		*buf = xreallocarray(*buf, *cap, 1);
	}
	if (folded != NULL) {
		written = strip_marks(folded, n, *buf + at);
		if (folded != stack)
			free(folded);
		return written;
	}
	/* ASCII, or libunistring out of memory (invalid UTF-8 comes back as
	   U+FFFD, not as an error): lower-casing still finds what it can. */
	for (i = 0; i < len; i++)
		(*buf)[at + i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
	return len;
}

char *
search_fold(const char *s, size_t len, size_t *outlen)
{
	char *out = NULL;
	size_t cap = 0;

	*outlen = fold_to(s, len, &out, &cap, 0);
	if (out == NULL)
		out = xmalloc(1);
	out[*outlen] = '\0';
	return out;
}

static void
append_text(const struct text *t)
{
	const char *s = tr(t);

	if (s == NULL)
		return;
	cache.len += fold_to(s, strlen(s), &cache.buf, &cache.cap, cache.len);
	buf_reserve(1);
	cache.buf[cache.len++] = '\n';
}

static void
build(const struct guide *g)
{
	size_t i, b, k;

	cache.len = 0;
	free(cache.screens);
	free(cache.candidates);
	cache.screens = xcalloc(g->nscreens ? g->nscreens : 1, sizeof *cache.screens);
	cache.candidates = xcalloc(g->nscreens ? g->nscreens : 1, sizeof *cache.candidates);
	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];
		struct folded_screen *f = &cache.screens[i];

		f->title_off = cache.len;
		append_text(&sc->title);
		f->title_len = cache.len - f->title_off;
		f->body_off = cache.len;
		for (b = 0; b < sc->nbody; b++)
			for (k = 0; k < sc->body[b].nitems; k++)
				append_text(&sc->body[b].items[k]);
		for (k = 0; k < sc->nchoices; k++)
			append_text(&sc->choices[k].label);
		f->body_len = cache.len - f->body_off;
	}
	cache.guide = g;
	snprintf(cache.lang, sizeof cache.lang, "%s", lang_current());
	cache.built = true;
}

static void
ensure_built(const struct guide *g)
{
	if (!cache.built || cache.guide != g || strcmp(cache.lang, lang_current()) != 0)
		build(g);
}

/* Query words: runs of letters, digits and marks in the folded query. */
static bool
is_word_char(ucs4_t uc)
{
	return uc_is_general_category(uc, UC_CATEGORY_L)
		|| uc_is_general_category(uc, UC_CATEGORY_N)
		|| uc_is_general_category(uc, UC_CATEGORY_M);
}

struct word {
	const char *s;
	size_t len;
};

static size_t
split_words(const char *q, size_t n, struct word *words, size_t max)
{
	size_t i = 0, count = 0, start = 0;
	bool in_word = false;

	while (i <= n) {
		ucs4_t uc = 0;
		int len = 1;
		bool w = false;

		if (i < n) {
			len = u8_mbtouc(&uc, (const uint8_t *)q + i, n - i);
			if (len <= 0)
				len = 1;
			w = is_word_char(uc);
		}
		if (w && !in_word) {
			start = i;
			in_word = true;
		} else if (!w && in_word) {
			if (count < max)
				words[count++] = (struct word){ q + start, i - start };
			in_word = false;
		}
		i += (size_t)len;
	}
	return count;
}

static bool
contains(size_t off, size_t len, const struct word *w)
{
	return len >= w->len && memmem(cache.buf + off, len, w->s, w->len) != NULL;
}

/* The screen whose text holds buffer offset pos (screens are in order). */
static size_t
screen_at(size_t nscreens, size_t pos)
{
	size_t lo = 0, hi = nscreens;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (cache.screens[mid].title_off <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static int
by_score_then_order(const void *a, const void *b)
{
	const struct candidate *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

#define MAX_QUERY_WORDS 32

size_t
search_run(const struct guide *g, const char *query, struct search_hit *hits, size_t max)
{
	struct word words[MAX_QUERY_WORDS];
	size_t qlen, nwords, ncand = 0, pos, i, k, filled;
	char *q;

	if (g == NULL || g->nscreens == 0 || query == NULL)
		return 0;
	ensure_built(g);
	q = search_fold(query, strlen(query), &qlen);
	nwords = split_words(q, qlen, words, MAX_QUERY_WORDS);
	if (nwords == 0) {
		free(q);
		return 0;
	}

	/* Screens holding the first word, from one pass over the buffer. */
	pos = 0;
	while (pos < cache.len) {
		const char *hit = memmem(cache.buf + pos, cache.len - pos, words[0].s, words[0].len);
		size_t at, end;

		if (hit == NULL)
			break;
		at = screen_at(g->nscreens, (size_t)(hit - cache.buf));
		cache.candidates[ncand++] = (struct candidate){ at, 0 };
		end = cache.screens[at].body_off + cache.screens[at].body_len;
		pos = end > pos ? end : pos + 1;
	}

	/* Every other word must appear too; words in the title score. */
	filled = 0;
	for (i = 0; i < ncand; i++) {
		const struct folded_screen *f = &cache.screens[cache.candidates[i].index];
		int score = 0;
		bool all = true;

		for (k = 0; k < nwords && all; k++) {
			if (contains(f->title_off, f->title_len, &words[k]))
				score++;
			else if (!contains(f->body_off, f->body_len, &words[k]))
				all = false;
		}
		if (all)
			cache.candidates[filled++] = (struct candidate){ cache.candidates[i].index, score };
	}
	free(q);
	qsort(cache.candidates, filled, sizeof *cache.candidates, by_score_then_order);
	if (filled > max)
		filled = max;
	for (i = 0; i < filled; i++)
		hits[i] = (struct search_hit){ &g->screens[cache.candidates[i].index],
					       cache.candidates[i].score };
	return filled;
}

void
search_free(void)
{
	free(cache.buf);
	free(cache.screens);
	free(cache.candidates);
	memset(&cache, 0, sizeof cache);
}
