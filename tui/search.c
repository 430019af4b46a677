/* search.c: folded full-text search (stub). */
#include <config.h>
#include "search.h"
#include "xalloc.h"
size_t search_run(const struct guide *g, const char *query, struct search_hit *hits, size_t max) { (void)g; (void)query; (void)hits; (void)max; return 0; }
char *search_fold(const char *s, size_t len, size_t *outlen) { *outlen = len; return xstrndup(s, len); }
void search_free(void) { }
