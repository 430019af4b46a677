/* diag.h: errors and warnings about content, each with file:line:column and a fix. */
#ifndef SENDGUIDE_DIAG_H
#define SENDGUIDE_DIAG_H

#include <stddef.h>

/* Where a thing stands in the content. file points to a string owned by the
   guide (or the loader), so positions are cheap to copy. line and col are
   1-based; 0 means unknown. */
struct srcpos {
	const char *file;
	unsigned line;
	unsigned col;
};

enum diag_level { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag {
	enum diag_level level;
	char *file;
	unsigned line, col;
	char *message;      /* translated, one sentence */
	char *hint;         /* translated, how to fix it; may be NULL */
};

struct diags {
	struct diag *items;
	size_t count, cap;
	size_t errors, warnings;
	size_t max_errors;  /* stop collecting after this many errors; 0 = 100 */
};

void diags_init(struct diags *d);
/* fmt is already translated by the caller: diags_add(d, DIAG_ERROR, &pos,
   _("Give every screen an id."), _("screen has no id")). */
void diags_add(struct diags *d, enum diag_level level, const struct srcpos *pos,
	       const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void diags_free(struct diags *d);

#endif
