/* speech_text.c: a page put into SSML for speech: escaped words, phone numbers digit by digit, the screen's parts in order. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "page.h"
#include "speech_text.h"
#include "textsafe.h"
#include "xalloc.h"

/* A UK phone number has 10 or 11 digits; with +44, up to 12; a few more
   for an extension-free international form. */
#define PHONE_MIN_DIGITS 10
#define PHONE_MAX_DIGITS 13

static void
st_put(struct speech_text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		while (t->len + n + 1 > t->cap)
			t->cap = t->cap ? t->cap * 2 : 256;
		t->s = xreallocarray(t->s, t->cap, 1);
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void
st_raw(struct speech_text *t, const char *s)
{
	st_put(t, s, strlen(s));
}

void
st_begin(struct speech_text *t)
{
	t->len = 0;
	st_raw(t, "<speak>");
}

const char *
st_end(struct speech_text *t)
{
	/* No blank before the end. */
	while (t->len > 0 && t->s[t->len - 1] == ' ')
		t->s[--t->len] = '\0';
	st_raw(t, "</speak>");
	return t->s;
}

void
st_free(struct speech_text *t)
{
	free(t->s);
	memset(t, 0, sizeof *t);
}

/* Text without markup: the three characters SSML gives a meaning
   escaped, anything a reader must not get (textsafe.h) and line ends
   made a space, so an utterance is always one line. */
static void
st_escaped(struct speech_text *t, const char *s, size_t len)
{
	while (len > 0) {
		size_t bad = 0, n, i, from = 0;
		const char *repl;

		n = textsafe_span(s, len, false, &bad, &repl);
		for (i = 0; i < n; i++) {
			const char *e = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" : NULL;

			if (e == NULL)
				continue;
			st_put(t, s + from, i - from);
			st_raw(t, e);
			from = i + 1;
		}
		st_put(t, s + from, n - from);
		s += n;
		len -= n;
		if (bad > 0) {
			st_raw(t, " ");
			s += bad;
			len -= bad;
		}
	}
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of a phone number written at s (0 if none): a 0 or +, then
   digits in groups split by single spaces or hyphens. */
static size_t
phone_at(const char *s, size_t len)
{
	size_t i = 0, end = 0, digits = 0;

	if (len == 0 || (s[0] != '0' && s[0] != '+'))
		return 0;
	if (s[0] == '+')
		i = 1;
	while (i < len) {
		if (is_digit(s[i])) {
			digits++;
			end = ++i;
		} else if ((s[i] == ' ' || s[i] == '-') && i + 1 < len && is_digit(s[i + 1]) && end == i) {
			i++;
		} else {
			break;
		}
	}
	if (end < len && is_alnum(s[end]))
		return 0;
	return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS ? end : 0;
}

void
st_words(struct speech_text *t, const char *utf8)
{
	size_t len, i, from = 0, n;

	if (utf8 == NULL)
		return;
	len = strlen(utf8);
	for (i = 0; i < len; i++) {
		if (i > 0 && is_alnum(utf8[i - 1]))
			continue;
		n = phone_at(utf8 + i, len - i);
		if (n == 0)
			continue;
		st_escaped(t, utf8 + from, i - from);
		st_phone(t, utf8 + i, n);
		from = i + n;
		i = from - 1;
	}
	st_escaped(t, utf8 + from, len - from);
}

#define PAUSE "<break strength=\"medium\"/> "

void
st_pause(struct speech_text *t)
{
	size_t n = strlen(PAUSE);

	while (t->len > 0 && t->s[t->len - 1] == ' ')
		t->s[--t->len] = '\0';
	/* One pause is enough; none at the very start. */
	if (t->len == strlen("<speak>") || (t->len + 1 >= n && memcmp(t->s + t->len + 1 - n, PAUSE, n - 1) == 0)) {
		st_raw(t, " ");
		return;
	}
	st_raw(t, PAUSE);
}

void
st_sentence(struct speech_text *t, const char *utf8)
{
	size_t n;

	if (utf8 == NULL || *utf8 == '\0')
		return;
	st_words(t, utf8);
	n = strlen(utf8);
	/* A sentence with no full stop of its own (a title, a label) still
	   ends, so the next does not run into it. */
	if (strchr(".!?:;", utf8[n - 1]) == NULL)
		st_pause(t);
	else
		st_raw(t, " ");
}

/* Each group as written ("0300 123 4567"), its digits spaced so that
   every synthesiser says them one by one, and marked as a telephone
   number for those that know the mark; a short pause between groups. */
void
st_phone(struct speech_text *t, const char *number, size_t len)
{
	size_t i = 0;

	while (i < len) {
		bool first = true;

		st_raw(t, "<say-as interpret-as=\"telephone\">");
		for (; i < len && (is_digit(number[i]) || number[i] == '+'); i++) {
			if (!first)
				st_raw(t, " ");
			st_escaped(t, number + i, 1);
			first = false;
		}
		st_raw(t, "</say-as>");
		while (i < len && !is_digit(number[i]) && number[i] != '+')
			i++;
		if (i < len)
			st_raw(t, "<break strength=\"weak\"/>");
	}
}

void
st_spelled(struct speech_text *t, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!is_alnum(s[i])) {
			st_raw(t, "<break strength=\"weak\"/>");
			continue;
		}
		st_put(t, s + i, 1);
		if (i + 1 < len && is_alnum(s[i + 1]))
			st_raw(t, " ");
	}
}

