/* jcode.c (fuzz): journey codes typed as anything: decode, encode, decode again, against the shipped guide. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "jcode.h"

/* The shipped guide, loaded once: its 200-odd areas and many screens. */
static struct guide *
shipped_guide(void)
{
	static struct guide *g;
	static int tried;
	struct diags d;

	if (!tried) {
		tried = 1;
		diags_init(&d);
		g = guide_load(BUILD_CONTENTDIR, &d);
		diags_free(&d);
	}
	return g;
}

static int
same(const struct jcode_journey *a, const struct jcode_journey *b)
{
	size_t k;

	if (a->screen != b->screen || a->area != b->area)
		return 0;
	for (k = 0; k < JCODE_NDATES; k++)
		if (a->has[k] != b->has[k] || (a->has[k] && date_cmp(a->dates[k], b->dates[k]) != 0))
			return 0;
	return 1;
}

/* Whatever is typed: a refusal has its sentence; a journey decoded obeys
   the date rules, encodes to a code that decodes to the same journey, and
   that code encodes to itself. */
FUZZ_TARGET(jcode)
{
	static const struct date today = { 2026, 11, 29 };
	const struct guide *g = shipped_guide();
	char *text = malloc(size + 1), code[JCODE_MAX], again[JCODE_MAX];
	struct jcode_journey j, back, third;
	enum jcode_status st;
	size_t k;

	if (g == NULL || text == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	st = jcode_decode(g, text, today, &j);
	if (st != JCODE_OK) {
		if (jcode_status_text(st) == NULL)
			__builtin_trap();
		free(text);
		return;
	}
	if (j.screen == NULL || j.screen < g->screens || j.screen >= g->screens + g->nscreens)
		__builtin_trap();
	if (j.area != NULL && (j.area < g->areas || j.area >= g->areas + g->nareas))
		__builtin_trap();
	for (k = 0; k < JCODE_NDATES; k++)
		if (j.has[k] && (!date_valid(j.dates[k]) || date_cmp(j.dates[k], today) > 0
				 || date_cmp(j.dates[k], date_add_months(today, -12, NULL)) < 0))
			__builtin_trap();
	if (j.has[JCODE_LETTER] && j.has[JCODE_CERTIFICATE]
	    && date_cmp(j.dates[JCODE_CERTIFICATE], j.dates[JCODE_LETTER]) < 0)
		__builtin_trap();
	if (jcode_encode(g, &j, code) != JCODE_OK
	    || jcode_decode(g, code, today, &back) != JCODE_OK || !same(&j, &back))
		__builtin_trap();
	if (jcode_encode(g, &back, again) != JCODE_OK || strcmp(code, again) != 0
	    || jcode_decode(g, again, today, &third) != JCODE_OK || !same(&j, &third))
		__builtin_trap();
	free(text);
}
