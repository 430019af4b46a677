/* calendar.h: civil dates, bank holidays of England and Wales, and the SEND time limits worked out from them (pure). */
#ifndef SENDGUIDE_CALENDAR_H
#define SENDGUIDE_CALENDAR_H

#include <stdbool.h>

/* A date in the proleptic Gregorian calendar. Pure values: no time zone,
   no locale, no global state. */
struct date {
	int y, m, d;  /* year, month 1-12, day 1-31 */
};

enum weekday { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY };

bool date_is_leap(int y);
int date_days_in_month(int y, int m);       /* 0 for a month outside 1-12 */
bool date_valid(struct date d);
/* Days since 1970-01-01 (negative before it), and back. */
long date_to_days(struct date d);
struct date date_from_days(long days);
int date_cmp(struct date a, struct date b);  /* <0, 0, >0 */
enum weekday date_weekday(struct date d);
struct date date_add_days(struct date d, long n);
/* n calendar months later (earlier when n < 0), on the same day of the month;
   a day the month lacks becomes its last day (31 December + 2 months =
   28 or 29 February). *clamped (may be NULL) says whether that happened. */
struct date date_add_months(struct date d, int n, bool *clamped);
struct date date_easter(int y);  /* Easter Sunday (Gregorian computus) */

/* Bank holidays in England and Wales, with Christmas Day and Good Friday
   (holidays at common law, not under the 1971 Act, but never working days).
   Bank holidays to DATE_HOLIDAYS_KNOWN_UNTIL come from published lists,
   one-off changes included; later years follow the usual rules and may
   still change by proclamation. See calendar.c for the sources. */
#define DATE_HOLIDAYS_KNOWN_UNTIL 2026
bool date_is_bank_holiday(struct date d);
/* Monday to Friday and not a bank holiday, Christmas Day or Good Friday: the
   usual "working day" of English statutory instruments (see calendar.c). */
bool date_is_working_day(struct date d);
/* d itself when it is a working day, otherwise the next one. */
struct date date_next_working_day(struct date d);
/* n working days after d (d itself not counted). */
struct date date_add_working_days(struct date d, int n);

/* How a deadline was worked out, for one sentence in the view. */
enum deadline_basis {
	DL_ADVISER_LETTER,         /* 2 months after the decision letter (reg 33) */
	DL_APPEAL_LETTER,          /* 2 months after the letter; later than 1 month after the certificate */
	DL_APPEAL_LETTER_ONLY,     /* 2 months after the letter; no certificate date given */
	DL_APPEAL_CERTIFICATE,     /* 1 month after the certificate; later than 2 months after the letter */
	DL_APPEAL_CERTIFICATE_ONLY,/* 1 month after the certificate; no letter date given */
	DL_MEDIATION_30_DAYS,      /* 30 days after the council was told */
	DL_CERTIFICATE_3_WORKING_DAYS
};
/* The Tribunal's rule 12 moves (appeal deadlines only). */
enum deadline_adjust {
	DL_NOT_MOVED,
	DL_MOVED_CHRISTMAS,        /* fell 25 December-1 January: next working day after 1 January */
	DL_MOVED_AUGUST,           /* fell in August: first working day in September */
	DL_MOVED_NOT_WORKING_DAY   /* fell on a weekend or bank holiday: next working day */
};

struct deadline {
	struct date date;          /* the date to show */
	struct date base;          /* before any rule 12 move */
	enum deadline_basis basis;
	enum deadline_adjust adjust;
	bool month_end;            /* the day did not exist in that month: its last day */
	/* The period counts days rule 12(3) says not to count (25 December to
	   1 January, August). Readings differ on how that extends a period of
	   months; date is the earliest reading (IPSEA's), the one to aim for,
	   and the Tribunal or a SENDIASS can confirm. */
	bool readings_differ;
	/* A bank holiday of a year after DATE_HOLIDAYS_KNOWN_UNTIL may matter. */
	bool holidays_by_rule;
};

/* The time to contact the mediation adviser: 2 months after the decision
   letter (SEND Regulations 2014, reg 33). No rule 12 moves: they belong to
   the Tribunal's time limits only. */
struct deadline date_adviser_deadline(struct date letter);
/* The Tribunal appeal deadline: the later of 2 months after the letter and
   1 month after the mediation certificate, then rule 12 of the Tribunal
   Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008. Either date may
   be NULL (not given); false when both are. */
bool date_appeal_deadline(const struct date *letter, const struct date *certificate,
			  struct deadline *out);
/* The council must arrange mediation within 30 days of being told. */
struct deadline date_mediation_deadline(struct date told);
/* A mediation certificate is due within 3 working days. */
struct deadline date_certificate_deadline(struct date from);

/* One English sentence for each basis and move (N_() strings: pass them
   through _()). deadline_holidays_text has a %d for DATE_HOLIDAYS_KNOWN_UNTIL. */
const char *deadline_basis_text(enum deadline_basis b);
const char *deadline_adjust_text(enum deadline_adjust a);  /* NULL for DL_NOT_MOVED */
const char *deadline_month_end_text(void);
const char *deadline_readings_text(void);
const char *deadline_holidays_text(void);

#endif
