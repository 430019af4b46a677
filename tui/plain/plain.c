/* plain.c: the line-by-line view for screen readers, braille displays and pipes. */
/*
 * The plain view prints a screen once (title, text, contacts, numbered
 * choices), then a one-line prompt, then reads one line. Nothing is redrawn
 * and nothing is printed twice unless the person asks (r). Every string that
 * reaches the output passes through emit(), which replaces control
 * characters, escape sequences, bidi overrides and invalid UTF-8: content is
 * checked, but translations and typed input are not.
 *
 * Commands are a word or a letter, both translated, and the English ones
 * always work too, so help given over the phone in English still applies.
 * A few questions (find, area, language) ask for a follow-up line; while
 * one is open, a number picks from its list, an empty line cancels it, and
 * any command word still works.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unistr.h>

#include "date_text.h"
#include "source_dates.h"
#include "commands.h"
#include "jcode.h"
#include "kiosk.h"
#include "speech.h"
#include "speech_text.h"
#include "lang.h"
#include "layout.h"
#include "page.h"
#include "plain_term.h"
#include "search.h"
#include "signals.h"
#include "textsafe.h"
#include "views.h"
#include "xalloc.h"

#define DEFAULT_WIDTH 72
#define MAX_LINE_BYTES 4096     /* longer input lines are refused, not stored */
#define MAX_HITS 20
#define MAX_AREA_LIST 40
#define ALL_SERVICES ((1u << SERVICE_COUNT) - 1)

enum cmd { CMD_NONE, CMD_BACK, CMD_START, CMD_REPEAT, CMD_FIND, CMD_AREA, CMD_LANG, CMD_SOURCES, CMD_HELP,
	CMD_QUIT, CMD_SKIP, CMD_ANSWERS, CMD_CODE };

struct command {
	enum cmd id;
	const char *letter;      /* N_(): one-letter form */
	const char *word;        /* N_(): word form */
	const char *symbol;      /* untranslated shortcut, or NULL */
	const char *name;        /* N_(): how the prompt names it */
	const char *help;        /* N_(): what help says it does */
};

/* TRANSLATORS: the plain view's commands. Each has a one-letter form, a
   word and the name the prompt shows (which may be the word). The letter
   must be the first letter of the word and of the name, and no two
   commands may share a letter: sendguide --check refuses a catalogue
   where they do. People may type the letter, the word or the name, with
   or without accents; the English letters and words keep working in
   every language. */
