/* curses_view.h: the full-screen view's shared state, modes and drawing helpers (internal). */
#ifndef SENDGUIDE_CURSES_VIEW_H
#define SENDGUIDE_CURSES_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <curses.h>

#include "layout.h"
#include "page.h"
#include "search.h"
#include "session.h"
#include "views.h"

/* Below this the guide shows only "terminal too small": a header, a rule,
   two body lines, the "more" rule and the key line need six rows, and
   twenty columns fit "? help" and a short choice. */
#define CV_MIN_COLS 20
#define CV_MIN_ROWS 6

/* Rows the chrome takes: header, rule under it, "more" rule, key line. */
#define CV_BODY_TOP 2
#define CV_CHROME_ROWS 4

/* What a key handler wants to happen next (htop's HandlerResult): the loop,
   not the handler, decides how much to repaint. */
enum cv_result {
	CV_NOTHING,     /* the key meant nothing here */
	CV_SELECTION,   /* only the selection moved: repaint old and new rows */
	CV_REDRAW,      /* repaint the mode (erase + draw: ncurses sends the difference) */
	CV_RELAYOUT,    /* the screen or language changed: wrap again, then repaint */
	CV_QUIT         /* leave the view */
};

/* What a line of the screen's document is, for its emphasis. */
enum cv_style {
	CV_STYLE_TEXT,
	CV_STYLE_TITLE,
	CV_STYLE_HEADING,    /* "Contacts for ...", a provider's name */
	CV_STYLE_IMPORTANT,  /* the "Important:" marker line */
	CV_STYLE_NOTE,       /* "not yet reviewed translation", sources */
	CV_STYLE_CHOICE,
	CV_STYLE_QR          /* a QR code: white on black where there is colour */
};

/* A choosable item of the document: page action number action (the same
   index as the item's), and its lines. */
struct cv_item {
	size_t first, last;      /* its lines in the document */
};

/* One line of the document: a slice of text that lives as long as the
   layout (content strings, catalogue strings, or the view's string pool). */
struct cv_line {
	const char *text;
	size_t len;
	int indent;
	enum cv_style style;
	int item;                /* the item this line belongs to, or -1 */
	bool item_start;         /* draw the marker and number here */
};

/* A list of one-line entries (search hits, areas, languages, help). */
struct cv_list {
	char **labels;           /* owned, already in the locale's encoding */
	size_t count;
	size_t *shown;           /* indexes of labels that pass the filter */
	size_t nshown;
	size_t sel, top;         /* in shown */
	bool numbered;
	bool selectable;         /* false: help text, scroll only */
};

struct cv;

/* A mode is one screen or overlay: the guide's screen, help, search, area,
   language, quit confirmation, out of order. The loop calls draw after
   erase(), draw_selection when a handler returned CV_SELECTION, key for each
   key and mouse for each click. Kiosk overlays ("Still there?") are one more
   entry. */
struct cv_mode {
	const char *name;
	void (*draw)(struct cv *v);
	void (*draw_selection)(struct cv *v, size_t old);
	enum cv_result (*key)(struct cv *v, wint_t ch, bool keycode);       /* may be NULL */
	enum cv_result (*click)(struct cv *v, int y, int x, bool release);  /* may be NULL */
	void (*resize)(struct cv *v);    /* the terminal changed size; may be NULL */
};

extern const struct cv_mode cv_mode_screen, cv_mode_help, cv_mode_search_input,
	cv_mode_search_results, cv_mode_area, cv_mode_lang, cv_mode_quit,
	cv_mode_out_of_order;

/* A clickable footer hint: its columns and the key it stands for. */
struct cv_hint_spot {
	int x0, x1;
	wint_t key;
	bool keycode;
};
#define CV_MAX_HINTS 12

struct cv {
	struct session *s;
	const struct view_options *o;
	const struct cv_mode *mode;

	/* The current screen's page, as wrapped lines and choosable items. */
	struct page page;
	struct layout wrap;          /* scratch for layout_wrap */
	struct cv_line *lines;
	size_t nlines, lines_cap;
	struct cv_item *items;
	size_t nitems, items_cap;
	char **pool;                 /* strings the document owns */
	size_t npool, pool_cap;
	int laid_out_cols;           /* width the document was wrapped to */
	size_t sel, top;             /* selected item; first document line shown */
	size_t old_sel;              /* the selection last painted, for CV_SELECTION */
	size_t chosen;               /* the item chosen by this key, or SIZE_MAX */
	size_t *marks;               /* sel and top of each screen in the history */
	size_t nmarks, marks_cap;

