/* session.c: journey state and the journey's rules, shared by both views. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "areafind.h"
#include "lang.h"
#include "session.h"
#include "xalloc.h"

enum session_status
session_init(struct session *s, const struct guide *g, const char *node)
{
	const struct screen *at = g->start;

	memset(s, 0, sizeof *s);
	s->guide = g;
	if (node != NULL && (at = guide_find_screen(g, node)) == NULL) {
		s->current = g->start;
		return SESSION_NO_SUCH_SCREEN;
	}
	s->current = at;
	return SESSION_OK;
}

/* Leave sc for another screen, remembering what was answered on it. */
static void
push_answer(struct session *s, const struct screen *sc, struct session_answer a)
{
	if (s->depth == s->cap) {
		size_t old = s->cap;
		struct session_answer *grown;

		s->cap = s->cap ? s->cap * 2 : 16;
		s->history = xreallocarray(s->history, s->cap, sizeof *s->history);
		/* Answers hold dates: copy them and zero the old block rather than
		   let realloc leave a copy in freed memory. */
		grown = xcalloc(s->cap, sizeof *grown);
		if (old > 0) {
			memcpy(grown, s->answers, old * sizeof *grown);
			memset(s->answers, 0, old * sizeof *grown);
		}
		free(s->answers);
		s->answers = grown;
	}
	s->answers[s->depth] = a;
	s->history[s->depth++] = sc;
}

static void
push(struct session *s, const struct screen *sc)
{
	push_answer(s, sc, (struct session_answer){ .choice = SESSION_NO_CHOICE });
}

/* Forget the history from index i on, and the dates answered there. */
static void
drop_from(struct session *s, size_t i)
{
	size_t k;

	for (k = i; k < s->depth; k++)
		if (s->history[k]->kind == SCREEN_DATE
		    && (s->answers[k].dated || s->answers[k].skipped)) {
			s->has_date[s->history[k]->stores] = false;
			memset(&s->dates[s->history[k]->stores], 0, sizeof s->dates[0]);
		}
	memset(s->history + i, 0, (s->depth - i) * sizeof *s->history);
	memset(s->answers + i, 0, (s->depth - i) * sizeof *s->answers);
	s->depth = i;
}

/* Any move closes what the reader opened on the screen it leaves: its
   body ("Tell me more") and its contacts' details. */
static void
close_opened(struct session *s)
{
	s->more = false;
	s->details = false;
}

/* The journey kept aside by session_revisit: forgotten, its dates zeroed. */
static void
clear_replay(struct session *s)
{
	if (s->replay_answers != NULL)
		memset(s->replay_answers, 0, s->nreplay * sizeof *s->replay_answers);
	free(s->replay);
	free(s->replay_answers);
	s->replay = NULL;
	s->replay_answers = NULL;
	s->nreplay = 0;
	s->replay_end = NULL;
}

/* A date question is part of "Work out my dates" when the date questions
   before it were entered from an outcome's "Work out my dates". */
static void
settle_dates_return(struct session *s)
{
	size_t k = s->depth;

	s->dates_return = NULL;
	if (s->current->kind != SCREEN_DATE)
		return;
	while (k > 0 && s->history[k - 1]->kind == SCREEN_DATE)
		k--;
	if (k > 0 && s->answers[k - 1].dates_from)
		s->dates_return = s->history[k - 1];
}

unsigned
session_marks(const struct session *s)
{
	unsigned m = 0;
	size_t i;

	for (i = 0; i < s->depth; i++)
		if (s->answers[i].choice < s->history[i]->nchoices)
			m |= s->history[i]->choices[s->answers[i].choice].marks;
	return m;
}

bool
session_offers(const struct session *s, const struct choice *ch)
{
	if (ch->unless & session_marks(s))
		return false;
	/* "My council is in the East Midlands but not listed" fits no council
	   of another region. */
	if (ch->region != NULL && s->area != NULL && s->area->region != ch->region)
		return false;
	return true;
}

static void
choose_raw(struct session *s, size_t index)
{
	push_answer(s, s->current, (struct session_answer){ .choice = index });
	s->current = s->current->choices[index].target;
}

