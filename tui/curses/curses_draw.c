/* curses_draw.c: lay out the current screen as wrapped lines and paint it with as few bytes as possible. */

/*
 * How the full-screen view repaints.
 *
 * The screen is a document of wrapped lines (title, body blocks, contacts,
 * numbered choices) built once per screen, language and width by
 * draw_layout_screen(), never per keypress. Painting walks a window of that
 * document into stdscr between a fixed header (breadcrumb and a rule) and a
 * fixed foot (a "more" rule and the key line).
 *
 * Every byte matters to an adviser on a slow SSH link, so:
 *  - Moving the selection repaints only the old and new selected rows, over
 *    what is there, with no erase (htop's Panel_draw). ncurses compares
 *    stdscr with what the terminal shows and sends the cells that differ:
 *    the old marker becomes a blank, the new one a '>', and the cursor moves.
 *  - Changing screen erases stdscr and draws the new screen whole; ncurses
 *    still sends only the differences, so the header rule, the foot and any
 *    blank rows cost nothing. clear(), redrawwin() and touchwin() would throw
 *    that knowledge away and resend everything: they are never used per key.
 *  - One doupdate() per batch of input, in the loop, never here.
 *  - The terminal cursor ends on the selected choice's marker so that screen
 *    magnifiers and readers, which follow the cursor, follow the selection.
 *
 * The selection is a visible '>' (and, with --bar, reverse video across the
 * label); colour only adds to it. Important blocks carry the word
 * "Important:", and more text off screen is said in words on the rule.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "source_dates.h"
#include "lang.h"
#include "xalloc.h"

char *
draw_pool_keep(struct cv *v, char *s)
{
	if (v->doc.npool == v->doc.pool_cap) {
		v->doc.pool_cap = v->doc.pool_cap ? v->doc.pool_cap * 2 : 32;
		v->doc.pool = xreallocarray(v->doc.pool, v->doc.pool_cap, sizeof *v->doc.pool);
	}
	v->doc.pool[v->doc.npool++] = s;
	return s;
}

/* Content text (UTF-8) in the locale's encoding: the same pointer in a UTF-8
   locale, otherwise a transliterated copy owned by the document's pool. */
const char *
term_text(struct cv *v, const char *utf8)
{
	if (utf8 == NULL || v->t.utf8)
		return utf8;
	return draw_pool_keep(v, term_convert(v, utf8));
}

static void
draw_pool_clear(struct cv *v)
{
	size_t i;

	for (i = 0; i < v->doc.npool; i++)
		free(v->doc.pool[i]);
	v->doc.npool = 0;
}

void
draw_free_document(struct cv *v)
{
	draw_pool_clear(v);
	free(v->doc.pool);
	free(v->doc.lines);
	free(v->doc.items);
	layout_free(&v->doc.wrap);
	page_free(&v->doc.page);
	v->doc.pool = NULL;
	v->doc.lines = NULL;
	v->doc.items = NULL;
	v->doc.npool = v->doc.pool_cap = v->doc.nlines = v->doc.lines_cap = v->doc.nitems = v->doc.items_cap = 0;
}

size_t
draw_body_rows(void)
{
	return LINES > CV_CHROME_ROWS ? (size_t)(LINES - CV_CHROME_ROWS) : 0;
}

/* Text width inside the one-column margins. */
static int
draw_text_cols(void)
{
	return COLS > 2 ? COLS - 2 : 1;
}

static struct cv_line *
draw_add_line(struct cv *v)
{
	struct cv_line *l;

	if (v->doc.nlines == v->doc.lines_cap) {
		v->doc.lines_cap = v->doc.lines_cap ? v->doc.lines_cap * 2 : 64;
		v->doc.lines = xreallocarray(v->doc.lines, v->doc.lines_cap, sizeof *v->doc.lines);
	}
	l = &v->doc.lines[v->doc.nlines++];
	memset(l, 0, sizeof *l);
	l->item = -1;
	return l;
}

static void
draw_add_blank(struct cv *v)
{
	/* One blank between blocks; never two, never at the top. */
	if (v->doc.nlines > 0 && v->doc.lines[v->doc.nlines - 1].len > 0)
		draw_add_line(v)->text = "";
}

/* Wrap locale text into the document. */
static void
draw_add_text(struct cv *v, const char *text, enum cv_style style, int first_indent,
	      int rest_indent, int item)
{
	size_t i;

	if (text == NULL)
		return;
	layout_clear(&v->doc.wrap);
	layout_wrap(&v->doc.wrap, text, strlen(text), draw_text_cols(), first_indent, rest_indent);
	for (i = 0; i < v->doc.wrap.count; i++) {
		struct cv_line *l = draw_add_line(v);

		l->text = v->doc.wrap.lines[i].text;
		l->len = v->doc.wrap.lines[i].len;
		l->indent = v->doc.wrap.lines[i].indent;
		l->style = style;
		l->item = item;
		l->item_start = item >= 0 && i == 0;
	}
}

