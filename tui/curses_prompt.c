/* curses_prompt.c: the overlays: help, search, area chooser, language, quit confirmation, out of order. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "curses_view.h"
#include "lang.h"
#include "textsafe.h"
#include "xalloc.h"

#define MAX_HITS 100

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

static void
list_add(struct cv_list *l, char *label)
{
	l->labels = xreallocarray(l->labels, l->count + 1, sizeof *l->labels);
	l->shown = xreallocarray(l->shown, l->count + 1, sizeof *l->shown);
	l->labels[l->count] = label;
	l->shown[l->nshown++] = l->count;
	l->count++;
}

/* Everything an overlay holds; the guide's screen stays laid out beneath. */
void
prompt_close(struct cv *v)
{
	size_t i;

	list_free(&v->list);
	if (v->folded != NULL) {
		for (i = 0; i < v->nhits; i++)
			free(v->folded[i]);
		free(v->folded);
		v->folded = NULL;
	}
	free(v->hits);
	v->hits = NULL;
	free(v->areas);
	v->areas = NULL;
	v->nhits = 0;
	v->mode = &cv_mode_screen;
}

static size_t
list_rows(int top_row)
{
	return LINES - 2 > top_row ? (size_t)(LINES - 2 - top_row) : 0;
}

/* Keys every list shares: moving and scrolling. CV_NOTHING when the key is
   not one of them. */
static enum cv_result
list_key(struct cv *v, int top_row, wint_t ch, bool keycode, bool letters_move)
{
	struct cv_list *l = &v->list;
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
	draw_list_clamp(l, rows);
	return l->top != before_top ? CV_REDRAW : CV_SELECTION;
}

static bool
is_cancel(wint_t ch, bool keycode)
{
	return (!keycode && (ch == 27 || ch == 'q' || ch == 'b' || ch == 8 || ch == 127))
		|| (keycode && (ch == KEY_LEFT || ch == KEY_BACKSPACE));
}

static bool
is_enter(wint_t ch, bool keycode)
{
	return (!keycode && (ch == '\r' || ch == '\n'))
		|| (keycode && (ch == KEY_ENTER || ch == KEY_RIGHT));
}

/* A digit 1-9 picks that entry of the list as shown. */
static bool
digit_pick(struct cv_list *l, wint_t ch, bool keycode)
{
	if (keycode || ch < '1' || ch > '9' || (size_t)(ch - '1') >= l->nshown)
		return false;
	l->sel = (size_t)(ch - '1');
	return true;
}

