/* xalloc.h: allocation that never returns NULL, and an arena for the immutable guide. */
#ifndef SENDGUIDE_XALLOC_H
#define SENDGUIDE_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

/* On exhaustion these restore the terminal (through the hook below) and exit 71. */
void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
int xasprintf(char **out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int xvasprintf(char **out, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Called before dying so a full-screen view can give the terminal back. */
void xalloc_set_fatal_hook(void (*hook)(void));
void fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* The guide is built once and freed at once, so it lives in an arena: fewer
   allocations at load time and one free at exit. */
struct arena {
	struct arena_chunk *chunks;
	size_t used_total;
	struct arena_region *region;  /* NULL: chunks from the heap */
};
/* A fixed block of memory an arena's chunks are cut from, in order, never
   freed one by one: the compiled guide image (image.c) is one. */
struct arena_region {
	unsigned char *base;
	size_t size, used;
};
/* size zeroed bytes from r, aligned; exhaustion is fatal. */
void *region_take(struct arena_region *r, size_t size);
void *arena_alloc(struct arena *a, size_t size);          /* zeroed, aligned */
void *arena_array(struct arena *a, size_t nmemb, size_t size);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
void arena_free(struct arena *a);

#endif
