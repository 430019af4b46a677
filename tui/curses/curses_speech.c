/* curses_speech.c: the full-screen view aloud: what changed since the last paint is said, a key stops it. */
/*
 * Nothing here decides what a screen offers: the guide's screen is said
 * from its page (speech_text.h), in the same order and with the same
 * numbers as it is drawn. An overlay is said as a screen reader would read
 * it: its header and the row the terminal cursor rests on (each overlay
 * already puts the cursor on what matters), so every overlay speaks
 * without code of its own.
 *
 * After each batch of keys and its paint, cv_talk_painted compares where
 * the reader is with what was last said: a new screen or language says
 * the screen; a moved selection says the choice; a new overlay, or a new
 * row under its cursor, says that, and so does new bold text in it (an
 * error under a field); help is read whole; a notice is said first.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unistr.h>

#include "curses_view.h"
#include "lang.h"
#include "speech.h"
#include "speech_text.h"
#include "xalloc.h"

/* One view runs at a time. */
static struct {
	struct speech *sp;
	/* What was last said about. */
	const struct cv_mode *mode;
	const struct screen *screen;
	char lang[8];
	size_t sel;
	int cursor_y;
	char notice[256];
	bool said;               /* anything since the start or the last forget */
	bool hinted;             /* this visitor heard how to choose */
	/* Asked for by keys since the last paint. */
	bool repeat, say_choice, in_key, quiet;
	char *trouble;           /* to tell once the terminal is given back */
} talk;

static void bold_free(void);

bool
cv_talk_start(struct cv *v, const char **err)
{
	memset(&talk, 0, sizeof talk);
	talk.sp = speech_start(v->o->speak, v->o->speak_log, err);
	return *err == NULL;
}

static void
cv_talk_tell(const char *why)
{
	/* TRANSLATORS: %s says why, from speech-dispatcher (in English). */
	fprintf(stderr, _("sendguide: speech is not available (%s); the guide goes on without it.\n"), why);
}

void
cv_talk_stop(void)
{
	if (talk.trouble != NULL)
		cv_talk_tell(talk.trouble);
	free(talk.trouble);
	bold_free();
	speech_end(talk.sp, cv_talk_tell);
	memset(&talk, 0, sizeof talk);
}

bool
cv_talk_on(void)
{
	return talk.sp != NULL;
}

void
cv_talk_forget(struct cv *v)
{
	(void)v;
	if (talk.sp == NULL)
		return;
	speech_forget(talk.sp);
	talk.mode = NULL;
	talk.screen = NULL;
	talk.notice[0] = '\0';
	talk.hinted = false;
	talk.repeat = talk.say_choice = false;
	/* The kiosk's idle reset: silence until the next visitor's key. A
	   visitor who chose "Finished" is there, and hears the first screen. */
	talk.quiet = !talk.in_key;
}

void
cv_talk_heard(wint_t ch, bool keycode)
{
	if (talk.sp == NULL || (keycode && ch == KEY_RESIZE))
		return;
	/* Any key or tap stops what is being said, at once. */
	speech_cancel(talk.sp);
	talk.in_key = true;
	if (talk.quiet) {
		/* Someone is there: say where they are. */
		talk.quiet = false;
		talk.repeat = true;
	}
}

bool
cv_talk_key(struct cv *v, wint_t ch, bool keycode, enum cv_result *r)
{
	if (talk.sp == NULL || keycode || v->mode != &cv_mode_screen)
		return false;
	switch (ch) {
	case '[': speech_rate(talk.sp, -1); break;
	case ']': speech_rate(talk.sp, 1); break;
	case '-': speech_volume(talk.sp, -1); break;
	case '+':
	case '=': speech_volume(talk.sp, 1); break;
	case 'r':
		/* r also unfolds "Read more" (the screen's own key): both. */
		talk.repeat = true;
		return false;
	default:
		return false;
	}
	/* Heard at the new rate or volume: the choice in hand. */
	talk.say_choice = true;
	*r = CV_NOTHING;
	return true;
}

