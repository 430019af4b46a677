/* curses_date.c: three overlays of the journey's answers: a date question's field, "Your answers", and a journey code to open. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "date_text.h"
#include "jcode.h"
#include "lang.h"
#include "xalloc.h"

#define KEY_TAB '\t'

/* A button of the date keypad, where it was last drawn, and what it does:
   a digit ('0' to '9'), PAD_ERASE, PAD_OK, or PAD_SKIP (the "Tab: ..."
   line). */
enum { PAD_ERASE = 'x', PAD_OK = '\r', PAD_SKIP = KEY_TAB };
struct pad_button {
	int y0, y1, x0, x1;        /* rows y0..y1, columns x0..x1-1 */
	int what;
};
#define PAD_MAX 16

/* What the overlays hold of a visitor; each close zeroes its part, so a
   kiosk's wipe (which leaves the overlay) forgets what was typed. */
static struct {
	struct cv_entry entry;     /* the date, or the code, as typed */
	const char *error;         /* one translated sentence, or NULL */
	struct pad_button pad[PAD_MAX];
	size_t npad;
} field;

static struct {
	struct cv_list list;
	size_t *at;                /* history indexes of the answers listed */
	size_t n;
} answers;

/* Wrapped text from row y; returns the next free row. */
static int
put_wrapped(struct cv *v, int y, const char *utf8, int indent, attr_t attr)
{
	struct layout l = { 0 };
	char *text = term_convert(v, utf8);
	int width = COLS - 2 - indent;
	size_t i;

	if (width < 8)
		width = 8;
	layout_wrap(&l, text, strlen(text), width, 0, 0);
	for (i = 0; i < l.count && y < LINES - 2; i++, y++)
		term_put(y, 1 + indent, l.lines[i].text, l.lines[i].len, width, attr);
	layout_free(&l);
	free(text);
	return y;
}

static void
field_close(struct cv *v)
{
	(void)v;
	memset(&field, 0, sizeof field);
}

/* ---- A date question's field ---- */

/*
 * The date keypad: a date by taps alone.
 *
 * A touch screen has no keyboard, so under the date field sit the ten
 * digits, "Delete" and "OK" as buttons. A keypad rather than day, month and
 * year steppers: any date takes the same eight digits and OK (nine taps;
 * steppers from today need up to twenty for a date in the last year), the
 * digits need no translation and no month names to decline, and what the
 * taps make is the same text a keyboard types, read by the same date_parse,
 * so a wrong date gets the same one-sentence error. The day and the month
 * are followed by the separator of the language's form ("DD/MM/YYYY",
 * "DD.MM.RRRR") as soon as they have two digits, so the field always shows
 * the form it asks for. Buttons are in reverse video (no colour needed) and
 * laid out as a telephone's keypad where there are rows for it, else in one
 * or two rows.
 */

static int
pad_separator(void)
{
	const char *h = date_format_hint();

	for (; *h != '\0'; h++)
		if ((unsigned char)*h < 0x80 && ((*h >= ' ' && *h <= '/') || *h == ':' || *h == '-'))
			return *h;
	return '/';
}

/* Where the field stands, if it holds what taps make (digits and the
   separator): how many separators, and the digits after the last one.
   False when something else was typed (words, another separator). */
static bool
pad_state(int sep, size_t *seps, size_t *group)
{
	size_t i;

	*seps = *group = 0;
	for (i = 0; i < field.entry.len; i++) {
		char c = field.entry.text[i];

		if (c == sep) {
			(*seps)++;
			*group = 0;
		} else if (c >= '0' && c <= '9') {
			(*group)++;
		} else {
			return false;
		}
	}
	return true;
}

/* A digit tapped: added to the field, with the separator after a day or a
   month of two digits, and no fifth digit to a year (only while the field
   holds what taps make; typed words are left as typed). */