static const struct command commands[] = {
	{ CMD_BACK, N_("b"), N_("back"), "<", N_("back"), N_("go back one screen") },
	{ CMD_START, N_("s"), N_("start"), NULL, N_("start again"), N_("start again from the first screen") },
	{ CMD_REPEAT, N_("r"), N_("repeat"), NULL, N_("repeat"), N_("show this screen again") },
	{ CMD_FIND, N_("f"), N_("find"), "/", N_("find"), N_("find screens with these words, for example: f mediation") },
	{ CMD_AREA, N_("a"), N_("area"), NULL, N_("area"), N_("choose your council (local authority) by its name") },
	{ CMD_LANG, N_("l"), N_("language"), NULL, N_("language"), N_("change the language") },
	{ CMD_SOURCES, N_("w"), N_("where"), NULL, N_("where from"), N_("hear where this screen's contacts come from, and their dates") },
	{ CMD_ANSWERS, N_("y"), N_("your answers"), NULL, N_("your answers"),
	  N_("list your answers on this journey, to change one") },
	{ CMD_CODE, N_("c"), N_("code"), NULL, N_("code"),
	  N_("open the page a journey code names, for example: code K7QW-3MXA") },
	/* TRANSLATORS: on a question that asks for a date. */
	/* "next", not "skip": a command's letter starts its word, and "s" is
	   start again's; "skip" still works (english_aliases). */
	{ CMD_SKIP, N_("n"), N_("next"), NULL, N_("next"), N_("skip a question that asks for a date") },
	{ CMD_HELP, N_("h"), N_("help"), "?", N_("help"), N_("explain the commands") },
	{ CMD_QUIT, N_("q"), N_("quit"), NULL, N_("quit"), N_("leave the guide") },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

size_t
plain_command_words(const struct command_words **out)
{
	static struct command_words words[NCOMMANDS];
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		words[i] = (struct command_words){ commands[i].letter, commands[i].word, commands[i].name };
	*out = words;
	return NCOMMANDS;
}

/* English words people type from habit (Docassemble's "question" repeats). */
static const struct { const char *word; enum cmd id; } english_aliases[] = {
	{ "restart", CMD_START }, { "again", CMD_START }, { "question", CMD_REPEAT },
	{ "search", CMD_FIND }, { "exit", CMD_QUIT }, { "lang", CMD_LANG },
	{ "skip", CMD_SKIP }, { "answers", CMD_ANSWERS },
};

enum mode {
	MODE_SCREEN,      /* choices of the current screen */
	MODE_ASK_FIND,    /* waiting for the words to find */
	MODE_PICK_HIT,    /* a numbered list of search hits */
	MODE_ASK_AREA,    /* waiting for a council's name */
	MODE_PICK_AREA,   /* a numbered list of councils */
	MODE_PICK_LANG,   /* a numbered list of languages */
	MODE_PICK_ANSWER, /* a numbered list of the answers given */
	MODE_ASK_CODE     /* waiting for a journey code */
};

struct plain {
	struct session *s;
	FILE *in, *out;
	const struct view_options *o;
	bool echo;
	int width;
	enum mode mode;
	struct layout lay;
	char *line;
	size_t line_cap;
	char *fmt_buf;
	size_t fmt_cap;
	struct page page;                 /* what the current screen offers */
	struct search_hit hits[MAX_HITS];
	size_t nhits;
	const struct area *area_list[MAX_AREA_LIST];
	size_t nareas;
	const struct screen *not_listed;  /* offered after area_list, or NULL */
	size_t *answer_list;              /* history indexes of the answers listed */
	size_t nanswers;
	bool idle_on;                     /* kiosk on a terminal: the idle clock runs */
	bool kiosk_tty;                   /* kiosk on a terminal: Ctrl-D is ignored */
	bool countdown_said;              /* "Still there?" printed for this countdown */
	bool commands_said;               /* the first commands were said in this language */
	struct kiosk_timer idle;
	/* Speaking (speech.h): what was written since the last utterance,
	   to be said too; hush while a screen (said from its page) or the
	   visitor's own line is written. */
	struct speech *sp;
	char *heard;
	size_t heard_len, heard_cap;
	bool hush;
	bool quiet;                       /* after an idle reset: silent until input */
};

/* ---- Speech ---- */

/* Keep what is written for the listener (one line: blanks between). */
static void
hear(struct plain *p, const char *s, size_t len)
{
	size_t i;

	if (p->sp == NULL || p->hush || len == 0)
		return;
	if (p->heard_len + len + 2 > p->heard_cap) {
		while (p->heard_len + len + 2 > p->heard_cap)
			p->heard_cap = p->heard_cap ? p->heard_cap * 2 : 256;
		p->heard = xreallocarray(p->heard, p->heard_cap, 1);
	}
	/* Pieces written on one line run on; lines are apart. */
	if (p->heard_len > 0 && p->heard[p->heard_len - 1] != ' ' && strchr(" ,.;:", s[0]) == NULL)
		p->heard[p->heard_len++] = ' ';
	for (i = 0; i < len; i++)
		p->heard[p->heard_len++] = s[i] == '\n' ? ' ' : s[i];
	p->heard[p->heard_len] = '\0';
}

/* What was written since the last utterance becomes one. */
static void
heard_add(struct plain *p)
{
	char *ssml;

	if (p->sp == NULL || p->heard_len == 0)
		return;
	ssml = speech_of(p->heard);
	speech_add(p->sp, ssml);
	free(ssml);
	memset(p->heard, 0, p->heard_len);
	p->heard_len = 0;
}

static void
speech_tell(const char *why)
{
	/* TRANSLATORS: %s says why, from speech-dispatcher (in English). */
	fprintf(stderr, _("sendguide: speech is not available (%s); the guide goes on without it.\n"), why);
}

/* Say everything added since the last send, stopping what is said. */
static void
speak_now(struct plain *p)
{
	const char *why;

	if (p->sp == NULL)
		return;
	if (p->quiet) {
		/* Nobody is there: what the reset wrote is not said. */
		speech_cancel(p->sp);
		if (p->heard != NULL)
			memset(p->heard, 0, p->heard_len);
		p->heard_len = 0;
		return;
	}
	heard_add(p);
	speech_send(p->sp);
	if ((why = speech_trouble(p->sp)) != NULL)
		speech_tell(why);
}

/* Forget what was said: the kiosk's next visitor. */
static void
speak_forget(struct plain *p)
{
	if (p->sp == NULL)
		return;
	if (p->heard != NULL)
		memset(p->heard, 0, p->heard_cap);
	p->heard_len = 0;
	speech_forget(p->sp);
	p->quiet = true;
}

/* The speech keys: [ ] slower and faster, - + quieter and louder. */
static bool
speech_line(struct plain *p, const char *line)
{
	if (p->sp == NULL || line[0] == '\0' || line[1] != '\0')
		return false;
	switch (line[0]) {
	case '[': speech_rate(p->sp, -1); return true;
	case ']': speech_rate(p->sp, 1); return true;
	case '-': speech_volume(p->sp, -1); return true;
	case '+':
	case '=': speech_volume(p->sp, 1); return true;
	default: return false;
	}
}

/* ---- Output, made safe ---- */

/* Write text, replacing anything a terminal could act on (textsafe.h);
   newlines are kept only where the caller allows them. */
static void
emit_n(struct plain *p, const char *s, size_t len, bool newlines)
{
	hear(p, s, len);
	while (len > 0) {
		size_t bad;
		const char *repl;
		size_t n = textsafe_span(s, len, newlines, &bad, &repl);

		fwrite(s, 1, n, p->out);
		s += n;
		len -= n;
		if (bad > 0) {
			fputs(repl, p->out);
			s += bad;
			len -= bad;
		}
	}
}

static void
emit(struct plain *p, const char *s)
{
	if (s != NULL)
		emit_n(p, s, strlen(s), true);
}

static void say(struct plain *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* printf into a reused buffer, then emit: format arguments come from
   translations and content, so they are sanitised like everything else. */
static void
say(struct plain *p, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(p->fmt_buf, p->fmt_cap, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= p->fmt_cap) {
		p->fmt_cap = (size_t)n + 1;
		p->fmt_buf = xreallocarray(p->fmt_buf, p->fmt_cap, 1);
		va_start(ap, fmt);
		vsnprintf(p->fmt_buf, p->fmt_cap, fmt, ap);
		va_end(ap);
	}
	emit(p, p->fmt_buf);
}

static void
spaces(struct plain *p, int n)
{
	while (n-- > 0)
		fputc(' ', p->out);
}

/* One paragraph wrapped to the width. prefix (a bullet, "Important: ", a
   choice number) starts the first line; with hang, later lines are indented
   under the text rather than under the prefix. */
static void
wrapped(struct plain *p, const char *prefix, const char *text, bool hang)
{
	int pw = prefix != NULL ? layout_width(prefix, strlen(prefix)) : 0;
	size_t i;

	if (text == NULL)
		text = "";
	layout_clear(&p->lay);
	layout_wrap(&p->lay, text, strlen(text), p->width, pw, hang ? pw : 0);
	for (i = 0; i < p->lay.count; i++) {
		const struct layout_line *ln = &p->lay.lines[i];

		if (i == 0 && prefix != NULL)
			emit_n(p, prefix, strlen(prefix), false);
		else
			spaces(p, ln->indent);
		emit_n(p, ln->text, ln->len, false);
		fputc('\n', p->out);
	}
}

/* A translated, formatted paragraph, wrapped. */
static void sayw(struct plain *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
sayw(struct plain *p, const char *fmt, ...)
{
	va_list ap;
	char *text;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	text = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(text, (size_t)n + 1, fmt, ap);
	va_end(ap);
	wrapped(p, NULL, text, false);
	free(text);
}

/* ---- Commands ---- */

static const struct command *
command_by_id(enum cmd id)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (commands[i].id == id)
			return &commands[i];
	return NULL;
}

static const char *
letter_of(enum cmd id)
{
	return _(command_by_id(id)->letter);
}

static bool
folded_equal(const char *folded, size_t n, const char *word)
{
	size_t m;
	char *f = search_fold(word, strlen(word), &m);
	bool eq = m == n && memcmp(f, folded, n) == 0;

	free(f);
	return eq;
}

/* Whether folded input (f, n) is the first letter of word, folded: "o"
   for "od nowa", "d" for "de la început". */
static bool
first_letter_is(const char *f, size_t n, const char *word)
{
	size_t m;
	char *w = search_fold(word, strlen(word), &m);
	int len = m > 0 ? u8_mblen((const uint8_t *)w, m) : 0;
	bool eq = len > 0 && (size_t)len == n && memcmp(w, f, n) == 0;

	free(w);
	return eq;
}

/* The command a word names. Every form a language shows works in it,
   folded (case and accents): its letter, word and name first (a
   translation may reuse an English letter for another command), then the
   first letter of its word or name, as a listener hears them in the
   prompt; then the English forms, which work in every language. */
static enum cmd
command_of(const char *word, size_t len)
{
	size_t i, n;
	char *f = search_fold(word, len, &n);
	enum cmd found = CMD_NONE;

	for (i = 0; i < NCOMMANDS && found == CMD_NONE; i++)
		if (folded_equal(f, n, _(commands[i].letter)) || folded_equal(f, n, _(commands[i].word))
		    || folded_equal(f, n, _(commands[i].name)))
			found = commands[i].id;
	for (i = 0; i < NCOMMANDS && found == CMD_NONE; i++)
		if (first_letter_is(f, n, _(commands[i].word)) || first_letter_is(f, n, _(commands[i].name)))
			found = commands[i].id;
	for (i = 0; i < NCOMMANDS && found == CMD_NONE; i++)
		if (folded_equal(f, n, commands[i].letter) || folded_equal(f, n, commands[i].word)
		    || folded_equal(f, n, commands[i].name))
			found = commands[i].id;
	for (i = 0; i < sizeof english_aliases / sizeof english_aliases[0] && found == CMD_NONE; i++)
		if (folded_equal(f, n, english_aliases[i].word))
			found = english_aliases[i].id;
	free(f);
	return found;
}

static bool
takes_words(enum cmd c)
{
	return c == CMD_FIND || c == CMD_AREA || c == CMD_LANG || c == CMD_CODE;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Split a line into a command and its words: "f mediation", "/mediation",
   "<", "a rutland". Returns CMD_NONE when the line is not a command. */
static enum cmd
parse_command(const char *line, const char **rest)
{
	size_t i, n;
	enum cmd c;

	for (i = 0; i < NCOMMANDS; i++) {
		const char *sym = commands[i].symbol;

		if (sym != NULL && strncmp(line, sym, strlen(sym)) == 0) {
			const char *r = line + strlen(sym);

			while (is_space(*r))
				r++;
			if (*r != '\0' && !takes_words(commands[i].id))
				return CMD_NONE;
			*rest = r;
			return commands[i].id;
		}
	}
	/* A name of several words ("start again", "od nowa") is a whole line. */
	c = command_of(line, strlen(line));
	if (c != CMD_NONE && strchr(line, ' ') != NULL && !takes_words(c)) {
		*rest = line + strlen(line);
		return c;
	}
	for (n = 0; line[n] != '\0' && !is_space(line[n]); n++)
		;
	c = command_of(line, n);
	if (c == CMD_NONE)
		return CMD_NONE;
	line += n;
	while (is_space(*line))
		line++;
	if (*line != '\0' && !takes_words(c))
		return CMD_NONE;
	*rest = line;
	return c;
}

/* A whole line of digits and its value; absurdly long numbers become
   SIZE_MAX, which no list reaches. */
static bool
parse_number(const char *line, size_t *value)
{
	size_t v = 0, digits = 0;
	const char *c;

	for (c = line; *c != '\0'; c++) {
		if (*c < '0' || *c > '9')
			return false;
		if (++digits <= 9)
			v = v * 10 + (size_t)(*c - '0');
	}
	if (digits == 0)
		return false;
	*value = digits <= 9 ? v : SIZE_MAX;
	return true;
}

/* ---- The screen ---- */

/* The numbered actions from number `from` on (0: all of them): the page
   decided them, in the same order and with the same numbers as the
   full-screen view. Past 0, a line says the ones before are unchanged, so
   a listener hears only what is new (set_area). */
static void
print_actions_from(struct plain *p, size_t from)
{
	size_t i;
	char num[32];

	if (from >= p->page.nactions)
		return;
	fputc('\n', p->out);
	if (from == 1)
		sayw(p, "%s", _("Choice 1 is as before."));
	else if (from == 2)
		sayw(p, "%s", _("Choices 1 and 2 are as before."));
	else if (from > 2)
		/* TRANSLATORS: %zu is a number, 3 or more: choices 1 to it are
		   unchanged, and only the ones after it are read out. */
		sayw(p, _("Choices 1 to %zu are as before."), from);
	for (i = from; i < p->page.nactions; i++) {
		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, p->page.actions[i].label, true);
	}
}

static void
print_actions(struct plain *p)
{
	print_actions_from(p, 0);
}

/* The dates a journey code gave, before anything worked out from them;
   then the summary (page.h): what to do, by when, with whom, a line each. */
static void
print_summary(struct plain *p)
{
	size_t i;

	if (p->page.code_dates != NULL) {
		fputc('\n', p->out);
		wrapped(p, NULL, p->page.code_dates, false);
	}
	if (p->page.nsummary == 0)
		return;
	fputc('\n', p->out);
	for (i = 0; i < p->page.nsummary; i++)
		wrapped(p, NULL, p->page.summary[i], false);
}

static void
print_blocks(struct plain *p)
{
	size_t b, k;

	for (b = 0; b < p->page.nbody; b++) {
		const struct block *bl = &p->page.body[b];

		fputc('\n', p->out);
		for (k = 0; k < bl->nitems; k++) {
			const char *t = tr(&bl->items[k]);

			switch (bl->kind) {
			case BLOCK_BULLETS:
				wrapped(p, "- ", t, true);
				break;
			case BLOCK_IMPORTANT:
				wrapped(p, page_important_prefix(), t, false);
				break;
			default:
				wrapped(p, NULL, t, false);
				break;
			}
		}
	}
}

/* A provider card (page.h). Each phone number, address and web page on a
   line of its own, never wrapped, so it can be copied whole or read by a
   braille display; its note, and its source when that is not the
   provider's, under it. */
static void
print_card(struct plain *p, const struct card *c, bool brief)
{
	size_t i;

	fputc('\n', p->out);
	wrapped(p, NULL, c->name, false);
	if (brief) {
		/* Brief (page.h): what it does here, any caveat, one number. */
		if (c->brief_what != NULL)
			wrapped(p, "  ", c->brief_what, true);
		if (c->brief_note != NULL)
			wrapped(p, "  ", c->brief_note, true);
		if (c->brief_point != NULL) {
			fputs("  ", p->out);
			emit_n(p, c->brief_point->line, strlen(c->brief_point->line), false);
			fputc('\n', p->out);
		}
		return;
	}
	if (c->services != NULL)
		wrapped(p, "  ", c->services, true);
	/* The area's caveat before the numbers, so nobody calls first. */
	if (c->link_note != NULL)
		wrapped(p, "  ", c->link_note, true);
	for (i = 0; i < c->npoints; i++) {
		const struct card_point *pt = &c->points[i];

		fputs("  ", p->out);
		emit_n(p, pt->line, strlen(pt->line), false);
		fputc('\n', p->out);
		if (pt->note != NULL)
			wrapped(p, "    ", pt->note, true);
	}
	if (c->hours != NULL)
		wrapped(p, "  ", c->hours, true);
}

/* The sources of the page's cards, said only when asked (CMD_SOURCES): a
   listener spent about a third of a contacts screen on them. */
static void
print_sources(struct plain *p)
{
	const struct page_contacts *c = &p->page.contacts;
	size_t i, k;

	if (c->ncards == 0) {
		say(p, "%s\n", _("This screen lists no contacts, so it has no sources to read."));
		return;
	}
	for (i = 0; i < c->ncards; i++) {
		const struct card *cd = &c->cards[i];

		fputc('\n', p->out);
		wrapped(p, NULL, cd->name, false);
		wrapped(p, "  ", cd->source, true);
		if (cd->link_source != NULL)
			wrapped(p, "  ", cd->link_source, true);
		for (k = 0; k < cd->npoints; k++) {
			const struct card_point *pt = &cd->points[k];

			if (pt->source == NULL)
				continue;
			fputs("  ", p->out);
			emit_n(p, pt->line, strlen(pt->line), false);
			fputc('\n', p->out);
			wrapped(p, "    ", pt->source, true);
		}
	}
	fputc('\n', p->out);
}

static void
print_contacts(struct plain *p)
{
	const struct page_contacts *c = &p->page.contacts;
	size_t i;

	/* With no area yet, the prompt itself asks for the council's name
	   (prompt): a listener hears the invitation once, where it is acted on. */
	if (c->kind == PAGE_CONTACTS_NONE || c->kind == PAGE_CONTACTS_NEED_AREA)
		return;
	fputc('\n', p->out);
	wrapped(p, NULL, c->heading, false);
	if (c->brief && c->brief_message != NULL)
		wrapped(p, NULL, c->brief_message, false);
	else if (c->message != NULL)
		wrapped(p, NULL, c->message, false);
	for (i = 0; i < c->ncards; i++)
		print_card(p, &c->cards[i], c->brief);
	/* The sources are said with every detail: a brief list leads there. */
	if (c->ncards > 0 && !c->brief) {
		fputc('\n', p->out);
		/* TRANSLATORS: %s is the letter of the "where from" command. */
		sayw(p, _("Where these contacts come from, and when they were checked: type %s."),
		     letter_of(CMD_SOURCES));
	}
}

/* An outcome's worked-out dates (page.h), each with how it was worked
   out, then the note to check them. */
static void
print_dates(struct plain *p)
{
	size_t i;

	for (i = 0; i < p->page.ndeadlines; i++) {
		fputc('\n', p->out);
		wrapped(p, NULL, p->page.deadlines[i].what, false);
		wrapped(p, "  ", p->page.deadlines[i].how, true);
	}
	if (p->page.dates_note != NULL) {
		fputc('\n', p->out);
		wrapped(p, NULL, p->page.dates_note, false);
	}
}

/* An outcome's journey code, at the end of what it says: a listener hears
   what to do and whom to contact before a code spelled out letter by
   letter, which is there to be noted down last. */
static void
print_code(struct plain *p)
{
	if (p->page.code_line != NULL) {
		fputc('\n', p->out);
		wrapped(p, NULL, p->page.code_line, false);
	}
}

static void
show_screen(struct plain *p)
{
	p->mode = MODE_SCREEN;
	page_build(&p->page, p->s);
	/* What led here is said first; the screen is said from its page. */
	heard_add(p);
	p->hush = true;
	wrapped(p, NULL, p->page.title, false);
	print_summary(p);
	print_blocks(p);
	print_dates(p);
	print_contacts(p);
	print_code(p);
	print_actions(p);
	fputc('\n', p->out);
	p->hush = false;
	if (p->sp != NULL) {
		char *first, *rest;

		speech_page(&p->page, NULL, &first, &rest);
		speech_add(p->sp, first);
		speech_add(p->sp, rest);
		free(first);
		free(rest);
	}
}

static void
language_note(struct plain *p)
{
	if (!lang_reviewed()) {
		sayw(p, "%s", _("This translation has not been reviewed yet. The English version is the one to rely on."));
		fputc('\n', p->out);
	}
}

/* ---- Prompts ---- */

static void
command_list(struct plain *p)
{
	/* The commands a newcomer needs first, once; h lists every one (start
	   again, area, where from, quit ...). The whole list took 9 seconds of
	   speech on the first screen, before any choice was made. */
	static const enum cmd listed[] = { CMD_BACK, CMD_REPEAT, CMD_FIND, CMD_LANG, CMD_HELP };
	size_t i;

	for (i = 0; i < sizeof listed / sizeof listed[0]; i++) {
		const struct command *c = command_by_id(listed[i]);

		say(p, "%s%s %s", i ? ", " : "", _(c->letter), _(c->name));
	}
	say(p, ".");
}

static void
prompt(struct plain *p)
{
	switch (p->mode) {
	case MODE_SCREEN:
		if (p->page.date_hint != NULL) {
			/* A question that asks for a date: how to type it, in
			   words (a listener hears "DD/MM/YYYY" spelled out letter
			   by letter; the parser takes numbers or month names). Skipping is offered once: by the
			   page's numbered line, not again here (n still skips, and
			   help says so). */
			if (p->commands_said) {
				/* TRANSLATORS: the prompt of a question that asks for a
				   date; in the order your translation of "DD/MM/YYYY"
				   gives. */
				say(p, "%s", _("Type the day, month and year."));
				break;
			}
			/* TRANSLATORS: the first prompt of a question that asks for a
			   date, before the list of commands; in the order your
			   translation of "DD/MM/YYYY" gives. */
			say(p, "%s", _("Type the day, month and year, or: "));
		} else if (p->commands_said) {
			/* The whole list once (and on h); a listener hears every
			   prompt whole, so later ones are short. */
			if (p->page.contacts.kind == PAGE_CONTACTS_NEED_AREA && p->page.nactions >= 2)
				/* TRANSLATORS: the prompt of a screen that lists
				   contacts once an area is chosen: typing a council's
				   name here chooses it. */
				say(p, _("Choose 1 to %zu, type your council's name, or %s for help."),
				    p->page.nactions, letter_of(CMD_HELP));
			else if (p->page.nactions >= 2)
				say(p, _("Choose 1 to %zu, or %s for help."), p->page.nactions,
				    letter_of(CMD_HELP));
			else if (p->page.nactions == 1)
				say(p, _("Type 1 to go on, or %s for help."), letter_of(CMD_HELP));
			else
				say(p, _("Type %s for help."), letter_of(CMD_HELP));
			break;
		} else if (p->page.contacts.kind == PAGE_CONTACTS_NEED_AREA && p->page.nactions >= 2)
			/* TRANSLATORS: as "Choose 1 to %zu, type your council's
			   name ...", before the list of commands. */
			say(p, _("Choose 1 to %zu, type your council's name, or: "),
			    p->page.nactions);
		else if (p->page.nactions >= 2)
			say(p, _("Choose 1 to %zu, or: "), p->page.nactions);
		else if (p->page.nactions == 1)
			say(p, _("Type 1 to go on, or: "));
		else
			say(p, _("Commands: "));
		command_list(p);
		p->commands_said = true;
		break;
	case MODE_ASK_FIND:
		say(p, "%s", _("Type the words to find, or just press Enter to stay on this screen."));
		break;
	case MODE_PICK_HIT:
		say(p, "%s", _("Type a number to go to that screen, other words to find, or just press Enter to stay here."));
		break;
	case MODE_ASK_AREA:
		/* The name first: a listener who knows it need not hear twelve
		   regions read out (26 s in English, 81 s in Romanian). */
		/* TRANSLATORS: 0 lists the regions; their numbers work here
		   whether or not they have been listed. */
		if (p->s->guide->nregions > 0)
			say(p, "%s", _("Type your council's name, or 0 for a list of regions."));
		else
			say(p, "%s", _("Type your council's name."));
		/* Enter keeps the area: said only when there is one to keep
		   (named just before: "Your area is ..."). */
		if (p->s->area != NULL) {
			fputc(' ', p->out);
			say(p, "%s", _("Or just press Enter to keep it."));
		}
		break;
	case MODE_PICK_AREA:
		say(p, "%s", _("Type the number of your council, more of its name, or just press Enter to leave it as it is."));
		break;
	case MODE_PICK_LANG:
		say(p, "%s", _("Type the number of a language, or just press Enter to keep this one."));
		break;
	case MODE_PICK_ANSWER:
		say(p, "%s", _("Type the number of an answer to change it, or just press Enter to stay here."));
		break;
	case MODE_ASK_CODE:
		say(p, "%s", _("Type the journey code, or just press Enter to stay here."));
		break;
	}
	fputs("\n> ", p->out);
	speak_now(p);
}

/* One line saying what is valid here. */
static void
bad_input(struct plain *p)
{
	const char *h = letter_of(CMD_HELP);

	if (p->page.date_hint != NULL)
		/* TRANSLATORS: %s: the date's form, "DD/MM/YYYY"; the skip letter; the help letter. */
		say(p, _("Type the date (%s), %s to skip, or %s for help.\n"), p->page.date_hint,
		    letter_of(CMD_SKIP), h);
	else if (p->page.nactions >= 2)
		say(p, _("Type a number from 1 to %zu, or %s for help.\n"), p->page.nactions, h);
	else if (p->page.nactions == 1)
		say(p, _("Type 1 to go on, or %s for help.\n"), h);
	else
		say(p, _("Type %s to go back, %s to start again, or %s for help.\n"),
		    letter_of(CMD_BACK), letter_of(CMD_START), h);
}

static void
help(struct plain *p)
{
	size_t i;
	int col = 0;
	char *forms[NCOMMANDS + 1];

	/* The forms column: translated letter, word and name, the symbol, then
	   the English forms, each once ("b, wstecz, <, back", not "b, wstecz,
	   <, b, back"). */
	for (i = 0; i < NCOMMANDS; i++) {
		const struct command *c = &commands[i];
		const char *all[7] = { _(c->letter), _(c->word), _(c->name), c->symbol,
				       c->letter, c->word, c->name };
		char *f = xstrdup("");
		size_t k, j;
		int w;

		for (k = 0; k < 7; k++) {
			char *g;
			bool dup = all[k] == NULL;

			for (j = 0; j < k && !dup; j++)
				dup = all[j] != NULL && strcmp(all[j], all[k]) == 0;
			if (dup)
				continue;
			xasprintf(&g, "%s%s%s", f, f[0] != '\0' ? ", " : "", all[k]);
			free(f);
			f = g;
		}
		forms[i] = f;
		w = layout_width(f, strlen(f));
		if (w > col)
			col = w;
	}
	forms[NCOMMANDS] = NULL;
	fputc('\n', p->out);
	say(p, "%s\n", _("Type one of these and press Enter:"));
	say(p, "  %s", _("1, 2, 3 ..."));
	spaces(p, col + 2 - layout_width(_("1, 2, 3 ..."), strlen(_("1, 2, 3 ..."))));
	say(p, "%s\n", _("choose the numbered line"));
	for (i = 0; i < NCOMMANDS; i++) {
		if (commands[i].id == CMD_QUIT && p->o != NULL && p->o->kiosk) {
			free(forms[i]);
			continue;
		}
		say(p, "  %s", forms[i]);
		spaces(p, col + 2 - layout_width(forms[i], strlen(forms[i])));
		say(p, "%s\n", _(commands[i].help));
		free(forms[i]);
	}
	if (strcmp(lang_current(), "en") != 0)
		sayw(p, "%s", _("The English command words work in every language, and so do the English letters this language does not use for another command."));
	fputc('\n', p->out);
}

/* ---- Actions ---- */

static void
go_back(struct plain *p)
{
	if (session_back(p->s) == SESSION_AT_START) {
		say(p, "%s\n", _("This is the first screen: there is nothing to go back to."));
		return;
	}
	fputc('\n', p->out);
	show_screen(p);
}

/* Forget what the view holds of a visitor: the last search and council
   list (the session forgets the journey itself). */
static void
forget_view(struct plain *p)
{
	memset(p->hits, 0, sizeof p->hits);
	p->nhits = 0;
	memset(p->area_list, 0, sizeof p->area_list);
	p->nareas = 0;
	p->not_listed = NULL;
	if (p->answer_list != NULL)
		memset(p->answer_list, 0, p->nanswers * sizeof *p->answer_list);
	p->nanswers = 0;
	kiosk_timer_reset(&p->idle);
	p->countdown_said = false;
	p->commands_said = false;  /* the next visitor hears the commands once */
	/* Nor on the terminal: its screen and scrollback hold the words
	   this visitor searched for and the area they chose. */
	if (p->o != NULL && p->o->kiosk)
		plain_tty_wipe(p->out);
}

/* Nobody answered "Still there?": the next visitor must find nothing of
   this one's journey: not the history, the area, the language or the last
   search. */
static void
idle_reset(struct plain *p)
{
	session_forget(p->s);
	forget_view(p);
	show_screen(p);
	/* Silence: nobody is there, and nothing said is kept. */
	speak_forget(p);
}

/* What happened while a kiosk waited for the visitor's next line. */
enum idle_wait {
	IDLE_LINE,      /* a line (or the end of input) is there to read */
	IDLE_ANSWERED,  /* a line answered "Still there?": read it and ignore it */
	IDLE_RESET,     /* nobody answered: the guide started again */
	IDLE_SIGNAL     /* a signal that ends the guide arrived */
};

/* Waits until pfd has input (or a hangup) or ms pass (-1: no limit). The
   ending signals are blocked from the check to the wait and let in only
   inside ppoll(), so one that arrives just before cannot be missed. */
static int
wait_input(struct pollfd *pfd, int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	sigset_t ending, old;
	int n;

	sigemptyset(&ending);
	signals_add_ending(&ending);
	sigprocmask(SIG_BLOCK, &ending, &old);
	n = signals_pending() != 0 ? -1 : ppoll(pfd, 1, ms < 0 ? NULL : &ts, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return n;
}

/* Whether the stream holds read-ahead bytes, which a wait on its file
   would not see. Unknown outside glibc: then no wait, and a signal ends
   a blocked read with EINTR instead (which one arriving just before the
   read can miss until the next line). */
static bool
input_waitable(FILE *in)
{
#ifdef __GLIBC__
	return fileno(in) >= 0 && in->_IO_read_ptr >= in->_IO_read_end;
#else
	(void)in;
	return false;
#endif
}

/* A kiosk on a terminal waits for input with the idle clock running, as the
   full-screen view does. Plain mode never redraws, so "Still there?" is
   said once, not counted down. */
static enum idle_wait
idle_wait(struct plain *p)
{
	struct pollfd pfd = { .fd = fileno(p->in), .events = POLLIN };
	unsigned left;
	char *when;
	int n;

	for (;;) {
		n = wait_input(&pfd, kiosk_wait_ms(&p->idle, kiosk_now_ms()));
		if (signals_pending() != 0)
			return IDLE_SIGNAL;
		if (n < 0 && errno == EINTR)
			continue;
		if (n != 0) {
			/* Input, a hangup or an error: read_line finds out which. */
			bool answered = p->countdown_said;

			speech_cancel(p->sp);
			p->quiet = false;
			kiosk_input(&p->idle, kiosk_now_ms());
			p->countdown_said = false;
			return answered ? IDLE_ANSWERED : IDLE_LINE;
		}
		switch (kiosk_tick(&p->idle, kiosk_now_ms())) {
		case KIOSK_SHOW_COUNTDOWN:
			if (p->countdown_said)
				break;
			left = kiosk_seconds_left(&p->idle, kiosk_now_ms());
			xasprintf(&when, ngettext("The guide will start again for the next person in %u second.",
						  "The guide will start again for the next person in %u seconds.",
						  left), left);
			say(p, "\n%s %s %s\n", _("Still there?"), when, _("Press Enter to carry on."));
			free(when);
			fflush(p->out);
			speak_now(p);
			p->countdown_said = true;
			break;
		case KIOSK_RESET:
			idle_reset(p);
			return IDLE_RESET;
		default:
			break;
		}
	}
}

static void choose_area(struct plain *p, const char *name);

static void
follow_action(struct plain *p, size_t n)
{
	switch (page_follow(&p->page, n - 1, p->s)) {
	case PAGE_FOLLOW_ASK_AREA:
		choose_area(p, "");
		return;
	case PAGE_FOLLOW_FORGOT:
		forget_view(p);
		break;
	case PAGE_FOLLOW_MOVED:
		break;
	}
	fputc('\n', p->out);
	show_screen(p);
}

static void
find(struct plain *p, const char *words)
{
	size_t i;

	if (*words == '\0') {
		p->mode = MODE_ASK_FIND;
		return;
	}
	p->nhits = search_run(p->s->guide, words, p->hits, MAX_HITS);
	if (p->nhits == 0) {
		say(p, _("Nothing found for \"%s\". Try other words, or fewer.\n"), words);
		p->mode = MODE_ASK_FIND;
		return;
	}
	fputc('\n', p->out);
	say(p, ngettext("Found %zu screen for \"%s\":\n", "Found %zu screens for \"%s\":\n", p->nhits),
	    p->nhits, words);
	for (i = 0; i < p->nhits; i++) {
		char num[32];

		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, tr(&p->hits[i].screen->title), true);
	}
	if (p->nhits == MAX_HITS)
		say(p, "%s\n", _("There may be more: add words to narrow the search."));
	fputc('\n', p->out);
	p->mode = MODE_PICK_HIT;
}

/* Whether the page's numbered actions say what they said before. */
/* How many of the page's actions lead with the labels heard before (in
   before[0..n)), number for number. */
static size_t
same_actions(const struct page *pg, char **before, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < pg->nactions; i++)
		if (strcmp(pg->actions[i].kind == PAGE_ACTION_AREA ? "" : pg->actions[i].label,
			   before[i]) != 0)
			break;
	return i;
}

static void
set_area(struct plain *p, const struct area *a)
{
	size_t n = p->mode == MODE_SCREEN ? p->page.nactions : 0, i;
	char **before = xcalloc(n + 1, sizeof *before);

	/* "Choose your area" becoming "Choose a different area" is no news. */
	for (i = 0; i < n; i++)
		before[i] = xstrdup(p->page.actions[i].kind == PAGE_ACTION_AREA ? ""
				    : p->page.actions[i].label);
	session_set_area(p->s, a);
	p->mode = MODE_SCREEN;
	page_build(&p->page, p->s);
	/* A list of contacts names the area in its heading ("Contacts for
	   Leicester"), so "Your area is now Leicester" would say it twice. */
	if (p->page.contacts.kind != PAGE_CONTACTS_CARDS)
		sayw(p, "%s", page_area_chosen(&p->page, p->s));
	if (p->page.contacts.kind != PAGE_CONTACTS_NONE) {
		/* The contacts are new information; the rest of the screen is
		   not, nor are the numbers heard a moment ago when they still
		   hold (r repeats the whole screen). */
		print_contacts(p);
		print_actions_from(p, same_actions(&p->page, before, n));
		fputc('\n', p->out);
	}
	for (i = 0; i < n; i++)
		free(before[i]);
	free(before);
}

static bool
folded_contains(const char *hay, const char *needle, size_t nlen, bool whole)
{
	size_t hlen;
	char *f = search_fold(hay, strlen(hay), &hlen);
	bool r = whole ? (hlen == nlen && memcmp(f, needle, nlen) == 0)
		       : (nlen <= hlen && memmem(f, hlen, needle, nlen) != NULL);

	free(f);
	return r;
}

/* List what session_find_area found, numbered, and the "not listed" route
   after it: a name always gets a next step. */
static void
list_areas(struct plain *p, const char *name, const struct area_answer *ans)
{
	size_t i;
	char num[32];

	fputc('\n', p->out);
	if (ans->kind == AREA_ANSWER_SEVERAL)
		say(p, _("Councils matching \"%s\":\n"), name);
	else if (ans->kind == AREA_ANSWER_NEAREST)
		say(p, _("No council is called \"%s\". The nearest names:\n"), name);
	else
		say(p, _("No council in this guide matches \"%s\".\n"), name);
	p->nareas = 0;
	for (i = 0; i < ans->nareas && i < MAX_AREA_LIST; i++) {
		p->area_list[p->nareas++] = ans->areas[i];
		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, ans->areas[i]->name.en, true);
	}
	if (ans->total > p->nareas && ans->kind == AREA_ANSWER_SEVERAL)
		say(p, ngettext("and %zu more: type more of the name.\n",
				"and %zu more: type more of the name.\n", ans->total - p->nareas),
		    ans->total - p->nareas);
	p->not_listed = ans->not_listed;
	if (p->not_listed != NULL) {
		snprintf(num, sizeof num, "%zu. ", p->nareas + 1);
		wrapped(p, num, tr(&p->not_listed->title), true);
	}
	fputc('\n', p->out);
	p->mode = MODE_PICK_AREA;
}