/* The text of row y from column x0 to x1 as UTF-8, without the line
   drawing (box borders) and the blanks around it, and with only the
   cells drawn with attribute need (0: all); NULL when empty. */
static char *
row_text_with(int y, int x0, int x1, attr_t need)
{
	uint32_t *u = xreallocarray(NULL, (size_t)(x1 > x0 ? x1 - x0 : 1) * CCHARW_MAX, sizeof *u);
	size_t n = 0, len = 0;
	int x;
	uint8_t *s;
	char *out;

	for (x = x0; x < x1 && x < COLS; x++) {
		cchar_t cc;
		wchar_t w[CCHARW_MAX + 1];
		attr_t a;
		short pair;
		int i;

		if (mvwin_wch(stdscr, y, x, &cc) == ERR || getcchar(&cc, w, &a, &pair, NULL) == ERR)
			break;
		if ((a & A_ALTCHARSET) || (a & need) != need) {
			u[n++] = ' ';
			continue;
		}
		for (i = 0; w[i] != 0 && i < CCHARW_MAX; i++)
			u[n++] = (uint32_t)w[i];
	}
	while (n > 0 && u[n - 1] == ' ')
		n--;
	x = 0;
	while ((size_t)x < n && u[x] == ' ')
		x++;
	if ((size_t)x == n) {
		free(u);
		return NULL;
	}
	s = u32_to_u8(u + x, n - (size_t)x, NULL, &len);
	free(u);
	if (s == NULL)
		return NULL;
	out = xstrndup((const char *)s, len);
	free(s);
	return out;
}

static char *
row_text(int y, int x0, int x1)
{
	return row_text_with(y, x0, x1, 0);
}

static void
add_text(const char *utf8)
{
	char *ssml = speech_of(utf8);

	speech_add(talk.sp, ssml);
	free(ssml);
}

static void
add_row(int y, int x0, int x1)
{
	char *t = row_text(y, x0, x1);

	/* The selection's marker is for the eye; its number is said. */
	add_text(t != NULL && strncmp(t, "> ", 2) == 0 ? t + 2 : t);
	free(t);
}

/* "Still there?" is a box of short paragraphs: read down from its first
   line to its frame. */
static void
add_box(struct cv *v)
{
	int y, x0 = v->t.cursor_x, x1 = COLS - v->t.cursor_x;
	struct speech_text t = { 0 };

	st_begin(&t);
	for (y = v->t.cursor_y; y < LINES; y++) {
		cchar_t cc;
		wchar_t w[CCHARW_MAX + 1];
		attr_t a;
		short pair;
		char *row;

		if (mvwin_wch(stdscr, y, x0, &cc) == ERR || getcchar(&cc, w, &a, &pair, NULL) == ERR
		    || (a & A_ALTCHARSET))
			break;
		row = row_text(y, x0, x1);
		if (row != NULL)
			st_sentence(&t, row);
		free(row);
	}
	speech_add(talk.sp, st_end(&t));
	st_free(&t);
}

/* An overlay's bold rows as last painted: an error under a field (a date
   that cannot be, a code that is not one) is bold, and said when it
   appears or changes. */
static char **bold;
static int nbold;

static void
add_new_bold(bool say)
{
	char *all = NULL, *both;
	int y;

	if (nbold < LINES) {
		bold = xreallocarray(bold, (size_t)LINES, sizeof *bold);
		memset(bold + nbold, 0, (size_t)(LINES - nbold) * sizeof *bold);
		nbold = LINES;
	}
	for (y = CV_BODY_TOP; y < LINES - 2; y++) {
		char *t = row_text_with(y, 0, COLS, A_BOLD);

		if (say && t != NULL && (bold[y] == NULL || strcmp(t, bold[y]) != 0)) {
			xasprintf(&both, "%s%s%s", all != NULL ? all : "", all != NULL ? " " : "", t);
			free(all);
			all = both;
		}
		free(bold[y]);
		bold[y] = t;
	}
	add_text(all);
	free(all);
}

