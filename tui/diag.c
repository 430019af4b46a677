/* diag.c: collect, sort and print content errors in GNU file:line:column form. */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lang.h"
#include "xalloc.h"

void
diags_init(struct diags *d)
{
	memset(d, 0, sizeof *d);
}

void
diags_add(struct diags *d, enum diag_level level, const struct srcpos *pos,
	  const char *hint, const char *fmt, ...)
{
	struct diag *x;
	size_t limit = d->max_errors ? d->max_errors : 100;
	va_list ap;

	/* A broken file can produce thousands of errors; the first hundred say enough. */
	if (level == DIAG_ERROR && d->errors >= limit) {
		d->errors++;
		return;
	}
	if (d->count == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->items = xreallocarray(d->items, d->cap, sizeof *d->items);
	}
	x = &d->items[d->count++];
	x->level = level;
	x->file = pos != NULL && pos->file != NULL ? xstrdup(pos->file) : NULL;
	x->line = pos != NULL ? pos->line : 0;
	x->col = pos != NULL ? pos->col : 0;
	x->hint = hint != NULL ? xstrdup(hint) : NULL;
	va_start(ap, fmt);
	if (vasprintf(&x->message, fmt, ap) < 0)
		fatal("out of memory");
	va_end(ap);
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARNING)
		d->warnings++;
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

		if (x->file != NULL && x->line != 0)
			fprintf(out, "%s:%u:%u: %s: %s\n", x->file, x->line, x->col, level, x->message);
		else if (x->file != NULL)
			fprintf(out, "%s: %s: %s\n", x->file, level, x->message);
		else
			fprintf(out, "sendguide: %s: %s\n", level, x->message);
		if (x->hint != NULL)
			fprintf(out, "  %s\n", x->hint);
	}
	if (d->errors > limit)
		fprintf(out, _("sendguide: %zu more errors not shown\n"), d->errors - limit);
	free(sorted);
}

void
diags_free(struct diags *d)
{
	size_t i;

	for (i = 0; i < d->count; i++) {
		free(d->items[i].file);
		free(d->items[i].message);
		free(d->items[i].hint);
	}
	free(d->items);
	memset(d, 0, sizeof *d);
}
