/* curses_area.c: the area overlay: every council by region, narrowed as the visitor types its name. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "areafind.h"
#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

#define AREA_LIST_TOP (CV_BODY_TOP + 1)
#define AREA_MATCHES 256

/* One row of the list: a region's heading, a council, or the "My council
   is not listed" route that ends every list (never a dead end). */
enum area_row { ROW_HEADING, ROW_AREA, ROW_NOT_LISTED };

static struct {
	struct cv_entry filter;
	struct cv_list list;
	enum area_row *rows;         /* list index -> kind of row */
	const struct area **areas;   /* list index -> area (ROW_AREA) */
	const struct region **regions; /* list index -> its region, or NULL */
	size_t count;
	struct areafind *find;
	const struct screen *not_listed;
	bool entry_focus;            /* the cursor belongs in the text entry */
} chooser;

static void
row_add(struct cv *v, enum area_row kind, const struct area *a, const struct region *r,
	const char *utf)
{
	size_t i = chooser.list.count;

	chooser.rows = xreallocarray(chooser.rows, i + 1, sizeof *chooser.rows);
	chooser.areas = xreallocarray(chooser.areas, i + 1, sizeof *chooser.areas);
	chooser.regions = xreallocarray(chooser.regions, i + 1, sizeof *chooser.regions);
	chooser.rows[i] = kind;
	chooser.areas[i] = a;
	chooser.regions[i] = r;
	list_add(&chooser.list, term_convert(v, utf));
	chooser.count = chooser.list.count;
}

static bool
is_heading(size_t shown)
{
	return shown < chooser.list.nshown
		&& chooser.rows[chooser.list.shown[shown]] == ROW_HEADING;
}

/* Headings are never selected: step past them, the way the selection was
   moving (dir > 0: down), or the other way at an end of the list. */
static void
skip_headings(int dir)
{
	struct cv_list *l = &chooser.list;

	while (is_heading(l->sel)) {
		if (dir > 0 && l->sel + 1 < l->nshown)
			l->sel++;
		else if (dir < 0 && l->sel > 0)
			l->sel--;
		else if (dir != 0)
			dir = -dir;
		else
			dir = 1;
	}
}

/* Show the rows that match what was typed (areafind.h: names, official
   names, aliases, the nearest misspellings), under their regions'
   headings, and always the "not listed" route last. */
static void
area_filter(void)
{
	struct cv_list *l = &chooser.list;
	struct areafind_match m[AREA_MATCHES];
	size_t n = 0, i, k;
	bool *match = xcalloc(l->count + 1, sizeof *match);
	bool all = chooser.filter.len == 0;

	if (!all) {
		char typed[sizeof chooser.filter.text + 1];

		memcpy(typed, chooser.filter.text, chooser.filter.len);
		typed[chooser.filter.len] = '\0';
		n = areafind_find(chooser.find, typed, m, AREA_MATCHES);
		/* Names as typed come first; misspellings only when nothing
		   matches as typed, so "Leic" is not buried under near names. */
		for (k = 0; k < n && m[k].how != AREAFIND_NEAR; k++)
			;
		if (k > 0)
			n = k;
		for (i = 0; i < l->count; i++)
			for (k = 0; k < n; k++)
				if (chooser.rows[i] == ROW_AREA && chooser.areas[i] == m[k].area)
					match[i] = true;
		/* A heading shows when one of its councils does. */
		for (i = 0; i < l->count; i++)
			if (match[i] && chooser.regions[i] != NULL)
				for (k = 0; k < l->count; k++)
					if (chooser.rows[k] == ROW_HEADING
					    && chooser.regions[k] == chooser.regions[i])
						match[k] = true;
	}
	l->nshown = 0;
	for (i = 0; i < l->count; i++)
		if (all || match[i] || chooser.rows[i] == ROW_NOT_LISTED)
			l->shown[l->nshown++] = i;
	free(match);
	l->sel = 0;
	l->top = 0;
	skip_headings(1);
}

