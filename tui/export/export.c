/* export.c: the whole guide as plain text, HTML, a Graphviz graph or a PO template. */
/*
 * Text, HTML and graph use tr(), so --lang exports a translation; the PO
 * template is the English source by definition. Content is checked before
 * it gets here, but translations are not, so every string is written
 * through a filter that replaces control characters and bidi overrides
 * (the same rule as the plain view), and escaped for its format.
 */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>

#include "calendar.h"
#include "source_dates.h"
#include "date_text.h"
#include "export.h"
#include "lang.h"
#include "layout.h"
#include "page.h"
#include "textsafe.h"
#include "xalloc.h"

#define TEXT_WIDTH 72
#define GRAPH_LABEL_WIDTH 28
#define ALL_SERVICES ((1u << SERVICE_COUNT) - 1)

enum escape { ESC_NONE, ESC_HTML, ESC_DOT };

/* Write s safely for the format: unsafe characters become '?' (invisible
   ones are dropped), and what the format gives meaning to is escaped. */
static void
put_n(FILE *out, const char *s, size_t len, enum escape esc)
{
	size_t i = 0, safe_end = 0;

	while (i < len) {
		ucs4_t uc;
		size_t bad;
		const char *repl;
		int n;

		/* The safe run from here: a character's neighbours decide
		   whether it is safe (a joiner inside an emoji sequence). */
		if (i >= safe_end) {
			safe_end = i + textsafe_span(s + i, len - i, false, &bad, &repl);
			if (safe_end == i) {
				fputs(repl, out);
				i += bad;
				continue;
			}
		}
		n = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i);
		if (esc == ESC_HTML && (uc == '&' || uc == '<' || uc == '>' || uc == '"' || uc == '\'')) {
			fputs(uc == '&' ? "&amp;" : uc == '<' ? "&lt;" : uc == '>' ? "&gt;"
			      : uc == '"' ? "&quot;" : "&#39;", out);
		} else if (esc == ESC_DOT && (uc == '"' || uc == '\\')) {
			fputc('\\', out);
			fputc((int)uc, out);
		} else {
			fwrite(s + i, 1, (size_t)n, out);
		}
		i += (size_t)n;
	}
}

static void
put(FILE *out, const char *s, enum escape esc)
{
	if (s != NULL)
		put_n(out, s, strlen(s), esc);
}

static int
finish(FILE *out)
{
	return fflush(out) != 0 || ferror(out) ? -1 : 0;
}

static const char *
label_of(const struct choice *c)
{
	return c->label.en != NULL ? tr(&c->label) : _("Continue");
}

static const char *
kind_name(enum screen_kind k)
{
	switch (k) {
	case SCREEN_QUESTION: return _("Question");
	case SCREEN_INFORMATION: return _("Information");
	case SCREEN_OUTCOME: return _("What to do");
	case SCREEN_DATE: return _("Question about a date");
	default: return _("Contacts");
	}
}

/* ---- Plain text ---- */

static void
text_wrapped(FILE *out, struct layout *lay, const char *prefix, const char *text, bool hang)
{
	int pw = prefix != NULL ? layout_width(prefix, strlen(prefix)) : 0;
	size_t i;

	layout_clear(lay);
	layout_wrap(lay, text != NULL ? text : "", text != NULL ? strlen(text) : 0,
		    TEXT_WIDTH, pw, hang ? pw : 0);
	for (i = 0; i < lay->count; i++) {
		const struct layout_line *ln = &lay->lines[i];

		if (i == 0 && prefix != NULL)
			put(out, prefix, ESC_NONE);
		else
			fprintf(out, "%*s", ln->indent, "");
		put_n(out, ln->text, ln->len, ESC_NONE);
		fputc('\n', out);
	}
}

static void
text_underline(FILE *out, const char *title, char c)
{
	int w = layout_width(title, strlen(title)), i;

	put(out, title, ESC_NONE);
	fputc('\n', out);
	for (i = 0; i < w; i++)
		fputc(c, out);
	fputc('\n', out);
}

static void
text_screen(FILE *out, struct layout *lay, const struct screen *sc)
{
	size_t b, k;

	text_underline(out, tr(&sc->title), '=');
	if (sc->nsummary > 0)
		fputc('\n', out);
	for (k = 0; k < sc->nsummary; k++)
		if (sc->summary[k].if_marks == 0)
			text_wrapped(out, lay, NULL, tr(&sc->summary[k].text), false);
	for (b = 0; b < sc->nbody; b++) {
		const struct block *bl = &sc->body[b];

		fputc('\n', out);
		for (k = 0; k < bl->nitems; k++)
			text_wrapped(out, lay,
				     bl->kind == BLOCK_BULLETS ? "- "
				     : bl->kind == BLOCK_IMPORTANT ? page_important_prefix() : NULL,
				     tr(&bl->items[k]), bl->kind == BLOCK_BULLETS);
	}
	if (session_lists_contacts(sc)) {
		struct page pg = { 0 };
		const char *services = page_services(&pg, sc->contacts ? sc->contacts : ALL_SERVICES);
		char *line;

		xasprintf(&line, _("Contacts: see \"Councils\" at the end for whom to contact where you live (%s)."),
			  services);
		fputc('\n', out);
		text_wrapped(out, lay, NULL, line, false);
		free(line);
		page_free(&pg);
	}
	if (sc->nchoices > 0)
		fputc('\n', out);
	for (k = 0; k < sc->nchoices; k++) {
		char *line;

		xasprintf(&line, _("%s (see: %s)"), label_of(&sc->choices[k]),
			  tr(&sc->choices[k].target->title));
		text_wrapped(out, lay, "-> ", line, true);
		free(line);
	}
	if (sc->nsources > 0) {
		/* Addresses on lines of their own, never broken, so they can be
		   copied. */
		fputc('\n', out);
		put(out, _("Sources"), ESC_NONE);
		fputs(":\n", out);
		for (k = 0; k < sc->nsources; k++) {
			const struct source *src = sc->sources[k];

			text_wrapped(out, lay, "- ", src->title.en, true);
			if (src->url != NULL) {
				fputs("  ", out);
				put(out, src->url, ESC_NONE);
				fputc('\n', out);
			}
		}
	}
}