static void
bold_free(void)
{
	int y;

	for (y = 0; y < nbold; y++)
		free(bold[y]);
	free(bold);
	bold = NULL;
	nbold = 0;
}

/* Rows y0 to y1 (exclusive) as one text: help, read whole. */
static void
add_rows(int y0, int y1)
{
	char *all = xstrdup(""), *row, *both;
	int y;

	for (y = y0; y < y1; y++) {
		row = row_text(y, 0, COLS);
		if (row == NULL)
			continue;
		xasprintf(&both, "%s%s%s", all, *all ? " " : "", row);
		free(all);
		free(row);
		all = both;
	}
	add_text(all);
	free(all);
}

static void
add_screen(struct cv *v)
{
	char *first, *rest;
	/* TRANSLATORS: said once to a visitor of a speaking kiosk, after the
	   first screen's choices. */
	const char *hint = talk.hinted ? NULL : _("Press a number to choose, or r to hear this again.");

	speech_page(&v->doc.page, hint, &first, &rest);
	talk.hinted = true;
	speech_add(talk.sp, first);
	speech_add(talk.sp, rest);
	free(first);
	free(rest);
}

static void
add_choice(struct cv *v)
{
	char *c = speech_choice(&v->doc.page, v->at.sel);

	speech_add(talk.sp, c);
	free(c);
}

void
cv_talk_painted(struct cv *v)
{
	const char *why, *lang = lang_current();
	bool new_screen, new_mode;
	int cy, cx;

	if (talk.sp == NULL)
		return;
	if ((why = speech_trouble(talk.sp)) != NULL) {
		/* On a terminal the message would land in the screen: it waits
		   for the end; on a kiosk, stderr is the journal. */
		if (isatty(STDERR_FILENO))
			talk.trouble = xstrdup(why);
		else
			cv_talk_tell(why);
	}
	talk.in_key = false;
	if (v->s == NULL || v->t.too_small || talk.quiet)
		return;
	getyx(stdscr, cy, cx);
	new_screen = v->s->current != talk.screen || strcmp(lang, talk.lang) != 0;
	new_mode = v->mode != talk.mode;
	if (v->t.notice[0] != '\0' && strcmp(v->t.notice, talk.notice) != 0)
		add_text(v->t.notice);
	if (new_screen || talk.repeat) {
		add_screen(v);
	} else if (v->mode == &cv_mode_screen && v->doc.nitems > 0
		   && (new_mode || talk.say_choice || v->at.sel != talk.sel)) {
		add_choice(v);
	}
	if (v->mode == &cv_mode_still_there) {
		if (new_mode)
			add_box(v);
	} else if (v->mode == &cv_mode_help) {
		if (new_mode) {
			add_row(0, 0, COLS);
			add_rows(CV_BODY_TOP, LINES - 2);
		}
	} else if (v->mode != &cv_mode_screen) {
		if (new_mode || new_screen) {
			add_row(0, 0, COLS);
			if (v->t.cursor_y != 0)
				add_row(v->t.cursor_y, 0, COLS);
		} else if (v->t.cursor_y != talk.cursor_y) {
			add_row(v->t.cursor_y, 0, COLS);
		}
		add_new_bold(!new_mode && !new_screen);
	}
	wmove(stdscr, cy, cx);
	speech_send(talk.sp);
	talk.mode = v->mode;
	talk.screen = v->s->current;
	snprintf(talk.lang, sizeof talk.lang, "%s", lang);
	talk.sel = v->at.sel;
	talk.cursor_y = v->t.cursor_y;
	snprintf(talk.notice, sizeof talk.notice, "%s", v->t.notice);
	talk.repeat = talk.say_choice = false;
}
