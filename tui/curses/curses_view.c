/* curses_view.c: the full-screen view's event loop and the guide screen's keys. */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "curses_view.h"
#include "lang.h"
#include "signals.h"
#include "xalloc.h"

/* A read that finds nothing although poll() said there was input means the
   terminal is gone (a dropped SSH link can look like this); a few in a row
   end the view instead of spinning. */
#define EMPTY_READS_MEAN_HANGUP 3

static size_t
cv_selection(const struct cv *v)
{
	return v->mode->selection != NULL ? v->mode->selection(v) : v->at.sel;
}

static bool
cv_item_whole_visible(const struct cv *v, size_t item)
{
	size_t rows = draw_body_rows();

	return item < v->doc.nitems && v->doc.items[item].first >= v->at.top
		&& v->doc.items[item].last < v->at.top + rows;
}

/* After scrolling by page or wheel: a selection left off screen moves to
   the nearest choice in view, so Enter acts on what can be seen. */
static void
cv_select_visible(struct cv *v, bool downwards)
{
	size_t i;

	if (v->doc.nitems == 0 || draw_item_visible(v, v->at.sel))
		return;
	if (downwards) {
		for (i = 0; i < v->doc.nitems; i++)
			if (draw_item_visible(v, i)) {
				v->at.sel = i;
				return;
			}
	} else {
		for (i = v->doc.nitems; i-- > 0;)
			if (draw_item_visible(v, i)) {
				v->at.sel = i;
				return;
			}
	}
}

static enum cv_result
cv_scroll(struct cv *v, long lines)
{
	size_t before = v->at.top, before_sel = v->at.sel;

	if (lines < 0)
		v->at.top = (size_t)-lines > v->at.top ? 0 : v->at.top - (size_t)-lines;
	else
		v->at.top += (size_t)lines;
	draw_clamp_scroll(v);
	cv_select_visible(v, lines > 0);
	if (v->at.top != before)
		return CV_REDRAW;
	return v->at.sel != before_sel ? CV_SELECTION : CV_NOTHING;
}

static enum cv_result
cv_move(struct cv *v, int delta)
{
	/* No choice in view: the arrows read the text a line at a time. */
	if (v->doc.nitems == 0 || !draw_item_visible(v, v->at.sel))
		return cv_scroll(v, delta);
	if ((delta < 0 && v->at.sel == 0) || (delta > 0 && v->at.sel + 1 >= v->doc.nitems))
		return cv_scroll(v, delta);
	v->at.sel = delta < 0 ? v->at.sel - 1 : v->at.sel + 1;
	if (cv_item_whole_visible(v, v->at.sel))
		return CV_SELECTION;
	draw_scroll_to_item(v, v->at.sel);
	return CV_REDRAW;
}

