/* page.h: what a screen offers, decided once for every view: title, body, contacts, numbered actions. */
#ifndef SENDGUIDE_PAGE_H
#define SENDGUIDE_PAGE_H

/*
 * page_build() turns where a person is (the session) into a page. The plain
 * view, the full-screen view and the exports render pages; none of them
 * decides what a screen offers, so a screen has the same numbers in every
 * view and each user-visible string about it exists once, here. Strings
 * are translated UTF-8 as the content and catalogues have them: a renderer
 * makes them safe for its output (textsafe.h) and fits them to its width.
 */

#include <stdbool.h>
#include <stddef.h>
#include "guide.h"
#include "session.h"

/* One way to reach a provider, as a reader sees it. */
enum card_point_kind { CARD_PHONE, CARD_EMAIL, CARD_WEB };

struct card_point {
	enum card_point_kind kind;
	const struct contact_point *point;  /* the fact, for links (tel:, mailto:) */
	const char *line;        /* "Phone: 01632 960000": one line, never wrapped */
	const char *note;        /* translated note, or NULL */
	const char *source;      /* "Source: ...", when not the provider's own; or NULL */
};

/* A provider card: the one place a provider's details are put into words. */
struct card {
	const struct provider *provider;
	const char *name;        /* translated */
	const char *service_list;/* "Mediation advice, Mediation", or NULL */
	const char *services;    /* "Services: Mediation advice, Mediation", or NULL */
	struct card_point *points;
	size_t npoints;
	const char *hours;       /* "Hours: ...", or NULL */
	const char *source;      /* "Source: ...; page dated 9 January 2023" */
	/* What the area's link to this provider says (page_card with an
	   area_provider): its caveat ("go to Global Mediation first"), and the
	   page that says this provider covers the area, with its date. */
	const char *link_note;   /* translated, or NULL */
	const char *link_source; /* "Covers this area: ...; read 29 November 2026", or NULL */
	/* A brief list (page_contacts.brief) gives the name, then brief_what:
	   what the provider does for this family in a few words (the area's
	   short caveat, which names the services, or else the service list);
	   brief_note: the area's caveat whole when it has no short form, or
	   NULL; and brief_point: the first phone number, or else the shortest
	   address, or NULL. */
	const char *brief_what;
	const char *brief_note;
	const struct card_point *brief_point;
};

/* The contacts section of a screen that lists contacts. */
enum page_contacts_kind {
	PAGE_CONTACTS_NONE,      /* the screen lists no contacts */
	PAGE_CONTACTS_NEED_AREA, /* no area chosen yet */
	PAGE_CONTACTS_REDIRECT,  /* the area is outside England: its own screen */
	PAGE_CONTACTS_NATIONAL,  /* no local contacts: national advice */
	PAGE_CONTACTS_CARDS      /* the area's providers */
};

struct page_contacts {
	enum page_contacts_kind kind;
	const struct area *area;
	const char *heading;     /* "Contacts for Rutland", "Your area: Wales", ...; NULL for NONE */
	const char *message;     /* a paragraph under the heading, or NULL */
	/* The message in a few words: a brief list shows it instead of
	   message, which is among the details; NULL: a brief list shows
	   message. */
	const char *brief_message;
	struct card *cards;
	size_t ncards;
	/* A screen lists its cards briefly: each provider's name, its
	   services, the area's caveat (what to do first) and brief_point.
	   Every other detail (each address and its note, hours, sources) is
	   one action away (PAGE_ACTION_DETAILS). Never brief in a document
	   (page_build_full): paper has room, and a family keeps it. */
	bool brief;
};

/* What a numbered line does when chosen. */
enum page_action_kind {
	/* In the order a page lists them. */
	PAGE_ACTION_CHOICE,      /* the screen's own choice number choice */
	PAGE_ACTION_SKIP,        /* a date question: go on without a date */
	PAGE_ACTION_DATES,       /* an outcome's "Work out my dates": the date questions */
	PAGE_ACTION_MORE,        /* open the body behind the summary ("Tell me more") */
	PAGE_ACTION_REDIRECT,    /* to the screen for an area outside England */
	PAGE_ACTION_NATIONAL,    /* to the national advice screen */
	PAGE_ACTION_AREA,        /* choose (another) area: the view asks which */
	PAGE_ACTION_FINISH,      /* the journey ends: start again (a kiosk forgets) */
	PAGE_ACTION_DETAILS      /* every detail of a brief contacts list: last, so
				    choosing an area keeps every number before it */
};

