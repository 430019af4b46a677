/* unit_page.c: the page of every screen kind, with and without an area, built from real YAML with the model library alone. */
#include <config.h>

/*
 * This program links tui/libsendguide-model.a and nothing of the views:
 * no curses, no report writer, no libgettextpo (Makefile.am gives it only
 * LIBS_MODEL). That it links at all is the proof that the guide loads and
 * checks, and a page is built, without them.
 */
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "lang.h"
#include "page.h"
#include "session.h"
#include "unit.h"

static struct guide *g;

static void
load(void)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir;
	struct diags d;

	lang_set("en");
	xasprintf(&dir, "%s/tests/fixtures/mini", top != NULL ? top : ".");
	diags_init(&d);
	g = guide_load(dir, &d);
	diags_free(&d);
	free(dir);
	if (g == NULL) {
		printf("Bail out! the mini guide did not load\n");
		exit(99);
	}
}

/* The session at screen id with area id (either may be NULL). */
static void
at(struct session *s, const char *screen, const char *area)
{
	CHECK_INT(session_init(s, g, screen), SESSION_OK);
	if (area != NULL) {
		const struct area *a = guide_find_area(g, area);

		CHECK(a != NULL);
		session_set_area(s, a);
	}
}

static void
test_question(void)
{
	struct session s;
	struct page pg = { 0 };
	size_t i;

	at(&s, NULL, "ashford-vale");
	page_build(&pg, &s);
	CHECK_STR(pg.title, "What is your disagreement about?");
	CHECK(pg.nbody > 0);
	/* A screen that lists no contacts has no contacts section, whatever
	   the area, and its actions are its choices only. */
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_NONE);
	CHECK(pg.contacts.heading == NULL);
	CHECK_INT(pg.nactions, s.current->nchoices);
	for (i = 0; i < pg.nactions; i++) {
		CHECK_INT(pg.actions[i].kind, PAGE_ACTION_CHOICE);
		CHECK_INT(pg.actions[i].choice, i);
		CHECK(pg.actions[i].to == s.current->choices[i].target);
	}
	CHECK_STR(pg.actions[0].label, "A decision the council made about a plan");
	page_free(&pg);
	session_free(&s);
}

static void
test_link_onward_is_continue(void)
{
	struct session s;
	struct page pg = { 0 };

	at(&s, "med-what", NULL);
	page_build(&pg, &s);
	CHECK_INT(pg.nactions, 1);
	CHECK_STR(pg.actions[0].label, "Continue");
	page_free(&pg);
	session_free(&s);
}

static void
test_outcome_without_area(void)
{
	struct session s;
	struct page pg = { 0 };

	at(&s, "outcome-mediation", NULL);
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_NEED_AREA);
	CHECK_STR(pg.contacts.heading, "Choose your area (local authority) to see whom to contact.");
	CHECK_INT(pg.contacts.ncards, 0);
	/* Same numbers in every view: choices, then the rules behind the
	   summary, then choose area, then finish. */
	CHECK_INT(pg.nactions, 3);
	CHECK_INT(pg.actions[0].kind, PAGE_ACTION_MORE);
	CHECK_STR(pg.actions[0].label, "Why, and the rules");
	CHECK_INT(pg.actions[1].kind, PAGE_ACTION_AREA);
	CHECK_STR(pg.actions[1].label, "Choose your area");
	CHECK_INT(pg.actions[2].kind, PAGE_ACTION_FINISH);
	CHECK_STR(pg.actions[2].label, "Finished: start again");
	/* Following "Choose your area" leaves the screen where it is. */
	CHECK_INT(page_follow(&pg, 1, &s), PAGE_FOLLOW_ASK_AREA);
	CHECK_STR(s.current->id, "outcome-mediation");
	page_free(&pg);
	session_free(&s);
}