static enum cv_result
cv_choose(struct cv *v, size_t item)
{
	if (item >= v->doc.nitems)
		return CV_NOTHING;
	/* Back returns to the choice made, by arrows or by its number; but a
	   number typed for a choice out of view leaves the view as it was, so
	   back shows the text the person was reading. */
	if (draw_item_visible(v, item))
		v->at.chosen = item;
	switch (page_follow(&v->doc.page, item, v->s)) {
	case PAGE_FOLLOW_ASK_AREA:
		v->at.sel = item;
		area_open(v);
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

/* A digit typed on the guide's screen. Where every choice has one digit
   (nine or fewer), it chooses at once, so digits typed ahead land on the
   screens they were meant for. On a screen of ten or more, a digit that may
   begin a two-digit choice selects its choice and waits, shown on the key
   line, for a second digit or Enter: no timer decides for the reader (an
   adviser typing "1" "1" a moment apart gets 11, one who types "1" Enter
   gets 1). Other digits act at once. */
static enum cv_result
cv_digit(struct cv *v, int d)
{
	int first = v->at.digit;
	size_t n = v->doc.nitems;

	v->at.digit = 0;
	if (first != 0) {
		size_t two = (size_t)(first * 10 + d);

		/* Out of range: the pending digit is dropped, nothing chosen. */
		return two <= n ? cv_choose(v, two - 1) : CV_REDRAW;
	}
	if (d == 0 || (size_t)d > n)
		return CV_NOTHING;
	if (n < 10 || (size_t)d * 10 > n)
		return cv_choose(v, (size_t)d - 1);
	v->at.digit = d;
	v->at.sel = (size_t)d - 1;
	/* The key line changes to say what is pending: paint it all. */
	if (!cv_item_whole_visible(v, v->at.sel))
		draw_scroll_to_item(v, v->at.sel);
	return CV_REDRAW;
}

/* "Read more": the whole text, from where the fold was. */
static enum cv_result
cv_unfold(struct cv *v)
{
	size_t i;

	for (i = 0; i < v->doc.nlines && !v->doc.lines[i].read_more; i++)
		;
	if (i == v->doc.nlines)
		return CV_NOTHING;
	v->at.unfolded = true;
	draw_layout_screen(v);
	v->at.top = i > 2 ? i - 2 : 0;
	draw_clamp_scroll(v);
	cv_select_visible(v, true);
	return CV_REDRAW;
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
		case KEY_HOME: return cv_scroll(v, -(long)v->doc.nlines);
		case KEY_END: return cv_scroll(v, (long)v->doc.nlines);
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
	case 'r':
		if (v->at.unfolded)
			return CV_NOTHING;
		return cv_unfold(v);
	case '/':
		search_open(v);
		return CV_REDRAW;
	case '?':
		help_open(v);
		return CV_REDRAW;
	case 'a':
		area_open(v);
		return CV_REDRAW;
	case 'l':
		lang_open(v);
		return CV_REDRAW;
	case 'y':
		if (v->s->depth == 0)
			return CV_NOTHING;
		answers_open(v);
		return CV_REDRAW;
	case 'c':
		code_open(v);
		return CV_REDRAW;
	case 'd':
	case 'e':
		/* Back to the date field of a date question. */
		if (v->doc.page.date_hint == NULL)
			return CV_NOTHING;
		date_open(v);
		return CV_REDRAW;
	case 'q':
		if (v->o->kiosk)
			return CV_NOTHING;
		quit_open(v);
		return CV_REDRAW;
	default:
		if (ch >= '0' && ch <= '9')
			return cv_digit(v, (int)(ch - '0'));
		return CV_NOTHING;
	}
enter:
	/* With no choice in view, Enter reads on: it never acts on a choice
	   the person cannot see. */
	if (v->doc.nitems == 0 || !draw_item_visible(v, v->at.sel))
		return cv_scroll(v, (long)page);
	return cv_choose(v, v->at.sel);
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
	li = v->at.top + (size_t)(y - CV_BODY_TOP);
	if (li < v->doc.nlines && v->doc.lines[li].read_more)
		return release ? cv_unfold(v) : CV_NOTHING;
	if (li >= v->doc.nlines || (item = v->doc.lines[li].item) < 0)
		return CV_NOTHING;
	/* Press selects (the marker shows what will happen); release on the
	   same choice chooses; sliding off cancels, as on a phone. */
	if (release)
		return (size_t)item == v->at.sel ? cv_choose(v, (size_t)item) : CV_NOTHING;
	if ((size_t)item == v->at.sel)
		return CV_NOTHING;
	v->at.sel = (size_t)item;
	return CV_SELECTION;
}

const struct cv_mode cv_mode_screen = {
	"screen", draw_screen, draw_screen_selection, screen_key, screen_click, NULL, NULL, NULL
};

/* Remember where each screen in the history was left, so going back lands
   on the same choice and text. */
static void
cv_track_history(struct cv *v, size_t depth_before, size_t sel_before, size_t top_before)
{
	size_t depth = v->s->depth;

	if (depth > depth_before) {
		size_t need = 2 * depth_before + 2;

		if (need > v->at.marks_cap) {
			size_t cap = v->at.marks_cap ? v->at.marks_cap : 32;

			while (cap < need)
				cap *= 2;
			v->at.marks = xreallocarray(v->at.marks, cap, sizeof *v->at.marks);
			memset(v->at.marks + v->at.marks_cap, 0, (cap - v->at.marks_cap) * sizeof *v->at.marks);
			v->at.marks_cap = cap;
		}
		/* Depth grows by one at a time (a choice or a jump). */
		v->at.nmarks = 2 * depth_before;
		v->at.marks[v->at.nmarks++] = sel_before;
		v->at.marks[v->at.nmarks++] = top_before;
		v->at.sel = 0;
		v->at.top = 0;
	} else if (depth < depth_before) {
		/* Back restores; starting again lands at the top. */
		if (depth + 1 == depth_before && 2 * depth + 1 < v->at.nmarks) {
			v->at.sel = v->at.marks[2 * depth];
			v->at.top = v->at.marks[2 * depth + 1];
		} else {
			v->at.sel = 0;
			v->at.top = 0;
		}
		v->at.nmarks = 2 * depth;
	}
}

static void
cv_check_size(struct cv *v)
{
	v->t.too_small = COLS < CV_MIN_COLS || LINES < CV_MIN_ROWS;
	/* A window larger than the view draws within is told why the rest
	   of it stays empty. */
	if (v->t.size_notice && !term_capped())
		v->t.notice[0] = '\0';
	v->t.size_notice = term_capped();
	if (v->t.size_notice)
		snprintf(v->t.notice, sizeof v->t.notice,
			 /* TRANSLATORS: shown on a window larger than the guide
			    draws within; %1$d columns, %2$d rows. */
			 _("This window is very large: the guide uses the top left %1$d columns "
			   "and %2$d rows."), COLS, LINES);
}

/* The one place a change of terminal size is handled: wrap again, keep the
   selected choice in view (or the same share of the text), tell the mode. */
static enum cv_result
cv_resize(struct cv *v)
{
	bool sel_seen = v->s != NULL && draw_item_visible(v, v->at.sel);
	size_t old_lines = v->doc.nlines, old_top = v->at.top;

	cv_check_size(v);
	if (v->t.too_small || v->s == NULL)
		return CV_REDRAW;
	draw_layout_screen(v);
	if (sel_seen)
		draw_scroll_to_item(v, v->at.sel);
	else if (old_lines > 0)
		v->at.top = old_top * v->doc.nlines / old_lines;
	draw_clamp_scroll(v);
	if (v->mode->resize != NULL)
		v->mode->resize(v);
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
	if (v->t.too_small) {
		/* "Terminal too small ... press q to quit": the message names q,
		   so a tap on it does what q does there (never on a kiosk). */
		if (v->s != NULL && !v->o->kiosk && (ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED)))
			return CV_QUIT;
		return CV_NOTHING;
	}
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		long d = ev.bstate & BUTTON4_PRESSED ? -3 : 3;

		if (v->mode == &cv_mode_screen)
			return cv_scroll(v, d);
		return mode_key(v, d < 0 ? KEY_UP : KEY_DOWN, true);
	}
	if (ev.y == LINES - 1 && (ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED))) {
		/* The key names on the bottom line are buttons for a touch screen. */
		for (i = 0; i < v->t.nhints; i++)
			if (ev.x >= v->t.hints[i].x0 && ev.x < v->t.hints[i].x1)
				return mode_key(v, v->t.hints[i].key, v->t.hints[i].keycode);
		return CV_NOTHING;
	}
	if (ev.y == LINES - 2 && (v->t.more_above || v->t.more_below)) {
		/* The "more" rule is a button: a finger has no Page keys. */
		bool up = v->t.more_above && (!v->t.more_below || ev.x < COLS / 2);

		if (!(ev.bstate & (BUTTON1_RELEASED | BUTTON1_CLICKED)))
			return CV_NOTHING;
		return mode_key(v, up ? KEY_PPAGE : KEY_NPAGE, true);
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
	size_t depth = v->s != NULL ? v->s->depth : 0, sel = v->at.sel, top = v->at.top;
	bool had_notice, had_digit;
	const struct screen *was = v->s != NULL ? v->s->current : NULL;

	v->at.chosen = SIZE_MAX;
	/* Anything but a second digit ends the wait of a first: Enter then
	   chooses the choice it selected, Backspace or Esc only drops the
	   digit (the key line showed it as typed), another key does its own
	   thing. The key line showed the digit: it must be painted again. */
	had_digit = v->at.digit != 0;
	if (had_digit && !(keycode && ch == KEY_RESIZE)
	    && (keycode || ch < '0' || ch > '9' || v->mode != &cv_mode_screen)) {
		v->at.digit = 0;
		if (v->mode == &cv_mode_screen && (key_is_erase(ch, keycode) || (!keycode && ch == 27)))
			return CV_REDRAW;
	}
	if (v->hooks.filter_key != NULL && v->hooks.filter_key(v, ch, keycode, &r))
		return r;
	if (keycode && ch == KEY_RESIZE)
		return cv_resize(v);
	if (!keycode && ch == 12) {
		/* Ctrl-L: the one place the whole screen is sent again, on request
		   (line noise, a terminal that lost its contents). */
		clearok(curscr, TRUE);
		return CV_REDRAW;
	}
	if (v->t.too_small) {
		if (keycode && ch == KEY_MOUSE)
			return cv_mouse(v);
		return !keycode && ch == 'q' && !v->o->kiosk ? CV_QUIT : CV_NOTHING;
	}
	if (cv_talk_key(v, ch, keycode, &r))
		return r;
	had_notice = v->t.notice[0] != '\0';
	v->t.notice[0] = '\0';
	if (keycode && ch == KEY_MOUSE)
		r = cv_mouse(v);
	else
		r = mode_key(v, ch, keycode);
	/* A notice goes with the next key; its row must be painted again. */
	if ((had_notice || (had_digit && v->at.digit == 0)) && (r == CV_NOTHING || r == CV_SELECTION))
		r = CV_REDRAW;
	if (v->s != NULL) {
		cv_track_history(v, depth, v->at.chosen != SIZE_MAX ? v->at.chosen : sel, top);
		if (v->s->current != was)
			v->at.unfolded = false;
		if (v->s->current != was && r != CV_QUIT)
			r = CV_RELAYOUT;
		/* Wrap the new screen now, not at paint time: the next key of
		   the same batch must act on the screen it will see. */
		if (r == CV_RELAYOUT)
			draw_layout_screen(v);
		/* A date question opens its field as soon as it is shown. */
		if (v->s->current != was && v->doc.page.date_hint != NULL && v->mode == &cv_mode_screen)
			date_open(v);
	}
	return r;
}

