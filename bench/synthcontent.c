/* synthcontent.c: makes N times the shipped content, still a valid guide, for load and search benchmarks. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "guide.h"
#include "xalloc.h"

/* The copy must pass the checker, or the benchmark would time an early
   failure. So copy k holds only the screens reachable from the start through
   choices and next (screens reached only through an area's redirect or the
   national setting would be unreachable in a copy), every screen id gets the
   suffix -kN, sources, providers, regions and settings stay in the original
   only (copies name the same sources), and the first question on the way
   (the "hub") gains one more choice that leads to the next copy's start:
   original -> copy 1 -> copy 2 -> ..., so every copy is reachable. */

#define MAX_ID 64

struct screen_ref {
	size_t doc;           /* which file */
	int node;             /* the screen's mapping node */
	const char *id;
	const char **targets;
	size_t ntargets;
	size_t nchoices;
	bool reachable;
};

static yaml_document_t *docs;
static char **names;
static size_t ndocs;
static struct screen_ref *screens;
static size_t nscreens;

static yaml_node_t *
node(yaml_document_t *d, int id)
{
	return yaml_document_get_node(d, id);
}

static const char *
scalar(yaml_document_t *d, int id)
{
	yaml_node_t *n = node(d, id);

	return n != NULL && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* The value node of key in a mapping, or 0. */
static int
map_get(yaml_document_t *d, int map, const char *key)
{
	yaml_node_t *m = node(d, map);

	if (m == NULL || m->type != YAML_MAPPING_NODE)
		return 0;
	for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
		const char *k = scalar(d, p->key);

		if (k != NULL && strcmp(k, key) == 0)
			return p->value;
	}
	return 0;
}

static void
add_target(struct screen_ref *s, const char *t)
{
	if (t == NULL)
		return;
	s->targets = xreallocarray(s->targets, s->ntargets + 1, sizeof *s->targets);
	s->targets[s->ntargets++] = t;
}

static void
collect_screens(size_t di)
{
	yaml_document_t *d = &docs[di];
	yaml_node_t *seq = node(d, map_get(d, 1, "screens"));

	if (seq == NULL || seq->type != YAML_SEQUENCE_NODE)
		return;
	for (yaml_node_item_t *it = seq->data.sequence.items.start; it < seq->data.sequence.items.top; it++) {
		struct screen_ref s = { di, *it, scalar(d, map_get(d, *it, "id")), NULL, 0, 0, false };
		int choices = map_get(d, *it, "choices");
		yaml_node_t *c = node(d, choices);

		if (s.id == NULL)
			continue;
		add_target(&s, scalar(d, map_get(d, *it, "next")));
		if (c != NULL && c->type == YAML_SEQUENCE_NODE) {
			s.nchoices = (size_t)(c->data.sequence.items.top - c->data.sequence.items.start);
			for (yaml_node_item_t *ci = c->data.sequence.items.start; ci < c->data.sequence.items.top; ci++)
				add_target(&s, scalar(d, map_get(d, *ci, "to")));
		}
		screens = xreallocarray(screens, nscreens + 1, sizeof *screens);
		screens[nscreens++] = s;
	}
}

static struct screen_ref *
find_screen(const char *id)
{
	for (size_t i = 0; i < nscreens; i++)
		if (strcmp(screens[i].id, id) == 0)
			return &screens[i];
	return NULL;
}

/* Breadth first from the start; returns the hub (the reachable screen with
   the fewest choices, so the extra one is least likely to pass a limit on
   choices) and leaves order[] holding the reachable screens in visit order. */
static struct screen_ref *
walk(struct screen_ref *start, struct screen_ref ***order, size_t *norder)
{
	struct screen_ref **q = xcalloc(nscreens, sizeof *q);
	size_t head = 0, tail = 0;
	struct screen_ref *hub = NULL;

	start->reachable = true;
	q[tail++] = start;
	while (head < tail) {
		struct screen_ref *s = q[head++];

		if (s->nchoices > 0 && (hub == NULL || s->nchoices < hub->nchoices))
			hub = s;
		for (size_t i = 0; i < s->ntargets; i++) {
			struct screen_ref *t = find_screen(s->targets[i]);

			if (t != NULL && !t->reachable) {
				t->reachable = true;
				q[tail++] = t;
			}
		}
	}
	*order = q;
	*norder = tail;
	return hub;
}

/* The id of a screen in copy k (k == 0: the original). */
static char *
renamed(const char *id, unsigned k)
{
	char suffix[16];
	size_t n = strlen(id), sl;
	char *out;

	if (k == 0)
		return xstrdup(id);
	sl = (size_t)snprintf(suffix, sizeof suffix, "-k%u", k);
	if (n + sl > MAX_ID)
		n = MAX_ID - sl;
	xasprintf(&out, "%.*s%s", (int)n, id, suffix);
	return out;
}