/* Whether the outcome o works a date out of the date key k. */
static bool
dates_need(const struct screen *o, enum date_key k)
{
	return k == DATE_KEY_LETTER ? o->deadlines != 0 : (o->deadlines & DEADLINE_APPEAL) != 0;
}

/* The date question that asks for date key k (the first, in file order). */
static const struct screen *
date_question(const struct guide *g, enum date_key k)
{
	size_t i;

	for (i = 0; i < g->nscreens; i++)
		if (g->screens[i].kind == SCREEN_DATE && g->screens[i].stores == k
		    && g->screens[i].nchoices > 0)
			return &g->screens[i];
	return NULL;
}

static void
answer_date_raw(struct session *s, const struct date *d)
{
	const struct screen *sc = s->current, *to, *cert;
	struct session_answer a = { .choice = SESSION_NO_CHOICE };

	/* A date typed now replaces the code's: the dates are the reader's. */
	s->dates_from_code = false;
	if (d != NULL) {
		a.dated = true;
		a.date = *d;
		s->dates[sc->stores] = *d;
		s->has_date[sc->stores] = true;
	} else {
		a.skipped = true;
		memset(&s->dates[sc->stores], 0, sizeof s->dates[0]);
		s->has_date[sc->stores] = false;
	}
	push_answer(s, sc, a);
	if (s->dates_return != NULL) {
		/* "Work out my dates" asks what its outcome needs, then goes
		   back to it: the certificate after the letter when the outcome
		   works out an appeal deadline and has none yet; a certificate
		   in hand leads where the question says (no need to ask
		   whether to get one). */
		cert = sc->stores == DATE_KEY_LETTER ? date_question(s->guide, DATE_KEY_CERTIFICATE)
						       : NULL;
		if (cert != NULL && dates_need(s->dates_return, DATE_KEY_CERTIFICATE)
		    && !s->has_date[DATE_KEY_CERTIFICATE])
			to = cert;
		else if (d != NULL && sc->stores != DATE_KEY_LETTER && sc->next_dated != NULL)
			to = sc->next_dated;
		else
			to = s->dates_return;
	} else
		/* With the date given, a question may lead elsewhere. */
		to = d != NULL && sc->next_dated != NULL ? sc->next_dated : sc->choices[0].target;
	if (to->kind != SCREEN_DATE)
		s->dates_return = NULL;
	s->current = to;
}

static void
work_out_raw(struct session *s, const struct screen *to)
{
	const struct screen *from = s->current;

	push_answer(s, from, (struct session_answer){ .choice = SESSION_NO_CHOICE,
						      .dates_from = true });
	s->current = to;
	s->dates_return = from;
}

static void
jump_raw(struct session *s, const struct screen *to)
{
	push(s, s->current);
	s->current = to;
	s->dates_return = NULL;
}

/* Give the kept-aside answers again while each one's screen is reached
   and the answer is still offered there (session_revisit). */
static void
replay(struct session *s)
{
	size_t k = 0, j;

	while (k < s->nreplay) {
		struct session_answer a;
		const struct screen *dq;

		for (j = k; j < s->nreplay && s->replay[j] != s->current; j++)
			;
		if (j == s->nreplay)
			break;
		a = s->replay_answers[j];
		if (a.dated || a.skipped) {
			if (s->current->kind != SCREEN_DATE || s->current->nchoices == 0)
				break;
			answer_date_raw(s, a.dated ? &a.date : NULL);
		} else if (a.dates_from) {
			if ((dq = session_dates_screen(s)) == NULL)
				break;
			work_out_raw(s, dq);
		} else if (a.choice != SESSION_NO_CHOICE) {
			if (a.choice >= s->current->nchoices
			    || !session_offers(s, &s->current->choices[a.choice]))
				break;
			choose_raw(s, a.choice);
		} else
			jump_raw(s, j + 1 < s->nreplay ? s->replay[j + 1] : s->replay_end);
		k = j + 1;
	}
	clear_replay(s);
}