static void
cv_paint(struct cv *v, enum cv_result what)
{
	if (v->t.too_small && v->s != NULL) {
		/* The out-of-order message (no session) fits any size. */
		erase();
		draw_too_small(v);
	} else if (what == CV_SELECTION && v->mode->draw_selection != NULL) {
		v->mode->draw_selection(v, v->at.old_sel);
	} else {
		erase();
		v->t.more_above = v->t.more_below = false;
		v->mode->draw(v);
	}
	v->at.old_sel = cv_selection(v);
	wmove(stdscr, v->t.cursor_y, v->t.cursor_x);
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
		cv_talk_painted(v);
		timeout = v->hooks.timeout_ms != NULL ? v->hooks.timeout_ms(v) : -1;
		p.fd = STDIN_FILENO;
		p.events = POLLIN;
		p.revents = 0;
		n = term_wait(&p, timeout);
		if (n < 0 && errno != EINTR) {
			term_note_hangup();
			continue;
		}
		if (n == 0) {
			if (v->hooks.tick != NULL) {
				enum cv_result r = v->hooks.tick(v);

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
			int rc = term_get_key(&ch);
			enum cv_result r;

			if (rc == ERR)
				break;
			got++;
			cv_talk_heard(ch, rc == KEY_CODE_YES);
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
	cv_leave(v);
	draw_free_document(v);
	free(v->at.marks);
}

int
curses_run(struct session *s, const struct view_options *o)
{
	struct cv v;
	int rc;
	const char *err;

	memset(&v, 0, sizeof v);
	v.s = s;
	v.o = o;
	v.mode = v.base = &cv_mode_screen;
	if (!cv_talk_start(&v, &err)) {
		/* TRANSLATORS: %s is the file given to --speak-log, then why. */
		fprintf(stderr, _("sendguide: cannot write the speech log %s: %s\n"), o->speak_log, err);
		return EXIT_USAGE;
	}
	if (!term_start(&v)) {
		cv_talk_stop();
		return -1;
	}
	cv_check_size(&v);
	cv_kiosk_start(&v);
	draw_layout_screen(&v);
	if (v.doc.page.date_hint != NULL)
		date_open(&v);  /* started (--node) on a date question */
	rc = cv_loop(&v);
	cv_free(&v);
	term_stop();
	cv_talk_stop();
	if (rc > 128 && rc < 128 + NSIG)
		signals_say_stopped(rc - 128);
	return rc;
}

int
curses_out_of_order(const struct view_options *o)
{
	struct cv v;
	int rc;

	memset(&v, 0, sizeof v);
	v.o = o;
	v.mode = v.base = &cv_mode_out_of_order;
	if (!term_start(&v))
		return EXIT_CONTENT;
	cv_kiosk_start(&v);
	rc = cv_loop(&v);
	cv_free(&v);
	term_stop();
	return rc == EXIT_STAFF ? EXIT_STAFF : EXIT_CONTENT;
}
