/* curses_kiosk.c: kiosk mode in the full-screen view ("Still there?", wipe, staff exit, touch actions) and take-away QR codes. */

/*
 * The view's loop offers three hooks (curses_view.h); this file fills them
 * from the pure rules in kiosk.c:
 *  - filter_key sees every key first: it watches for the staff sequence,
 *    swallows the keyboard's control keys, restarts the idle clock, and
 *    uses up the key or tap that answers "Still there?";
 *  - timeout_ms tells poll() how long it may sleep: for ever on a kiosk
 *    nobody has touched, so an idle kiosk sends nothing at all;
 *  - tick shows or updates the countdown (once a second at most) and, when
 *    it runs out, wipes everything the visitor did.
 * The out-of-order screen has no session: there only the staff exit runs.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "kiosk.h"
#include "lang.h"
#include "qr.h"
#include "xalloc.h"

struct cv_kiosk {
	struct kiosk_timer timer;
	struct kiosk_staff staff;
	const struct cv_mode *covered;    /* the mode under "Still there?" */
	bool swallow_release;             /* the tap that answered: drop its release */
};

/* One view runs at a time. */
static struct cv_kiosk kiosk;

void
cv_kiosk_forget(struct cv *v)
{
	prompt_close(v);
	/* The search query outlives the search screens (it titles the
	   results): zero it, not just its length. */
	memset(v->filter, 0, sizeof v->filter);
	v->filter_len = 0;
	if (v->marks != NULL)
		memset(v->marks, 0, v->marks_cap * sizeof *v->marks);
	v->nmarks = 0;
	v->sel = v->top = v->old_sel = 0;
	kiosk_timer_reset(&kiosk.timer);
	kiosk.swallow_release = false;
	v->mode = &cv_mode_screen;
}

static void
still_there_draw(struct cv *v)
{
	unsigned left = kiosk_seconds_left(&kiosk.timer, kiosk_now_ms());
	const char *texts[3];
	char *when;
	struct layout l[3];
	int width, height, y, y0, x0, inner, i;
	size_t p, j;

	kiosk.covered->draw(v);
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
	v->cursor_y = y0 + 1 < LINES ? y0 + 1 : 0;
	v->cursor_x = x0 + 2 < COLS ? x0 + 2 : 0;
	v->nhints = 0;
}

static void
still_there_resize(struct cv *v)
{
	if (kiosk.covered != NULL && kiosk.covered->resize != NULL)
		kiosk.covered->resize(v);
}

/* No key or click handler: kiosk_filter_key answers every input first. */
const struct cv_mode cv_mode_still_there = {
	"still-there", still_there_draw, NULL, NULL, NULL,
	still_there_resize
};

static bool
kiosk_filter_key(struct cv *v, wint_t ch, bool keycode, enum cv_result *r)
{
	MEVENT ev;

	/* A resize comes from the machine, not from a visitor. */
	if (keycode && ch == KEY_RESIZE)
		return false;
	if (kiosk_staff_feed(&kiosk.staff, keycode ? -1 : (int)ch)) {
		v->exit_status = EXIT_STAFF;
		*r = CV_QUIT;
		return true;
	}
	if (v->s == NULL) {
		/* Out of order: nothing for a visitor to do. */
		*r = CV_NOTHING;
		return true;
	}
	if (keycode && ch == KEY_MOUSE && kiosk.swallow_release) {
		/* The finger that answered "Still there?" is lifted: that is
		   not a tap on whatever lies under it now. */
		if (getmouse(&ev) == OK && (ev.bstate & BUTTON1_RELEASED))
			kiosk.swallow_release = false;
		*r = CV_NOTHING;
		return true;
	}
	if (kiosk_input(&kiosk.timer, kiosk_now_ms()) == KIOSK_CANCEL_COUNTDOWN) {
		if (keycode && ch == KEY_MOUSE && getmouse(&ev) == OK)
			kiosk.swallow_release = (ev.bstate & BUTTON1_PRESSED) != 0;
		v->mode = kiosk.covered;
		kiosk.covered = NULL;
		*r = CV_REDRAW;
		return true;
	}
	if (!keycode && kiosk_key_refused((int)ch)) {
		*r = CV_NOTHING;
		return true;
	}
	return false;
}

static int
kiosk_timeout_ms(struct cv *v)
{
	(void)v;
	return kiosk_wait_ms(&kiosk.timer, kiosk_now_ms());
}

static enum cv_result
kiosk_tick_view(struct cv *v)
{
	switch (kiosk_tick(&kiosk.timer, kiosk_now_ms())) {
	case KIOSK_SHOW_COUNTDOWN:
		if (v->mode != &cv_mode_still_there) {
			kiosk.covered = v->mode;
			v->mode = &cv_mode_still_there;
		}
		/* Erase and draw: ncurses sends only the digits that changed. */
		return CV_REDRAW;
	case KIOSK_RESET:
		session_forget(v->s);
		cv_kiosk_forget(v);
		kiosk.covered = NULL;
		return CV_RELAYOUT;
	case KIOSK_CANCEL_COUNTDOWN:
	case KIOSK_NONE:
	default:
		return CV_NOTHING;
	}
}

void
cv_kiosk_start(struct cv *v)
{
	if (!v->o->kiosk)
		return;
	memset(&kiosk, 0, sizeof kiosk);
	kiosk_staff_init(&kiosk.staff, v->o->staff_keys);
	v->kiosk = &kiosk;
	v->filter_key = kiosk_filter_key;
	if (v->s == NULL)
		return;
	kiosk_timer_init(&kiosk.timer, v->o->idle_seconds, v->o->countdown_seconds);
	v->timeout_ms = kiosk_timeout_ms;
	v->tick = kiosk_tick_view;
}

