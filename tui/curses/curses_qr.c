/* curses_qr.c: take-away QR codes: a provider card's phone number and web address, and an outcome's summary for a kiosk visitor. */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "page.h"
#include "qr.h"
#include "xalloc.h"

/* The code for a web address: a phone's camera opens only what looks like
   a link, and the content often writes addresses without the scheme. */
static char *
qr_web_text(const char *url)
{
	char *s;

	if (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0)
		return xstrdup(url);
	xasprintf(&s, "https://%s", url);
	return s;
}

/* Two drawings side by side, padded with blanks (never ink: the ink is the
   light colour here, and a pad of it would join the codes' quiet zones). */
static char *
qr_join(const struct qr_text *a, const struct qr_text *b, size_t row, int gap)
{
	const char *left = row < a->nlines ? a->lines[row] : "";
	const char *right = b != NULL && row < b->nlines ? b->lines[row] : "";
	int pad = b == NULL ? 0 : (row < a->nlines ? 0 : a->cols) + gap;
	size_t ll = strlen(left), rl = strlen(right);
	char *s = xmalloc(ll + (size_t)pad + rl + 1);

	memcpy(s, left, ll);
	memset(s + ll, ' ', (size_t)pad);
	memcpy(s + ll + pad, right, rl);
	s[ll + (size_t)pad + rl] = '\0';
	return s;
}

static char *
qr_caption(const char *left, int left_cols, const char *right, int gap)
{
	int lw = layout_width(left, strlen(left)), pad;
	char *s;

	if (right == NULL)
		return xstrdup(left);
	pad = left_cols + gap - lw;
	if (pad < 1)
		pad = 1;
	xasprintf(&s, "%s%*s%s", left, pad, "", right);
	return s;
}

void
qr_card(struct cv *v, const struct provider *p, int max_rows,
	void (*add)(struct cv *v, char *text, enum cv_style style))
{
	int max_cols = COLS - 4;
	enum qr_style style = v->t.utf8 ? QR_HALF_BLOCKS : QR_ASCII;
	struct qr_text codes[2];
	const char *captions[2];
	int n = 0, gap = 3;
	size_t row, rows;
	char *text;

	if (!qr_available() || max_rows < 8)
		return;
	memset(codes, 0, sizeof codes);
	if (p->nphones > 0 && (text = qr_tel_uri(p->phones[0].value)) != NULL) {
		/* The ink is the light modules: on the usual light-on-dark
		   console, and under the white-on-black pair where there is colour. */
		if (qr_render(text, style, true, max_cols, max_rows, &codes[n]) == 0)
			captions[n++] = _("Scan to call:");
		free(text);
	}
	if (p->nwebs > 0) {
		text = qr_web_text(p->webs[0].value);
		if (qr_render(text, style, true, max_cols, max_rows, &codes[n]) == 0)
			captions[n++] = _("Scan for the website:");
		free(text);
	}
	if (n == 0)
		return;
	if (n == 2 && codes[0].cols + gap + codes[1].cols > max_cols) {
		/* Not both side by side: the web address, which has the phone
		   number too, is the more useful one to keep. */
		qr_text_free(&codes[0]);
		codes[0] = codes[1];
		captions[0] = captions[1];
		n = 1;
	}
	add(v, qr_caption(captions[0], codes[0].cols, n == 2 ? captions[1] : NULL, gap), CV_STYLE_NOTE);
	rows = codes[0].nlines;
	if (n == 2 && codes[1].nlines > rows)
		rows = codes[1].nlines;
	for (row = 0; row < rows; row++)
		add(v, qr_join(&codes[0], n == 2 ? &codes[1] : NULL, row, gap), CV_STYLE_QR);
	qr_text_free(&codes[0]);
	if (n == 2)
		qr_text_free(&codes[1]);
}

