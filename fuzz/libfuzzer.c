/* libfuzzer.c: libFuzzer's entry points; --target=NAME (or FUZZ_TARGET) chooses the target. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct fuzz_target *target;

/* libFuzzer ignores flags that start with "--", so --target can share the
   command line with its own flags. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *name = getenv("FUZZ_TARGET");
	const struct fuzz_target *t;
	int i;

	for (i = 1; i < *argc; i++)
		if (strncmp((*argv)[i], "--target=", 9) == 0)
			name = (*argv)[i] + 9;
	if (name != NULL)
		target = fuzz_find(name);
	if (target == NULL) {
		fprintf(stderr, "%s: %s%s%s; choose one with --target=NAME:",
			(*argv)[0], name ? "no fuzz target '" : "no fuzz target chosen",
			name ? name : "", name ? "'" : "");
		for (t = fuzz_targets(); t != NULL; t = t->next)
			fprintf(stderr, " %s", t->name);
		fputc('\n', stderr);
		exit(2);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	target->run(data, size);
	return 0;
}