/* The regions, numbered, for a person who would rather browse than type:
   the nine English regions, then Wales, Scotland and Northern Ireland. */
static void
list_regions(struct plain *p)
{
	const struct guide *g = p->s->guide;
	size_t i;
	char num[32];

	if (g->nregions == 0)
		return;
	fputc('\n', p->out);
	say(p, "%s\n", _("To list a region's councils, type its number:"));
	for (i = 0; i < g->nregions; i++) {
		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, tr(&g->regions[i].name), true);
	}
	fputc('\n', p->out);
}

/* A region's councils, numbered, with the "not listed" route after them. */
static void
list_region(struct plain *p, const struct region *r)
{
	struct area_answer ans;
	size_t i;

	session_find_area(p->s, "", &ans);
	ans.kind = AREA_ANSWER_SEVERAL;
	p->nareas = 0;
	fputc('\n', p->out);
	/* TRANSLATORS: %s is a region: "Councils in East Midlands:". */
	say(p, _("Councils in %s:\n"), tr(&r->name));
	for (i = 0; i < r->nareas && i < MAX_AREA_LIST; i++) {
		char num[32];

		p->area_list[p->nareas++] = r->areas[i];
		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, r->areas[i]->name.en, true);
	}
	p->not_listed = ans.not_listed;
	if (p->not_listed != NULL) {
		char num[32];

		snprintf(num, sizeof num, "%zu. ", p->nareas + 1);
		wrapped(p, num, tr(&p->not_listed->title), true);
	}
	fputc('\n', p->out);
	p->mode = MODE_PICK_AREA;
}

