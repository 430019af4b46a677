/* curses_list.c: what the overlays share: a scrolling list, a line of typed text, and leaving an overlay. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "curses_view.h"
#include "lang.h"
#include "textsafe.h"
#include "xalloc.h"

void
cv_leave(struct cv *v)
{
	const struct cv_mode *m = v->mode;

	if (m != v->base && m->close != NULL)
		m->close(v);
	v->mode = v->base;
}

void
list_free(struct cv_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		free(l->labels[i]);
	free(l->labels);
	free(l->shown);
	memset(l, 0, sizeof *l);
}

void
list_add(struct cv_list *l, char *label)
{
	l->labels = xreallocarray(l->labels, l->count + 1, sizeof *l->labels);
	l->shown = xreallocarray(l->shown, l->count + 1, sizeof *l->shown);
	l->labels[l->count] = label;
	l->shown[l->nshown++] = l->count;
	l->count++;
}

size_t
list_rows(int top_row)
{
	return LINES - 2 > top_row ? (size_t)(LINES - 2 - top_row) : 0;
}

/* Keys every list shares: moving and scrolling. CV_NOTHING when the key is
   not one of them. */
enum cv_result
list_key(struct cv_list *l, int top_row, wint_t ch, bool keycode, bool letters_move)
{
	size_t rows = list_rows(top_row), before_top = l->top;
	size_t page = rows > 1 ? rows - 1 : 1;

	if (l->nshown == 0)
		return CV_NOTHING;
	if ((keycode && ch == KEY_DOWN) || (letters_move && !keycode && ch == 'j')
	    || (!keycode && ch == '\t')) {
		if (!l->selectable) {
			if (l->top + rows < l->nshown)
				l->top++;
			return l->top != before_top ? CV_REDRAW : CV_NOTHING;
		}
		if (l->sel + 1 >= l->nshown)
			return CV_NOTHING;
		l->sel++;
	} else if ((keycode && ch == KEY_UP) || (letters_move && !keycode && ch == 'k')) {
		if (!l->selectable) {
			if (l->top > 0)
				l->top--;
			return l->top != before_top ? CV_REDRAW : CV_NOTHING;
		}
		if (l->sel == 0)
			return CV_NOTHING;
		l->sel--;
	} else if ((keycode && ch == KEY_NPAGE) || (letters_move && !keycode && ch == ' ')) {
		if (l->selectable)
			l->sel = l->sel + page < l->nshown ? l->sel + page : l->nshown - 1;
		l->top += page;
	} else if (keycode && ch == KEY_PPAGE) {
		if (l->selectable)
			l->sel = l->sel > page ? l->sel - page : 0;
		l->top = l->top > page ? l->top - page : 0;
	} else if (keycode && ch == KEY_HOME) {
		l->sel = l->top = 0;
	} else if (keycode && ch == KEY_END) {
		l->sel = l->nshown - 1;
		l->top = l->nshown;
	} else {
		return CV_NOTHING;
	}
	list_clamp(l, rows);
	return l->top != before_top ? CV_REDRAW : CV_SELECTION;
}

bool
key_is_cancel(wint_t ch, bool keycode)
{
	return (!keycode && (ch == 27 || ch == 'q' || ch == 'b' || ch == 8 || ch == 127))
		|| (keycode && (ch == KEY_LEFT || ch == KEY_BACKSPACE));
}

bool
key_is_enter(wint_t ch, bool keycode)
{
	return (!keycode && (ch == '\r' || ch == '\n'))
		|| (keycode && (ch == KEY_ENTER || ch == KEY_RIGHT));
}

/* A digit 1-9 picks that entry of the list as shown. */
bool
list_digit_pick(struct cv_list *l, wint_t ch, bool keycode)
{
	if (keycode || ch < '1' || ch > '9' || (size_t)(ch - '1') >= l->nshown)
		return false;
	l->sel = (size_t)(ch - '1');
	return true;
}

enum cv_result
list_click(struct cv_list *l, int top_row, int y, bool release, bool *pick)
{
	size_t idx;

	*pick = false;
	if (y < top_row || (size_t)(y - top_row) >= list_rows(top_row) || !l->selectable)
		return CV_NOTHING;
	idx = l->top + (size_t)(y - top_row);
	if (idx >= l->nshown)
		return CV_NOTHING;
	if (release) {
		*pick = idx == l->sel;
		return CV_NOTHING;
	}
	l->sel = idx;
	return CV_SELECTION;
}

