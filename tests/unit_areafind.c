/* unit_areafind.c: the council finder on real council names: a fixture of real councils, and the shipped content. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "areafind.h"
#include "page.h"
#include "session.h"
#include "guide.h"
#include "report.h"
#include "unit.h"

static struct guide *
load(const char *rel)
{
	const char *top = getenv("TOP_SRCDIR");
	struct diags d;
	struct guide *g;
	char *dir;

	xasprintf(&dir, "%s/%s", top != NULL ? top : ".", rel);
	diags_init(&d);
	g = guide_load(dir, &d);
	if (g == NULL)
		diags_print(&d, stderr);
	diags_free(&d);
	free(dir);
	return g;
}

/* The first match for typed is the area id, made the way expected. */
static void
first_is(const struct areafind *f, const char *typed, const char *id, enum areafind_how how)
{
	struct areafind_match m[8];
	size_t n = areafind_find(f, typed, m, 8);

	unit_checks++;
	if (n == 0 || strcmp(m[0].area->id, id) != 0 || m[0].how != how) {
		unit_failures++;
		fprintf(stderr, "\"%s\": expected %s (how %d) first, got %s (how %d), %zu matches\n",
			typed, id, (int)how, n ? m[0].area->id : "nothing", n ? (int)m[0].how : -1, n);
	}
}

static void
none(const struct areafind *f, const char *typed)
{
	struct areafind_match m[8];
	size_t n = areafind_find(f, typed, m, 8);

	unit_checks++;
	if (n != 0) {
		unit_failures++;
		fprintf(stderr, "\"%s\": expected no match, got %s and %zu more\n", typed,
			m[0].area->id, n - 1);
	}
}