static bool
same_name(const char *a, const char *typed)
{
	size_t qlen;
	char *q = search_fold(typed, strlen(typed), &qlen);
	bool r = folded_contains(a, q, qlen, true);

	free(q);
	return r;
}

/* A region's name typed where a council's is asked for lists its councils. */
static bool
pick_region_by_name(struct plain *p, const char *name)
{
	const struct guide *g = p->s->guide;
	size_t qlen, i;
	char *q = search_fold(name, strlen(name), &qlen);

	for (i = 0; i < g->nregions; i++)
		if (folded_contains(tr(&g->regions[i].name), q, qlen, true)
		    || folded_contains(g->regions[i].name.en, q, qlen, true)) {
			free(q);
			list_region(p, &g->regions[i]);
			return true;
		}
	free(q);
	return false;
}

/* A name typed after "a", at the area prompt, or at a contacts screen. */
static void
choose_area(struct plain *p, const char *name)
{
	struct area_answer ans;

	while (is_space(*name))
		name++;
	if (*name == '\0') {
		if (p->s->area != NULL)
			sayw(p, _("Your area is %s."), p->s->area->name.en);
		p->mode = MODE_ASK_AREA;
		return;
	}
	session_find_area(p->s, name, &ans);
	/* A council's own name first ("Wales" in a guide with such an area),
	   then a region's name lists its councils. */
	if (ans.kind == AREA_ANSWER_ONE && same_name(ans.areas[0]->name.en, name))
		set_area(p, ans.areas[0]);
	else if (pick_region_by_name(p, name))
		return;
	else if (ans.kind == AREA_ANSWER_ONE)
		set_area(p, ans.areas[0]);
	else
		list_areas(p, name, &ans);
}

