/* curses_view.c: the full-screen view's event loop and the guide screen's keys. */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

/* A read that finds nothing although poll() said there was input means the
   terminal is gone (a dropped SSH link can look like this); a few in a row
   end the view instead of spinning. */
#define EMPTY_READS_MEAN_HANGUP 3

static size_t
cv_selection(const struct cv *v)
{
	return v->mode == &cv_mode_screen || v->mode == &cv_mode_quit ? v->sel : v->list.sel;
}

static bool
cv_item_whole_visible(const struct cv *v, size_t item)
{
	size_t rows = draw_body_rows();

	return item < v->nitems && v->items[item].first >= v->top
		&& v->items[item].last < v->top + rows;
}

/* After scrolling by page or wheel: a selection left off screen moves to
   the nearest choice in view, so Enter acts on what can be seen. */
static void
cv_select_visible(struct cv *v, bool downwards)
{
	size_t i;

	if (v->nitems == 0 || draw_item_visible(v, v->sel))
		return;
	if (downwards) {
		for (i = 0; i < v->nitems; i++)
			if (draw_item_visible(v, i)) {
				v->sel = i;
				return;
			}
	} else {
		for (i = v->nitems; i-- > 0;)
			if (draw_item_visible(v, i)) {
				v->sel = i;
				return;
			}
	}
}

static enum cv_result
cv_scroll(struct cv *v, long lines)
{
	size_t before = v->top, before_sel = v->sel;

	if (lines < 0)
		v->top = (size_t)-lines > v->top ? 0 : v->top - (size_t)-lines;
	else
		v->top += (size_t)lines;
	draw_clamp_scroll(v);
	cv_select_visible(v, lines > 0);
	if (v->top != before)
		return CV_REDRAW;
	return v->sel != before_sel ? CV_SELECTION : CV_NOTHING;
}

static enum cv_result
cv_move(struct cv *v, int delta)
{
	/* No choice in view: the arrows read the text a line at a time. */
	if (v->nitems == 0 || !draw_item_visible(v, v->sel))
		return cv_scroll(v, delta);
	if ((delta < 0 && v->sel == 0) || (delta > 0 && v->sel + 1 >= v->nitems))
		return cv_scroll(v, delta);
	v->sel = delta < 0 ? v->sel - 1 : v->sel + 1;
	if (cv_item_whole_visible(v, v->sel))
		return CV_SELECTION;
	draw_scroll_to_item(v, v->sel);
	return CV_REDRAW;
}

static enum cv_result
cv_choose(struct cv *v, size_t item)
{
	if (item >= v->nitems)
		return CV_NOTHING;
	/* Back returns to the choice made, by arrows or by its number; but a
	   number typed for a choice out of view leaves the view as it was, so
	   back shows the text the person was reading. */
	if (draw_item_visible(v, item))
		v->chosen = item;
	switch (page_follow(&v->page, item, v->s)) {
	case PAGE_FOLLOW_ASK_AREA:
		v->sel = item;
		prompt_open_area(v);
		return CV_REDRAW;
	case PAGE_FOLLOW_FORGOT:
		/* On a kiosk, "Finished" forgets the visitor at once. */
		cv_kiosk_forget(v);
		break;
	case PAGE_FOLLOW_MOVED:
		break;
	}
	return CV_RELAYOUT;
}