/* A provider card (page.h) as plain text: each address on a line of its
   own, never broken, so it can be copied. */
static void
text_card(FILE *out, struct layout *lay, const struct card *c)
{
	size_t i;

	fputc('\n', out);
	text_underline(out, c->name, '-');
	if (c->services != NULL)
		text_wrapped(out, lay, "  ", c->services, true);
	for (i = 0; i < c->npoints; i++) {
		fputs("  ", out);
		put(out, c->points[i].line, ESC_NONE);
		fputc('\n', out);
		if (c->points[i].note != NULL)
			text_wrapped(out, lay, "    ", c->points[i].note, true);
		if (c->points[i].source != NULL)
			text_wrapped(out, lay, "    ", c->points[i].source, true);
	}
	if (c->hours != NULL)
		text_wrapped(out, lay, "  ", c->hours, true);
	text_wrapped(out, lay, "  ", c->source, true);
}

static void
text_provider(FILE *out, struct layout *lay, const struct provider *pr)
{
	struct page pg = { 0 };
	struct card c;

	page_card(&pg, &c, pr, NULL);
	text_card(out, lay, &c);
	card_free(&c);
	page_free(&pg);
}

/* An area in the list of councils: the page's contacts decision, with the
   providers named (their cards are under "Providers"). */
static void
text_area(FILE *out, struct layout *lay, const struct guide *g, const struct area *a)
{
	struct page pg = { 0 };
	size_t i;

	page_contacts_for(&pg, g, a, NULL);
	fputs("  ", out);
	put(out, a->name.en, ESC_NONE);
	fputc('\n', out);
	if (pg.contacts.message != NULL)
		text_wrapped(out, lay, "    ", pg.contacts.message, true);
	for (i = 0; i < pg.contacts.ncards; i++) {
		const struct card *c = &pg.contacts.cards[i];

		fputs("    ", out);
		put(out, c->name, ESC_NONE);
		if (c->service_list != NULL) {
			fputs(" (", out);
			put(out, c->service_list, ESC_NONE);
			fputc(')', out);
		}
		fputc('\n', out);
		if (c->link_note != NULL)
			text_wrapped(out, lay, "      ", c->link_note, true);
		if (c->link_source != NULL)
			text_wrapped(out, lay, "      ", c->link_source, true);
	}
	page_free(&pg);
}

int
export_text(const struct guide *g, FILE *out)
{
	struct layout lay = { 0 };
	size_t i, r, k;

	text_underline(out, _("A guide to disagreements about SEND support in England"), '#');
	for (i = 0; i < g->nscreens; i++) {
		fputs("\n\n", out);
		text_screen(out, &lay, &g->screens[i]);
	}
	if (g->nproviders > 0) {
		fputs("\n\n", out);
		text_underline(out, _("Providers"), '=');
		for (i = 0; i < g->nproviders; i++)
			text_provider(out, &lay, &g->providers[i]);
	}
	if (g->nregions > 0) {
		fputs("\n\n", out);
		text_underline(out, _("Councils"), '=');
		for (r = 0; r < g->nregions; r++) {
			const struct region *rg = &g->regions[r];

			fputc('\n', out);
			put(out, tr(&rg->name), ESC_NONE);
			fputc('\n', out);
			for (k = 0; k < rg->nareas; k++)
				text_area(out, &lay, g, rg->areas[k]);
		}
	}
	layout_free(&lay);
	return finish(out);
}

/* One page as a session has it (--export=text --code): the outcome, the
   dates worked out, the area's contacts and the sources with their dates,
   as text an adviser can e-mail. */
int
export_page_text(const struct session *s, FILE *out)
{
	struct layout lay = { 0 };
	struct page pg = { 0 };
	const struct screen *sc = s->current;
	size_t b, k;

	page_build_full(&pg, s);
	text_underline(out, pg.title, '=');
	if (pg.code_line != NULL) {
		fputc('\n', out);
		text_wrapped(out, &lay, NULL, pg.code_line, false);
	}
	if (pg.code_dates != NULL) {
		fputc('\n', out);
		text_wrapped(out, &lay, NULL, pg.code_dates, false);
	}
	/* What to do, by when and with whom; then how each of the family's
	   dates was worked out; then the reasons. */
	if (pg.nsummary > 0)
		fputc('\n', out);
	for (k = 0; k < pg.nsummary; k++)
		text_wrapped(out, &lay, NULL, pg.summary[k], false);
	for (k = 0; k < pg.ndeadlines; k++) {
		fputc('\n', out);
		text_wrapped(out, &lay, NULL, pg.deadlines[k].what, false);
		text_wrapped(out, &lay, "  ", pg.deadlines[k].how, true);
	}
	if (pg.dates_note != NULL) {
		fputc('\n', out);
		text_wrapped(out, &lay, NULL, pg.dates_note, false);
	}
	for (b = 0; b < pg.nbody; b++) {
		const struct block *bl = &pg.body[b];

		fputc('\n', out);
		for (k = 0; k < bl->nitems; k++)
			text_wrapped(out, &lay,
				     bl->kind == BLOCK_BULLETS ? "- "
				     : bl->kind == BLOCK_IMPORTANT ? page_important_prefix() : NULL,
				     tr(&bl->items[k]), bl->kind == BLOCK_BULLETS);
	}
	if (pg.contacts.kind != PAGE_CONTACTS_NONE) {
		fputc('\n', out);
		text_wrapped(out, &lay, NULL, pg.contacts.heading, false);
		if (pg.contacts.message != NULL)
			text_wrapped(out, &lay, NULL, pg.contacts.message, false);
		for (k = 0; k < pg.contacts.ncards; k++)
			text_card(out, &lay, &pg.contacts.cards[k]);
	}
	if (sc->nsources > 0) {
		fputc('\n', out);
		put(out, _("Sources"), ESC_NONE);
		fputs(":\n", out);
		for (k = 0; k < sc->nsources; k++) {
			const struct source *src = sc->sources[k];
			char *date = source_date_text(src), *line;

			xasprintf(&line, "%s; %s", tr(&src->title), date);
			text_wrapped(out, &lay, "- ", line, true);
			free(line);
			free(date);
			if (src->url != NULL) {
				fputs("  ", out);
				put(out, src->url, ESC_NONE);
				fputc('\n', out);
			}
		}
	}
	page_free(&pg);
	layout_free(&lay);
	return finish(out);
}

