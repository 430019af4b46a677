/* source_dates.h: calendar dates of the content (YYYY-MM-DD) and how a source's date is shown. */
#ifndef SENDGUIDE_SOURCE_DATES_H
#define SENDGUIDE_SOURCE_DATES_H

#include <stdbool.h>

struct source;

struct date;

/* Whether s is YYYY-MM-DD and a real date of the Gregorian calendar (from
   1900); fills *out (may be NULL) when it is. */
bool date_iso_parse(const char *s, struct date *out);

/* Days since 1970-01-01 of a valid YYYY-MM-DD date (0 for another string). */
long date_iso_days(const char *iso);

/* Today (UTC) as days since 1970-01-01. */
long date_today(void);

/* The date a source's facts stand at: the date the page states, else the
   date it was read; NULL only for a source that failed to load. */
const char *source_date(const struct source *s);

/* How every view shows a source's date, translated, in one place:
   "page dated 9 January 2023" or "read 23 November 2026, the page gives no
   date". The caller frees it. */
char *source_date_text(const struct source *s);

#endif
