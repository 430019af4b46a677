/* date_text.c: dates as people type them (English, Polish, Romanian) and as the interface language writes them. */
#include <config.h>

#include <locale.h>  /* LC_MESSAGES, which gettext.h's pgettext names */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "date_text.h"
#include "lang.h"
#include "xalloc.h"

/* ------------------------------------------------------------ folding */

/* Case-fold to NFD and drop the accents NFD split off; letters with a
   stroke have no decomposition, so "ł" is folded by hand. What is left of a
   date in our three languages is ASCII; anything else stays as it is and
   simply matches no word. */
static char *
fold(const char *s, const char *lang)
{
	size_t n = 0, i = 0, o = 0;
	uint8_t *f = u8_casefold((const uint8_t *)s, strlen(s), lang, UNINORM_NFD, NULL, &n);
	char *out;

	if (f == NULL)
		return NULL;
	out = xmalloc(n + 1);
	while (i < n) {
		ucs4_t uc;
		int len = u8_mbtouc(&uc, f + i, n - i);

		if (len <= 0)
			len = 1;
		if (uc == 0x0142) {
			out[o++] = 'l';
		} else if (!uc_is_general_category(uc, UC_CATEGORY_Mn)
			   && !uc_is_general_category(uc, UC_CATEGORY_Me)) {
			memcpy(out + o, f + i, (size_t)len);
			o += (size_t)len;
		}
		i += (size_t)len;
	}
	out[o] = '\0';
	free(f);
	return out;
}

/* -------------------------------------------------------------- words */

/* Month names, folded: every form a date uses. English; Polish nominative,
   genitive ("23 listopada") and locative ("w listopadzie"), the usual
   abbreviations and the Roman numerals of Polish dates ("23 XI 2026");
   Romanian names and abbreviations ("nov.", "noi."). */
static const struct {
	const char *word;
	int month;
} months[] = {
	{ "january", 1 }, { "jan", 1 }, { "styczen", 1 }, { "stycznia", 1 }, { "styczniu", 1 },
	{ "sty", 1 }, { "ianuarie", 1 }, { "ian", 1 }, { "i", 1 },
	{ "february", 2 }, { "feb", 2 }, { "luty", 2 }, { "lutego", 2 }, { "lutym", 2 },
	{ "lut", 2 }, { "februarie", 2 }, { "ii", 2 },
	{ "march", 3 }, { "mar", 3 }, { "marzec", 3 }, { "marca", 3 }, { "marcu", 3 },
	{ "martie", 3 }, { "iii", 3 },
	{ "april", 4 }, { "apr", 4 }, { "kwiecien", 4 }, { "kwietnia", 4 }, { "kwietniu", 4 },
	{ "kwi", 4 }, { "aprilie", 4 }, { "iv", 4 },
	{ "may", 5 }, { "maj", 5 }, { "maja", 5 }, { "maju", 5 }, { "mai", 5 }, { "v", 5 },
	{ "june", 6 }, { "jun", 6 }, { "czerwiec", 6 }, { "czerwca", 6 }, { "czerwcu", 6 },
	{ "cze", 6 }, { "iunie", 6 }, { "iun", 6 }, { "vi", 6 },
	{ "july", 7 }, { "jul", 7 }, { "lipiec", 7 }, { "lipca", 7 }, { "lipcu", 7 },
	{ "lip", 7 }, { "iulie", 7 }, { "iul", 7 }, { "vii", 7 },
	{ "august", 8 }, { "aug", 8 }, { "sierpien", 8 }, { "sierpnia", 8 }, { "sierpniu", 8 },
	{ "sie", 8 }, { "viii", 8 },
	{ "september", 9 }, { "sep", 9 }, { "sept", 9 }, { "wrzesien", 9 }, { "wrzesnia", 9 },
	{ "wrzesniu", 9 }, { "wrz", 9 }, { "septembrie", 9 }, { "ix", 9 },
	{ "october", 10 }, { "oct", 10 }, { "pazdziernik", 10 }, { "pazdziernika", 10 },
	{ "pazdzierniku", 10 }, { "paz", 10 }, { "octombrie", 10 }, { "x", 10 },
	{ "november", 11 }, { "nov", 11 }, { "listopad", 11 }, { "listopada", 11 },
	{ "listopadzie", 11 }, { "lis", 11 }, { "noiembrie", 11 }, { "noi", 11 }, { "xi", 11 },
	{ "december", 12 }, { "dec", 12 }, { "grudzien", 12 }, { "grudnia", 12 }, { "grudniu", 12 },
	{ "gru", 12 }, { "decembrie", 12 }, { "xii", 12 },
};
#define NMONTHS (sizeof months / sizeof months[0])