static void
pad_digit(struct cv *v, int d)
{
	int sep = pad_separator();
	size_t seps, group;
	bool ours = pad_state(sep, &seps, &group);

	if (ours && seps >= 2 && group >= 4)
		return;
	if (ours && seps < 2 && group == 2)
		entry_type(&field.entry, v->t.utf8, (wint_t)sep);
	entry_type(&field.entry, v->t.utf8, (wint_t)('0' + d));
	if (pad_state(sep, &seps, &group) && seps < 2 && group == 2)
		entry_type(&field.entry, v->t.utf8, (wint_t)sep);
}

/* Delete tapped: the last character, and a separator the keypad added
   goes with the digit before it. */
static void
pad_erase(void)
{
	if (field.entry.len > 0 && field.entry.text[field.entry.len - 1] == pad_separator())
		entry_erase(&field.entry);
	entry_erase(&field.entry);
}

static void
pad_add(int y0, int y1, int x0, int x1, int what)
{
	if (field.npad < PAD_MAX)
		field.pad[field.npad++] = (struct pad_button){ y0, y1, x0, x1, what };
}

/* One button: its label in the middle of w columns of reverse video. */
static void
pad_draw_button(int y, int x, int w, const char *label, int what)
{
	int lw = layout_width(label, strlen(label));

	if (lw > w)
		lw = w;
	mvwhline(stdscr, y, x, ' ' | A_REVERSE, w);
	term_put(y, x + (w - lw) / 2, label, strlen(label), lw, A_REVERSE | A_BOLD);
	pad_add(y, y, x, x + w, what);
}

/* The keypad from row y, in as many rows as it needs (returns the next
   free row): a telephone's 3 by 4 where the screen has the rows, else all
   in one row, else two, else 3 by 4 in narrow buttons. */
static int
pad_draw(struct cv *v, int y, int last_row)
{
	char *del = term_convert(v, _("Delete")), *ok = term_convert(v, _("OK"));
	int ww = layout_width(del, strlen(del)), room = COLS - 2, dw, x, r, k;
	static const char order[] = "1234567890";
	int layout = 0;   /* 1: one row, 2: two rows, 4: telephone */
	int gap;

	if (layout_width(ok, strlen(ok)) > ww)
		ww = layout_width(ok, strlen(ok));
	ww += 2;
	if (LINES >= 20 && 3 * 10 + 2 <= room && ww <= 10) {
		layout = 4;
		dw = 10;
	} else {
		/* The widest digit buttons that fit in one row, else in two
		   (each loop stops at the width that fits, not one past it). */
		for (dw = 5; dw >= 3; dw--)
			if (10 * (dw + 1) + 2 * (ww + 1) <= room + 1) {
				layout = 1;
				break;
			}
		if (layout == 0)
			for (dw = 5; dw >= 3; dw--)
				if (5 * (dw + 1) + ww <= room) {
					layout = 2;
					break;
				}
		if (layout == 0) {
			layout = 4;
			dw = room >= 3 * 4 + 2 ? (room - 2) / 3 : 3;
			if (dw > 8)
				dw = 8;
		}
	}
	/* A blank row between a telephone keypad's rows where it fits, so a
	   finger that strays lands on nothing rather than the next digit. */
	gap = layout == 4 && y + 7 - 1 <= last_row - 2 && LINES >= 20 ? 1 : 0;
	if (y + (layout == 4 ? 4 + 3 * gap : layout) - 1 > last_row) {
		free(del);
		free(ok);
		return y;
	}
	if (layout == 1) {
		for (k = 0, x = 1; k < 10; k++, x += dw + 1)
			pad_draw_button(y, x, dw, (char[]){ order[k], '\0' }, order[k]);
		pad_draw_button(y, x, ww, del, PAD_ERASE);
		pad_draw_button(y, x + ww + 1, ww, ok, PAD_OK);
		y++;
	} else if (layout == 2) {
		for (r = 0; r < 2; r++, y++) {
			for (k = 0, x = 1; k < 5; k++, x += dw + 1)
				pad_draw_button(y, x, dw, (char[]){ order[5 * r + k], '\0' },
						order[5 * r + k]);
			pad_draw_button(y, x, ww, r == 0 ? del : ok, r == 0 ? PAD_ERASE : PAD_OK);
		}
	} else {
		for (r = 0; r < 3; r++, y += 1 + gap)
			for (k = 0, x = 1; k < 3; k++, x += dw + 1)
				pad_draw_button(y, x, dw, (char[]){ order[3 * r + k], '\0' },
						order[3 * r + k]);
		/* Delete, 0, OK: where a telephone has them. */
		pad_draw_button(y, 1, dw, del, PAD_ERASE);
		pad_draw_button(y, 1 + dw + 1, dw, "0", '0');
		pad_draw_button(y, 1 + 2 * (dw + 1), dw, ok, PAD_OK);
		y++;
	}
	free(del);
	free(ok);
	return y;
}