/* ---- HTML ---- */

static void
html_text(FILE *out, const char *open, const char *s, const char *close)
{
	fputs(open, out);
	put(out, s, ESC_HTML);
	fputs(close, out);
}

/* s between open and close, in a span marked lang="en" when it is English
   in a translated document: a screen reader then reads it with English
   rules, and a reader sees it is not a translation gap of the program. */
static void
html_span(FILE *out, const char *open, const char *s, bool english, const char *close)
{
	english = english && strcmp(lang_current(), "en") != 0;
	fputs(open, out);
	if (english)
		fputs("<span lang=\"en\">", out);
	put(out, s, ESC_HTML);
	if (english)
		fputs("</span>", out);
	fputs(close, out);
}

/* An interface string (marked N_()): English where the catalogue lacks it. */
static void
html_ui(FILE *out, const char *open, const char *msgid, const char *close)
{
	const char *s = _(msgid);

	html_span(out, open, s, s == msgid, close);
}

/* A content string: English where its translation is missing. */
static void
html_tr(FILE *out, const char *open, const struct text *t, const char *close)
{
	const char *s = tr(t);

	html_span(out, open, s, s == t->en, close);
}

/* A proper name shown as written (a council, a provider, a source's
   title): always English, so a screen reader says it as its owners do. */
static void
html_name(FILE *out, const char *open, const char *s, const char *close)
{
	html_span(out, open, s, true, close);
}

/* Web addresses in the content are sometimes written without a scheme
   ("www.example.org"); a link needs one to leave the page. */
static void
html_href_web(FILE *out, const char *url)
{
	if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
		fputs("https://", out);
	put(out, url, ESC_HTML);
}

/* anchors: the document has #source- targets to link a point's source to. */
static void
html_points(FILE *out, const struct card *c, bool anchors)
{
	size_t i;
	const char *ch;

	for (i = 0; i < c->npoints; i++) {
		const struct card_point *pt = &c->points[i];
		const struct contact_point *cp = pt->point;

		/* The line is "Phone: 01632 960000": the value at its end is the link. */
		size_t lead = strlen(pt->line) - strlen(cp->value);

		fputs("<li>", out);
		if (strcmp(pt->line + lead, cp->value) == 0)
			put_n(out, pt->line, lead, ESC_HTML);
		fputs("<a href=\"", out);
		if (pt->kind == CARD_PHONE) {
			fputs("tel:", out);
			for (ch = cp->value; *ch != '\0'; ch++)
				if ((*ch >= '0' && *ch <= '9') || *ch == '+')
					fputc(*ch, out);
		} else if (pt->kind == CARD_EMAIL) {
			fputs("mailto:", out);
			put(out, cp->value, ESC_HTML);
		} else {
			html_href_web(out, cp->value);
		}
		html_text(out, "\">", cp->value, "</a>");
		if (pt->note != NULL)
			html_text(out, " (", pt->note, ")");
		if (pt->source != NULL && anchors) {
			html_text(out, " <small><a href=\"#source-", cp->source->id, "\">");
			html_text(out, "", pt->source, "</a></small>");
		} else if (pt->source != NULL) {
			html_text(out, " <small>", pt->source, "</small>");
		}
		fputs("</li>\n", out);
	}
}

/* A screen's body: paragraphs, bullets and "Important:" paragraphs. */
static void
html_blocks(FILE *out, const struct block *body, size_t nbody)
{
	size_t b, k;

	for (b = 0; b < nbody; b++) {
		const struct block *bl = &body[b];

		if (bl->kind == BLOCK_BULLETS)
			fputs("<ul>\n", out);
		for (k = 0; k < bl->nitems; k++) {
			if (bl->kind == BLOCK_BULLETS) {
				html_tr(out, "<li>", &bl->items[k], "</li>\n");
			} else if (bl->kind == BLOCK_IMPORTANT) {
				html_ui(out, "<p class=\"important\"><strong>", N_("Important:"), " </strong>");
				html_tr(out, "", &bl->items[k], "</p>\n");
			} else {
				html_tr(out, "<p>", &bl->items[k], "</p>\n");
			}
		}
		if (bl->kind == BLOCK_BULLETS)
			fputs("</ul>\n", out);
	}
}

