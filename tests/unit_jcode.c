/* unit_jcode.c: journey codes: round trips for every outcome and area of the shipped content, mistyped codes, collisions. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "jcode.h"
#include "report.h"
#include "unit.h"

static struct date
D(int y, int m, int d)
{
	struct date r = { y, m, d };

	return r;
}

static bool
same_date(struct date a, struct date b)
{
	return date_cmp(a, b) == 0;
}

static bool
same_journey(const struct jcode_journey *a, const struct jcode_journey *b)
{
	size_t i;

	if (a->screen != b->screen || a->area != b->area)
		return false;
	for (i = 0; i < JCODE_NDATES; i++)
		if (a->has[i] != b->has[i] || (a->has[i] && !same_date(a->dates[i], b->dates[i])))
			return false;
	return true;
}

/* The code's symbols without hyphens. */
static size_t
symbols(const char *code, char *out)
{
	size_t n = 0;

	for (; *code != '\0'; code++)
		if (*code != '-')
			out[n++] = *code;
	out[n] = '\0';
	return n;
}

/* Today for the tests: the dates they use are within a year before it. */
static const struct date today = { 2026, 12, 6 };

/* The check as the comment in jcode.c specifies it, written again here:
   sum(value(symbol i)) and sum(i * value(symbol i)), i = 1..n, are both
   divisible by 29. */
static bool
check_holds(const char *s)
{
	size_t i;
	int s0 = 0, s1 = 0;

	for (i = 0; s[i] != '\0'; i++) {
		int v = (int)(strchr(JCODE_ALPHABET, s[i]) - JCODE_ALPHABET);

		s0 += v;
		s1 += (int)(i + 1) * v;
	}
	return s0 % 29 == 0 && s1 % 29 == 0;
}

/* Make s's last two symbols the check symbols again after a change. */
static void
fix_check(char *s)
{
	size_t n = strlen(s);
	int a, b;

	for (a = 0; a < 29; a++)
		for (b = 0; b < 29; b++) {
			s[n - 2] = JCODE_ALPHABET[a];
			s[n - 1] = JCODE_ALPHABET[b];
			if (check_holds(s))
				return;
		}
}

/* Every mistake of one symbol, and every swap of two different symbols, is
   refused without naming another journey. Returns the codes tried. */
static size_t
mistype(const struct guide *g, const char *code, bool doubles)
{
	char s[JCODE_MAX], t[JCODE_MAX + 2];
	size_t n = symbols(code, s), i, k, tried = 0;
	struct jcode_journey j;
	const char *c, *c2;
	long wrong = 0;

	for (i = 0; i < n; i++) {
		/* Every two wrong symbols, wherever they are. */
		for (k = i + 1; doubles && k < n; k++)
			for (c = JCODE_ALPHABET; *c != '\0'; c++)
				for (c2 = JCODE_ALPHABET; *c2 != '\0'; c2++) {
					if (*c == s[i] || *c2 == s[k])
						continue;
					strcpy(t, s);
					t[i] = *c;
					t[k] = *c2;
					tried++;
					if (jcode_decode(g, t, today, &j) != JCODE_BAD_CHECK)
						wrong++;
				}
		for (c = JCODE_ALPHABET; *c != '\0'; c++) {
			if (*c == s[i])
				continue;
			strcpy(t, s);
			t[i] = *c;
			tried++;
			if (jcode_decode(g, t, today, &j) != JCODE_BAD_CHECK)
				wrong++;
		}
		for (k = i + 1; k < n; k++) {
			if (s[k] == s[i])
				continue;
			strcpy(t, s);
			t[i] = s[k];
			t[k] = s[i];
			tried++;
			if (jcode_decode(g, t, today, &j) != JCODE_BAD_CHECK)
				wrong++;
		}
		/* A lost symbol, or one typed twice. */
		strcpy(t, s);
		memmove(t + i, t + i + 1, n - i);
		tried++;
		if (jcode_decode(g, t, today, &j) != JCODE_BAD_LENGTH)
			wrong++;
		strcpy(t, s);
		memmove(t + i + 1, t + i, n - i + 1);
		tried++;
		if (jcode_decode(g, t, today, &j) != JCODE_BAD_LENGTH)
			wrong++;
		/* A character no code has. */
		strcpy(t, s);
		t[i] = '*';
		tried++;
		if (jcode_decode(g, t, today, &j) != JCODE_BAD_CHAR)
			wrong++;
	}
	if (wrong != 0)
		fprintf(stderr, "%s: %ld mistyped forms were not refused as they should be\n", code, wrong);
	CHECK_INT(wrong, 0);
	return tried;
}