/* Append a typed character (as UTF-8, the encoding search folds). */
bool
entry_type(struct cv_entry *e, bool utf8, wint_t ch)
{
	char mb[8];
	int n;

	/* What a terminal would act on, or what would turn the entry's text
	   around (bidi marks and isolates), is never taken in. */
	if (textsafe_refused((uint32_t)ch))
		return false;
	if (ch < 0x80) {
		mb[0] = (char)ch;
		n = 1;
	} else if (!utf8) {
		/* Outside a UTF-8 locale only ASCII can be turned into UTF-8 here. */
		return false;
	} else {
		mbstate_t st;

		memset(&st, 0, sizeof st);
		n = (int)wcrtomb(mb, (wchar_t)ch, &st);
		if (n <= 0)
			return false;
	}
	if (e->len + (size_t)n >= sizeof e->text)
		return false;
	memcpy(e->text + e->len, mb, (size_t)n);
	e->len += (size_t)n;
	e->text[e->len] = '\0';
	return true;
}

bool
entry_erase(struct cv_entry *e)
{
	if (e->len == 0)
		return false;
	do
		e->len--;
	while (e->len > 0 && ((unsigned char)e->text[e->len] & 0xC0) == 0x80);
	e->text[e->len] = '\0';
	return true;
}

bool
key_is_erase(wint_t ch, bool keycode)
{
	return (keycode && ch == KEY_BACKSPACE) || (!keycode && (ch == 8 || ch == 127));
}

/* Draw "Label: text" on row y with the cursor after the text. The text is
   plain, not underlined: an attribute on it costs an SGR on and off with
   every character typed (16 bytes a key with TERM=xterm, whose sgr0 also
   switches the character set back); the bold label and the cursor already
   show where typing goes. */
void
entry_draw(struct cv *v, const struct cv_entry *e, int y, const char *label)
{
	const char *shown = e->text;
	char *conv = NULL;
	int x, w, room;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	x = 1 + term_put(y, 1, label, strlen(label), COLS - 2, A_BOLD);
	x += 1;
	if (!v->t.utf8)
		shown = conv = term_convert(v, e->text);
	w = layout_width(shown, strlen(shown));
	room = COLS - 1 - x;
	if (room > 0) {
		/* Keep the end of a long entry in view: it is where typing goes. */
		size_t off = 0, len = strlen(shown);

		while (w > room - 1 && off < len) {
			off++;
			while (off < len && ((unsigned char)shown[off] & 0xC0) == 0x80)
				off++;
			w = layout_width(shown + off, len - off);
		}
		x += term_put(y, x, shown + off, len - off, room, A_NORMAL);
	}
	free(conv);
	v->t.cursor_y = y;
	v->t.cursor_x = x < COLS ? x : COLS - 1;
}

void
list_clamp(struct cv_list *l, size_t rows)
{
	if (rows == 0)
		return;
	if (l->nshown == 0) {
		l->sel = l->top = 0;
		return;
	}
	if (l->sel >= l->nshown)
		l->sel = l->nshown - 1;
	if (!l->selectable) {
		if (l->nshown <= rows)
			l->top = 0;
		else if (l->top > l->nshown - rows)
			l->top = l->nshown - rows;
		return;
	}
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + rows)
		l->top = l->sel + 1 - rows;
	if (l->nshown > rows && l->top > l->nshown - rows)
		l->top = l->nshown - rows;
	if (l->nshown <= rows)
		l->top = 0;
}

void
list_draw_row(struct cv *v, struct cv_list *l, int top_row, size_t idx)
{
	int rows = LINES - 2 - top_row;
	int y, x = 1;
	bool selected;
	attr_t bar;
	const char *label;

	if (idx < l->top || idx >= l->nshown || (int)(idx - l->top) >= rows)
		return;
	y = top_row + (int)(idx - l->top);
	selected = l->selectable && idx == l->sel;
	bar = selected && v->o->bar ? A_REVERSE : A_NORMAL;
	label = l->labels[l->shown[idx]];
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	if (bar != A_NORMAL)
		term_fill(y, 1, bar);
	if (l->selectable) {
		term_put(y, 1, selected ? ">" : " ", 1, 1,
			 selected ? term_attr(v, CV_STYLE_CHOICE) | bar : bar);
		x = 3;
	}
	if (l->numbered) {
		char num[24];

		snprintf(num, sizeof num, "%zu.", idx + 1);
		x += term_put(y, x, num, strlen(num), COLS - x, bar) + 1;
	}
	term_put(y, x, label, strlen(label), COLS - 1 - x, bar);
	if (selected) {
		v->t.cursor_y = y;
		v->t.cursor_x = 1;
	}
}

void
list_draw(struct cv *v, struct cv_list *l, int top_row)
{
	size_t rows = LINES - 2 > top_row ? (size_t)(LINES - 2 - top_row) : 0, i;

	list_clamp(l, rows);
	v->t.cursor_y = top_row;
	v->t.cursor_x = 1;
	for (i = l->top; i < l->nshown && i < l->top + rows; i++)
		list_draw_row(v, l, top_row, i);
	draw_more_rule(v, l->top > 0, l->top + rows < l->nshown);
}