/* Words around a date that say nothing about it: weekdays (English, Polish,
   Romanian, with abbreviations), ordinal endings ("23rd"), "of", the Polish
   "r."/"roku" after a year and "dnia" before a day. */
static const char *const skip_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"poniedzialek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela",
	"pon", "wt", "sr", "czw", "pt", "sob", "niedz", "ndz",
	"luni", "marti", "miercuri", "joi", "vineri", "sambata", "duminica",
	"st", "nd", "rd", "th", "of", "the", "r", "rok", "roku", "dnia", "dn",
};

/* Days relative to today. */
static const struct {
	const char *word;
	int offset;
} relative[] = {
	{ "today", 0 }, { "dzis", 0 }, { "dzisiaj", 0 }, { "azi", 0 }, { "astazi", 0 },
	{ "yesterday", -1 }, { "wczoraj", -1 }, { "ieri", -1 },
	{ "tomorrow", 1 }, { "jutro", 1 }, { "maine", 1 },
};

/* The month a word names exactly, or (prefix) as the first three or more
   letters of names of one month only ("novem", "listop"); 0 when none or
   ambiguous. */
static int
month_of(const char *w, size_t n, bool prefix)
{
	size_t i;
	int found = 0;

	for (i = 0; i < NMONTHS; i++)
		if (strlen(months[i].word) == n && memcmp(months[i].word, w, n) == 0)
			return months[i].month;
	if (!prefix || n < 3)
		return 0;
	for (i = 0; i < NMONTHS; i++)
		if (strlen(months[i].word) > n && memcmp(months[i].word, w, n) == 0) {
			if (found != 0 && found != months[i].month)
				return 0;
			found = months[i].month;
		}
	return found;
}

static bool
word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

/* ------------------------------------------------------------ parsing */

enum tok_kind { TOK_NUMBER, TOK_MONTH };

struct tok {
	enum tok_kind kind;
	long value;
	size_t digits;
};

#define MAX_TOKS 4

static enum date_parse_status
from_fields(long day, long month, long year, struct date *d)
{
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return DATE_IMPOSSIBLE;
	d->y = (int)year;
	d->m = (int)month;
	d->d = (int)day;
	return date_valid(*d) ? DATE_PARSED : DATE_IMPOSSIBLE;
}

static bool
is_year(const struct tok *t)
{
	return t->kind == TOK_NUMBER && (t->digits == 2 || t->digits == 4);
}

static long
year_of(const struct tok *t)
{
	return t->digits == 2 ? 2000 + t->value : t->value;
}

static bool
small(const struct tok *t)
{
	return t->kind == TOK_NUMBER && t->digits <= 2;
}