/*
 * The summary a kiosk visitor takes away from an outcome by phone: what to
 * do (the page's title), by when (the dates worked out for them), with whom
 * (the first contact of the first of the area's providers that has one) and
 * the journey code
 * that reopens the page. A phone shows it as text it can keep.
 *
 * A phone's camera reads a code drawn in a terminal's cells reliably up to
 * version 12 or so (65 modules), so the text is kept within QR_SUMMARY_MAX
 * bytes, which version 12 holds at level M. The code always goes in; then,
 * in order of need, the dates (each says what to do and by when), the
 * contact (its name and its phone number or shortest address) and the title, each as
 * long as it fits; they are written title first.
 */
#define QR_SUMMARY_MAX 280

char *
qr_summary_text(const struct page *pg)
{
	const struct card *c = NULL;
	size_t left = QR_SUMMARY_MAX, k, n;
	bool *date_in;
	char *who = NULL, *out, *p;
	bool who_in = false, title_in;

	if (pg->code_line == NULL || strlen(pg->code_line) > left)
		return NULL;
	/* The main contact: the first provider with a way to reach it. */
	for (k = 0; k < pg->contacts.ncards && c == NULL; k++)
		if (pg->contacts.cards[k].npoints > 0)
			c = &pg->contacts.cards[k];
	left -= strlen(pg->code_line);
	date_in = xcalloc(pg->ndeadlines + 1, sizeof *date_in);
	for (k = 0; k < pg->ndeadlines; k++)
		if ((n = strlen(pg->deadlines[k].what) + 1) <= left) {
			date_in[k] = true;
			left -= n;
		}
	if (c != NULL) {
		/* Its first phone number, or else its shortest address: some
		   web addresses would crowd out everything else. */
		const char *how = c->points[0].point->value;

		for (k = 1; k < c->npoints && c->points[0].kind != CARD_PHONE; k++)
			if (strlen(c->points[k].point->value) < strlen(how))
				how = c->points[k].point->value;
		xasprintf(&who, "%s: %s", c->name, how);
		/* An address too long for the code: the name alone says whom. */
		if (strlen(who) + 1 > left)
			strcpy(who, c->name);
		if ((n = strlen(who) + 1) <= left) {
			who_in = true;
			left -= n;
		}
	}
	title_in = strlen(pg->title) + 1 <= left;
	out = p = xmalloc(QR_SUMMARY_MAX + 1);
	if (title_in)
		p += sprintf(p, "%s\n", pg->title);
	for (k = 0; k < pg->ndeadlines; k++)
		if (date_in[k])
			p += sprintf(p, "%s\n", pg->deadlines[k].what);
	if (who_in)
		p += sprintf(p, "%s\n", who);
	strcpy(p, pg->code_line);
	free(who);
	free(date_in);
	return out;
}

void
qr_summary(struct cv *v, const struct page *pg, int max_rows,
	   void (*add)(struct cv *v, char *text, enum cv_style style))
{
	enum qr_style style = v->t.utf8 ? QR_HALF_BLOCKS : QR_ASCII;
	struct qr_text code;
	char *text;
	size_t row;

	struct page full = { 0 };

	if (!qr_available() || max_rows < 8 || pg->code_line == NULL)
		return;
	/* The dates in their short form ("Contact the mediation adviser by
	   ..."), as the page has them once its reasons are open: a phone keeps
	   what to do by when, not the summary's longer sentences. */
	page_build_full(&full, v->s);
	text = qr_summary_text(&full);
	page_free(&full);
	if (text == NULL)
		return;
	if (qr_render(text, style, true, COLS - 4, max_rows, &code) == 0) {
		/* TRANSLATORS: above a QR code that carries what to do, the
		   dates, a contact and the journey code, as text. */
		add(v, xstrdup(_("Scan to keep this summary on your phone:")), CV_STYLE_NOTE);
		for (row = 0; row < code.nlines; row++)
			add(v, xstrdup(code.lines[row]), CV_STYLE_QR);
		qr_text_free(&code);
	}
	free(text);
}
