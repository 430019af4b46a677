/* unit_loader.c: the loader and checker on real fixture folders: structure, errors, warnings. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "source_dates.h"
#include "guide.h"
#include "report.h"
#include "unit.h"

static char *
fixture(const char *name)
{
	const char *top = getenv("TOP_SRCDIR");
	char *path;

	xasprintf(&path, "%s/tests/fixtures/loader/%s", top != NULL ? top : ".", name);
	return path;
}

static const struct screen *
screen(const struct guide *g, const char *id)
{
	const struct screen *s = guide_find_screen(g, id);

	CHECK(s != NULL);
	return s;
}

static void
test_valid(void)
{
	char *dir = fixture("valid");
	struct diags d;
	struct guide *g;
	const struct screen *s, *adviser;
	const struct area *a;
	const struct area_provider *out[4];
	size_t i;

	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	CHECK_INT(d.errors, 0);
	/* Only the age of a source's date may warn: it depends on today's date. */
	for (i = 0; i < d.count; i++)
		CHECK(strstr(d.items[i].message, "more than a year ago") != NULL);
	if (g == NULL) {
		diags_print(&d, stderr);
		goto out;
	}
	CHECK_INT(g->nfiles, 2);
	CHECK(strstr(g->files[0], "10-screens.yaml") != NULL);
	CHECK_INT(g->nscreens, 6);
	CHECK_INT(g->nsources, 2);
	CHECK_INT(g->nproviders, 2);
	CHECK_INT(g->nregions, 2);
	CHECK_INT(g->nareas, 4);
	CHECK(g->start == screen(g, "start"));
	CHECK(g->national == screen(g, "national-advice"));
	for (i = 0; i < g->nscreens; i++)
		CHECK_INT(g->screens[i].index, i);

	/* Body: folded paragraph, important, bullets; positions of the text. */
	s = g->start;
	CHECK_INT(s->kind, SCREEN_QUESTION);
	CHECK_STR(s->title.en, "What is your disagreement about?");
	CHECK_INT(s->title.pos.line, 19);
	CHECK_INT(s->title.pos.col, 12);
	CHECK_INT(s->nbody, 3);
	CHECK_INT(s->body[0].kind, BLOCK_PARAGRAPH);
	CHECK_STR(s->body[0].items[0].en, "A paragraph written over two lines.");
	CHECK_INT(s->body[1].kind, BLOCK_IMPORTANT);
	CHECK_STR(s->body[1].items[0].en, "Do not miss this.");
	CHECK_INT(s->body[2].kind, BLOCK_BULLETS);
	CHECK_INT(s->body[2].nitems, 2);
	CHECK_STR(s->body[2].items[1].en, "Another point.");
	CHECK_INT(s->nchoices, 2);
	CHECK_STR(s->choices[0].label.en, "A decision the council made");
	CHECK(s->choices[0].target == screen(g, "what-mediation"));
	CHECK(s->choices[1].target == screen(g, "contacts"));
	CHECK_INT(s->nsources, 0);

	/* next: becomes one unlabelled choice; ">" text loses its final newline. */
	s = screen(g, "what-mediation");
	adviser = screen(g, "outcome-adviser");
	CHECK_INT(s->kind, SCREEN_INFORMATION);
	CHECK_INT(s->nchoices, 1);
	CHECK(s->choices[0].label.en == NULL);
	CHECK(s->choices[0].target == adviser);
	CHECK_STR(s->body[0].items[0].en, "Folded text on lines.");
	CHECK_INT(s->nsources, 1);
	CHECK_STR(s->sources[0]->id, "seed-000");
	CHECK_STR(s->sources[0]->seed, "000_example.txt");

	CHECK_INT(adviser->kind, SCREEN_OUTCOME);
	CHECK(adviser->finish);
	CHECK_INT(adviser->contacts, SERVICE_MEDIATION_ADVICE);
	CHECK_INT(adviser->nchoices, 0);
	CHECK_INT(adviser->nsources, 2);
	CHECK_STR(adviser->sources[1]->url, "https://www.ipsea.org.uk/mediation");
	/* A contacts screen without 'contacts:' lists every service. */
	CHECK_INT(screen(g, "contacts")->contacts, (1u << SERVICE_COUNT) - 1);
	CHECK_INT(screen(g, "contacts")->kind, SCREEN_CONTACTS);
	CHECK(guide_find_screen(g, "no-such-screen") == NULL);

	/* Providers: contact points keep their own sources and notes. */
	CHECK_STR(g->providers[0].id, "global-mediation");
	CHECK_INT(g->providers[0].services,
		  SERVICE_MEDIATION_ADVICE | SERVICE_MEDIATION | SERVICE_DISAGREEMENT_RESOLUTION);
	CHECK_INT(g->providers[0].nphones, 2);
	CHECK_STR(g->providers[0].phones[1].value, "0800 000 0000");
	CHECK_STR(g->providers[0].phones[1].note.en, "Another source gives this number.");
	CHECK_STR(g->providers[0].phones[1].source->id, "ipsea");
	CHECK(g->providers[0].phones[0].note.en == NULL);
	CHECK_STR(g->providers[0].emails[0].value, "sen@example.org");
	CHECK_STR(g->providers[0].webs[0].value, "www.example.org/sen/");
	CHECK_STR(g->providers[0].hours.en, "Monday to Friday, 9:00am to 5:00pm");
	CHECK(g->providers[0].source == &g->sources[0]);
	/* Sources carry the date the page states, or the date it was read. */
	CHECK_STR(g->sources[0].read, "2026-11-01");
	CHECK(g->sources[0].dated == NULL);
	CHECK_STR(source_date(&g->sources[0]), "2026-11-01");
	CHECK_STR(g->sources[1].dated, "2026-10-15");
	CHECK(g->sources[1].read == NULL);
	CHECK_STR(source_date(g->providers[1].source), "2026-10-15");
	CHECK(source_date(NULL) == NULL);
	/* One function words the date for every view (C locale: English). */
	{
		char *t = source_date_text(&g->sources[0]);

		CHECK_STR(t, "read 1 November 2026, the page gives no date");
		free(t);
		t = source_date_text(&g->sources[1]);
		CHECK_STR(t, "page dated 15 October 2026");
		free(t);
	}
	CHECK(g->providers[1].hours.en == NULL);

	/* Areas: sorted by name across regions; region lists follow. */
	CHECK_STR(g->areas[0].name.en, "Another council");
	CHECK_STR(g->areas[1].name.en, "Derby");
	CHECK_STR(g->areas[2].name.en, "Rutland");
	CHECK_STR(g->areas[3].name.en, "Wales");
	CHECK_STR(g->regions[0].name.en, "East Midlands");
	CHECK_INT(g->regions[0].nareas, 3);
	CHECK(g->regions[0].areas[0] == &g->areas[0]);
	CHECK(g->regions[1].areas[0] == &g->areas[3]);
	CHECK(g->areas[3].region == &g->regions[1]);
	CHECK(g->areas[3].redirect == screen(g, "wales"));

	a = guide_find_area(g, "rutland");
	CHECK(a == &g->areas[2]);
	CHECK(guide_find_area(g, "atlantis") == NULL);
	if (a != NULL) {
		/* Official name, GSS code, aliases; each link its source and note. */
		CHECK_STR(a->official, "Rutland County Council");
		CHECK_STR(a->code, "E06000017");
		CHECK_INT(a->naliases, 2);
		CHECK_STR(a->aliases[0], "Rutland County");
		CHECK_STR(a->aliases[1], "Oakham");
		CHECK(a->providers[0].source == &g->sources[0]);
		CHECK_STR(a->providers[0].note.en, "Go to the adviser first.");
		CHECK(a->providers[1].source == NULL);
		CHECK(a->providers[1].note.en == NULL);
		CHECK_INT(a->nproviders, 2);
		/* Narrowed in the area, and defaulting to all the provider does. */
		CHECK_INT(a->providers[0].services, SERVICE_MEDIATION_ADVICE);
		CHECK_INT(a->providers[1].services, SERVICE_INFORMATION_ADVICE);
		CHECK_INT(guide_area_providers(a, SERVICE_MEDIATION_ADVICE, out, 4), 1);
		CHECK(out[0]->provider == &g->providers[0]);
		CHECK_INT(guide_area_providers(a, SERVICE_MEDIATION, out, 4), 0);
		CHECK_INT(guide_area_providers(a, SERVICE_MEDIATION_ADVICE | SERVICE_INFORMATION_ADVICE,
					       out, 4), 2);
		CHECK_INT(guide_area_providers(a, SERVICE_MEDIATION_ADVICE | SERVICE_INFORMATION_ADVICE,
					       out, 1), 1);
	}
	a = guide_find_area(g, "derby");
	CHECK(a != NULL && a->providers[0].services == g->providers[0].services);
	CHECK(a != NULL && a->official == NULL && a->code == NULL && a->naliases == 0);
	a = guide_find_area(g, "another-area");
	CHECK(a != NULL && a->nproviders == 0 && a->redirect == NULL);

	for (i = 0; i < SERVICE_COUNT; i++)
		CHECK(service_names[i] != NULL && service_labels[i] != NULL);
	CHECK_STR(service_names[2], "disagreement-resolution");