static enum cv_result
screen_key(struct cv *v, wint_t ch, bool keycode)
{
	size_t page = draw_body_rows() > 1 ? draw_body_rows() - 1 : 1;

	if (keycode) {
		switch (ch) {
		case KEY_UP: return cv_move(v, -1);
		case KEY_DOWN: return cv_move(v, 1);
		case KEY_NPAGE: return cv_scroll(v, (long)page);
		case KEY_PPAGE: return cv_scroll(v, -(long)page);
		case KEY_HOME: return cv_scroll(v, -(long)v->nlines);
		case KEY_END: return cv_scroll(v, (long)v->nlines);
		case KEY_RIGHT:
		case KEY_ENTER:
			goto enter;
		case KEY_LEFT:
		case KEY_BACKSPACE:
			goto back;
		default: return CV_NOTHING;
		}
	}
	switch (ch) {
	case 'k': return cv_move(v, -1);
	case 'j': return cv_move(v, 1);
	case ' ': return cv_scroll(v, (long)page);
	case '\r':
	case '\n':
		goto enter;
	case 'b':
	case 8:
	case 127:
		goto back;
	case 's':
		if (v->s->depth == 0)
			return CV_NOTHING;
		session_restart(v->s);
		return CV_RELAYOUT;
	case '/':
		prompt_open_search(v);
		return CV_REDRAW;
	case '?':
		prompt_open_help(v);
		return CV_REDRAW;
	case 'a':
		prompt_open_area(v);
		return CV_REDRAW;
	case 'l':
		prompt_open_lang(v);
		return CV_REDRAW;
	case 'q':
		if (v->o->kiosk)
			return CV_NOTHING;
		prompt_open_quit(v);
		return CV_REDRAW;
	default:
		if (ch >= '1' && ch <= '9')
			return cv_choose(v, (size_t)(ch - '1'));
		return CV_NOTHING;
	}
enter:
	/* With no choice in view, Enter reads on: it never acts on a choice
	   the person cannot see. */
	if (v->nitems == 0 || !draw_item_visible(v, v->sel))
		return cv_scroll(v, (long)page);
	return cv_choose(v, v->sel);
back:
	return session_back(v->s) == SESSION_OK ? CV_RELAYOUT : CV_NOTHING;
}

static enum cv_result
screen_click(struct cv *v, int y, int x, bool release)
{
	size_t li;
	int item;

	(void)x;
	if (y < CV_BODY_TOP || (size_t)(y - CV_BODY_TOP) >= draw_body_rows())
		return CV_NOTHING;
	li = v->top + (size_t)(y - CV_BODY_TOP);
	if (li >= v->nlines || (item = v->lines[li].item) < 0)
		return CV_NOTHING;
	/* Press selects (the marker shows what will happen); release on the
	   same choice chooses; sliding off cancels, as on a phone. */
	if (release)
		return (size_t)item == v->sel ? cv_choose(v, (size_t)item) : CV_NOTHING;
	if ((size_t)item == v->sel)
		return CV_NOTHING;
	v->sel = (size_t)item;
	return CV_SELECTION;
}

const struct cv_mode cv_mode_screen = {
	"screen", draw_screen, draw_screen_selection, screen_key, screen_click, NULL
};

/* Remember where each screen in the history was left, so going back lands
   on the same choice and text. */
static void
cv_track_history(struct cv *v, size_t depth_before, size_t sel_before, size_t top_before)
{
	size_t depth = v->s->depth;

	if (depth > depth_before) {
		size_t need = 2 * depth_before + 2;

		if (need > v->marks_cap) {
			size_t cap = v->marks_cap ? v->marks_cap : 32;

			while (cap < need)
				cap *= 2;
			v->marks = xreallocarray(v->marks, cap, sizeof *v->marks);
			memset(v->marks + v->marks_cap, 0, (cap - v->marks_cap) * sizeof *v->marks);
			v->marks_cap = cap;
		}
		/* Depth grows by one at a time (a choice or a jump). */
		v->nmarks = 2 * depth_before;
		v->marks[v->nmarks++] = sel_before;
		v->marks[v->nmarks++] = top_before;
		v->sel = 0;
		v->top = 0;
	} else if (depth < depth_before) {
		/* Back restores; starting again lands at the top. */
		if (depth + 1 == depth_before && 2 * depth + 1 < v->nmarks) {
			v->sel = v->marks[2 * depth];
			v->top = v->marks[2 * depth + 1];
		} else {
			v->sel = 0;
			v->top = 0;
		}
		v->nmarks = 2 * depth;
	}
}

static void
cv_check_size(struct cv *v)
{
	v->too_small = COLS < CV_MIN_COLS || LINES < CV_MIN_ROWS;
}

/* The one place a change of terminal size is handled: wrap again, keep the
   selected choice in view (or the same share of the text), tell the mode. */
