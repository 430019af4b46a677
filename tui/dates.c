/* dates.c: calendar dates of the content (YYYY-MM-DD) and how a source's date is shown. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"
#include "guide.h"
#include "lang.h"

static const char *const month_names[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December")
};

static bool
is_leap(unsigned y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool
date_valid(const char *s)
{
	static const unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	unsigned y, m, dd;
	size_t i;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	y = (unsigned)atoi(s);
	m = (unsigned)atoi(s + 5);
	dd = (unsigned)atoi(s + 8);
	if (y < 1900 || m < 1 || m > 12 || dd < 1)
		return false;
	return dd <= days[m - 1] + (m == 2 && is_leap(y));
}

long
date_days(const char *iso)
{
	/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
	long y = atol(iso), era, yoe, doy, doe;
	unsigned m = (unsigned)atoi(iso + 5), dd = (unsigned)atoi(iso + 8);

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (long)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (long)dd - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
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

/* "9 January 2023": the day without a leading zero, the month by name. */
static char *
long_date(const char *iso)
{
	char *out;

	if (!date_valid(iso))
		return xstrdup("?");
	/* TRANSLATORS: a date: %1$d the day of the month, %2$s the month's name
	   (translated separately), %3$d the year; reorder as the language needs. */
	xasprintf(&out, _("%1$d %2$s %3$d"), atoi(iso + 8), _(month_names[atoi(iso + 5) - 1]),
		  atoi(iso));
	return out;
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
