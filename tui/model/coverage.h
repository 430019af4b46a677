/* coverage.h: how many English councils the guide has local contacts for, and how old they are. */
#ifndef SENDGUIDE_COVERAGE_H
#define SENDGUIDE_COVERAGE_H

#include <stddef.h>
#include "guide.h"

struct coverage {
	size_t councils;        /* English councils listed: areas whose GSS code starts with E */
	size_t sendiass;        /* ... with a sourced SENDIASS contact (see below) */
	size_t mediation;       /* ... with a sourced mediation adviser or mediation contact */
	size_t contacts;        /* phones, e-mails and web addresses of providers linked to them */
	size_t stale;           /* ... whose source's date is more than 12 months before today */
};

/* Count for the guide as of today (days since 1970-01-01, date_today()).
   A council has a sourced SENDIASS contact when a provider is linked to it
   for information-advice, the link names its source (the page saying the
   provider serves that council), and the provider has at least one phone,
   e-mail or web address; the same for mediation with mediation-advice or
   mediation. National services linked without a source (IPSEA) do not
   count. A contact is counted once however many councils it serves. */
void coverage_count(const struct guide *g, long today, struct coverage *out);

/* Whether a date (YYYY-MM-DD) is more than 12 months before today: on
   29 November 2026, 2025-11-28 is, 2025-11-29 is not. */
int coverage_is_stale(const char *date, long today);

/* The figures as translated lines for the --check report; the caller frees. */
char *coverage_text(const struct coverage *c);

#endif
