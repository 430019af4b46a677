/* curses_search.c: the search overlay: a line to type words into, then the screens that match. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

#define MAX_HITS 100

/* The query outlives the entry (it titles the results); closing zeroes it. */
static struct {
	struct cv_entry query;
	struct cv_list list;
	const struct screen **hits;
	size_t nhits;
} search;

void
search_open(struct cv *v)
{
	cv_leave(v);
	v->mode = &cv_mode_search_input;
}

static const struct cv_hint entry_hints[] = {
	{ "Enter", N_("search"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

static void
search_input_draw(struct cv *v)
{
	const char *prompt = _("Type words to find, then press Enter.");

	draw_header(v, _("Search the guide"), false);
	mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
	term_put(CV_BODY_TOP + 2, 1, prompt, strlen(prompt), COLS - 2, A_NORMAL);
	draw_footer(v, entry_hints, sizeof entry_hints / sizeof entry_hints[0]);
	entry_draw(v, &search.query, CV_BODY_TOP, _("Search for:"));
}

static void
search_run_query(struct cv *v)
{
	struct search_hit *hits = xcalloc(MAX_HITS, sizeof *hits);
	size_t n = search_run(v->s->guide, search.query.text, hits, MAX_HITS), i;

	list_free(&search.list);
	free(search.hits);
	search.hits = xcalloc(n ? n : 1, sizeof *search.hits);
	search.nhits = n;
	search.list.selectable = true;
	search.list.numbered = true;
	for (i = 0; i < n; i++) {
		search.hits[i] = hits[i].screen;
		list_add(&search.list, term_convert(v, tr(&hits[i].screen->title)));
	}
	free(hits);
}

static enum cv_result
search_input_key(struct cv *v, wint_t ch, bool keycode)
{
	if (!keycode && ch == 27) {
		cv_leave(v);
		return CV_REDRAW;
	}
	if (key_is_erase(ch, keycode)) {
		if (!entry_erase(&search.query))
			cv_leave(v);
		return CV_REDRAW;
	}
	if (key_is_enter(ch, keycode) && !(keycode && ch == KEY_RIGHT)) {
		if (search.query.len == 0)
			return CV_NOTHING;
		search_run_query(v);
		v->mode = &cv_mode_search_results;
		return CV_REDRAW;
	}
	if (!keycode && entry_type(&search.query, v->t.utf8, ch))
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

	xasprintf(&title, _("Search: %s"), search.query.text);
	if (!v->t.utf8) {
		char *c = term_convert(v, title);

		free(title);
		title = c;
	}
	draw_header(v, title, false);
	free(title);
	if (search.nhits == 0) {
		const char *none = _("No screens match. Press / to search again or q to go back.");

		mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
		term_put(CV_BODY_TOP, 1, none, strlen(none), COLS - 2, A_NORMAL);
		v->t.cursor_y = CV_BODY_TOP;
		v->t.cursor_x = 1;
	} else {
		list_draw(v, &search.list, CV_BODY_TOP);
	}
	draw_footer(v, result_hints, sizeof result_hints / sizeof result_hints[0]);
}

static void
search_results_draw_selection(struct cv *v, size_t old)
{
	list_draw_row(v, &search.list, CV_BODY_TOP, old);
	list_draw_row(v, &search.list, CV_BODY_TOP, search.list.sel);
}

static enum cv_result
search_jump(struct cv *v)
{
	const struct screen *to = search.hits[search.list.shown[search.list.sel]];

	cv_leave(v);
	/* The loop records the place left behind, as for a choice. */
	session_jump(v->s, to);
	return CV_RELAYOUT;
}

static enum cv_result
search_results_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(&search.list, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (!keycode && ch == '/') {
		search_open(v);
		return CV_REDRAW;
	}
	if (search.nhits > 0 && (key_is_enter(ch, keycode)
				 || list_digit_pick(&search.list, ch, keycode)))
		return search_jump(v);
	if (key_is_cancel(ch, keycode)) {
		cv_leave(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
search_results_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r;

	(void)x;
	/* "No screens match. Press / to search again ...": a tap on it
	   searches again. */
	if (search.nhits == 0)
		return release && y == CV_BODY_TOP ? search_results_key(v, '/', false) : CV_NOTHING;
	r = list_click(&search.list, CV_BODY_TOP, y, release, &pick);
	return pick ? search_jump(v) : r;
}

/* The line under the search field names Enter: a tap on it searches. */
static enum cv_result
search_input_click(struct cv *v, int y, int x, bool release)
{
	(void)x;
	if (!release || y != CV_BODY_TOP + 2)
		return CV_NOTHING;
	return search_input_key(v, '\r', false);
}

static void
search_results_resize(struct cv *v)
{
	(void)v;
	list_clamp(&search.list, list_rows(CV_BODY_TOP));
}

static size_t
search_selection(const struct cv *v)
{
	(void)v;
	return search.list.sel;
}

/* Forget the query and the results: a kiosk's next visitor must not find
   what the last one looked for, even in memory. */
static void
search_close(struct cv *v)
{
	(void)v;
	list_free(&search.list);
	free(search.hits);
	memset(&search, 0, sizeof search);
}

const struct cv_mode cv_mode_search_input = {
	"search", search_input_draw, NULL, search_input_key, search_input_click, NULL, search_close, NULL
};
const struct cv_mode cv_mode_search_results = {
	"search-results", search_results_draw, search_results_draw_selection, search_results_key,
	search_results_click, search_results_resize, search_close, search_selection
};
