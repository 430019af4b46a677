/* calendar.c: civil dates, bank holidays of England and Wales, and the SEND time limits worked out from them (pure). */
#include <config.h>

#include <stddef.h>

#include "calendar.h"
#include "gettext.h"

/* Only marks strings for extraction: this module never looks one up, so it
   stays free of locale and global state. */
#define N_(s) gettext_noop(s)

bool
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

bool
date_valid(struct date d)
{
	return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= date_days_in_month(d.y, d.m);
}

/* Days from 1970-01-01, counted in 400-year eras that start on 1 March so
   that the leap day ends a year (the usual civil-from-days arithmetic). */
long
date_to_days(struct date d)
{
	long y = d.m <= 2 ? (long)d.y - 1 : (long)d.y;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;                                   /* 0-399 */
	long mp = d.m > 2 ? d.m - 3 : d.m + 9;                      /* March = 0 */
	long doy = (153 * mp + 2) / 5 + d.d - 1;                    /* 0-365 */
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0-146096 */

	return era * 146097 + doe - 719468;
}

struct date
date_from_days(long z)
{
	long era, doe, yoe, y, doy, mp;
	struct date r;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(r.m <= 2 ? y + 1 : y);
	return r;
}

int
date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	return (a.d > b.d) - (a.d < b.d);
}

enum weekday
date_weekday(struct date d)
{
	/* 1970-01-01 was a Thursday. */
	long w = (date_to_days(d) + THURSDAY) % 7;

	return (enum weekday)(w < 0 ? w + 7 : w);
}

struct date
date_add_days(struct date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

struct date
date_add_months(struct date d, int n, bool *clamped)
{
	long months = (long)d.y * 12 + (d.m - 1) + n;
	struct date r;
	int last;

	r.y = (int)(months >= 0 ? months / 12 : (months - 11) / 12);
	r.m = (int)(months - (long)r.y * 12) + 1;
	last = date_days_in_month(r.y, r.m);
	r.d = d.d > last ? last : d.d;
	if (clamped != NULL)
		*clamped = d.d > last;
	return r;
}

/* The anonymous Gregorian computus (Meeus, Jones and Butcher). */
struct date
date_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	struct date r;

	r.y = y;
	r.m = (h + l - 7 * m + 114) / 31;
	r.d = (h + l - 7 * m + 114) % 31 + 1;
	return r;
}

/* ------------------------------------------------------- bank holidays */

/* Bank holidays in England and Wales.

   The rules: the Banking and Financial Dealings Act 1971, Schedule 1,
   paragraph 1 (Easter Monday, the last Monday in May, the last Monday in
   August, 26 December if not a Sunday, 27 December when 25 or 26 December is
   a Sunday; legislation.data.gov.uk/ukpga/1971/80/schedule/1/paragraph/1),
   and the days proclaimed every year since 1974 (1 January, or the Monday
   after it at a weekend) and 1978 (the first Monday in May), with the
   substitute weekdays for Christmas and Boxing Day at a weekend. Christmas
   Day and Good Friday are holidays at common law and never working days.

   The one-off changes, each made by royal proclamation and announced months
   ahead: 1995 early May moved to 8 May (VE Day); 31 December 1999
   (millennium); 2002 spring holiday moved to 4 June and 3 June added
   (Golden Jubilee); 29 April 2011 (royal wedding); 2012 spring holiday moved
   to 4 June and 5 June added (Diamond Jubilee); 2020 early May moved to
   Friday 8 May (VE Day); 2022 spring holiday moved to 2 June, 3 June added
   (Platinum Jubilee) and 19 September (the state funeral of Queen
   Elizabeth II); 8 May 2023 (the coronation of King Charles III).

   Where this comes from, all read on 29 November 2026: GOV.UK "UK bank
   holidays" (www.gov.uk/bank-holidays) as copied in lists that cite it
   (the 2012-2015 list of the ndr_support gem, rubydoc.info); the exceptions
   of 1995-2020 as the bank-holidays-england package lists them
   (hackage.haskell.org/package/bank-holidays-england, "all exceptions to
   the rules in the years 1995 to 2020"); the 2022 and 2023 changes as
   reported when proclaimed (inews.co.uk on the Platinum Jubilee; GOV.UK
   news "Bank holiday announced for Her Majesty Queen Elizabeth II's State
   Funeral on Monday 19 September", as quoted by expressandstar.com on
   10 September 2022; "Bank holiday proclaimed in honour of the coronation",
   GOV.UK news of 8 November 2022 via wired-gov.net; belfasttelegraph.co.uk's
   list of the 2022-23 holidays). Lists built from GOV.UK's data run to 2026
   (Date::Holidays::GB 0.024, metacpan.org), with no one-off change after
   2023: so DATE_HOLIDAYS_KNOWN_UNTIL is 2026, and later years follow the
   usual rules until a proclamation says otherwise; a new one must be added
   here. */

