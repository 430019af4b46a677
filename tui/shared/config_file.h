/* config_file.h: kiosk settings from a file the kiosk's owner controls. */
#ifndef SENDGUIDE_CONFIG_FILE_H
#define SENDGUIDE_CONFIG_FILE_H

#include "diag.h"
#include "options.h"

/* Read "key = value" lines into o. Returns 0, or -1 with errors in d. */
int config_read(const char *path, struct view_options *o, struct diags *d);

/* Check the local content folder (the file's "content") as the file itself
   is checked: it and every folder above it, and each *.yaml file in it,
   owned by root or this user and writable by no one else; no links to
   files. Returns 0 with *canonical (malloc'd: the folder without links, to
   load from), or -1 with errors in d. */
int config_check_content(const char *dir, struct diags *d, char **canonical);

/* Whether the guide g (as loaded, with any local content) has the area the
   file's "area" names; when not, an error at that line goes into d. The
   file gives only the form of an area id: which ids exist is the guide's. */
struct guide;
bool config_check_area(const struct view_options *o, const struct guide *g, struct diags *d);

#endif
