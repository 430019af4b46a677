/* yamltree.h: a bounded, position-carrying YAML reader over libyaml's event API. */
#ifndef SENDGUIDE_YAMLTREE_H
#define SENDGUIDE_YAMLTREE_H

#include <stddef.h>
#include "diag.h"
#include "xalloc.h"

/* Content is plain data, so the reader refuses what content never needs and
   what hostile files abuse: anchors, aliases and tags (alias bombs, cycles),
   nesting deeper than YT_MAX_DEPTH, scalars longer than YT_MAX_SCALAR, files
   larger than YT_MAX_FILE, duplicate mapping keys, invalid UTF-8, and control
   characters, DEL, C1 controls, bidi overrides and NUL in any scalar (libyaml
   lets double-quoted escapes such as "\e" and "\u202E" produce them). */
#define YT_MAX_DEPTH 16
#define YT_MAX_SCALAR (64u * 1024u)
#define YT_MAX_FILE (4u * 1024u * 1024u)
#define YT_MAX_NODES 200000u

enum yt_kind { YT_SCALAR, YT_SEQUENCE, YT_MAPPING };

struct yt_node {
	enum yt_kind kind;
	struct srcpos pos;
	union {
		struct {
			const char *value;  /* NUL-terminated; checked to hold no NUL */
			size_t len;
			int plain;          /* 1 for an unquoted scalar (so "null"-like words can be told apart) */
		} scalar;
		struct {
			struct yt_node **items;
			size_t count;
		} seq;
		struct {
			struct yt_node **keys;    /* always scalars */
			struct yt_node **values;
			size_t count;
		} map;
	} u;
};

/* Read one file (a single document) into nodes allocated from arena. file is
   kept by reference in positions, so it must outlive the arena's users.
   Returns the root, or NULL after adding an error to d. An empty file is an error. */
struct yt_node *yt_read_file(const char *file, struct arena *arena, struct diags *d);
/* The same for bytes already in memory (tests and fuzzing). */
struct yt_node *yt_read_buffer(const char *file, const unsigned char *buf, size_t len,
			       struct arena *arena, struct diags *d);

/* Mapping look-up by key (linear: mappings in content are small). */
struct yt_node *yt_map_get(const struct yt_node *map, const char *key);

/* Text is checked with textsafe_find() (textsafe.h). */

#endif
