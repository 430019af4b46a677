/* qr.h: QR codes drawn with text characters, so a visitor can take a contact away by phone. */
#ifndef SENDGUIDE_QR_H
#define SENDGUIDE_QR_H

#include <stdbool.h>
#include <stddef.h>

enum qr_style {
	QR_HALF_BLOCKS,  /* UTF-8 terminals: two modules per cell with U+2580, U+2584, U+2588 */
	QR_ASCII         /* anywhere else: "##" per module, one text row per module row */
};

/* A code drawn as lines of text, every line cols display columns wide. */
struct qr_text {
	char **lines;
	size_t nlines;
	int cols;
	int quiet;       /* modules of quiet zone around the symbol: 4, or 2 to fit */
};

/* False when the program was built without libqrencode: every render then
   returns -1 and views show no code. */
bool qr_available(void);

/*
 * Draw text as a QR code no larger than max_cols x max_rows cells. The
 * standard asks for a quiet zone of 4 modules; when that does not fit, 2
 * (phone cameras read that reliably on a plain background), then a lower
 * error-correction level, are tried before giving up.
 *
 * light_ink: true when the characters drawn are the light modules, as on a
 * light-on-dark terminal (the Linux console, PuTTY); a scanner needs dark
 * modules on a light ground, so the blocks must then be the light ones.
 *
 * Returns 0 and fills out, or -1 when there is no QR code to show (no
 * libqrencode, text too long, or it does not fit).
 */
int qr_render(const char *text, enum qr_style style, bool light_ink,
	      int max_cols, int max_rows, struct qr_text *out);
void qr_text_free(struct qr_text *q);

/* "tel:" and the digits of a phone number as written in the content
   ("0300 123 4567" -> "tel:03001234567"), so a phone offers to call it.
   Returns NULL when there are no digits; the caller frees. */
char *qr_tel_uri(const char *phone);

#endif
