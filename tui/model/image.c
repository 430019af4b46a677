/* image.c: the compiled guide image: a checked guide written once, mapped read-only by every session. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image.h"
#include "lang.h"
#include "xalloc.h"

/* Why this shape. Loading the YAML (parse, build, check) is nearly all of
   a short session's work, and every SSH session on an adviser host did it
   again into its own memory. The image is the loaded, checked guide itself:
   the loader builds it into one block of memory at a fixed address, and the
   block is written to a file with a header. A session maps the file
   read-only at that same address, so every pointer in it is valid as it
   stands (no parsing, no relocation), and the kernel shares its pages
   between all sessions on the host, as it shares a library's.

   It is used only when everything says it is the guide this program would
   load: the format, the program's version and the layout of the structs in
   guide.h (sizes and offsets, hashed), its size and a checksum of every
   byte, and the names, sizes and modification times of the content files it
   was made from. Anything else, or the address being taken (it never is in
   practice: it lies far from where the kernel puts libraries, the heap and
   the stack), and the YAML is loaded and checked as before. --compile writes
   it only for content that passes --check with no error, so a guide that
   fails the check is never shown from an image either.

   A change to what guide.h's structs mean that keeps their layout (an enum
   reordered) must change IMAGE_FORMAT. */

#define IMAGE_FORMAT 1u
#define IMAGE_BASE ((uintptr_t)0x3a5000000000ULL)
#define IMAGE_RESERVE ((size_t)1 << 30)     /* the most a guide may take */
#define HEADER_SIZE ((size_t)4096)
static const char magic[8] = "SGIMAGE";

struct image_file {
	const char *name;        /* the file's name in the content folder */
	uint64_t size;
	int64_t mtime_sec, mtime_nsec;
};

struct image_header {
	char magic[8];
	uint32_t format, pad;
	char version[32];
	uint64_t layout;
	uint64_t base;
	uint64_t size;           /* of the whole file */
	uint64_t checksum;       /* of every byte, this field as 0 */
	const struct guide *guide;
	const struct image_file *files;
	uint64_t nfiles;
};

/* What this process has at IMAGE_BASE: nothing, a region being built, or a
   mapped image of map_size bytes. */
static enum { NONE, BUILDING, MAPPED } state;
static size_t map_size;
static struct arena_region region;

#define MIX(h, x) ((h) = ((h) ^ (uint64_t)(x)) * 0x100000001b3ULL)
#define SIZE(t) MIX(h, sizeof(t))
#define OFF(t, f) MIX(h, offsetof(t, f))

/* The layout of everything an image holds, hashed. */
static uint64_t
layout(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	SIZE(void *); SIZE(size_t); SIZE(struct text); SIZE(struct srcpos);
	SIZE(struct block); OFF(struct block, items); OFF(struct block, nitems);
	SIZE(struct choice); OFF(struct choice, target); OFF(struct choice, pos);
	SIZE(struct source); OFF(struct source, title); OFF(struct source, read);
	SIZE(struct screen); OFF(struct screen, kind); OFF(struct screen, body);
	OFF(struct screen, choices); OFF(struct screen, contacts); OFF(struct screen, finish);
	OFF(struct screen, stores); OFF(struct screen, skip); OFF(struct screen, deadlines);
	OFF(struct screen, sources); OFF(struct screen, pos);
	SIZE(struct contact_point); OFF(struct contact_point, source);
	SIZE(struct provider); OFF(struct provider, services); OFF(struct provider, phones);
	OFF(struct provider, emails); OFF(struct provider, webs); OFF(struct provider, hours);
	OFF(struct provider, source);
	SIZE(struct area_provider); OFF(struct area_provider, note);
	OFF(struct area_provider, brief);
	SIZE(struct area); OFF(struct area, official); OFF(struct area, aliases);
	OFF(struct area, region); OFF(struct area, providers); OFF(struct area, redirect);
	SIZE(struct region); OFF(struct region, areas);
	SIZE(struct jargon); OFF(struct jargon, explained);
	SIZE(struct guide); OFF(struct guide, start); OFF(struct guide, national);
	OFF(struct guide, sources); OFF(struct guide, providers); OFF(struct guide, regions);
	OFF(struct guide, areas); OFF(struct guide, jargon); OFF(struct guide, files);
	OFF(struct guide, jcode_screen_symbols); OFF(struct guide, jcode_screens);
	OFF(struct guide, arena);
	SIZE(struct jcode_value); SIZE(struct arena);
	MIX(h, SERVICE_COUNT); MIX(h, DATE_KEY_COUNT); MIX(h, DEADLINE_KIND_COUNT);
	MIX(h, SCREEN_DATE); MIX(h, BLOCK_IMPORTANT);
	return h;
}

