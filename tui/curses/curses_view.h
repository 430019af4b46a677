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
	bool read_more;          /* the "Read more" line: a tap unfolds the text */
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

/* A line of typed text (search words, an area's name), as UTF-8. */
struct cv_entry {
	char text[128];
	size_t len;
};

/* A mode is one screen or overlay, each in a file of its own that keeps its
   own state (tmux's window modes, ncdu's screens): the guide's screen
   (curses_view.c), help, search, area, language, quit (curses_help.c ...
   curses_quit.c), "Still there?" (curses_still.c) and out of order
   (curses_kiosk.c). The loop calls draw after erase(), draw_selection when
   a handler returned CV_SELECTION, key for each key and click for each
   click; close frees and zeroes the mode's state when it is left. */
struct cv_mode {
	const char *name;
	void (*draw)(struct cv *v);
	void (*draw_selection)(struct cv *v, size_t old);                   /* may be NULL */
	enum cv_result (*key)(struct cv *v, wint_t ch, bool keycode);       /* may be NULL */
	enum cv_result (*click)(struct cv *v, int y, int x, bool release);  /* may be NULL */
	void (*resize)(struct cv *v);    /* the terminal changed size; may be NULL */
	void (*close)(struct cv *v);     /* forget the mode's state; may be NULL */
	/* The selection draw_selection compares against; NULL: the screen's. */
	size_t (*selection)(const struct cv *v);
};

extern const struct cv_mode cv_mode_screen, cv_mode_help, cv_mode_search_input,
	cv_mode_search_results, cv_mode_area, cv_mode_lang, cv_mode_quit,
	cv_mode_still_there, cv_mode_out_of_order, cv_mode_date, cv_mode_answers, cv_mode_code;

/* A clickable footer hint: its columns and the key it stands for. */
struct cv_hint_spot {
	int x0, x1;
	wint_t key;
	bool keycode;
};
#define CV_MAX_HINTS 12

/* The current screen's page laid out as wrapped lines and choosable items,
   built once per screen, language and width (curses_draw.c). */
struct cv_doc {
	struct page page;
	struct layout wrap;          /* scratch for layout_wrap */
	struct cv_line *lines;
	size_t nlines, lines_cap;
	struct cv_item *items;       /* item i is the page's action i */
	size_t nitems, items_cap;
	char **pool;                 /* strings the document owns */
	size_t npool, pool_cap;
	int laid_out_cols;           /* width the document was wrapped to */
};

/* Where the reader is in the document, and where they were on each screen
   of the history, so back lands on the same choice and text. */
struct cv_place {
	size_t sel, top;             /* selected item; first document line shown */
	size_t old_sel;              /* the selection last painted, for CV_SELECTION */
	size_t chosen;               /* the item chosen by this key, or SIZE_MAX */
	/* A first digit that may begin a two-digit choice (screens of ten
	   or more), shown on the key line until a second digit or Enter. */
	int digit;                   /* 0: none */
	bool unfolded;               /* "Read more" was chosen on this screen */
	size_t *marks;               /* sel and top of each screen in the history */
	size_t nmarks, marks_cap;
};

/* What the terminal shows besides the document. */
struct cv_term {
	struct cv_hint_spot hints[CV_MAX_HINTS];  /* the clickable key line */
	size_t nhints;
	/* The "more above / more below" rule as drawn: a tap on it pages (its
	   left half up, its right half down when both are there). */
	bool more_above, more_below;
	int more_below_x;            /* where "more below" is written on it */
	int cursor_y, cursor_x;      /* where the terminal cursor rests */
	bool too_small;
	bool utf8;                   /* the locale's codeset is UTF-8 */
	/* A line the screen shows over its rule until the next key or tap
	   ("Your area is now Leicester."), as UTF-8; empty: none. */
	char notice[256];
	bool size_notice;            /* the notice says the window is too large */
	bool colour;
};

/* Hook points for the kiosk, NULL when unused. timeout_ms: how long the loop
   may sleep (-1: until input). tick: the sleep ran out. filter_key: sees
   every key first; returns true when it used the key up. */
struct cv_hooks {
	int (*timeout_ms)(struct cv *v);
	enum cv_result (*tick)(struct cv *v);
	bool (*filter_key)(struct cv *v, wint_t ch, bool keycode, enum cv_result *r);
};

/* The full-screen view. Each overlay keeps its own state in its own file. */
struct cv {
	struct session *s;
	const struct view_options *o;
	const struct cv_mode *mode;
	const struct cv_mode *base;  /* the mode an overlay returns to */
	struct cv_doc doc;
	struct cv_place at;
	struct cv_term t;
	struct cv_hooks hooks;
	int exit_status;
};

