/* source_dates.c: calendar dates of the content (YYYY-MM-DD) and how a source's date is shown. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "date_text.h"
#include "source_dates.h"
#include "guide.h"
#include "lang.h"

bool
date_iso_parse(const char *s, struct date *out)
{
	struct date d;
	size_t i;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	d.y = atoi(s);
	d.m = atoi(s + 5);
	d.d = atoi(s + 8);
	if (d.y < 1900 || !date_valid(d))
		return false;
	if (out != NULL)
		*out = d;
	return true;
}

long
date_iso_days(const char *iso)
{
	struct date d;

	return date_iso_parse(iso, &d) ? date_to_days(d) : 0;
}

long
date_today(void)
{
	return (long)(time(NULL) / 86400);
}

const char *
source_date(const struct source *s)
{
	if (s == NULL)
		return NULL;
	return s->dated != NULL ? s->dated : s->read;
}

/* "9 January 2023", in the interface language's form (date_text.c). */
static char *
long_date(const char *iso)
{
	struct date d;

	if (!date_iso_parse(iso, &d))
		return xstrdup("?");
	return date_format_short(d);
}

char *
source_date_text(const struct source *s)
{
	char *date, *out;

	if (s != NULL && s->dated != NULL) {
		date = long_date(s->dated);
		/* TRANSLATORS: %s is a date such as "9 January 2023": the date a
		   web page or document itself states. */
		xasprintf(&out, _("page dated %s"), date);
	} else if (s != NULL && s->read != NULL) {
		date = long_date(s->read);
		/* TRANSLATORS: %s is a date: when the page was read; the page
		   itself states no date. */
		xasprintf(&out, _("read %s, the page gives no date"), date);
	} else
		return xstrdup("?");
	free(date);
	return out;
}