static void
html_screen(FILE *out, const struct guide *g, const struct screen *sc, bool has_areas)
{
	size_t k;

	html_text(out, "<section id=\"screen-", sc->id, "\">\n");
	html_tr(out, "<h2>", &sc->title, "</h2>\n");
	html_text(out, "<p class=\"kind\">", kind_name(sc->kind), "</p>\n");
	for (k = 0; k < sc->nsummary; k++)
		if (sc->summary[k].if_marks == 0)
			html_tr(out, "<p class=\"summary\"><strong>", &sc->summary[k].text,
				"</strong></p>\n");
	html_blocks(out, sc->body, sc->nbody);
	if (session_lists_contacts(sc)) {
		struct page pg = { 0 };

		/* A printed page cannot ask for a council: it names where every
		   council's contacts are, region by region. */
		fputs("<p>", out);
		html_ui(out, "", N_("Whom to contact depends on your council: "), "");
		if (has_areas)
			html_ui(out, "<a href=\"#councils\">", N_("Councils"), "</a>");
		else
			html_ui(out, "", N_("Councils"), "");
		fputs(" (", out);
		put(out, page_services(&pg, sc->contacts ? sc->contacts : ALL_SERVICES), ESC_HTML);
		fputs(").</p>\n", out);
		if (has_areas && g->nregions > 0) {
			fputs("<ul class=\"regions\">\n", out);
			for (k = 0; k < g->nregions; k++) {
				html_text(out, "<li><a href=\"#region-", g->regions[k].id, "\">");
				html_tr(out, "", &g->regions[k].name, "</a></li>\n");
			}
			fputs("</ul>\n", out);
		}
		page_free(&pg);
	}
	if (sc->nchoices > 0) {
		fputs("<ul class=\"choices\">\n", out);
		for (k = 0; k < sc->nchoices; k++) {
			const struct choice *c = &sc->choices[k];

			html_text(out, "<li><a href=\"#screen-", c->target->id, "\">");
			/* "Continue" sixteen times says nothing on paper or to a
			   screen reader's list of links: name where it goes. */
			if (c->label.en != NULL) {
				html_tr(out, "", &c->label, "</a></li>\n");
			} else {
				char *label;

				/* TRANSLATORS: a link to the next screen in the exported
				   guide; %s is that screen's title. */
				xasprintf(&label, _("Continue: %s"), tr(&c->target->title));
				html_text(out, "", label, "</a></li>\n");
				free(label);
			}
		}
		fputs("</ul>\n", out);
	}
	if (sc->nsources > 0) {
		html_ui(out, "<p class=\"sources\">", N_("Sources"), ": ");
		for (k = 0; k < sc->nsources; k++) {
			if (k > 0)
				fputs("; ", out);
			html_text(out, "<a href=\"#source-", sc->sources[k]->id, "\">");
			html_name(out, "", sc->sources[k]->title.en, "</a>");
		}
		fputs("</p>\n", out);
	}
	fputs("</section>\n", out);
}

static void
html_provider(FILE *out, const struct provider *pr)
{
	struct page pg = { 0 };
	struct card c;

	page_card(&pg, &c, pr, NULL);
	html_text(out, "<section id=\"provider-", pr->id, "\">\n");
	html_name(out, "<h3>", c.name, "</h3>\n<ul>\n");
	if (c.services != NULL)
		html_text(out, "<li>", c.services, "</li>\n");
	html_points(out, &c, true);
	if (c.hours != NULL)
		html_text(out, "<li>", c.hours, "</li>\n");
	if (pr->source != NULL) {
		html_text(out, "<li><a href=\"#source-", pr->source->id, "\">");
		html_text(out, "", c.source, "</a></li>\n");
	} else {
		html_text(out, "<li>", c.source, "</li>\n");
	}
	fputs("</ul>\n</section>\n", out);
	card_free(&c);
	page_free(&pg);
}

/* An area in the list of councils: the page's contacts decision, linked
   to the screen it names or to the providers' cards. */
static void
html_area(FILE *out, const struct guide *g, const struct area *a)
{
	struct page pg = { 0 };
	const struct screen *to = NULL;
	size_t i;

	page_contacts_for(&pg, g, a, NULL);
	html_text(out, "<li id=\"area-", a->id, "\">");
	html_name(out, "", a->name.en, "");
	if (pg.contacts.kind == PAGE_CONTACTS_REDIRECT)
		to = a->redirect;
	else if (pg.contacts.kind == PAGE_CONTACTS_NATIONAL)
		to = g->national;
	if (pg.contacts.message != NULL) {
		fputs(": ", out);
		if (to != NULL)
			html_text(out, "<a href=\"#screen-", to->id, "\">");
		put(out, pg.contacts.message, ESC_HTML);
		if (to != NULL)
			fputs("</a>", out);
	}
	if (pg.contacts.ncards > 0) {
		fputs("\n<ul>\n", out);
		for (i = 0; i < pg.contacts.ncards; i++) {
			const struct card *c = &pg.contacts.cards[i];

			html_text(out, "<li><a href=\"#provider-", c->provider->id, "\">");
			html_name(out, "", c->name, "</a>");
			if (c->service_list != NULL)
				html_text(out, " (", c->service_list, ")");
			if (c->link_note != NULL)
				html_text(out, "<br/>", c->link_note, "");
			if (c->link_source != NULL)
				html_text(out, "<br/><small>", c->link_source, "</small>");
			fputs("</li>\n", out);
		}
		fputs("</ul>\n", out);
	}
	fputs("</li>\n", out);
	page_free(&pg);
}

/* The version and the day the document was made, so a printed or e-mailed
   copy can be dated; SOURCE_DATE_EPOCH makes the file reproducible. */