/* Day, month and year from the tokens, in the orders people write. */
static enum date_parse_status
from_tokens(const struct tok *t, size_t n, struct date *d)
{
	if (n == 3) {
		if (t[0].kind == TOK_NUMBER && t[0].digits == 4) {
			/* Year first: 2026-11-23, 2026 Nov 23 (ISO 8601 order). */
			if ((small(&t[1]) || t[1].kind == TOK_MONTH) && small(&t[2]))
				return from_fields(t[2].value, t[1].value, t[0].value, d);
			return DATE_NOT_A_DATE;
		}
		if (small(&t[0]) && (small(&t[1]) || t[1].kind == TOK_MONTH) && is_year(&t[2]))
			return from_fields(t[0].value, t[1].value, year_of(&t[2]), d);
		if (t[0].kind == TOK_MONTH && small(&t[1]) && is_year(&t[2]))
			return from_fields(t[1].value, t[0].value, year_of(&t[2]), d);  /* November 23, 2026 */
		return DATE_NOT_A_DATE;
	}
	if (n == 2) {
		const struct tok *day = NULL, *month = NULL;

		if (small(&t[0]) && (small(&t[1]) || t[1].kind == TOK_MONTH)) {
			day = &t[0];
			month = &t[1];
		} else if (t[0].kind == TOK_MONTH && small(&t[1])) {
			day = &t[1];
			month = &t[0];
		}
		if (day == NULL)
			return DATE_NOT_A_DATE;
		/* A leap year, so 29 February is possible, only the year missing. */
		if (from_fields(day->value, month->value, 2028, d) != DATE_PARSED)
			return DATE_IMPOSSIBLE;
		return DATE_NO_YEAR;
	}
	return DATE_NOT_A_DATE;
}

static enum date_parse_status
parse_folded(const char *s, struct date today, struct date *d)
{
	struct tok t[MAX_TOKS];
	size_t n = 0, i = 0, k;
	int rel = 0;
	bool have_rel = false;

	while (s[i] != '\0') {
		size_t start = i;
		unsigned char c = (unsigned char)s[i];

		if (c >= '0' && c <= '9') {
			long v = 0;

			while (s[i] >= '0' && s[i] <= '9') {
				if (i - start < 8)
					v = v * 10 + (s[i] - '0');
				i++;
			}
			if (i - start > 4 || n == MAX_TOKS)
				return DATE_NOT_A_DATE;
			t[n].kind = TOK_NUMBER;
			t[n].value = v;
			t[n].digits = i - start;
			n++;
		} else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
			size_t len;
			int m;

			while ((s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0x80)
				i++;
			len = i - start;
			/* Whole month names first, then the words to skip (the
			   Romanian "marti", Tuesday, begins "martie"), then
			   relative days, then abbreviated month names. */
			m = month_of(s + start, len, false);
			if (m == 0 && word_in(s + start, len, skip_words,
					      sizeof skip_words / sizeof skip_words[0]))
				continue;
			for (k = 0; m == 0 && k < sizeof relative / sizeof relative[0]; k++)
				if (strlen(relative[k].word) == len
				    && memcmp(relative[k].word, s + start, len) == 0)
					break;
			if (m == 0 && k < sizeof relative / sizeof relative[0]) {
				if (have_rel)
					return DATE_NOT_A_DATE;
				have_rel = true;
				rel = relative[k].offset;
				continue;
			}
			if (m == 0)
				m = month_of(s + start, len, true);
			if (m == 0 || n == MAX_TOKS)
				return DATE_NOT_A_DATE;
			t[n].kind = TOK_MONTH;
			t[n].value = m;
			t[n].digits = 0;
			n++;
		} else if ((c == '-' || c == '+') && s[i + 1] >= '0' && s[i + 1] <= '9'
			   && (i == 0 || strchr(" \t/.-,'+", s[i - 1]) != NULL)) {
			/* A sign before a number ("-1/-1/-2026"): a minus is a
			   separator only between two parts of a date, so a
			   negative day, month or year is not read as a positive one. */
			return DATE_NOT_A_DATE;
		} else if (strchr(" \t/.-,'", c) != NULL) {
			i++;
		} else {
			return DATE_NOT_A_DATE;
		}
	}
	if (have_rel) {
		if (n != 0)
			return DATE_NOT_A_DATE;
		*d = date_add_days(today, rel);
		return DATE_PARSED;
	}
	return from_tokens(t, n, d);
}

