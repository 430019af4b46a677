/* layout.h: wrap text to a display width, for every script, with libunistring. */
#ifndef SENDGUIDE_LAYOUT_H
#define SENDGUIDE_LAYOUT_H

#include <stddef.h>

/* One display line: a slice of the source text (never copied). */
struct layout_line {
	const char *text;
	size_t len;       /* bytes */
	int width;        /* display columns, indent excluded */
	int indent;       /* columns of leading space to draw before text */
};

struct layout {
	struct layout_line *lines;
	size_t count, cap;
};

/* Display width of UTF-8 text in columns (wide characters count 2, combining
   marks 0, control and invalid bytes 1 so nothing is hidden). */
int layout_width(const char *s, size_t len);

/* Append the lines of one paragraph wrapped to width columns, breaking where
   Unicode allows (UAX #14 via u8_possible_linebreaks). The first line is
   indented by first_indent, the others by rest_indent (for hanging bullets).
   A word wider than the space left is broken between characters. Newlines in
   text force breaks. width below 1 is treated as 1. */
void layout_wrap(struct layout *l, const char *text, size_t len, int width,
		 int first_indent, int rest_indent);
/* Truncate to at most width columns at a character boundary; returns bytes kept. */
size_t layout_fit(const char *s, size_t len, int width);
void layout_clear(struct layout *l);   /* count = 0, keep the memory */
void layout_free(struct layout *l);

#endif