static void
html_made(FILE *out)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = epoch != NULL && *epoch != '\0' ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct date d = date_from_days((long)(now >= 0 ? now / 86400 : (now - 86399) / 86400));
	char *words = date_format_short(d), *line;
	char iso[16];

	snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.y, d.m, d.d);
	/* TRANSLATORS: the first %s is the program and its version
	   ("sendguide 0.1.0"), the second a date in words. */
	xasprintf(&line, _("Made with %s on %s."), PACKAGE_STRING, "\x01");
	{
		char *at = strchr(line, '\x01');

		fputs("<p class=\"made\">", out);
		if (at != NULL) {
			put_n(out, line, (size_t)(at - line), ESC_HTML);
			html_text(out, "<time datetime=\"", iso, "\">");
			html_text(out, "", words, "</time>");
			put(out, at + 1, ESC_HTML);
		} else {
			put(out, line, ESC_HTML);
		}
		fputs("</p>\n", out);
	}
	free(line);
	free(words);
}

int
export_html(const struct guide *g, FILE *out)
{
	const char *title = _("A guide to disagreements about SEND support in England");
	size_t i, r, k;

	fputs("<!DOCTYPE html>\n", out);
	html_text(out, "<html lang=\"", lang_current(), "\">\n<head>\n<meta charset=\"utf-8\"/>\n");
	fputs("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n", out);
	html_text(out, "<title>", title, "</title>\n");
	fputs("<style>.important{border-left:4px solid;padding-left:.5em}"
	      "section{margin-bottom:2em}.kind{font-style:italic}"
	      ".notice{border:2px solid;padding:.5em}\n"
	      /* On paper a link is its address, and each screen starts a page. */
	      "@media print{nav{display:none}"
	      "a[href^=\"http\"]::after,a[href^=\"mailto:\"]::after,a[href^=\"tel:\"]::after"
	      "{content:\" (\" attr(href) \")\";font-size:90%;word-break:break-all}"
	      "main>section[id^=\"screen-\"]{break-before:page}"
	      "#providers,#councils,#sources{break-before:page}"
	      "h2,h3{break-after:avoid}li{break-inside:avoid}}</style>\n", out);
	fputs("</head>\n<body>\n", out);
	html_text(out, "<header><h1>", title, "</h1>\n");
	html_made(out);
	if (!lang_reviewed())
		html_text(out, "<p class=\"notice\" role=\"note\"><strong>",
			  _("This translation has not been reviewed yet. The English version is the one to rely on."),
			  "</strong></p>\n");
	fputs("</header>\n", out);
	html_text(out, "<nav aria-label=\"", _("Contents"), "\">\n<ul>\n");
	for (i = 0; i < g->nscreens; i++) {
		html_text(out, "<li><a href=\"#screen-", g->screens[i].id, "\">");
		html_tr(out, "", &g->screens[i].title, "</a></li>\n");
	}
	if (g->nproviders > 0)
		html_ui(out, "<li><a href=\"#providers\">", N_("Providers"), "</a></li>\n");
	if (g->nregions > 0)
		html_ui(out, "<li><a href=\"#councils\">", N_("Councils"), "</a></li>\n");
	if (g->nsources > 0)
		html_ui(out, "<li><a href=\"#sources\">", N_("Sources"), "</a></li>\n");
	fputs("</ul>\n</nav>\n<main>\n", out);
	for (i = 0; i < g->nscreens; i++)
		html_screen(out, g, &g->screens[i], g->nregions > 0);
	if (g->nproviders > 0) {
		html_ui(out, "<section id=\"providers\">\n<h2>", N_("Providers"), "</h2>\n");
		for (i = 0; i < g->nproviders; i++)
			html_provider(out, &g->providers[i]);
		fputs("</section>\n", out);
	}
	if (g->nregions > 0) {
		html_ui(out, "<section id=\"councils\">\n<h2>", N_("Councils"), "</h2>\n");
		for (r = 0; r < g->nregions; r++) {
			const struct region *rg = &g->regions[r];

			html_text(out, "<section id=\"region-", rg->id, "\">\n");
			html_tr(out, "<h3>", &rg->name, "</h3>\n<ul>\n");
			for (k = 0; k < rg->nareas; k++)
				html_area(out, g, rg->areas[k]);
			fputs("</ul>\n</section>\n", out);
		}
		fputs("</section>\n", out);
	}
	if (g->nsources > 0) {
		html_ui(out, "<section id=\"sources\">\n<h2>", N_("Sources"), "</h2>\n<ul>\n");
		for (i = 0; i < g->nsources; i++) {
			const struct source *src = &g->sources[i];

			html_text(out, "<li id=\"source-", src->id, "\">");
			if (src->url != NULL) {
				fputs("<a href=\"", out);
				html_href_web(out, src->url);
				html_name(out, "\">", src->title.en, "</a>");
			} else {
				html_name(out, "", src->title.en, "");
				if (src->seed != NULL)
					html_text(out, " (", src->seed, ")");
			}
			fputs("</li>\n", out);
		}
		fputs("</ul>\n</section>\n", out);
	}
	fputs("</main>\n</body>\n</html>\n", out);
	return finish(out);
}

/* ---- One page for a family (--export=html --code) ---- */

/* Printed on one A4 sheet: small type, narrow margins, the contacts in two
   columns, a link shown as its own text (each one's text is its address);
   on a screen the same page reads as a normal document. */
