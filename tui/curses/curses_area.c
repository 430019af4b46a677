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
	/* With nothing typed the list is an index of regions: their headings,
	   the one open region's councils under its heading, and the
	   not-listed route. NULL: every region closed. */
	const struct region *open;
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

/* Nothing typed: the list is the index of regions, where a heading is a
   choice (it opens its region). */
static bool
browsing(void)
{
	return chooser.filter.len == 0;
}

/* While narrowing, headings are never selected: step past them, the way
   the selection was moving (dir > 0: down), or the other way at an end of
   the list. */
static void
skip_headings(int dir)
{
	struct cv_list *l = &chooser.list;

	if (browsing())
		return;
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

/*
 * The region index.
 *
 * England has some 150 councils in nine regions, and Wales, Scotland and
 * Northern Ireland follow: as one long list, Cornwall (South West) was ten
 * taps of "more" away at 80x24 and twenty-five at 40x12. So with nothing
 * typed the chooser shows the regions' headings alone, each a choice marked
 * as closed or open; choosing one (a tap, or Enter) opens it under its
 * heading, scrolled to the top, and closes any other. The visitor's own
 * area, when there is one, opens with its region. Typing still narrows the
 * whole list at once, with the matches under their headings; a tap on a
 * heading there clears what was typed and opens that region.
 */

/* The list with nothing typed: every heading, the open region's councils,
   councils without a region, and the not-listed route. */
static void
area_browse(void)
{
	struct cv_list *l = &chooser.list;
	size_t i;

	l->nshown = 0;
	for (i = 0; i < l->count; i++)
		if (chooser.rows[i] != ROW_AREA || chooser.regions[i] == NULL
		    || chooser.regions[i] == chooser.open)
			l->shown[l->nshown++] = i;
}

/* The shown index of row kind and pointer, or SIZE_MAX. */
static size_t
shown_index(enum area_row kind, const struct area *a, const struct region *r)
{
	size_t i;

	for (i = 0; i < chooser.list.nshown; i++) {
		size_t k = chooser.list.shown[i];

		if (chooser.rows[k] == kind && (kind == ROW_HEADING ? chooser.regions[k] == r
					      : chooser.areas[k] == a))
			return i;
	}
	return SIZE_MAX;
}

/* Open region r (NULL: close them all), its heading at the top of the
   list and its first council selected; a region already open closes. */
static void
area_open_region(const struct region *r)
{
	struct cv_list *l = &chooser.list;
	size_t h;

	chooser.open = r == chooser.open ? NULL : r;
	area_browse();
	h = shown_index(ROW_HEADING, NULL, r);
	if (h == SIZE_MAX)
		h = 0;
	l->top = h;
	l->sel = chooser.open != NULL && h + 1 < l->nshown ? h + 1 : h;
	list_clamp(l, list_rows(AREA_LIST_TOP));
}

/* Show the rows that match what was typed (areafind.h: names, official
   names, aliases, the nearest misspellings), under their regions'
   headings, and always the "not listed" route last; with nothing typed,
   the index of regions. */
static void
area_filter(void)
{
	struct cv_list *l = &chooser.list;
	struct areafind_match m[AREA_MATCHES];
	size_t n = 0, i, k;
	bool *match;

	if (browsing()) {
		const struct region *r = chooser.open;

		chooser.open = NULL;
		area_open_region(r);
		return;
	}
	match = xcalloc(l->count + 1, sizeof *match);
	{
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
		if (match[i] || chooser.rows[i] == ROW_NOT_LISTED)
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
	size_t r, i, at;

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
		/* Council names are proper names, shown as written. */
		for (i = 0; i < rg->nareas; i++)
			row_add(v, ROW_AREA, rg->areas[i], rg, rg->areas[i]->name.en);
	}
	for (i = 0; i < g->nareas; i++)
		if (g->areas[i].region == NULL)
			row_add(v, ROW_AREA, &g->areas[i], NULL, g->areas[i].name.en);
	session_find_area(v->s, "", &none);
	chooser.not_listed = none.not_listed;
	if (chooser.not_listed != NULL)
		row_add(v, ROW_NOT_LISTED, NULL, NULL, tr(&chooser.not_listed->title));
	/* The visitor's area opens with its region, selected; otherwise the
	   index of regions from the first. */
	chooser.open = NULL;
	area_open_region(v->s->area != NULL ? v->s->area->region : NULL);
	at = v->s->area != NULL ? shown_index(ROW_AREA, v->s->area, NULL) : SIZE_MAX;
	if (at != SIZE_MAX) {
		chooser.list.sel = at;
		list_clamp(&chooser.list, list_rows(AREA_LIST_TOP));
	} else if (chooser.open == NULL) {
		chooser.list.sel = chooser.list.top = 0;
	}
	chooser.entry_focus = true;
	v->mode = &cv_mode_area;
}

static const struct cv_hint area_hints[] = {
	{ "Enter", N_("choose"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

/* One row: a heading is its region's name in the heading style after a
   sign of whether it is open ("▾", or "-" in ASCII) or closed ("▸", "+"),
   with the marker when it is selected; a council or the not-listed route
   as any list's row. */
static void
area_draw_row(struct cv *v, size_t shown)
{
	struct cv_list *l = &chooser.list;
	const struct region *r;
	const char *label, *sign;
	bool selected, open;
	attr_t bar;
	int y;

	if (shown < l->top || shown >= l->nshown || shown - l->top >= list_rows(AREA_LIST_TOP))
		return;
	if (!is_heading(shown)) {
		list_draw_row(v, l, AREA_LIST_TOP, shown);
		return;
	}
	y = AREA_LIST_TOP + (int)(shown - l->top);
	r = chooser.regions[l->shown[shown]];
	open = !browsing() || r == chooser.open;
	sign = v->t.utf8 ? (open ? "\xe2\x96\xbe" : "\xe2\x96\xb8") : (open ? "-" : "+");
	selected = browsing() && shown == l->sel;
	bar = selected && v->o->bar ? A_REVERSE : A_NORMAL;
	label = l->labels[l->shown[shown]];
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	if (bar != A_NORMAL)
		term_fill(y, 1, bar);
	term_put(y, 1, selected ? ">" : " ", 1, 1,
		 selected ? term_attr(v, CV_STYLE_CHOICE) | bar : bar);
	term_put(y, 3, sign, strlen(sign), 1, term_attr(v, CV_STYLE_HEADING) | bar);
	term_put(y, 5, label, strlen(label), COLS - 6, term_attr(v, CV_STYLE_HEADING) | bar);
	if (selected) {
		v->t.cursor_y = y;
		v->t.cursor_x = 1;
	}
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
		if (is_heading(i))
			area_draw_row(v, i);
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
	area_draw_row(v, old);
	area_draw_row(v, chooser.list.sel);
}

static enum cv_result
area_pick(struct cv *v)
{
	size_t i;
	const struct area *a;

	if (chooser.list.nshown == 0)
		return CV_NOTHING;
	if (is_heading(chooser.list.sel)) {
		if (!browsing())
			return CV_NOTHING;
		/* A region's heading opens it (or closes it when open). */
		area_open_region(chooser.regions[chooser.list.shown[chooser.list.sel]]);
		chooser.entry_focus = false;
		return CV_REDRAW;
	}
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
	size_t idx = SIZE_MAX;
	enum cv_result r;

	(void)x;
	if (y >= AREA_LIST_TOP && (size_t)(y - AREA_LIST_TOP) < list_rows(AREA_LIST_TOP))
		idx = chooser.list.top + (size_t)(y - AREA_LIST_TOP);
	/* While narrowing, a heading is not a choice: a tap on one clears
	   what was typed and opens its region. (With nothing typed, a
	   heading is a choice like any other: area_pick opens it.) */
	if (!browsing() && idx < chooser.list.nshown && is_heading(idx)) {
		if (!release)
			return CV_NOTHING;
		chooser.filter.len = 0;
		chooser.filter.text[0] = '\0';
		chooser.open = NULL;
		area_open_region(chooser.regions[chooser.list.shown[idx]]);
		chooser.entry_focus = false;
		return CV_REDRAW;
	}
	r = list_click(&chooser.list, AREA_LIST_TOP, y, release, &pick);
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
