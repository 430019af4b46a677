/* curses_still.c: the kiosk's countdown overlay, "Still there?", drawn over whatever the visitor left. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

static struct {
	const struct cv_mode *covered;   /* the mode under the question */
	unsigned seconds_left;
} still;

/* Show the question (or update it) with seconds left on the countdown. */
void
still_show(struct cv *v, unsigned seconds_left)
{
	if (v->mode != &cv_mode_still_there) {
		still.covered = v->mode;
		v->mode = &cv_mode_still_there;
	}
	still.seconds_left = seconds_left;
}

/* Take the question away: the visitor is there. */
void
still_hide(struct cv *v)
{
	if (v->mode == &cv_mode_still_there)
		v->mode = still.covered;
	still.covered = NULL;
}

static void
still_there_draw(struct cv *v)
{
	unsigned left = still.seconds_left;
	const char *texts[3];
	char *when;
	struct layout l[3];
	int width, height, y, y0, x0, inner, i;
	size_t p, j;

	still.covered->draw(v);
	xasprintf(&when, ngettext("The guide will start again for the next person in %u second.",
				  "The guide will start again for the next person in %u seconds.",
				  left), left);
	texts[0] = _("Still there?");
	texts[1] = when;
	texts[2] = _("Touch the screen or press any key to carry on.");
	/* A box in the middle with room for the words; on a tiny screen the
	   box is the whole screen. */
	inner = COLS - 6 > 56 ? 56 : COLS - 6;
	if (inner < 10)
		inner = COLS > 2 ? COLS - 2 : 1;
	height = 2 + 2;   /* the frame, and a blank between paragraphs */
	for (p = 0; p < 3; p++) {
		memset(&l[p], 0, sizeof l[p]);
		layout_wrap(&l[p], texts[p], strlen(texts[p]), inner, 0, 0);
		height += (int)l[p].count;
	}
	width = inner + 4 < COLS ? inner + 4 : COLS;
	y0 = LINES > height ? (LINES - height) / 2 : 0;
	x0 = (COLS - width) / 2;
	for (i = 0; i < height && y0 + i < LINES; i++) {
		wmove(stdscr, y0 + i, x0);
		whline(stdscr, ' ', width);
	}
	if (width >= 4 && height >= 3 && y0 + height <= LINES) {
		mvwaddch(stdscr, y0, x0, ACS_ULCORNER);
		mvwhline(stdscr, y0, x0 + 1, ACS_HLINE, width - 2);
		mvwaddch(stdscr, y0, x0 + width - 1, ACS_URCORNER);
		for (i = 1; i < height - 1; i++) {
			mvwaddch(stdscr, y0 + i, x0, ACS_VLINE);
			mvwaddch(stdscr, y0 + i, x0 + width - 1, ACS_VLINE);
		}
		mvwaddch(stdscr, y0 + height - 1, x0, ACS_LLCORNER);
		mvwhline(stdscr, y0 + height - 1, x0 + 1, ACS_HLINE, width - 2);
		mvwaddch(stdscr, y0 + height - 1, x0 + width - 1, ACS_LRCORNER);
	}
	y = y0 + 1;
	for (p = 0; p < 3; p++) {
		for (j = 0; j < l[p].count && y < LINES; j++, y++)
			term_put(y, x0 + 2, l[p].lines[j].text, l[p].lines[j].len, inner,
				 p == 0 ? A_BOLD : A_NORMAL);
		y++;
		layout_free(&l[p]);
	}
	free(when);
	/* Readers follow the cursor: it rests on the question. */
	v->t.cursor_y = y0 + 1 < LINES ? y0 + 1 : 0;
	v->t.cursor_x = x0 + 2 < COLS ? x0 + 2 : 0;
	v->t.nhints = 0;
}

static void
still_there_resize(struct cv *v)
{
	if (still.covered != NULL && still.covered->resize != NULL)
		still.covered->resize(v);
}


static size_t
still_there_selection(const struct cv *v)
{
	return still.covered != NULL && still.covered->selection != NULL
		? still.covered->selection(v) : v->at.sel;
}

/* The reset closes what the question covered too. */
static void
still_there_close(struct cv *v)
{
	const struct cv_mode *under = still.covered;

	still.covered = NULL;
	v->mode = under;
	if (under != NULL && under->close != NULL)
		under->close(v);
}

/* No key or click handler: the kiosk's key filter answers every input first. */
const struct cv_mode cv_mode_still_there = {
	"still-there", still_there_draw, NULL, NULL, NULL, still_there_resize,
	still_there_close, still_there_selection
};