out:
	guide_free(g);
	diags_free(&d);
	free(dir);
}

/* Each invalid folder fails, with each expected error at its place. */
static void
test_invalid(void)
{
	static const struct {
		const char *dir, *file;
		unsigned line, col;
		const char *message;
		size_t errors;
	} cases[] = {
		{ "bad-unknown-key", "guide.yaml", 20, 5, "unknown key 'titel'", 2 },
		{ "bad-unknown-key", "guide.yaml", 18, 5, "no 'title'", 2 },
		{ "bad-missing-field", "guide.yaml", 18, 5, "no 'title'", 1 },
		{ "bad-wrong-type", "guide.yaml", 13, 14, "'choices' must be a list", 1 },
		{ "bad-id", "guide.yaml", 15, 9, "'The_End' is not a valid id", 2 },
		{ "bad-duplicate-id", "guide.yaml", 15, 5, "'start' is used twice", 1 },
		{ "bad-unknown-link", "guide.yaml", 13, 11, "no screen with the id 'nowhere'", 2 },
		{ "bad-unknown-link", "guide.yaml", 14, 20, "no source with the id 'missing-source'", 2 },
		{ "bad-no-settings", NULL, 0, 0, "'settings'", 1 },
		{ "bad-settings-twice", "later.yaml", 3, 3, "'settings' is given twice", 1 },
		{ "bad-one-choice", "guide.yaml", 10, 5, "fewer than two choices", 1 },
		{ "bad-provider", "guide.yaml", 10, 5, "neither 'dated' nor 'read'", 6 },
		{ "bad-provider", "guide.yaml", 16, 12, "'2026-02-30' is not a valid date", 6 },
		{ "bad-provider", "guide.yaml", 20, 11, "'2999-01-01' is in the future", 6 },
		{ "bad-provider", "guide.yaml", 32, 5, "no 'source'", 6 },
		{ "bad-provider", "guide.yaml", 39, 5, "'checked' is no longer used", 6 },
		{ "bad-provider", "guide.yaml", 42, 27, "unknown service 'counselling'", 6 },
		{ "bad-area-fields", "guide.yaml", 32, 15, "'E0600001' is not a GSS code", 5 },
		{ "bad-area-fields", "guide.yaml", 35, 15, "'X06000016' is not a GSS code", 5 },
		{ "bad-area-fields", "guide.yaml", 36, 18, "'aliases' is an empty list", 5 },
		{ "bad-area-fields", "guide.yaml", 40, 25, "'aliases' must be text", 5 },
		{ "bad-area-fields", "guide.yaml", 43, 21, "no source with the id 'no-such-page'", 5 },
		{ "bad-choices-and-next", "guide.yaml", 16, 11, "not both", 1 },
		{ "bad-not-mapping", "guide.yaml", 2, 1, "must be a YAML mapping", 1 },
		{ "bad-unreachable", "guide.yaml", 19, 5, "'lost' cannot be reached", 1 },
		{ "bad-dead-end", "guide.yaml", 18, 5, "'stuck' is a dead end", 2 },
		{ "bad-dead-end", "guide.yaml", 22, 5, "'unsourced' names no source", 2 },
		{ "bad-areas", "guide.yaml", 16, 5, "no screen lists contacts", 3 },
		{ "bad-areas", "guide.yaml", 21, 5, "'empty-region' has no areas", 3 },
		{ "bad-areas", "guide.yaml", 27, 9, "does not offer it", 3 },
		{ "bad-no-national", "guide.yaml", 32, 9, "no national advice screen", 1 },
		{ "no-such-folder", NULL, 0, 0, "cannot read the content folder", 1 },
	};
	size_t i, j;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *dir = fixture(cases[i].dir), *file = NULL;
		struct diags d;
		struct guide *g;
		int found = 0;

		if (cases[i].file != NULL)
			xasprintf(&file, "%s/%s", dir, cases[i].file);
		diags_init(&d);
		g = guide_load(dir, &d);
		CHECK(g == NULL);
		if (d.errors != cases[i].errors)
			fprintf(stderr, "%s:\n", cases[i].dir);
		CHECK_INT(d.errors, cases[i].errors);
		for (j = 0; j < d.count; j++) {
			const struct diag *x = &d.items[j];

			if (x->level == DIAG_ERROR && strstr(x->message, cases[i].message) != NULL
			    && x->line == cases[i].line && x->col == cases[i].col
			    && x->hint != NULL && x->hint[0] != '\0'
			    && strcmp(x->file, file != NULL ? file : dir) == 0)
				found = 1;
		}
		if (!found) {
			fprintf(stderr, "%s: expected %u:%u %s; got:\n", cases[i].dir,
				cases[i].line, cases[i].col, cases[i].message);
			diags_print(&d, stderr);
		}
		CHECK(found);
		guide_free(g);
		diags_free(&d);
		free(file);
		free(dir);
	}
}

