/* curses_view.c: the full-screen view (stub). */
#include <config.h>
#include "views.h"
int curses_run(struct session *s, const struct view_options *o) { (void)s; (void)o; return -1; }
int curses_out_of_order(const struct view_options *o) { (void)o; return 65; }
