/* layout.c: wrapping with libunistring (stub). */
#include <config.h>
#include <stdlib.h>
#include "layout.h"
int layout_width(const char *s, size_t len) { (void)s; return (int)len; }
void layout_wrap(struct layout *l, const char *text, size_t len, int width, int first_indent, int rest_indent) { (void)l; (void)text; (void)len; (void)width; (void)first_indent; (void)rest_indent; }
size_t layout_fit(const char *s, size_t len, int width) { (void)s; return len < (size_t)width ? len : (size_t)width; }
void layout_clear(struct layout *l) { l->count = 0; }
void layout_free(struct layout *l) { free(l->lines); l->lines = NULL; l->count = l->cap = 0; }
