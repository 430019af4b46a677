/* curses_quit.c: the quit question: the screen stays, only the key line asks. */
#include <config.h>

#include <string.h>

#include "curses_view.h"
#include "lang.h"

/* The mode the question covers, drawn beneath it. */
static const struct cv_mode *covered;

void
quit_open(struct cv *v)
{
	covered = v->mode;
	v->mode = &cv_mode_quit;
}

static void
quit_draw(struct cv *v)
{
	/* TRANSLATORS: use the first letter of your translation of "yes"
	   for y; y works in every language as well. */
	const char *ask = _("Quit the guide? Press y to quit, n to stay.");
	int w;

	covered->draw(v);
	wmove(stdscr, LINES - 1, 0);
	wclrtoeol(stdscr);
	w = term_put(LINES - 1, 1, ask, strlen(ask), COLS - 2, A_BOLD);
	v->t.nhints = 0;
	/* The question is what needs an answer: the cursor waits after it. */
	v->t.cursor_y = LINES - 1;
	v->t.cursor_x = 1 + w < COLS ? 1 + w : COLS - 1;
	/* It names y and n: where they fit, they follow it as buttons. */
	{
		const char *keys[2] = { "y", "n" };
		int x = 1 + w + 2, k;

		if (x + 3 + 1 + 3 > COLS - 1)
			return;
		for (k = 0; k < 2; k++, x += 4) {
			struct cv_hint_spot *spot = &v->t.hints[v->t.nhints++];

			term_put(LINES - 1, x, " ", 1, 1, A_REVERSE);
			term_put(LINES - 1, x + 1, keys[k], 1, 1, A_REVERSE | A_BOLD);
			term_put(LINES - 1, x + 2, " ", 1, 1, A_REVERSE);
			spot->x0 = x;
			spot->x1 = x + 3;
			spot->key = (wint_t)keys[k][0];
			spot->keycode = false;
		}
	}
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
	v->mode = covered;
	return CV_REDRAW;
}

static enum cv_result
quit_click(struct cv *v, int y, int x, bool release)
{
	(void)y;
	(void)x;
	if (!release)
		return CV_NOTHING;
	v->mode = covered;
	return CV_REDRAW;
}

static void
quit_resize(struct cv *v)
{
	if (covered->resize != NULL)
		covered->resize(v);
}

static size_t
quit_selection(const struct cv *v)
{
	return covered->selection != NULL ? covered->selection(v) : v->at.sel;
}

/* A kiosk's reset closes what the question covered too. */
static void
quit_close(struct cv *v)
{
	v->mode = covered;
	if (covered->close != NULL)
		covered->close(v);
}

const struct cv_mode cv_mode_quit = {
	"quit", quit_draw, NULL, quit_key, quit_click, quit_resize, quit_close, quit_selection
};