static void
test_fold(void)
{
	static const char *const cases[][2] = {
		{ "Royal Borough of Windsor & Maidenhead", "windsor and maidenhead" },
		{ "St. Helens", "st helens" },
		{ "Saint Helens Metropolitan Borough Council", "st helens" },
		{ "London Borough of Hammersmith & Fulham", "hammersmith and fulham" },
		{ "City of London", "london" },
		{ "Kingston upon Hull, City of", "kingston upon hull" },
		{ "City and County of Swansea Council", "swansea" },
		{ "Southend-on-Sea", "southend on sea" },
		{ "King\xe2\x80\x99s Lynn", "kings lynn" },        /* King's with U+2019 */
		{ "Ynys M\xc3\xb4n", "ynys mon" },                  /* ô */
		{ "  LE\xc3\x8d" "CESTER  ", "leicester" },        /* Í */
		{ "Stra\xc3\x9f" "e", "strasse" },                  /* ß */
		{ "Telford and the Wrekin", "telford and wrekin" },
		{ "Council", "" },
		{ "", "" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = areafind_fold(cases[i][0]);

		CHECK_STR(s, cases[i][1]);
		free(s);
	}
}

static void
test_fixture(void)
{
	struct guide *g = load("tests/fixtures/areafind");
	struct areafind *f;
	struct areafind_match m[8];
	size_t n;

	CHECK(g != NULL);
	if (g == NULL)
		return;
	f = areafind_new(g);

	/* Names as people type them, and as official lists write them. */
	first_is(f, "Leicester", "leicester", AREAFIND_EXACT);
	first_is(f, "leicester city council", "leicester", AREAFIND_EXACT);
	first_is(f, "City of Leicester", "leicester", AREAFIND_EXACT);
	first_is(f, "LEICESTER", "leicester", AREAFIND_EXACT);
	first_is(f, "L\xc3\xa9icester", "leicester", AREAFIND_EXACT);   /* é */
	first_is(f, "Leicestershire County Council", "leicestershire", AREAFIND_EXACT);
	first_is(f, "Kingston upon Hull", "kingston-upon-hull", AREAFIND_EXACT);
	first_is(f, "Hull", "kingston-upon-hull", AREAFIND_EXACT);
	first_is(f, "hull city council", "kingston-upon-hull", AREAFIND_EXACT);
	first_is(f, "Kingston upon Hull, City of", "kingston-upon-hull", AREAFIND_EXACT);
	first_is(f, "Bristol", "bristol", AREAFIND_EXACT);
	first_is(f, "City of Bristol", "bristol", AREAFIND_EXACT);
	first_is(f, "Bristol, City of", "bristol", AREAFIND_EXACT);
	first_is(f, "St Helens", "st-helens", AREAFIND_EXACT);
	first_is(f, "St. Helens", "st-helens", AREAFIND_EXACT);
	first_is(f, "Saint Helens", "st-helens", AREAFIND_EXACT);
	first_is(f, "Hammersmith & Fulham", "hammersmith-and-fulham", AREAFIND_EXACT);
	first_is(f, "hammersmith and fulham", "hammersmith-and-fulham", AREAFIND_EXACT);
	first_is(f, "Fulham and Hammersmith", "hammersmith-and-fulham", AREAFIND_EXACT);
	first_is(f, "London Borough of Hammersmith and Fulham", "hammersmith-and-fulham",
		 AREAFIND_EXACT);
	first_is(f, "Windsor and Maidenhead", "windsor-and-maidenhead", AREAFIND_EXACT);
	first_is(f, "Royal Borough of Windsor & Maidenhead", "windsor-and-maidenhead",
		 AREAFIND_EXACT);
	first_is(f, "Windsor", "windsor-and-maidenhead", AREAFIND_WORDS);
	first_is(f, "Southend-on-Sea", "southend-on-sea", AREAFIND_EXACT);
	first_is(f, "southend on sea borough council", "southend-on-sea", AREAFIND_EXACT);
	first_is(f, "Southend", "southend-on-sea", AREAFIND_WORDS);
	first_is(f, "Kensington & Chelsea", "kensington-and-chelsea", AREAFIND_EXACT);
	first_is(f, "Telford and the Wrekin", "telford-and-wrekin", AREAFIND_EXACT);
	first_is(f, "Durham", "county-durham", AREAFIND_EXACT);
	first_is(f, "Durham County Council", "county-durham", AREAFIND_EXACT);
	first_is(f, "Scilly", "isles-of-scilly", AREAFIND_WORDS);
	first_is(f, "Council of the Isles of Scilly", "isles-of-scilly", AREAFIND_EXACT);
	first_is(f, "Westminster City Council", "westminster", AREAFIND_EXACT);
	first_is(f, "City of London Corporation", "city-of-london", AREAFIND_EXACT);
	first_is(f, "Barnet", "barnet", AREAFIND_EXACT);
	first_is(f, "Stoke on Trent", "stoke-on-trent", AREAFIND_EXACT);
	first_is(f, "Bath & N E Somerset", "bath-and-north-east-somerset", AREAFIND_PREFIX);

	/* Both Kingstons for "Kingston", nothing else. */
	n = areafind_find(f, "Kingston", m, 8);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(m[0].area->id, "kingston-upon-hull");
		CHECK_STR(m[1].area->id, "kingston-upon-thames");
		CHECK_INT(m[1].how, AREAFIND_WORDS);
	}

	/* Typing: prefixes of words, in any order. */
	n = areafind_find(f, "leic", m, 8);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(m[0].area->id, "leicester");
		CHECK_STR(m[1].area->id, "leicestershire");
		CHECK_INT(m[0].how, AREAFIND_PREFIX);
	}
	first_is(f, "ful hammer", "hammersmith-and-fulham", AREAFIND_PREFIX);
	/* The exact name outranks names that start with it. */
	n = areafind_find(f, "Leicester", m, 8);
	CHECK(n >= 2 && strcmp(m[1].area->id, "leicestershire") == 0
	      && m[1].how == AREAFIND_PREFIX);
	n = areafind_find(f, "Lincolnshire", m, 8);
	CHECK(n >= 3 && strcmp(m[0].area->id, "lincolnshire") == 0 && m[1].how == AREAFIND_WORDS);
	CHECK_INT(areafind_find(f, "Lincolnshire", m, 1), 1);

	/* Misspellings: the nearest names. */
	first_is(f, "Leicster", "leicester", AREAFIND_NEAR);
	n = areafind_find(f, "Leicster", m, 8);
	CHECK(n >= 1 && m[0].distance == 1);
	first_is(f, "Lester", "leicester", AREAFIND_NEAR);
	first_is(f, "Cornwal", "cornwall", AREAFIND_PREFIX);
	first_is(f, "Cornwel", "cornwall", AREAFIND_NEAR);
	first_is(f, "Conrwall", "cornwall", AREAFIND_NEAR);         /* two letters swapped */
	first_is(f, "Hammersmth and Fulham", "hammersmith-and-fulham", AREAFIND_NEAR);
	first_is(f, "Hammersmth", "hammersmith-and-fulham", AREAFIND_NEAR);
	first_is(f, "Westminser", "westminster", AREAFIND_NEAR);
	first_is(f, "Southamton", "southampton", AREAFIND_NEAR);
	first_is(f, "Bristle", "bristol", AREAFIND_NEAR);
	/* Too far from any name, or too short to guess from: nothing. */
	none(f, "Lesterr");
	none(f, "Atlantis");
	none(f, "Narnia County Council");
	none(f, "Council");
	none(f, "");
	none(f, "   ");
	none(f, "&");
	none(f, "xyz");
	/* Hostile input: invalid UTF-8, control characters, a very long line. */
	none(f, "\xff\xfe\xc3");
	none(f, "\x1b[2J\x07");
	{
		char *longq = malloc(5001);

		memset(longq, 'a', 5000);
		longq[5000] = '\0';
		none(f, longq);
		memcpy(longq, "Leicester ", 10);
		CHECK_INT(areafind_find(f, longq, m, 8), 0);
		free(longq);
	}
	first_is(f, "Leicester\xff", "leicester", AREAFIND_EXACT);

	/* Councils of the other nations lead to their nation's route. */
	first_is(f, "Cardiff", "cardiff", AREAFIND_EXACT);
	n = areafind_find(f, "Cardiff", m, 8);
	CHECK(n >= 1 && m[0].area->redirect == guide_find_screen(g, "wales-route"));
	first_is(f, "Caerdydd", "cardiff", AREAFIND_EXACT);
	first_is(f, "City of Cardiff Council", "cardiff", AREAFIND_EXACT);
	first_is(f, "Swansea", "swansea", AREAFIND_EXACT);
	first_is(f, "Ynys Mon", "isle-of-anglesey", AREAFIND_EXACT);
	first_is(f, "YNYS M\xc3\x94N", "isle-of-anglesey", AREAFIND_EXACT);   /* Ô */
	first_is(f, "Anglesey", "isle-of-anglesey", AREAFIND_EXACT);
	first_is(f, "Vale of Glamorgan", "the-vale-of-glamorgan", AREAFIND_EXACT);
	first_is(f, "Glasgow", "glasgow-city", AREAFIND_EXACT);
	n = areafind_find(f, "Glasgow", m, 8);
	CHECK(n >= 1 && m[0].area->redirect == guide_find_screen(g, "scotland-route"));
	first_is(f, "Edinburgh", "city-of-edinburgh", AREAFIND_EXACT);
	first_is(f, "Western Isles", "eilean-siar", AREAFIND_EXACT);
	first_is(f, "Belfast", "belfast", AREAFIND_EXACT);
	n = areafind_find(f, "Belfast", m, 8);
	CHECK(n >= 1 && m[0].area->redirect == guide_find_screen(g, "ni-route"));
	first_is(f, "Derry and Strabane", "derry-city-and-strabane", AREAFIND_EXACT);
	first_is(f, "Newry Mourne and Down", "newry-mourne-and-down", AREAFIND_EXACT);
	first_is(f, "Glasgo", "glasgow-city", AREAFIND_PREFIX);
	first_is(f, "Belfats", "belfast", AREAFIND_NEAR);

	areafind_free(f);
	guide_free(g);
}

