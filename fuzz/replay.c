/* replay.c: make check runs every fuzz target over its seeds and the crashes found so far, in any build. */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Runs t over every file in dir; returns how many, or -1 when dir is missing. */
static long
replay_dir(const struct fuzz_target *t, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	long n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		char *path;
		FILE *f;
		unsigned char *buf = NULL;
		size_t len = 0, cap = 0, got;

		if (e->d_name[0] == '.' || strcmp(e->d_name, "README") == 0)
			continue;
		if (asprintf(&path, "%s/%s", dir, e->d_name) < 0)
			abort();
		if ((f = fopen(path, "rb")) == NULL) {
			perror(path);
			exit(99);
		}
		do {
			if (len == cap && (buf = realloc(buf, cap = cap ? cap * 2 : 4096)) == NULL)
				abort();
			got = fread(buf + len, 1, cap - len, f);
			len += got;
		} while (got > 0);
		fclose(f);
		/* A crash ends the program here, with the sanitizer's report. */
		fprintf(stderr, "%s: %s\n", t->name, path);
		t->run(buf, len);
		free(buf);
		free(path);
		n++;
	}
	closedir(d);
	return n;
}

int
main(int argc, char **argv)
{
	const char *top = getenv("TOP_SRCDIR");
	const struct fuzz_target *t;
	int failed = 0, n = 0;

	if (top == NULL)
		top = ".";
	for (t = fuzz_targets(); t != NULL; t = t->next) {
		char *seeds, *crashes;
		long ns, nc;

		if (argc > 1 && strcmp(argv[1], t->name) != 0)
			continue;
		if (asprintf(&seeds, "%s/fuzz/corpus/%s", top, t->name) < 0 ||
		    asprintf(&crashes, "%s/tests/fixtures/fuzz/%s", top, t->name) < 0)
			abort();
		ns = replay_dir(t, seeds);
		nc = replay_dir(t, crashes);
		/* TAP, one case a target, as the unit tests speak (tests/unit.h):
		   a crash ends the program, and the driver names the target it
		   was replaying from the plan it never reached. */
		n++;
		if (ns <= 0) {
			printf("not ok %d - %s: no seeds in %s\n", n, t->name, seeds);
			failed = 1;
		} else
			printf("ok %d - %s: %ld seeds and %ld crash fixtures replayed\n", n, t->name, ns,
			       nc < 0 ? 0 : nc);
		fflush(stdout);
		free(seeds);
		free(crashes);
	}
	printf("1..%d\n", n);
	return failed;
}
