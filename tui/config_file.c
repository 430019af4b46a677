/* config_file.c: kiosk settings (stub). */
#include <config.h>
#include "config_file.h"
int config_read(const char *path, struct view_options *o, struct diags *d) { (void)path; (void)o; (void)d; return 0; }
