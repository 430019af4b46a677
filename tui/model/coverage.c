/* coverage.c: how many English councils the guide has local contacts for, and how old they are. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "source_dates.h"
#include "lang.h"
#include "xalloc.h"

static int
is_english_council(const struct area *a)
{
	return a->code != NULL && a->code[0] == 'E' && a->redirect == NULL;
}

int
coverage_is_stale(const char *date, long today)
{
	char later[16];
	unsigned y;

	if (date == NULL || !date_iso_parse(date, NULL))
		return 0;
	/* The same day a year on; 29 February moves to 1 March. */
	y = (unsigned)atoi(date) + 1;
	if (y > 9999)
		return 0;
	snprintf(later, sizeof later, "%04u%.6s", y % 10000, date + 4);
	if (!date_iso_parse(later, NULL))
		snprintf(later, sizeof later, "%04u-03-01", y % 10000);
	return date_iso_days(later) < today;
}

static size_t
count_stale(const struct contact_point *cp, size_t n, long today)
{
	size_t i, stale = 0;

	for (i = 0; i < n; i++)
		stale += cp[i].source != NULL && coverage_is_stale(source_date(cp[i].source), today);
	return stale;
}

void
coverage_count(const struct guide *g, long today, struct coverage *out)
{
	unsigned char *seen = xcalloc(g->nproviders ? g->nproviders : 1, 1);
	size_t i, j;

	memset(out, 0, sizeof *out);
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];
		int sendiass = 0, mediation = 0;

		if (!is_english_council(a))
			continue;
		out->councils++;
		for (j = 0; j < a->nproviders; j++) {
			const struct provider *p = a->providers[j].provider;

			if (p == NULL || seen[p - g->providers])
				continue;
			seen[p - g->providers] = 1;
			out->contacts += p->nphones + p->nemails + p->nwebs;
			out->stale += count_stale(p->phones, p->nphones, today)
				      + count_stale(p->emails, p->nemails, today)
				      + count_stale(p->webs, p->nwebs, today);
		}
		sendiass = guide_area_has_sourced(a, SERVICE_INFORMATION_ADVICE);
		mediation = guide_area_has_sourced(a, SERVICE_MEDIATION_ADVICE | SERVICE_MEDIATION);
		out->sendiass += sendiass;
		out->mediation += mediation;
	}
	free(seen);
}

char *
coverage_text(const struct coverage *c)
{
	char *out;

	xasprintf(&out,
		  /* TRANSLATORS: the --check report's coverage figures; each %zu is a count. */
		  _("councils in England: %zu listed, %zu with a sourced SENDIASS contact, "
		    "%zu with a sourced mediation contact; %zu contacts, %zu from a source "
		    "more than 12 months old"),
		  c->councils, c->sendiass, c->mediation, c->contacts, c->stale);
	return out;
}
