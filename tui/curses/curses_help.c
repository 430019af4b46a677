/* curses_help.c: the help overlay: the keys, wrapped to the width, scrolled as a list. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

static struct cv_list help;
/* For each row of the list, the key its help line names (what a tap on
   the row does), or 0. */
static wint_t *row_keys;

/* The key a help line is about, from its English text: the last of the
   keys before its first colon ("Left, Backspace, b: go back"), when that
   is a one-letter key the guide's screen acts on. Lines about moving,
   choosing or lists name no such key: a tap on them closes help. */
static wint_t
help_line_key(const char *english)
{
	const char *colon = strchr(english, ':'), *k;

	if (colon == NULL || colon == english)
		return 0;
	for (k = colon; k > english && k[-1] != ' '; k--)
		;
	if (colon - k != 1 || strchr("bsaly?qcr/", *k) == NULL)
		return 0;
	return (wint_t)(unsigned char)*k;
}

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
	N_("y: your answers on this journey; choose one to change it"),
	N_("c: open the page a journey code names (the code is at the end of each outcome)"),
	N_("On a question that asks for a date: type it and press Enter, Tab to skip, Esc to go back; d opens the date field again."),
	N_("Mouse or touch: tap a choice to choose it; tap a key name at the bottom, or a line of this help, to use that key; tap the digits under a date field; the wheel scrolls."),
	N_("In lists: type to narrow them, Up and Down to move, Enter to choose, Esc or Backspace to go back."),
	N_("Ctrl-L: draw the whole screen again"),
	N_("r: read the rest of a question's text, where it ends in \"Read more\"; tap \"more\" on the line above the keys to see more"),
};
#define HELP_CHOOSE_LINE 1
#define HELP_QUIT_LINE 9

/* One help line, wrapped, with later lines indented under it; each row
   remembers the key the line names (key), so a tap on it uses that key. */
static void
help_add(struct layout *l, const char *t, wint_t key)
{
	size_t j;

	layout_clear(l);
	layout_wrap(l, t, strlen(t), COLS > 4 ? COLS - 4 : 1, 0, 2);
	for (j = 0; j < l->count; j++) {
		char *s = xmalloc((size_t)l->lines[j].indent + l->lines[j].len + 1);

		memset(s, ' ', (size_t)l->lines[j].indent);
		memcpy(s + l->lines[j].indent, l->lines[j].text, l->lines[j].len);
		s[l->lines[j].indent + l->lines[j].len] = '\0';
		list_add(&help, s);
		row_keys = xreallocarray(row_keys, help.count, sizeof *row_keys);
		row_keys[help.count - 1] = key;
	}
}

static void
help_build(struct cv *v)
{
	struct layout l = { 0 };
	size_t i, keep_top = help.top;

	list_free(&help);
	free(row_keys);
	row_keys = NULL;
	/* Speaking, its keys come first: opening help says this line. */
	if (cv_talk_on())
		help_add(&l, _("Speech: any key stops it; r says the screen again; [ and ] slower and faster; - and + quieter and louder."), 0);
	for (i = 0; i < sizeof help_lines / sizeof help_lines[0]; i++) {
		const char *t = _(help_lines[i]);
		char *range = NULL;

		if (i == HELP_QUIT_LINE && v->o->kiosk)
			continue;
		/* Ten choices or more: say the whole range, and how to type it. */
		if (i == HELP_CHOOSE_LINE && v->s != NULL && v->doc.nitems >= 10) {
			xasprintf(&range, _("Enter, Right, or a number 1 to %zu: choose (for 10 and above, type both digits)"),
				  v->doc.nitems);
			t = range;
		}
		help_add(&l, t, help_line_key(help_lines[i]));
		free(range);
	}
	layout_free(&l);
	help.top = keep_top;
	list_clamp(&help, list_rows(CV_BODY_TOP));
}

void
help_open(struct cv *v)
{
	cv_leave(v);
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
	list_draw(v, &help, CV_BODY_TOP);
	draw_footer(v, close_hints, sizeof close_hints / sizeof close_hints[0]);
	v->t.cursor_y = CV_BODY_TOP;
	v->t.cursor_x = 1;
}

static enum cv_result
help_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(&help, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (key_is_cancel(ch, keycode) || key_is_enter(ch, keycode) || (!keycode && ch == '?')) {
		cv_leave(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

/* Every line of help that names a key is a button for it: a tap closes
   help and does what the key does on the guide's screen ("a: choose your
   area" opens the area chooser). A tap elsewhere closes help. */
static enum cv_result
help_click(struct cv *v, int y, int x, bool release)
{
	size_t row;
	wint_t key = 0;

	(void)x;
	if (!release)
		return CV_NOTHING;
	if (y >= CV_BODY_TOP && (size_t)(y - CV_BODY_TOP) < list_rows(CV_BODY_TOP)
	    && (row = help.top + (size_t)(y - CV_BODY_TOP)) < help.nshown)
		key = row_keys[help.shown[row]];
	cv_leave(v);
	if (key == 0 || key == '?' || v->s == NULL || v->mode != &cv_mode_screen)
		return CV_REDRAW;
	return cv_mode_screen.key(v, key, false);
}

static void
help_close(struct cv *v)
{
	(void)v;
	list_free(&help);
	free(row_keys);
	row_keys = NULL;
}

const struct cv_mode cv_mode_help = {
	"help", help_draw, NULL, help_key, help_click, help_build, help_close, NULL
};