static void
test_outcome_with_cards(void)
{
	struct session s;
	struct page pg = { 0 };
	const struct card *c;

	at(&s, "outcome-mediation", "ashford-vale");
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_CARDS);
	CHECK_STR(pg.contacts.heading, "Contacts for Ashford Vale");
	CHECK(pg.contacts.message == NULL);
	/* The screen asks for mediation advice: the SENDIASS is not listed. */
	CHECK_INT(pg.contacts.ncards, 1);
	c = &pg.contacts.cards[0];
	CHECK_STR(c->name, "Example Mediation Service");
	/* What the provider does for this area, not everything it does. */
	CHECK_STR(c->services, "Services: Mediation advice");
	CHECK_STR(c->service_list, "Mediation advice");
	CHECK_INT(c->npoints, 4);
	CHECK_INT(c->points[0].kind, CARD_PHONE);
	CHECK_STR(c->points[0].line, "Phone: 01632 960000");
	CHECK_STR(c->points[0].note, "Freephone.");
	/* Its source is the provider's: not repeated. */
	CHECK(c->points[0].source == NULL);
	CHECK_STR(c->points[1].line, "Phone: 01632 960001");
	CHECK(c->points[1].source != NULL && strstr(c->points[1].source, "Source: ") == c->points[1].source);
	CHECK_STR(c->points[2].line, "E-mail: mediation@example.org");
	CHECK_INT(c->points[3].kind, CARD_WEB);
	CHECK_STR(c->points[3].line, "Web: https://example.org/mediation");
	CHECK_STR(c->hours, "Hours: Monday to Friday, 9:00am to 5:00pm");
	CHECK(strstr(c->source, "; read 1 November 2026, the page gives no date") != NULL);
	/* A screen lists its cards briefly: what the provider does here (no
	   short caveat: its services), and its first phone number. */
	CHECK(pg.contacts.brief);
	CHECK_STR(c->brief_what, "Mediation advice");
	CHECK(c->brief_note == c->link_note);
	CHECK(c->brief_point == &c->points[0]);
	CHECK_INT(pg.nactions, 4);
	CHECK_INT(pg.actions[1].kind, PAGE_ACTION_AREA);
	CHECK_STR(pg.actions[1].label, "Choose a different area");
	CHECK_INT(pg.actions[2].kind, PAGE_ACTION_FINISH);
	CHECK_INT(pg.actions[3].kind, PAGE_ACTION_DETAILS);
	CHECK_STR(pg.actions[3].label, "All contact details");
	/* Every detail one choice away, on the same screen, as the last
	   action: the numbers before it are those the area did not change. */
	CHECK_INT(page_follow(&pg, 3, &s), PAGE_FOLLOW_MOVED);
	CHECK_STR(s.current->id, "outcome-mediation");
	page_build(&pg, &s);
	CHECK(!pg.contacts.brief);
	CHECK_INT(pg.nactions, 3);
	CHECK_INT(pg.actions[1].kind, PAGE_ACTION_AREA);
	CHECK_INT(pg.actions[2].kind, PAGE_ACTION_FINISH);
	/* Any move, a new area included, lists them briefly again. */
	session_set_area(&s, s.area);
	page_build(&pg, &s);
	CHECK(pg.contacts.brief);
	/* A document has room for every card whole (and the body open). */
	page_build_full(&pg, &s);
	CHECK(!pg.contacts.brief);
	for (size_t k = 0; k < pg.nactions; k++)
		CHECK(pg.actions[k].kind != PAGE_ACTION_DETAILS);
	page_free(&pg);
	session_free(&s);
}

static void
test_national(void)
{
	struct session s;
	struct page pg = { 0 };

	at(&s, "contacts", "bramley");
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_NATIONAL);
	CHECK_STR(pg.contacts.heading, "Your area: Bramley, South Test Region");
	CHECK(pg.contacts.message != NULL && strstr(pg.contacts.message, "Help for any council in England") != NULL);
	/* Choices, national advice, choose area; a contacts screen has no finish. */
	CHECK_INT(pg.nactions, 4);
	CHECK_INT(pg.actions[2].kind, PAGE_ACTION_NATIONAL);
	CHECK_STR(pg.actions[2].label, "National advice: Help for any council in England");
	CHECK_INT(pg.actions[3].kind, PAGE_ACTION_AREA);
	CHECK_INT(page_follow(&pg, 2, &s), PAGE_FOLLOW_MOVED);
	CHECK_STR(s.current->id, "national");
	CHECK_INT(s.depth, 1);
	/* On the national screen itself it is not offered again. */
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_NONE);
	page_free(&pg);
	session_free(&s);
}