static void
test_round_trips(const struct guide *g)
{
	const struct date letter = D(2026, 10, 1), cert = D(2026, 11, 29);
	size_t s, a, k, outcomes = 0, trips = 0, tried = 0, bad = 0;
	size_t fixed = g->jcode_screen_symbols + g->jcode_area_symbols + JCODE_CHECKS;

	for (s = 0; s < g->nscreens; s++) {
		const struct screen *sc = &g->screens[s];

		if (sc->kind != SCREEN_OUTCOME)
			continue;
		outcomes++;
		for (a = 0; a <= g->nareas; a++)
			for (k = 0; k < 4; k++) {
				struct jcode_journey j, back;
				char code[JCODE_MAX], s2[JCODE_MAX];
				size_t n;

				memset(&j, 0, sizeof j);
				j.screen = sc;
				j.area = a < g->nareas ? &g->areas[a] : NULL;
				j.has[JCODE_LETTER] = (k & 1) != 0;
				j.has[JCODE_CERTIFICATE] = (k & 2) != 0;
				j.dates[JCODE_LETTER] = letter;
				j.dates[JCODE_CERTIFICATE] = cert;
				trips++;
				if (jcode_encode(g, &j, code) != JCODE_OK
				    || jcode_decode(g, code, today, &back) != JCODE_OK
				    || !same_journey(&j, &back)) {
					fprintf(stderr, "round trip failed: %s %s %zu: %s\n", sc->id,
						j.area != NULL ? j.area->id : "-", k, code);
					bad++;
					continue;
				}
				n = symbols(code, s2);
				if (n != (k == 0 ? fixed : k == 3 ? fixed + 6 : fixed + 4) || !check_holds(s2)) {
					fprintf(stderr, "%s: %zu symbols or a wrong check\n", code, n);
					bad++;
				}
				/* Typed in lower case, with spaces, or with look-alikes. */
				for (n = 0; code[n] != '\0'; n++) {
					char c = code[n];

					s2[n] = c == '-' ? ' ' : c == '0' ? 'o' : c == '1' ? 'l'
						: c == '5' ? 's' : c == '8' ? 'B' : c == '2' ? 'z'
						: c == 'V' ? 'u' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
				}
				s2[n] = '\0';
				if (jcode_decode(g, s2, today, &back) != JCODE_OK || !same_journey(&j, &back)) {
					fprintf(stderr, "%s typed as \"%s\" did not decode\n", code, s2);
					bad++;
				}
				/* The mistakes, for the first area and no area. */
				if (a == 0 || a == g->nareas)
					tried += mistype(g, code, outcomes == 1 && a == 0);
			}
	}
	CHECK(outcomes >= 10);
	CHECK(g->nareas >= 5);
	CHECK_INT(bad, 0);
	CHECK(trips == outcomes * (g->nareas + 1) * 4);
	CHECK(tried > 100000);
	fprintf(stderr, "%zu outcomes, %zu areas: %zu round trips, %zu mistyped codes refused\n",
		outcomes, g->nareas, trips, tried);
}

