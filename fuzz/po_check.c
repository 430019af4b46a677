/* po_check.c (fuzz): the translation checker over a content catalogue and an interface catalogue. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "check.h"
#include "guide.h"
#include "po_check.h"
#include "report.h"

/* The test guide (tests/fixtures/mini, beside the source tree's content),
   loaded once, so catalogues are checked against a guide's strings as the
   --check report does; NULL (no coverage counts) if it does not load. A
   small guide keeps each run short. */
static struct guide *
test_guide(void)
{
	static struct guide *g;
	static int tried;
	struct diags d;

	if (!tried) {
		tried = 1;
		diags_init(&d);
		g = guide_load(BUILD_CONTENTDIR "/../tests/fixtures/mini", &d);
		diags_free(&d);
	}
	return g;
}

FUZZ_TARGET(po_check)
{
	struct fuzz_part parts[2];
	size_t n = fuzz_split(data, size, parts, 2);
	struct po_token tokens[16];
	struct diags d;
	char *dir, *text;

	/* The token finder on the whole input as one string, both ways. */
	text = strndup((const char *)data, size);
	if (text == NULL)
		abort();
	(void)po_tokens(text, 0, tokens, 16);
	(void)po_tokens(text, 1, tokens, 16);
	free(text);

	fuzz_write("i18n/content/LINGUAS", "pl\n", 3);
	fuzz_write("i18n/content/pl.po", parts[0].data, parts[0].size);
	fuzz_write("i18n/pl.po", n > 1 ? parts[1].data : NULL, n > 1 ? parts[1].size : 0);
	dir = fuzz_path("content/");
	diags_init(&d);
	(void)translations_report(test_guide(), dir, &d, fuzz_null());
	diags_print(&d, fuzz_null());
	diags_free(&d);
	free(dir);
}