/* A date worked out for an outcome from the dates given (calendar.h). */
struct page_deadline {
	const char *what;        /* "Contact the mediation adviser by Thursday 20 May 2027." */
	const char *how;         /* how it was worked out: one sentence, and any move */
};

struct page_action {
	enum page_action_kind kind;
	size_t choice;           /* PAGE_ACTION_CHOICE */
	const struct screen *to; /* CHOICE, REDIRECT, NATIONAL: where it leads */
	const char *label;       /* translated */
};

struct page {
	const struct screen *screen;
	const char *title;       /* translated */
	/* The summary first (what to do, by when, with whom), translated, with
	   the family's dates worked in; none on a screen without one. */
	const char **summary;
	size_t nsummary;
	/* The screen's blocks: render each item with tr(). A screen with a
	   summary shows them only once opened (PAGE_ACTION_MORE): nbody 0. */
	const struct block *body;
	size_t nbody;
	struct page_contacts contacts;
	/* Numbered from 1 in every view: the screen's choices that fit the
	   journey first, then work out my dates, tell me more, redirect,
	   national advice, all contact details, choose area, finish. */
	struct page_action *actions;
	size_t nactions;
	/* A date question: the form the field shows while empty ("DD/MM/YYYY");
	   NULL on other screens. The views read the date typed with
	   date_parse() and answer with session_answer_date(). */
	const char *date_hint;
	/* Any page while the dates came from a journey code: the dates read
	   from it, shown before the deadlines ("Decision letter dated ...;
	   certificate dated ..."); NULL otherwise. */
	const char *code_dates;
	/* An outcome: the dates worked out (its deadlines, from the dates
	   given) with how, once the body is open; dates_note whenever a date
	   was worked out (NULL when there are none). */
	struct page_deadline *deadlines;
	size_t ndeadlines;
	const char *dates_note;  /* "Check the dates on your own letters; ..." */
	/* An outcome: its journey code (jcode.h) and the line that shows it. */
	const char *code;        /* "K7QW-3MXA" */
	const char *code_line;   /* "Journey code: K7QW-3MXA" */
	/* Strings the page made; freed by page_free. */
	char **pool;
	size_t npool, pool_cap;
};

/* The page of the session's current screen, in the current language. A
   page from page_build must be freed with page_free; building into a page
   that is in use frees what it held first. */
void page_build(struct page *pg, const struct session *s);
/* The same page with its body open, as on paper (the exports). */
void page_build_full(struct page *pg, const struct session *s);
void page_free(struct page *pg);

/* A provider's card for the exports (services: its own, or those it offers
   an area when ap is not NULL). Strings belong to pg. */
void page_card(struct page *pg, struct card *c, const struct provider *p,
	       const struct area_provider *ap);
void card_free(struct card *c);

/* Decide pg->contacts for area a as screen sc lists them; sc NULL: a
   whole-guide document (every service; national advice always named). The
   exports call this once per area on a scratch page. */
void page_contacts_for(struct page *pg, const struct guide *g, const struct area *a,
		       const struct screen *sc);

/* "Mediation advice, Mediation" for service bits (into pg's pool). */
const char *page_services(struct page *pg, unsigned services);

/* "Your area is now Leicester.", and where an area outside England leads
   when the current screen lists no contacts: both views confirm a choice of
   area with it (into pg's pool). */
const char *page_area_chosen(struct page *pg, const struct session *s);

/* "Choice: answer" lines for "Your answers": the question's title and the
   answer given at history index i (into pg's pool). */
const char *page_answer_question(struct page *pg, const struct session *s, size_t i);
const char *page_answer_text(struct page *pg, const struct session *s, size_t i);

/* What following an action left the view to do. */
enum page_follow {
	PAGE_FOLLOW_MOVED,       /* the session is on another screen */
	PAGE_FOLLOW_ASK_AREA,    /* the view must ask for an area */
	PAGE_FOLLOW_FORGOT       /* a kiosk forgot the visitor: forget the view's state too */
};

/* The words before an "Important" paragraph in the interface language:
   "Important:" (one msgid wherever it is shown) and a space. */
const char *page_important_prefix(void);

/* Do what action n (0-based) of pg does to the session. */
enum page_follow page_follow(const struct page *pg, size_t n, struct session *s);

#endif
