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

/* The check as the comment in jcode.c specifies it, written again here:
   sum(i * value(symbol i), i = 1..n) is divisible by 29. */
static bool
check_holds(const char *s)
{
	size_t i;
	int sum = 0;

	for (i = 0; s[i] != '\0'; i++)
		sum += (int)(i + 1) * (int)(strchr(JCODE_ALPHABET, s[i]) - JCODE_ALPHABET);
	return sum % 29 == 0;
}

/* Make s's last symbol the check symbol again after a change. */
static void
fix_check(char *s)
{
	size_t n = strlen(s);
	int c;

	for (c = 0; c < 29; c++) {
		s[n - 1] = JCODE_ALPHABET[c];
		if (check_holds(s))
			return;
	}
}

/* Every mistake of one symbol, and every swap of two different symbols, is
   refused without naming another journey. Returns the codes tried. */
static size_t
mistype(const struct guide *g, const char *code)
{
	char s[JCODE_MAX], t[JCODE_MAX + 2];
	size_t n = symbols(code, s), i, k, tried = 0;
	struct jcode_journey j;
	const char *c;
	long wrong = 0;

	for (i = 0; i < n; i++) {
		for (c = JCODE_ALPHABET; *c != '\0'; c++) {
			if (*c == s[i])
				continue;
			strcpy(t, s);
			t[i] = *c;
			tried++;
			if (jcode_decode(g, t, &j) != JCODE_BAD_CHECK)
				wrong++;
		}
		for (k = i + 1; k < n; k++) {
			if (s[k] == s[i])
				continue;
			strcpy(t, s);
			t[i] = s[k];
			t[k] = s[i];
			tried++;
			if (jcode_decode(g, t, &j) != JCODE_BAD_CHECK)
				wrong++;
		}
		/* A lost symbol, or one typed twice. */
		strcpy(t, s);
		memmove(t + i, t + i + 1, n - i);
		tried++;
		if (jcode_decode(g, t, &j) != JCODE_BAD_LENGTH)
			wrong++;
		strcpy(t, s);
		memmove(t + i + 1, t + i, n - i + 1);
		tried++;
		if (jcode_decode(g, t, &j) != JCODE_BAD_LENGTH)
			wrong++;
		/* A character no code has. */
		strcpy(t, s);
		t[i] = '*';
		tried++;
		if (jcode_decode(g, t, &j) != JCODE_BAD_CHAR)
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
				if (jcode_encode(&j, code) != JCODE_OK
				    || jcode_decode(g, code, &back) != JCODE_OK
				    || !same_journey(&j, &back)) {
					fprintf(stderr, "round trip failed: %s %s %zu: %s\n", sc->id,
						j.area != NULL ? j.area->id : "-", k, code);
					bad++;
					continue;
				}
				n = symbols(code, s2);
				if (n != (k == 0 ? 8u : k == 3 ? 14u : 12u) || !check_holds(s2)) {
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
				if (jcode_decode(g, s2, &back) != JCODE_OK || !same_journey(&j, &back)) {
					fprintf(stderr, "%s typed as \"%s\" did not decode\n", code, s2);
					bad++;
				}
				/* The mistakes, for the first area and no area. */
				if (a == 0 || a == g->nareas)
					tried += mistype(g, code);
			}
	}
	CHECK(outcomes >= 10);
	CHECK(g->nareas >= 5);
	CHECK_INT(bad, 0);
	CHECK(trips == outcomes * (g->nareas + 1) * 4);
	CHECK(tried > 10000);
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

	memset(&gone, 0, sizeof gone);
	memset(&nowhere, 0, sizeof nowhere);
	gone.id = "a-screen-that-was-removed";
	nowhere.id = "a-council-that-was-removed";
	for (i = 0; i < g->nscreens; i++)
		clash |= jcode_screen_value(g->screens[i].id) == jcode_screen_value(gone.id);
	for (i = 0; i < g->nareas; i++)
		clash |= jcode_area_value(g->areas[i].id) == jcode_area_value(nowhere.id);
	CHECK(!clash);

	memset(&j, 0, sizeof j);
	j.screen = &gone;
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, &back), JCODE_UNKNOWN_SCREEN);
	j.screen = g->start;
	j.area = &nowhere;
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, &back), JCODE_UNKNOWN_AREA);
	j.area = NULL;
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, &back), JCODE_OK);
	CHECK(back.screen == g->start && back.area == NULL);

	/* The range of dates: 1 January 2020 for 24000 days. */
	j.has[JCODE_LETTER] = true;
	j.dates[JCODE_LETTER] = D(2019, 12, 31);
	CHECK_INT(jcode_encode(&j, code), JCODE_BAD_DATE);
	j.dates[JCODE_LETTER] = date_add_days(D(2020, 1, 1), JCODE_DAYS);
	CHECK_INT(jcode_encode(&j, code), JCODE_BAD_DATE);
	j.dates[JCODE_LETTER] = date_add_days(D(2020, 1, 1), JCODE_DAYS - 1);
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, &back), JCODE_OK);
	CHECK(same_date(back.dates[JCODE_LETTER], j.dates[JCODE_LETTER]));
	j.dates[JCODE_LETTER] = D(2020, 1, 1);
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	CHECK_INT(jcode_decode(g, code, &back), JCODE_OK);
	CHECK(same_date(back.dates[JCODE_LETTER], D(2020, 1, 1)));
	/* A date field beyond the range, with a right check symbol. */
	symbols(code, s);
	for (i = 7; i < 11; i++)
		s[i] = 'Y';
	fix_check(s);
	CHECK(check_holds(s));
	CHECK_INT(jcode_decode(g, s, &back), JCODE_BAD_DATE);
	j.has[JCODE_CERTIFICATE] = true;
	j.dates[JCODE_CERTIFICATE] = D(2026, 11, 29);
	CHECK_INT(jcode_encode(&j, code), JCODE_OK);
	symbols(code, s);
	for (i = 7; i < 13; i++)
		s[i] = 'Y';
	fix_check(s);
	CHECK_INT(jcode_decode(g, s, &back), JCODE_BAD_DATE);

	j.screen = NULL;
	CHECK_INT(jcode_encode(&j, code), JCODE_NO_SCREEN);
	CHECK_INT(jcode_decode(g, "", &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "----", &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "K7QW-3MXA-DE4F-7QW-3MXA", &back), JCODE_BAD_LENGTH);
	CHECK_INT(jcode_decode(g, "K7QW-3MXÄ", &back), JCODE_BAD_CHAR);
	for (i = JCODE_BAD_LENGTH; i <= JCODE_NO_SCREEN; i++)
		CHECK(jcode_status_text((enum jcode_status)i) != NULL);
	CHECK(jcode_status_text(JCODE_OK) == NULL);
	/* Codes already handed out must keep opening their journey: the value of
	   an id never changes (FNV-1a of its bytes; this pins the hash). */
	CHECK_INT(jcode_screen_value("start"), 23295);  /* 0xee5d97ad45ad251f mod 29^3 */
}