/* Well-formed codes the guide cannot open, and dates codes cannot carry. */
static void
test_unknown(const struct guide *g)
{
	struct screen gone;
	struct area nowhere;
	struct jcode_journey j, back;
	char code[JCODE_MAX], s[JCODE_MAX];
	size_t i;
	bool clash = false;
	const struct date no_today = { 0, 0, 0 };

	memset(&gone, 0, sizeof gone);
	memset(&nowhere, 0, sizeof nowhere);
	gone.id = "a-screen-that-was-removed";
	nowhere.id = "a-council-that-was-removed";
	for (i = 0; i < g->nscreens; i++)
		clash |= jcode_screen_value(g->screens[i].id, g->jcode_screen_symbols)
			== jcode_screen_value(gone.id, g->jcode_screen_symbols);
	for (i = 0; i < g->nareas; i++)
		clash |= jcode_area_value(g->areas[i].id, g->jcode_area_symbols)
			== jcode_area_value(nowhere.id, g->jcode_area_symbols);
	CHECK(!clash);

	memset(&j, 0, sizeof j);
	j.screen = &gone;
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_UNKNOWN_SCREEN);
	j.screen = g->start;
	j.area = &nowhere;
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_UNKNOWN_AREA);
	j.area = NULL;
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_OK);
	CHECK(back.screen == g->start && back.area == NULL);

	/* The range of dates: 1 January 2020 for 24000 days. */
	j.has[JCODE_LETTER] = true;
	j.dates[JCODE_LETTER] = D(2019, 12, 31);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_BAD_DATE);
	j.dates[JCODE_LETTER] = date_add_days(D(2020, 1, 1), JCODE_DAYS);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_BAD_DATE);
	j.dates[JCODE_LETTER] = date_add_days(D(2020, 1, 1), JCODE_DAYS - 1);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, no_today, &back), JCODE_OK);
	CHECK(same_date(back.dates[JCODE_LETTER], j.dates[JCODE_LETTER]));
	/* ... but a date after today is refused as a typed one is. */
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_DATE_FUTURE);
	j.dates[JCODE_LETTER] = D(2020, 1, 1);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, no_today, &back), JCODE_OK);
	CHECK(same_date(back.dates[JCODE_LETTER], D(2020, 1, 1)));
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_DATE_TOO_OLD);
	/* The edges of the typed rule: today and a year before it pass. */
	j.dates[JCODE_LETTER] = today;
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_OK);
	j.dates[JCODE_LETTER] = D(2025, 12, 6);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_OK);
	j.dates[JCODE_LETTER] = D(2025, 12, 5);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_DATE_TOO_OLD);
	j.dates[JCODE_LETTER] = D(2026, 12, 7);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_DATE_FUTURE);
	/* A certificate before its letter is never encoded, and a code
	   saying so (made by hand, with right check symbols) is refused. */
	j.has[JCODE_CERTIFICATE] = true;
	j.dates[JCODE_LETTER] = D(2026, 11, 2);
	j.dates[JCODE_CERTIFICATE] = D(2026, 11, 1);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_DATE_ORDER);
	j.dates[JCODE_CERTIFICATE] = D(2026, 11, 2);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, today, &back), JCODE_OK);
	{
		/* letter * 24000 + certificate, one day less on the certificate */
		char t[JCODE_MAX];
		size_t at = g->jcode_screen_symbols + g->jcode_area_symbols, m;
		int dv[6], x;

		symbols(code, t);
		for (m = 0; m < 6; m++)
			dv[m] = (int)(strchr(JCODE_ALPHABET, t[at + m]) - JCODE_ALPHABET);
		for (m = 6, x = 1; m > 0 && x; m--) {   /* subtract 1 in base 29 */
			x = dv[m - 1] == 0;
			dv[m - 1] = x ? 28 : dv[m - 1] - 1;
		}
		for (m = 0; m < 6; m++)
			t[at + m] = JCODE_ALPHABET[dv[m]];
		fix_check(t);
		CHECK_INT(jcode_decode(g, t, today, &back), JCODE_DATE_ORDER);
	}
	j.has[JCODE_CERTIFICATE] = false;
	j.dates[JCODE_LETTER] = D(2020, 1, 1);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	/* A date field beyond the range, with right check symbols. */
	symbols(code, s);
	for (i = 7; i < 11; i++)
		s[i] = 'Y';
	fix_check(s);
	CHECK(check_holds(s));
	CHECK_INT(jcode_decode(g, s, no_today, &back), JCODE_BAD_DATE);
	j.has[JCODE_CERTIFICATE] = true;
	j.dates[JCODE_CERTIFICATE] = D(2026, 11, 29);
	CHECK_INT(jcode_encode(g, &j, code), JCODE_OK);
	symbols(code, s);
	for (i = 7; i < 13; i++)
		s[i] = 'Y';
	fix_check(s);
	CHECK_INT(jcode_decode(g, s, today, &back), JCODE_BAD_DATE);

	j.screen = NULL;
	CHECK_INT(jcode_encode(g, &j, code), JCODE_NO_SCREEN);
	CHECK_INT(jcode_decode(g, "", today, &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "----", today, &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "K7QW-3MXA-DE4F-7QW-3MXA", today, &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "K7QW-3MXÄ", today, &back), JCODE_BAD_CHAR);
	for (i = JCODE_BAD_LENGTH; i <= JCODE_NO_SCREEN; i++)
		CHECK(jcode_status_text((enum jcode_status)i) != NULL);
	CHECK(jcode_status_text(JCODE_OK) == NULL);
	/* Codes already handed out must keep opening their journey: the value of
	   an id never changes (FNV-1a of its bytes; this pins the hash). */
	CHECK_INT(jcode_screen_value("start", 3), 23295);
	CHECK_INT(g->jcode_screen_symbols, 3);
	CHECK_INT(g->jcode_area_symbols, 4);  /* 0xee5d97ad45ad251f mod 29^3 */
}