/* Warnings alone leave the guide loaded; check_report still exits 0. */
static void
test_warnings_and_report(void)
{
	char *dir = fixture("warn-old"), *text = NULL;
	struct diags d;
	struct guide *g;
	size_t size = 0;
	FILE *out;

	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	CHECK_INT(d.errors, 0);
	CHECK(d.warnings >= 3);
	out = open_memstream(&text, &size);
	CHECK_INT(check_report(g, dir, false, &d, out), 0);
	fclose(out);
	CHECK(text != NULL && strstr(text, "more than a year ago") != NULL);
	CHECK(text != NULL && strstr(text, "'unused' is not listed") != NULL);
	CHECK(text != NULL && strstr(text, "same label") != NULL);
	CHECK(text != NULL && strstr(text, "1 files, 3 screens, 2 providers, 1 areas: "
				     "0 errors, ") != NULL);
	free(text);
	guide_free(g);
	diags_free(&d);
	free(dir);

	/* A failed load reports 65. */
	dir = fixture("bad-dead-end");
	diags_init(&d);
	g = guide_load(dir, &d);
	out = open_memstream(&text, &size);
	CHECK_INT(check_report(g, dir, false, &d, out), 65);
	fclose(out);
	CHECK(text != NULL && strstr(text, ": error: screen 'stuck' is a dead end") != NULL);
	CHECK(text != NULL && strstr(text, "not loaded: 2 errors, 0 warnings") != NULL);
	free(text);
	diags_free(&d);
	free(dir);
}

