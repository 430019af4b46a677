/* yamltree.c (fuzz): the YAML reader over any bytes, then every node it returns walked. */
#include <config.h>

#include "fuzz.h"
#include "diag.h"
#include "report.h"
#include "textsafe.h"
#include "yamltree.h"

static size_t
walk(const struct yt_node *n, unsigned depth)
{
	char what[16];
	size_t i, count = 1;

	if (depth > YT_MAX_DEPTH + 1)
		__builtin_trap();   /* the reader promised a depth limit */
	switch (n->kind) {
	case YT_SCALAR:
		(void)textsafe_find(n->u.scalar.value, n->u.scalar.len, what);
		break;
	case YT_SEQUENCE:
		for (i = 0; i < n->u.seq.count; i++)
			count += walk(n->u.seq.items[i], depth + 1);
		break;
	case YT_MAPPING:
		for (i = 0; i < n->u.map.count; i++) {
			if (n->u.map.keys[i]->kind != YT_SCALAR)
				__builtin_trap();   /* keys are always scalars */
			count += walk(n->u.map.values[i], depth + 1);
		}
		(void)yt_map_get(n, "id");
		break;
	}
	return count;
}

FUZZ_TARGET(yamltree)
{
	struct arena arena = { 0 };
	struct diags d;
	struct yt_node *root;

	diags_init(&d);
	root = yt_read_buffer("fuzz.yaml", data, size, &arena, &d);
	if (root != NULL)
		(void)walk(root, 0);
	else if (d.errors == 0)
		__builtin_trap();   /* no tree must come with a reason */
	diags_print(&d, fuzz_null());
	diags_free(&d);
	arena_free(&arena);
}