/* A 64-bit checksum of n bytes (a multiple of 8) a word at a time, going on
   from h. */
static uint64_t
checksum(uint64_t h, const unsigned char *p, size_t n)
{
	uint64_t w;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 29;
	}
	return h;
}

/* The checksum of an image: its header with the checksum as 0, then the
   rest. */
static uint64_t
image_checksum(const struct image_header *h, const unsigned char *rest, size_t n)
{
	unsigned char head[HEADER_SIZE];
	struct image_header c = *h;

	memset(head, 0, sizeof head);
	c.checksum = 0;
	memcpy(head, &c, sizeof c);
	return checksum(checksum(0x9e3779b97f4a7c15ULL, head, sizeof head), rest, n);
}

bool
image_owns(const struct guide *g)
{
	uintptr_t a = (uintptr_t)g;

	return state != NONE && a >= IMAGE_BASE && a < IMAGE_BASE + IMAGE_RESERVE;
}

void
image_close(struct guide *g)
{
	if (!image_owns(g))
		return;
	munmap((void *)IMAGE_BASE, state == MAPPED ? map_size : IMAGE_RESERVE);
	state = NONE;
}

struct guide *
image_build(const char *dir, struct diags *d)
{
	void *p;
	struct guide *g;

	if (state != NONE)
		return NULL;
	p = mmap((void *)IMAGE_BASE, IMAGE_RESERVE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED || (uintptr_t)p != IMAGE_BASE) {
		struct srcpos pos = { dir, 0, 0 };

		if (p != MAP_FAILED)
			munmap(p, IMAGE_RESERVE);
		diags_add(d, DIAG_ERROR, &pos, NULL,
			  _("the guide image's address in memory is not free"));
		return NULL;
	}
	state = BUILDING;
	region.base = (unsigned char *)p + HEADER_SIZE;
	region.size = IMAGE_RESERVE - HEADER_SIZE;
	region.used = 0;
	g = guide_load_region(dir, &region, d);
	if (g == NULL) {
		munmap(p, IMAGE_RESERVE);
		state = NONE;
	}
	return g;
}

