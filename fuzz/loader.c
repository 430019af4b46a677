/* loader.c (fuzz): the loader and the checker over up to three content files that may link to each other. */
#include <config.h>

#include <stdlib.h>

#include "fuzz.h"
#include "check.h"
#include "guide.h"
#include "report.h"

/* Named so they load in this order, as a real content folder would. */
static const char *const names[] = {
	"content/10-a.yaml", "content/20-b.yaml", "content/30-c.yaml"
};
#define NFILES (sizeof names / sizeof names[0])

FUZZ_TARGET(loader)
{
	struct fuzz_part parts[NFILES];
	size_t n = fuzz_split(data, size, parts, NFILES), i;
	struct diags d;
	struct guide *g;
	char *dir;

	for (i = 0; i < NFILES; i++)
		fuzz_write(names[i], i < n ? parts[i].data : NULL, i < n ? parts[i].size : 0);
	dir = fuzz_path("content");
	diags_init(&d);
	g = guide_load(dir, &d);
	if (g == NULL && d.errors == 0)
		__builtin_trap();   /* a refusal must say why */
	(void)check_report(g, dir, false, &d, fuzz_null());
	guide_free(g);
	diags_free(&d);
	free(dir);
}