static const char page_style[] =
	"<style>\n"
	"@page{size:A4;margin:11mm 12mm}\n"
	"body{font-family:sans-serif;font-size:10.5pt;line-height:1.3;max-width:46em;margin:1em auto;padding:0 1em}\n"
	"h1{font-size:15pt;margin:0 0 .2em}h2{font-size:11.5pt;margin:.7em 0 .2em}"
	"h3{font-size:10.5pt;margin:.3em 0 .1em}\n"
	"p,ul,ol{margin:.25em 0}ul,ol{padding-left:1.3em}\n"
	".code{font-weight:bold}.dates{border:2px solid;padding:.2em .6em;margin:.4em 0}"
	".dates li{margin:.15em 0}.how{font-size:90%}\n"
	".important{border-left:4px solid;padding-left:.5em}"
	".notice{border:2px solid;padding:.3em}\n"
	".card{break-inside:avoid;page-break-inside:avoid}.card ul{list-style:none;padding-left:0}\n"
	".sources,.made,.more{font-size:85%}.sources a,.card a{overflow-wrap:anywhere}\n"
	"@media print{body{font-size:9pt;line-height:1.22;max-width:none;margin:0;padding:0}"
	"h1{font-size:13.5pt}h2{font-size:10pt;margin:.4em 0 .1em}h3{font-size:9.2pt;margin:.15em 0 0}"
	"p,ul,ol{margin:.1em 0}.cards{columns:2;column-gap:6mm}.sources ul{columns:2;column-gap:6mm}"
	".sources,.made,.more{font-size:7.2pt;line-height:1.15}a{color:inherit;text-decoration:none}}\n"
	"</style>\n";

/* The contacts section of a page: its heading, its message and each card. */
static void
page_html_contacts(FILE *out, const struct page_contacts *pc)
{
	size_t i;

	fputs("<section class=\"contacts\">\n", out);
	html_text(out, "<h2>", pc->heading, "</h2>\n");
	if (pc->message != NULL)
		html_text(out, "<p>", pc->message, "</p>\n");
	if (pc->ncards > 0)
		fputs("<div class=\"cards\">\n", out);
	for (i = 0; i < pc->ncards; i++) {
		const struct card *c = &pc->cards[i];

		fputs("<div class=\"card\">\n", out);
		html_name(out, "<h3>", c->name, "</h3>\n");
		if (c->services != NULL)
			html_text(out, "<p>", c->services, "</p>\n");
		if (c->link_note != NULL)
			html_text(out, "<p>", c->link_note, "</p>\n");
		fputs("<ul>\n", out);
		html_points(out, c, false);
		if (c->hours != NULL)
			html_text(out, "<li>", c->hours, "</li>\n");
		fputs("</ul>\n", out);
		html_text(out, "<p class=\"sources\">", c->source, "</p>\n");
		fputs("</div>\n", out);
	}
	if (pc->ncards > 0)
		fputs("</div>\n", out);
	fputs("</section>\n", out);
}

int
export_page_html(const struct session *s, FILE *out)
{
	struct page pg = { 0 };
	const struct screen *sc = s->current;
	size_t k, more = 0;

	page_build(&pg, s);
	fputs("<!DOCTYPE html>\n", out);
	html_text(out, "<html lang=\"", lang_current(), "\">\n<head>\n<meta charset=\"utf-8\"/>\n");
	fputs("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n", out);
	html_text(out, "<title>", pg.title, "</title>\n");
	fputs(page_style, out);
	fputs("</head>\n<body>\n<main>\n", out);
	html_tr(out, "<h1>", &sc->title, "</h1>\n");
	if (!lang_reviewed())
		html_text(out, "<p class=\"notice\" role=\"note\"><strong>",
			  _("This translation has not been reviewed yet. The English version is the one to rely on."),
			  "</strong></p>\n");
	if (pg.code_line != NULL)
		html_text(out, "<p class=\"code\">", pg.code_line, "</p>\n");
	/* What to do, by when and with whom first; then how each of the
	   family's dates was worked out. The reasons stay one choice away in
	   the guide (page_build, not page_build_full), so the page fits. */
	if (pg.code_dates != NULL)
		html_text(out, "<p class=\"code-dates\"><strong>", pg.code_dates, "</strong></p>\n");
	for (k = 0; k < pg.nsummary; k++)
		html_text(out, "<p class=\"summary\"><strong>", pg.summary[k], "</strong></p>\n");
	if (pg.ndeadlines > 0) {
		fputs("<section class=\"dates\">\n<ul>\n", out);
		for (k = 0; k < pg.ndeadlines; k++) {
			html_text(out, "<li><strong>", pg.deadlines[k].what, "</strong>");
			html_text(out, "<br/><span class=\"how\">", pg.deadlines[k].how, "</span></li>\n");
		}
		fputs("</ul>\n", out);
		if (pg.dates_note != NULL)
			html_text(out, "<p class=\"how\">", pg.dates_note, "</p>\n");
		fputs("</section>\n", out);
	}
	html_blocks(out, pg.body, pg.nbody);
	if (pg.contacts.kind != PAGE_CONTACTS_NONE)
		page_html_contacts(out, &pg.contacts);
	/* What the guide says more about, for whoever opens it with the code. */
	for (k = 0; k < pg.nactions; k++) {
		if (pg.actions[k].kind != PAGE_ACTION_CHOICE)
			continue;
		/* TRANSLATORS: on a printed page, before the titles of what the
		   guide explains further ("How the appeal deadline works"). */
		if (more++ == 0)
			html_ui(out, "<p class=\"more\">", N_("More in the guide, opened with the journey code: "), "");
		else
			fputs("; ", out);
		put(out, pg.actions[k].label, ESC_HTML);
	}
	if (more > 0)
		fputs(".</p>\n", out);
	if (sc->nsources > 0) {
		html_ui(out, "<section class=\"sources\">\n<h2>", N_("Sources"), "</h2>\n<ul>\n");
		for (k = 0; k < sc->nsources; k++) {
			const struct source *src = sc->sources[k];
			char *date = source_date_text(src);

			html_name(out, "<li>", src->title.en, "");
			html_text(out, "; ", date, "");
			if (src->url != NULL) {
				fputs(" <a href=\"", out);
				html_href_web(out, src->url);
				html_text(out, "\">", src->url, "</a>");
			}
			fputs("</li>\n", out);
			free(date);
		}
		fputs("</ul>\n</section>\n", out);
	}
	html_made(out);
	fputs("</main>\n</body>\n</html>\n", out);
	page_free(&pg);
	return finish(out);
}

