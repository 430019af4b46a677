/* page.c: what a screen offers, decided once for every view: title, body, contacts, numbered actions. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "date_text.h"
#include "source_dates.h"
#include "jcode.h"
#include "lang.h"
#include "page.h"
#include "xalloc.h"

#define ALL_SERVICES ((1u << SERVICE_COUNT) - 1)

static const char *
keep(struct page *pg, char *s)
{
	if (pg->npool == pg->pool_cap) {
		pg->pool_cap = pg->pool_cap ? pg->pool_cap * 2 : 16;
		pg->pool = xreallocarray(pg->pool, pg->pool_cap, sizeof *pg->pool);
	}
	pg->pool[pg->npool++] = s;
	return s;
}

static const char *format(struct page *pg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *
format(struct page *pg, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	xvasprintf(&s, fmt, ap);
	va_end(ap);
	return keep(pg, s);
}

const char *
page_services(struct page *pg, unsigned services)
{
	size_t i, need = 1;
	char *s;

	for (i = 0; i < SERVICE_COUNT; i++)
		if (services & (1u << i))
			need += strlen(_(service_labels[i])) + 2;
	s = xmalloc(need);
	s[0] = '\0';
	for (i = 0; i < SERVICE_COUNT; i++)
		if (services & (1u << i)) {
			if (s[0] != '\0')
				strcat(s, ", ");
			strcat(s, _(service_labels[i]));
		}
	return keep(pg, s);
}

static void
card_points(struct page *pg, struct card *c, enum card_point_kind kind,
	    const struct contact_point *cp, size_t n)
{
	const struct provider *p = c->provider;
	size_t i;

	for (i = 0; i < n; i++) {
		struct card_point *pt = &c->points[c->npoints++];

		pt->kind = kind;
		pt->point = &cp[i];
		/* TRANSLATORS: a line of a provider's contacts; keep the number,
		   address or web address (%s) whole at the end of the line. */
		pt->line = kind == CARD_PHONE ? format(pg, _("Phone: %s"), cp[i].value)
			: kind == CARD_EMAIL ? format(pg, _("E-mail: %s"), cp[i].value)
			: format(pg, _("Web: %s"), cp[i].value);
		pt->note = cp[i].note.en != NULL ? tr(&cp[i].note) : NULL;
		/* Where two sources disagree each fact names its own. */
		pt->source = cp[i].source != NULL && cp[i].source != p->source
			? format(pg, _("Source: %s"), cp[i].source->title.en) : NULL;
	}
}

void
page_card(struct page *pg, struct card *c, const struct provider *p,
	  const struct area_provider *ap)
{
	unsigned services = ap != NULL && ap->services ? ap->services : p->services;

	memset(c, 0, sizeof *c);
	c->provider = p;
	c->name = p->name.en;  /* a proper name, as written */
	if (services != 0) {
		c->service_list = page_services(pg, services);
		c->services = format(pg, _("Services: %s"), c->service_list);
	}
	c->points = xcalloc(p->nphones + p->nemails + p->nwebs + 1, sizeof *c->points);
	card_points(pg, c, CARD_PHONE, p->phones, p->nphones);
	card_points(pg, c, CARD_EMAIL, p->emails, p->nemails);
	card_points(pg, c, CARD_WEB, p->webs, p->nwebs);
	if (p->hours.en != NULL)
		c->hours = format(pg, _("Hours: %s"), tr(&p->hours));
	/* The date is the source's own: the date the page states, or the day
	   it was read (source_dates.c words it, for every view). */
	{
		char *date = source_date_text(p->source);

		/* TRANSLATORS: the source of a provider's details, then its date:
		   "page dated 9 January 2023" or "read 23 November 2026, the page
		   gives no date". */
		c->source = format(pg, _("Source: %s; %s"),
				   p->source != NULL ? p->source->title.en : "?", date);
		free(date);
	}
	/* A brief list's one way to reach the provider: a phone number
	   first (a listener can call at once), or else the shortest address
	   (the quickest to hear and type). */
	for (size_t i = 0; i < c->npoints; i++)
		if (c->brief_point == NULL
		    || (c->brief_point->kind != CARD_PHONE
			&& (c->points[i].kind == CARD_PHONE
			    || strlen(c->points[i].line) < strlen(c->brief_point->line))))
			c->brief_point = &c->points[i];
	if (ap != NULL && ap->note.en != NULL)
		c->link_note = tr(&ap->note);
	c->brief_what = ap != NULL && ap->brief.en != NULL ? tr(&ap->brief) : c->service_list;
	c->brief_note = ap != NULL && ap->brief.en != NULL ? NULL : c->link_note;
	if (ap != NULL && ap->source != NULL && ap->source != p->source) {
		char *date = source_date_text(ap->source);

		/* TRANSLATORS: the page saying that a provider serves the chosen
		   council, then its date, as in "Source: %s; %s". */
		c->link_source = format(pg, _("Covers this area: %s; %s"),
					ap->source->title.en, date);
		free(date);
	}
}