/* A line that holds a value said its own way ("Phone: 01632 960000"):
   the words around the value as words, the value as say does it. */
static void
st_line_with(struct speech_text *t, const char *line, const char *value,
	     void (*say)(struct speech_text *, const char *, size_t))
{
	const char *at = value != NULL && *value != '\0' ? strstr(line, value) : NULL;
	char *before;

	if (at == NULL) {
		st_sentence(t, line);
		return;
	}
	before = xstrndup(line, (size_t)(at - line));
	st_words(t, before);
	free(before);
	say(t, value, strlen(value));
	if (at[strlen(value)] != '\0')
		st_sentence(t, at + strlen(value));
	else
		st_pause(t);
}

/* A web or e-mail address as it is spelled: the synthesiser says its
   dots and slashes in the voice's language. */
static void
st_address(struct speech_text *t, const char *s, size_t len)
{
	st_escaped(t, s, len);
	st_raw(t, " ");
}

static void
st_block(struct speech_text *t, const struct block *b, size_t from)
{
	size_t k;

	for (k = from; k < b->nitems; k++) {
		if (b->kind == BLOCK_IMPORTANT)
			st_words(t, page_important_prefix());
		st_sentence(t, tr(&b->items[k]));
	}
}

static void
st_card(struct speech_text *t, const struct card *c, bool brief)
{
	size_t i;

	st_sentence(t, c->name);
	if (brief) {
		/* A brief list (page.h): what it does here, any caveat, one number. */
		const struct card_point *pt = c->brief_point;

		st_sentence(t, c->brief_what);
		st_sentence(t, c->brief_note);
		if (pt != NULL)
			st_line_with(t, pt->line, pt->point != NULL ? pt->point->value : NULL,
				     pt->kind == CARD_PHONE ? st_phone : st_address);
		st_pause(t);
		return;
	}
	st_sentence(t, c->services);
	st_sentence(t, c->link_note);
	for (i = 0; i < c->npoints; i++) {
		const struct card_point *pt = &c->points[i];
		const char *value = pt->point != NULL ? pt->point->value : NULL;

		st_line_with(t, pt->line, value, pt->kind == CARD_PHONE ? st_phone : st_address);
		st_sentence(t, pt->note);
	}
	st_sentence(t, c->hours);
	st_pause(t);
}

static void
st_choice(struct speech_text *t, const struct page *pg, size_t n)
{
	char num[32];

	snprintf(num, sizeof num, "%zu: ", n + 1);
	st_raw(t, num);
	st_sentence(t, pg->actions[n].label);
}

void
speech_page(const struct page *pg, const char *hint, char **first, char **rest)
{
	struct speech_text t = { 0 };
	size_t b, i;
	bool more = false;

	/* The title, the summary, the choices: enough to act on, first. */
	st_begin(&t);
	st_sentence(&t, pg->title);
	st_pause(&t);
	/* The dates a journey code gave, before anything worked out from
	   them; then the page's own summary (what to do, by when, with whom);
	   on a screen without one, its first paragraph. */
	if (pg->code_dates != NULL)
		st_sentence(&t, pg->code_dates);
	for (i = 0; i < pg->nsummary; i++)
		st_sentence(&t, pg->summary[i]);
	if (pg->nsummary == 0 && pg->nbody > 0)
		st_block(&t, &pg->body[0], 0);
	for (i = 0; i < pg->nactions; i++) {
		if (i == 0)
			st_pause(&t);
		st_choice(&t, pg, i);
	}
	if (hint != NULL) {
		st_pause(&t);
		st_sentence(&t, hint);
	}
	*first = xstrdup(st_end(&t));

	/* Then the rest of the screen, in the order it is shown. */
	st_begin(&t);
	for (b = pg->nsummary == 0 ? 1 : 0; b < pg->nbody; b++, more = true)
		st_block(&t, &pg->body[b], 0);
	for (i = 0; i < pg->ndeadlines; i++, more = true) {
		st_sentence(&t, pg->deadlines[i].what);
		st_sentence(&t, pg->deadlines[i].how);
	}
	if (pg->dates_note != NULL) {
		st_sentence(&t, pg->dates_note);
		more = true;
	}
	if (pg->contacts.kind != PAGE_CONTACTS_NONE) {
		st_pause(&t);
		st_sentence(&t, pg->contacts.heading);
		st_sentence(&t, pg->contacts.brief && pg->contacts.brief_message != NULL
			    ? pg->contacts.brief_message : pg->contacts.message);
		for (i = 0; i < pg->contacts.ncards; i++)
			st_card(&t, &pg->contacts.cards[i], pg->contacts.brief);
		more = true;
	}
	if (pg->code_line != NULL) {
		st_line_with(&t, pg->code_line, pg->code, st_spelled);
		more = true;
	}
	*rest = more ? xstrdup(st_end(&t)) : NULL;
	st_free(&t);
}

char *
speech_choice(const struct page *pg, size_t n)
{
	struct speech_text t = { 0 };
	char *s;

	if (n >= pg->nactions)
		return NULL;
	st_begin(&t);
	st_choice(&t, pg, n);
	s = xstrdup(st_end(&t));
	st_free(&t);
	return s;
}

char *
speech_of(const char *utf8)
{
	struct speech_text t = { 0 };
	char *s;

	if (utf8 == NULL || *utf8 == '\0')
		return NULL;
	st_begin(&t);
	st_sentence(&t, utf8);
	s = xstrdup(st_end(&t));
	st_free(&t);
	return s;
}
