/* areafind.h: find councils ("areas") by the names people type, ranked, misspellings included. */
#ifndef SENDGUIDE_AREAFIND_H
#define SENDGUIDE_AREAFIND_H

#include <stddef.h>
#include "guide.h"

/* How a match was made, best first. */
enum areafind_how {
	AREAFIND_EXACT,    /* the same words as a name, any order ("Hull" = "Hull City Council") */
	AREAFIND_WORDS,    /* every word typed is a word of a name ("Southend", "Kingston") */
	AREAFIND_PREFIX,   /* every word typed starts a word of a name ("leic", "hammersm ful") */
	AREAFIND_NEAR      /* a name within a few edits of what was typed ("Leicster") */
};

struct areafind_match {
	const struct area *area;
	enum areafind_how how;
	unsigned distance;       /* edits, for AREAFIND_NEAR; 0 otherwise */
};

/* An index of a guide's areas by name, official name and aliases; it points
   into the guide, so free it before the guide. */
struct areafind;

struct areafind *areafind_new(const struct guide *g);
void areafind_free(struct areafind *f);

/* The areas matching what was typed, best first: exact matches, then
   every word, then word prefixes, then the nearest misspellings (at most
   1 edit for names up to 5 letters, 2 up to 8, 3 beyond). Fills out (up to
   max) and returns the count; 0 means no council matched, and the caller
   offers the "my council is not listed" route. An area in Wales, Scotland or
   Northern Ireland is found like any other; its redirect leads on. */
size_t areafind_find(const struct areafind *f, const char *typed,
		     struct areafind_match *out, size_t max);

/* The form names are compared in: case and accents folded, "&" as "and",
   punctuation dropped, "Saint" as "St", and the words council, county,
   city, borough, royal, metropolitan, district, corporation, of and the
   (and "London" before "Borough") left out. Words keep their order, one
   space apart. The caller frees it. */
char *areafind_fold(const char *s);

#endif
