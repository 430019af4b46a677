/* areafind.c: find councils ("areas") by the names people type, ranked, misspellings included. */
#include <config.h>

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "areafind.h"
#include "search.h"
#include "xalloc.h"

/*
 * Every name is folded once into its words (areafind_fold), so a query is
 * folded the same way and compared word by word: the same words in any order,
 * the words typed among a name's words, the words typed as prefixes, and only
 * then the edit distance between the folded forms. The guide has a few
 * hundred areas with three or four names each: a linear scan is instant.
 */

#define TYPED_MAX 200     /* bytes of a query considered: no council name is longer */
#define WORDS_MAX 16      /* words of a name or query compared */

/* One name as words: text holds them NUL-separated, joined them space-separated. */
struct key {
	char *joined;
	size_t joined_len;
	char *text;
	const char *words[WORDS_MAX];
	size_t nwords;
};

struct entry {
	const struct area *area;
	size_t order;             /* the area's place in the guide (sorted by name) */
	struct key *keys;
	size_t nkeys;
};

struct areafind {
	struct entry *entries;
	size_t n;
};

/* Words that official lists add around a name, and people leave out. */
static const char *const ignored_words[] = {
	"council", "county", "city", "borough", "royal", "metropolitan", "district",
	"corporation", "of", "the", NULL
};

static bool
ignored(const char *w, const char *next)
{
	size_t i;

	/* "London Borough of Barnet" is Barnet; "City of London" stays London. */
	if (strcmp(w, "london") == 0)
		return next != NULL && strcmp(next, "borough") == 0;
	for (i = 0; ignored_words[i] != NULL; i++)
		if (strcmp(w, ignored_words[i]) == 0)
			return true;
	return false;
}

static bool
is_apostrophe(ucs4_t uc)
{
	return uc == '\'' || uc == 0x2019 || uc == 0x2018 || uc == 0x02BC || uc == '`'
	       || uc == 0x00B4;
}

/* Case and accents folded (as the screen search does), then letters and
   digits kept, "&" spelt "and", apostrophes dropped ("King's" = "Kings") and
   any other character a word break. Returns NUL-separated words. */
static char *
split_words(const char *s, size_t *nwords)
{
	size_t len, flen, i = 0, o = 0;
	char *folded, *out;
	bool in_word = false;

	len = strnlen(s, TYPED_MAX);
	folded = search_fold(s, len, &flen);
	out = xmalloc(flen * 5 + 8);   /* "&" becomes "and" and its word breaks */
	*nwords = 0;
	while (i < flen) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, (const uint8_t *)folded + i, flen - i);

		if (n <= 0)
			n = 1;
		if (uc_is_alnum(uc)) {
			if (!in_word)
				(*nwords)++;
			memcpy(out + o, folded + i, (size_t)n);
			o += (size_t)n;
			in_word = true;
		} else if (uc == '&') {
			if (in_word)
				out[o++] = '\0';
			memcpy(out + o, "and", 4);
			o += 4;
			(*nwords)++;
			in_word = false;
		} else if (!is_apostrophe(uc) && in_word) {
			out[o++] = '\0';
			in_word = false;
		}
		i += (size_t)n;
	}
	if (in_word)
		out[o++] = '\0';
	out[o] = '\0';
	free(folded);
	return out;
}