/* Whatever councils the shipped content lists, each is found first by its
   own name and by its official name, and every alias finds it exactly. */
static void
test_shipped(void)
{
	struct guide *g = load("content");
	struct areafind *f;
	size_t i, j, checked = 0;

	CHECK(g != NULL);
	if (g == NULL)
		return;
	f = areafind_new(g);
	for (i = 0; i < g->nareas; i++) {
		const struct area *a = &g->areas[i];

		first_is(f, a->name.en, a->id, AREAFIND_EXACT);
		if (a->official != NULL)
			first_is(f, a->official, a->id, AREAFIND_EXACT);
		/* An alias two councils share ("Northants" for North and
		   West Northamptonshire) finds each of them exactly. */
		for (j = 0; j < a->naliases; j++) {
			struct areafind_match m[8];
			size_t n = areafind_find(f, a->aliases[j], m, 8), k;
			bool found = false;

			for (k = 0; k < n && m[k].how == AREAFIND_EXACT; k++)
				found = found || m[k].area == a;
			CHECK(found);
		}
		checked++;
	}
	CHECK(checked >= 65);    /* at least the councils of the other nations */
	areafind_free(f);
	guide_free(g);
}

/* session_find_area: what a typed name leads to in both views. */
static void
test_session_find(void)
{
	struct guide *g = load("content");
	struct session s;
	struct area_answer a;
	struct page pg = { 0 };
	size_t i;
	bool caveat = false;

	CHECK(g != NULL);
	if (g == NULL)
		return;
	session_init(&s, g, NULL);
	session_find_area(&s, "Leicester", &a);
	CHECK_INT(a.kind, AREA_ANSWER_ONE);
	CHECK_STR(a.areas[0]->id, "leicester");
	session_find_area(&s, "leicster", &a);
	CHECK_INT(a.kind, AREA_ANSWER_NEAREST);
	CHECK(a.nareas >= 1 && strcmp(a.areas[0]->id, "leicester") == 0);
	CHECK(a.not_listed != NULL && strcmp(a.not_listed->id, "council-not-listed") == 0);
	session_find_area(&s, "Xyzzy", &a);
	CHECK_INT(a.kind, AREA_ANSWER_NONE);
	CHECK_INT(a.nareas, 0);
	CHECK(a.not_listed != NULL);
	session_find_area(&s, "Northants", &a);
	CHECK_INT(a.kind, AREA_ANSWER_SEVERAL);
	CHECK_INT(a.nareas, 2);
	session_find_area(&s, "Herts", &a);
	CHECK_INT(a.kind, AREA_ANSWER_ONE);
	CHECK_STR(a.areas[0]->id, "hertfordshire");
	session_find_area(&s, "Cardiff", &a);
	CHECK_INT(a.kind, AREA_ANSWER_ONE);
	CHECK(a.areas[0]->redirect != NULL);
	/* Chosen on a screen without contacts, a Welsh council's confirmation
	   says where its rules are. */
	session_set_area(&s, a.areas[0]);
	CHECK(strstr(page_area_chosen(&pg, &s), "Different rules apply") != NULL);
	/* Rutland's caveat reaches the card, for every view. */
	session_set_area(&s, guide_find_area(g, "rutland"));
	CHECK_STR(page_area_chosen(&pg, &s), "Your area is now Rutland.");
	session_jump(&s, guide_find_screen(g, "find-contacts"));
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_CARDS);
	for (i = 0; i < pg.contacts.ncards; i++)
		if (pg.contacts.cards[i].link_note != NULL
		    && strstr(pg.contacts.cards[i].link_note, "do not contact KIDS directly") != NULL)
			caveat = true;
	CHECK(caveat);
	/* No local contacts: the region is named. */
	session_set_area(&s, guide_find_area(g, "north-northamptonshire"));
	page_build(&pg, &s);
	CHECK_INT(pg.contacts.kind, PAGE_CONTACTS_NATIONAL);
	CHECK(strstr(pg.contacts.heading, "East Midlands") != NULL);
	page_free(&pg);
	session_free(&s);
	guide_free(g);
}

int
main(void)
{
	test_fold();
	test_fixture();
	test_shipped();
	test_session_find();
	UNIT_DONE();
}