static int
write_all(int fd, const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int
image_write(const struct guide *g, const char *dir, const char *path)
{
	struct image_header *h = (struct image_header *)IMAGE_BASE;
	struct image_file *files;
	char *tmp;
	size_t i, size;
	int fd, rc = -1, saved;

	(void)dir;
	if (state != BUILDING || !image_owns(g)) {
		errno = EINVAL;
		return -1;
	}
	files = region_take(&region, (g->nfiles ? g->nfiles : 1) * sizeof *files);
	for (i = 0; i < g->nfiles; i++) {
		struct stat st;
		const char *slash = strrchr(g->files[i], '/');

		if (stat(g->files[i], &st) != 0)
			return -1;
		files[i].name = slash != NULL ? slash + 1 : g->files[i];
		files[i].size = (uint64_t)st.st_size;
		files[i].mtime_sec = (int64_t)st.st_mtim.tv_sec;
		files[i].mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
	}
	size = HEADER_SIZE + region.used;
	memset(h, 0, HEADER_SIZE);
	memcpy(h->magic, magic, sizeof magic);
	h->format = IMAGE_FORMAT;
	snprintf(h->version, sizeof h->version, "%s", PACKAGE_VERSION);
	h->layout = layout();
	h->base = IMAGE_BASE;
	h->size = size;
	h->guide = g;
	h->files = files;
	h->nfiles = g->nfiles;
	h->checksum = image_checksum(h, region.base, region.used);
	xasprintf(&tmp, "%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd >= 0) {
		rc = write_all(fd, (const unsigned char *)IMAGE_BASE, size);
		if (close(fd) != 0)
			rc = -1;
		if (rc == 0)
			rc = rename(tmp, path);
		if (rc != 0) {
			saved = errno;
			unlink(tmp);
			errno = saved;
		}
	}
	free(tmp);
	return rc;
}

/* Whether dir holds exactly the content files h was made from, unchanged. */
static bool
sources_match(const struct image_header *h, const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	uint64_t n = 0, i;
	bool ok = dp != NULL;

	while (ok && (e = readdir(dp)) != NULL)
		n += guide_content_name(e->d_name);
	if (dp != NULL)
		closedir(dp);
	if (!ok || n != h->nfiles)
		return false;
	for (i = 0; i < h->nfiles; i++) {
		const struct image_file *f = &h->files[i];
		struct stat st;
		char *path;
		int r;

		xasprintf(&path, "%s/%s", dir, f->name);
		r = stat(path, &st);
		free(path);
		if (r != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size != f->size
		    || (int64_t)st.st_mtim.tv_sec != f->mtime_sec
		    || (int64_t)st.st_mtim.tv_nsec != f->mtime_nsec)
			return false;
	}
	return true;
}

const struct guide *
image_open(const char *path, const char *dir, enum image_status *why)
{
	struct image_header h;
	struct stat st;
	void *p;
	int fd;
	ssize_t r;

	if (state != NONE) {
		*why = IMAGE_ADDRESS;
		return NULL;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*why = errno == ENOENT ? IMAGE_MISSING : IMAGE_UNREADABLE;
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		*why = IMAGE_UNREADABLE;
		return NULL;
	}
	r = pread(fd, &h, sizeof h, 0);
	if (r != (ssize_t)sizeof h || memcmp(h.magic, magic, sizeof magic) != 0
	    || h.format != IMAGE_FORMAT || h.layout != layout() || h.base != IMAGE_BASE
	    || strncmp(h.version, PACKAGE_VERSION, sizeof h.version) != 0) {
		close(fd);
		*why = IMAGE_NOT_IMAGE;
		return NULL;
	}
	if (h.size != (uint64_t)st.st_size || h.size < HEADER_SIZE + sizeof(struct guide)
	    || h.size > IMAGE_RESERVE || (h.size - HEADER_SIZE) % 8 != 0
	    || (uintptr_t)h.guide < IMAGE_BASE + HEADER_SIZE
	    || (uintptr_t)h.guide > IMAGE_BASE + h.size - sizeof(struct guide)) {
		close(fd);
		*why = IMAGE_CORRUPT;
		return NULL;
	}
	p = mmap((void *)IMAGE_BASE, (size_t)h.size, PROT_READ, MAP_PRIVATE | MAP_FIXED_NOREPLACE,
		 fd, 0);
	close(fd);
	if (p == MAP_FAILED || (uintptr_t)p != IMAGE_BASE) {
		if (p != MAP_FAILED)
			munmap(p, (size_t)h.size);
		*why = IMAGE_ADDRESS;
		return NULL;
	}
	state = MAPPED;
	map_size = (size_t)h.size;
	if (image_checksum(&h, (const unsigned char *)p + HEADER_SIZE, map_size - HEADER_SIZE)
	    != h.checksum) {
		*why = IMAGE_CORRUPT;
		goto refuse;
	}
	if (!sources_match((const struct image_header *)p, dir)) {
		*why = IMAGE_STALE;
		goto refuse;
	}
	*why = IMAGE_OK;
	return h.guide;
refuse:
	munmap(p, map_size);
	state = NONE;
	return NULL;
}
