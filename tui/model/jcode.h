/* jcode.h: the journey code: a short code naming a screen, an area and the dates given, to read aloud and type back. */
#ifndef SENDGUIDE_JCODE_H
#define SENDGUIDE_JCODE_H

#include <stdbool.h>
#include <stddef.h>
#include "calendar.h"
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
	JCODE_BAD_LENGTH,      /* not a length this guide's codes have */
	JCODE_BAD_CHAR,        /* a character that is in no code */
	JCODE_BAD_CHECK,       /* the check symbols do not match: a mistyped code */
	JCODE_UNKNOWN_SCREEN,  /* a well-formed code for a screen this guide lacks */
	JCODE_UNKNOWN_AREA,    /* a well-formed code for an area this guide lacks */
	JCODE_BAD_DATE,        /* a date outside the range codes can carry */
	JCODE_DATE_FUTURE,     /* decoding: a date after today */
	JCODE_DATE_TOO_OLD,    /* decoding: a date more than a year before today */
	JCODE_DATE_ORDER,      /* a certificate dated before the decision letter */
	JCODE_NO_SCREEN        /* encoding: the journey has no screen */
};

/* The symbols: 29 (a prime), digits and capital letters without I, L, O
   (which look like 1 and 0), S, Z, B (5, 2, 8) and U (V). Typed input is
   case-insensitive, ignores spaces and hyphens, and reads O as 0, I and L as
   1, S as 5, Z as 2, B as 8 and U as V. */
#define JCODE_ALPHABET "0123456789ACDEFGHJKMNPQRTVWXY"
/* Symbols naming a screen (3 to 7) and an area (4 to 7): the fewest with
   which no two ids of the guide share a value (jcode_index). */
#define JCODE_SCREEN_MIN 3
#define JCODE_SCREEN_MAX 7
#define JCODE_AREA_MIN 4
#define JCODE_AREA_MAX 7
#define JCODE_CHECKS 2
/* The most symbols a code has, and the longest code as written, with its
   hyphens, and its NUL. */
#define JCODE_SYMBOLS_MAX (JCODE_SCREEN_MAX + JCODE_AREA_MAX + 6 + JCODE_CHECKS)
#define JCODE_MAX (JCODE_SYMBOLS_MAX + JCODE_SYMBOLS_MAX / 4 + 1)
/* Dates from 1 January 2020 for 24000 days (to 15 September 2085). */
#define JCODE_EPOCH_YEAR 2020
#define JCODE_DAYS 24000L

/* Write j's code in g to out (at least JCODE_MAX bytes) in groups of four
   separated by hyphens: "K7QW-3MXA-D", "K7QW-3MXA-DE4F-7Q" or
   "K7QW-3MXA-DE4F-7QW3" for the shipped guide (screen 3, area 4, dates 0, 4
   or 6, check 2; a larger guide may have longer screen and area fields).
   g must have been through jcode_index (guide_load does it). */
enum jcode_status jcode_encode(const struct guide *g, const struct jcode_journey *j,
			       char out[JCODE_MAX]);
/* Read a typed code against g. The dates it carries obey the rules typed
   dates obey: none after today or more than a year before it (today.y == 0:
   not checked) and no certificate before the letter. On JCODE_OK *out holds
   the journey. */
enum jcode_status jcode_decode(const struct guide *g, const char *text, struct date today,
			       struct jcode_journey *out);
/* An English sentence for a status, to pass through _() (N_() strings). */
const char *jcode_status_text(enum jcode_status s);

/* For the loader: choose g's field sizes and sort its code values (each id
   hashed once; n log n). Adds an error to d for every screen, or area, whose
   value equals another's even at the longest field. Returns how many. */
size_t jcode_index(struct guide *g, struct diags *d);

/* The code value of an id for a field of `symbols` symbols (stable hashes;
   exposed for the tests). An area's values start at 1 (0 is "no area"). */
unsigned long long jcode_screen_value(const char *id, unsigned symbols);
unsigned long long jcode_area_value(const char *id, unsigned symbols);

/* The check: the two symbols v[n] and v[n + 1] that make v[0..n+1] a word
   of the code (jcode.c says which), and whether v[0..n-1] is one. */
void jcode_check_symbols(int *v, size_t n);
bool jcode_check_holds(const int *v, size_t n);

#endif