void
card_free(struct card *c)
{
	free(c->points);
	memset(c, 0, sizeof *c);
}

static void
contacts_free(struct page_contacts *c)
{
	size_t i;

	for (i = 0; i < c->ncards; i++)
		card_free(&c->cards[i]);
	free(c->cards);
	memset(c, 0, sizeof *c);
}

/* The one contacts decision: what a screen that lists contacts (or, with
   sc NULL, a whole-guide document) says for an area. */
void
page_contacts_for(struct page *pg, const struct guide *g, const struct area *a,
		  const struct screen *sc)
{
	struct page_contacts *c = &pg->contacts;
	const struct area_provider **aps;
	size_t n, i;

	contacts_free(c);
	c->area = a;
	if (a == NULL) {
		c->kind = PAGE_CONTACTS_NEED_AREA;
		c->heading = _("Choose your area (local authority) to see whom to contact.");
		return;
	}
	if (a->redirect != NULL) {
		c->kind = PAGE_CONTACTS_REDIRECT;
		c->heading = format(pg, _("Your area: %s"), a->name.en);
		if (a->redirect != sc)
			c->message = format(pg, _("Different rules apply: see \"%s\"."),
					    tr(&a->redirect->title));
		return;
	}
	aps = xcalloc(a->nproviders + 1, sizeof *aps);
	n = guide_area_providers(a, sc != NULL && sc->contacts ? sc->contacts : ALL_SERVICES,
				 aps, a->nproviders);
	if (n == 0) {
		c->kind = PAGE_CONTACTS_NATIONAL;
		/* The region tells the reader where the council is and which
		   regional services may cover it; the national advice screen says
		   how to find its SENDIASS and its mediation adviser. */
		c->heading = a->region != NULL
			/* TRANSLATORS: a council's name (as written), then its region. */
			? format(pg, _("Your area: %s, %s"), a->name.en, tr(&a->region->name))
			: format(pg, _("Your area: %s"), a->name.en);
		c->message = g->national != NULL && g->national != sc
			? format(pg, _("We have no local contacts for this area yet. Your council's decision letters must name your mediation adviser. \"%s\" says how to find your local SENDIASS."),
				 tr(&g->national->title))
			: _("We have no local contacts for this area yet.");
		free(aps);
		return;
	}
	c->kind = PAGE_CONTACTS_CARDS;
	c->heading = format(pg, _("Contacts for %s"), a->name.en);
	/* A screen that asks for information and advice, for an area whose
	   cards hold no SENDIASS the family can reach (only a mediation or
	   disagreement resolution provider, or a SENDIASS named without a
	   contact): say how to find it, as the national advice does. */
	if ((sc == NULL || !sc->contacts || (sc->contacts & SERVICE_INFORMATION_ADVICE))
	    && !guide_area_has_sourced(a, SERVICE_INFORMATION_ADVICE)) {
		c->message = _("None of these is your local SEND information, advice and support service (SENDIASS). To find it, look at your council's Local Offer on the council's website. Or ask your council or your child's school.");
		/* TRANSLATORS: the sentence above in a few words, for a short
		   list of contacts read aloud. */
		c->brief_message = _("No SENDIASS listed: see your council's Local Offer.");
	}
	c->cards = xcalloc(n, sizeof *c->cards);
	for (i = 0; i < n; i++)
		page_card(pg, &c->cards[c->ncards++], aps[i]->provider, aps[i]);
	free(aps);
}