struct one_off {
	short y;
	signed char m, d;
	bool holiday;  /* false: a usual holiday that did not happen that day */
};

static const struct one_off one_offs[] = {
	{ 1995, 5, 1, false }, { 1995, 5, 8, true },
	{ 1999, 12, 31, true },
	{ 2002, 5, 27, false }, { 2002, 6, 3, true }, { 2002, 6, 4, true },
	{ 2011, 4, 29, true },
	{ 2012, 5, 28, false }, { 2012, 6, 4, true }, { 2012, 6, 5, true },
	{ 2020, 5, 4, false }, { 2020, 5, 8, true },
	{ 2022, 5, 30, false }, { 2022, 6, 2, true }, { 2022, 6, 3, true },
	{ 2022, 9, 19, true },
	{ 2023, 5, 8, true },
};

/* The first Monday of month m, or (last) the last one. */
static int
monday_of(int y, int m, bool last)
{
	struct date d = { y, m, last ? date_days_in_month(y, m) : 1 };
	int w = (int)date_weekday(d);

	return last ? d.d - w : 1 + (7 - w) % 7;
}

static bool
usual_holiday(struct date d)
{
	enum weekday w = date_weekday(d);
	struct date easter;
	long diff;

	if (w >= SATURDAY)
		return false;
	switch (d.m) {
	case 1:
		/* 1 January, or the Monday after it falls at a weekend. */
		return d.d == 1 || (w == MONDAY && d.d <= 3);
	case 5:
		return w == MONDAY && (d.d == monday_of(d.y, 5, false) || d.d == monday_of(d.y, 5, true));
	case 8:
		return w == MONDAY && d.d == monday_of(d.y, 8, true);
	case 12:
		/* 25 and 26 December; at a weekend, the next weekdays instead
		   (27 and 28 December), which is exactly 25-28 December for a
		   weekday in a week where the two holidays were not both taken. */
		if (d.d == 25 || d.d == 26)
			return true;
		if (d.d == 27 || d.d == 28) {
			struct date xmas = { d.y, 12, 25 };
			enum weekday wx = date_weekday(xmas);

			/* Christmas on Saturday: Monday 27 and Tuesday 28.
			   Christmas on Sunday: Monday 26 and Tuesday 27.
			   Christmas on Friday: Boxing Day on Saturday, Monday 28. */
			if (wx == SATURDAY)
				return true;
			if (wx == SUNDAY)
				return d.d == 27;
			if (wx == FRIDAY)
				return d.d == 28;
		}
		return false;
	default:
		break;
	}
	if (d.m == 3 || d.m == 4) {
		easter = date_easter(d.y);
		diff = date_to_days(d) - date_to_days(easter);
		return diff == -2 || diff == 1;  /* Good Friday, Easter Monday */
	}
	return false;
}

bool
date_is_bank_holiday(struct date d)
{
	size_t i;

	for (i = 0; i < sizeof one_offs / sizeof one_offs[0]; i++)
		if (one_offs[i].y == d.y && one_offs[i].m == d.m && one_offs[i].d == d.d)
			return one_offs[i].holiday;
	return usual_holiday(d);
}

bool
date_is_working_day(struct date d)
{
	return date_weekday(d) < SATURDAY && !date_is_bank_holiday(d);
}

struct date
date_next_working_day(struct date d)
{
	while (!date_is_working_day(d))
		d = date_add_days(d, 1);
	return d;
}

struct date
date_add_working_days(struct date d, int n)
{
	while (n > 0) {
		d = date_add_days(d, 1);
		if (date_is_working_day(d))
			n--;
	}
	return d;
}