/* The check is proved, not sampled: the code is linear, so a change of
   symbols passes it only if the change itself (the error word) does. Every
   error of one or two symbols, at every pair of positions, with every pair
   of wrong values, for every length a code can have, fails the check. */
static void
test_check_proof(void)
{
	int v[JCODE_SYMBOLS_MAX + 2];
	size_t n, i, k, tried = 0, passed = 0;
	int a, b;

	for (n = JCODE_CHECKS + 1; n <= JCODE_SYMBOLS_MAX; n++)
		for (i = 0; i < n; i++)
			for (a = 1; a < 29; a++) {
				memset(v, 0, sizeof v);
				v[i] = a;
				tried++;
				passed += jcode_check_holds(v, n);
				for (k = i + 1; k < n; k++)
					for (b = 1; b < 29; b++) {
						memset(v, 0, sizeof v);
						v[i] = a;
						v[k] = b;
						tried++;
						passed += jcode_check_holds(v, n);
					}
			}
	CHECK_INT(passed, 0);
	/* And the check symbols make a word of the code for any data. */
	for (n = 1, passed = 0; n + JCODE_CHECKS <= JCODE_SYMBOLS_MAX; n++)
		for (a = 0; a < 200; a++) {
			for (i = 0; i < n; i++)
				v[i] = (int)((i * 7 + (size_t)a * 13 + (size_t)(a * a)) % 29);
			jcode_check_symbols(v, n);
			passed += jcode_check_holds(v, n + JCODE_CHECKS);
		}
	CHECK_INT(passed, 200 * (JCODE_SYMBOLS_MAX - JCODE_CHECKS));
	fprintf(stderr, "%zu error words of one or two symbols, all refused\n", tried);
}

/* Values and indexes, for finding two ids that share a value. */
struct named {
	unsigned long long value;
	size_t i;
};

static int
compare_named(const void *pa, const void *pb)
{
	const struct named *a = pa, *b = pb;

	return a->value < b->value ? -1 : a->value > b->value;
}

/* Two ids of the form prefix-N whose values at the longest field are
   equal: found by hashing a million and sorting. */
static bool
find_pair(const char *prefix, bool area, char out[2][32])
{
	size_t n = 1000000, i;
	struct named *t = xreallocarray(NULL, n, sizeof *t);
	char id[32];
	bool found = false;

	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "%s-%zu", prefix, i);
		t[i].value = area ? jcode_area_value(id, JCODE_AREA_MAX)
			: jcode_screen_value(id, JCODE_SCREEN_MAX);
		t[i].i = i;
	}
	qsort(t, n, sizeof *t, compare_named);
	for (i = 1; i < n && !found; i++)
		if (t[i].value == t[i - 1].value) {
			snprintf(out[0], 32, "%s-%zu", prefix, t[i - 1].i);
			snprintf(out[1], 32, "%s-%zu", prefix, t[i].i);
			found = true;
		}
	free(t);
	return found;
}

/* The field grows until ids no longer share a value; ids that share one
   even at the longest field are errors; the shipped content has none. */