const char *
page_area_chosen(struct page *pg, const struct session *s)
{
	const struct area *a = s->area;

	if (a == NULL)
		return NULL;
	if (a->redirect != NULL && !session_lists_contacts(s->current) && a->redirect != s->current)
		/* TRANSLATORS: a council's name, then the title of the screen for
		   its nation. */
		return format(pg, _("Your area is now %s. Different rules apply there: see \"%s\"."),
			      a->name.en, tr(&a->redirect->title));
	return format(pg, _("Your area is now %s."), a->name.en);
}

static void
add_action(struct page *pg, enum page_action_kind kind, size_t choice,
	   const struct screen *to, const char *label)
{
	pg->actions = xreallocarray(pg->actions, pg->nactions + 1, sizeof *pg->actions);
	pg->actions[pg->nactions++] = (struct page_action){ kind, choice, to, label };
}

void
page_free(struct page *pg)
{
	size_t i;

	contacts_free(&pg->contacts);
	for (i = 0; i < pg->npool; i++)
		free(pg->pool[i]);
	free(pg->pool);
	free(pg->actions);
	free(pg->deadlines);
	free(pg->summary);
	memset(pg, 0, sizeof *pg);
}

static void
add_deadline(struct page *pg, enum deadline_kind kind, const struct deadline *dl)
{
	char *when = date_format_long(dl->date), *how;
	struct page_deadline *d;
	const char *adj = deadline_adjust_text(dl->adjust);

	pg->deadlines = xreallocarray(pg->deadlines, pg->ndeadlines + 1, sizeof *pg->deadlines);
	d = &pg->deadlines[pg->ndeadlines++];
	/* TRANSLATORS: %s is a date with its weekday, "Thursday 20 May 2027". */
	d->what = kind == DEADLINE_ADVISER ? format(pg, _("Contact the mediation adviser by %s."), when)
		/* TRANSLATORS: %s is a date with its weekday, "Thursday 20 May 2027". */
		: format(pg, _("Your appeal must reach the Tribunal by %s."), when);
	free(when);
	how = xstrdup(_(deadline_basis_text(dl->basis)));
	/* The moves and doubts, each a sentence after the first. */
#define ADD_SENTENCE(t) do { char *n_; xasprintf(&n_, "%s %s", how, (t)); free(how); how = n_; } while (0)
	if (dl->month_end)
		ADD_SENTENCE(_(deadline_month_end_text()));
	if (adj != NULL)
		ADD_SENTENCE(_(adj));
	if (dl->readings_differ)
		ADD_SENTENCE(_(deadline_readings_text()));
	if (dl->holidays_by_rule) {
		char *h;

		/* The catalogue's sentence has one %d, checked by msgfmt -c. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		xasprintf(&h, _(deadline_holidays_text()), DATE_HOLIDAYS_KNOWN_UNTIL);
#pragma GCC diagnostic pop
		ADD_SENTENCE(h);
		free(h);
	}
#undef ADD_SENTENCE
	d->how = keep(pg, how);
}

/* The dates worked out from the dates given: dl[k] for deadline bit k,
   has[k] when it could be. */
static void
work_out(const struct session *s, struct deadline dl[DEADLINE_KIND_COUNT],
	 bool has[DEADLINE_KIND_COUNT])
{
	const struct date *letter = s->has_date[DATE_KEY_LETTER] ? &s->dates[DATE_KEY_LETTER] : NULL;
	const struct date *cert = s->has_date[DATE_KEY_CERTIFICATE]
		? &s->dates[DATE_KEY_CERTIFICATE] : NULL;

	has[0] = letter != NULL;
	if (has[0])
		dl[0] = date_adviser_deadline(*letter);
	has[1] = date_appeal_deadline(letter, cert, &dl[1]);
}

/* The dates an outcome shows, worked out from the dates given: how each
   was worked out once the body is open; the note whenever there is one. */
static void
page_deadlines(struct page *pg, const struct session *s, bool open)
{
	const struct screen *sc = s->current;
	struct deadline dl[DEADLINE_KIND_COUNT];
	bool has[DEADLINE_KIND_COUNT];
	size_t k;

	work_out(s, dl, has);
	for (k = 0; k < DEADLINE_KIND_COUNT; k++)
		if ((sc->deadlines & (1u << k)) && has[k]) {
			if (open)
				add_deadline(pg, (enum deadline_kind)(1u << k), &dl[k]);
			pg->dates_note = _("Check these dates against your own letters.");
		}
}

/* The summary's lines that fit the journey, each dated when its date was
   worked out: "Contact the mediation adviser by Monday 10 May 2027." */
static void
page_summary(struct page *pg, const struct session *s)
{
	const struct screen *sc = s->current;
	unsigned marks = session_marks(s);
	struct deadline dl[DEADLINE_KIND_COUNT];
	bool has[DEADLINE_KIND_COUNT];
	size_t i, k;

	if (sc->nsummary == 0)
		return;
	work_out(s, dl, has);
	pg->summary = xcalloc(sc->nsummary, sizeof *pg->summary);
	for (i = 0; i < sc->nsummary; i++) {
		const struct summary_line *ln = &sc->summary[i];
		const char *text = tr(&ln->text), *dated, *at;

		if ((ln->if_marks & marks) != ln->if_marks || (ln->unless & marks) != 0)
			continue;
		for (k = 0; k < DEADLINE_KIND_COUNT; k++)
			if ((ln->deadline & (1u << k)) && has[k] && ln->dated.en != NULL) {
				dated = tr(&ln->dated);
				/* A translation that lost {date} keeps the rule in words. */
				if ((at = strstr(dated, "{date}")) != NULL) {
					char *when = date_format_long(dl[k].date);

					text = format(pg, "%.*s%s%s", (int)(at - dated), dated, when,
						      at + strlen("{date}"));
					free(when);
				}
			}
		pg->summary[pg->nsummary++] = text;
	}
}

/* The dates a journey code gave, in words, so a mistyped code that still
   decodes is seen before any deadline worked out from it. */
static void
page_code_dates(struct page *pg, const struct session *s)
{
	bool l = s->has_date[DATE_KEY_LETTER], c = s->has_date[DATE_KEY_CERTIFICATE];
	char *ld = l ? date_format_long(s->dates[DATE_KEY_LETTER]) : NULL;
	char *cd = c ? date_format_long(s->dates[DATE_KEY_CERTIFICATE]) : NULL;

	if (!s->dates_from_code || (!l && !c))
		;
	else if (l && c)
		/* TRANSLATORS: the dates read from a journey code, each a long
		   date ("Monday 2 November 2026"). */
		pg->code_dates = format(pg, _("Decision letter dated %s; certificate dated %s."), ld, cd);
	else if (l)
		/* TRANSLATORS: the date read from a journey code. */
		pg->code_dates = format(pg, _("Decision letter dated %s; no certificate date given."), ld);
	else
		/* TRANSLATORS: the date read from a journey code. */
		pg->code_dates = format(pg, _("Certificate dated %s; no decision letter date given."), cd);
	free(ld);
	free(cd);
}

/* The outcome's journey code: the screen, the area and the dates given. */
static void
page_code(struct page *pg, const struct session *s)
{
	struct jcode_journey j = { .screen = s->current, .area = s->area };
	char code[JCODE_MAX];
	size_t k;

	for (k = 0; k < DATE_KEY_COUNT && k < JCODE_NDATES; k++) {
		j.has[k] = s->has_date[k];
		j.dates[k] = s->dates[k];
	}
	if (jcode_encode(s->guide, &j, code) != JCODE_OK)
		return;
	pg->code = format(pg, "%s", code);
	/* TRANSLATORS: a short code that reopens this page; an adviser may ask
	   for it on the phone. */
	pg->code_line = format(pg, _("Journey code: %s"), code);
}

const char *
page_answer_question(struct page *pg, const struct session *s, size_t i)
{
	(void)pg;
	return tr(&s->history[i]->title);
}

const char *
page_answer_text(struct page *pg, const struct session *s, size_t i)
{
	const struct screen *sc = s->history[i];
	const struct session_answer *a = &s->answers[i];

	if (sc->kind == SCREEN_DATE) {
		if (a->dated) {
			char *d = date_format_long(a->date);

			return keep(pg, d);
		}
		return sc->skip.en != NULL ? tr(&sc->skip) : _("Skipped");
	}
	if (a->choice < sc->nchoices)
		return sc->choices[a->choice].label.en != NULL ? tr(&sc->choices[a->choice].label)
			: _("Continue");
	return "";
}

static void
build(struct page *pg, const struct session *s, bool full)
{
	const struct screen *sc = s->current, *to;
	const struct guide *g = s->guide;
	/* A screen with a summary opens with it; its body is one choice away. */
	bool open = full || s->more || sc->nsummary == 0;
	/* A screen's contacts are listed briefly, every detail one choice
	   away; a document (full) has room for every card whole. */
	bool brief = !full && !s->details;
	size_t i;

	page_free(pg);
	pg->screen = sc;
	pg->title = tr(&sc->title);
	page_summary(pg, s);
	if (open) {
		pg->body = sc->body;
		pg->nbody = sc->nbody;
	}
	if (sc->kind == SCREEN_DATE) {
		/* The date is typed, not chosen: the only numbered action is the skip. */
		pg->date_hint = date_format_hint();
		add_action(pg, PAGE_ACTION_SKIP, 0, sc->nchoices ? sc->choices[0].target : NULL,
			   sc->skip.en != NULL ? tr(&sc->skip) : _("Skip this question"));
	}
	page_code_dates(pg, s);
	if (sc->kind == SCREEN_OUTCOME) {
		page_deadlines(pg, s, open);
		page_code(pg, s);
	}
	for (i = 0; i < sc->nchoices && sc->kind != SCREEN_DATE; i++) {
		const struct choice *ch = &sc->choices[i];

		if (!session_offers(s, ch))
			continue;
		add_action(pg, PAGE_ACTION_CHOICE, i, ch->target,
			   ch->label.en != NULL ? tr(&ch->label) : _("Continue"));
	}
	if ((to = session_dates_screen(s)) != NULL)
		add_action(pg, PAGE_ACTION_DATES, 0, to, _("Work out my dates"));
	if (!open)
		add_action(pg, PAGE_ACTION_MORE, 0, sc,
			   sc->kind == SCREEN_OUTCOME ? _("Why, and the rules")
			   : _("Tell me more"));
	if (session_lists_contacts(sc)) {
		page_contacts_for(pg, g, s->area, sc);
		if ((to = session_redirect(s)) != NULL)
			add_action(pg, PAGE_ACTION_REDIRECT, 0, to, tr(&to->title));
		if (pg->contacts.kind == PAGE_CONTACTS_NATIONAL && g->national != NULL
		    && g->national != sc)
			add_action(pg, PAGE_ACTION_NATIONAL, 0, g->national,
				   format(pg, _("National advice: %s"), tr(&g->national->title)));
		if (g->nareas > 0)
			add_action(pg, PAGE_ACTION_AREA, 0, NULL,
				   s->area == NULL ? _("Choose your area") : _("Choose a different area"));
	}
	if (sc->finish)
		add_action(pg, PAGE_ACTION_FINISH, 0, NULL, _("Finished: start again"));
	/* Last, so that choosing an area keeps every number heard before it:
	   a listener hears only the one new line (plain.c, set_area). */
	if (session_lists_contacts(sc) && pg->contacts.kind == PAGE_CONTACTS_CARDS && brief) {
		pg->contacts.brief = true;
		add_action(pg, PAGE_ACTION_DETAILS, 0, sc, _("All contact details"));
	}
}

void
page_build(struct page *pg, const struct session *s)
{
	build(pg, s, false);
}

void
page_build_full(struct page *pg, const struct session *s)
{
	build(pg, s, true);
}

enum page_follow
page_follow(const struct page *pg, size_t n, struct session *s)
{
	const struct page_action *a = &pg->actions[n];

	switch (a->kind) {
	case PAGE_ACTION_CHOICE:
		session_choose(s, a->choice);
		break;
	case PAGE_ACTION_REDIRECT:
	case PAGE_ACTION_NATIONAL:
		session_jump(s, a->to);
		break;
	case PAGE_ACTION_AREA:
		return PAGE_FOLLOW_ASK_AREA;
	case PAGE_ACTION_FINISH:
		if (session_finish(s))
			return PAGE_FOLLOW_FORGOT;
		break;
	case PAGE_ACTION_SKIP:
		session_answer_date(s, NULL);
		break;
	case PAGE_ACTION_MORE:
		session_more(s);
		break;
	case PAGE_ACTION_DATES:
		session_work_out_dates(s);
		break;
	case PAGE_ACTION_DETAILS:
		session_details(s);
		break;
	}
	return PAGE_FOLLOW_MOVED;
}

const char *
page_important_prefix(void)
{
	/* Rebuilt at every call: the interface language may have changed. */
	static char buf[128];

	/* TRANSLATORS: before a paragraph that must not be missed. */
	snprintf(buf, sizeof buf, "%s ", _("Important:"));
	return buf;
}
