/* jcode.c: the journey code: a short code naming a screen, an area and the dates given, to read aloud and type back. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "jcode.h"
#include "lang.h"

/* Why this shape. An adviser on the phone asks a visitor to read the code
   out, so it is short and made of symbols that survive reading and typing:
   29 symbols, with the letters that look like digits left out (and read as
   those digits when typed).

   The check. 29 is prime, so the symbols are the field GF(29). A code of n
   symbols v[0..n-1] (n <= 22 < 29) is a word of the code whose parity checks
   are
       sum v[i] = 0   and   sum (i + 1) v[i] = 0   (mod 29),
   the last two symbols chosen to make both hold. Any two columns (1, i + 1)
   and (1, k + 1) of that check matrix are independent, so the code's minimum
   distance is 3: every wrong symbol, every two wrong symbols wherever they
   are, and so every swap of two symbols, fail a check. (One check symbol, a
   weighted sum, lets a slip of two symbols through one time in 29: a date
   could change and give a wrong deadline.) tests/unit_jcode proves it over
   every pair of positions and values for every length. A lost or extra
   symbol changes the length, which only the guide's three lengths pass.

   The fields, as numbers in base 29, most significant symbol first:
     screen  S symbols  a hash of the screen's id, modulo 29^S
     area    A symbols  0 for none, else a hash of the area's id modulo
                        29^A (an id whose value is 0 counts as a clash)
     dates   0, 4 or 6  one date: which (letter or certificate) and its days
                        since 1 January 2020; two dates: both day counts
     check   2
   S is 3 and A is 4 unless the guide is so large that two of its ids would
   share a value; then the field grows a symbol at a time (to 7) until none
   do (jcode_index, at load). The shipped guide has S = 3, A = 4. Ids, not
   positions, are hashed, so a code survives content changes that keep the
   ids and the field sizes; --check refuses content where two ids would share
   a code even at the longest field. */

#define BASE 29

/* 29^n for n <= 7. */
static unsigned long long
power(unsigned n)
{
	unsigned long long p = 1;

	while (n-- > 0)
		p *= BASE;
	return p;
}

/* FNV-1a, 64 bits: simple, stable across machines and versions. */
static unsigned long long
hash(const char *s)
{
	unsigned long long h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h;
}

unsigned long long
jcode_screen_value(const char *id, unsigned symbols)
{
	return hash(id) % power(symbols);
}

unsigned long long
jcode_area_value(const char *id, unsigned symbols)
{
	return hash(id) % power(symbols);
}

static void
put(int *v, size_t at, size_t count, unsigned long long value)
{
	size_t i;

	for (i = count; i > 0; i--) {
		v[at + i - 1] = (int)(value % BASE);
		value /= BASE;
	}
}

static unsigned long long
get(const int *v, size_t at, size_t count)
{
	unsigned long long value = 0;
	size_t i;

	for (i = 0; i < count; i++)
		value = value * BASE + (unsigned long long)v[at + i];
	return value;
}

/* The two sums of the comment above over v[0..n-1]. */
static void
sums(const int *v, size_t n, int *s0, int *s1)
{
	size_t i;

	*s0 = *s1 = 0;
	for (i = 0; i < n; i++) {
		*s0 = (*s0 + v[i]) % BASE;
		*s1 = (*s1 + (int)(i + 1) * v[i]) % BASE;
	}
}

void
jcode_check_symbols(int *v, size_t n)
{
	int s0, s1, a, b;

	/* a at position n (weight n + 1), b at n + 1 (weight n + 2):
	   a + b = -s0 and (n + 1) a + (n + 2) b = -s1, so
	   b = (n + 1) s0 - s1 and a = -s0 - b. */
	sums(v, n, &s0, &s1);
	b = (int)(((long)(n + 1) * s0 - s1) % BASE + BASE) % BASE;
	a = ((-s0 - b) % BASE + 2 * BASE) % BASE;
	v[n] = a;
	v[n + 1] = b;
}

bool
jcode_check_holds(const int *v, size_t n)
{
	int s0, s1;

	sums(v, n, &s0, &s1);
	return s0 == 0 && s1 == 0;
}

