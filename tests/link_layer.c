/* link_layer.c: one layer's entry point, linked with that layer's library and those below it only (built once per layer). */
#include <config.h>

#include <stdio.h>

#include "page.h"
#if defined LINK_SHARED
#include "speech_text.h"
#define LAYER "shared"
#define ENTRY speech_of
#elif defined LINK_PLAIN
#include "views.h"
#define LAYER "plain"
#define ENTRY plain_run
#elif defined LINK_CURSES
#include "views.h"
#define LAYER "curses"
#define ENTRY curses_run
#elif defined LINK_EXPORT
#include "export.h"
#define LAYER "export"
#define ENTRY export_html
#elif defined LINK_REPORT
#include "report.h"
#define LAYER "report"
#define ENTRY check_report
#else
#define LAYER "model"
#define ENTRY page_build
#endif

/* The linker must resolve the entry point, and with it everything it calls,
   from the libraries this program is given (tests/Makefile.inc): if a layer
   starts to call one above it, this program stops linking and make check
   fails. volatile: the reference survives the optimiser. */
int
main(void)
{
	void *volatile entry = (void *)ENTRY;

	printf("%s %d - the %s layer links with only its own and lower libraries\n",
	       entry != NULL ? "ok" : "not ok", 1, LAYER);
	printf("1..1\n");
	return entry != NULL ? 0 : 1;
}