/* The number after a list of councils: a council, or the "not listed"
   route after them. */
static void
pick_area(struct plain *p, size_t n)
{
	size_t last = p->nareas + (p->not_listed != NULL);

	if (n >= 1 && n <= p->nareas) {
		set_area(p, p->area_list[n - 1]);
	} else if (n >= 1 && n == last) {
		p->mode = MODE_SCREEN;
		session_jump(p->s, p->not_listed);
		fputc('\n', p->out);
		show_screen(p);
	} else if (last == 1) {
		say(p, "%s\n", _("Type 1 to go there, or just press Enter to leave it as it is."));
	} else {
		say(p, _("Type a number from 1 to %zu, or just press Enter to leave it as it is.\n"),
		    last);
	}
}

static void
switch_language(struct plain *p, const struct language *l)
{
	session_set_language(p->s, l->code);
	p->mode = MODE_SCREEN;
	p->commands_said = false;  /* the commands have new words: say them once */
	fputc('\n', p->out);
	language_note(p);
	show_screen(p);
}

static void
choose_language(struct plain *p, const char *words)
{
	size_t count, i, n, qlen;
	const struct language *langs = lang_list(&count);
	char *q;

	if (*words == '\0') {
		fputc('\n', p->out);
		for (i = 0; i < count; i++)
			say(p, "%zu. %s (%s)\n", i + 1, langs[i].native_name, langs[i].code);
		fputc('\n', p->out);
		p->mode = MODE_PICK_LANG;
		return;
	}
	if (parse_number(words, &n)) {
		if (n >= 1 && n <= count) {
			switch_language(p, &langs[n - 1]);
			return;
		}
	} else {
		q = search_fold(words, strlen(words), &qlen);
		for (i = 0; i < count; i++)
			if (folded_contains(langs[i].code, q, qlen, true)
			    || folded_contains(langs[i].native_name, q, qlen, true)) {
				free(q);
				switch_language(p, &langs[i]);
				return;
			}
		free(q);
	}
	say(p, _("Type a number from 1 to %zu, or a language code such as %s.\n"), count, "pl");
	p->mode = MODE_PICK_LANG;
}

