/* unit_search.c: folded search over a small guide (placeholder until written). */
#include <config.h>

#include "search.h"
#include "unit.h"

int
main(void)
{
	size_t n;
	char *f = search_fold("A", 1, &n);

	CHECK(f != NULL);
	free(f);
	UNIT_DONE();
}
