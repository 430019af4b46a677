/* curses_area.c: the area overlay: every council, narrowed as the visitor types its name. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

#define AREA_LIST_TOP (CV_BODY_TOP + 1)

static struct {
	struct cv_entry filter;
	struct cv_list list;
	char **folded;               /* folded names, matching list.labels */
	const struct area **areas;   /* list index -> area */
	size_t count;
	bool entry_focus;            /* the cursor belongs in the text entry */
} chooser;

static void
area_filter(void)
{
	struct cv_list *l = &chooser.list;
	size_t flen, i;
	char *f = search_fold(chooser.filter.text, chooser.filter.len, &flen);

	l->nshown = 0;
	for (i = 0; i < l->count; i++)
		if (flen == 0 || strstr(chooser.folded[i], f) != NULL)
			l->shown[l->nshown++] = i;
	free(f);
	l->sel = 0;
	l->top = 0;
}

void
area_open(struct cv *v)
{
	const struct guide *g = v->s->guide;
	size_t i;

	cv_leave(v);
	chooser.list.selectable = true;
	chooser.list.numbered = false;
	chooser.areas = xcalloc(g->nareas ? g->nareas : 1, sizeof *chooser.areas);
	chooser.folded = xcalloc(g->nareas ? g->nareas : 1, sizeof *chooser.folded);
	chooser.count = g->nareas;
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];
		const char *name = tr(&a->name);
		char *utf;
		size_t flen;

		/* Regions tell apart places that share a name, and a person
		   who knows only their region can browse by it. */
		if (a->region != NULL)
			xasprintf(&utf, "%s (%s)", name, tr(&a->region->name));
		else
			utf = xstrdup(name);
		chooser.areas[i] = a;
		chooser.folded[i] = search_fold(utf, strlen(utf), &flen);
		list_add(&chooser.list, term_convert(v, utf));
		free(utf);
		if (a == v->s->area)
			chooser.list.sel = i;
	}
	chooser.entry_focus = true;
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
	entry_draw(v, &chooser.filter, CV_BODY_TOP, _("Type to narrow:"));
	cy = v->t.cursor_y;
	cx = v->t.cursor_x;
	if (chooser.list.nshown == 0) {
		const char *none = _("No area matches. Backspace removes a letter.");

		mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
		term_put(AREA_LIST_TOP, 1, none, strlen(none), COLS - 2, A_NORMAL);
	} else {
		list_draw(v, &chooser.list, AREA_LIST_TOP);
	}
	/* The cursor rests on the highlighted area, the one Enter takes, even
	   while typing: magnifiers and screen readers follow the cursor, and
	   the typed text is on show above. With no match, on the entry. */
	if (chooser.list.nshown == 0) {
		v->t.cursor_y = cy;
		v->t.cursor_x = cx;
	}
}

static void
area_draw_selection(struct cv *v, size_t old)
{
	list_draw_row(v, &chooser.list, AREA_LIST_TOP, old);
	list_draw_row(v, &chooser.list, AREA_LIST_TOP, chooser.list.sel);
}

static enum cv_result
area_pick(struct cv *v)
{
	const struct area *a = chooser.areas[chooser.list.shown[chooser.list.sel]];

	session_set_area(v->s, a);
	cv_leave(v);
	return CV_RELAYOUT;
}

static enum cv_result
area_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r;

	if (!keycode && ch == 27) {
		cv_leave(v);
		return CV_REDRAW;
	}
	if (key_is_erase(ch, keycode)) {
		if (!entry_erase(&chooser.filter)) {
			cv_leave(v);
			return CV_REDRAW;
		}
		chooser.entry_focus = true;
		area_filter();
		return CV_REDRAW;
	}
	if (chooser.list.nshown > 0 && (key_is_enter(ch, keycode)
					|| list_digit_pick(&chooser.list, ch, keycode)))
		return area_pick(v);
	/* Letters narrow the list, so only arrows and Tab move in it. */
	r = list_key(&chooser.list, AREA_LIST_TOP, ch, keycode, false);
	if (r != CV_NOTHING) {
		/* Moving in the list takes the cursor there; a full repaint
		   must then leave it on the selection too. */
		chooser.entry_focus = false;
		return r;
	}
	if (keycode && ch == KEY_LEFT) {
		cv_leave(v);
		return CV_REDRAW;
	}
	if (!keycode && !(ch >= '0' && ch <= '9') && entry_type(&chooser.filter, v->t.utf8, ch)) {
		chooser.entry_focus = true;
		area_filter();
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
area_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(&chooser.list, AREA_LIST_TOP, y, release, &pick);

	(void)x;
	return pick ? area_pick(v) : r;
}

static void
area_resize(struct cv *v)
{
	(void)v;
	list_clamp(&chooser.list, list_rows(AREA_LIST_TOP));
}

static size_t
area_selection(const struct cv *v)
{
	(void)v;
	return chooser.list.sel;
}

/* Forget what was typed and the list: a kiosk's next visitor must not find
   the last one's council, even in memory. */
static void
area_close(struct cv *v)
{
	size_t i;

	(void)v;
	list_free(&chooser.list);
	for (i = 0; i < chooser.count; i++)
		free(chooser.folded[i]);
	free(chooser.folded);
	free(chooser.areas);
	memset(&chooser, 0, sizeof chooser);
}

const struct cv_mode cv_mode_area = {
	"area", area_draw, area_draw_selection, area_key, area_click, area_resize,
	area_close, area_selection
};
