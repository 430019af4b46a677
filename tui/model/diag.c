/* diag.c: collect content errors and warnings with file:line:column (report.c prints them). */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
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
	xvasprintf(&x->message, fmt, ap);
	va_end(ap);
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARNING)
		d->warnings++;
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
