/* unit_po_check.c: translation coverage counts and the exact errors for unsafe translations (fixture PO files). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "po_check.h"
#include "unit.h"

/* A guide with one of each kind of string a person reads, built by hand so
   the test does not depend on the loader or the shipped content. */
static struct text body_items[3] = {
	{ "Call 0300 123 4567 or write to help@example.org within 2 months.", { NULL, 0, 0 } },
	{ "See www.gov.uk/children-with-special-educational-needs.", { NULL, 0, 0 } },
	{ "Section F lists the provision; Sections B and I describe needs.", { NULL, 0, 0 } },
};
static struct block body[2] = {
	{ BLOCK_PARAGRAPH, &body_items[0], 1 },
	{ BLOCK_BULLETS, &body_items[1], 2 },
};
static struct choice choices[2] = {
	{ { "Yes", { NULL, 0, 0 } }, NULL, { NULL, 0, 0 }, 0, 0, NULL, NULL },
	{ { "No", { NULL, 0, 0 } }, NULL, { NULL, 0, 0 }, 0, 0, NULL, NULL },
};
static struct screen screens[2];
static struct provider providers[1];

static void
make_guide(struct guide *g)
{
	memset(g, 0, sizeof *g);
	screens[0].id = "start";
	screens[0].title.en = "Mediation";
	screens[0].body = body;
	screens[0].nbody = 2;
	screens[0].choices = choices;
	screens[0].nchoices = 2;
	/* The same title twice counts once: gettext has one entry for it. */
	screens[1].id = "again";
	screens[1].title.en = "Mediation";
	choices[0].target = choices[1].target = &screens[1];
	providers[0].id = "ipsea";
	providers[0].name.en = "IPSEA";
	providers[0].hours.en = "Monday to Friday, 9.30am to 5pm";
	g->screens = screens;
	g->nscreens = 2;
	g->start = &screens[0];
	g->providers = providers;
	g->nproviders = 1;
}

/* Runs translations_report on tests/fixtures/i18n/NAME; returns its output. */
static char *
report(const char *name, const struct guide *g, struct diags *d, int *languages)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir, *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);

	if (asprintf(&dir, "%s/tests/fixtures/i18n/%s/content", top ? top : ".", name) < 0)
		abort();
	diags_init(d);
	*languages = translations_report(g, dir, d, f);
	fclose(f);
	free(dir);
	return out;
}

/* The message of error i, and that it stands at line:1 of the PO file named. */
static void
check_error(const struct diags *d, size_t i, const char *file_end, unsigned line, const char *message)
{
	CHECK(i < d->count);
	if (i >= d->count)
		return;
	CHECK(d->items[i].level == DIAG_ERROR);
	CHECK(d->items[i].file != NULL && strlen(d->items[i].file) >= strlen(file_end)
	      && strcmp(d->items[i].file + strlen(d->items[i].file) - strlen(file_end), file_end) == 0);
	CHECK_INT(d->items[i].line, line);
	CHECK_STR(d->items[i].message, message);
}

static void
test_good(void)
{
	struct guide g;
	struct diags d;
	int n;
	char *out;

	make_guide(&g);
	out = report("good", &g, &d, &n);
	CHECK_INT(n, 1);
	/* Guide strings: Mediation, the three body items, Yes, No and the hours
	   (7); the provider's name "IPSEA" is a proper name, not counted.
	   Translated 5; "Yes" is fuzzy; "No" missing; one entry the guide no
	   longer has and one #~ entry are obsolete. */
	CHECK_STR(out,
		  "pl: 5 translated, 1 fuzzy, 1 missing, 2 obsolete (71%), not yet reviewed\n"
		  "pl (interface): 4 translated, 0 fuzzy, 1 missing, 0 obsolete (80%)\n");
	CHECK_INT(d.errors, 0);
	CHECK_INT(d.count, 0);
	free(out);
	diags_free(&d);

	/* Without a guide (it failed to load) a catalogue counts its own entries. */
	out = report("good", NULL, &d, &n);
	CHECK_STR(out,
		  "pl: 6 translated, 1 fuzzy, 0 missing, 1 obsolete (85%), not yet reviewed\n"
		  "pl (interface): 4 translated, 0 fuzzy, 1 missing, 0 obsolete (80%)\n");
	CHECK_INT(d.errors, 0);
	free(out);
	diags_free(&d);
}

static void
test_phone(void)
{
	struct guide g;
	struct diags d;
	int n;
	char *out;
	const char *po = "phone/i18n/content/pl.po";

	make_guide(&g);
	out = report("phone", &g, &d, &n);
	/* "IPSEA", a proper name, is not counted. */
	CHECK_STR(out, "pl: 3 translated, 0 fuzzy, 4 missing, 1 obsolete (42%), not yet reviewed\n");
	CHECK_INT(d.errors, 8);
	check_error(&d, 0, po, 14, "translation lacks \"4567\", which the English has");
	check_error(&d, 1, po, 14, "translation has \"4568\", which the English does not");
	check_error(&d, 2, po, 14, "translation has \"help@example.com\", which the English does not");
	check_error(&d, 3, po, 14, "translation lacks \"help@example.org\", which the English has");
	check_error(&d, 4, po, 18, "translation lacks the section letter F, which the English has");
	check_error(&d, 5, po, 22, "translation ends with different spaces or newlines from the English");
	/* "5pm" may be written "17", not "18"; the "good" fixture has "9–17". */
	check_error(&d, 6, po, 27, "translation has \"18\", which the English does not");
	check_error(&d, 7, po, 27, "translation lacks \"5\", which the English has");
	free(out);
	diags_free(&d);
}