/* ---- The loop ---- */

/* Read one line of any length up to MAX_LINE_BYTES into p->line; longer lines
   are read to their end and refused. Returns -2 when a signal that ends the
   guide arrived, -1 at end of input, 0 for a line, 1 for a line too long. */
static int
read_line(struct plain *p)
{
	size_t n = 0;
	bool too_long = false;
	int c;

	for (;;) {
		errno = 0;
		c = getc(p->in);
		/* The handlers do not restart reads: a signal ends a wait here
		   with EINTR, and only an ending one ends the guide. */
		if (c == EOF && ferror(p->in) && errno == EINTR) {
			clearerr(p->in);
			if (signals_pending() != 0)
				return -2;
			continue;
		}
		if (c == EOF || c == '\n')
			break;
		/* At a kiosk a control key (Ctrl-S, Ctrl-Q, now that flow
		   control is off) is a key that does nothing, not part of the
		   line: "^S1" still chooses 1. */
		if (p->kiosk_tty && c != '\t' && (c < 0x20 || c == 0x7f))
			continue;
		if (too_long)
			continue;
		if (n + 1 >= p->line_cap) {
			if (p->line_cap >= MAX_LINE_BYTES) {
				too_long = true;
				continue;
			}
			p->line_cap = p->line_cap ? p->line_cap * 2 : 128;
			p->line = xreallocarray(p->line, p->line_cap, 1);
		}
		/* A NUL would cut the line short where nobody can see it. */
		p->line[n++] = c == '\0' ? ' ' : (char)c;
	}
	if (c == EOF && n == 0 && !too_long)
		return -1;
	if (p->line == NULL) {
		p->line_cap = 128;
		p->line = xmalloc(p->line_cap);
	}
	p->line[n] = '\0';
	/* Invisible characters typed or pasted are dropped (textsafe.h):
	   what is echoed or searched for is what the visitor can see. */
	textsafe_drop_invisible(p->line);
	return too_long ? 1 : 0;
}