static bool
days_of(struct date d, long *out)
{
	struct date epoch = { JCODE_EPOCH_YEAR, 1, 1 };
	long n;

	if (!date_valid(d))
		return false;
	n = date_to_days(d) - date_to_days(epoch);
	if (n < 0 || n >= JCODE_DAYS)
		return false;
	*out = n;
	return true;
}

static struct date
date_of(unsigned long long days)
{
	struct date epoch = { JCODE_EPOCH_YEAR, 1, 1 };

	return date_add_days(epoch, (long)days);
}

/* Whether the dates of j may be in a code: in the range, and no
   certificate before the letter. */
static enum jcode_status
dates_status(const struct jcode_journey *j, long days[JCODE_NDATES])
{
	size_t i;

	for (i = 0; i < JCODE_NDATES; i++)
		if (j->has[i] && !days_of(j->dates[i], &days[i]))
			return JCODE_BAD_DATE;
	if (j->has[JCODE_LETTER] && j->has[JCODE_CERTIFICATE]
	    && days[JCODE_CERTIFICATE] < days[JCODE_LETTER])
		return JCODE_DATE_ORDER;
	return JCODE_OK;
}

enum jcode_status
jcode_encode(const struct guide *g, const struct jcode_journey *j, char out[JCODE_MAX])
{
	int v[JCODE_SYMBOLS_MAX];
	size_t n = 0, i, o = 0;
	long days[JCODE_NDATES] = { 0, 0 };
	unsigned ss = g->jcode_screen_symbols, as = g->jcode_area_symbols;
	enum jcode_status st;

	out[0] = '\0';
	if (j->screen == NULL)
		return JCODE_NO_SCREEN;
	if ((st = dates_status(j, days)) != JCODE_OK)
		return st;
	put(v, n, ss, jcode_screen_value(j->screen->id, ss));
	n += ss;
	put(v, n, as, j->area != NULL ? jcode_area_value(j->area->id, as) : 0);
	n += as;
	if (j->has[JCODE_LETTER] && j->has[JCODE_CERTIFICATE]) {
		put(v, n, 6, (unsigned long long)days[JCODE_LETTER] * JCODE_DAYS
		    + (unsigned long long)days[JCODE_CERTIFICATE]);
		n += 6;
	} else if (j->has[JCODE_LETTER] || j->has[JCODE_CERTIFICATE]) {
		enum jcode_date which = j->has[JCODE_LETTER] ? JCODE_LETTER : JCODE_CERTIFICATE;

		put(v, n, 4, (unsigned long long)which * JCODE_DAYS + (unsigned long long)days[which]);
		n += 4;
	}
	jcode_check_symbols(v, n);
	n += JCODE_CHECKS;
	for (i = 0; i < n; i++) {
		if (i > 0 && i % 4 == 0)
			out[o++] = '-';
		out[o++] = JCODE_ALPHABET[v[i]];
	}
	out[o] = '\0';
	return JCODE_OK;
}

/* The value of a typed character, -1 for a separator, -2 for one in no code. */
static int
symbol_value(char c)
{
	const char *p;

	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	switch (c) {
	case ' ': case '-': case '\t':
		return -1;
	case 'O': c = '0'; break;
	case 'I': case 'L': c = '1'; break;
	case 'S': c = '5'; break;
	case 'Z': c = '2'; break;
	case 'B': c = '8'; break;
	case 'U': c = 'V'; break;
	default: break;
	}
	if (c == '\0')
		return -2;
	p = strchr(JCODE_ALPHABET, c);
	return p != NULL ? (int)(p - JCODE_ALPHABET) : -2;
}

/* The entry of a sorted value table holding value, or NULL. */
static const struct jcode_value *
find_value(const struct jcode_value *t, size_t n, unsigned long long value)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t[mid].value < value)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo].value == value ? &t[lo] : NULL;
}

enum jcode_status
jcode_decode(const struct guide *g, const char *text, struct date today,
	     struct jcode_journey *out)
{
	int v[JCODE_SYMBOLS_MAX + 1];
	size_t n = 0, i, k, fixed;
	unsigned ss = g->jcode_screen_symbols, as = g->jcode_area_symbols;
	unsigned long long dv;
	const struct jcode_value *e;
	long days[JCODE_NDATES] = { 0, 0 };
	enum jcode_status st;