static enum cv_result
cv_resize(struct cv *v)
{
	bool sel_seen = v->s != NULL && draw_item_visible(v, v->sel);
	size_t old_lines = v->nlines, old_top = v->top;

	cv_check_size(v);
	if (v->too_small || v->s == NULL)
		return CV_REDRAW;
	draw_layout_screen(v);
	if (sel_seen)
		draw_scroll_to_item(v, v->sel);
	else if (old_lines > 0)
		v->top = old_top * v->nlines / old_lines;
	draw_clamp_scroll(v);
	if (v->mode->resize != NULL)
		v->mode->resize(v);
	else if (v->mode == &cv_mode_quit && v->return_to->resize != NULL)
		v->return_to->resize(v);
	return CV_REDRAW;
}

/* A mode may leave key or click NULL: that input then does nothing there. */
static enum cv_result
mode_key(struct cv *v, wint_t ch, bool keycode)
{
	return v->mode->key != NULL ? v->mode->key(v, ch, keycode) : CV_NOTHING;
}

static enum cv_result
mode_click(struct cv *v, int y, int x, bool release)
{
	return v->mode->click != NULL ? v->mode->click(v, y, x, release) : CV_NOTHING;
}

static enum cv_result
cv_mouse(struct cv *v)
{
	MEVENT ev;
	size_t i;

	if (getmouse(&ev) != OK)
		return CV_NOTHING;
	if (v->too_small)
		return CV_NOTHING;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		long d = ev.bstate & BUTTON4_PRESSED ? -3 : 3;

		if (v->mode == &cv_mode_screen)
			return cv_scroll(v, d);
		return mode_key(v, d < 0 ? KEY_UP : KEY_DOWN, true);
	}
	if (ev.y == LINES - 1 && (ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED))) {
		/* The key names on the bottom line are buttons for a touch screen. */
		for (i = 0; i < v->nhints; i++)
			if (ev.x >= v->hints[i].x0 && ev.x < v->hints[i].x1)
				return mode_key(v, v->hints[i].key, v->hints[i].keycode);
		return CV_NOTHING;
	}
	if (ev.bstate & BUTTON1_PRESSED)
		return mode_click(v, ev.y, ev.x, false);
	if (ev.bstate & BUTTON1_RELEASED)
		return mode_click(v, ev.y, ev.x, true);
	if (ev.bstate & BUTTON1_CLICKED) {
		/* A terminal that reports only clicks: select and choose at once. */
		enum cv_result r = mode_click(v, ev.y, ev.x, false);

		if (r == CV_QUIT || r == CV_RELAYOUT || v->mode == &cv_mode_quit)
			return r;
		return mode_click(v, ev.y, ev.x, true) == CV_NOTHING ? r : CV_RELAYOUT;
	}
	return CV_NOTHING;
}

static enum cv_result
cv_dispatch(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r;
	size_t depth = v->s != NULL ? v->s->depth : 0, sel = v->sel, top = v->top;
	const struct screen *was = v->s != NULL ? v->s->current : NULL;

	v->chosen = SIZE_MAX;
	if (v->filter_key != NULL && v->filter_key(v, ch, keycode, &r))
		return r;
	if (keycode && ch == KEY_RESIZE)
		return cv_resize(v);
	if (!keycode && ch == 12) {
		/* Ctrl-L: the one place the whole screen is sent again, on request
		   (line noise, a terminal that lost its contents). */
		clearok(curscr, TRUE);
		return CV_REDRAW;
	}
	if (v->too_small)
		return !keycode && ch == 'q' && !v->o->kiosk ? CV_QUIT : CV_NOTHING;
	if (keycode && ch == KEY_MOUSE)
		r = cv_mouse(v);
	else
		r = mode_key(v, ch, keycode);
	if (v->s != NULL) {
		cv_track_history(v, depth, v->chosen != SIZE_MAX ? v->chosen : sel, top);
		if (v->s->current != was && r != CV_QUIT)
			r = CV_RELAYOUT;
		/* Wrap the new screen now, not at paint time: the next key of
		   the same batch must act on the screen it will see. */
		if (r == CV_RELAYOUT)
			draw_layout_screen(v);
	}
	return r;
}

