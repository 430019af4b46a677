/* qr.c: QR codes drawn with block characters (libqrencode), or none without it. */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#if HAVE_QRENCODE
#include <qrencode.h>
#endif

#include "qr.h"
#include "xalloc.h"

void
qr_text_free(struct qr_text *q)
{
	size_t i;

	for (i = 0; i < q->nlines; i++)
		free(q->lines[i]);
	free(q->lines);
	memset(q, 0, sizeof *q);
}

char *
qr_tel_uri(const char *phone)
{
	size_t n = strlen(phone), k = 4, digits = 0;
	char *uri = xmalloc(n + 5);
	const char *p;

	memcpy(uri, "tel:", 4);
	for (p = phone; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p)) {
			uri[k++] = *p;
			digits++;
		} else if (*p == '+' && digits == 0 && k == 4) {
			uri[k++] = '+';
		}
	}
	uri[k] = '\0';
	if (digits == 0) {
		free(uri);
		return NULL;
	}
	return uri;
}

#if HAVE_QRENCODE

bool
qr_available(void)
{
	return true;
}

/* Is the module at (x, y) of the drawing (quiet zone included) dark?
   Everything outside the symbol is light: the quiet zone. */
static bool
dark_at(const QRcode *code, int quiet, int x, int y)
{
	x -= quiet;
	y -= quiet;
	if (x < 0 || y < 0 || x >= code->width || y >= code->width)
		return false;
	return (code->data[y * code->width + x] & 1) != 0;
}

static char *
half_block_row(const QRcode *code, int quiet, bool light_ink, int y)
{
	int size = code->width + 2 * quiet, x;
	char *line = xmalloc((size_t)size * 3 + 1), *p = line;

	for (x = 0; x < size; x++) {
		bool top = dark_at(code, quiet, x, y) != light_ink;
		bool bottom = dark_at(code, quiet, x, y + 1) != light_ink;

		/* The last row of an odd-sized drawing has no lower module:
		   it counts as quiet zone, which dark_at already says is light. */
		if (top && bottom)
			memcpy(p, "\xe2\x96\x88", 3), p += 3;   /* U+2588 FULL BLOCK */
		else if (top)
			memcpy(p, "\xe2\x96\x80", 3), p += 3;   /* U+2580 UPPER HALF BLOCK */
		else if (bottom)
			memcpy(p, "\xe2\x96\x84", 3), p += 3;   /* U+2584 LOWER HALF BLOCK */
		else
			*p++ = ' ';
	}
	*p = '\0';
	return line;
}

static char *
ascii_row(const QRcode *code, int quiet, bool light_ink, int y)
{
	int size = code->width + 2 * quiet, x;
	char *line = xmalloc((size_t)size * 2 + 1);

	for (x = 0; x < size; x++) {
		char c = dark_at(code, quiet, x, y) != light_ink ? '#' : ' ';

		line[2 * x] = line[2 * x + 1] = c;
	}
	line[2 * size] = '\0';
	return line;
}

static void
draw(const QRcode *code, int quiet, enum qr_style style, bool light_ink, struct qr_text *out)
{
	int size = code->width + 2 * quiet, y;

	out->quiet = quiet;
	if (style == QR_HALF_BLOCKS) {
		out->cols = size;
		out->nlines = (size_t)(size + 1) / 2;
	} else {
		out->cols = 2 * size;
		out->nlines = (size_t)size;
	}
	out->lines = xreallocarray(NULL, out->nlines, sizeof *out->lines);
	for (y = 0; y < (int)out->nlines; y++)
		out->lines[y] = style == QR_HALF_BLOCKS
			? half_block_row(code, quiet, light_ink, 2 * y)
			: ascii_row(code, quiet, light_ink, y);
}

static bool
fits(int width, int quiet, enum qr_style style, int max_cols, int max_rows)
{
	int size = width + 2 * quiet;

	if (style == QR_HALF_BLOCKS)
		return size <= max_cols && (size + 1) / 2 <= max_rows;
	return 2 * size <= max_cols && size <= max_rows;
}

int
qr_render(const char *text, enum qr_style style, bool light_ink,
	  int max_cols, int max_rows, struct qr_text *out)
{
	/* Most robust first: level M survives a smudged or glare-struck
	   screen; L is smaller and still reads well from a clean one. */
	static const struct { QRecLevel level; int quiet; } tries[] = {
		{ QR_ECLEVEL_M, 4 }, { QR_ECLEVEL_M, 2 }, { QR_ECLEVEL_L, 2 },
	};
	size_t i;

	memset(out, 0, sizeof *out);
	if (text == NULL || *text == '\0')
		return -1;
	for (i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		QRcode *code = QRcode_encodeString(text, 0, tries[i].level, QR_MODE_8, 1);

		if (code == NULL)
			return -1;   /* too long for any version, or out of memory */
		if (fits(code->width, tries[i].quiet, style, max_cols, max_rows)) {
			draw(code, tries[i].quiet, style, light_ink, out);
			QRcode_free(code);
			return 0;
		}
		QRcode_free(code);
	}
	return -1;
}

#else /* !HAVE_QRENCODE */

bool
qr_available(void)
{
	return false;
}

int
qr_render(const char *text, enum qr_style style, bool light_ink,
	  int max_cols, int max_rows, struct qr_text *out)
{
	(void)text, (void)style, (void)light_ink, (void)max_cols, (void)max_rows;
	memset(out, 0, sizeof *out);
	return -1;
}

#endif