	/* Overlays. */
	struct cv_list list;
	char filter[128];            /* typed text: search query or area filter */
	size_t filter_len;
	bool entry_focus;            /* the cursor belongs in the text entry */
	char **folded;               /* area chooser: folded names, matching list.labels */
	const struct screen **hits;  /* search results */
	size_t nhits;
	const struct area **areas;   /* area chooser: list index -> area */
	const struct cv_mode *return_to;  /* the mode the quit prompt covers */

	struct cv_hint_spot hints[CV_MAX_HINTS];
	size_t nhints;
	int cursor_y, cursor_x;      /* where the terminal cursor rests */

	bool too_small;
	bool utf8;                   /* the locale's codeset is UTF-8 */
	bool colour;
	int exit_status;

	/* Hook points for the kiosk, NULL when unused. timeout_ms: how long the
	   loop may sleep (-1: until input). tick: the sleep ran out. filter_key:
	   sees every key first; returns true when it used the key up. */
	void *kiosk;
	int (*timeout_ms)(struct cv *v);
	enum cv_result (*tick)(struct cv *v);
	bool (*filter_key)(struct cv *v, wint_t ch, bool keycode, enum cv_result *r);
};

/* curses_term.c */
bool term_start(struct cv *v);
void term_stop(void);
/* The signal that asked the view to end (SIGTERM, SIGINT, SIGHUP), or 0. */
int term_pending_signal(void);
void term_note_hangup(void);
struct pollfd;
/* Wait for input on p (one descriptor) for timeout_ms (-1: no limit); the
   view's signals are let in only here. Returns as poll(). */
int term_wait(struct pollfd *p, int timeout_ms);
/* Content text (UTF-8) in the locale's encoding, always a copy the caller
   frees (transliterated outside a UTF-8 locale). */
char *term_convert(struct cv *v, const char *utf8);
/* Draw len bytes of locale text at (y, x), at most maxcols columns; returns
   the columns used. Refused characters (textsafe.h) are shown as '?'. */
int term_put(int y, int x, const char *s, size_t len, int maxcols, attr_t attr);
attr_t term_attr(const struct cv *v, enum cv_style style);
/* Fill the rest of row y from column x with blanks of attr. */
void term_fill(int y, int x, attr_t attr);

/* curses_draw.c */
/* term_convert's text kept in the document's pool (the same pointer in a
   UTF-8 locale): lives as long as the current layout. */
const char *term_text(struct cv *v, const char *utf8);
void draw_layout_screen(struct cv *v);
void draw_free_document(struct cv *v);
char *draw_pool_keep(struct cv *v, char *s);
size_t draw_body_rows(void);
void draw_header(struct cv *v, const char *title, bool breadcrumb);
/* The key line: pairs of key and translated action, most important first;
   as many as fit are drawn, and each is clickable. */
struct cv_hint {
	const char *key;      /* the key as shown: "Enter", "b", "?" */
	const char *action;   /* N_() string */
	wint_t code;
	bool keycode;
};
void draw_footer(struct cv *v, const struct cv_hint *h, size_t n);
void draw_more_rule(struct cv *v, bool above, bool below);
void draw_screen(struct cv *v);
void draw_screen_selection(struct cv *v, size_t old);
void draw_item_rows(struct cv *v, size_t item);
void draw_too_small(struct cv *v);
bool draw_item_visible(const struct cv *v, size_t item);
void draw_scroll_to_item(struct cv *v, size_t item);
void draw_clamp_scroll(struct cv *v);
void draw_list(struct cv *v, int top_row);
void draw_list_row(struct cv *v, int top_row, size_t idx);
void draw_list_clamp(struct cv_list *l, size_t rows);
void draw_message(struct cv *v, const char *msg);

/* curses_prompt.c */
void prompt_open_help(struct cv *v);
void prompt_open_search(struct cv *v);
void prompt_open_area(struct cv *v);
void prompt_open_lang(struct cv *v);
void prompt_open_quit(struct cv *v);
void prompt_close(struct cv *v);
void list_free(struct cv_list *l);

/* curses_kiosk.c: kiosk mode's hooks, wipe and touch actions. */
extern const struct cv_mode cv_mode_still_there;
/* Fill the kiosk hooks when o->kiosk (only the staff exit without a session). */
void cv_kiosk_start(struct cv *v);
/* Forget what the view holds of a visitor (searches, scroll places, the
   timer); session_forget() forgets the journey itself. */
void cv_kiosk_forget(struct cv *v);
/* The kiosk's key line: Back, Start again, Area, Language, Help as buttons. */
void cv_kiosk_draw_actions(struct cv *v);
/* A provider's phone and web address as QR codes, where they fit: calls add
   with each line (malloc'd, handed over) for the document. */
struct provider;
void cv_qr_provider(struct cv *v, const struct provider *p,
		    void (*add)(struct cv *v, char *text, enum cv_style style));

#endif
