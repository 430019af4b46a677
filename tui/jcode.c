/* jcode.c: the journey code: a short code naming a screen, an area and the dates given, to read aloud and type back. */
#include <config.h>

#include <string.h>

#include "jcode.h"
#include "lang.h"

/* Why this shape. An adviser on the phone asks a visitor to read the code
   out, so it is short and made of symbols that survive reading and typing:
   29 symbols, with the letters that look like digits left out (and read as
   those digits when typed). 29 is prime, so the check symbol, a sum of the
   symbols weighted by their positions modulo 29, catches every single wrong
   symbol and every swap of two symbols, next to each other or not; a lost or
   extra symbol changes the length, which only 8, 12 and 14 pass.

   The fields, as numbers in base 29, most significant symbol first:
     screen  3 symbols  a hash of the screen's id, modulo 29^3 (24389)
     area    4 symbols  0 for none, else 1 + a hash of the area's id modulo
                        29^4 - 1: councils are many (England has over 150),
                        so 3 symbols would make two of them share a value
                        too often
     dates   0, 4 or 6  one date: which (letter or certificate) and its days
                        since 1 January 2020; two dates: both day counts
     check   1
   Ids, not positions, are hashed, so a code survives content changes that
   keep the ids; --check refuses content where two ids would share a code. */

#define BASE 29
#define SCREEN_SYMBOLS 3
#define AREA_SYMBOLS 4
#define SCREEN_RANGE (29UL * 29 * 29)
#define AREA_RANGE (29UL * 29 * 29 * 29)
#define MAX_SYMBOLS 14

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

unsigned long
jcode_screen_value(const char *id)
{
	return (unsigned long)(hash(id) % SCREEN_RANGE);
}

