/* config_file.h: kiosk settings from a file the kiosk's owner controls. */
#ifndef SENDGUIDE_CONFIG_FILE_H
#define SENDGUIDE_CONFIG_FILE_H

#include "diag.h"
#include "options.h"

/* Read "key = value" lines into o. Returns 0, or -1 with errors in d. */
int config_read(const char *path, struct view_options *o, struct diags *d);

#endif