enum date_parse_status
date_parse(const char *text, const char *lang, struct date today, struct date *out,
	   const char **error)
{
	char *s = fold(text, lang);
	struct date d = { 0, 0, 0 };
	enum date_parse_status st = s != NULL ? parse_folded(s, today, &d) : DATE_NOT_A_DATE;

	free(s);
	if (st == DATE_PARSED) {
		if (date_cmp(d, today) > 0)
			st = DATE_FUTURE;
		else if (date_cmp(d, date_add_months(today, -12, NULL)) < 0)
			st = DATE_TOO_OLD;
	}
	if (st == DATE_PARSED)
		*out = d;
	if (error != NULL)
		*error = date_parse_error_text(st);
	return st;
}

const char *
date_parse_error_text(enum date_parse_status s)
{
	switch (s) {
	case DATE_PARSED:
		return NULL;
	case DATE_NOT_A_DATE:
		return N_("That does not look like a date. Type the day, the month and the year, "
			  "for example 23/11/2026.");
	case DATE_IMPOSSIBLE:
		return N_("There is no such date. Check the day and the month: the day comes first.");
	case DATE_NO_YEAR:
		return N_("Please add the year: without it the date could be this year or last year.");
	case DATE_FUTURE:
		return N_("That date is in the future. Type the date printed on the letter or "
			  "certificate.");
	case DATE_TOO_OLD:
		return N_("That date is more than a year ago. Check the year; for an older letter, "
			  "ask your SENDIASS for advice.");
	}
	return NULL;
}

/* --------------------------------------------------------- formatting */

/* Each name has a context so a language can give the form its dates need:
   Polish months in the genitive ("20 maja"), Romanian in lower case. */
static const char *
weekday_name(enum weekday w)
{
	switch (w) {
	case MONDAY: return pgettext("weekday in a date", "Monday");
	case TUESDAY: return pgettext("weekday in a date", "Tuesday");
	case WEDNESDAY: return pgettext("weekday in a date", "Wednesday");
	case THURSDAY: return pgettext("weekday in a date", "Thursday");
	case FRIDAY: return pgettext("weekday in a date", "Friday");
	case SATURDAY: return pgettext("weekday in a date", "Saturday");
	case SUNDAY: return pgettext("weekday in a date", "Sunday");
	}
	return "";
}

static const char *
month_name(int m)
{
	switch (m) {
	case 1: return pgettext("month in a date, after the day number", "January");
	case 2: return pgettext("month in a date, after the day number", "February");
	case 3: return pgettext("month in a date, after the day number", "March");
	case 4: return pgettext("month in a date, after the day number", "April");
	case 5: return pgettext("month in a date, after the day number", "May");
	case 6: return pgettext("month in a date, after the day number", "June");
	case 7: return pgettext("month in a date, after the day number", "July");
	case 8: return pgettext("month in a date, after the day number", "August");
	case 9: return pgettext("month in a date, after the day number", "September");
	case 10: return pgettext("month in a date, after the day number", "October");
	case 11: return pgettext("month in a date, after the day number", "November");
	case 12: return pgettext("month in a date, after the day number", "December");
	default: return "";
	}
}

char *
date_format_long(struct date d)
{
	char *s;

	/* TRANSLATORS: a date with its weekday, "Thursday 20 May 2027":
	   %1$s the weekday, %2$d the day, %3$s the month, %4$d the year.
	   Reorder or add punctuation as your language writes dates. */
	xasprintf(&s, _("%1$s %2$d %3$s %4$d"), weekday_name(date_weekday(d)), d.d,
		  month_name(d.m), d.y);
	return s;
}

char *
date_format_short(struct date d)
{
	char *s;

	/* TRANSLATORS: a date, "20 May 2027": %1$d the day, %2$s the month,
	   %3$d the year. */
	xasprintf(&s, _("%1$d %2$s %3$d"), d.d, month_name(d.m), d.y);
	return s;
}

const char *
date_format_hint(void)
{
	/* TRANSLATORS: the form of a date in an empty date field: day, month,
	   year, with the letters your language uses for them. */
	return _("DD/MM/YYYY");
}