enum ctx {
	CTX_PLAIN, CTX_TOP, CTX_SCREENS, CTX_SCREEN, CTX_CHOICES, CTX_CHOICE,
	CTX_PROVIDERS, CTX_PROVIDER, CTX_REGIONS, CTX_REGION, CTX_AREAS, CTX_AREA,
	CTX_AREA_PROVIDERS, CTX_AREA_PROVIDER
};

enum rename { RN_NONE, RN_ID, RN_SCREEN };

/* Where ids live in the schema (content/README.md): a key in one context
   either leads to a list of things or holds an id that copies rename. */
static const struct rule {
	enum ctx in;
	const char *key;
	enum ctx child;
	enum rename rename;
} rules[] = {
	{ CTX_TOP, "screens", CTX_SCREENS, RN_NONE },
	{ CTX_TOP, "providers", CTX_PROVIDERS, RN_NONE },
	{ CTX_TOP, "regions", CTX_REGIONS, RN_NONE },
	{ CTX_SCREEN, "id", CTX_PLAIN, RN_SCREEN },
	{ CTX_SCREEN, "next", CTX_PLAIN, RN_SCREEN },
	{ CTX_SCREEN, "choices", CTX_CHOICES, RN_NONE },
	{ CTX_CHOICE, "to", CTX_PLAIN, RN_SCREEN },
	{ CTX_PROVIDER, "id", CTX_PLAIN, RN_ID },
	{ CTX_REGION, "id", CTX_PLAIN, RN_ID },
	{ CTX_REGION, "areas", CTX_AREAS, RN_NONE },
	{ CTX_AREA, "id", CTX_PLAIN, RN_ID },
	{ CTX_AREA, "redirect", CTX_PLAIN, RN_SCREEN },
	{ CTX_AREA, "providers", CTX_AREA_PROVIDERS, RN_NONE },
	{ CTX_AREA_PROVIDER, "provider", CTX_PLAIN, RN_ID },
};

/* The context of a list's items. */
static enum ctx
item_ctx(enum ctx list)
{
	switch (list) {
	case CTX_SCREENS: return CTX_SCREEN;
	case CTX_CHOICES: return CTX_CHOICE;
	case CTX_PROVIDERS: return CTX_PROVIDER;
	case CTX_REGIONS: return CTX_REGION;
	case CTX_AREAS: return CTX_AREA;
	case CTX_AREA_PROVIDERS: return CTX_AREA_PROVIDER;
	default: return CTX_PLAIN;
	}
}

struct copy {
	yaml_document_t *src, *dst;
	unsigned k;                 /* copy number; ids renamed when k > 0 */
	int hub;                    /* the hub's node in src, or 0 (node ids start at 1) */
	const char *link;           /* the next copy's start id, or NULL */
	bool at_hub;                /* copying the hub's own choices */
};

static int
add_str(yaml_document_t *dst, const char *s, yaml_scalar_style_t style)
{
	int id = yaml_document_add_scalar(dst, NULL, (yaml_char_t *)s, (int)strlen(s), style);

	if (!id)
		fatal("out of memory building YAML");
	return id;
}

static int copy_node(struct copy *c, int nid, enum ctx ctx);

/* A screen that is not copied (reached only through a redirect) keeps its
   original id, so a copied area's redirect still names a screen. */
static int
copy_renamed(struct copy *c, int nid, enum rename rn)
{
	yaml_node_t *n = node(c->src, nid);
	struct screen_ref *s;
	char *id;
	int out;

	if (n->type != YAML_SCALAR_NODE || c->k == 0)
		return copy_node(c, nid, CTX_PLAIN);
	if (rn == RN_SCREEN && ((s = find_screen((const char *)n->data.scalar.value)) == NULL
				|| !s->reachable))
		return copy_node(c, nid, CTX_PLAIN);
	id = renamed((const char *)n->data.scalar.value, c->k);
	out = add_str(c->dst, id, YAML_PLAIN_SCALAR_STYLE);
	free(id);
	return out;
}

static void
append_link(struct copy *c, int seq)
{
	int m = yaml_document_add_mapping(c->dst, NULL, YAML_BLOCK_MAPPING_STYLE);

	yaml_document_append_mapping_pair(c->dst, m,
		add_str(c->dst, "label", YAML_PLAIN_SCALAR_STYLE),
		add_str(c->dst, "More screens (synthetic benchmark copy)", YAML_PLAIN_SCALAR_STYLE));
	yaml_document_append_mapping_pair(c->dst, m,
		add_str(c->dst, "to", YAML_PLAIN_SCALAR_STYLE),
		add_str(c->dst, c->link, YAML_PLAIN_SCALAR_STYLE));
	yaml_document_append_sequence_item(c->dst, seq, m);
}