static void
cv_paint(struct cv *v, enum cv_result what)
{
	if (v->too_small && v->s != NULL) {
		/* The out-of-order message (no session) fits any size. */
		erase();
		draw_too_small(v);
	} else if (what == CV_SELECTION && v->mode->draw_selection != NULL) {
		v->mode->draw_selection(v, v->old_sel);
	} else {
		erase();
		v->mode->draw(v);
	}
	v->old_sel = cv_selection(v);
	wmove(stdscr, v->cursor_y, v->cursor_x);
	wnoutrefresh(stdscr);
	doupdate();
}

static enum cv_result
cv_merge(enum cv_result a, enum cv_result b)
{
	return a > b ? a : b;
}

/* The loop: sleep in poll() until input, a signal or the kiosk's timer;
   handle every key that has arrived; then paint once. An idle guide sends
   nothing and uses no CPU. */
static int
cv_loop(struct cv *v)
{
	enum cv_result pending = CV_REDRAW;
	int empty_reads = 0;

	for (;;) {
		struct pollfd p;
		int n, sig, timeout, got = 0;
		wint_t ch;

		sig = term_pending_signal();
		if (sig != 0)
			return 128 + sig;
		if (pending != CV_NOTHING) {
			cv_paint(v, pending);
			pending = CV_NOTHING;
		}
		timeout = v->timeout_ms != NULL ? v->timeout_ms(v) : -1;
		p.fd = STDIN_FILENO;
		p.events = POLLIN;
		p.revents = 0;
		n = term_wait(&p, timeout);
		if (n < 0 && errno != EINTR) {
			term_note_hangup();
			continue;
		}
		if (n == 0) {
			if (v->tick != NULL) {
				enum cv_result r = v->tick(v);

				if (r == CV_RELAYOUT && v->s != NULL)
					draw_layout_screen(v);
				if (r == CV_QUIT)
					return v->exit_status;
				pending = cv_merge(pending, r);
			}
			continue;
		}
		if (n > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL))) {
			term_note_hangup();
			continue;
		}
		/* Also after EINTR: a resize arrives as KEY_RESIZE. ncurses may
		   hold several keys from one read, so take all of them. */
		for (;;) {
			int rc = wget_wch(stdscr, &ch);
			enum cv_result r;

			if (rc == ERR)
				break;
			got++;
			r = cv_dispatch(v, ch, rc == KEY_CODE_YES);
			if (r == CV_QUIT)
				return v->exit_status;
			pending = cv_merge(pending, r);
			if (term_pending_signal() != 0)
				break;
		}
		if (n > 0 && got == 0) {
			if (++empty_reads >= EMPTY_READS_MEAN_HANGUP)
				term_note_hangup();
		} else {
			empty_reads = 0;
		}
	}
}

static void
cv_free(struct cv *v)
{
	prompt_close(v);
	draw_free_document(v);
	free(v->marks);
}

int
curses_run(struct session *s, const struct view_options *o)
{
	struct cv v;
	int rc;

	memset(&v, 0, sizeof v);
	v.s = s;
	v.o = o;
	v.mode = &cv_mode_screen;
	if (!term_start(&v))
		return -1;
	cv_check_size(&v);
	cv_kiosk_start(&v);
	draw_layout_screen(&v);
	rc = cv_loop(&v);
	cv_free(&v);
	term_stop();
	return rc;
}

int
curses_out_of_order(const struct view_options *o)
{
	struct cv v;
	int rc;

	memset(&v, 0, sizeof v);
	v.o = o;
	v.mode = &cv_mode_out_of_order;
	if (!term_start(&v))
		return EXIT_CONTENT;
	cv_kiosk_start(&v);
	rc = cv_loop(&v);
	cv_free(&v);
	term_stop();
	return rc == EXIT_STAFF ? EXIT_STAFF : EXIT_CONTENT;
}