enum session_status
session_choose(struct session *s, size_t index)
{
	if (index >= s->current->nchoices)
		return SESSION_NO_SUCH_CHOICE;
	close_opened(s);
	choose_raw(s, index);
	replay(s);
	return SESSION_OK;
}

enum session_status
session_answer_date(struct session *s, const struct date *d)
{
	const struct screen *sc = s->current;

	if (sc->kind != SCREEN_DATE || sc->nchoices == 0)
		return SESSION_NO_SUCH_CHOICE;
	close_opened(s);
	answer_date_raw(s, d);
	replay(s);
	return SESSION_OK;
}

void
session_more(struct session *s)
{
	s->more = true;
}

void
session_details(struct session *s)
{
	s->details = true;
}

const struct screen *
session_dates_screen(const struct session *s)
{
	if (s->current->kind != SCREEN_OUTCOME || s->current->deadlines == 0
	    || s->has_date[DATE_KEY_LETTER])
		return NULL;
	return date_question(s->guide, DATE_KEY_LETTER);
}

void
session_work_out_dates(struct session *s)
{
	const struct screen *to = session_dates_screen(s);

	if (to == NULL)
		return;
	clear_replay(s);
	close_opened(s);
	work_out_raw(s, to);
}

size_t
session_answered(const struct session *s, size_t *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < s->depth && n < max; i++) {
		const struct session_answer *a = &s->answers[i];
		enum screen_kind k = s->history[i]->kind;

		if ((k == SCREEN_QUESTION && a->choice != SESSION_NO_CHOICE)
		    || (k == SCREEN_DATE && (a->dated || a->skipped)))
			out[n++] = i;
	}
	return n;
}

enum session_status
session_revisit(struct session *s, size_t i)
{
	const struct screen *sc;

	if (i >= s->depth)
		return SESSION_NO_SUCH_CHOICE;
	clear_replay(s);
	s->nreplay = s->depth - i - 1;
	if (s->nreplay > 0) {
		s->replay = xcalloc(s->nreplay, sizeof *s->replay);
		s->replay_answers = xcalloc(s->nreplay, sizeof *s->replay_answers);
		memcpy(s->replay, s->history + i + 1, s->nreplay * sizeof *s->replay);
		memcpy(s->replay_answers, s->answers + i + 1, s->nreplay * sizeof *s->replay_answers);
	}
	s->replay_end = s->current;
	sc = s->history[i];
	drop_from(s, i);
	s->current = sc;
	close_opened(s);
	settle_dates_return(s);
	return SESSION_OK;
}

void
session_open(struct session *s, const struct screen *sc, const struct area *a,
	     const bool *has, const struct date *dates)
{
	size_t k;

	session_restart(s);
	s->current = sc;
	s->area = a;
	/* A new area's contacts start brief. */
	s->details = false;
	s->dates_return = NULL;
	s->dates_from_code = false;
	for (k = 0; k < DATE_KEY_COUNT; k++) {
		s->has_date[k] = has[k];
		s->dates[k] = has[k] ? dates[k] : (struct date){ 0, 0, 0 };
		s->dates_from_code |= has[k];
	}
}

enum session_status
session_back(struct session *s)
{
	const struct screen *sc;

	if (s->depth == 0)
		return SESSION_AT_START;
	clear_replay(s);
	sc = s->history[s->depth - 1];
	drop_from(s, s->depth - 1);
	s->current = sc;
	close_opened(s);
	settle_dates_return(s);
	return SESSION_OK;
}

void
session_restart(struct session *s)
{
	if (s->history != NULL)
		drop_from(s, 0);
	clear_replay(s);
	s->depth = 0;
	s->current = s->guide->start;
	close_opened(s);
	s->dates_return = NULL;
}

void
session_jump(struct session *s, const struct screen *to)
{
	if (to == s->current)
		return;
	clear_replay(s);
	close_opened(s);
	jump_raw(s, to);
}

bool
session_lists_contacts(const struct screen *sc)
{
	return sc->kind == SCREEN_CONTACTS || sc->contacts != 0;
}

void
session_set_area(struct session *s, const struct area *a)
{
	s->area = a;
	/* A new area's contacts start brief. */
	s->details = false;
}