static void
test_redirect(void)
{
	struct session s;
	struct page pg = { 0 };

	at(&s, "contacts", NULL);
	/* Choosing an area outside England never moves the visitor... */
	session_set_area(&s, guide_find_area(g, "wales"));
	CHECK_STR(s.current->id, "contacts");
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_REDIRECT);
	CHECK_STR(pg.contacts.heading, "Your area: Wales");
	CHECK_STR(pg.contacts.message, "Different rules apply: see \"If you live in Wales\".");
	/* ...the contacts screen offers where to go, first after its choices. */
	CHECK_INT(pg.nactions, 4);
	CHECK_INT(pg.actions[2].kind, PAGE_ACTION_REDIRECT);
	CHECK_STR(pg.actions[2].label, "If you live in Wales");
	CHECK_INT(pg.actions[3].kind, PAGE_ACTION_AREA);
	CHECK(session_redirect(&s) == pg.actions[2].to);
	CHECK_INT(page_follow(&pg, 2, &s), PAGE_FOLLOW_MOVED);
	CHECK_STR(s.current->id, "outside-wales");
	/* Not on a screen that lists no contacts. */
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK(session_redirect(&s) != NULL);
	session_restart(&s);
	CHECK(session_redirect(&s) == NULL);
	page_free(&pg);
	session_free(&s);
}

static void
test_finish(void)
{
	struct session s;
	struct page pg = { 0 };

	/* Not a kiosk: finished starts again and keeps the area. */
	at(&s, "national", "bramley");
	page_build(&pg, &s);
	CHECK_INT(pg.actions[pg.nactions - 1].kind, PAGE_ACTION_FINISH);
	CHECK_INT(page_follow(&pg, pg.nactions - 1, &s), PAGE_FOLLOW_MOVED);
	CHECK(s.current == g->start);
	CHECK_STR(s.area->id, "bramley");
	session_free(&s);

	/* A kiosk forgets the visitor: back to its own area and language. */
	at(&s, "national", "ashford-vale");
	session_keep_home(&s, true);
	session_set_area(&s, guide_find_area(g, "bramley"));
	CHECK_INT(session_set_language(&s, "pl"), SESSION_OK);
	CHECK_INT(session_set_language(&s, "xx"), SESSION_NO_SUCH_LANGUAGE);
	CHECK_STR(lang_current(), "pl");
	page_build(&pg, &s);
	CHECK_INT(page_follow(&pg, pg.nactions - 1, &s), PAGE_FOLLOW_FORGOT);
	CHECK(s.current == g->start);
	CHECK_INT(s.depth, 0);
	CHECK_STR(s.area->id, "ashford-vale");
	CHECK_STR(lang_current(), "en");
	lang_set("en");
	page_free(&pg);
	session_free(&s);
}

static void
test_node(void)
{
	struct session s;

	CHECK_INT(session_init(&s, g, "no-such-screen"), SESSION_NO_SUCH_SCREEN);
	CHECK(s.current == g->start);
	session_free(&s);
}

/* Every screen of the guide, with each area and with none: a page always
   has a title, a contacts heading exactly when the screen lists contacts,
   and actions whose numbers follow the order choices, redirect, national,
   area, finish. */
static void
test_every_screen(void)
{
	struct session s;
	struct page pg = { 0 };
	size_t i, j, k;

	for (i = 0; i < g->nscreens; i++)
		for (j = 0; j <= g->nareas; j++) {
			const struct screen *sc = &g->screens[i];
			int last = -1;

			at(&s, sc->id, NULL);
			if (j < g->nareas)
				session_set_area(&s, &g->areas[j]);
			page_build(&pg, &s);
			CHECK(pg.title != NULL && pg.title[0] != '\0');
			CHECK((pg.contacts.kind != PAGE_CONTACTS_NONE) == session_lists_contacts(sc));
			CHECK((pg.contacts.heading != NULL) == session_lists_contacts(sc));
			CHECK(pg.nactions >= sc->nchoices);
			/* A screen with a summary keeps its body one choice away. */
			CHECK((pg.nbody == 0) == (sc->nsummary > 0 || sc->nbody == 0));
			for (k = 0; k < pg.nactions; k++) {
				CHECK((int)pg.actions[k].kind >= last);
				last = (int)pg.actions[k].kind;
				CHECK(pg.actions[k].label != NULL);
			}
			/* Finished is the last action, or last but the contacts'
			   details. */
			k = pg.nactions;
			if (k > 0 && pg.actions[k - 1].kind == PAGE_ACTION_DETAILS)
				k--;
			CHECK((k > 0 && pg.actions[k - 1].kind == PAGE_ACTION_FINISH) == sc->finish);
			session_free(&s);
		}
	page_free(&pg);
}