/* Fill k from s: the words that matter, in order. */
static void
make_key(struct key *k, const char *s)
{
	size_t nraw, i, j, len = 0;
	const char *raw[64];
	const char *w;
	char *p;

	memset(k, 0, sizeof *k);
	k->text = split_words(s, &nraw);
	for (w = k->text, i = 0; i < nraw && i < 64; i++, w += strlen(w) + 1)
		raw[i] = strcmp(w, "saint") == 0 ? "st" : w;
	nraw = i;
	for (i = 0; i < nraw && k->nwords < WORDS_MAX; i++)
		if (!ignored(raw[i], i + 1 < nraw ? raw[i + 1] : NULL))
			k->words[k->nwords++] = raw[i];
	/* "City and County of Swansea": an "and" left at either end joins nothing. */
	while (k->nwords > 0 && strcmp(k->words[k->nwords - 1], "and") == 0)
		k->nwords--;
	for (i = 0; i < k->nwords && strcmp(k->words[i], "and") == 0; i++)
		;
	if (i > 0) {
		for (j = i; j < k->nwords; j++)
			k->words[j - i] = k->words[j];
		k->nwords -= i;
	}
	for (i = 0; i < k->nwords; i++)
		len += strlen(k->words[i]) + 1;
	k->joined = p = xmalloc(len + 1);
	for (i = 0; i < k->nwords; i++) {
		size_t n = strlen(k->words[i]);

		if (i > 0)
			*p++ = ' ';
		memcpy(p, k->words[i], n);
		p += n;
	}
	*p = '\0';
	k->joined_len = (size_t)(p - k->joined);
}

static void
free_key(struct key *k)
{
	free(k->text);
	free(k->joined);
}

char *
areafind_fold(const char *s)
{
	struct key k;
	char *out;

	make_key(&k, s);
	out = k.joined;
	free(k.text);
	return out;
}

struct areafind *
areafind_new(const struct guide *g)
{
	struct areafind *f = xcalloc(1, sizeof *f);
	size_t i, j;

	f->entries = xcalloc(g->nareas ? g->nareas : 1, sizeof *f->entries);
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];
		struct entry *e = &f->entries[f->n];

		if (a->name.en == NULL)
			continue;
		e->area = a;
		e->order = i;
		e->keys = xcalloc(2 + a->naliases, sizeof *e->keys);
		make_key(&e->keys[e->nkeys++], a->name.en);
		if (a->official != NULL)
			make_key(&e->keys[e->nkeys++], a->official);
		for (j = 0; j < a->naliases; j++)
			make_key(&e->keys[e->nkeys++], a->aliases[j]);
		f->n++;
	}
	return f;
}

void
areafind_free(struct areafind *f)
{
	size_t i, j;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++) {
		for (j = 0; j < f->entries[i].nkeys; j++)
			free_key(&f->entries[i].keys[j]);
		free(f->entries[i].keys);
	}
	free(f->entries);
	free(f);
}

/* Each query word matched to a different word of the key: by equality, or
   (prefix) as the start of it. Equal words are taken first, so "north
   east" does not spend "north" on a prefix. */
static bool
words_match(const struct key *q, const struct key *k, bool prefix)
{
	bool used[WORDS_MAX] = { false };
	bool done[WORDS_MAX] = { false };
	size_t i, j;

	if (q->nwords == 0 || q->nwords > k->nwords)
		return false;
	for (i = 0; i < q->nwords; i++)
		for (j = 0; j < k->nwords; j++)
			if (!used[j] && strcmp(q->words[i], k->words[j]) == 0) {
				used[j] = done[i] = true;
				break;
			}
	for (i = 0; i < q->nwords; i++) {
		if (done[i])
			continue;
		if (!prefix)
			return false;
		for (j = 0; j < k->nwords; j++)
			if (!used[j] && strncmp(q->words[i], k->words[j], strlen(q->words[i])) == 0) {
				used[j] = done[i] = true;
				break;
			}
		if (!done[i])
			return false;
	}
	return true;
}

/* Optimal string alignment distance (a swap of two neighbours is one edit),
   given up once it must exceed bound. Bytes, not characters: folded names
   are almost all ASCII, and a wrong accent is already folded away. */
static unsigned
distance(const char *a, size_t n, const char *b, size_t m, unsigned bound)
{
	unsigned rows[3][TYPED_MAX + 2];
	unsigned *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	size_t i, j;

	if (n > TYPED_MAX || m > TYPED_MAX)
		return bound + 1;
	if ((n > m ? n - m : m - n) > bound)
		return bound + 1;
	for (j = 0; j <= m; j++)
		prev[j] = (unsigned)j;
	for (i = 1; i <= n; i++) {
		unsigned best;
		unsigned *t;

		cur[0] = (unsigned)i;
		best = cur[0];
		for (j = 1; j <= m; j++) {
			unsigned cost = a[i - 1] != b[j - 1];
			unsigned v = prev[j - 1] + cost;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
			    && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > bound)
			return bound + 1;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m];
}

