/* unit.h: a minimal assertion harness for the C unit tests (TAP-free, exit status). */
#ifndef SENDGUIDE_UNIT_H
#define SENDGUIDE_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int unit_failures, unit_checks;

#define CHECK(cond) do { unit_checks++; if (!(cond)) { unit_failures++; \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); unit_checks++; \
	if (a_ == NULL || b_ == NULL || strcmp(a_, b_) != 0) { unit_failures++; \
	fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, \
		b_ ? b_ : "(null)", a_ ? a_ : "(null)"); } } while (0)
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); unit_checks++; \
	if (a_ != b_) { unit_failures++; fprintf(stderr, "%s:%d: %s: expected %lld, got %lld\n", \
		__FILE__, __LINE__, #a, b_, a_); } } while (0)

/* Exit 99 (a hard error to automake) when nothing was checked: a test that
   asserts nothing is a defect. */
#define UNIT_DONE() do { if (unit_checks == 0) { fprintf(stderr, "no checks ran\n"); return 99; } \
	fprintf(stderr, "%d checks, %d failed\n", unit_checks, unit_failures); \
	return unit_failures ? 1 : 0; } while (0)

#endif
