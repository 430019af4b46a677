/* unit.h: a minimal harness for the C unit tests that reports each case by name in TAP. */
#ifndef SENDGUIDE_UNIT_H
#define SENDGUIDE_UNIT_H

/*
 * A test program is a list of cases, each a function run by UNIT_CASE(fn):
 * it prints "ok N - fn" or "not ok N - fn", and every failed check inside
 * it a "# file:line: ..." line under it. automake's tap-driver.sh reads
 * this, so a failure names its case; the output is unbuffered, so a crash
 * in one case still shows every case before it, and the driver reports the
 * crash itself as an error. Checks made outside any case are reported as
 * one case named "main" when the program ends with UNIT_DONE().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_failures, unit_checks, unit_cases;
static int unit_case_checks, unit_case_failures;   /* of the case being run */

static inline void
unit_start(void)
{
	static int started;

	if (!started) {
		started = 1;
		setvbuf(stdout, NULL, _IONBF, 0);
	}
}

#define UNIT_FAIL_(...) do { unit_failures++; unit_case_failures++; unit_start(); \
	printf("# %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); putchar('\n'); } while (0)

#define CHECK(cond) do { unit_checks++; unit_case_checks++; if (!(cond)) \
	UNIT_FAIL_("check failed: %s", #cond); } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); unit_checks++; unit_case_checks++; \
	if (a_ == NULL || b_ == NULL || strcmp(a_, b_) != 0) \
		UNIT_FAIL_("expected \"%s\", got \"%s\"", b_ ? b_ : "(null)", a_ ? a_ : "(null)"); \
	} while (0)
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	unit_checks++; unit_case_checks++; \
	if (a_ != b_) UNIT_FAIL_("%s: expected %lld, got %lld", #a, b_, a_); } while (0)

/* Report the checks made since the last report as one case. A case that
   checked nothing is a defect: it fails. */
static inline void
unit_report(const char *name)
{
	unit_start();
	unit_cases++;
	if (unit_case_checks == 0) {
		unit_failures++;
		printf("not ok %d - %s # no checks ran\n", unit_cases, name);
	} else {
		printf("%sok %d - %s\n", unit_case_failures ? "not " : "", unit_cases, name);
	}
	unit_case_checks = unit_case_failures = 0;
}

static inline void
unit_case(const char *name, void (*fn)(void))
{
	/* Checks made before this case, outside any, are reported first. */
	if (unit_case_checks > 0)
		unit_report("main");
	unit_start();
	fn();
	unit_report(name);
}

#define UNIT_CASE(fn) unit_case(#fn, fn)

/* The plan comes last (TAP allows it), so cases need not be counted by hand.
   Exit 99 (a hard error to automake) when nothing was checked at all. */
#define UNIT_DONE() do { if (unit_case_checks > 0) unit_report("main"); \
	if (unit_checks == 0) { printf("Bail out! no checks ran\n"); return 99; } \
	printf("1..%d\n", unit_cases); \
	printf("# %d checks, %d failed\n", unit_checks, unit_failures); \
	return unit_failures ? 1 : 0; } while (0)

#endif
