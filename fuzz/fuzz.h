/* fuzz.h: the fuzz targets' registry and the helpers they share, for libFuzzer and the replay test. */
#ifndef SENDGUIDE_FUZZ_H
#define SENDGUIDE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A target takes any bytes and must neither crash, leak, hang nor exit. */
struct fuzz_target {
	const char *name;
	void (*run)(const uint8_t *data, size_t size);
	struct fuzz_target *next;
};

void fuzz_register(struct fuzz_target *t);
const struct fuzz_target *fuzz_targets(void);          /* sorted by name */
const struct fuzz_target *fuzz_find(const char *name);

/* FUZZ_TARGET(name) { body using data and size } defines a target and
   registers it before main, so a new target is one file and one line in
   fuzz/fuzz.mk. */
#define FUZZ_TARGET(NAME) \
	static void fuzz_run_##NAME(const uint8_t *data, size_t size); \
	static struct fuzz_target fuzz_target_##NAME = { #NAME, fuzz_run_##NAME, NULL }; \
	__attribute__((constructor)) static void fuzz_register_##NAME(void) \
	{ fuzz_register(&fuzz_target_##NAME); } \
	static void fuzz_run_##NAME(const uint8_t *data, size_t size)

/* Several files in one input: the parts are separated by a line holding only
   "%%" (no YAML, PO or config line is ever that). Fills up to max parts and
   returns how many there are; a part is a pointer into data and its size. */
struct fuzz_part {
	const uint8_t *data;
	size_t size;
};
size_t fuzz_split(const uint8_t *data, size_t size, struct fuzz_part *parts, size_t max);

/* A private folder for this process (mode 0700, under $TMPDIR or /tmp),
   created on first use and removed with everything in it at exit. */
const char *fuzz_dir(void);
/* fuzz_dir()/rel as a new string, and the same with its folders created. */
char *fuzz_path(const char *rel);
/* Writes size bytes to fuzz_dir()/rel (mode 0600), or removes the file when
   data is NULL. Any failure aborts: a target that cannot set up is broken. */
void fuzz_write(const char *rel, const void *data, size_t size);
/* Output nobody reads (messages are formatted all the same). */
FILE *fuzz_null(void);

#endif