	memset(out, 0, sizeof *out);
	for (i = 0; text[i] != '\0'; i++) {
		int x = symbol_value(text[i]);

		if (x == -2)
			return JCODE_BAD_CHAR;
		if (x == -1)
			continue;
		if (n == JCODE_SYMBOLS_MAX + 1)
			return JCODE_BAD_LENGTH;
		v[n++] = x;
	}
	fixed = ss + as + JCODE_CHECKS;
	if (n != fixed && n != fixed + 4 && n != fixed + 6)
		return JCODE_BAD_LENGTH;
	if (!jcode_check_holds(v, n))
		return JCODE_BAD_CHECK;
	e = find_value(g->jcode_screens, g->nscreens, get(v, 0, ss));
	if (e == NULL)
		return JCODE_UNKNOWN_SCREEN;
	out->screen = &g->screens[e->index];
	dv = get(v, ss, as);
	if (dv != 0) {
		e = find_value(g->jcode_areas, g->nareas, dv);
		if (e == NULL)
			return JCODE_UNKNOWN_AREA;
		out->area = &g->areas[e->index];
	}
	if (n == fixed + 4) {
		dv = get(v, ss + as, 4);
		if (dv >= 2 * (unsigned long long)JCODE_DAYS)
			return JCODE_BAD_DATE;
		k = dv >= (unsigned long long)JCODE_DAYS ? JCODE_CERTIFICATE : JCODE_LETTER;
		out->has[k] = true;
		out->dates[k] = date_of(dv % JCODE_DAYS);
	} else if (n == fixed + 6) {
		dv = get(v, ss + as, 6);
		if (dv >= (unsigned long long)JCODE_DAYS * JCODE_DAYS)
			return JCODE_BAD_DATE;
		out->has[JCODE_LETTER] = out->has[JCODE_CERTIFICATE] = true;
		out->dates[JCODE_LETTER] = date_of(dv / JCODE_DAYS);
		out->dates[JCODE_CERTIFICATE] = date_of(dv % JCODE_DAYS);
	}
	if ((st = dates_status(out, days)) != JCODE_OK)
		return st;
	/* The rules a typed date obeys (date_parse): not after today, not
	   more than a year before it. */
	if (date_valid(today))
		for (k = 0; k < JCODE_NDATES; k++) {
			if (!out->has[k])
				continue;
			if (date_cmp(out->dates[k], today) > 0)
				return JCODE_DATE_FUTURE;
			if (date_cmp(out->dates[k], date_add_months(today, -12, NULL)) < 0)
				return JCODE_DATE_TOO_OLD;
		}
	return JCODE_OK;
}

const char *
jcode_status_text(enum jcode_status s)
{
	switch (s) {
	case JCODE_OK:
		return NULL;
	case JCODE_BAD_LENGTH:
		return N_("That code is too short or too long. Check it and type it again.");
	case JCODE_BAD_CHAR:
		return N_("That code has a character no code uses. Codes have only letters and "
			  "digits; check it and type it again.");
	case JCODE_BAD_CHECK:
		return N_("That code is not right: a character may be mistyped or two swapped. "
			  "Check it and type it again.");
	case JCODE_UNKNOWN_SCREEN:
		return N_("That code is for a page this guide no longer has. Start from the "
			  "beginning, or ask for a new code.");
	case JCODE_UNKNOWN_AREA:
		return N_("That code is for an area this guide no longer has. Start from the "
			  "beginning, or ask for a new code.");
	case JCODE_BAD_DATE:
		return N_("That code has a date that cannot be right. Check it and type it again.");
	case JCODE_DATE_FUTURE:
		return N_("That code has a date after today. Check it and type it again, or "
			  "start from the beginning and give the dates.");
	case JCODE_DATE_TOO_OLD:
		return N_("That code has a date more than a year ago. Start from the beginning "
			  "and give the dates; for an older letter, ask your SENDIASS for advice.");
	case JCODE_DATE_ORDER:
		return N_("That code has a mediation certificate dated before the decision "
			  "letter. Check it and type it again.");
	case JCODE_NO_SCREEN:
		return N_("There is no page to make a code for.");
	}
	return NULL;
}

