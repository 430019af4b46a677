/* unit_coverage.c: the coverage figures of --check on a fixture guide with every case that counts or does not. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "source_dates.h"
#include "guide.h"
#include "report.h"
#include "unit.h"

static void
test_stale(void)
{
	long today = date_iso_days("2026-11-29");

	CHECK(coverage_is_stale("2025-11-28", today));
	CHECK(!coverage_is_stale("2025-11-29", today));
	CHECK(!coverage_is_stale("2026-11-29", today));
	CHECK(coverage_is_stale("2020-01-01", today));
	/* 29 February 2024 is a year old on 1 March 2025, stale from the 2nd. */
	CHECK(!coverage_is_stale("2024-02-29", date_iso_days("2025-03-01")));
	CHECK(coverage_is_stale("2024-02-29", date_iso_days("2025-03-02")));
	CHECK(!coverage_is_stale(NULL, today));
	CHECK(!coverage_is_stale("not a date", today));
}

static void
test_fixture(void)
{
	const char *top = getenv("TOP_SRCDIR");
	struct coverage c;
	struct diags d;
	struct guide *g;
	char *dir, *text;

	xasprintf(&dir, "%s/tests/fixtures/coverage", top != NULL ? top : ".");
	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	if (g == NULL) {
		diags_print(&d, stderr);
		goto out;
	}
	coverage_count(g, date_iso_days("2026-11-29"), &c);
	/* Alpha, Beta, Gamma, Delta: not the area without a code, not Cardiff. */
	CHECK_INT(c.councils, 4);
	/* Alpha only: Beta's advice line is linked without a source. */
	CHECK_INT(c.sendiass, 1);
	/* Alpha (adviser, sourced) and Gamma (adviser, sourced; the silent
	   mediator has no contact): not Beta, whose link names no source. */
	CHECK_INT(c.mediation, 2);
	/* Each contact once: Alpha's phone and e-mail, the line's web address,
	   the adviser's phone; the silent mediator has none. */
	CHECK_INT(c.contacts, 4);
	/* The e-mail from the page dated 2025-11-28 and the phone from the
	   page dated 2024-02-29; not the page dated exactly a year ago. */
	CHECK_INT(c.stale, 2);
	coverage_count(g, date_iso_days("2026-11-01"), &c);
	CHECK_INT(c.stale, 1);

	text = coverage_text(&c);
	CHECK_STR(text, "councils in England: 4 listed, 1 with a sourced SENDIASS contact, "
		  "2 with a sourced mediation contact; 4 contacts, 1 from a source more than "
		  "12 months old");
	free(text);
out:
	guide_free(g);
	diags_free(&d);
	free(dir);
}

int
main(void)
{
	test_stale();
	test_fixture();
	UNIT_DONE();
}