static void
test_esc(void)
{
	struct guide g;
	struct diags d;
	int n;
	char *out;
	const char *po = "esc/i18n/content/pl.po";

	make_guide(&g);
	out = report("esc", &g, &d, &n);
	CHECK_INT(d.errors, 2);
	check_error(&d, 0, po, 14, "translation contains U+001B, which a terminal would act on");
	check_error(&d, 1, po, 18, "translation contains U+202E, which a terminal would act on");
	free(out);
	diags_free(&d);
}

static void
test_placeholder(void)
{
	struct diags d;
	int n;
	char *out;
	const char *po = "placeholder/i18n/pl.po";

	out = report("placeholder", NULL, &d, &n);
	CHECK_STR(out,
		  "pl: 0 translated, 0 fuzzy, 0 missing, 0 obsolete (100%), not yet reviewed\n"
		  "pl (interface): 3 translated, 0 fuzzy, 0 missing, 0 obsolete (100%), not yet reviewed\n");
	CHECK_INT(d.errors, 4);
	check_error(&d, 0, po, 15, "translation lacks the placeholder \"%s\", which the English has");
	check_error(&d, 1, po, 20, "translation has the placeholder \"%d\", which the English does not");
	check_error(&d, 2, po, 20, "translation lacks the placeholder \"%zu\", which the English has");
	check_error(&d, 3, po, 24, "translation has the placeholder \"%s\", which the English does not");
	free(out);
	diags_free(&d);
}

/* The plain view's commands: a letter that is not the first letter of its
   word or name, and two commands sharing a letter, are errors; a letter
   that agrees with its accented word is not. */
static void
test_commands(void)
{
	struct diags d;
	int n;
	char *out;
	const char *po = "commands/i18n/pl.po";

	out = report("commands", NULL, &d, &n);
	/* In the commands' order; "where from" is untranslated (no line), so
	   its English "w" meets the translated "w" of wstecz and wyjdź. */
	CHECK_INT(d.errors, 4);
	check_error(&d, 0, po, 16, "command letter \"s\" is not the first letter of \"od nowa\"");
	check_error(&d, 1, po, 0, "commands \"wstecz\" and \"where from\" share the letter \"w\"");
	check_error(&d, 2, po, 28, "commands \"wstecz\" and \"wyjdź\" share the letter \"w\"");
	check_error(&d, 3, po, 28, "commands \"where from\" and \"wyjdź\" share the letter \"w\"");
	free(out);
	diags_free(&d);
}

static void
test_syntax(void)
{
	struct diags d;
	int n;
	char *out;

	out = report("syntax", NULL, &d, &n);
	CHECK_INT(d.errors, 1);
	check_error(&d, 0, "syntax/i18n/content/pl.po", 15, "end-of-line within string");
	free(out);
	diags_free(&d);
}

static void
test_absent(void)
{
	struct diags d;
	int n;
	char *out = report("no-such-fixture", NULL, &d, &n);

	CHECK_INT(n, 0);
	CHECK_STR(out, "");
	CHECK_INT(d.count, 0);
	free(out);
	diags_free(&d);
}

/* The protected tokens of a string, as "kind:text" words. */
static char *
tokens(const char *s, int placeholders)
{
	struct po_token t[32];
	size_t n = po_tokens(s, placeholders, t, 32), i;
	char *out = calloc(1, 1024);

	for (i = 0; i < n && i < 32; i++)
		snprintf(out + strlen(out), 1024 - strlen(out), "%s%c:%.*s", i ? " " : "",
			 "NEUSP"[t[i].kind], (int)t[i].len, s + t[i].start);
	return out;
}

static void
test_tokens(void)
{
	static const struct {
		const char *s;
		int placeholders;
		const char *want;
	} cases[] = {
		{ "Ring 0300 123 4567 (9am to 5pm).", 0, "N:0300 N:123 N:4567 N:9 N:5" },
		{ "Write to info@ipsea.org.uk, or see www.ipsea.org.uk.", 0,
		  "E:info@ipsea.org.uk U:www.ipsea.org.uk" },
		{ "Read gov.uk/help-with-send (\xe2\x80\x9chttps://example.org/a?b=1\xe2\x80\x9d).", 0,
		  "U:gov.uk/help-with-send U:https://example.org/a?b=1" },
		{ "Sections B, F and I of the plan; section E too. I agree.", 0,
		  "S:B S:F S:I S:E" },
		{ "e.g. 1.5 i.e. the SEND35 form", 0, "N:1 N:5 N:35" },
		{ "%s: %zu errors, 97% done, 100%% sure, %2$s", 1, "P:%s P:%zu N:97 N:100 P:%2$s" },
		{ "%s is prose in content", 0, "" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = tokens(cases[i].s, cases[i].placeholders);

		CHECK_STR(got, cases[i].want);
		free(got);
	}
}

int
main(void)
{
	UNIT_CASE(test_good);
	UNIT_CASE(test_phone);
	UNIT_CASE(test_esc);
	UNIT_CASE(test_placeholder);
	UNIT_CASE(test_commands);
	UNIT_CASE(test_syntax);
	UNIT_CASE(test_absent);
	UNIT_CASE(test_tokens);
	UNIT_DONE();
}