static int
compare_value(const void *pa, const void *pb)
{
	const struct jcode_value *a = pa, *b = pb;

	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Sort t by the values of the smallest field, from min to max symbols, at
   which no two ids share one (h: each id's hash, by index). For areas the
   value 0 (no area) clashes too. The values of a field are those of a longer
   one modulo 29^w, so ids equal at the longest are equal at every size.
   Returns the size chosen. */
static unsigned
fit(struct jcode_value *t, const unsigned long long *h, size_t n, unsigned min,
    unsigned max, bool area)
{
	unsigned w;
	size_t i;

	for (w = min; w <= max; w++) {
		unsigned long long m = power(w);
		bool clash = false;

		for (i = 0; i < n; i++)
			t[i].value = h[t[i].index] % m;
		qsort(t, n, sizeof *t, compare_value);
		clash = area && n > 0 && t[0].value == 0;
		for (i = 1; i < n && !clash; i++)
			clash = t[i].value == t[i - 1].value;
		if (!clash)
			break;
	}
	return w > max ? max : w;
}

size_t
jcode_index(struct guide *g, struct diags *d)
{
	size_t i, n = g->nscreens > g->nareas ? g->nscreens : g->nareas;
	unsigned long long *h = xreallocarray(NULL, n ? n : 1, sizeof *h);
	size_t found = 0;

	g->jcode_screens = arena_array(&g->arena, g->nscreens ? g->nscreens : 1,
				       sizeof *g->jcode_screens);
	g->jcode_areas = arena_array(&g->arena, g->nareas ? g->nareas : 1,
				     sizeof *g->jcode_areas);
	for (i = 0; i < g->nscreens; i++) {
		h[i] = hash(g->screens[i].id != NULL ? g->screens[i].id : "");
		g->jcode_screens[i].index = i;
	}
	g->jcode_screen_symbols = fit(g->jcode_screens, h, g->nscreens, JCODE_SCREEN_MIN,
				      JCODE_SCREEN_MAX, false);
	for (i = 1; i < g->nscreens; i++)
		if (g->jcode_screens[i].value == g->jcode_screens[i - 1].value) {
			const struct screen *a = &g->screens[g->jcode_screens[i - 1].index];
			const struct screen *b = &g->screens[g->jcode_screens[i].index];

			diags_add(d, DIAG_ERROR, &b->pos,
				  _("Give one of them another id: journey codes name a "
				    "screen by a hash of its id."),
				  _("screens '%s' and '%s' would have the same journey code"),
				  a->id, b->id);
			found++;
		}
	for (i = 0; i < g->nareas; i++) {
		h[i] = hash(g->areas[i].id != NULL ? g->areas[i].id : "");
		g->jcode_areas[i].index = i;
	}
	g->jcode_area_symbols = fit(g->jcode_areas, h, g->nareas, JCODE_AREA_MIN,
				    JCODE_AREA_MAX, true);
	if (g->nareas > 0 && g->jcode_areas[0].value == 0) {
		const struct area *a = &g->areas[g->jcode_areas[0].index];

		diags_add(d, DIAG_ERROR, &a->pos,
			  _("Give it another id: journey codes name an area by a hash "
			    "of its id."),
			  _("area '%s' would have the journey code of no area"), a->id);
		found++;
	}
	for (i = 1; i < g->nareas; i++)
		if (g->jcode_areas[i].value == g->jcode_areas[i - 1].value) {
			const struct area *a = &g->areas[g->jcode_areas[i - 1].index];
			const struct area *b = &g->areas[g->jcode_areas[i].index];

			diags_add(d, DIAG_ERROR, &b->pos,
				  _("Give one of them another id: journey codes name an "
				    "area by a hash of its id."),
				  _("areas '%s' and '%s' would have the same journey code"),
				  a->id, b->id);
			found++;
		}
	free(h);
	return found;
}
