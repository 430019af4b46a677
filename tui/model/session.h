/* session.h: where one person is in the guide, and the journey's rules: choose, back, area, language, finish, forget. No I/O. */
#ifndef SENDGUIDE_SESSION_H
#define SENDGUIDE_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "calendar.h"
#include "guide.h"

/* What was answered on a screen the journey left: the choice taken, or a
   date given or skipped. One for each screen in the history. */
struct session_answer {
	size_t choice;           /* the choice taken; SESSION_NO_CHOICE: none */
	bool dated;              /* a date question answered with date */
	bool skipped;            /* a date question skipped */
	bool dates_from;         /* an outcome left to work out its dates */
	struct date date;
};
#define SESSION_NO_CHOICE ((size_t)-1)

struct session {
	const struct guide *guide;
	const struct screen *current;
	const struct screen **history;  /* screens before current, oldest first */
	size_t depth, cap;
	const struct area *area;        /* NULL until chosen */
	struct session_answer *answers; /* answers[i]: what was done on history[i] */
	/* The dates given (date questions, or a journey code). Never written
	   anywhere; session_forget zeroes them. */
	bool has_date[DATE_KEY_COUNT];
	struct date dates[DATE_KEY_COUNT];
	/* The current screen's body is open ("Tell me more"): any move closes it. */
	bool more;
	/* The current screen's contacts show every detail ("All contact
	   details"), not one line each: any move closes them. */
	bool details;
	/* "Work out my dates" from this outcome: the date questions return here. */
	const struct screen *dates_return;
	/* "Your answers": the journey after the answer being changed, replayed
	   while it still applies (session_revisit). */
	const struct screen **replay;
	struct session_answer *replay_answers;
	size_t nreplay;
	const struct screen *replay_end;
	/* The dates came from a journey code (session_open), not typed: each
	   page then says which dates it read, so a wrong one is seen. */
	bool dates_from_code;
	/* What a kiosk returns to for the next visitor (session_keep_home). */
	bool kiosk;
	const struct area *home_area;
	char home_lang[16];
};

enum session_status {
	SESSION_OK,
	SESSION_NO_SUCH_CHOICE,   /* index out of range: nothing changed */
	SESSION_AT_START,         /* back with no history: nothing changed */
	SESSION_NO_SUCH_SCREEN,   /* session_init: no screen with that id */
	SESSION_NO_SUCH_LANGUAGE  /* session_set_language: no such catalogue */
};

/* Start at the screen with id node (--node), or the guide's start when node
   is NULL. On SESSION_NO_SUCH_SCREEN the session starts at the guide's
   start, so it can still be freed. */
enum session_status session_init(struct session *s, const struct guide *g, const char *node);
enum session_status session_choose(struct session *s, size_t index);
enum session_status session_back(struct session *s);
/* To the first screen with no history; the area and language stay. */
void session_restart(struct session *s);
/* Go to a screen found by search or offered by the page (a redirect,
   national advice): the current screen joins the history. */
void session_jump(struct session *s, const struct screen *to);

/* Answer the current date question with *d, or skip it (d NULL): the
   date is kept under the screen's key and the journey goes on. */
enum session_status session_answer_date(struct session *s, const struct date *d);
/* The answers to show on "Your answers": the indexes into history of the
   question and date screens answered, in order; returns how many (up to max). */
size_t session_answered(const struct session *s, size_t *out, size_t max);
/* Back to the screen at history index i to answer it again. What came
   after it is kept aside: once the new answer is given, each later answer
   is given again while its screen is reached and it is still offered, so
   a change that leaves the rest as it was returns to the same outcome with
   the other answers (and dates) kept. Where the journey goes elsewhere,
   the rest is forgotten and it goes on from there. */
enum session_status session_revisit(struct session *s, size_t i);
/* Open a screen as a journey code names it: no history, this area and
   these dates (has, dates: DATE_KEY_COUNT each). */
void session_open(struct session *s, const struct screen *sc, const struct area *a,
		  const bool *has, const struct date *dates);

/* The journey marks the answers so far have left (guide.h). */
unsigned session_marks(const struct session *s);
/* Whether choice ch of the current screen fits the journey: its marks and,
   for a choice about one region, the area chosen. */
bool session_offers(const struct session *s, const struct choice *ch);
/* Open the current screen's body (its summary stays first). */
void session_more(struct session *s);
/* Show every detail of the current screen's contacts. */
void session_details(struct session *s);
/* The date question "Work out my dates" leads to from the current outcome,
   or NULL: only on an outcome with deadlines and no decision letter date. */
const struct screen *session_dates_screen(const struct session *s);
/* Go to it; the date questions then return to this outcome. */
void session_work_out_dates(struct session *s);

/* Whether a screen lists contacts for the chosen area. */
bool session_lists_contacts(const struct screen *sc);
/* Choose the visitor's area. Choosing never moves the visitor: an area
   outside England (one with a redirect) is offered on the contacts screens
   as the screen that says where to go instead (session_redirect). */
void session_set_area(struct session *s, const struct area *a);
/* The screen the chosen area sends people to from the current screen, or
   NULL: only on a screen that lists contacts, and never to itself. */
const struct screen *session_redirect(const struct session *s);
/* What a typed council name leads to (session_find_area): a next step
   always, never a dead end. */
enum area_answer_kind {
	AREA_ANSWER_ONE,        /* one council matches: choose it */
	AREA_ANSWER_SEVERAL,    /* several match: the person picks one */
	AREA_ANSWER_NEAREST,    /* none as typed: the nearest names (misspelt) */
	AREA_ANSWER_NONE        /* nothing near: the "not listed" route only */
};
#define AREA_ANSWER_MAX 9

struct area_answer {
	enum area_answer_kind kind;
	const struct area *areas[AREA_ANSWER_MAX];  /* best first */
	size_t nareas;
	size_t total;                 /* matches, of which nareas are listed */
	/* The "My council is not listed" screen (or the national advice),
	   offered after the list, and alone for AREA_ANSWER_NONE; may be NULL. */
	const struct screen *not_listed;
};

/* Find the council a person typed (areafind.h: names, official names,
   aliases, misspellings; an area's id too). Chooses nothing. */
void session_find_area(const struct session *s, const char *typed, struct area_answer *out);

/* Switch interface and content language (lang.h) for this visitor. */
enum session_status session_set_language(struct session *s, const char *code);

/* Remember the current area and language as what a kiosk returns to. */
void session_keep_home(struct session *s, bool kiosk);
/* Forget everything a visitor did: history (its memory zeroed, not just
   dropped), area and language back to the kept home. Both views call this
   for the kiosk's idle reset and its "Finished". */
void session_forget(struct session *s);
/* The visitor says they are done: a kiosk forgets them (session_forget),
   otherwise the guide starts again. Returns true when it forgot, so the
   view forgets what it holds too (searches, scroll places). */
bool session_finish(struct session *s);

/* session_forget without the home: no history, no area, the first screen. */
void session_wipe(struct session *s);
void session_free(struct session *s);

#endif