static void
test_export_card(void)
{
	struct page pg = { 0 };
	struct card c;
	const struct provider *p = &g->providers[0];

	/* Without an area: everything the provider does. */
	page_card(&pg, &c, p, NULL);
	CHECK_STR(c.services, "Services: Mediation advice, Mediation");
	card_free(&c);
	page_contacts_for(&pg, g, guide_find_area(g, "wales"), NULL);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_REDIRECT);
	CHECK(pg.contacts.message != NULL);
	page_contacts_for(&pg, g, guide_find_area(g, "ashford-vale"), NULL);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_CARDS);
	CHECK_INT(pg.contacts.ncards, 2);
	page_free(&pg);
}

/* A council whose cards hold no SENDIASS the family can reach (only a
   mediation provider, or an information service linked without a source,
   as a national one is) is told how to find its SENDIASS; one with a
   sourced SENDIASS, or a screen that does not ask for one, is not. */
static void
test_sendiass_next_step(void)
{
	struct page pg = { 0 };
	struct area *vale = (struct area *)guide_find_area(g, "ashford-vale");
	struct area *field = (struct area *)guide_find_area(g, "ashfield");
	const struct screen *med = guide_find_screen(g, "outcome-mediation");
	const struct source *src;

	CHECK(vale != NULL && field != NULL && med != NULL);
	page_contacts_for(&pg, g, vale, NULL);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_CARDS);
	CHECK(pg.contacts.message == NULL);
	/* Only the mediation provider: the next step is said. */
	vale->nproviders = 1;
	page_contacts_for(&pg, g, vale, NULL);
	CHECK_INT(pg.contacts.ncards, 1);
	CHECK(pg.contacts.message != NULL
	      && strstr(pg.contacts.message, "None of these is your local SEND information, advice and support service (SENDIASS).") == pg.contacts.message
	      && strstr(pg.contacts.message, "Local Offer") != NULL);
	/* A screen asking for mediation advice only: SENDIASS is not its subject. */
	page_contacts_for(&pg, g, vale, med);
	CHECK(pg.contacts.message == NULL);
	vale->nproviders = 2;
	/* An information service linked without a source counts as national. */
	src = field->providers[0].source;
	field->providers[0].source = NULL;
	page_contacts_for(&pg, g, field, NULL);
	CHECK_INT(pg.contacts.ncards, 1);
	CHECK(pg.contacts.message != NULL);
	field->providers[0].source = src;
	page_contacts_for(&pg, g, field, NULL);
	CHECK(pg.contacts.message == NULL);
	page_free(&pg);
}

/* The shipped guide, for the rules its content sets (summaries, marks). */
static struct guide *real;

static void
load_real(void)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir;
	struct diags d;

	xasprintf(&dir, "%s/content", top != NULL ? top : ".");
	diags_init(&d);
	real = guide_load(dir, &d);
	diags_free(&d);
	free(dir);
	if (real == NULL) {
		printf("Bail out! the shipped guide did not load\n");
		exit(99);
	}
}

/* The number (0-based) of the action whose label starts with prefix, or
   (size_t)-1. */
static size_t
action(const struct page *pg, const char *prefix)
{
	size_t i;

	for (i = 0; i < pg->nactions; i++)
		if (strncmp(pg->actions[i].label, prefix, strlen(prefix)) == 0)
			return i;
	return (size_t)-1;
}

