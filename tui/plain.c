/* plain.c: the line-by-line view (stub). */
#include <config.h>
#include "views.h"
int plain_run(struct session *s, FILE *in, FILE *out, const struct view_options *o) { (void)s; (void)in; (void)out; (void)o; return 0; }
