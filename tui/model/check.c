/* check.c: whole-guide rules (reachability, dead ends, sources, dates); the report is report.c. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "source_dates.h"
#include "lang.h"

void
check_reachable(const struct guide *g, const struct screen *avoid, unsigned char *seen)
{
	size_t *queue = xreallocarray(NULL, g->nscreens + 1, sizeof *queue);
	size_t head = 0, tail = 0, i;

	memset(seen, 0, g->nscreens);
#define VISIT(s) do { if ((s) != NULL && (s) != avoid && !seen[(s)->index]) { \
	seen[(s)->index] = 1; queue[tail++] = (s)->index; } } while (0)
	VISIT(g->start);
	VISIT(g->national);
	for (i = 0; i < g->nareas; i++)
		VISIT(g->areas[i].redirect);
	while (head < tail) {
		const struct screen *s = &g->screens[queue[head++]];

		for (i = 0; i < s->nchoices; i++)
			VISIT(s->choices[i].target);
		VISIT(s->next_dated);
	}
#undef VISIT
	free(queue);
}

/* The rules also run on a guide with schema errors (to report more in one
   run), so anything may be missing: an id, a target, a checked date. */
#define ID(x) ((x) != NULL ? (x) : "?")

/* Words in a screen's body: past SUMMARY_WORDS_MAX, a question keeps its
   explanation behind "Tell me more" (a summary), so the choices come soon. */
#define SUMMARY_WORDS_MAX 60

static size_t
body_words(const struct screen *s)
{
	size_t b, k, n = 0;
	const char *p;

	for (b = 0; b < s->nbody; b++)
		for (k = 0; k < s->body[b].nitems; k++)
			for (p = s->body[b].items[k].en; p != NULL && *p != '\0'; p++)
				if (*p != ' ' && (p[1] == ' ' || p[1] == '\0'))
					n++;
	return n;
}

/* Every outcome opens with its summary, and the summary states each date
   the outcome works out, so the family hears its own dates first. A
   question's summary may state a date too (the adviser's, once the letter
   is dated), without working out or listing the dates as an outcome does. */
static void
check_summary(const struct screen *s, struct diags *d)
{
	unsigned stated = 0;
	size_t k;

	for (k = 0; k < s->nsummary; k++)
		stated |= s->summary[k].deadline;
	if (s->nsummary > 0 && (s->deadlines & ~stated) != 0)
		diags_add(d, DIAG_ERROR, &s->pos,
			  _("Add a summary line with 'deadline:' for each of the screen's "
			    "'deadlines'."),
			  _("the summary of '%s' does not state each of its deadlines"), ID(s->id));
	if (s->kind == SCREEN_OUTCOME && (stated & ~s->deadlines) != 0)
		diags_add(d, DIAG_ERROR, &s->pos,
			  _("Add the deadline to the screen's 'deadlines:', or remove it from the "
			    "summary."),
			  _("the summary of '%s' states a deadline the screen does not work out"),
			  ID(s->id));
	if (s->kind == SCREEN_QUESTION && s->nsummary == 0 && body_words(s) > SUMMARY_WORDS_MAX)
		diags_add(d, DIAG_WARNING, &s->pos,
			  _("Add 'summary:' with the few lines needed to answer; the body is then "
			    "shown on \"Tell me more\"."),
			  _("question '%s' has %zu words before its choices"), ID(s->id), body_words(s));
}