static void
choose(struct session *s, const char *label)
{
	struct page pg = { 0 };
	size_t n;

	page_build(&pg, s);
	n = action(&pg, label);
	CHECK(n != (size_t)-1);
	if (n != (size_t)-1)
		page_follow(&pg, n, s);
	page_free(&pg);
}

/* Every outcome opens with its summary; the body, the dates' workings and
   "Work out my dates" follow the rules of page.h. */
static void
test_summary_first(void)
{
	struct session s;
	struct page pg = { 0 };
	struct date letter = { 2027, 3, 10 };
	size_t i, n;

	for (i = 0; i < real->nscreens; i++) {
		if (real->screens[i].kind != SCREEN_OUTCOME)
			continue;
		CHECK_INT(session_init(&s, real, real->screens[i].id), SESSION_OK);
		page_build(&pg, &s);
		CHECK(pg.nsummary > 0);
		CHECK_INT(pg.nbody, 0);
		CHECK(action(&pg, "Why, and the rules") != (size_t)-1);
		/* Every outcome with a deadline offers to work out the dates. */
		CHECK((action(&pg, "Work out my dates") != (size_t)-1) == (real->screens[i].deadlines != 0));
		session_free(&s);
	}

	/* No dates: the rule in words, and the way to work them out. */
	CHECK_INT(session_init(&s, real, "outcome-appeal-certificate"), SESSION_OK);
	page_build(&pg, &s);
	CHECK_STR(pg.summary[0], "Contact the mediation adviser within 2 months of the date on the council's decision letter. Say you do not want mediation.");
	CHECK(pg.dates_note == NULL);
	n = action(&pg, "Work out my dates");
	CHECK(n != (size_t)-1 && pg.actions[n].kind == PAGE_ACTION_DATES);
	page_follow(&pg, n, &s);
	CHECK_STR(s.current->id, "date-decision-letter");
	CHECK_INT(session_answer_date(&s, &letter), SESSION_OK);
	CHECK_STR(s.current->id, "date-certificate");
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);
	/* Back to the outcome, now with the family's own date first. */
	CHECK_STR(s.current->id, "outcome-appeal-certificate");
	page_build(&pg, &s);
	CHECK_STR(pg.summary[0], "Contact the mediation adviser by Monday 10 May 2027. Say you do not want mediation.");
	CHECK(pg.dates_note != NULL);
	CHECK_INT(pg.ndeadlines, 0);
	CHECK(action(&pg, "Work out my dates") == (size_t)-1);
	/* "Why, and the rules": the body and how each date was worked out. */
	n = action(&pg, "Why, and the rules");
	CHECK(n != (size_t)-1 && pg.actions[n].kind == PAGE_ACTION_MORE);
	page_follow(&pg, n, &s);
	CHECK_STR(s.current->id, "outcome-appeal-certificate");
	page_build(&pg, &s);
	CHECK(pg.nbody > 0);
	CHECK_INT(pg.ndeadlines, 2);
	CHECK(pg.nsummary > 0);
	CHECK(action(&pg, "Why, and the rules") == (size_t)-1);
	/* Any move closes it again. */
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK(!s.more);
	page_free(&pg);
	session_free(&s);
}

/* A page opened from a journey code says which dates it read; typed
   dates and no dates say nothing. */