/* Interface text made with a format: owned by the pool. */
static const char *draw_format(struct cv *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static const char *
draw_format(struct cv *v, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	xvasprintf(&s, fmt, ap);
	va_end(ap);
	return draw_pool_keep(v, s);
}

static void
draw_add_item(struct cv *v, const char *label, int prefix)
{
	struct cv_item *it;
	size_t first = v->doc.nlines;

	if (v->doc.nitems == v->doc.items_cap) {
		v->doc.items_cap = v->doc.items_cap ? v->doc.items_cap * 2 : 8;
		v->doc.items = xreallocarray(v->doc.items, v->doc.items_cap, sizeof *v->doc.items);
	}
	it = &v->doc.items[v->doc.nitems];
	draw_add_text(v, label, CV_STYLE_TEXT, prefix, prefix, (int)v->doc.nitems);
	if (v->doc.nlines == first) {
		/* An empty label still needs a row to select. */
		struct cv_line *l = draw_add_line(v);

		l->text = "";
		l->indent = prefix;
		l->item = (int)v->doc.nitems;
		l->item_start = true;
	}
	it->first = first;
	it->last = v->doc.nlines - 1;
	v->doc.nitems++;
}

/* The dates a journey code gave, before anything worked out from them;
   then the summary (page.h): what to do, by when, with whom, a line each. */
static void
draw_add_summary(struct cv *v)
{
	const struct page *pg = &v->doc.page;
	size_t i;

	if (pg->code_dates != NULL) {
		draw_add_blank(v);
		draw_add_text(v, term_text(v, pg->code_dates), CV_STYLE_IMPORTANT, 0, 0, -1);
	}
	if (pg->nsummary == 0)
		return;
	draw_add_blank(v);
	for (i = 0; i < pg->nsummary; i++)
		draw_add_text(v, term_text(v, pg->summary[i]), CV_STYLE_HEADING, 0, 0, -1);
}

static void
draw_add_blocks(struct cv *v)
{
	const char *bullet = v->t.utf8 ? "\xe2\x80\xa2 " : "* ";
	const struct page *pg = &v->doc.page;
	size_t b, i;

	for (b = 0; b < pg->nbody; b++) {
		const struct block *bl = &pg->body[b];

		draw_add_blank(v);
		for (i = 0; i < bl->nitems; i++) {
			const char *t = term_text(v, tr(&bl->items[i]));

			switch (bl->kind) {
			case BLOCK_BULLETS: {
				char *s;

				xasprintf(&s, "%s%s", bullet, t != NULL ? t : "");
				draw_add_text(v, draw_pool_keep(v, s), CV_STYLE_TEXT, 0, 2, -1);
				break;
			}
			case BLOCK_IMPORTANT:
				draw_add_text(v, _("Important:"), CV_STYLE_IMPORTANT, 0, 0, -1);
				draw_add_text(v, t, CV_STYLE_TEXT, 2, 2, -1);
				break;
			case BLOCK_PARAGRAPH:
			default:
				draw_add_text(v, t, CV_STYLE_TEXT, 0, 0, -1);
				break;
			}
		}
	}
}

/* A line kept as it is, never wrapped (QR codes); the pool frees text. */
static void
draw_add_owned(struct cv *v, char *text, enum cv_style style)
{
	struct cv_line *l = draw_add_line(v);

	l->text = draw_pool_keep(v, text);
	l->len = strlen(text);
	l->indent = 2;
	l->style = style;
}

/* A provider card (page.h), in as few rows as reads well: a note joins its
   number in brackets, and the take-away codes follow the addresses. A
   brief list gives what the provider does here, any caveat and one
   number (page.h); its take-away codes come with every detail, where each
   address a code holds is also written out. */
static void
draw_add_card(struct cv *v, const struct card *c, bool brief)
{
	size_t i;

	draw_add_blank(v);
	draw_add_text(v, term_text(v, c->name), CV_STYLE_HEADING, 0, 2, -1);
	if (brief) {
		if (c->brief_what != NULL)
			draw_add_text(v, term_text(v, c->brief_what), CV_STYLE_TEXT, 2, 4, -1);
		if (c->brief_note != NULL)
			draw_add_text(v, term_text(v, c->brief_note), CV_STYLE_TEXT, 2, 4, -1);
		if (c->brief_point != NULL)
			draw_add_text(v, term_text(v, c->brief_point->line), CV_STYLE_TEXT, 2, 4, -1);
		return;
	}
	if (c->services != NULL)
		draw_add_text(v, term_text(v, c->services), CV_STYLE_TEXT, 2, 4, -1);
	/* The area's caveat before the numbers, so nobody calls first. */
	if (c->link_note != NULL)
		draw_add_text(v, term_text(v, c->link_note), CV_STYLE_TEXT, 2, 4, -1);
	for (i = 0; i < c->npoints; i++) {
		const struct card_point *pt = &c->points[i];
		const char *line = pt->line;

		if (pt->note != NULL)
			line = draw_format(v, "%s (%s)", pt->line, pt->note);
		draw_add_text(v, term_text(v, line), CV_STYLE_TEXT, 2, 4, -1);
		if (pt->source != NULL)
			draw_add_text(v, term_text(v, pt->source), CV_STYLE_NOTE, 4, 4, -1);
	}
	/* A code takes at most half the text area's height, so the words and
	   the choices stay in view; where it would need more (80x24), none is
	   shown, and the number and address are there as text anyway. */
	qr_card(v, c->provider, (int)draw_body_rows() / 2, draw_add_owned);
	if (c->hours != NULL)
		draw_add_text(v, term_text(v, c->hours), CV_STYLE_TEXT, 2, 4, -1);
	draw_add_text(v, term_text(v, c->source), CV_STYLE_NOTE, 2, 4, -1);
	if (c->link_source != NULL)
		draw_add_text(v, term_text(v, c->link_source), CV_STYLE_NOTE, 2, 4, -1);
}

/* The contacts section the page decided on. */
static void
draw_add_contacts(struct cv *v)
{
	const struct page_contacts *c = &v->doc.page.contacts;
	size_t i;

	if (c->kind == PAGE_CONTACTS_NONE)
		return;
	draw_add_blank(v);
	draw_add_text(v, term_text(v, c->heading), CV_STYLE_HEADING, 0, 2, -1);
	if (c->brief && c->brief_message != NULL)
		draw_add_text(v, term_text(v, c->brief_message), CV_STYLE_TEXT, 0, 0, -1);
	else if (c->message != NULL)
		draw_add_text(v, term_text(v, c->message), CV_STYLE_TEXT, 0, 0, -1);
	for (i = 0; i < c->ncards; i++)
		draw_add_card(v, &c->cards[i], c->brief);
}

/* An outcome's worked-out dates, the note to check them, and its code. */
static void
draw_add_dates(struct cv *v)
{
	const struct page *pg = &v->doc.page;
	size_t i;

	for (i = 0; i < pg->ndeadlines; i++) {
		draw_add_blank(v);
		draw_add_text(v, term_text(v, pg->deadlines[i].what), CV_STYLE_HEADING, 0, 0, -1);
		draw_add_text(v, term_text(v, pg->deadlines[i].how), CV_STYLE_TEXT, 2, 2, -1);
	}
	if (pg->dates_note != NULL) {
		draw_add_blank(v);
		draw_add_text(v, term_text(v, pg->dates_note), CV_STYLE_IMPORTANT, 0, 0, -1);
	}
	if (pg->code_line != NULL) {
		draw_add_blank(v);
		draw_add_text(v, term_text(v, pg->code_line), CV_STYLE_NOTE, 0, 0, -1);
	}
}

static int
draw_digits(size_t n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/*
 * Folding a question's text behind "Read more".
 *
 * A kiosk visitor with a touch screen must see a question's choices without
 * scrolling past its text: at 80x24 a long explanation (longer still in
 * Polish) pushed all but a few choices below the fold, and a finger has no
 * Page Down. So when the choices would not all be in the first view, the
 * text keeps only the lines that leave room for them, followed by a "Read
 * more" line that a tap (or r) unfolds; the choices come straight after,
 * numbered as ever. Only a question folds, and only its body: an
 * explanation or an outcome is read for its text, and contacts are what the
 * person came for, so those screens never fold. Folding, rather than
 * opening the screen scrolled to the choices, keeps the title and the start
 * of the text where the reader begins, and the fold is said in words.
 */
static void
draw_fold(struct cv *v, size_t body_from)
{
	size_t rows = draw_body_rows(), full = v->doc.nlines, cf, k, i, tail;
	long keep;
	struct cv_line *tmp;

	if (v->at.unfolded || v->doc.nitems == 0 || rows == 0
	    || v->s->current->kind != SCREEN_QUESTION
	    || v->doc.page.contacts.kind != PAGE_CONTACTS_NONE
	    || v->doc.items[v->doc.nitems - 1].last < rows)
		return;
	cf = v->doc.items[0].first;
	if (cf > 0 && v->doc.lines[cf - 1].len == 0)
		cf--;
	if (cf <= body_from)
		return;
	draw_add_text(v, _("Read more (r)"), CV_STYLE_HEADING, 0, 2, -1);
	k = v->doc.nlines - full;
	for (i = full; i < v->doc.nlines; i++)
		v->doc.lines[i].read_more = true;
	tail = full - cf;
	keep = (long)rows - (long)tail - (long)k - (long)body_from;
	if (keep < 0)
		keep = 0;
	if ((size_t)keep >= cf - body_from) {
		v->doc.nlines = full;
		return;
	}
	while (keep > 0 && v->doc.lines[body_from + (size_t)keep - 1].len == 0)
		keep--;
	tmp = xreallocarray(NULL, k + tail, sizeof *tmp);
	memcpy(tmp, v->doc.lines + full, k * sizeof *tmp);
	memcpy(tmp + k, v->doc.lines + cf, tail * sizeof *tmp);
	memcpy(v->doc.lines + body_from + (size_t)keep, tmp, (k + tail) * sizeof *tmp);
	free(tmp);
	v->doc.nlines = body_from + (size_t)keep + k + tail;
	for (i = 0; i < v->doc.nitems; i++) {
		v->doc.items[i].first -= cf - (body_from + (size_t)keep + k);
		v->doc.items[i].last -= cf - (body_from + (size_t)keep + k);
	}
}

void
draw_layout_screen(struct cv *v)
{
	size_t body_from;
	size_t i;
	int prefix;

	draw_pool_clear(v);
	v->doc.nlines = 0;
	v->doc.nitems = 0;
	v->doc.laid_out_cols = COLS;
	page_build(&v->doc.page, v->s);

	/* On the first screen the header already says the title (it has no
	   breadcrumb to show): said once, unless the header had to cut it. */
	{
		const char *title = term_text(v, v->doc.page.title);

		if (title != NULL && (v->s->depth > 0
				      || layout_width(title, strlen(title)) > draw_text_cols()))
			draw_add_text(v, title, CV_STYLE_TITLE, 0, 0, -1);
	}
	if (!lang_reviewed())
		draw_add_text(v, _("This translation has not been reviewed yet."),
			      CV_STYLE_NOTE, 0, 0, -1);
	draw_add_summary(v);
	body_from = v->doc.nlines;
	draw_add_blocks(v);
	draw_add_dates(v);
	draw_add_contacts(v);

	/* Every action is numbered in one list, the page's: the same numbers
	   as the plain view's. */
	prefix = 2 + draw_digits(v->doc.page.nactions) + 2;
	draw_add_blank(v);
	for (i = 0; i < v->doc.page.nactions; i++)
		draw_add_item(v, term_text(v, v->doc.page.actions[i].label), prefix);
	/* In a kiosk the visitor leaves with nothing on paper: the outcome's
	   summary as a code for a phone, last, so it never pushes the words or
	   the choices out of view, and as tall as the text area allows. */
	if (v->o->kiosk && v->doc.page.code_line != NULL) {
		draw_add_blank(v);
		qr_summary(v, &v->doc.page, (int)draw_body_rows() - 2, draw_add_owned);
	}
	draw_fold(v, body_from);

	if (v->doc.nitems == 0)
		v->at.sel = 0;
	else if (v->at.sel >= v->doc.nitems)
		v->at.sel = v->doc.nitems - 1;
	draw_clamp_scroll(v);
}

void
draw_clamp_scroll(struct cv *v)
{
	size_t rows = draw_body_rows();

	if (rows == 0 || v->doc.nlines <= rows)
		v->at.top = 0;
	else if (v->at.top > v->doc.nlines - rows)
		v->at.top = v->doc.nlines - rows;
}

bool
draw_item_visible(const struct cv *v, size_t item)
{
	size_t rows = draw_body_rows();

	if (item >= v->doc.nitems)
		return false;
	return v->doc.items[item].first >= v->at.top && v->doc.items[item].first < v->at.top + rows;
}

void
draw_scroll_to_item(struct cv *v, size_t item)
{
	size_t rows = draw_body_rows();
	const struct cv_item *it;

	if (item >= v->doc.nitems || rows == 0)
		return;
	it = &v->doc.items[item];
	if (it->last >= v->at.top + rows)
		v->at.top = it->last + 1 - rows;
	if (it->first < v->at.top)
		v->at.top = it->first;
	draw_clamp_scroll(v);
}

/* Text of str from the left end cut so the rest fits in width columns, with
   an ellipsis in front when anything was cut: the end of a breadcrumb is
   where you are, which matters most. The cut falls between words, never
   inside one, so no half word is left to be misread (or misspoken). */
static void
draw_fit_left(struct cv *v, int y, int x, const char *s, int width, attr_t attr)
{
	const char *dots = v->t.utf8 ? "\xe2\x80\xa6" : "...";
	int dw = v->t.utf8 ? 1 : 3;
	size_t len = strlen(s), off = 0;

	if (layout_width(s, len) <= width) {
		term_put(y, x, s, len, width, attr);
		return;
	}
	if (width <= dw) {
		term_put(y, x, dots, strlen(dots), width, attr);
		return;
	}
	/* The first word start from which the rest fits beside the dots. */
	while (off < len) {
		while (off < len && s[off] != ' ')
			off++;
		while (off < len && s[off] == ' ')
			off++;
		if (layout_width(s + off, len - off) <= width - dw - 1)
			break;
	}
	if (off >= len) {
		/* One word longer than the line: its end, cut by characters,
		   with the zero-width ones that follow a cut dropped too. */
		off = 0;
		while (off < len && layout_width(s + off, len - off) > width - dw) {
			size_t next;

			do {
				off++;
				while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
					off++;
				for (next = off + 1; next < len && ((unsigned char)s[next] & 0xC0) == 0x80; next++)
					;
			} while (off < len && layout_width(s + off, next - off) == 0);
		}
		x += term_put(y, x, dots, strlen(dots), dw, attr);
		term_put(y, x, s + off, len - off, width - dw, attr);
		return;
	}
	/* Never start on a separator: "... > Contacts" reads as a path. */
	if (strncmp(s + off, "\xe2\x80\xba ", 4) == 0)
		off += 4;
	else if (strncmp(s + off, "> ", 2) == 0)
		off += 2;
	x += term_put(y, x, dots, strlen(dots), dw, attr);
	x += term_put(y, x, " ", 1, 1, attr);
	term_put(y, x, s + off, len - off, width - dw - 1, attr);
}

void
draw_header(struct cv *v, const char *title, bool breadcrumb)
{
	char *crumbs = NULL, *shown = NULL;
	size_t need = 1, i, from;
	const char *sep = v->t.utf8 ? " \xe2\x80\xba " : " > ";

	wmove(stdscr, 0, 0);
	wclrtoeol(stdscr);
	if (breadcrumb) {
		/* Only the last few steps can show; more would be cut anyway.
		   Titles are joined as UTF-8 and converted once, so nothing
		   accumulates in the document's pool while scrolling. */
		from = v->s->depth > 6 ? v->s->depth - 6 : 0;
		for (i = from; i <= v->s->depth; i++) {
			const struct screen *sc = i < v->s->depth ? v->s->history[i] : v->s->current;
			const char *t = tr(&sc->title);

			need += strlen(t != NULL ? t : "") + strlen(sep);
		}
		crumbs = xmalloc(need);
		crumbs[0] = '\0';
		for (i = from; i <= v->s->depth; i++) {
			const struct screen *sc = i < v->s->depth ? v->s->history[i] : v->s->current;
			const char *t = tr(&sc->title);

			if (i > from)
				strcat(crumbs, sep);
			strcat(crumbs, t != NULL ? t : "");
		}
		shown = term_convert(v, crumbs);
		title = shown;
	}
	draw_fit_left(v, 0, 1, title, draw_text_cols(), A_BOLD);
	free(crumbs);
	free(shown);
	mvwhline(stdscr, 1, 0, ACS_HLINE, COLS);
}

void
draw_footer(struct cv *v, const struct cv_hint *h, size_t n)
{
	int y = LINES - 1, x = 1, cols = COLS - 1;
	size_t i;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	v->t.nhints = 0;
	/* Hints come most important first; the ones that do not fit are left
	   out whole (help, listed first, says where the rest are). */
	for (i = 0; i < n && v->t.nhints < CV_MAX_HINTS; i++) {
		const char *act = _(h[i].action);
		int kw = layout_width(h[i].key, strlen(h[i].key));
		int aw = layout_width(act, strlen(act));
		int w = kw + 1 + aw;
		struct cv_hint_spot *spot;

		if (x + w > cols)
			continue;
		spot = &v->t.hints[v->t.nhints++];
		spot->x0 = x;
		spot->x1 = x + w;
		spot->key = h[i].code;
		spot->keycode = h[i].keycode;
		x += term_put(y, x, h[i].key, strlen(h[i].key), kw, A_BOLD);
		x += 1;
		x += term_put(y, x, act, strlen(act), aw, A_NORMAL);
		x += 2;
	}
}

/* Columns the key line needs for all of h. */
static int
draw_hints_width(const struct cv_hint *h, size_t n)
{
	size_t i;
	int w = 0;

	for (i = 0; i < n; i++) {
		const char *act = _(h[i].action);

		w += layout_width(h[i].key, strlen(h[i].key)) + 1 + layout_width(act, strlen(act)) + (i > 0 ? 2 : 0);
	}
	return w;
}

static void
draw_rule_text(int y, int x, const char *s)
{
	int w = layout_width(s, strlen(s));

	term_put(y, x, " ", 1, 1, A_NORMAL);
	term_put(y, x + 1, s, strlen(s), w, A_BOLD);
	term_put(y, x + 1 + w, " ", 1, 1, A_NORMAL);
}

/*
 * The "more" rule is two buttons when there is text both above and below:
 * its left half pages up, its right half pages down (a finger has no Page
 * keys). Each half says what it does, with an arrow pointing the way and
 * in words ("more above", "more below"), never by glyph alone; the arrows
 * are ASCII where the terminal cannot draw triangles. The longest forms
 * that fit are used, the same length on both sides: the keys too where
 * there is room, then the words, then "more", then the arrows alone.
 */
void
draw_more_rule(struct cv *v, bool above, bool below)
{
	int y = LINES - 2, f, lw, rw;
	const char *ua = v->t.utf8 ? "\xe2\x96\xb2" : "^";
	const char *da = v->t.utf8 ? "\xe2\x96\xbc" : "v";
	const char *ups[4], *downs[4];
	char *left = NULL, *right = NULL;

	v->t.more_above = above;
	v->t.more_below = below;
	mvwhline(stdscr, y, 0, ACS_HLINE, COLS);
	ups[0] = _("PgUp: more above");
	ups[1] = _("more above");
	ups[2] = _("more");
	ups[3] = "";
	downs[0] = _("PgDn/space: more below");
	downs[1] = _("more below");
	downs[2] = _("more");
	downs[3] = "";
	for (f = 0; f < 4; f++) {
		free(left);
		free(right);
		left = right = NULL;
		lw = rw = 0;
		if (above) {
			xasprintf(&left, "%s%s%s", ua, *ups[f] != '\0' ? " " : "", ups[f]);
			lw = layout_width(left, strlen(left)) + 2;
		}
		if (below) {
			xasprintf(&right, "%s%s%s", downs[f], *downs[f] != '\0' ? " " : "", da);
			rw = layout_width(right, strlen(right)) + 2;
		}
		/* Room for some rule at both ends and between the halves. */
		if (lw + rw + (above && below ? 6 : 4) <= COLS)
			break;
	}
	if (f == 4) {
		free(left);
		free(right);
		v->t.more_below_x = COLS / 2;
		return;
	}
	if (left != NULL)
		draw_rule_text(y, 1, left);
	if (right != NULL) {
		v->t.more_below_x = COLS - (rw - 2) - 2;
		draw_rule_text(y, v->t.more_below_x - 1, right);
	} else {
		v->t.more_below_x = COLS / 2;
	}
	free(left);
	free(right);
}

/* One document line on its row: margin, marker and number for an item's
   first line, then the text. */
static void
draw_doc_line(struct cv *v, size_t li, int y)
{
	const struct cv_line *l = &v->doc.lines[li];
	bool selected = l->item >= 0 && (size_t)l->item == v->at.sel;
	attr_t bar = selected && v->o->bar ? A_REVERSE : A_NORMAL;
	int x = 1 + l->indent;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	if (l->item >= 0) {
		if (bar != A_NORMAL)
			term_fill(y, 1, bar);
		if (l->item_start) {
			char num[24];

			term_put(y, 1, selected ? ">" : " ", 1, 1,
				 selected ? term_attr(v, CV_STYLE_CHOICE) | bar : bar);
			/* Right-aligned so labels line up past item 9. */
			snprintf(num, sizeof num, "%*d.", l->indent - 4, l->item + 1);
			/* Plain digits: bold on every number would cost some
			   fifteen bytes a choice on each new screen. */
			term_put(y, 3, num, strlen(num), COLS - 3, bar);
		}
		term_put(y, x, l->text, l->len, COLS - 1 - x, bar);
		return;
	}
	term_put(y, x, l->text, l->len, COLS - 1 - x, term_attr(v, l->style));
}

static void
draw_place_cursor(struct cv *v)
{
	size_t rows = draw_body_rows();

	if (draw_item_visible(v, v->at.sel)) {
		v->t.cursor_y = CV_BODY_TOP + (int)(v->doc.items[v->at.sel].first - v->at.top);
		v->t.cursor_x = 1;
	} else if (v->at.top + rows < v->doc.nlines) {
		/* The choices are further down: the cursor rests on "more
		   below", where a magnifier shows the way on. */
		v->t.cursor_y = LINES - 2;
		v->t.cursor_x = v->t.more_below_x;
	} else {
		/* The end of the text, with no choice in view. */
		v->t.cursor_y = CV_BODY_TOP;
		v->t.cursor_x = 1;
	}
}

/* The kiosk's key line: large tappable words, not key names, because a
   touch screen has no keyboard to read them from. */
struct kiosk_action {
	const char *label;   /* N_() */
	wint_t key;
	bool needs_history;
};

static const struct kiosk_action actions[] = {
	{ N_("Back"), 'b', true },
	{ N_("Start again"), 's', true },
	{ N_("Area"), 'a', false },
	{ N_("Language"), 'l', false },
	{ N_("Help"), '?', false },
};

/* A speaking kiosk's buttons, after those (speech.h). */
static const struct kiosk_action speech_actions[] = {
	/* TRANSLATORS: buttons of a speaking kiosk: say the screen again;
	   speak slower, faster, quieter, louder. */
	{ N_("Repeat"), 'r', false },
	{ N_("Slower"), '[', false },
	{ N_("Faster"), ']', false },
	{ N_("Quieter"), '-', false },
	{ N_("Louder"), '+', false },
};

void
draw_touch_bar(struct cv *v)
{
	int y = LINES - 1, x = 1;
	size_t i, nall = sizeof actions / sizeof actions[0];

	if (cv_talk_on())
		nall += sizeof speech_actions / sizeof speech_actions[0];
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	v->t.nhints = 0;
	for (i = 0; i < nall && v->t.nhints < CV_MAX_HINTS; i++) {
		const struct kiosk_action *a = i < sizeof actions / sizeof actions[0]
			? &actions[i] : &speech_actions[i - sizeof actions / sizeof actions[0]];
		const char *label = _(a->label);
		char *both = NULL;
		int w;
		struct cv_hint_spot *spot;

		if (a->needs_history && v->s->depth == 0)
			continue;
		/* "Language" also in English: the person looking for it may not
		   read the language on screen. */
		if (a->key == 'l' && strcmp(label, "Language") != 0) {
			xasprintf(&both, "%s / Language", label);
			label = both;
		}
		w = layout_width(label, strlen(label)) + 2;
		if (x + w > COLS - 1) {
			free(both);
			continue;
		}
		spot = &v->t.hints[v->t.nhints++];
		spot->x0 = x;
		spot->x1 = x + w;
		spot->key = a->key;
		spot->keycode = false;
		term_put(y, x, " ", 1, 1, A_REVERSE);
		term_put(y, x + 1, label, strlen(label), w - 2, A_REVERSE | A_BOLD);
		term_put(y, x + w - 1, " ", 1, 1, A_REVERSE);
		x += w + 2;
		free(both);
	}
}

/* The key line while a first digit waits for a second (screens of ten or
   more choices): the digit as typed, and what Enter does, in the longest
   form that fits. The whole line is a button for Enter, and a button for
   Esc drops the digit. */
static void
draw_pending_digit(struct cv *v)
{
	int y = LINES - 1, x = 1, d = v->at.digit, w, i;
	char typed[8], *forms[2];
	const char *esc = _("cancel");
	struct cv_hint_spot *spot;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	v->t.nhints = 0;
	snprintf(typed, sizeof typed, "%d_", d);
	/* TRANSLATORS: the key line after a first digit on a screen of ten
	   or more choices; both %d are the digit typed. */
	xasprintf(&forms[0], _("Enter: choose %d, or type a second digit"), d);
	/* TRANSLATORS: the short form of "Enter: choose %d, or type a
	   second digit", for narrow screens. */
	xasprintf(&forms[1], _("Enter: choose %d"), d);
	x += term_put(y, x, typed, strlen(typed), COLS - 2, A_BOLD) + 2;
	for (i = 0; i < 2; i++) {
		w = layout_width(forms[i], strlen(forms[i]));
		if (x + w <= COLS - 1 || i == 1)
			break;
	}
	spot = &v->t.hints[v->t.nhints++];
	spot->x0 = 0;
	spot->x1 = x + w;
	spot->key = '\r';
	spot->keycode = false;
	x += term_put(y, x, forms[i], strlen(forms[i]), COLS - 1 - x, A_NORMAL);
	w = 3 + 1 + layout_width(esc, strlen(esc));
	if (x + 2 + w <= COLS - 1) {
		x += 2;
		spot = &v->t.hints[v->t.nhints++];
		spot->x0 = x;
		spot->x1 = x + w;
		spot->key = 27;
		spot->keycode = false;
		x += term_put(y, x, "Esc", 3, 3, A_BOLD) + 1;
		term_put(y, x, esc, strlen(esc), COLS - 1 - x, A_NORMAL);
	}
	free(forms[0]);
	free(forms[1]);
}

static const struct cv_hint screen_hints[] = {
	{ "?", N_("help"), '?', false },
	{ "Enter", N_("choose"), '\r', false },
	{ "b", N_("back"), 'b', false },
	{ "s", N_("start again"), 's', false },
	{ "q", N_("quit"), 'q', false },
	{ "/", N_("search"), '/', false },
	{ "a", N_("area"), 'a', false },
	{ "l", N_("language"), 'l', false },
	/* TRANSLATORS: key hints: "Your answers" (a noun), and a journey code. */
	{ "y", N_("answers"), 'y', false },
	{ "c", N_("code"), 'c', false },
};

/* A speaking guide's keys, shown after "?" (speech.h): a tap on a pair
   is its first key; the keyboard has both. */
static const struct cv_hint speech_hints[] = {
	/* TRANSLATORS: key hints of a speaking guide: say the screen again;
	   the keys for slower and faster speech; for quieter and louder. */
	{ "r", N_("repeat"), 'r', false },
	{ "[]", N_("speed"), '[', false },
	{ "-+", N_("volume"), '-', false },
};
#define ALL_HINTS (sizeof screen_hints / sizeof screen_hints[0] + sizeof speech_hints / sizeof speech_hints[0])

/* Leave out the hints whose keys are in keys when they do not all fit in
   the key line; with only_if_enough, only when that makes them fit (on a
   narrow terminal the usual rule, the last that do not fit go, keeps
   Enter). Returns the new count. */
static size_t
drop_hints(struct cv_hint *hints, size_t n, const char *keys, bool only_if_enough)
{
	struct cv_hint fewer[ALL_HINTS];
	size_t j, k = 0;

	if (n <= 1 || draw_hints_width(hints, n) <= COLS - 2)
		return n;
	for (j = 0; j < n; j++)
		if (hints[j].code > 0x7f || strchr(keys, (int)hints[j].code) == NULL)
			fewer[k++] = hints[j];
	if (only_if_enough && draw_hints_width(fewer, k) > COLS - 2)
		return n;
	memcpy(hints, fewer, k * sizeof *hints);
	return k;
}

void
draw_screen(struct cv *v)
{
	size_t rows = draw_body_rows(), i;
	struct cv_hint hints[ALL_HINTS];
	size_t n = 0;

	if (v->doc.laid_out_cols != COLS)
		draw_layout_screen(v);
	draw_header(v, NULL, true);
	for (i = 0; i < rows && v->at.top + i < v->doc.nlines; i++)
		draw_doc_line(v, v->at.top + i, CV_BODY_TOP + (int)i);
	draw_more_rule(v, v->at.top > 0, v->at.top + rows < v->doc.nlines);
	for (i = 0; i < sizeof screen_hints / sizeof screen_hints[0]; i++) {
		char k = (char)screen_hints[i].code;

		/* Only keys that do something here. */
		if ((k == 'b' || k == 's' || k == 'y') && v->s->depth == 0)
			continue;
		if (k == '\r' && v->doc.nitems == 0)
			continue;
		if (k == 'q' && v->o->kiosk)
			continue;
		hints[n++] = screen_hints[i];
		if (k == '?' && cv_talk_on()) {
			memcpy(hints + n, speech_hints, sizeof speech_hints);
			n += sizeof speech_hints / sizeof speech_hints[0];
		}
	}
	/* Where not every hint fits (80 columns, a screen with history), the
	   hints help also gives go first: "y answers" and "c code", then
	   "Enter choose" (the marker and numbers already say how to choose).
	   "l language" must stay, for the person who cannot read the language
	   on screen. */
	n = drop_hints(hints, n, "yc", false);
	n = drop_hints(hints, n, "\r", true);
	/* Speaking, search and start again go next: help names them. */
	if (cv_talk_on())
		n = drop_hints(hints, n, "s/", true);
	if (v->at.digit != 0)
		draw_pending_digit(v);
	else if (v->o->kiosk)
		draw_touch_bar(v);
	else
		draw_footer(v, hints, n);
	if (v->t.notice[0] != '\0') {
		/* Over the rule: a confirmation the reader sees where the
		   screen's own text does not move. */
		char *t = term_convert(v, v->t.notice);

		wmove(stdscr, LINES - 2, 0);
		wclrtoeol(stdscr);
		term_put(LINES - 2, 1, t, strlen(t), COLS - 2, term_attr(v, CV_STYLE_HEADING));
		free(t);
	}
	draw_place_cursor(v);
}

void
draw_item_rows(struct cv *v, size_t item)
{
	size_t rows = draw_body_rows(), li;

	if (item >= v->doc.nitems)
		return;
	for (li = v->doc.items[item].first; li <= v->doc.items[item].last; li++)
		if (li >= v->at.top && li < v->at.top + rows)
			draw_doc_line(v, li, CV_BODY_TOP + (int)(li - v->at.top));
}

void
draw_screen_selection(struct cv *v, size_t old)
{
	draw_item_rows(v, old);
	draw_item_rows(v, v->at.sel);
	draw_place_cursor(v);
}

void
draw_message(struct cv *v, const char *msg)
{
	struct layout l = { 0 };
	size_t i;
	int width = COLS > 2 ? COLS - 2 : COLS;
	int y0;

	(void)v;
	layout_wrap(&l, msg, strlen(msg), width, 0, 0);
	y0 = LINES > (int)l.count ? (LINES - (int)l.count) / 2 : 0;
	for (i = 0; i < l.count && y0 + (int)i < LINES; i++) {
		int x = COLS > l.lines[i].width ? (COLS - l.lines[i].width) / 2 : 0;

		term_put(y0 + (int)i, x, l.lines[i].text, l.lines[i].len, COLS - x, A_NORMAL);
	}
	layout_free(&l);
	v->t.cursor_y = 0;
	v->t.cursor_x = 0;
}

void
draw_too_small(struct cv *v)
{
	char *msg;

	xasprintf(&msg, _("Terminal too small: need at least %dx%d. Make the window bigger, or press q to quit."),
		  CV_MIN_COLS, CV_MIN_ROWS);
	draw_message(v, msg);
	free(msg);
}