/* ---- Graphviz ---- */

/* A label wrapped into short lines joined by dot's "\n", so the graph stays
   readable; quotes and backslashes escaped. */
static void
dot_label(FILE *out, struct layout *lay, const char *s)
{
	size_t i;

	layout_clear(lay);
	layout_wrap(lay, s, strlen(s), GRAPH_LABEL_WIDTH, 0, 0);
	for (i = 0; i < lay->count; i++) {
		if (i > 0)
			fputs("\\n", out);
		put_n(out, lay->lines[i].text, lay->lines[i].len, ESC_DOT);
	}
}

static const char *
dot_shape(enum screen_kind k)
{
	switch (k) {
	case SCREEN_QUESTION: return "diamond";
	case SCREEN_INFORMATION: return "box";
	case SCREEN_OUTCOME: return "octagon";
	case SCREEN_DATE: return "parallelogram";
	default: return "folder";
	}
}

int
export_graph(const struct guide *g, FILE *out)
{
	struct layout lay = { 0 };
	size_t i, k;

	fputs("digraph sendguide {\n", out);
	fputs("\tgraph [rankdir=TB];\n\tnode [fontname=\"sans-serif\", fontsize=10];\n", out);
	fputs("\tedge [fontname=\"sans-serif\", fontsize=9];\n", out);
	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];

		fputs("\t\"", out);
		put(out, sc->id, ESC_DOT);
		fputs("\" [label=\"", out);
		dot_label(out, &lay, tr(&sc->title));
		fprintf(out, "\", shape=%s%s%s];\n", dot_shape(sc->kind),
			sc == g->start ? ", style=bold" : "",
			sc->finish ? ", peripheries=2" : "");
	}
	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];

		for (k = 0; k < sc->nchoices; k++) {
			fputs("\t\"", out);
			put(out, sc->id, ESC_DOT);
			fputs("\" -> \"", out);
			put(out, sc->choices[k].target->id, ESC_DOT);
			fputs("\" [label=\"", out);
			dot_label(out, &lay, label_of(&sc->choices[k]));
			fputs("\"];\n", out);
		}
	}
	fputs("}\n", out);
	layout_free(&lay);
	return finish(out);
}

/* ---- PO template ---- */

/* Every translatable string with where it stands; gathered, sorted by
   position in the content, then merged by msgid (first place first). */
struct pot_ref {
	const char *msgid;
	const char *file;
	unsigned line, col;
	size_t file_rank;
	size_t seq;               /* gathering order, for a stable sort */
	const char *what;         /* for translators: "title of screen start" */
	const char *owner;
};

struct pot {
	const struct guide *g;
	struct pot_ref *refs;
	size_t n, cap;
};

static size_t
file_rank(const struct guide *g, const char *file)
{
	size_t i;

	for (i = 0; i < g->nfiles; i++)
		if (g->files[i] == file || strcmp(g->files[i], file) == 0)
			return i;
	return g->nfiles;
}

static void
pot_add(struct pot *p, const struct text *t, const char *what, const char *owner)
{
	if (t->en == NULL || t->en[0] == '\0')
		return;
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256;
		p->refs = xreallocarray(p->refs, p->cap, sizeof *p->refs);
	}
	p->refs[p->n] = (struct pot_ref){
		t->en, t->pos.file != NULL ? t->pos.file : "", t->pos.line, t->pos.col,
		t->pos.file != NULL ? file_rank(p->g, t->pos.file) : p->g->nfiles, p->n, what, owner
	};
	p->n++;
}

static int
by_position(const void *a, const void *b)
{
	const struct pot_ref *x = a, *y = b;
	int c;

	if (x->file_rank != y->file_rank)
		return x->file_rank < y->file_rank ? -1 : 1;
	if ((c = strcmp(x->file, y->file)) != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
pot_points(struct pot *p, const struct provider *pr, const struct contact_point *cp, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		pot_add(p, &cp[i].note, "note on a contact of provider", pr->id);
}

static void
pot_gather(struct pot *p)
{
	const struct guide *g = p->g;
	size_t i, b, k;

	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];

		pot_add(p, &sc->title, "title of screen", sc->id);
		for (b = 0; b < sc->nbody; b++)
			for (k = 0; k < sc->body[b].nitems; k++)
				pot_add(p, &sc->body[b].items[k],
					sc->body[b].kind == BLOCK_BULLETS ? "bullet on screen"
					: sc->body[b].kind == BLOCK_IMPORTANT ? "important text on screen"
					: "text on screen", sc->id);
		for (k = 0; k < sc->nsummary; k++) {
			pot_add(p, &sc->summary[k].text, "summary line on screen", sc->id);
			pot_add(p, &sc->summary[k].dated,
				"summary line with a worked-out date (keep {date}) on screen", sc->id);
		}
		for (k = 0; k < sc->nchoices; k++)
			pot_add(p, &sc->choices[k].label, "choice on screen", sc->id);
		pot_add(p, &sc->skip, "skip on date question", sc->id);
	}
	/* Proper names (source titles, providers' and councils' names) are
	   shown as written: no translator copies 470 of them. */
	for (i = 0; i < g->nproviders; i++) {
		const struct provider *pr = &g->providers[i];

		pot_points(p, pr, pr->phones, pr->nphones);
		pot_points(p, pr, pr->emails, pr->nemails);
		pot_points(p, pr, pr->webs, pr->nwebs);
		pot_add(p, &pr->hours, "opening hours of provider", pr->id);
	}
	for (i = 0; i < g->nregions; i++) {
		pot_add(p, &g->regions[i].name, "name of region", g->regions[i].id);
		for (k = 0; k < g->regions[i].nareas; k++) {
			const struct area *a = g->regions[i].areas[k];
			size_t j;

			for (j = 0; j < a->nproviders; j++) {
				pot_add(p, &a->providers[j].note, "note on a provider for council",
					a->id);
				pot_add(p, &a->providers[j].brief,
					"short note on a provider for council", a->id);
			}
		}
	}
	qsort(p->refs, p->n, sizeof *p->refs, by_position);
}