static void
check_screens(const struct guide *g, struct diags *d, int loaded_clean)
{
	unsigned char *seen = xcalloc(g->nscreens ? g->nscreens : 1, 1);
	size_t i, j, k;
	int lists_contacts = 0;
	/* After a loading error (a broken link, a bad id, choices of the wrong
	   type) the graph is not what the author meant, and reachability and
	   dead ends would only echo the errors already given. */
	int graph_sound = loaded_clean && g->start != NULL;

	if (graph_sound)
		check_reachable(g, NULL, seen);
	for (i = 0; i < g->nscreens; i++) {
		const struct screen *s = &g->screens[i];

		if (graph_sound && !seen[i])
			diags_add(d, DIAG_ERROR, &s->pos,
				  _("Link to it with a choice or 'next' from a screen people reach, "
				    "or remove it."),
				  _("screen '%s' cannot be reached from the start screen"), ID(s->id));
		if (graph_sound && s->nchoices == 0 && s->kind != SCREEN_OUTCOME)
			diags_add(d, DIAG_ERROR, &s->pos,
				  _("Give it 'choices' or 'next', or make it an outcome screen."),
				  _("screen '%s' is a dead end: it has no way on"), ID(s->id));
		if (s->nsources == 0 && s->kind != SCREEN_QUESTION)
			diags_add(d, DIAG_ERROR, &s->pos,
				  _("Add 'sources:' with the ids of the sources its facts come from."),
				  _("screen '%s' names no source"), ID(s->id));
		check_summary(s, d);
		if (s->contacts != 0)
			lists_contacts = 1;
		for (j = 1; j < s->nchoices; j++)
			for (k = 0; k < j; k++)
				if (s->choices[j].label.en != NULL && s->choices[k].label.en != NULL
				    && strcmp(s->choices[j].label.en, s->choices[k].label.en) == 0) {
					diags_add(d, DIAG_WARNING, &s->choices[j].pos,
						  _("Word the choices so a person can tell them apart."),
						  _("two choices on screen '%s' have the same label"), ID(s->id));
					break;
				}
	}
	if (g->nproviders > 0 && !lists_contacts) {
		const struct srcpos *p = &g->providers[0].pos;

		diags_add(d, DIAG_ERROR, p,
			  _("Add a contacts screen, or 'contacts:' on an outcome screen."),
			  _("there are providers but no screen lists contacts"));
	}
	free(seen);
}

/* Days since 1970-01-01 of a checked YYYY-MM-DD date (already validated). */
static long
days_from_civil(int y, unsigned m, unsigned dd)
{
	/* Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar. */
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (long)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (long)dd - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
check_providers(const struct guide *g, struct diags *d)
{
	unsigned char *used = xcalloc(g->nproviders ? g->nproviders : 1, 1);
	long today = (long)(time(NULL) / 86400);
	size_t i, j;

	for (i = 0; i < g->nareas; i++)
		for (j = 0; j < g->areas[i].nproviders; j++)
			if (g->areas[i].providers[j].provider != NULL)
				used[g->areas[i].providers[j].provider - g->providers] = 1;
	for (i = 0; i < g->nproviders; i++) {
		const struct provider *p = &g->providers[i];
		const char *date = source_date(p->source);
		long checked = date == NULL ? today
			: days_from_civil(atoi(date), (unsigned)atoi(date + 5),
					  (unsigned)atoi(date + 8));

		if (!used[i] && g->nareas > 0)
			diags_add(d, DIAG_WARNING, &p->pos,
				  _("List it under the areas it serves, or remove it."),
				  _("provider '%s' is not listed in any area"), ID(p->id));
		if (today - checked > 365)
			diags_add(d, DIAG_WARNING, &p->pos,
				  _("Check the details against a newer page and update the source's "
				    "'dated:' or 'read:'."),
				  _("provider '%s' rests on a source from %s, more than a year ago"),
				  ID(p->id), date);
	}
	free(used);
}

static void
check_areas(const struct guide *g, struct diags *d, int loaded_clean)
{
	size_t i;

	for (i = 0; i < g->nregions; i++)
		if (g->regions[i].nareas == 0)
			diags_add(d, DIAG_ERROR, &g->regions[i].pos,
				  _("Add its areas under 'areas:', or remove the region."),
				  _("region '%s' has no areas"), ID(g->regions[i].id));
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];

		/* A redirect or national screen that failed to resolve is NULL
		   too: that error is already given. */
		if (loaded_clean && a->nproviders == 0 && a->redirect == NULL
		    && g->national == NULL)
			diags_add(d, DIAG_ERROR, &a->pos,
				  _("List its providers, or set 'national:' in 'settings' to the "
				    "screen shown for areas without local data."),
				  _("area '%s' has no providers and there is no national advice "
				    "screen"), ID(a->id));
	}
}

void
check_summaries(const struct guide *g, struct diags *d)
{
	size_t i;

	for (i = 0; i < g->nscreens; i++)
		if (g->screens[i].kind == SCREEN_OUTCOME && g->screens[i].nsummary == 0)
			diags_add(d, DIAG_ERROR, &g->screens[i].pos,
				  _("Add 'summary:' with what to do, by when and with whom, in a few "
				    "short lines."),
				  _("outcome '%s' has no summary"), ID(g->screens[i].id));
}

void
check_guide(const struct guide *g, struct diags *d)
{
	int loaded_clean = d->errors == 0;

	check_screens(g, d, loaded_clean);
	check_providers(g, d);
	check_areas(g, d, loaded_clean);
}