static const struct rule *
find_rule(enum ctx ctx, const char *key)
{
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (rules[i].in == ctx && strcmp(rules[i].key, key) == 0)
			return &rules[i];
	return NULL;
}

static int
copy_node(struct copy *c, int nid, enum ctx ctx)
{
	yaml_node_t *n = node(c->src, nid);
	int out = 0;

	switch (n->type) {
	case YAML_SCALAR_NODE:
		out = yaml_document_add_scalar(c->dst, NULL, n->data.scalar.value,
					       (int)n->data.scalar.length, n->data.scalar.style);
		break;
	case YAML_SEQUENCE_NODE:
		out = yaml_document_add_sequence(c->dst, NULL, n->data.sequence.style);
		for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
			yaml_document_append_sequence_item(c->dst, out, copy_node(c, *it, item_ctx(ctx)));
		if (ctx == CTX_CHOICES && c->at_hub && c->link != NULL)
			append_link(c, out);
		break;
	case YAML_MAPPING_NODE:
		out = yaml_document_add_mapping(c->dst, NULL, n->data.mapping.style);
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
			const char *k = scalar(c->src, p->key);
			const struct rule *r = find_rule(ctx, k != NULL ? k : "");
			int key = copy_node(c, p->key, CTX_PLAIN), value;

			if (r == NULL)
				value = copy_node(c, p->value, CTX_PLAIN);
			else if (r->rename != RN_NONE)
				value = copy_renamed(c, p->value, r->rename);
			else if (r->child == CTX_CHOICES) {
				/* Only the hub's own choices get the link. */
				struct copy inner = *c;

				inner.at_hub = nid == c->hub;
				value = copy_node(&inner, p->value, CTX_CHOICES);
			} else
				value = copy_node(c, p->value, r->child);
			yaml_document_append_mapping_pair(c->dst, out, key, value);
		}
		break;
	default:
		fatal("unexpected YAML node");
	}
	if (!out)
		fatal("out of memory building YAML");
	return out;
}

static int
write_handler(void *data, unsigned char *buf, size_t size)
{
	return fwrite(buf, 1, size, data) == size;
}

static void
emit(const char *path, yaml_document_t *doc)
{
	FILE *f = fopen(path, "w");
	yaml_emitter_t e;

	if (f == NULL)
		fatal("%s: %s", path, strerror(errno));
	yaml_emitter_initialize(&e);
	yaml_emitter_set_output(&e, write_handler, f);
	yaml_emitter_set_unicode(&e, 1);
	yaml_emitter_set_width(&e, -1);
	fputs("# Synthetic benchmark content made by synthcontent; not for people.\n", f);
	/* yaml_emitter_dump takes the document and frees it. */
	if (!yaml_emitter_dump(&e, doc) || !yaml_emitter_close(&e))
		fatal("%s: cannot write YAML: %s", path, e.problem ? e.problem : "?");
	yaml_emitter_delete(&e);
	if (fclose(f) != 0)
		fatal("%s: %s", path, strerror(errno));
}

static void
copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[65536];
	size_t n;

	if (in == NULL || out == NULL)
		fatal("%s: %s", in == NULL ? from : to, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			fatal("%s: %s", to, strerror(errno));
	fclose(in);
	if (fclose(out) != 0)
		fatal("%s: %s", to, strerror(errno));
}

/* The loader's own rule, so both read the same files. */
static int
is_yaml(const struct dirent *e)
{
	return guide_content_name(e->d_name);
}