static enum cv_result
list_click(struct cv *v, int top_row, int y, bool release, bool *pick)
{
	struct cv_list *l = &v->list;
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

/* Help ------------------------------------------------------------------ */

static const char *const help_lines[] = {
	N_("Up, Down, k, j: move between the choices"),
	N_("Enter, Right, or a number 1 to 9: choose"),
	N_("Left, Backspace, b: go back one screen"),
	N_("s: start again from the first screen"),
	N_("PgDn, space: more text; PgUp: back up the text"),
	N_("/: search every screen of the guide"),
	N_("a: choose your area (local authority) for its contacts"),
	N_("l: choose the language"),
	N_("?: this help"),
	N_("q: quit (you will be asked to confirm)"),
	N_("Mouse or touch: tap a choice to choose it; tap a key name at the bottom to use it; the wheel scrolls."),
	N_("In lists: type to narrow them, Up and Down to move, Enter to choose, Esc or Backspace to go back."),
	N_("Ctrl-L: draw the whole screen again"),
};

static void
help_build(struct cv *v)
{
	struct layout l = { 0 };
	size_t i, j, keep_top = v->list.top;

	list_free(&v->list);
	for (i = 0; i < sizeof help_lines / sizeof help_lines[0]; i++) {
		const char *t = _(help_lines[i]);

		if (i == 9 && v->o->kiosk)
			continue;
		layout_clear(&l);
		layout_wrap(&l, t, strlen(t), COLS > 4 ? COLS - 4 : 1, 0, 2);
		for (j = 0; j < l.count; j++) {
			char *s = xmalloc((size_t)l.lines[j].indent + l.lines[j].len + 1);

			memset(s, ' ', (size_t)l.lines[j].indent);
			memcpy(s + l.lines[j].indent, l.lines[j].text, l.lines[j].len);
			s[l.lines[j].indent + l.lines[j].len] = '\0';
			list_add(&v->list, s);
		}
	}
	layout_free(&l);
	v->list.top = keep_top;
	draw_list_clamp(&v->list, list_rows(CV_BODY_TOP));
}

void
prompt_open_help(struct cv *v)
{
	prompt_close(v);
	help_build(v);
	v->mode = &cv_mode_help;
}

static const struct cv_hint close_hints[] = {
	{ "q", N_("close"), 'q', false },
	{ "PgDn", N_("more"), KEY_NPAGE, true },
	{ "PgUp", N_("back up"), KEY_PPAGE, true },
};

static void
help_draw(struct cv *v)
{
	draw_header(v, _("Help: keys"), false);
	draw_list(v, CV_BODY_TOP);
	draw_footer(v, close_hints, sizeof close_hints / sizeof close_hints[0]);
	v->cursor_y = CV_BODY_TOP;
	v->cursor_x = 1;
}

static enum cv_result
help_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(v, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (is_cancel(ch, keycode) || is_enter(ch, keycode) || (!keycode && ch == '?')) {
		prompt_close(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
help_click(struct cv *v, int y, int x, bool release)
{
	(void)y;
	(void)x;
	if (!release)
		return CV_NOTHING;
	prompt_close(v);
	return CV_REDRAW;
}

/* Text entry shared by search and the area filter. --------------------- */

/* Append a typed character (as UTF-8, the encoding search folds). */
static bool
filter_type(struct cv *v, wint_t ch)
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
	} else if (!v->utf8) {
		/* Outside a UTF-8 locale only ASCII can be turned into UTF-8 here. */
		return false;
	} else {
		mbstate_t st;

		memset(&st, 0, sizeof st);
		n = (int)wcrtomb(mb, (wchar_t)ch, &st);
		if (n <= 0)
			return false;
	}
	if (v->filter_len + (size_t)n >= sizeof v->filter)
		return false;
	memcpy(v->filter + v->filter_len, mb, (size_t)n);
	v->filter_len += (size_t)n;
	v->filter[v->filter_len] = '\0';
	return true;
}

static bool
filter_erase(struct cv *v)
{
	if (v->filter_len == 0)
		return false;
	do
		v->filter_len--;
	while (v->filter_len > 0 && ((unsigned char)v->filter[v->filter_len] & 0xC0) == 0x80);
	v->filter[v->filter_len] = '\0';
	return true;
}

static bool
is_erase(wint_t ch, bool keycode)
{
	return (keycode && ch == KEY_BACKSPACE) || (!keycode && (ch == 8 || ch == 127));
}

/* Draw "Label: text" on row y with the cursor after the text. */
static void
draw_entry(struct cv *v, int y, const char *label)
{
	const char *shown = v->filter;
	char *conv = NULL;
	int x, w, room;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	x = 1 + term_put(y, 1, label, strlen(label), COLS - 2, A_BOLD);
	x += 1;
	if (!v->utf8)
		shown = conv = term_convert(v, v->filter);
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
		x += term_put(y, x, shown + off, len - off, room, A_UNDERLINE);
	}
	free(conv);
	v->cursor_y = y;
	v->cursor_x = x < COLS ? x : COLS - 1;
}

/* Search ---------------------------------------------------------------- */

void
prompt_open_search(struct cv *v)
{
	prompt_close(v);
	v->filter_len = 0;
	v->filter[0] = '\0';
	v->mode = &cv_mode_search_input;
}

static const struct cv_hint entry_hints[] = {
	{ "Enter", N_("search"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

static void
search_input_draw(struct cv *v)
{
	draw_header(v, _("Search the guide"), false);
	mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
	wmove(stdscr, CV_BODY_TOP + 2, 1);
	term_put(CV_BODY_TOP + 2, 1, _("Type words to find, then press Enter."),
		 strlen(_("Type words to find, then press Enter.")), COLS - 2, A_NORMAL);
	draw_footer(v, entry_hints, sizeof entry_hints / sizeof entry_hints[0]);
	draw_entry(v, CV_BODY_TOP, _("Search for:"));
}

static void
search_run_query(struct cv *v)
{
	struct search_hit *hits = xcalloc(MAX_HITS, sizeof *hits);
	size_t n = search_run(v->s->guide, v->filter, hits, MAX_HITS), i;

	list_free(&v->list);
	free(v->hits);
	v->hits = xcalloc(n ? n : 1, sizeof *v->hits);
	v->nhits = n;
	v->list.selectable = true;
	v->list.numbered = true;
	for (i = 0; i < n; i++) {
		v->hits[i] = hits[i].screen;
		list_add(&v->list, term_convert(v, tr(&hits[i].screen->title)));
	}
	free(hits);
}

static enum cv_result
search_input_key(struct cv *v, wint_t ch, bool keycode)
{
	if (!keycode && ch == 27) {
		prompt_close(v);
		return CV_REDRAW;
	}
	if (is_erase(ch, keycode)) {
		if (filter_erase(v))
			return CV_REDRAW;
		prompt_close(v);
		return CV_REDRAW;
	}
	if (is_enter(ch, keycode) && !(keycode && ch == KEY_RIGHT)) {
		if (v->filter_len == 0)
			return CV_NOTHING;
		search_run_query(v);
		v->mode = &cv_mode_search_results;
		return CV_REDRAW;
	}
	if (!keycode && filter_type(v, ch))
		return CV_REDRAW;
	return CV_NOTHING;
}

static const struct cv_hint result_hints[] = {
	{ "Enter", N_("go there"), '\r', false },
	{ "/", N_("search again"), '/', false },
	{ "q", N_("cancel"), 'q', false },
};

static void
search_results_draw(struct cv *v)
{
	char *title;

	xasprintf(&title, _("Search: %s"), v->filter);
	if (!v->utf8) {
		char *c = term_convert(v, title);

		free(title);
		title = c;
	}
	draw_header(v, title, false);
	free(title);
	if (v->nhits == 0) {
		const char *none = _("No screens match. Press / to search again or q to go back.");

		mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
		term_put(CV_BODY_TOP, 1, none, strlen(none), COLS - 2, A_NORMAL);
		v->cursor_y = CV_BODY_TOP;
		v->cursor_x = 1;
	} else {
		draw_list(v, CV_BODY_TOP);
	}
	draw_footer(v, result_hints, sizeof result_hints / sizeof result_hints[0]);
}

static void
list_draw_selection(struct cv *v, size_t old)
{
	int top_row = v->mode == &cv_mode_area ? CV_BODY_TOP + 1 : CV_BODY_TOP;

	draw_list_row(v, top_row, old);
	draw_list_row(v, top_row, v->list.sel);
}

static enum cv_result
search_jump(struct cv *v)
{
	const struct screen *to = v->hits[v->list.shown[v->list.sel]];

	prompt_close(v);
	/* The loop records the place left behind, as for a choice. */
	session_jump(v->s, to);
	return CV_RELAYOUT;
}

static enum cv_result
search_results_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(v, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (!keycode && ch == '/') {
		prompt_open_search(v);
		return CV_REDRAW;
	}
	if (v->nhits > 0 && (is_enter(ch, keycode) || digit_pick(&v->list, ch, keycode)))
		return search_jump(v);
	if (is_cancel(ch, keycode)) {
		prompt_close(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
search_results_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(v, CV_BODY_TOP, y, release, &pick);

	(void)x;
	return pick ? search_jump(v) : r;
}

/* Area chooser ---------------------------------------------------------- */

static void
area_filter(struct cv *v)
{
	struct cv_list *l = &v->list;
	size_t flen, i;
	char *f = search_fold(v->filter, v->filter_len, &flen);

	l->nshown = 0;
	for (i = 0; i < l->count; i++)
		if (flen == 0 || strstr(v->folded[i], f) != NULL)
			l->shown[l->nshown++] = i;
	free(f);
	l->sel = 0;
	l->top = 0;
}

void
prompt_open_area(struct cv *v)
{
	const struct guide *g = v->s->guide;
	size_t i;

	prompt_close(v);
	v->filter_len = 0;
	v->filter[0] = '\0';
	v->list.selectable = true;
	v->list.numbered = false;
	v->areas = xcalloc(g->nareas ? g->nareas : 1, sizeof *v->areas);
	v->folded = xcalloc(g->nareas ? g->nareas : 1, sizeof *v->folded);
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];
		const char *name = tr(&a->name);
		char *label, *utf;
		size_t flen;

		/* Regions tell apart places that share a name, and a person
		   who knows only their region can browse by it. */
		if (a->region != NULL)
			xasprintf(&utf, "%s (%s)", name, tr(&a->region->name));
		else
			utf = xstrdup(name);
		v->areas[i] = a;
		v->folded[i] = search_fold(utf, strlen(utf), &flen);
		label = term_convert(v, utf);
		free(utf);
		list_add(&v->list, label);
		if (a == v->s->area)
			v->list.sel = i;
	}
	/* prompt_close frees folded by nhits. */
	v->nhits = g->nareas;
	v->entry_focus = true;
	v->mode = &cv_mode_area;
}

static const struct cv_hint area_hints[] = {
	{ "Enter", N_("choose"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

static void
area_draw(struct cv *v)
{
	int cy, cx;

	draw_header(v, _("Choose your area (local authority)"), false);
	draw_footer(v, area_hints, sizeof area_hints / sizeof area_hints[0]);
	draw_entry(v, CV_BODY_TOP, _("Type to narrow:"));
	cy = v->cursor_y;
	cx = v->cursor_x;
	if (v->list.nshown == 0) {
		const char *none = _("No area matches. Backspace removes a letter.");

		mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
		term_put(CV_BODY_TOP + 1, 1, none, strlen(none), COLS - 2, A_NORMAL);
	} else {
		draw_list(v, CV_BODY_TOP + 1);
	}
	/* The cursor stays in the entry while typing; screen readers announce
	   the first match from the list as it narrows. */
	if (v->entry_focus || v->list.nshown == 0) {
		v->cursor_y = cy;
		v->cursor_x = cx;
	}
}

static enum cv_result
area_pick(struct cv *v)
{
	const struct area *a = v->areas[v->list.shown[v->list.sel]];

	session_set_area(v->s, a);
	prompt_close(v);
	return CV_RELAYOUT;
}

static enum cv_result
area_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r;

	if (!keycode && ch == 27) {
		prompt_close(v);
		return CV_REDRAW;
	}
	if (is_erase(ch, keycode)) {
		if (!filter_erase(v)) {
			prompt_close(v);
			return CV_REDRAW;
		}
		v->entry_focus = true;
		area_filter(v);
		return CV_REDRAW;
	}
	if (v->list.nshown > 0 && (is_enter(ch, keycode) || digit_pick(&v->list, ch, keycode)))
		return area_pick(v);
	/* Letters narrow the list, so only arrows and Tab move in it. */
	r = list_key(v, CV_BODY_TOP + 1, ch, keycode, false);
	if (r != CV_NOTHING) {
		/* Moving in the list takes the cursor there; a full repaint
		   must then leave it on the selection too. */
		v->entry_focus = false;
		return r;
	}
	if (keycode && ch == KEY_LEFT) {
		prompt_close(v);
		return CV_REDRAW;
	}
	if (!keycode && !(ch >= '0' && ch <= '9') && filter_type(v, ch)) {
		v->entry_focus = true;
		area_filter(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
area_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(v, CV_BODY_TOP + 1, y, release, &pick);

	(void)x;
	return pick ? area_pick(v) : r;
}

/* Language -------------------------------------------------------------- */

void
prompt_open_lang(struct cv *v)
{
	size_t n, i;
	const struct language *langs = lang_list(&n);

	prompt_close(v);
	v->list.selectable = true;
	v->list.numbered = true;
	for (i = 0; i < n; i++) {
		list_add(&v->list, term_convert(v, langs[i].native_name));
		if (strcmp(langs[i].code, lang_current()) == 0)
			v->list.sel = i;
	}
	v->mode = &cv_mode_lang;
}

static const struct cv_hint lang_hints[] = {
	{ "Enter", N_("choose"), '\r', false },
	{ "q", N_("cancel"), 'q', false },
};

static void
lang_draw(struct cv *v)
{
	/* Said in English too: someone who cannot read the current language
	   is the one looking for this screen. */
	const char *t = _("Language");
	char *title;

	if (strcmp(t, "Language") != 0)
		xasprintf(&title, "%s / Language", t);
	else
		title = xstrdup(t);
	draw_header(v, title, false);
	free(title);
	draw_list(v, CV_BODY_TOP);
	draw_footer(v, lang_hints, sizeof lang_hints / sizeof lang_hints[0]);
}

static enum cv_result
lang_pick(struct cv *v)
{
	size_t n;
	const struct language *langs = lang_list(&n);

	session_set_language(v->s, langs[v->list.shown[v->list.sel]].code);
	prompt_close(v);
	return CV_RELAYOUT;
}

static enum cv_result
lang_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(v, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (is_enter(ch, keycode) || digit_pick(&v->list, ch, keycode))
		return lang_pick(v);
	if (is_cancel(ch, keycode) || (!keycode && ch == 'l')) {
		prompt_close(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
lang_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(v, CV_BODY_TOP, y, release, &pick);

	(void)x;
	return pick ? lang_pick(v) : r;
}

/* Quit confirmation: the screen stays, only the key line asks. ---------- */

void
prompt_open_quit(struct cv *v)
{
	v->return_to = v->mode;
	v->mode = &cv_mode_quit;
}

static void
quit_draw(struct cv *v)
{
	/* TRANSLATORS: use the first letter of your translation of "yes"
	   for y; y works in every language as well. */
	const char *ask = _("Quit the guide? Press y to quit, n to stay.");
	int cy, cx, w;

	v->return_to->draw(v);
	cy = v->cursor_y;
	cx = v->cursor_x;
	wmove(stdscr, LINES - 1, 0);
	wclrtoeol(stdscr);
	w = term_put(LINES - 1, 1, ask, strlen(ask), COLS - 2, A_BOLD);
	v->nhints = 0;
	/* The question is what needs an answer: the cursor waits after it. */
	v->cursor_y = LINES - 1;
	v->cursor_x = 1 + w < COLS ? 1 + w : COLS - 1;
	(void)cy;
	(void)cx;
}

static enum cv_result
quit_key(struct cv *v, wint_t ch, bool keycode)
{
	/* The translated word for "yes" starts with the letter to press.
	   TRANSLATORS: its first letter answers the quit question. */
	const char *yes = _("yes");

	if (!keycode && (ch == 'y' || ch == 'Y' || ch == 'q'
			 || (yes[0] != '\0' && (unsigned char)yes[0] < 0x80
			     && (ch == (wint_t)yes[0] || ch == (wint_t)(yes[0] ^ 0x20)))))
		return CV_QUIT;
	v->mode = v->return_to;
	return CV_REDRAW;
}

static enum cv_result
quit_click(struct cv *v, int y, int x, bool release)
{
	(void)y;
	(void)x;
	if (!release)
		return CV_NOTHING;
	v->mode = v->return_to;
	return CV_REDRAW;
}

/* Out of order: content failed to load on a kiosk. ---------------------- */

static void
out_of_order_draw(struct cv *v)
{
	draw_message(v, _("This guide is out of order. Please ask a member of staff."));
}

static void
list_resize(struct cv *v)
{
	int top_row = v->mode == &cv_mode_area ? CV_BODY_TOP + 1 : CV_BODY_TOP;

	draw_list_clamp(&v->list, list_rows(top_row));
}

static void
help_resize(struct cv *v)
{
	help_build(v);
}

const struct cv_mode cv_mode_help = {
	"help", help_draw, NULL, help_key, help_click, help_resize
};
const struct cv_mode cv_mode_search_input = {
	"search", search_input_draw, NULL, search_input_key, NULL, NULL
};
const struct cv_mode cv_mode_search_results = {
	"search-results", search_results_draw, list_draw_selection, search_results_key,
	search_results_click, list_resize
};
const struct cv_mode cv_mode_area = {
	"area", area_draw, list_draw_selection, area_key, area_click, list_resize
};
const struct cv_mode cv_mode_lang = {
	"language", lang_draw, list_draw_selection, lang_key, lang_click, list_resize
};
const struct cv_mode cv_mode_quit = {
	"quit", quit_draw, NULL, quit_key, quit_click, NULL
};
const struct cv_mode cv_mode_out_of_order = {
	"out-of-order", out_of_order_draw, NULL, NULL, NULL, NULL
};