/* ----------------------------------------------------------- deadlines */

/* Rule 12 "Calculating time" of the Tribunal Procedure (First-tier
   Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI
   2008/2699): (2) an act due on a day that is not a working day is in time
   on the next working day; (3) in a special educational needs case, "25th
   December to 1st January inclusive" and "any day in August" must not be
   counted when calculating the time by which an act must be done; (4) not
   where the Tribunal directs a date. The wording was read in the Upper
   Tribunal's rule 12, which is the same (mentalhealthlaw.co.uk, "Upper
   Tribunal rule 12"), and in IPSEA's FAQ on appeal deadlines over Christmas
   and in August (content source ipsea-christmas), both on 29 November 2026.
   It applies to the Tribunal appeal deadline only: the 2 months to contact
   the mediation adviser (SEND Regulations 2014, reg 33) and the council's
   mediation time limits are not the Tribunal's. "Working day" is taken as
   Monday to Friday except Christmas Day, Good Friday and bank holidays, as
   English procedure rules define it. */
static bool
excluded_day(struct date d)
{
	return d.m == 8 || (d.m == 12 && d.d >= 25) || (d.m == 1 && d.d == 1);
}

static void
plain_deadline(struct deadline *dl, struct date date, enum deadline_basis basis)
{
	dl->date = date;
	dl->base = date;
	dl->basis = basis;
	dl->adjust = DL_NOT_MOVED;
	dl->month_end = false;
	dl->readings_differ = false;
	dl->holidays_by_rule = false;
}

struct deadline
date_adviser_deadline(struct date letter)
{
	struct deadline dl;
	bool clamped;

	/* Reg 33: "within 2 months after written notice of the local
	   authority's decision was sent"; the letter's date stands for the
	   day it was sent. A period of months ends on the same day of the
	   later month (IPSEA: a letter of 1 October, 2 months "expires on
	   1 December"). */
	plain_deadline(&dl, date_add_months(letter, 2, &clamped), DL_ADVISER_LETTER);
	dl.month_end = clamped;
	return dl;
}

/* Rule 12 on an appeal deadline that the months put at base, counted from
   start. IPSEA's reading of rule 12(3): a deadline on 25 December-1 January
   moves to the next working day in January, one in August to the first
   working day in September. Rule 12(2): a deadline on a day that is not a
   working day moves to the next working day. Another reading extends the
   period by every uncounted day inside it, which is never earlier, so this
   date is the one to aim for (readings_differ says when they part). */
static void
tribunal_rules(struct deadline *dl, struct date start)
{
	struct date b = dl->base, d;
	long i, from = date_to_days(start), to = date_to_days(b);

	if (b.m == 12 && b.d >= 25) {
		struct date jan2 = { b.y + 1, 1, 2 };

		dl->date = date_next_working_day(jan2);
		dl->adjust = DL_MOVED_CHRISTMAS;
	} else if (b.m == 1 && b.d == 1) {
		struct date jan2 = { b.y, 1, 2 };

		dl->date = date_next_working_day(jan2);
		dl->adjust = DL_MOVED_CHRISTMAS;
	} else if (b.m == 8) {
		struct date sep1 = { b.y, 9, 1 };

		dl->date = date_next_working_day(sep1);
		dl->adjust = DL_MOVED_AUGUST;
	} else if (!date_is_working_day(b)) {
		dl->date = date_next_working_day(b);
		dl->adjust = DL_MOVED_NOT_WORKING_DAY;
	} else {
		dl->date = b;
		dl->adjust = DL_NOT_MOVED;
	}
	for (i = from + 1; i <= to; i++) {
		d = date_from_days(i);
		if (excluded_day(d)) {
			dl->readings_differ = true;
			break;
		}
	}
	/* A day proclaimed later could still move a date in a year after
	   the published lists. */
	dl->holidays_by_rule = dl->date.y > DATE_HOLIDAYS_KNOWN_UNTIL;
}

bool
date_appeal_deadline(const struct date *letter, const struct date *certificate,
		     struct deadline *out)
{
	struct date by_letter = { 0, 0, 0 }, by_cert = { 0, 0, 0 }, start;
	bool clamp_letter = false, clamp_cert = false;
	enum deadline_basis basis;

