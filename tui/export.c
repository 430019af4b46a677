/* export.c: whole-guide exports (stub). */
#include <config.h>
#include "export.h"
int export_text(const struct guide *g, FILE *out) { (void)g; (void)out; return -1; }
int export_html(const struct guide *g, FILE *out) { (void)g; (void)out; return -1; }
int export_graph(const struct guide *g, FILE *out) { (void)g; (void)out; return -1; }
int export_pot(const struct guide *g, FILE *out) { (void)g; (void)out; return -1; }
