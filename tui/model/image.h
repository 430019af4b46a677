/* image.h: the compiled guide image: a checked guide written once, mapped read-only by every session. */
#ifndef SENDGUIDE_IMAGE_H
#define SENDGUIDE_IMAGE_H

#include <stdbool.h>
#include "diag.h"
#include "guide.h"

/* The image's file name beside the content's *.yaml files. */
#define IMAGE_NAME "guide.image"

/* Load dir's guide into a fresh image region (a fixed address, see image.c).
   Returns NULL (d says why) when it does not load cleanly. The caller checks
   it further (--check's whole report) before image_write. */
struct guide *image_build(const char *dir, struct diags *d);
/* Write the guide built by image_build, with dir's files' sizes and times,
   to path (through a temporary file and rename). 0, or -1 with errno. */
int image_write(const struct guide *g, const char *dir, const char *path);

/* Why an image was not used. */
enum image_status {
	IMAGE_OK,
	IMAGE_MISSING,       /* no such file */
	IMAGE_UNREADABLE,    /* cannot be opened or read */
	IMAGE_NOT_IMAGE,     /* not an image, or of another format or version */
	IMAGE_CORRUPT,       /* its size or checksum is not what it says */
	IMAGE_STALE,         /* the content's files are not those it was made from */
	IMAGE_ADDRESS        /* its address in memory is taken */
};
/* The guide in image file path, made from dir's files, mapped read-only;
   NULL with *why set when it cannot be used (load the YAML instead). */
const struct guide *image_open(const char *path, const char *dir, enum image_status *why);

/* Whether g lives in an image or an image region; image_close unmaps it. */
bool image_owns(const struct guide *g);
void image_close(struct guide *g);

#endif