/* Dates: real calendar days only; day numbers for comparing ages. */
/* A local folder over the guide: the same name replaces, a new name adds,
   and the union is read in name order; a missing folder is an error. */
static void
test_overlay(void)
{
	char *dir = fixture("valid"), *local = fixture("overlay"), *missing = fixture("no-such-folder");
	struct diags d;
	struct guide *g;
	size_t i;

	diags_init(&d);
	g = guide_load_overlay(dir, local, &d);
	CHECK(g != NULL);
	CHECK_INT(d.errors, 0);
	if (g == NULL) {
		diags_print(&d, stderr);
		goto out;
	}
	CHECK_INT(g->nfiles, 3);
	CHECK(strncmp(g->files[0], dir, strlen(dir)) == 0 && strstr(g->files[0], "/10-screens.yaml") != NULL);
	CHECK(strncmp(g->files[1], local, strlen(local)) == 0 && strstr(g->files[1], "/20-providers.yaml") != NULL);
	CHECK(strncmp(g->files[2], local, strlen(local)) == 0 && strstr(g->files[2], "/30-local.yaml") != NULL);
	CHECK_STR(g->providers[0].phones[1].note.en, "A local note replaces the packaged one.");
	CHECK_INT(g->nproviders, 2);
	CHECK_INT(g->nsources, 3);
	for (i = 0; i < g->nsources; i++)
		if (strcmp(g->sources[i].id, "local-page") == 0)
			break;
	CHECK(i < g->nsources);
	guide_free(g);
	diags_free(&d);

	diags_init(&d);
	g = guide_load_overlay(dir, missing, &d);
	CHECK(g == NULL);
	CHECK_INT(d.errors, 1);
	CHECK(d.count > 0 && strcmp(d.items[0].file, missing) == 0);
	CHECK(d.count > 0 && strstr(d.items[0].message, "cannot read the content folder") != NULL);
out:
	guide_free(g);
	diags_free(&d);
	free(dir);
	free(local);
	free(missing);
}

static void
test_dates(void)
{
	CHECK(date_iso_parse("2024-02-29", NULL));
	CHECK(!date_iso_parse("2023-02-29", NULL));
	CHECK(!date_iso_parse("1900-02-29", NULL));
	CHECK(date_iso_parse("2000-02-29", NULL));
	CHECK(!date_iso_parse("2026-11-31", NULL));
	CHECK(!date_iso_parse("2026-1-31", NULL));
	CHECK(!date_iso_parse("26-11-2026", NULL));
	CHECK(!date_iso_parse(NULL, NULL));
	CHECK_INT(date_iso_days("1970-01-01"), 0);
	CHECK_INT(date_iso_days("2000-03-01"), 11017);
	CHECK_INT(date_iso_days("2026-11-23") - date_iso_days("2025-11-23"), 365);
	CHECK(date_today() > date_iso_days("2026-01-01"));
}

int
main(void)
{
	UNIT_CASE(test_dates);
	UNIT_CASE(test_valid);
	UNIT_CASE(test_invalid);
	UNIT_CASE(test_warnings_and_report);
	UNIT_CASE(test_overlay);
	UNIT_DONE();
}