static int
byname(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void
load_all(const char *dir)
{
	struct dirent **list;
	int n = scandir(dir, &list, is_yaml, byname);

	if (n <= 0)
		fatal("%s: no *.yaml files", dir);
	docs = xcalloc((size_t)n, sizeof *docs);
	names = xcalloc((size_t)n, sizeof *names);
	for (int i = 0; i < n; i++) {
		char *path;
		FILE *f;
		yaml_parser_t p;

		xasprintf(&path, "%s/%s", dir, list[i]->d_name);
		f = fopen(path, "rb");
		if (f == NULL)
			fatal("%s: %s", path, strerror(errno));
		yaml_parser_initialize(&p);
		yaml_parser_set_input_file(&p, f);
		if (!yaml_parser_load(&p, &docs[ndocs]))
			fatal("%s: %s", path, p.problem ? p.problem : "YAML error");
		yaml_parser_delete(&p);
		fclose(f);
		free(path);
		if (node(&docs[ndocs], 1) == NULL) {
			yaml_document_delete(&docs[ndocs]);
			free(list[i]);
			continue;
		}
		names[ndocs++] = xstrdup(list[i]->d_name);
		free(list[i]);
	}
	free(list);
}

int
main(int argc, char **argv)
{
	const char *src, *dst;
	unsigned long factor;
	const char *start = NULL;
	struct screen_ref *first, *hub, **order;
	size_t norder, nfiles;
	char *link = NULL;

	if (argc != 4 || (factor = strtoul(argv[3], NULL, 10)) < 1 || factor > 9999) {
		fputs("Usage: synthcontent SRCDIR DSTDIR FACTOR\n"
		      "Write FACTOR times the screens of SRCDIR into DSTDIR (which must exist)\n"
		      "as a guide that still passes sendguide --check.\n", stderr);
		return 2;
	}
	src = argv[1];
	dst = argv[2];
	load_all(src);
	for (size_t i = 0; i < ndocs; i++) {
		int settings = map_get(&docs[i], 1, "settings");

		if (settings && scalar(&docs[i], map_get(&docs[i], settings, "start")) != NULL)
			start = scalar(&docs[i], map_get(&docs[i], settings, "start"));
		collect_screens(i);
	}
	if (start == NULL || (first = find_screen(start)) == NULL)
		fatal("%s: no settings.start naming a screen", src);
	hub = walk(first, &order, &norder);
	if (hub == NULL && factor > 1)
		fatal("%s: no screen with choices is reachable; nothing to hang copies on", src);

	/* The original, with the hub's file rewritten to add the first link. */
	nfiles = 0;
	for (size_t i = 0; i < ndocs; i++) {
		char *out;

		xasprintf(&out, "%s/%s", dst, names[i]);
		if (factor > 1 && hub->doc == i) {
			yaml_document_t d;
			struct copy c = { &docs[i], &d, 0, hub->node, NULL, false };

			link = renamed(start, 1);
			c.link = link;
			yaml_document_initialize(&d, NULL, NULL, NULL, 1, 1);
			copy_node(&c, 1, CTX_TOP);
			emit(out, &d);
			free(link);
		} else {
			char *in;

			xasprintf(&in, "%s/%s", src, names[i]);
			copy_file(in, out);
			free(in);
		}
		free(out);
		nfiles++;
	}

	/* Copies 1 .. factor-1, one file each: the reachable screens, every
	   provider and every region with its areas, all renamed. */
	for (unsigned k = 1; k < factor; k++) {
		static const char *const lists[] = { "screens", "providers", "regions" };
		static const enum ctx list_ctx[] = { CTX_SCREENS, CTX_PROVIDERS, CTX_REGIONS };
		yaml_document_t d;
		int root;
		char *out;

		yaml_document_initialize(&d, NULL, NULL, NULL, 1, 1);
		root = yaml_document_add_mapping(&d, NULL, YAML_BLOCK_MAPPING_STYLE);
		link = k + 1 < factor ? renamed(start, k + 1) : NULL;
		for (size_t l = 0; l < 3; l++) {
			int seq = 0;

			for (size_t i = 0; i < ndocs; i++) {
				yaml_node_t *list = node(&docs[i], map_get(&docs[i], 1, lists[l]));

				if (list == NULL || list->type != YAML_SEQUENCE_NODE)
					continue;
				for (yaml_node_item_t *it = list->data.sequence.items.start;
				     it < list->data.sequence.items.top; it++) {
					/* The hub node id is only unique within its own file. */
					struct copy c = { &docs[i], &d, k, i == hub->doc ? hub->node : 0, link, false };

					if (l == 0) {
						const char *id = scalar(&docs[i], map_get(&docs[i], *it, "id"));
						struct screen_ref *s = id != NULL ? find_screen(id) : NULL;

						if (s == NULL || !s->reachable)
							continue;
					}
					if (seq == 0) {
						seq = yaml_document_add_sequence(&d, NULL, YAML_BLOCK_SEQUENCE_STYLE);
						yaml_document_append_mapping_pair(&d, root,
							add_str(&d, lists[l], YAML_PLAIN_SCALAR_STYLE), seq);
					}
					yaml_document_append_sequence_item(&d, seq,
						copy_node(&c, *it, item_ctx(list_ctx[l])));
				}
			}
		}
		xasprintf(&out, "%s/synth-%04u.yaml", dst, k);
		emit(out, &d);
		free(out);
		free(link);
		nfiles++;
	}
	printf("%s: %zu files, %zu screens (%zu reachable copied %lu times)\n",
	       dst, nfiles, nscreens + norder * (factor - 1), norder, factor - 1);
	free(order);
	for (size_t i = 0; i < nscreens; i++)
		free(screens[i].targets);
	free(screens);
	for (size_t i = 0; i < ndocs; i++) {
		yaml_document_delete(&docs[i]);
		free(names[i]);
	}
	free(docs);
	free(names);
	return 0;
}