void
date_open(struct cv *v)
{
	cv_leave(v);
	v->mode = &cv_mode_date;
}

static const struct cv_hint date_hints[] = {
	{ "Enter", N_("OK"), '\r', false },
	/* TRANSLATORS: a key hint on a question that asks for a date. */
	{ "Tab", N_("skip"), KEY_TAB, false },
	{ "Esc", N_("back"), 27, false },
};

/* The question, the field, any error, the skip; then the screen's text,
   as much as fits: on a small terminal the field and the error come first. */
static void
date_draw(struct cv *v)
{
	const struct page *pg = &v->doc.page;
	const struct screen *sc = v->s->current;
	char *label, *l;
	int y = CV_BODY_TOP, entry_y;
	size_t b, k;

	field.npad = 0;
	draw_header(v, NULL, true);
	y = put_wrapped(v, y, pg->title, 0, A_BOLD);
	/* A blank before the field where the rows allow. */
	entry_y = y + 1 < LINES - 2 && LINES >= 16 ? y + 1 : y;
	y = entry_y + 1;
	if (v->o->mouse)
		y = pad_draw(v, y, LINES - 3);
	if (field.error != NULL)
		y = put_wrapped(v, y, field.error, 0, A_BOLD);
	if (pg->nactions > 0) {
		char *skip;
		int from = y;

		/* TRANSLATORS: under a date field; %s is the skip's label, as
		   "I don't have one yet". */
		xasprintf(&skip, _("Tab: %s"), pg->actions[0].label);
		y = put_wrapped(v, y, skip, 0, A_NORMAL);
		free(skip);
		/* The line names a key: a tap on it does what the key does. */
		if (y > from)
			pad_add(from, y - 1, 0, COLS, PAD_SKIP);
	}
	for (b = 0; b < sc->nbody; b++)
		for (k = 0; k < sc->body[b].nitems; k++)
			y = put_wrapped(v, y + 1, tr(&sc->body[b].items[k]), 0, A_NORMAL);
	mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
	draw_footer(v, date_hints, sizeof date_hints / sizeof date_hints[0]);
	/* TRANSLATORS: the label of a date field; %s is the form, "DD/MM/YYYY". */
	xasprintf(&label, _("Date (%s):"), pg->date_hint != NULL ? pg->date_hint : "");
	l = term_convert(v, label);
	if (entry_y < LINES - 2)
		entry_draw(v, &field.entry, entry_y, l);
	free(l);
	free(label);
}

