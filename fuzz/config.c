/* config.c (fuzz): the kiosk config reader over any file contents, from a safe file in a safe folder. */
#include <config.h>

#include <stdlib.h>

#include "fuzz.h"
#include "config_file.h"
#include "report.h"

FUZZ_TARGET(config)
{
	struct view_options o = { .idle_seconds = 120, .countdown_seconds = 20, .mouse = true };
	struct diags d;
	char *path;
	int rc;

	fuzz_write("kiosk.conf", data, size);
	path = fuzz_path("kiosk.conf");
	diags_init(&d);
	rc = config_read(path, &o, &d);
	if ((rc == 0) != (d.errors == 0))
		__builtin_trap();   /* refused exactly when there is an error */
	if (rc == 0 && (o.idle_seconds < 1 || o.idle_seconds > 86400 ||
			o.countdown_seconds < 1 || o.countdown_seconds > 600))
		__builtin_trap();   /* accepted values stay in their ranges */
	diags_print(&d, fuzz_null());
	diags_free(&d);
	free(path);
}