void
area_open(struct cv *v)
{
	const struct guide *g = v->s->guide;
	struct area_answer none;
	size_t r, i;

	cv_leave(v);
	chooser.list.selectable = true;
	chooser.list.numbered = false;
	chooser.find = areafind_new(g);
	/* Regions in the content's order: the nine English regions, then
	   Wales, Scotland and Northern Ireland. */
	for (r = 0; r < g->nregions; r++) {
		const struct region *rg = &g->regions[r];

		if (rg->nareas == 0)
			continue;
		row_add(v, ROW_HEADING, NULL, rg, tr(&rg->name));
		for (i = 0; i < rg->nareas; i++) {
			/* Council names are proper names, shown as written. */
			if (rg->areas[i] == v->s->area)
				chooser.list.sel = chooser.list.count;
			row_add(v, ROW_AREA, rg->areas[i], rg, rg->areas[i]->name.en);
		}
	}
	for (i = 0; i < g->nareas; i++)
		if (g->areas[i].region == NULL) {
			if (&g->areas[i] == v->s->area)
				chooser.list.sel = chooser.list.count;
			row_add(v, ROW_AREA, &g->areas[i], NULL, g->areas[i].name.en);
		}
	session_find_area(v->s, "", &none);
	chooser.not_listed = none.not_listed;
	if (chooser.not_listed != NULL)
		row_add(v, ROW_NOT_LISTED, NULL, NULL, tr(&chooser.not_listed->title));
	skip_headings(1);
	chooser.entry_focus = true;
	v->mode = &cv_mode_area;
}

static const struct cv_hint area_hints[] = {
	{ "Enter", N_("choose"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

/* A heading row: the region's name, in the heading style, not choosable. */
static void
draw_heading_row(struct cv *v, size_t shown)
{
	struct cv_list *l = &chooser.list;
	const char *label;
	int y;

	if (shown < l->top || shown >= l->nshown
	    || shown - l->top >= list_rows(AREA_LIST_TOP) || !is_heading(shown))
		return;
	y = AREA_LIST_TOP + (int)(shown - l->top);
	label = l->labels[l->shown[shown]];
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	term_put(y, 1, label, strlen(label), COLS - 2, term_attr(v, CV_STYLE_HEADING));
}

static void
area_draw(struct cv *v)
{
	int cy, cx;
	size_t i;

	draw_header(v, _("Choose your area (local authority)"), false);
	draw_footer(v, area_hints, sizeof area_hints / sizeof area_hints[0]);
	entry_draw(v, &chooser.filter, CV_BODY_TOP, _("Type to narrow:"));
	cy = v->t.cursor_y;
	cx = v->t.cursor_x;
	list_draw(v, &chooser.list, AREA_LIST_TOP);
	for (i = chooser.list.top; i < chooser.list.nshown; i++)
		draw_heading_row(v, i);
	/* The cursor rests on the highlighted area, the one Enter takes, even
	   while typing: magnifiers and screen readers follow the cursor, and
	   the typed text is on show above. The list always has a row ("My
	   council is not listed"); with none, the cursor stays on the entry. */
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
	size_t i;
	const struct area *a;

	if (chooser.list.nshown == 0 || is_heading(chooser.list.sel))
		return CV_NOTHING;
	i = chooser.list.shown[chooser.list.sel];
	if (chooser.rows[i] == ROW_NOT_LISTED) {
		const struct screen *to = chooser.not_listed;

		cv_leave(v);
		session_jump(v->s, to);
		return CV_RELAYOUT;
	}
	a = chooser.areas[i];
	session_set_area(v->s, a);
	cv_leave(v);
	/* The same confirmation as the plain view, until the next key. */
	{
		struct page pg = { 0 };

		snprintf(v->t.notice, sizeof v->t.notice, "%s", page_area_chosen(&pg, v->s));
		page_free(&pg);
	}
	return CV_RELAYOUT;
}

static enum cv_result
area_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r;
	size_t before = chooser.list.sel;

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
	if (key_is_enter(ch, keycode))
		return area_pick(v);
	/* Letters narrow the list, so only arrows and Tab move in it. */
	r = list_key(&chooser.list, AREA_LIST_TOP, ch, keycode, false);
	if (r != CV_NOTHING) {
		skip_headings(chooser.list.sel >= before ? 1 : -1);
		list_clamp(&chooser.list, list_rows(AREA_LIST_TOP));
		/* Moving in the list takes the cursor there; a full repaint
		   must then leave it on the selection too. Stepping over a
		   heading may scroll: paint it all. */
		chooser.entry_focus = false;
		return chooser.list.sel == before ? CV_NOTHING : CV_REDRAW;
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
	size_t before = chooser.list.sel;
	enum cv_result r = list_click(&chooser.list, AREA_LIST_TOP, y, release, &pick);

	(void)x;
	/* A tap on a heading chooses nothing and keeps the selection. */
	if (is_heading(chooser.list.sel)) {
		chooser.list.sel = before;
		return CV_NOTHING;
	}
	if (r == CV_SELECTION)
		chooser.entry_focus = false;
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
	(void)v;
	list_free(&chooser.list);
	free(chooser.rows);
	free(chooser.areas);
	free(chooser.regions);
	areafind_free(chooser.find);
	memset(&chooser, 0, sizeof chooser);
}

const struct cv_mode cv_mode_area = {
	"area", area_draw, area_draw_selection, area_key, area_click, area_resize,
	area_close, area_selection
};