/* The line without surrounding blanks (and a DOS line end). */
static char *
trimmed(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && is_space(s[n - 1]))
		s[--n] = '\0';
	while (is_space(*s))
		s++;
	return s;
}

/* A date typed on a date question: read in the interface language
   against today (the view's clock); a date that cannot be read gets one
   sentence and the question again. */
static void
answer_date(struct plain *p, const char *line)
{
	struct date d;
	const char *err = NULL;

	if (date_parse(line, lang_current(), p->o != NULL ? p->o->today : (struct date){ 0, 0, 0 },
		       &d, &err) != DATE_PARSED) {
		sayw(p, "%s", _(err));
		fputc('\n', p->out);
		wrapped(p, NULL, p->page.title, false);
		fputc('\n', p->out);
		return;
	}
	session_answer_date(p->s, &d);
	fputc('\n', p->out);
	show_screen(p);
}

static void
skip_date(struct plain *p)
{
	p->mode = MODE_SCREEN;
	if (p->page.date_hint == NULL) {
		say(p, "%s\n", _("There is no question to skip here."));
		return;
	}
	session_answer_date(p->s, NULL);
	fputc('\n', p->out);
	show_screen(p);
}

/* "Your answers": the questions answered on this journey, in order. */
static void
list_answers(struct plain *p)
{
	size_t i;

	p->mode = MODE_SCREEN;
	p->answer_list = xreallocarray(p->answer_list, p->s->depth + 1, sizeof *p->answer_list);
	p->nanswers = session_answered(p->s, p->answer_list, p->s->depth);
	if (p->nanswers == 0) {
		say(p, "%s\n", _("You have not answered any questions on this journey yet."));
		return;
	}
	fputc('\n', p->out);
	say(p, "%s:\n", _("Your answers"));
	for (i = 0; i < p->nanswers; i++) {
		char num[32];
		struct page scratch = { 0 };
		const char *q = page_answer_question(&scratch, p->s, p->answer_list[i]);

		snprintf(num, sizeof num, "%zu. ", i + 1);
		wrapped(p, num, q, true);
		/* TRANSLATORS: under a question on "Your answers"; %s is the answer. */
		sayw(p, _("   Answer: %s"), page_answer_text(&scratch, p->s, p->answer_list[i]));
		page_free(&scratch);
	}
	fputc('\n', p->out);
	p->mode = MODE_PICK_ANSWER;
}

/* Open the outcome a journey code names, with its area and dates. */
static void
open_code(struct plain *p, const char *text)
{
	struct jcode_journey j;
	enum jcode_status st;
	bool has[DATE_KEY_COUNT];
	struct date dates[DATE_KEY_COUNT];
	size_t k;

	while (is_space(*text))
		text++;
	if (*text == '\0') {
		p->mode = MODE_ASK_CODE;
		return;
	}
	if ((st = jcode_decode(p->s->guide, text, p->o != NULL ? p->o->today : (struct date){ 0, 0, 0 }, &j)) != JCODE_OK) {
		sayw(p, "%s", _(jcode_status_text(st)));
		p->mode = MODE_ASK_CODE;
		return;
	}
	for (k = 0; k < DATE_KEY_COUNT; k++) {
		has[k] = k < JCODE_NDATES && j.has[k];
		dates[k] = has[k] ? j.dates[k] : (struct date){ 0, 0, 0 };
	}
	session_open(p->s, j.screen, j.area, has, dates);
	fputc('\n', p->out);
	show_screen(p);
}

static bool
run_command(struct plain *p, enum cmd c, const char *rest)
{
	switch (c) {
	case CMD_BACK: p->mode = MODE_SCREEN; go_back(p); break;
	case CMD_START:
		p->mode = MODE_SCREEN;
		session_restart(p->s);
		fputc('\n', p->out);
		show_screen(p);
		break;
	case CMD_REPEAT: fputc('\n', p->out); show_screen(p); break;
	case CMD_FIND: find(p, rest); break;
	case CMD_AREA: choose_area(p, rest); break;
	case CMD_LANG: choose_language(p, rest); break;
	case CMD_SOURCES: p->mode = MODE_SCREEN; print_sources(p); break;
	case CMD_HELP: p->mode = MODE_SCREEN; help(p); break;
	case CMD_SKIP: skip_date(p); break;
	case CMD_ANSWERS: list_answers(p); break;
	case CMD_CODE: open_code(p, rest); break;
	case CMD_QUIT:
		if (p->o != NULL && p->o->kiosk) {
			say(p, _("This guide stays open for the next person. Type %s to start again.\n"),
			    letter_of(CMD_START));
			break;
		}
		return false;
	case CMD_NONE: break;
	}
	return true;
}

/* At a screen that lists contacts, a council's name typed without "a"
   chooses it (or lists the names it could be). */
static bool
area_at_contacts(struct plain *p, const char *line)
{
	struct area_answer ans;

	if (p->page.contacts.kind == PAGE_CONTACTS_NONE || parse_number(line, &(size_t){ 0 }))
		return false;
	session_find_area(p->s, line, &ans);
	if (ans.kind == AREA_ANSWER_NONE)
		return false;
	if (ans.kind == AREA_ANSWER_ONE)
		set_area(p, ans.areas[0]);
	else
		list_areas(p, line, &ans);
	return true;
}