static enum cv_result
date_field_key(struct cv *v, wint_t ch, bool keycode)
{
	struct date d;
	const char *err = NULL;

	if (!keycode && ch == 27) {
		cv_leave(v);
		if (session_back(v->s) == SESSION_OK)
			return CV_RELAYOUT;
		return CV_REDRAW;
	}
	if (!keycode && ch == KEY_TAB) {
		cv_leave(v);
		session_answer_date(v->s, NULL);
		return CV_RELAYOUT;
	}
	if (key_is_erase(ch, keycode)) {
		entry_erase(&field.entry);
		field.error = NULL;
		return CV_REDRAW;
	}
	if (key_is_enter(ch, keycode) && !(keycode && ch == KEY_RIGHT)) {
		if (field.entry.len == 0)
			return CV_NOTHING;
		if (date_parse(field.entry.text, lang_current(), v->o->today, &d, &err) != DATE_PARSED) {
			/* One sentence, and the question again with what was typed. */
			field.error = _(err);
			return CV_REDRAW;
		}
		cv_leave(v);
		session_answer_date(v->s, &d);
		return CV_RELAYOUT;
	}
	if (!keycode && entry_type(&field.entry, v->t.utf8, ch)) {
		field.error = NULL;
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

/* A tap on a keypad button, or on the "Tab: ..." line, acts on release
   over the same button it was pressed on (a finger sliding off does
   nothing), as a typed key would. */
static int pressed = -1;

static int
pad_at(int y, int x)
{
	size_t i;

	for (i = 0; i < field.npad; i++)
		if (y >= field.pad[i].y0 && y <= field.pad[i].y1
		    && x >= field.pad[i].x0 && x < field.pad[i].x1)
			return (int)i;
	return -1;
}

static enum cv_result
date_click(struct cv *v, int y, int x, bool release)
{
	int at = pad_at(y, x), what;

	if (!release) {
		pressed = at;
		return CV_NOTHING;
	}
	if (at < 0 || at != pressed) {
		pressed = -1;
		return CV_NOTHING;
	}
	pressed = -1;
	what = field.pad[at].what;
	if (what >= '0' && what <= '9') {
		pad_digit(v, what - '0');
		field.error = NULL;
		return CV_REDRAW;
	}
	if (what == PAD_ERASE) {
		pad_erase();
		field.error = NULL;
		return CV_REDRAW;
	}
	return date_field_key(v, (wint_t)what, false);
}

const struct cv_mode cv_mode_date = {
	"date", date_draw, NULL, date_field_key, date_click, NULL, field_close, NULL
};

/* ---- A journey code ---- */

void
code_open(struct cv *v)
{
	cv_leave(v);
	v->mode = &cv_mode_code;
}

static const struct cv_hint code_hints[] = {
	{ "Enter", N_("open"), '\r', false },
	{ "Esc", N_("cancel"), 27, false },
};

static void
code_draw(struct cv *v)
{
	char *label;

	int below;

	field.npad = 0;
	draw_header(v, _("Open a journey code"), false);
	below = put_wrapped(v, CV_BODY_TOP + 2,
			    _("Type the code from the end of a page, for example K7QW-3MXA, then press Enter."),
			    0, A_NORMAL);
	/* The line names Enter: a tap on it opens the code typed. */
	if (below > CV_BODY_TOP + 2)
		pad_add(CV_BODY_TOP + 2, below - 1, 0, COLS, PAD_OK);
	if (field.error != NULL)
		put_wrapped(v, CV_BODY_TOP + 5, field.error, 0, A_BOLD);
	mvwhline(stdscr, LINES - 2, 0, ACS_HLINE, COLS);
	draw_footer(v, code_hints, sizeof code_hints / sizeof code_hints[0]);
	label = term_convert(v, _("Code:"));
	entry_draw(v, &field.entry, CV_BODY_TOP, label);
	free(label);
}

static enum cv_result
code_key(struct cv *v, wint_t ch, bool keycode)
{
	struct jcode_journey j;
	enum jcode_status st;
	bool has[DATE_KEY_COUNT];
	struct date dates[DATE_KEY_COUNT];
	size_t k;

	if (!keycode && ch == 27) {
		cv_leave(v);
		return CV_REDRAW;
	}
	if (key_is_erase(ch, keycode)) {
		if (!entry_erase(&field.entry))
			cv_leave(v);
		field.error = NULL;
		return CV_REDRAW;
	}
	if (key_is_enter(ch, keycode) && !(keycode && ch == KEY_RIGHT)) {
		if (field.entry.len == 0)
			return CV_NOTHING;
		if ((st = jcode_decode(v->s->guide, field.entry.text, v->o->today, &j)) != JCODE_OK) {
			/* Says what is wrong, and asks again. */
			field.error = _(jcode_status_text(st));
			return CV_REDRAW;
		}
		for (k = 0; k < DATE_KEY_COUNT; k++) {
			has[k] = k < JCODE_NDATES && j.has[k];
			dates[k] = has[k] ? j.dates[k] : (struct date){ 0, 0, 0 };
		}
		cv_leave(v);
		session_open(v->s, j.screen, j.area, has, dates);
		return CV_RELAYOUT;
	}
	if (!keycode && entry_type(&field.entry, v->t.utf8, ch)) {
		field.error = NULL;
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
code_click(struct cv *v, int y, int x, bool release)
{
	int at = pad_at(y, x);

	if (!release || at < 0)
		return CV_NOTHING;
	return code_key(v, (wint_t)field.pad[at].what, false);
}

const struct cv_mode cv_mode_code = {
	"code", code_draw, NULL, code_key, code_click, NULL, field_close, NULL
};

/* ---- Your answers ---- */

void
answers_open(struct cv *v)
{
	struct page scratch = { 0 };
	size_t i;

	cv_leave(v);
	answers.at = xcalloc(v->s->depth + 1, sizeof *answers.at);
	answers.n = session_answered(v->s, answers.at, v->s->depth);
	answers.list.selectable = true;
	answers.list.numbered = true;
	for (i = 0; i < answers.n; i++) {
		char *line;

		/* TRANSLATORS: a line of "Your answers": the question, then the answer. */
		xasprintf(&line, _("%s: %s"), page_answer_question(&scratch, v->s, answers.at[i]),
			  page_answer_text(&scratch, v->s, answers.at[i]));
		list_add(&answers.list, term_convert(v, line));
		free(line);
	}
	page_free(&scratch);
	v->mode = &cv_mode_answers;
}

static const struct cv_hint answers_hints[] = {
	{ "Enter", N_("change"), '\r', false },
	{ "q", N_("cancel"), 'q', false },
};

static void
answers_draw(struct cv *v)
{
	draw_header(v, _("Your answers"), false);
	if (answers.n == 0)
		put_wrapped(v, CV_BODY_TOP, _("You have not answered any questions on this journey yet."),
			    0, A_NORMAL);
	else
		list_draw(v, &answers.list, CV_BODY_TOP);
	draw_footer(v, answers_hints, sizeof answers_hints / sizeof answers_hints[0]);
}

static void
answers_draw_selection(struct cv *v, size_t old)
{
	list_draw_row(v, &answers.list, CV_BODY_TOP, old);
	list_draw_row(v, &answers.list, CV_BODY_TOP, answers.list.sel);
}

/* Back to that question; the journey goes on from the new answer. */
static enum cv_result
answers_pick(struct cv *v)
{
	size_t at;

	if (answers.n == 0)
		return CV_NOTHING;
	at = answers.at[answers.list.shown[answers.list.sel]];
	cv_leave(v);
	session_revisit(v->s, at);
	return CV_RELAYOUT;
}

static enum cv_result
answers_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(&answers.list, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (key_is_enter(ch, keycode) || list_digit_pick(&answers.list, ch, keycode))
		return answers_pick(v);
	if (key_is_cancel(ch, keycode) || (!keycode && ch == 'y')) {
		cv_leave(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
answers_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(&answers.list, CV_BODY_TOP, y, release, &pick);

	(void)x;
	return pick ? answers_pick(v) : r;
}

static void
answers_resize(struct cv *v)
{
	(void)v;
	list_clamp(&answers.list, list_rows(CV_BODY_TOP));
}

static size_t
answers_selection(const struct cv *v)
{
	(void)v;
	return answers.list.sel;
}

static void
answers_close(struct cv *v)
{
	(void)v;
	list_free(&answers.list);
	if (answers.at != NULL)
		memset(answers.at, 0, answers.n * sizeof *answers.at);
	free(answers.at);
	memset(&answers, 0, sizeof answers);
}

const struct cv_mode cv_mode_answers = {
	"answers", answers_draw, answers_draw_selection, answers_key, answers_click,
	answers_resize, answers_close, answers_selection
};