/* curses_term.c */
bool term_start(struct cv *v);
void term_stop(void);
/* The signal that asked the view to end (SIGTERM, SIGINT, SIGHUP), or 0. */
int term_pending_signal(void);
void term_note_hangup(void);
/* Whether the terminal is larger than the view draws within (winsize.h). */
bool term_capped(void);
/* wget_wch, but an escape sequence ncurses does not know is read whole and
   either taken as the key it stands for in another terminal (arrows, Home,
   End, Page Up/Down) or ignored: never as its digits and letters. */
int term_get_key(wint_t *ch);
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
void draw_message(struct cv *v, const char *msg);
/* The kiosk's key line: Back, Start again, Area, Language, Help as buttons. */
void draw_touch_bar(struct cv *v);

/* curses_list.c: the widgets the overlays share, and leaving an overlay. */
/* Close the current mode (its close function) and return to the base mode. */
void cv_leave(struct cv *v);
void list_add(struct cv_list *l, char *label);
void list_free(struct cv_list *l);
size_t list_rows(int top_row);
void list_clamp(struct cv_list *l, size_t rows);
void list_draw(struct cv *v, struct cv_list *l, int top_row);
void list_draw_row(struct cv *v, struct cv_list *l, int top_row, size_t idx);
/* Keys every list shares (moving, scrolling); CV_NOTHING when not one. */
enum cv_result list_key(struct cv_list *l, int top_row, wint_t ch, bool keycode, bool letters_move);
enum cv_result list_click(struct cv_list *l, int top_row, int y, bool release, bool *pick);
/* A digit 1-9 picks that entry of the list as shown. */
bool list_digit_pick(struct cv_list *l, wint_t ch, bool keycode);
bool key_is_cancel(wint_t ch, bool keycode);
bool key_is_enter(wint_t ch, bool keycode);
bool key_is_erase(wint_t ch, bool keycode);
bool entry_type(struct cv_entry *e, bool utf8, wint_t ch);
bool entry_erase(struct cv_entry *e);
void entry_draw(struct cv *v, const struct cv_entry *e, int y, const char *label);

/* The overlays, each opened from the guide's screen (curses_*.c). */
void help_open(struct cv *v);
void search_open(struct cv *v);
void area_open(struct cv *v);
void lang_open(struct cv *v);
void quit_open(struct cv *v);
/* curses_date.c: the date field of a date question; "Your answers"; a
   journey code to open. */
void date_open(struct cv *v);
void answers_open(struct cv *v);
void code_open(struct cv *v);
/* curses_still.c: show or update "Still there?" with the seconds left; hide it. */
void still_show(struct cv *v, unsigned seconds_left);
void still_hide(struct cv *v);

/* curses_qr.c: a provider's phone and web address as QR codes of at most
   max_rows rows, where they fit: calls add with each line (malloc'd,
   handed over) for the document. */
struct provider;
void qr_card(struct cv *v, const struct provider *p, int max_rows,
	     void (*add)(struct cv *v, char *text, enum cv_style style));
/* An outcome's summary as one QR code (a kiosk visitor keeps it by phone):
   what to do, the dates, the main contact and the journey code, within
   what a camera reads from a screen; none where it does not fit. */
struct page;
void qr_summary(struct cv *v, const struct page *pg, int max_rows,
		void (*add)(struct cv *v, char *text, enum cv_style style));
/* The text that code carries (malloc'd), or NULL when the page has no code. */
char *qr_summary_text(const struct page *pg);

/* curses_kiosk.c: kiosk mode's hooks. */
/* Fill the kiosk hooks when o->kiosk (only the staff exit without a session). */
void cv_kiosk_start(struct cv *v);
/* Forget what the view holds of a visitor (overlays, scroll places, the
   timer); session_forget() forgets the journey itself. */
void cv_kiosk_forget(struct cv *v);

/* curses_speech.c: the view aloud (speech.h), when --speak or --speak-log. */
/* Start speaking as v->o asks; false with *err when the log cannot be opened. */
bool cv_talk_start(struct cv *v, const char **err);
/* End speaking; call after the terminal is given back (it may write to stderr). */
void cv_talk_stop(void);
bool cv_talk_on(void);
/* Every key or tap, before anything else: stops what is being said. */
void cv_talk_heard(wint_t ch, bool keycode);
/* The speech keys on the guide's screen (r, [ ], - +); true when used up. */
bool cv_talk_key(struct cv *v, wint_t ch, bool keycode, enum cv_result *r);
/* After each paint: say what changed. */
void cv_talk_painted(struct cv *v);
/* A kiosk forgets its visitor: stop, and keep nothing said. */
void cv_talk_forget(struct cv *v);

#endif