const struct screen *
session_redirect(const struct session *s)
{
	const struct screen *to = s->area != NULL ? s->area->redirect : NULL;

	if (to == NULL || to == s->current || !session_lists_contacts(s->current))
		return NULL;
	return to;
}

enum session_status
session_set_language(struct session *s, const char *code)
{
	(void)s;
	return lang_set(code) ? SESSION_OK : SESSION_NO_SUCH_LANGUAGE;
}

void
session_keep_home(struct session *s, bool kiosk)
{
	s->kiosk = kiosk;
	s->home_area = s->area;
	snprintf(s->home_lang, sizeof s->home_lang, "%s", lang_current());
}

void
session_forget(struct session *s)
{
	session_wipe(s);
	s->area = s->home_area;
	if (s->home_lang[0] != '\0' && strcmp(lang_current(), s->home_lang) != 0)
		lang_set(s->home_lang);
}

bool
session_finish(struct session *s)
{
	if (s->kiosk) {
		session_forget(s);
		return true;
	}
	session_restart(s);
	return false;
}

void
session_wipe(struct session *s)
{
	/* Zero the whole allocation: the next visitor must not be able to learn
	   where the last one went, even from memory. */
	if (s->history != NULL)
		memset(s->history, 0, s->cap * sizeof *s->history);
	if (s->answers != NULL)
		memset(s->answers, 0, s->cap * sizeof *s->answers);
	memset(s->dates, 0, sizeof s->dates);
	memset(s->has_date, 0, sizeof s->has_date);
	clear_replay(s);
	close_opened(s);
	s->dates_return = NULL;
	s->dates_from_code = false;
	s->depth = 0;
	s->area = NULL;
	s->current = s->guide->start;
}

void
session_free(struct session *s)
{
	session_wipe(s);
	free(s->history);
	free(s->answers);
	s->history = NULL;
	s->answers = NULL;
	s->cap = 0;
}

/* The screen a council that is not found leads to: "My council is not
   listed", or the guide's national advice when the content has no such
   screen. */
static const struct screen *
not_listed_screen(const struct guide *g)
{
	const struct screen *sc = guide_find_screen(g, "council-not-listed");

	return sc != NULL ? sc : g->national;
}

void
session_find_area(const struct session *s, const char *typed, struct area_answer *out)
{
	const struct guide *g = s->guide;
	struct areafind_match m[64];
	struct areafind *f;
	size_t n, i, close = 0, exact = 0;

	memset(out, 0, sizeof *out);
	out->not_listed = not_listed_screen(g);
	out->kind = AREA_ANSWER_NONE;
	while (*typed == ' ' || *typed == '\t')
		typed++;
	if (*typed == '\0')
		return;
	for (i = 0; i < g->nareas; i++)
		if (strcmp(g->areas[i].id, typed) == 0) {
			out->kind = AREA_ANSWER_ONE;
			out->areas[out->nareas++] = &g->areas[i];
			out->total = 1;
			return;
		}
	f = areafind_new(g);
	n = areafind_find(f, typed, m, sizeof m / sizeof m[0]);
	areafind_free(f);
	for (i = 0; i < n; i++) {
		if (m[i].how != AREAFIND_NEAR)
			close++;
		if (m[i].how == AREAFIND_EXACT)
			exact++;
	}
	/* A whole name chooses at once even when it is part of other names
	   ("York" and "North Yorkshire"); an alias two councils share
	   ("Northants") lists both. */
	if (exact == 1 || close == 1) {
		out->kind = AREA_ANSWER_ONE;
		out->areas[out->nareas++] = m[0].area;
		out->total = 1;
		return;
	}
	if (exact > 1)
		close = exact;
	if (close == 0 && n == 0)
		return;
	out->kind = close > 0 ? AREA_ANSWER_SEVERAL : AREA_ANSWER_NEAREST;
	out->total = close > 0 ? close : n;
	for (i = 0; i < out->total && out->nareas < AREA_ANSWER_MAX; i++)
		out->areas[out->nareas++] = m[i].area;
}