/* Act on one line; false when the person quits. */
static bool
handle(struct plain *p, char *raw)
{
	char *line = trimmed(raw);
	const char *rest = "";
	enum cmd c = parse_command(line, &rest);
	size_t n;

	if (c != CMD_NONE)
		return run_command(p, c, rest);
	switch (p->mode) {
	case MODE_SCREEN:
		if (parse_number(line, &n) && n >= 1 && n <= p->page.nactions)
			follow_action(p, n);
		else if (p->page.date_hint != NULL && *line != '\0')
			answer_date(p, line);
		else if (!area_at_contacts(p, line))
			bad_input(p);
		break;
	case MODE_PICK_ANSWER:
		if (*line == '\0') {
			p->mode = MODE_SCREEN;
		} else if (parse_number(line, &n) && n >= 1 && n <= p->nanswers) {
			session_revisit(p->s, p->answer_list[n - 1]);
			fputc('\n', p->out);
			show_screen(p);
		} else {
			say(p, _("Type a number from 1 to %zu, or just press Enter to stay here.\n"),
			    p->nanswers);
		}
		break;
	case MODE_ASK_CODE:
		if (*line == '\0')
			p->mode = MODE_SCREEN;
		else
			open_code(p, line);
		break;
	case MODE_ASK_FIND:
	case MODE_PICK_HIT:
		if (*line == '\0') {
			p->mode = MODE_SCREEN;
		} else if (p->mode == MODE_PICK_HIT && parse_number(line, &n)) {
			if (n >= 1 && n <= p->nhits) {
				p->mode = MODE_SCREEN;
				session_jump(p->s, p->hits[n - 1].screen);
				fputc('\n', p->out);
				show_screen(p);
			} else if (p->nhits == 1) {
				say(p, "%s\n", _("Type 1 to go there, or just press Enter to stay here."));
			} else {
				say(p, _("Type a number from 1 to %zu, or just press Enter to stay here.\n"),
				    p->nhits);
			}
		} else {
			find(p, line);
		}
		break;
	case MODE_ASK_AREA:
	case MODE_PICK_AREA:
		if (*line == '\0') {
			p->mode = MODE_SCREEN;
		} else if (parse_number(line, &n)) {
			/* A number is never a council's name. */
			if (p->mode == MODE_PICK_AREA)
				pick_area(p, n);
			else if (n == 0 && p->s->guide->nregions > 0)
				list_regions(p);
			else if (n >= 1 && n <= p->s->guide->nregions)
				list_region(p, &p->s->guide->regions[n - 1]);
			else
				/* The prompt that follows says what to type. */
				say(p, "%s\n", _("No region has that number."));
		} else {
			choose_area(p, line);
		}
		break;
	case MODE_PICK_LANG:
		if (*line == '\0')
			p->mode = MODE_SCREEN;
		else
			choose_language(p, line);
		break;
	}
	return true;
}

static int
output_width(void)
{
	const char *c = getenv("COLUMNS");
	char *end;
	long v;

	if (c == NULL || *c == '\0')
		return DEFAULT_WIDTH;
	errno = 0;
	v = strtol(c, &end, 10);
	/* Braille displays can be 20 cells; anything odd means "not set". */
	if (errno != 0 || *end != '\0' || v < 20 || v > 1000)
		return DEFAULT_WIDTH;
	return (int)v;
}

static bool
output_failed(struct plain *p)
{
	return fflush(p->out) != 0 || ferror(p->out);
}

int
plain_run(struct session *s, FILE *in, FILE *out, const struct view_options *o)
{
	struct plain p = { .s = s, .in = in, .out = out, .o = o };
	int rc = 0, r, eofs = 0;
	long long eof_since = 0;
	bool ask = true;
	enum idle_wait wait;

	/* Which signals end the guide and which are ignored (signals.h). A
	   closed pipe (| head) becomes a write error we exit on quietly with
	   EXIT_IO, instead of death by SIGPIPE. */
	signals_catch();

	p.echo = !isatty(fileno(in));
	if (o != NULL) {
		const char *err;

		p.sp = speech_start(o->speak, o->speak_log, &err);
		if (err != NULL) {
			/* TRANSLATORS: %s is the file given to --speak-log, then why. */
			fprintf(stderr, _("sendguide: cannot write the speech log %s: %s\n"), o->speak_log, err);
			signals_release();
			return EXIT_USAGE;
		}
	}
	p.width = output_width();
	p.kiosk_tty = o != NULL && o->kiosk && plain_tty_kiosk(in);
	p.idle_on = p.kiosk_tty;
	if (p.idle_on)
		kiosk_timer_init(&p.idle, o->idle_seconds, o->countdown_seconds);

	language_note(&p);
	show_screen(&p);
	for (;;) {
		if (ask)
			prompt(&p);
		ask = true;
		if (output_failed(&p) && signals_pending() == 0) {
			rc = EXIT_IO;
			break;
		}
		wait = p.idle_on ? idle_wait(&p) : IDLE_LINE;
		if (!p.idle_on && input_waitable(in)) {
			struct pollfd pfd = { .fd = fileno(in), .events = POLLIN };

			wait_input(&pfd, -1);
		}
		/* Input: whatever is being said stops at once. */
		speech_cancel(p.sp);
		r = wait == IDLE_SIGNAL ? -2 : signals_pending() != 0 ? -2 : 0;
		if (r == -2) {
			rc = 128 + signals_pending();
			break;
		}
		if (wait == IDLE_RESET)
			continue;
		r = read_line(&p);
		if (r == -2) {
			rc = 128 + signals_pending();
			break;
		}
		if (r == -1 && p.kiosk_tty && plain_tty_alive(in)) {
			/* Ctrl-D at a kiosk is a key like any other: ignored, and
			   the prompt already on the screen still stands. A
			   terminal that returns end of input a thousand times in a
			   second without hanging up is gone all the same. */
			long long now = kiosk_now_ms();

			if (eofs == 0 || now - eof_since > 1000) {
				eofs = 0;
				eof_since = now;
			}
			if (++eofs < 1000) {
				clearerr(in);
				ask = false;
				continue;
			}
			rc = 128 + SIGHUP;
			break;
		}
		if (wait == IDLE_ANSWERED && r >= 0)
			continue;
		if (r < 0 && p.kiosk_tty) {
			/* The kiosk's terminal hung up: nobody is there to read
			   a goodbye. */
			rc = 128 + SIGHUP;
			break;
		}
		if (r < 0) {
			fputc('\n', out);
			say(&p, "%s\n", _("Goodbye."));
			rc = ferror(in) ? EXIT_IO : 0;
			if (output_failed(&p))
				rc = EXIT_IO;
			break;
		}
		/* A terminal echoes what was typed; a pipe does not, and the
		   transcript should read "> 2" either way. */
		if (p.echo) {
			p.hush = true;
			emit_n(&p, p.line, strlen(p.line), false);
			p.hush = false;
			fputc('\n', out);
		}
		if (r > 0) {
			say(&p, _("That line is too long. Type a number or a command.\n"));
			continue;
		}
		if (speech_line(&p, trimmed(p.line)))
			continue;
		if (!handle(&p, p.line)) {
			say(&p, "%s\n", _("Goodbye."));
			if (output_failed(&p))
				rc = EXIT_IO;
			break;
		}
	}
	if (rc > 128)
		fflush(out);
	plain_tty_restore();
	signals_release();
	if (rc > 128)
		signals_say_stopped(rc - 128);
	speech_end(p.sp, speech_tell);
	free(p.heard);
	layout_free(&p.lay);
	free(p.line);
	free(p.fmt_buf);
	free(p.answer_list);
	page_free(&p.page);
	return rc;
}
