/* fuzz.c: the target registry, input splitting and a private scratch folder for the fuzz targets. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

static struct fuzz_target *targets;

void
fuzz_register(struct fuzz_target *t)
{
	struct fuzz_target **p = &targets;

	while (*p != NULL && strcmp((*p)->name, t->name) < 0)
		p = &(*p)->next;
	t->next = *p;
	*p = t;
}

const struct fuzz_target *
fuzz_targets(void)
{
	return targets;
}

const struct fuzz_target *
fuzz_find(const char *name)
{
	const struct fuzz_target *t;

	for (t = targets; t != NULL; t = t->next)
		if (strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

size_t
fuzz_split(const uint8_t *data, size_t size, struct fuzz_part *parts, size_t max)
{
	static const char sep[] = "\n%%\n";
	const size_t seplen = sizeof sep - 1;
	size_t n = 0, start = 0, i;

	for (i = 0; i + seplen <= size; i++) {
		if (memcmp(data + i, sep, seplen) != 0)
			continue;
		if (n < max) {
			parts[n].data = data + start;
			parts[n].size = i + 1 - start;   /* the part keeps its last newline */
		}
		n++;
		start = i + seplen;
		i = start - 1;
	}
	if (n < max) {
		parts[n].data = data + start;
		parts[n].size = size - start;
	}
	return n + 1;
}

static char *dir;

static int
remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st; (void)flag; (void)ftw;
	return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

static void
remove_dir(void)
{
	if (dir != NULL)
		(void)nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
	dir = NULL;
}

const char *
fuzz_dir(void)
{
	const char *tmp = getenv("TMPDIR");

	if (dir != NULL)
		return dir;
	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	if (asprintf(&dir, "%s/sendguide-fuzz.XXXXXX", tmp) < 0)
		abort();
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		abort();
	}
	atexit(remove_dir);
	return dir;
}

char *
fuzz_path(const char *rel)
{
	char *p, *slash;

	if (asprintf(&p, "%s/%s", fuzz_dir(), rel) < 0)
		abort();
	for (slash = strchr(p + strlen(dir) + 1, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			perror(p);
			abort();
		}
		*slash = '/';
	}
	return p;
}

void
fuzz_write(const char *rel, const void *data, size_t size)
{
	char *path = fuzz_path(rel);
	const char *p = data;
	int fd;

	if (unlink(path) != 0 && errno != ENOENT) {
		perror(path);
		abort();
	}
	if (data != NULL) {
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0) {
			perror(path);
			abort();
		}
		while (size > 0) {
			ssize_t n = write(fd, p, size);

			if (n < 0) {
				perror(path);
				abort();
			}
			p += n;
			size -= (size_t)n;
		}
		close(fd);
	}
	free(path);
}

FILE *
fuzz_null(void)
{
	static FILE *null;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		abort();
	return null;
}