static void
test_collisions(const struct guide *g)
{
	struct diags d;
	struct guide fake;
	struct screen sc[3];
	struct area ar[2];
	char ids[2][32], aids[2][32], shorter[2][32];
	size_t i, found = 0;

	CHECK(g->jcode_screen_symbols == 3 && g->jcode_area_symbols == 4);

	CHECK(find_pair("screen", false, ids));
	/* An area's value is a screen's at the same size: the same pair. */
	CHECK(jcode_area_value(ids[0], JCODE_AREA_MAX) == jcode_area_value(ids[1], JCODE_AREA_MAX));
	memcpy(aids, ids, sizeof aids);
	memset(&fake, 0, sizeof fake);
	memset(sc, 0, sizeof sc);
	memset(ar, 0, sizeof ar);
	sc[0].id = ids[0];
	sc[1].id = ids[1];
	sc[2].id = "start";
	ar[0].id = aids[0];
	ar[1].id = aids[1];
	fake.screens = sc;
	fake.nscreens = 3;
	fake.areas = ar;
	fake.nareas = 2;
	diags_init(&d);
	CHECK_INT(jcode_index(&fake, &d), 2);
	CHECK_INT(d.errors, 2);
	for (i = 0; i < d.count; i++) {
		if (strstr(d.items[i].message, ids[0]) != NULL && strstr(d.items[i].message, ids[1]) != NULL
		    && strstr(d.items[i].message, "screens") != NULL)
			found++;
		if (strstr(d.items[i].message, aids[0]) != NULL && strstr(d.items[i].message, aids[1]) != NULL
		    && strstr(d.items[i].message, "areas") != NULL)
			found++;
	}
	CHECK_INT(found, 2);
	CHECK_INT(fake.jcode_screen_symbols, JCODE_SCREEN_MAX);
	diags_free(&d);
	arena_free(&fake.arena);

	/* Two ids sharing a 3-symbol value: the field grows to 4, no error,
	   and both round-trip to their own screen. */
	{
		static struct named t[2000];
		char id[32];
		bool got = false;

		for (i = 0; i < 2000; i++) {
			snprintf(id, sizeof id, "s-%zu", i);
			t[i].value = jcode_screen_value(id, 3);
			t[i].i = i;
		}
		qsort(t, 2000, sizeof *t, compare_named);
		for (i = 1; i < 2000 && !got; i++)
			if (t[i].value == t[i - 1].value) {
				snprintf(shorter[0], 32, "s-%zu", t[i - 1].i);
				snprintf(shorter[1], 32, "s-%zu", t[i].i);
				got = jcode_screen_value(shorter[0], 4) != jcode_screen_value(shorter[1], 4);
			}
		CHECK(got);
	}
	memset(&fake, 0, sizeof fake);
	memset(sc, 0, sizeof sc);
	sc[0].id = shorter[0];
	sc[1].id = shorter[1];
	fake.screens = sc;
	fake.nscreens = 2;
	diags_init(&d);
	CHECK_INT(jcode_index(&fake, &d), 0);
	CHECK_INT(d.errors, 0);
	CHECK_INT(fake.jcode_screen_symbols, 4);
	CHECK_INT(fake.jcode_area_symbols, 4);
	for (i = 0; i < 2; i++) {
		struct jcode_journey j, back;
		char code[JCODE_MAX], s[JCODE_MAX];

		memset(&j, 0, sizeof j);
		j.screen = &sc[i];
		CHECK_INT(jcode_encode(&fake, &j, code), JCODE_OK);
		CHECK_INT(symbols(code, s), 4 + 4 + JCODE_CHECKS);
		CHECK_INT(jcode_decode(&fake, code, today, &back), JCODE_OK);
		CHECK(back.screen == &sc[i]);
	}
	diags_free(&d);
	arena_free(&fake.arena);
	fprintf(stderr, "collisions found: %s = %s, %s = %s; %s = %s at 3 symbols\n",
		ids[0], ids[1], aids[0], aids[1], shorter[0], shorter[1]);
}

int
main(void)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir;
	struct diags d;
	struct guide *g;

	xasprintf(&dir, "%s/content", top != NULL ? top : ".");
	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	if (g != NULL) {
		test_round_trips(g);
		test_unknown(g);
		test_collisions(g);
		test_check_proof();
		guide_free(g);
	} else {
		diags_print(&d, stderr);
	}
	diags_free(&d);
	free(dir);
	UNIT_DONE();
}
