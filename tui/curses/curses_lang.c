/* curses_lang.c: the language overlay: each language named in its own words. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "lang.h"
#include "xalloc.h"

static struct cv_list langs_list;

void
lang_open(struct cv *v)
{
	size_t n, i;
	const struct language *langs = lang_list(&n);

	cv_leave(v);
	langs_list.selectable = true;
	langs_list.numbered = true;
	for (i = 0; i < n; i++) {
		list_add(&langs_list, term_convert(v, langs[i].native_name));
		if (strcmp(langs[i].code, lang_current()) == 0)
			langs_list.sel = i;
	}
	v->mode = &cv_mode_lang;
}

static const struct cv_hint lang_hints[] = {
	{ "Enter", N_("choose"), '\r', false },
	{ "q", N_("cancel"), 'q', false },
};

static void
lang_draw(struct cv *v)
{
	/* Said in English too: someone who cannot read the current language
	   is the one looking for this screen. */
	const char *t = _("Language");
	char *title;

	if (strcmp(t, "Language") != 0)
		xasprintf(&title, "%s / Language", t);
	else
		title = xstrdup(t);
	draw_header(v, title, false);
	free(title);
	list_draw(v, &langs_list, CV_BODY_TOP);
	draw_footer(v, lang_hints, sizeof lang_hints / sizeof lang_hints[0]);
}

static void
lang_draw_selection(struct cv *v, size_t old)
{
	list_draw_row(v, &langs_list, CV_BODY_TOP, old);
	list_draw_row(v, &langs_list, CV_BODY_TOP, langs_list.sel);
}

static enum cv_result
lang_pick(struct cv *v)
{
	size_t n;
	const struct language *langs = lang_list(&n);

	session_set_language(v->s, langs[langs_list.shown[langs_list.sel]].code);
	cv_leave(v);
	return CV_RELAYOUT;
}

static enum cv_result
lang_key(struct cv *v, wint_t ch, bool keycode)
{
	enum cv_result r = list_key(&langs_list, CV_BODY_TOP, ch, keycode, true);

	if (r != CV_NOTHING)
		return r;
	if (key_is_enter(ch, keycode) || list_digit_pick(&langs_list, ch, keycode))
		return lang_pick(v);
	if (key_is_cancel(ch, keycode) || (!keycode && ch == 'l')) {
		cv_leave(v);
		return CV_REDRAW;
	}
	return CV_NOTHING;
}

static enum cv_result
lang_click(struct cv *v, int y, int x, bool release)
{
	bool pick;
	enum cv_result r = list_click(&langs_list, CV_BODY_TOP, y, release, &pick);

	(void)x;
	return pick ? lang_pick(v) : r;
}

static void
lang_resize(struct cv *v)
{
	(void)v;
	list_clamp(&langs_list, list_rows(CV_BODY_TOP));
}

static size_t
lang_selection(const struct cv *v)
{
	(void)v;
	return langs_list.sel;
}

static void
lang_close(struct cv *v)
{
	(void)v;
	list_free(&langs_list);
}

const struct cv_mode cv_mode_lang = {
	"language", lang_draw, lang_draw_selection, lang_key, lang_click, lang_resize,
	lang_close, lang_selection
};