	if (letter == NULL && certificate == NULL)
		return false;
	if (letter != NULL)
		by_letter = date_add_months(*letter, 2, &clamp_letter);
	if (certificate != NULL)
		by_cert = date_add_months(*certificate, 1, &clamp_cert);
	if (certificate == NULL) {
		basis = DL_APPEAL_LETTER_ONLY;
	} else if (letter == NULL) {
		basis = DL_APPEAL_CERTIFICATE_ONLY;
	} else {
		/* "whichever is the later"; on a tie the letter's. */
		basis = date_cmp(by_cert, by_letter) > 0 ? DL_APPEAL_CERTIFICATE : DL_APPEAL_LETTER;
	}
	if (basis == DL_APPEAL_LETTER || basis == DL_APPEAL_LETTER_ONLY) {
		plain_deadline(out, by_letter, basis);
		out->month_end = clamp_letter;
		start = *letter;
	} else {
		plain_deadline(out, by_cert, basis);
		out->month_end = clamp_cert;
		start = *certificate;
	}
	tribunal_rules(out, start);
	return true;
}

struct deadline
date_mediation_deadline(struct date told)
{
	struct deadline dl;

	plain_deadline(&dl, date_add_days(told, 30), DL_MEDIATION_30_DAYS);
	return dl;
}

struct deadline
date_certificate_deadline(struct date from)
{
	struct deadline dl;

	plain_deadline(&dl, date_add_working_days(from, 3), DL_CERTIFICATE_3_WORKING_DAYS);
	dl.holidays_by_rule = dl.date.y > DATE_HOLIDAYS_KNOWN_UNTIL;
	return dl;
}

/* ------------------------------------------------------------- words */

const char *
deadline_basis_text(enum deadline_basis b)
{
	switch (b) {
	case DL_ADVISER_LETTER:
		return N_("This is 2 months after the date of the decision letter "
			  "(SEND Regulations 2014, regulation 33).");
	case DL_APPEAL_LETTER:
		return N_("This is 2 months after the date of the decision letter, which is "
			  "later than 1 month after the mediation certificate.");
	case DL_APPEAL_LETTER_ONLY:
		return N_("This is 2 months after the date of the decision letter; 1 month "
			  "after a mediation certificate may be later.");
	case DL_APPEAL_CERTIFICATE:
		return N_("This is 1 month after the date of the mediation certificate, which "
			  "is later than 2 months after the decision letter.");
	case DL_APPEAL_CERTIFICATE_ONLY:
		return N_("This is 1 month after the date of the mediation certificate; "
			  "2 months after the decision letter may be later.");
	case DL_MEDIATION_30_DAYS:
		return N_("This is 30 days after the council was told that you want mediation.");
	case DL_CERTIFICATE_3_WORKING_DAYS:
		return N_("This is 3 working days later, not counting weekends and bank holidays.");
	}
	return "";
}

const char *
deadline_adjust_text(enum deadline_adjust a)
{
	switch (a) {
	case DL_NOT_MOVED:
		return NULL;
	case DL_MOVED_CHRISTMAS:
		return N_("It fell between 25 December and 1 January, so it moves to the next "
			  "working day after 1 January (Tribunal rules, rule 12).");
	case DL_MOVED_AUGUST:
		return N_("It fell in August, so it moves to the first working day in "
			  "September (Tribunal rules, rule 12).");
	case DL_MOVED_NOT_WORKING_DAY:
		return N_("It fell on a weekend or a bank holiday, so it moves to the next "
			  "working day (Tribunal rules, rule 12).");
	}
	return NULL;
}

const char *
deadline_month_end_text(void)
{
	return N_("That month has no such day, so the time ends on its last day.");
}

const char *
deadline_readings_text(void)
{
	return N_("The time includes days the Tribunal does not count (25 December to "
		  "1 January, and August). Aim for this date; the Tribunal or your "
		  "SENDIASS can confirm it.");
}

const char *
deadline_holidays_text(void)
{
	/* TRANSLATORS: %d is a year, such as 2026. */
	return N_("Bank holidays after %d are worked out by the usual rules; check "
		  "GOV.UK for changes.");
}