/* The kiosk's key line: large tappable words, not key names, because a
   touch screen has no keyboard to read them from. */
struct kiosk_action {
	const char *label;   /* N_() */
	wint_t key;
	bool needs_history;
};

static const struct kiosk_action actions[] = {
	{ N_("Back"), 'b', true },
	{ N_("Start again"), 's', true },
	{ N_("Area"), 'a', false },
	{ N_("Language"), 'l', false },
	{ N_("Help"), '?', false },
};

void
cv_kiosk_draw_actions(struct cv *v)
{
	int y = LINES - 1, x = 1;
	size_t i;

	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	v->nhints = 0;
	for (i = 0; i < sizeof actions / sizeof actions[0] && v->nhints < CV_MAX_HINTS; i++) {
		const char *label = _(actions[i].label);
		char *both = NULL;
		int w;
		struct cv_hint_spot *spot;

		if (actions[i].needs_history && v->s->depth == 0)
			continue;
		/* "Language" also in English: the person looking for it may not
		   read the language on screen. */
		if (actions[i].key == 'l' && strcmp(label, "Language") != 0) {
			xasprintf(&both, "%s / Language", label);
			label = both;
		}
		w = layout_width(label, strlen(label)) + 2;
		if (x + w > COLS - 1) {
			free(both);
			continue;
		}
		spot = &v->hints[v->nhints++];
		spot->x0 = x;
		spot->x1 = x + w;
		spot->key = actions[i].key;
		spot->keycode = false;
		term_put(y, x, " ", 1, 1, A_REVERSE);
		term_put(y, x + 1, label, strlen(label), w - 2, A_REVERSE | A_BOLD);
		term_put(y, x + w - 1, " ", 1, 1, A_REVERSE);
		x += w + 2;
		free(both);
	}
}

/* Take-away codes ------------------------------------------------------- */

/* The code for a web address: a phone's camera opens only what looks like
   a link, and the content often writes addresses without the scheme. */
static char *
qr_web_text(const char *url)
{
	char *s;

	if (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0)
		return xstrdup(url);
	xasprintf(&s, "https://%s", url);
	return s;
}

/* Two drawings side by side, padded with blanks (never ink: the ink is the
   light colour here, and a pad of it would join the codes' quiet zones). */
static char *
qr_join(const struct qr_text *a, const struct qr_text *b, size_t row, int gap)
{
	const char *left = row < a->nlines ? a->lines[row] : "";
	const char *right = b != NULL && row < b->nlines ? b->lines[row] : "";
	int pad = b == NULL ? 0 : (row < a->nlines ? 0 : a->cols) + gap;
	size_t ll = strlen(left), rl = strlen(right);
	char *s = xmalloc(ll + (size_t)pad + rl + 1);

	memcpy(s, left, ll);
	memset(s + ll, ' ', (size_t)pad);
	memcpy(s + ll + pad, right, rl);
	s[ll + (size_t)pad + rl] = '\0';
	return s;
}

static char *
qr_caption(const char *left, int left_cols, const char *right, int gap)
{
	int lw = layout_width(left, strlen(left)), pad;
	char *s;

	if (right == NULL)
		return xstrdup(left);
	pad = left_cols + gap - lw;
	if (pad < 1)
		pad = 1;
	xasprintf(&s, "%s%*s%s", left, pad, "", right);
	return s;
}

void
cv_qr_provider(struct cv *v, const struct provider *p,
	       void (*add)(struct cv *v, char *text, enum cv_style style))
{
	/* A code takes at most half the text area's height, so the words and
	   the choices stay in view; where it would need more (80x24), none is
	   shown, and the number and address are there as text anyway. */
	int max_rows = (int)draw_body_rows() / 2;
	int max_cols = COLS - 4;
	enum qr_style style = v->utf8 ? QR_HALF_BLOCKS : QR_ASCII;
	struct qr_text codes[2];
	const char *captions[2];
	int n = 0, gap = 3;
	size_t row, rows;
	char *text;

	if (!qr_available() || max_rows < 8)
		return;
	memset(codes, 0, sizeof codes);
	if (p->nphones > 0 && (text = qr_tel_uri(p->phones[0].value)) != NULL) {
		/* The ink is the light modules: on the usual light-on-dark
		   console, and under the white-on-black pair where there is colour. */
		if (qr_render(text, style, true, max_cols, max_rows, &codes[n]) == 0)
			captions[n++] = _("Scan to call:");
		free(text);
	}
	if (p->nwebs > 0) {
		text = qr_web_text(p->webs[0].value);
		if (qr_render(text, style, true, max_cols, max_rows, &codes[n]) == 0)
			captions[n++] = _("Scan for the website:");
		free(text);
	}
	if (n == 0)
		return;
	if (n == 2 && codes[0].cols + gap + codes[1].cols > max_cols) {
		/* Not both side by side: the web address, which has the phone
		   number too, is the more useful one to keep. */
		qr_text_free(&codes[0]);
		codes[0] = codes[1];
		captions[0] = captions[1];
		n = 1;
	}
	add(v, qr_caption(captions[0], codes[0].cols, n == 2 ? captions[1] : NULL, gap), CV_STYLE_NOTE);
	rows = codes[0].nlines;
	if (n == 2 && codes[1].nlines > rows)
		rows = codes[1].nlines;
	for (row = 0; row < rows; row++)
		add(v, qr_join(&codes[0], n == 2 ? &codes[1] : NULL, row, gap), CV_STYLE_QR);
	qr_text_free(&codes[0]);
	if (n == 2)
		qr_text_free(&codes[1]);
}
