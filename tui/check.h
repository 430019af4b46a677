/* check.h: the content checker: whole-guide rules and the --check report. */
#ifndef SENDGUIDE_CHECK_H
#define SENDGUIDE_CHECK_H

#include <stdio.h>
#include "diag.h"
#include "guide.h"

/* Rules over the whole loaded guide, run by guide_load after ids resolve:
   screens no one can reach, dead ends, areas with no route to contacts,
   outcomes not reachable, facts checked more than a year ago (warnings). */
void check_guide(const struct guide *g, struct diags *d);

/* The --check report: prints d's errors and warnings, the translation coverage
   of each language found beside dir (../i18n/content/LL.po), and a summary.
   g may be NULL when loading failed. Returns the exit status: 0, or 65 when
   there is an error (in content or in a translation). */
int check_report(const struct guide *g, const char *dir, struct diags *d, FILE *out);

/* Translation coverage and safety (po_check.c): for each i18n/content/LL.po
   beside content_dir, prints translated/fuzzy/missing counts to out and adds
   an error to d for a translation that breaks the text (control characters,
   changed numbers, e-mail or web addresses, lost leading/trailing spaces).
   Returns the number of languages checked; 0 when there is no i18n folder. */
int translations_report(const struct guide *g, const char *content_dir, struct diags *d, FILE *out);

#endif
