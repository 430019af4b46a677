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

#endif
