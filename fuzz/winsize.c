/* winsize.c (fuzz): the size the full-screen view draws within (winsize.h) for any size a terminal claims, and text wrapped to it. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>

#include "fuzz.h"
#include "layout.h"
#include "textsafe.h"
#include "winsize.h"

/* The first 8 bytes are the rows and columns a terminal claims (signed,
   big-endian, as any value an ioctl or the environment could give); the
   rest is text, wrapped to the width the view's body would use. */
FUZZ_TARGET(winsize)
{
	int32_t rows = 0, cols = 0;
	struct winsize_fit f;
	struct layout l = { NULL, 0, 0 };
	size_t i;
	int width;
	char *raw, *text;

	if (size >= 8) {
		rows = (int32_t)((uint32_t)data[0] << 24 | (uint32_t)data[1] << 16
				 | (uint32_t)data[2] << 8 | data[3]);
		cols = (int32_t)((uint32_t)data[4] << 24 | (uint32_t)data[5] << 16
				 | (uint32_t)data[6] << 8 | data[7]);
		data += 8;
		size -= 8;
	}
	f = winsize_fit(rows, cols);
	/* Never more than the cap; the size itself where it fits; unknown
	   only where the terminal said nothing usable. */
	if (f.rows < 0 || f.cols < 0 || f.rows > WINSIZE_MAX_ROWS || f.cols > WINSIZE_MAX_COLS)
		__builtin_trap();
	if (rows <= 0 || cols <= 0) {
		if (f.rows != 0 || f.cols != 0 || f.capped)
			__builtin_trap();
		return;
	}
	if (f.capped != (rows > WINSIZE_MAX_ROWS || cols > WINSIZE_MAX_COLS))
		__builtin_trap();
	if ((rows <= WINSIZE_MAX_ROWS && f.rows != rows) || (cols <= WINSIZE_MAX_COLS && f.cols != cols))
		__builtin_trap();
	/* The body's width as curses_draw.c computes it, and the text wrapped
	   to it: no line wider. */
	width = f.cols > 2 ? f.cols - 2 : 1;
	/* Text as the view gets it: made safe (the loader refuses the rest). */
	raw = malloc(size + 1);
	if (raw == NULL)
		abort();
	memcpy(raw, data, size);
	raw[size] = '\0';
	text = textsafe_dup(raw, true);
	free(raw);
	layout_wrap(&l, text, strlen(text), width, 0, 2);
	for (i = 0; i < l.count; i++) {
		const uint8_t *p = (const uint8_t *)l.lines[i].text, *end = p + l.lines[i].len;

		/* Only what cannot be split (one grapheme, or an emoji ZWJ
		   sequence, on a line of 4 columns) may be wider: the view
		   cuts it where it draws. */
		if (width >= 4 && l.lines[i].indent + l.lines[i].width > width
		    && u8_grapheme_next(p, end) != end
		    && memmem(p, l.lines[i].len, "\xe2\x80\x8d", 3) == NULL)
			__builtin_trap();
	}
	layout_free(&l);
	free(text);
}
