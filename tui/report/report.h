/* report.h: what the checker found, written out: diagnostics and the --check report. */
#ifndef SENDGUIDE_REPORT_H
#define SENDGUIDE_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include "diag.h"
#include "guide.h"

/* fprintf, but what is written passes the text-safety rule (textsafe.h;
   newlines kept): for standard error, where file names, command-line
   values and settings are echoed. */
void report_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* GNU style: "file:line:col: error: message" then "  hint" on its own line.
   Sorted by file, line and column; warnings after errors at the same place. */
void diags_print(const struct diags *d, FILE *out);

/* The --check report: prints d's errors and warnings, the translation coverage
   of each language found beside dir (../i18n/content/LL.po), and a summary.
   g may be NULL when loading failed. With strict, the reading-level
   warnings are errors. Returns the exit status: 0, or EXIT_CONTENT when
   there is an error (in content or in a translation). */
int check_report(const struct guide *g, const char *dir, bool strict, struct diags *d, FILE *out);

#endif