unsigned long
jcode_area_value(const char *id)
{
	return 1 + (unsigned long)(hash(id) % (AREA_RANGE - 1));
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

/* The check symbol that makes sum(i * v[i-1], i = 1..n+1) divisible by 29. */
static int
check_symbol(const int *v, size_t n)
{
	int sum = 0, inv = 1;
	size_t i;

	for (i = 0; i < n; i++)
		sum = (sum + (int)(i + 1) * v[i]) % BASE;
	/* The inverse of n + 1 modulo the prime 29: (n + 1)^27. */
	for (i = 0; i < BASE - 2; i++)
		inv = inv * (int)(n + 1) % BASE;
	return (BASE - sum) % BASE * inv % BASE;
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

enum jcode_status
jcode_encode(const struct jcode_journey *j, char out[JCODE_MAX])
{
	int v[MAX_SYMBOLS];
	size_t n = 0, i, o = 0;
	long days[JCODE_NDATES] = { 0, 0 };

	out[0] = '\0';
	if (j->screen == NULL)
		return JCODE_NO_SCREEN;
	for (i = 0; i < JCODE_NDATES; i++)
		if (j->has[i] && !days_of(j->dates[i], &days[i]))
			return JCODE_BAD_DATE;
	put(v, n, SCREEN_SYMBOLS, jcode_screen_value(j->screen->id));
	n += SCREEN_SYMBOLS;
	put(v, n, AREA_SYMBOLS, j->area != NULL ? jcode_area_value(j->area->id) : 0);
	n += AREA_SYMBOLS;
	if (j->has[JCODE_LETTER] && j->has[JCODE_CERTIFICATE]) {
		put(v, n, 6, (unsigned long long)days[JCODE_LETTER] * JCODE_DAYS
		    + (unsigned long long)days[JCODE_CERTIFICATE]);
		n += 6;
	} else if (j->has[JCODE_LETTER] || j->has[JCODE_CERTIFICATE]) {
		enum jcode_date which = j->has[JCODE_LETTER] ? JCODE_LETTER : JCODE_CERTIFICATE;

		put(v, n, 4, (unsigned long long)which * JCODE_DAYS + (unsigned long long)days[which]);
		n += 4;
	}
	v[n] = check_symbol(v, n);
	n++;
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

enum jcode_status
jcode_decode(const struct guide *g, const char *text, struct jcode_journey *out)
{
	int v[MAX_SYMBOLS + 1];
	size_t n = 0, i, k;
	unsigned long long sv, av, dv;

	memset(out, 0, sizeof *out);
	for (i = 0; text[i] != '\0'; i++) {
		int x = symbol_value(text[i]);

		if (x == -2)
			return JCODE_BAD_CHAR;
		if (x == -1)
			continue;
		if (n == MAX_SYMBOLS + 1)
			return JCODE_BAD_LENGTH;
		v[n++] = x;
	}
	if (n != 8 && n != 12 && n != 14)
		return JCODE_BAD_LENGTH;
	if (check_symbol(v, n - 1) != v[n - 1])
		return JCODE_BAD_CHECK;
	sv = get(v, 0, SCREEN_SYMBOLS);
	av = get(v, SCREEN_SYMBOLS, AREA_SYMBOLS);
	for (k = 0; k < g->nscreens; k++)
		if (jcode_screen_value(g->screens[k].id) == sv) {
			out->screen = &g->screens[k];
			break;
		}
	if (out->screen == NULL)
		return JCODE_UNKNOWN_SCREEN;
	if (av != 0) {
		for (k = 0; k < g->nareas; k++)
			if (jcode_area_value(g->areas[k].id) == av) {
				out->area = &g->areas[k];
				break;
			}
		if (out->area == NULL)
			return JCODE_UNKNOWN_AREA;
	}
	if (n == 12) {
		dv = get(v, 7, 4);
		if (dv >= 2 * (unsigned long long)JCODE_DAYS)
			return JCODE_BAD_DATE;
		k = dv >= (unsigned long long)JCODE_DAYS ? JCODE_CERTIFICATE : JCODE_LETTER;
		out->has[k] = true;
		out->dates[k] = date_of(dv % JCODE_DAYS);
	} else if (n == 14) {
		dv = get(v, 7, 6);
		if (dv >= (unsigned long long)JCODE_DAYS * JCODE_DAYS)
			return JCODE_BAD_DATE;
		out->has[JCODE_LETTER] = out->has[JCODE_CERTIFICATE] = true;
		out->dates[JCODE_LETTER] = date_of(dv / JCODE_DAYS);
		out->dates[JCODE_CERTIFICATE] = date_of(dv % JCODE_DAYS);
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
		return N_("That code is too short or too long: a code has 8, 12 or 14 letters "
			  "and digits. Check it and type it again.");
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
	case JCODE_NO_SCREEN:
		return N_("There is no page to make a code for.");
	}
	return NULL;
}

size_t
jcode_collisions(const struct guide *g, struct diags *d)
{
	size_t i, k, found = 0;

	for (i = 0; i < g->nscreens; i++)
		for (k = i + 1; k < g->nscreens; k++)
			if (jcode_screen_value(g->screens[i].id) == jcode_screen_value(g->screens[k].id)) {
				diags_add(d, DIAG_ERROR, &g->screens[k].pos,
					  _("Give one of them another id: journey codes name a "
					    "screen by a hash of its id."),
					  _("screens '%s' and '%s' would have the same journey code"),
					  g->screens[i].id, g->screens[k].id);
				found++;
			}
	for (i = 0; i < g->nareas; i++)
		for (k = i + 1; k < g->nareas; k++)
			if (jcode_area_value(g->areas[i].id) == jcode_area_value(g->areas[k].id)) {
				diags_add(d, DIAG_ERROR, &g->areas[k].pos,
					  _("Give one of them another id: journey codes name an "
					    "area by a hash of its id."),
					  _("areas '%s' and '%s' would have the same journey code"),
					  g->areas[i].id, g->areas[k].id);
				found++;
			}
	return found;
}
