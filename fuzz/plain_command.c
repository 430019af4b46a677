/* plain_command.c (fuzz): the plain view's command parser and its answers, over lines as a person types them. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "guide.h"
#include "lang.h"
#include "report.h"
#include "search.h"
#include "session.h"
#include "views.h"

/* The test guide (tests/fixtures/mini), loaded once: every line is read
   against a real guide's screens, areas and searches. */
static struct guide *
test_guide(void)
{
	static struct guide *g;
	static int tried;
	struct diags d;

	if (!tried) {
		tried = 1;
		/* The build's catalogues: the Polish and Romanian commands. */
		lang_init(BUILD_LOCALEDIR, "en");
		diags_init(&d);
		g = guide_load(BUILD_CONTENTDIR "/../tests/fixtures/mini", &d);
		diags_free(&d);
	}
	return g;
}

/* The input is what was typed, lines and all, read by the whole plain view
   (plain_run, through a stream with no terminal behind it): commands and
   their words in every language (the first byte picks en, pl or ro),
   numbers, the follow-up questions, the kiosk's refusals. */
FUZZ_TARGET(plain_command)
{
	static const char *const langs[] = { "en", "pl", "ro" };
	struct view_options o = { .idle_seconds = 120, .countdown_seconds = 20, .mouse = true };
	const struct guide *g = test_guide();
	struct session s;
	FILE *in;
	int rc;

	if (g == NULL || size < 1)
		return;
	lang_set(langs[data[0] % 3]);
	o.kiosk = (data[0] & 4) != 0;
	if (session_init(&s, g, NULL) != SESSION_OK)
		abort();
	session_keep_home(&s, o.kiosk);
	in = size > 1 ? fmemopen((void *)(data + 1), size - 1, "r") : fopen("/dev/null", "r");
	if (in == NULL)
		abort();
	rc = plain_run(&s, in, fuzz_null(), &o);
	/* The end of what was typed is a goodbye, never an error. */
	if (rc != 0)
		__builtin_trap();
	fclose(in);
	session_free(&s);
	search_free();
	lang_set("en");
}
