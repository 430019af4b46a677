/* jcode.h: the journey code: a short code naming a screen, an area and the dates given, to read aloud and type back. */
#ifndef SENDGUIDE_JCODE_H
#define SENDGUIDE_JCODE_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"
#include "diag.h"
#include "guide.h"

/* The dates a journey can carry. */
enum jcode_date {
	JCODE_LETTER,        /* the date on the council's decision letter */
	JCODE_CERTIFICATE,   /* the date on the mediation certificate */
	JCODE_NDATES
};

struct jcode_journey {
	const struct screen *screen;          /* the outcome (any screen may be coded) */
	const struct area *area;              /* NULL: no area chosen */
	bool has[JCODE_NDATES];
	struct date dates[JCODE_NDATES];
};

enum jcode_status {
	JCODE_OK,
	JCODE_BAD_LENGTH,      /* not 8, 12 or 14 symbols */
	JCODE_BAD_CHAR,        /* a character that is in no code */
	JCODE_BAD_CHECK,       /* the check character does not match: a mistyped code */
	JCODE_UNKNOWN_SCREEN,  /* a well-formed code for a screen this guide lacks */
	JCODE_UNKNOWN_AREA,    /* a well-formed code for an area this guide lacks */
	JCODE_BAD_DATE,        /* a date outside the range codes can carry */
	JCODE_NO_SCREEN        /* encoding: the journey has no screen */
};

/* The symbols: 29 (a prime), digits and capital letters without I, L, O
   (which look like 1 and 0), S, Z, B (5, 2, 8) and U (V). Typed input is
   case-insensitive, ignores spaces and hyphens, and reads O as 0, I and L as
   1, S as 5, Z as 2, B as 8 and U as V. */
#define JCODE_ALPHABET "0123456789ACDEFGHJKMNPQRTVWXY"
/* The longest code as written, with its hyphens, and its NUL. */
#define JCODE_MAX 18
/* Dates from 1 January 2020 for 24000 days (to 15 September 2085). */
#define JCODE_EPOCH_YEAR 2020
#define JCODE_DAYS 24000L

/* Write j's code to out (at least JCODE_MAX bytes) in groups of four
   separated by hyphens: "K7QW-3MXA", "K7QW-3MXA-DE4F" or "K7QW-3MXA-DE4F-7Q"
   (8, 12 or 14 symbols: screen 3, area 4, dates 0, 4 or 6, check 1). */
enum jcode_status jcode_encode(const struct jcode_journey *j, char out[JCODE_MAX]);
/* Read a typed code against g. On JCODE_OK *out holds the journey. */
enum jcode_status jcode_decode(const struct guide *g, const char *text, struct jcode_journey *out);
/* An English sentence for a status, to pass through _() (N_() strings). */
const char *jcode_status_text(enum jcode_status s);

/* For --check: an error in d for every two screens, or two areas, whose
   codes would be the same. Returns how many such pairs there are. */
size_t jcode_collisions(const struct guide *g, struct diags *d);

/* The code values of an id (stable hashes; exposed for the tests). */
unsigned long jcode_screen_value(const char *id);
unsigned long jcode_area_value(const char *id);

#endif
