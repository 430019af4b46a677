/* report.c: the --check report and the diagnostics printer: everything that writes what the checker found. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "coverage.h"
#include "source_dates.h"
#include "exit_status.h"
#include "lang.h"
#include "po_check.h"
#include "readability.h"
#include "report.h"
#include "textsafe.h"
#include "xalloc.h"

void
report_printf(FILE *out, const char *fmt, ...)
{
	va_list ap;
	char *s, *safe;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (s == NULL)
		return;
	safe = textsafe_dup(s, true);
	fputs(safe, out);
	free(safe);
	free(s);
}

static int
diag_compare(const void *pa, const void *pb)
{
	const struct diag *a = pa, *b = pb;
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");

	if (c != 0)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return (int)a->level - (int)b->level;
}

void
diags_print(const struct diags *d, FILE *out)
{
	struct diag *sorted;
	size_t i, limit = d->max_errors ? d->max_errors : 100;

	if (d->count == 0)
		return;
	/* Print in file order without disturbing the caller's list. */
	sorted = xreallocarray(NULL, d->count, sizeof *sorted);
	memcpy(sorted, d->items, d->count * sizeof *sorted);
	qsort(sorted, d->count, sizeof *sorted, diag_compare);
	for (i = 0; i < d->count; i++) {
		const struct diag *x = &sorted[i];
		const char *level = x->level == DIAG_ERROR ? _("error")
			: x->level == DIAG_WARNING ? _("warning") : _("note");

		/* File names and quoted values come from whoever wrote the
		   files or the settings: written safe. */
		if (x->file != NULL && x->line != 0)
			report_printf(out, "%s:%u:%u: %s: %s\n", x->file, x->line, x->col, level,
				      x->message);
		else if (x->file != NULL)
			report_printf(out, "%s: %s: %s\n", x->file, level, x->message);
		else
			report_printf(out, "sendguide: %s: %s\n", level, x->message);
		if (x->hint != NULL)
			report_printf(out, "  %s\n", x->hint);
	}
	if (d->errors > limit)
		fprintf(out, _("sendguide: %zu more errors not shown\n"), d->errors - limit);
	free(sorted);
}

/* The reading level of the English content: each screen, then the whole
   guide, then its warnings (errors with --strict), into d. */
static void
reading_report(const struct guide *g, bool strict, struct diags *d, FILE *out)
{
	struct rd_report r;
	size_t i;

	readability_check(g, strict ? DIAG_ERROR : DIAG_WARNING, d, &r);
	for (i = 0; i < r.nscreens; i++)
		/* TRANSLATORS: one screen's reading level: its id, the Flesch
		   reading ease (higher is easier), the Flesch-Kincaid grade, and
		   the words of its longest sentence. */
		fprintf(out, _("reading: %s: ease %.1f, grade %.1f, longest sentence %zu words\n"),
			r.screens[i].screen->id, r.screens[i].ease, r.screens[i].grade,
			r.screens[i].longest);
	/* TRANSLATORS: the whole guide's reading level: Flesch reading ease,
	   Flesch-Kincaid grade, words a sentence, the longest sentence; then
	   how many sentences and screens are over the targets. */
	fprintf(out, _("reading level: ease %.1f, grade %.1f, %.1f words a sentence, longest %zu; "
		       "%zu sentences over %d words, %zu screens over grade %.0f, %zu terms used before they are explained\n"),
		rd_flesch_ease(&r.total), rd_fk_grade(&r.total),
		r.total.sentences ? (double)r.total.words / (double)r.total.sentences : 0.0,
		r.longest, r.long_sentences, RD_MAX_SENTENCE_WORDS, r.hard_screens,
		RD_MAX_SCREEN_GRADE, r.jargon_uses);
	readability_free(&r);
}

int
check_report(const struct guide *g, const char *dir, bool strict, struct diags *d, FILE *out)
{
	struct diags td, rd;
	size_t errors, warnings;
	char *nerr, *nwarn;

	diags_print(d, out);
	/* Reading level after the content's own problems, which may explain it. */
	diags_init(&rd);
	if (g != NULL) {
		/* A guide loads without summaries (a fixture, a draft), but the
		   check insists: every outcome opens with what to do. */
		check_summaries(g, &rd);
		reading_report(g, strict, &rd, out);
	}
	diags_print(&rd, out);
	/* Translation problems are printed after the coverage lines they belong to. */
	diags_init(&td);
	translations_report(g, dir, &td, out);
	diags_print(&td, out);
	errors = d->errors + td.errors + rd.errors;
	warnings = d->warnings + td.warnings + rd.warnings;
	diags_free(&td);
	diags_free(&rd);
	xasprintf(&nerr, ngettext("%zu error", "%zu errors", errors), errors);
	xasprintf(&nwarn, ngettext("%zu warning", "%zu warnings", warnings), warnings);
	if (g != NULL)
		/* TRANSLATORS: the last two are "N errors" and "N warnings". */
		fprintf(out, _("content: %zu files, %zu screens, %zu providers, %zu areas: %s, %s\n"),
			g->nfiles, g->nscreens, g->nproviders, g->nareas, nerr, nwarn);
	else
		/* TRANSLATORS: "N errors" and "N warnings". */
		fprintf(out, _("content: not loaded: %s, %s\n"), nerr, nwarn);
	free(nerr);
	free(nwarn);
	if (g != NULL && g->nareas > 0) {
		/* For content authors: how much of England has local contacts,
		   and how many of them are due a recheck (a warning in words
		   only, never an error). */
		struct coverage cov;
		char *text;

		coverage_count(g, date_today(), &cov);
		text = coverage_text(&cov);
		fprintf(out, "%s\n", text);
		free(text);
	}
	return errors > 0 || g == NULL ? EXIT_CONTENT : 0;
}