/* Two ids with the same code are found, and the shipped content has none. */
static void
test_collisions(const struct guide *g)
{
	struct diags d;
	struct guide fake;
	struct screen sc[2];
	struct area ar[2];
	char ids[2][32], aids[2][32];
	static char names[20000][24];
	static unsigned long values[20000];
	size_t i, k, found = 0;

	diags_init(&d);
	CHECK_INT(jcode_collisions(g, &d), 0);
	CHECK_INT(d.errors, 0);
	diags_free(&d);

	/* Find two screen ids, then two area ids, that share a value. */
	ids[0][0] = aids[0][0] = '\0';
	for (i = 0; i < 20000 && ids[0][0] == '\0'; i++) {
		snprintf(names[i], sizeof names[i], "screen-%zu", i);
		values[i] = jcode_screen_value(names[i]);
		for (k = 0; k < i; k++)
			if (values[k] == values[i]) {
				strcpy(ids[0], names[k]);
				strcpy(ids[1], names[i]);
				break;
			}
	}
	for (i = 0; i < 20000 && aids[0][0] == '\0'; i++) {
		snprintf(names[i], sizeof names[i], "area-%zu", i);
		values[i] = jcode_area_value(names[i]);
		for (k = 0; k < i; k++)
			if (values[k] == values[i]) {
				strcpy(aids[0], names[k]);
				strcpy(aids[1], names[i]);
				break;
			}
	}
	CHECK(ids[0][0] != '\0' && aids[0][0] != '\0');
	memset(&fake, 0, sizeof fake);
	memset(sc, 0, sizeof sc);
	memset(ar, 0, sizeof ar);
	sc[0].id = ids[0];
	sc[1].id = ids[1];
	ar[0].id = aids[0];
	ar[1].id = aids[1];
	fake.screens = sc;
	fake.nscreens = 2;
	fake.areas = ar;
	fake.nareas = 2;
	diags_init(&d);
	CHECK_INT(jcode_collisions(&fake, &d), 2);
	CHECK_INT(d.errors, 2);
	for (i = 0; i < d.count; i++) {
		if (strstr(d.items[i].message, ids[0]) != NULL && strstr(d.items[i].message, ids[1]) != NULL)
			found++;
		if (strstr(d.items[i].message, aids[0]) != NULL && strstr(d.items[i].message, aids[1]) != NULL)
			found++;
	}
	CHECK_INT(found, 2);
	diags_free(&d);
	fprintf(stderr, "collisions found: %s = %s, %s = %s\n", ids[0], ids[1], aids[0], aids[1]);
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
		guide_free(g);
	} else {
		diags_print(&d, stderr);
	}
	diags_free(&d);
	free(dir);
	UNIT_DONE();
}