static void
test_code_dates(void)
{
	struct session s;
	struct page pg = { 0 };
	const struct screen *sc;
	bool has[DATE_KEY_COUNT] = { true, true };
	struct date dates[DATE_KEY_COUNT] = { { 2026, 11, 2 }, { 2026, 11, 5 } };

	at(&s, "outcome-mediation", NULL);
	page_build(&pg, &s);
	CHECK(pg.code_dates == NULL);
	sc = s.current;
	session_open(&s, sc, NULL, has, dates);
	page_build(&pg, &s);
	CHECK_STR(pg.code_dates, "Decision letter dated Monday 2 November 2026; "
		  "certificate dated Thursday 5 November 2026.");
	has[DATE_KEY_CERTIFICATE] = false;
	session_open(&s, sc, NULL, has, dates);
	page_build(&pg, &s);
	CHECK_STR(pg.code_dates, "Decision letter dated Monday 2 November 2026; "
		  "no certificate date given.");
	has[DATE_KEY_LETTER] = false;
	has[DATE_KEY_CERTIFICATE] = true;
	session_open(&s, sc, NULL, has, dates);
	page_build(&pg, &s);
	CHECK_STR(pg.code_dates, "Certificate dated Thursday 5 November 2026; "
		  "no decision letter date given.");
	/* A code with no dates: nothing to say. */
	has[DATE_KEY_CERTIFICATE] = false;
	session_open(&s, sc, NULL, has, dates);
	page_build(&pg, &s);
	CHECK(pg.code_dates == NULL);
	/* Forgotten with the visitor. */
	has[DATE_KEY_LETTER] = true;
	session_open(&s, sc, NULL, has, dates);
	session_forget(&s);
	page_build(&pg, &s);
	CHECK(pg.code_dates == NULL);
	page_free(&pg);
	session_free(&s);
}

/* What the family answered decides what fits: no Section I appeal without
   a plan, SEND35a after a refused assessment, no certificate question once
   a certificate date is known. */
static void
test_marks_fit(void)
{
	struct session s;
	struct page pg = { 0 };
	struct date letter = { 2027, 3, 10 }, cert = { 2027, 4, 20 };

	CHECK_INT(session_init(&s, real, NULL), SESSION_OK);
	choose(&s, "A council decision on");
	choose(&s, "Not to do an EHC needs assessment");
	/* The letter's date is asked at once; no certificate yet. */
	CHECK_STR(s.current->id, "date-decision-letter");
	CHECK_INT(session_answer_date(&s, &letter), SESSION_OK);
	CHECK_STR(s.current->id, "date-certificate");
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);
	CHECK_STR(s.current->id, "med-can-appeal");
	page_build(&pg, &s);
	CHECK(strstr(pg.summary[0], "by Monday 10 May 2027") != NULL);
	CHECK(strstr(pg.summary[2], "on form SEND35a") != NULL);
	CHECK(strstr(pg.summary[2], "SEND35,") == NULL);
	/* The certificate comes later: its date leads to the appeal. */
	choose(&s, "I have a mediation certificate");
	CHECK_INT(session_answer_date(&s, &cert), SESSION_OK);
	CHECK_STR(s.current->id, "outcome-appeal");
	page_build(&pg, &s);
	CHECK(strstr(pg.summary[0], "on form SEND35a") != NULL);
	session_free(&s);

	/* No Section I appeal without a plan, where the guide asks whether to
	   try mediation (after the explanations). */
	CHECK_INT(session_init(&s, real, NULL), SESSION_OK);
	choose(&s, "A council decision on");
	choose(&s, "Not to do an EHC needs assessment");
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);
	CHECK_STR(s.current->id, "med-can-appeal");
	session_jump(&s, guide_find_screen(real, "med-choose"));
	page_build(&pg, &s);
	CHECK(action(&pg, "My appeal is only about Section I") == (size_t)-1);
	session_free(&s);

	/* A re-assessment refused: there is a plan, and the form is SEND35. */
	CHECK_INT(session_init(&s, real, NULL), SESSION_OK);
	choose(&s, "A council decision on");
	choose(&s, "Not to re-assess");
	CHECK_INT(session_answer_date(&s, &letter), SESSION_OK);
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);
	page_build(&pg, &s);
	CHECK(strstr(pg.summary[2], "on form SEND35,") != NULL);
	CHECK(strstr(pg.summary[2], "SEND35a") == NULL);
	session_jump(&s, guide_find_screen(real, "med-choose"));
	page_build(&pg, &s);
	CHECK(action(&pg, "My appeal is only about Section I") != (size_t)-1);
	choose(&s, "No, I want to appeal");
	page_build(&pg, &s);
	CHECK(strstr(pg.summary[2], "on form SEND35") != NULL);
	session_free(&s);

	/* Reopened without the journey (a code, say), the guide does not know
	   the decision: both forms are named. */
	CHECK_INT(session_init(&s, real, NULL), SESSION_OK);
	session_jump(&s, guide_find_screen(real, "med-can-appeal"));
	page_build(&pg, &s);
	CHECK(strstr(pg.summary[2], "on form SEND35, or SEND35a") != NULL);
	session_free(&s);

	/* A certificate date known: straight to the appeal, never "Do you
	   want to try mediation?" nor "Get a certificate". */
	CHECK_INT(session_init(&s, real, NULL), SESSION_OK);
	choose(&s, "A council decision on");
	choose(&s, "Not to do an EHC needs assessment");
	CHECK_INT(session_answer_date(&s, &letter), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &cert), SESSION_OK);
	CHECK_STR(s.current->id, "outcome-appeal");
	page_build(&pg, &s);
	CHECK_STR(pg.summary[0], "Appeal to the Tribunal by Thursday 20 May 2027, on form SEND35a.");
	page_free(&pg);
	session_free(&s);
}

