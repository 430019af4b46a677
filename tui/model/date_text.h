/* date_text.h: dates as people type them (English, Polish, Romanian) and as the interface language writes them. */
#ifndef SENDGUIDE_DATE_TEXT_H
#define SENDGUIDE_DATE_TEXT_H

#include "calendar.h"

enum date_parse_status {
	DATE_PARSED,
	DATE_NOT_A_DATE,   /* no day, month and year could be read */
	DATE_IMPOSSIBLE,   /* 31/02/2027, 11/23/2026 (the day comes first) */
	DATE_NO_YEAR,      /* ambiguous: "5/6", "23 Nov" (this year or last?) */
	DATE_FUTURE,       /* after today */
	DATE_TOO_OLD       /* more than a year before today */
};

/* Read a date of a letter or certificate as typed: 23/11/2026, 23.11.2026,
   23-11-26, 2026-11-23, 23 Nov 2026, 23rd November 2026, November 23, 2026,
   23 listopada 2026 r., 23 XI 2026, 23 noiembrie 2026, "today", "yesterday",
   "dziś", "dzisiaj", "wczoraj", "azi", "astăzi", "ieri"; an optional weekday
   is skipped. Numbers are day, month, year (UK order) unless the first has
   four digits (year first, ISO 8601); a two-digit year is 20YY. Month names
   and words are read in English, Polish and Romanian whatever the interface
   language (a family may read the interface in English and write dates in
   Polish), with or without accents, in any case and in their inflected
   forms, or as the first three or more letters of one month's name. lang
   (an ISO 639 code, may be NULL) is the language for case folding. The
   date must lie between a year before today and today, inclusive.
   On DATE_PARSED *out is set and *error (may be NULL) is NULL; otherwise
   *error is an English sentence to pass through _() (an N_() string). */
enum date_parse_status date_parse(const char *text, const char *lang, struct date today,
				  struct date *out, const char **error);
/* The N_() sentence for a status; NULL for DATE_PARSED. */
const char *date_parse_error_text(enum date_parse_status s);

/* The interface language's forms, through the catalogue (English without
   one): "Thursday 20 May 2027", "czwartek, 20 maja 2027", "joi, 20 mai 2027";
   and without the weekday, "20 May 2027". The caller frees. */
char *date_format_long(struct date d);
char *date_format_short(struct date d);
/* The form a date field shows while empty, translated: "DD/MM/YYYY". */
const char *date_format_hint(void);

#endif
