/* unit_search.c: folded search over a small guide and a large synthetic one. */
#include <config.h>

#include <time.h>

#include "lang.h"
#include "search.h"
#include "unit.h"

static struct text body_items[4][2];
static struct block bodies[4];
static struct choice choices[4];
static struct screen screens[4];
static struct guide guide;

static void
build(void)
{
	static const char *const titles[] = {
		"What is your disagreement about?",
		"Mediation",
		"Deadlines for an appeal",
		"Disagreement resolution",
	};
	static const char *const paras[][2] = {
		{ "Choose the one closest to your situation.", "Szkoła i rada." },
		{ "A mediator is independent of the council.", "It is free for families." },
		{ "You have two months to appeal. Mediation must come first.", "Łódź" },
		{ "Disagreement resolution is not mediation about an EHC plan.", "It is free." },
	};
	size_t i;

	for (i = 0; i < 4; i++) {
		body_items[i][0].en = paras[i][0];
		body_items[i][1].en = paras[i][1];
		bodies[i] = (struct block){ BLOCK_PARAGRAPH, body_items[i], 2 };
		screens[i] = (struct screen){ .id = "s", .index = i, .title.en = titles[i],
					      .body = &bodies[i], .nbody = 1 };
	}
	choices[0] = (struct choice){ .label.en = "The support at school (tribunal)", .target = &screens[1] };
	screens[0].choices = choices;
	screens[0].nchoices = 1;
	guide.screens = screens;
	guide.nscreens = 4;
	guide.start = &screens[0];
}

static size_t
query(const char *q, struct search_hit *hits, size_t max)
{
	return search_run(&guide, q, hits, max);
}

static void
check_fold(const char *in, const char *want)
{
	size_t n;
	char *f = search_fold(in, strlen(in), &n);

	CHECK_STR(f, want);
	CHECK_INT(n, strlen(want));
	free(f);
}

static void
test_fold(void)
{
	check_fold("MEDIATION", "mediation");
	check_fold("Médiation", "mediation");
	check_fold("Łódź", "lodz");
	check_fold("ZAŻÓŁĆ gęślą jaźń", "zazolc gesla jazn");
	check_fold("Straße", "strasse");
	check_fold("Școală Română", "scoala romana");
	check_fold("e\xcc\x81" "cole", "ecole");     /* already decomposed */
	check_fold("日本語", "日本語");
	check_fold("", "");
	check_fold("\xff" "ABC", "\xef\xbf\xbd" "abc");  /* invalid bytes become U+FFFD */
}

static void
test_matching(void)
{
	struct search_hit hits[8];
	size_t n;

	n = query("MEDIATION", hits, 8);
	CHECK_INT(n, 3);
	/* The title hit ranks first, then body hits in screen order. */
	CHECK(n >= 3 && hits[0].screen == &screens[1]);
	CHECK(n >= 3 && hits[1].screen == &screens[2]);
	CHECK(n >= 3 && hits[2].screen == &screens[3]);
	CHECK(n >= 3 && hits[0].score > hits[1].score);
	CHECK_INT(query("médiation", hits, 8), 3);
	CHECK_INT(query("mediation", hits, 8), 3);
	CHECK_INT(query("medjacja", hits, 8), 0);
	CHECK_INT(query("media", hits, 8), 3);          /* prefixes match */

	/* Every word must appear, in title or body. */
	n = query("free mediation", hits, 8);
	CHECK_INT(n, 2);
	CHECK(n == 2 && hits[0].screen == &screens[1] && hits[1].screen == &screens[3]);
	CHECK_INT(query("free appeal", hits, 8), 0);
	/* Word order and punctuation do not matter. */
	CHECK_INT(query("  appeal,   MONTHS?  ", hits, 8), 1);

	/* Two title words outrank one. */
	n = query("disagreement resolution", hits, 8);
	CHECK_INT(n, 1);
	n = query("disagreement", hits, 8);
	CHECK_INT(n, 2);
	CHECK(n == 2 && hits[0].screen == &screens[0] && hits[1].screen == &screens[3]);

	/* Choice labels and non-English body text are searched. */
	n = query("tribunal", hits, 8);
	CHECK_INT(n, 1);
	CHECK(n == 1 && hits[0].screen == &screens[0]);
	CHECK_INT(query("szkola", hits, 8), 1);
	CHECK_INT(query("LODZ", hits, 8), 1);

	/* No words, no hits; max bounds the hits filled. */
	CHECK_INT(query("", hits, 8), 0);
	CHECK_INT(query("?!-", hits, 8), 0);
	CHECK_INT(query("mediation", hits, 1), 1);
	CHECK(hits[0].screen == &screens[1]);
	CHECK_INT(query("mediation", hits, 0), 0);
	/* A word must not match across two strings. */
	CHECK_INT(query("council it", hits, 8), 1);
	CHECK_INT(query("councilit", hits, 8), 0);
}

/* About 100 times the real guide: 10,000 screens of a few hundred bytes. */
static void
test_speed(void)
{
	enum { N = 10000 };
	struct screen *big = calloc(N, sizeof *big);
	struct block *blocks = calloc(N, sizeof *blocks);
	struct text *items = calloc(N, sizeof *items);
	struct guide g = { .screens = big, .nscreens = N, .start = big };
	struct search_hit hits[20];
	static const char *const words[] = { "council", "school", "plan", "tribunal",
		"deadline", "adviser", "certificate", "appeal", "parent", "needs" };
	char *text = malloc((size_t)N * 400);
	size_t i, w, n = 0;
	clock_t t0;
	double first_ms, ms;

	for (i = 0; i < N; i++) {
		char *p = text + i * 400;

		snprintf(p, 400, "Screen %zu about the %s and the %s: what the %s must do, "
			 "when to ask for mediation and how the %s decides. Ask the %s.",
			 i, words[i % 10], words[(i / 10) % 10], words[(i / 3) % 10],
			 words[(i / 7) % 10], words[(i / 100) % 10]);
		items[i].en = p;
		blocks[i] = (struct block){ BLOCK_PARAGRAPH, &items[i], 1 };
		big[i] = (struct screen){ .id = "x", .index = i, .title.en = words[i % 10],
					  .body = &blocks[i], .nbody = 1 };
	}
	t0 = clock();
	n = search_run(&g, "tribunal", hits, 20);
	first_ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
	CHECK_INT(n, 20);
	CHECK(hits[0].score > 0);
	t0 = clock();
	for (w = 0; w < 100; w++)
		n = search_run(&g, w % 2 ? "certificate tribunal" : "MÉDIATION Ask", hits, 20);
	ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC / 100;
	CHECK_INT(n, 20);
	fprintf(stderr, "search on %d screens: first query (builds the index) %.1f ms, "
		"then %.3f ms a query\n", N, first_ms, ms);
	search_free();
	free(big);
	free(blocks);
	free(items);
	free(text);
}

int
main(void)
{
	build();
	lang_set("en");
	UNIT_CASE(test_fold);
	UNIT_CASE(test_matching);
	/* The folded text follows the language; English text is its own fallback. */
	CHECK(lang_set("pl"));
	{
		struct search_hit hits[8];

		CHECK_INT(search_run(&guide, "mediation", hits, 8), 3);
	}
	lang_set("en");
	search_free();
	UNIT_CASE(test_speed);
	UNIT_DONE();
}