/* A PO string: backslash, quote, tab and newline escaped; a string with
   newlines is split after each, the way xgettext writes them. */
static void
po_string(FILE *out, const char *keyword, const char *s)
{
	const char *c;

	fprintf(out, "%s ", keyword);
	if (strchr(s, '\n') != NULL)
		fputs("\"\"\n", out);
	fputc('"', out);
	for (c = s; *c != '\0'; c++) {
		switch (*c) {
		case '\\': fputs("\\\\", out); break;
		case '"': fputs("\\\"", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		case '\n':
			fputs("\\n", out);
			if (c[1] != '\0')
				fputs("\"\n\"", out);
			break;
		default: fputc(*c, out); break;
		}
	}
	fputs("\"\n", out);
}

static int
by_file_line(const void *a, const void *b)
{
	const struct pot_ref *const *x = a, *const *y = b;

	return by_position(*x, *y);
}

static void
pot_header(FILE *out)
{
	char date[64] = "";
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = epoch != NULL ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct tm tm;

	/* SOURCE_DATE_EPOCH makes the template reproducible. */
	if (gmtime_r(&now, &tm) != NULL)
		strftime(date, sizeof date, "%Y-%m-%d %H:%M+0000", &tm);
	fputs("# Content strings of the sendguide guide (the YAML files in content/).\n"
	      "# Copyright (C) 2026 The sendguide authors\n"
	      "# This file is distributed under the same license as the sendguide package.\n"
	      "#\n"
	      "#, fuzzy\n"
	      "msgid \"\"\n"
	      "msgstr \"\"\n", out);
	fprintf(out, "\"Project-Id-Version: %s %s\\n\"\n", PACKAGE, PACKAGE_VERSION);
	fprintf(out, "\"Report-Msgid-Bugs-To: %s\\n\"\n", PACKAGE_BUGREPORT);
	fprintf(out, "\"POT-Creation-Date: %s\\n\"\n", date);
	fputs("\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
	      "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
	      "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
	      "\"Language: \\n\"\n"
	      "\"MIME-Version: 1.0\\n\"\n"
	      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	      "\"Content-Transfer-Encoding: 8bit\\n\"\n", out);
}

/* A small open-addressing table from msgid to its entry, so merging is
   linear even on 100x content. */
struct pot_entry {
	const char *msgid;
	const struct pot_ref **refs;
	size_t nrefs, cap;
};

static uint64_t
hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

int
export_pot(const struct guide *g, FILE *out)
{
	struct pot p = { .g = g };
	struct pot_entry *entries;
	size_t *table, tsize = 64, nentries = 0, i, k;

	pot_gather(&p);
	while (tsize < p.n * 2 + 2)
		tsize *= 2;
	table = xmalloc(tsize * sizeof *table);
	for (i = 0; i < tsize; i++)
		table[i] = SIZE_MAX;
	entries = xcalloc(p.n ? p.n : 1, sizeof *entries);
	for (i = 0; i < p.n; i++) {
		size_t slot = (size_t)hash_str(p.refs[i].msgid) & (tsize - 1);
		struct pot_entry *e;

		while (table[slot] != SIZE_MAX && strcmp(entries[table[slot]].msgid, p.refs[i].msgid) != 0)
			slot = (slot + 1) & (tsize - 1);
		if (table[slot] == SIZE_MAX) {
			table[slot] = nentries;
			entries[nentries++].msgid = p.refs[i].msgid;
		}
		e = &entries[table[slot]];
		if (e->nrefs == e->cap) {
			e->cap = e->cap ? e->cap * 2 : 2;
			e->refs = xreallocarray(e->refs, e->cap, sizeof *e->refs);
		}
		e->refs[e->nrefs++] = &p.refs[i];
	}

	pot_header(out);
	for (i = 0; i < nentries; i++) {
		struct pot_entry *e = &entries[i];

		fputc('\n', out);
		fprintf(out, "#. %s %s\n", e->refs[0]->what, e->refs[0]->owner);
		qsort(e->refs, e->nrefs, sizeof *e->refs, by_file_line);
		for (k = 0; k < e->nrefs; k++) {
			/* The same place twice (a string used twice on one line)
			   is one reference. */
			if (k > 0 && e->refs[k]->line == e->refs[k - 1]->line
			    && strcmp(e->refs[k]->file, e->refs[k - 1]->file) == 0)
				continue;
			fprintf(out, "#: %s:%u\n", e->refs[k]->file, e->refs[k]->line);
		}
		po_string(out, "msgid", e->msgid);
		fputs("msgstr \"\"\n", out);
		free(e->refs);
	}
	free(entries);
	free(table);
	free(p.refs);
	return finish(out);
}
