/* search.h: find screens by words in their title and text, ignoring case and accents. */
#ifndef SENDGUIDE_SEARCH_H
#define SENDGUIDE_SEARCH_H

#include <stddef.h>
#include "guide.h"

struct search_hit {
	const struct screen *screen;
	int score;               /* higher is better: title matches rank first */
};

/* Screens whose current-language title or text contains every word of query
   (case folded with u8_casefold, accents removed after NFD normalisation).
   Fills hits (up to max), best first, and returns how many were found. The
   folded text is built once per language and kept until search_free(). */
size_t search_run(const struct guide *g, const char *query, struct search_hit *hits, size_t max);
/* Fold a string the way search does (for the area filter); caller frees. */
char *search_fold(const char *s, size_t len, size_t *outlen);
void search_free(void);

#endif