/* How many edits a misspelling of a name this long may have. */
static unsigned
edits_allowed(size_t len)
{
	return len < 4 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
}

static unsigned
near_distance(const struct key *q, const struct key *k)
{
	size_t longer = q->joined_len > k->joined_len ? q->joined_len : k->joined_len;
	unsigned bound = edits_allowed(longer), best;
	size_t i;

	/* A few letters typed are a start, matched as prefixes, not a misspelling. */
	if (q->joined_len < 4)
		return UINT_MAX;
	best = distance(q->joined, q->joined_len, k->joined, k->joined_len, bound);

	/* One word typed with a mistake, of a name of several ("Hammersmth"):
	   the words left out count as one more edit, so a whole name as near
	   ranks first, and a short word is not guessed from a long name. */
	if (q->nwords == 1 && k->nwords > 1)
		for (i = 0; i < k->nwords; i++) {
			size_t wl = strlen(k->words[i]);
			size_t l = q->joined_len > wl ? q->joined_len : wl;
			unsigned b = edits_allowed(l), d;

			if (b > bound)
				b = bound;
			if (b == 0)
				continue;
			d = distance(q->joined, q->joined_len, k->words[i], wl, b - 1) + 1;
			if (d <= b && d < best)
				best = d;
		}
	return best <= bound ? best : UINT_MAX;
}

struct scored {
	struct areafind_match m;
	unsigned long score;
	size_t order;
};

static int
compare_scored(const void *pa, const void *pb)
{
	const struct scored *a = pa, *b = pb;

	if (a->score != b->score)
		return a->score < b->score ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

size_t
areafind_find(const struct areafind *f, const char *typed,
	      struct areafind_match *out, size_t max)
{
	struct key q;
	struct scored *found;
	size_t i, j, n = 0;

	make_key(&q, typed);
	if (q.nwords == 0 || f->n == 0) {
		free_key(&q);
		return 0;
	}
	found = xcalloc(f->n, sizeof *found);
	for (i = 0; i < f->n; i++) {
		const struct entry *e = &f->entries[i];
		unsigned long best = ULONG_MAX;
		enum areafind_how how = AREAFIND_NEAR;
		unsigned dist = 0;

		for (j = 0; j < e->nkeys; j++) {
			const struct key *k = &e->keys[j];
			/* Fewer words of the name left over ranks first: "Kingston" finds
			   the Kingstons before "Kingston upon Hull Royal Infirmary". */
			unsigned long extra = k->nwords - (q.nwords < k->nwords ? q.nwords : k->nwords);
			unsigned long s;
			enum areafind_how h;
			unsigned d = 0;

			if (q.nwords == k->nwords && words_match(&q, k, false))
				h = AREAFIND_EXACT;
			else if (words_match(&q, k, false))
				h = AREAFIND_WORDS;
			else if (words_match(&q, k, true))
				h = AREAFIND_PREFIX;
			else if ((d = near_distance(&q, k)) != UINT_MAX)
				h = AREAFIND_NEAR;
			else
				continue;
			s = (unsigned long)h * 10000 + (unsigned long)d * 100 + extra;
			if (s < best) {
				best = s;
				how = h;
				dist = d;
			}
		}
		if (best == ULONG_MAX)
			continue;
		found[n].m.area = e->area;
		found[n].m.how = how;
		found[n].m.distance = how == AREAFIND_NEAR ? dist : 0;
		found[n].score = best;
		found[n].order = e->order;
		n++;
	}
	qsort(found, n, sizeof *found, compare_scored);
	if (n > max)
		n = max;
	for (i = 0; i < n; i++)
		out[i] = found[i].m;
	free(found);
	free_key(&q);
	return n;
}