/* The contacts screen offers the East Midlands item only where it fits. */
static void
test_contacts_fit(void)
{
	static const struct { const char *area; bool offered; } cases[] = {
		{ NULL, true }, { "rutland", true }, { "camden", false }, { "cornwall", false },
	};
	struct session s;
	struct page pg = { 0 };
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CHECK_INT(session_init(&s, real, "find-contacts"), SESSION_OK);
		if (cases[i].area != NULL) {
			const struct area *a = guide_find_area(real, cases[i].area);

			CHECK(a != NULL);
			session_set_area(&s, a);
		}
		page_build(&pg, &s);
		CHECK((action(&pg, "My council is in the East Midlands") != (size_t)-1) == cases[i].offered);
		session_free(&s);
	}
	page_free(&pg);
}

/* Rutland's brief list: each caveat's short form from the content, the
   SENDIASS message in a few words; the whole of each behind the details. */
static void
test_contacts_brief(void)
{
	struct session s;
	struct page pg = { 0 };
	const struct area *a = guide_find_area(real, "rutland");
	size_t i, n = 0;

	CHECK(a != NULL);
	CHECK_INT(session_init(&s, real, "find-contacts"), SESSION_OK);
	session_set_area(&s, a);
	page_build(&pg, &s);
	CHECK(pg.contacts.brief);
	CHECK(pg.contacts.brief_message != NULL && pg.contacts.message != NULL);
	CHECK(strlen(pg.contacts.brief_message) < strlen(pg.contacts.message));
	for (i = 0; i < pg.contacts.ncards; i++) {
		const struct card *c = &pg.contacts.cards[i];

		/* A short caveat stands for the note, never beside it. */
		if (c->link_note != NULL && c->brief_what != c->service_list) {
			n++;
			CHECK(c->brief_note == NULL);
			CHECK(strlen(c->brief_what) < strlen(c->link_note));
		}
		/* One way to reach each: a phone when there is one. */
		CHECK(c->brief_point != NULL);
		if (c->npoints > 0 && c->points[0].kind == CARD_PHONE)
			CHECK_INT(c->brief_point->kind, CARD_PHONE);
	}
	CHECK_INT(n, 3);
	CHECK_STR(pg.contacts.cards[0].brief_what, "Contact first for mediation advice.");
	/* IPSEA has a web address alone. */
	CHECK_STR(pg.contacts.cards[3].brief_point->line, "Web: ipsea.org.uk");
	page_free(&pg);
	session_free(&s);
}

int
main(void)
{
	load();
	UNIT_CASE(test_question);
	UNIT_CASE(test_link_onward_is_continue);
	UNIT_CASE(test_outcome_without_area);
	UNIT_CASE(test_outcome_with_cards);
	UNIT_CASE(test_national);
	UNIT_CASE(test_redirect);
	UNIT_CASE(test_finish);
	UNIT_CASE(test_node);
	UNIT_CASE(test_every_screen);
	UNIT_CASE(test_export_card);
	UNIT_CASE(test_code_dates);
	UNIT_CASE(test_sendiass_next_step);
	load_real();
	UNIT_CASE(test_summary_first);
	UNIT_CASE(test_marks_fit);
	UNIT_CASE(test_contacts_fit);
	UNIT_CASE(test_contacts_brief);
	guide_free(real);
	guide_free(g);
	UNIT_DONE();
}
