/* loader.c: content YAML (the schema of content/README.md) to the immutable guide. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "source_dates.h"
#include "guide.h"
#include "image.h"
#include "jcode.h"
#include "lang.h"
#include "yamltree.h"

/*
 * Loading runs in passes so that every reference resolves with a binary
 * search and no array moves after a pointer into it is taken:
 *   1. read every file into a tree (a scratch arena, freed at the end);
 *   2. count the items of each kind, so each array is allocated once;
 *   3. fill the structs, recording each reference by id as a fixup;
 *   4. sort the ids of each kind (reporting duplicates), resolve fixups;
 *   5. sort the areas by name, then hand the whole guide to the checker.
 * Errors are collected, never fatal, so one run shows as many as it can.
 */

const char *const service_names[SERVICE_COUNT] = {
	"mediation-advice", "mediation", "disagreement-resolution", "information-advice"
};
const char *const service_labels[SERVICE_COUNT] = {
	N_("Mediation advice"), N_("Mediation"), N_("Disagreement resolution"),
	N_("Information and advice")
};

const char *const date_key_names[DATE_KEY_COUNT] = { "decision-letter", "certificate" };
const char *const deadline_kind_names[DEADLINE_KIND_COUNT] = { "adviser", "appeal" };

#define ID_MAX 64

enum ref_kind { REF_SCREEN, REF_SOURCE, REF_PROVIDER };

/* A reference by id, to be resolved once every id is known. */
struct fixup {
	enum ref_kind kind;
	const struct yt_node *id;
	struct screen **screen;
	const struct screen **const_screen;
	const struct source **source;
	const struct provider **provider;
};

struct idref {
	const char *id;
	void *obj;
	const struct srcpos *pos;
	size_t order;
};

struct loader {
	struct guide *g;
	struct diags *d;
	struct arena scratch;
	struct fixup *fixups;
	size_t nfixups, capfixups;
	size_t capareas;
	const struct yt_node *settings;
	size_t *region_capacity;
	unsigned marks_left;      /* marks some choice leaves on a journey */
};

static const char *const top_keys[] = { "settings", "sources", "screens", "providers", "regions", NULL };
static const char *const settings_keys[] = { "start", "national", "jargon", NULL };
static const char *const jargon_keys[] = { "term", "means", "explained", NULL };
static const char *const source_keys[] = { "id", "title", "seed", "url", "dated", "read", NULL };
static const char *const screen_keys[] = {
	"id", "kind", "title", "body", "choices", "next", "contacts", "finish", "sources",
	"stores", "skip", "deadlines", "summary", "next-dated", NULL
};
static const char *const choice_keys[] = { "label", "to", "marks", "unless", "region", NULL };
static const char *const summary_keys[] = { "text", "dated", "deadline", "if", "unless", NULL };
static const char *const provider_keys[] = {
	"id", "name", "services", "phones", "emails", "web", "hours", "source", NULL
};
static const char *const phone_keys[] = { "number", "note", "source", NULL };
static const char *const email_keys[] = { "address", "note", "source", NULL };
static const char *const web_keys[] = { "url", "note", "source", NULL };
static const char *const region_keys[] = { "id", "name", "areas", NULL };
static const char *const area_keys[] = {
	"id", "name", "official", "code", "aliases", "providers", "redirect", NULL
};
static const char *const area_provider_keys[] = { "provider", "services", "source", "note", "brief", NULL };

/* Keys the schema once had, with what to write instead. */
static const struct {
	const char *key;
	const char *const *in;    /* the key list of the mapping it was in */
	const char *hint;
} retired_keys[] = {
	{ "checked", provider_keys,
	  N_("A provider's date is now its source's date: remove 'checked:' and give the "
	     "source 'dated:' (the date the page states) or 'read:' (the date it was read).") },
};

static const char *
key_of(const struct yt_node *map, size_t i)
{
	return map->u.map.keys[i]->u.scalar.value;
}

/* Unknown keys are typing mistakes far more often than anything else. */
static void
check_keys(struct loader *l, const struct yt_node *map, const char *const allowed[])
{
	size_t i, j;

	for (i = 0; i < map->u.map.count; i++) {
		const char *k = key_of(map, i);
		char *hint, *list = NULL;
		size_t len = 0;

		for (j = 0; allowed[j] != NULL; j++)
			if (strcmp(k, allowed[j]) == 0)
				break;
		if (allowed[j] != NULL)
			continue;
		for (j = 0; j < sizeof retired_keys / sizeof retired_keys[0]; j++)
			if (retired_keys[j].in == allowed && strcmp(k, retired_keys[j].key) == 0)
				break;
		if (j < sizeof retired_keys / sizeof retired_keys[0]) {
			diags_add(l->d, DIAG_ERROR, &map->u.map.keys[i]->pos, _(retired_keys[j].hint),
				  _("'%s' is no longer used here"), k);
			continue;
		}
		for (j = 0; allowed[j] != NULL; j++) {
			size_t n = strlen(allowed[j]);

			list = xreallocarray(list, len + n + 3, 1);
			if (len > 0) {
				memcpy(list + len, ", ", 2);
				len += 2;
			}
			memcpy(list + len, allowed[j], n + 1);
			len += n;
		}
		xasprintf(&hint, _("The keys allowed here are: %s."), list);
		diags_add(l->d, DIAG_ERROR, &map->u.map.keys[i]->pos, hint,
			  _("unknown key '%s'"), k);
		free(hint);
		free(list);
	}
}

static int
is_list(struct loader *l, const struct yt_node *n, const char *key)
{
	if (n->kind == YT_SEQUENCE)
		return 1;
	diags_add(l->d, DIAG_ERROR, &n->pos, _("Write it as a list: one '- ' item a line."),
		  _("'%s' must be a list"), key);
	return 0;
}

static int
is_map(struct loader *l, const struct yt_node *n, const char *what)
{
	if (n->kind == YT_MAPPING)
		return 1;
	diags_add(l->d, DIAG_ERROR, &n->pos, _("Write it as 'key: value' lines; see content/README.md."),
		  /* TRANSLATORS: %s is an English content word (screen, provider,
		     area, ...), as in the YAML; keep it untranslated. */
		  _("each %s must be a mapping of keys to values"), what);
	return 0;
}

static int
is_scalar(struct loader *l, const struct yt_node *n, const char *key)
{
	if (n->kind == YT_SCALAR)
		return 1;
	diags_add(l->d, DIAG_ERROR, &n->pos, _("Write the value on the same line as the key."),
		  _("'%s' must be text, not a list or mapping"), key);
	return 0;
}

/* A required or optional field; reports a missing required one at the mapping. */
static const struct yt_node *
field(struct loader *l, const struct yt_node *map, const char *key, int required,
      const char *what, const char *hint)
{
	const struct yt_node *n = yt_map_get(map, key);

	if (n == NULL && required)
		diags_add(l->d, DIAG_ERROR, &map->pos,
			  hint != NULL ? hint : _("Add it; content/README.md shows every field."),
			  /* TRANSLATORS: the first %s is an English content word (screen,
			     provider, area, ...), the second a YAML key; keep both. */
			  _("this %s has no '%s'"), what, key);
	return n;
}

/* Surrounding white space goes, and every run of white space holding a line
   break becomes one space: line breaks in YAML are for the author's editor. */
static const char *
fold_text(struct arena *a, const char *s, size_t len)
{
	char *out;
	size_t i = 0, o = 0;

	while (len > 0 && (s[0] == ' ' || s[0] == '\n'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n'))
		len--;
	/* libyaml has already folded plain and ">" text; only "|" keeps breaks. */
	if (memchr(s, '\n', len) == NULL)
		return arena_strndup(a, s, len);
	out = arena_alloc(a, len + 1);
	while (i < len) {
		if (s[i] == ' ' || s[i] == '\n') {
			size_t j = i;
			int newline = 0;

			while (j < len && (s[j] == ' ' || s[j] == '\n'))
				newline |= s[j++] == '\n';
			if (newline)
				out[o++] = ' ';
			else {
				memcpy(out + o, s + i, j - i);
				o += j - i;
			}
			i = j;
		} else
			out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}

static int
text_from(struct loader *l, const struct yt_node *n, const char *key, struct text *out)
{
	if (!is_scalar(l, n, key))
		return -1;
	out->en = fold_text(&l->g->arena, n->u.scalar.value, n->u.scalar.len);
	out->pos = n->pos;
	if (out->en[0] == '\0') {
		diags_add(l->d, DIAG_ERROR, &n->pos, _("Write the text, or remove the key."),
			  _("'%s' is empty"), key);
		out->en = NULL;
		return -1;
	}
	return 0;
}

static void
text_field(struct loader *l, const struct yt_node *map, const char *key, int required,
	   const char *what, struct text *out)
{
	const struct yt_node *n = field(l, map, key, required, what, NULL);

	if (n != NULL)
		text_from(l, n, key, out);
}

/* A plain value (address, number, file name): trimmed, never folded. */
static const char *
value_field(struct loader *l, const struct yt_node *map, const char *key, int required,
	    const char *what, struct srcpos *pos)
{
	const struct yt_node *n = field(l, map, key, required, what, NULL);
	const char *v;
	size_t len;

	if (n == NULL || !is_scalar(l, n, key))
		return NULL;
	v = n->u.scalar.value;
	len = n->u.scalar.len;
	while (len > 0 && v[0] == ' ')
		v++, len--;
	while (len > 0 && v[len - 1] == ' ')
		len--;
	if (len == 0 || memchr(v, '\n', len) != NULL) {
		diags_add(l->d, DIAG_ERROR, &n->pos, _("Write the value on one line."),
			  len == 0 ? _("'%s' is empty") : _("'%s' must be on one line"), key);
		return NULL;
	}
	if (pos != NULL)
		*pos = n->pos;
	return arena_strndup(&l->g->arena, v, len);
}

static int
valid_id(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > ID_MAX || s[0] == '-')
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

static int
check_id(struct loader *l, const struct yt_node *n, const char *key)
{
	if (!is_scalar(l, n, key))
		return 0;
	if (valid_id(n->u.scalar.value, n->u.scalar.len))
		return 1;
	diags_add(l->d, DIAG_ERROR, &n->pos,
		  _("Ids are lower-case letters, digits and hyphens, start with a letter or digit, "
		    "and are at most 64 characters long."),
		  _("'%s' is not a valid id"), n->u.scalar.value);
	return 0;
}

static const char *
id_field(struct loader *l, const struct yt_node *map, const char *what)
{
	const struct yt_node *n = field(l, map, "id", 1, what, NULL);

	if (n == NULL || !check_id(l, n, "id"))
		return NULL;
	return arena_strndup(&l->g->arena, n->u.scalar.value, n->u.scalar.len);
}

static struct fixup *
add_fixup(struct loader *l, enum ref_kind kind, const struct yt_node *id)
{
	struct fixup *f;

	if (l->nfixups == l->capfixups) {
		l->capfixups = l->capfixups ? l->capfixups * 2 : 256;
		l->fixups = xreallocarray(l->fixups, l->capfixups, sizeof *l->fixups);
	}
	f = &l->fixups[l->nfixups++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->id = id;
	return f;
}

/* A reference field: checked as an id now, resolved after every file is read. */
static struct fixup *
ref_field(struct loader *l, const struct yt_node *map, const char *key, int required,
	  const char *what, enum ref_kind kind, const char *hint)
{
	const struct yt_node *n = field(l, map, key, required, what, hint);

	if (n == NULL || !check_id(l, n, key))
		return NULL;
	return add_fixup(l, kind, n);
}

static unsigned
service_bit(struct loader *l, const struct yt_node *n)
{
	unsigned i;

	if (!is_scalar(l, n, "services"))
		return 0;
	for (i = 0; i < SERVICE_COUNT; i++)
		if (strcmp(n->u.scalar.value, service_names[i]) == 0)
			return 1u << i;
	diags_add(l->d, DIAG_ERROR, &n->pos,
		  _("Services are mediation-advice, mediation, disagreement-resolution and "
		    "information-advice."),
		  _("unknown service '%s'"), n->u.scalar.value);
	return 0;
}

static unsigned
services_field(struct loader *l, const struct yt_node *map, const char *key, int required,
	       const char *what)
{
	const struct yt_node *n = field(l, map, key, required, what, NULL);
	unsigned bits = 0;
	size_t i;

	if (n == NULL || !is_list(l, n, key))
		return 0;
	for (i = 0; i < n->u.seq.count; i++)
		bits |= service_bit(l, n->u.seq.items[i]);
	if (n->u.seq.count == 0)
		diags_add(l->d, DIAG_ERROR, &n->pos, _("Name at least one service, or remove the key."),
			  _("'%s' is an empty list"), key);
	return bits;
}

/* An optional date: a real YYYY-MM-DD, not after today (a page cannot be read tomorrow). */
static const char *
date_field(struct loader *l, const struct yt_node *map, const char *key, const char *what)
{
	const struct yt_node *n = yt_map_get(map, key);
	const char *v = value_field(l, map, key, 0, what, NULL);

	if (v == NULL)
		return NULL;
	if (!date_iso_parse(v, NULL)) {
		diags_add(l->d, DIAG_ERROR, &n->pos,
			  _("Write the date as YYYY-MM-DD, for example 2026-01-31."),
			  _("'%s' is not a valid date"), v);
		return NULL;
	}
	if (date_iso_days(v) > date_today()) {
		diags_add(l->d, DIAG_ERROR, &n->pos,
			  _("Write the date the page states or the day it was read, never a later one."),
			  _("'%s' is in the future"), v);
		return NULL;
	}
	return v;
}

static void
load_source(struct loader *l, const struct yt_node *n)
{
	struct source *s;

	if (!is_map(l, n, "source"))
		return;
	s = &l->g->sources[l->g->nsources++];
	s->pos = n->pos;
	check_keys(l, n, source_keys);
	s->id = id_field(l, n, "source");
	text_field(l, n, "title", 1, "source", &s->title);
	s->seed = value_field(l, n, "seed", 0, "source", NULL);
	s->url = value_field(l, n, "url", 0, "source", NULL);
	if (yt_map_get(n, "seed") == NULL && yt_map_get(n, "url") == NULL)
		diags_add(l->d, DIAG_ERROR, &n->pos,
			  _("Add 'seed:' (a source document) or 'url:' (a public page)."),
			  _("this source says neither where it is kept nor where it is published"));
	s->dated = date_field(l, n, "dated", "source");
	s->read = date_field(l, n, "read", "source");
	if (yt_map_get(n, "dated") == NULL && yt_map_get(n, "read") == NULL)
		diags_add(l->d, DIAG_ERROR, &n->pos,
			  _("Add 'dated:' with the date the page states (YYYY-MM-DD), or 'read:' with "
			    "the date it was read when the page states none."),
			  _("this source has neither 'dated' nor 'read'"));
}

static void
load_body(struct loader *l, struct screen *s, const struct yt_node *body)
{
	size_t i, j;

	if (!is_list(l, body, "body"))
		return;
	s->body = arena_array(&l->g->arena, body->u.seq.count, sizeof *s->body);
	for (i = 0; i < body->u.seq.count; i++) {
		const struct yt_node *b = body->u.seq.items[i], *v;
		struct block *blk = &s->body[s->nbody];

		if (b->kind == YT_SCALAR) {
			blk->kind = BLOCK_PARAGRAPH;
			blk->items = arena_alloc(&l->g->arena, sizeof *blk->items);
			if (text_from(l, b, "body", &blk->items[0]) == 0) {
				blk->nitems = 1;
				s->nbody++;
			}
			continue;
		}
		if (b->kind != YT_MAPPING || b->u.map.count != 1
		    || (yt_map_get(b, "important") == NULL && yt_map_get(b, "bullets") == NULL)) {
			diags_add(l->d, DIAG_ERROR, &b->pos,
				  _("Write a paragraph as text, or use 'important: text' or "
				    "'bullets:' with a list of points."),
				  _("a body block must be a paragraph, 'important' or 'bullets'"));
			continue;
		}
		if ((v = yt_map_get(b, "important")) != NULL) {
			blk->kind = BLOCK_IMPORTANT;
			blk->items = arena_alloc(&l->g->arena, sizeof *blk->items);
			if (text_from(l, v, "important", &blk->items[0]) == 0) {
				blk->nitems = 1;
				s->nbody++;
			}
			continue;
		}
		v = yt_map_get(b, "bullets");
		if (!is_list(l, v, "bullets"))
			continue;
		if (v->u.seq.count == 0) {
			diags_add(l->d, DIAG_ERROR, &v->pos, _("Add the points, or remove the block."),
				  _("'%s' is an empty list"), "bullets");
			continue;
		}
		blk->kind = BLOCK_BULLETS;
		blk->items = arena_array(&l->g->arena, v->u.seq.count, sizeof *blk->items);
		for (j = 0; j < v->u.seq.count; j++)
			if (text_from(l, v->u.seq.items[j], "bullets", &blk->items[blk->nitems]) == 0)
				blk->nitems++;
		s->nbody++;
	}
}

/* A journey mark's bit (guide->marks), adding the name when it is new. */
static unsigned
mark_bit(struct loader *l, const struct yt_node *n, const char *key)
{
	struct guide *g = l->g;
	size_t k;

	if (!check_id(l, n, key))
		return 0;
	for (k = 0; k < g->nmarks; k++)
		if (strcmp(g->marks[k], n->u.scalar.value) == 0)
			return 1u << k;
	if (g->nmarks == GUIDE_MARKS_MAX) {
		diags_add(l->d, DIAG_ERROR, &n->pos, _("Use fewer journey marks."),
			  _("more than %d journey marks"), GUIDE_MARKS_MAX);
		return 0;
	}
	g->marks[g->nmarks] = arena_strndup(&g->arena, n->u.scalar.value, n->u.scalar.len);
	return 1u << g->nmarks++;
}

/* A mark or a list of marks (marks, unless, if). */
static unsigned
marks_field(struct loader *l, const struct yt_node *map, const char *key)
{
	const struct yt_node *n = yt_map_get(map, key);
	unsigned bits = 0;
	size_t i;

	if (n == NULL)
		return 0;
	if (n->kind == YT_SCALAR)
		return mark_bit(l, n, key);
	if (!is_list(l, n, key))
		return 0;
	for (i = 0; i < n->u.seq.count; i++)
		bits |= mark_bit(l, n->u.seq.items[i], key);
	return bits;
}

static void
load_choices(struct loader *l, struct screen *s, const struct yt_node *list)
{
	size_t i;

	if (!is_list(l, list, "choices"))
		return;
	s->choices = arena_array(&l->g->arena, list->u.seq.count, sizeof *s->choices);
	for (i = 0; i < list->u.seq.count; i++) {
		const struct yt_node *c = list->u.seq.items[i];
		struct choice *ch;
		struct fixup *f;

		if (!is_map(l, c, "choice"))
			continue;
		ch = &s->choices[s->nchoices++];
		ch->pos = c->pos;
		check_keys(l, c, choice_keys);
		text_field(l, c, "label", 1, "choice", &ch->label);
		if ((f = ref_field(l, c, "to", 1, "choice", REF_SCREEN, NULL)) != NULL)
			f->screen = &ch->target;
		ch->marks = marks_field(l, c, "marks");
		l->marks_left |= ch->marks;
		ch->unless = marks_field(l, c, "unless");
		if (yt_map_get(c, "region") != NULL && check_id(l, yt_map_get(c, "region"), "region"))
			ch->region_id = value_field(l, c, "region", 0, "choice", NULL);
	}
}

/* summary: what to do, by when, with whom; a line is text, or a mapping
   with text, and optionally a deadline (with its dated form) and marks. */
static void
load_summary(struct loader *l, struct screen *s, const struct yt_node *list)
{
	size_t i, k;

	if (!is_list(l, list, "summary"))
		return;
	if (list->u.seq.count == 0) {
		diags_add(l->d, DIAG_ERROR, &list->pos, _("Add the lines, or remove the key."),
			  _("'%s' is an empty list"), "summary");
		return;
	}
	s->summary = arena_array(&l->g->arena, list->u.seq.count, sizeof *s->summary);
	for (i = 0; i < list->u.seq.count; i++) {
		const struct yt_node *n = list->u.seq.items[i], *v;
		struct summary_line *ln = &s->summary[s->nsummary];

		ln->pos = n->pos;
		if (n->kind == YT_SCALAR) {
			if (text_from(l, n, "summary", &ln->text) == 0)
				s->nsummary++;
			continue;
		}
		if (!is_map(l, n, "summary line"))
			continue;
		check_keys(l, n, summary_keys);
		text_field(l, n, "text", 1, "summary line", &ln->text);
		ln->if_marks = marks_field(l, n, "if");
		ln->unless = marks_field(l, n, "unless");
		if ((v = yt_map_get(n, "deadline")) != NULL && is_scalar(l, v, "deadline")) {
			for (k = 0; k < DEADLINE_KIND_COUNT; k++)
				if (strcmp(v->u.scalar.value, deadline_kind_names[k]) == 0)
					break;
			if (k < DEADLINE_KIND_COUNT)
				ln->deadline = 1u << k;
			else
				diags_add(l->d, DIAG_ERROR, &v->pos, _("Deadlines are adviser and appeal."),
					  _("unknown deadline '%s'"), v->u.scalar.value);
			text_field(l, n, "dated", 1, "summary line with a deadline", &ln->dated);
			if (ln->dated.en != NULL && strstr(ln->dated.en, "{date}") == NULL)
				diags_add(l->d, DIAG_ERROR, &ln->dated.pos,
					  _("Write {date} where the date worked out goes."),
					  _("'dated' has no {date}"));
		} else if ((v = yt_map_get(n, "dated")) != NULL)
			diags_add(l->d, DIAG_ERROR, &v->pos,
				  _("Add 'deadline:' (adviser or appeal), or remove 'dated'."),
				  _("'dated' is only for a summary line with a deadline"));
		if (ln->text.en != NULL)
			s->nsummary++;
	}
}

/* A date question's stores, skip and next; an outcome's deadlines. A date
   question has exactly one way on (next): a date given or the question
   skipped, the journey goes on there. */
static void
load_date_fields(struct loader *l, const struct yt_node *n, struct screen *s)
{
	const struct yt_node *v;
	size_t i, k;

	if (s->kind == SCREEN_DATE) {
		if ((v = field(l, n, "stores", 1, "date question",
			       _("Add 'stores:' with decision-letter or certificate."))) != NULL
		    && is_scalar(l, v, "stores")) {
			for (k = 0; k < DATE_KEY_COUNT; k++)
				if (strcmp(v->u.scalar.value, date_key_names[k]) == 0)
					break;
			if (k < DATE_KEY_COUNT)
				s->stores = (enum date_key)k;
			else
				diags_add(l->d, DIAG_ERROR, &v->pos,
					  _("Use decision-letter or certificate."),
					  _("unknown date '%s'"), v->u.scalar.value);
		}
		text_field(l, n, "skip", 0, "date question", &s->skip);
		if ((v = yt_map_get(n, "next-dated")) != NULL && check_id(l, v, "next-dated"))
			add_fixup(l, REF_SCREEN, v)->screen = &s->next_dated;
		if (yt_map_get(n, "next") == NULL)
			diags_add(l->d, DIAG_ERROR, &n->pos,
				  _("Add 'next:' with the screen that follows the date."),
				  _("date question '%s' has no 'next'"), s->id ? s->id : "?");
	} else if ((v = yt_map_get(n, "stores")) != NULL || (v = yt_map_get(n, "skip")) != NULL
		   || (v = yt_map_get(n, "next-dated")) != NULL) {
		diags_add(l->d, DIAG_ERROR, &v->pos, _("Make the screen 'kind: date', or remove the key."),
			  _("'stores', 'skip' and 'next-dated' are only for date questions"));
	}
	if ((v = yt_map_get(n, "deadlines")) != NULL && is_list(l, v, "deadlines")) {
		if (s->kind != SCREEN_OUTCOME)
			diags_add(l->d, DIAG_ERROR, &v->pos,
				  _("Only an outcome screen shows worked-out dates; remove 'deadlines'."),
				  _("'deadlines' is only for outcome screens"));
		for (i = 0; i < v->u.seq.count; i++) {
			const struct yt_node *d = v->u.seq.items[i];

			if (!is_scalar(l, d, "deadlines"))
				continue;
			for (k = 0; k < DEADLINE_KIND_COUNT; k++)
				if (strcmp(d->u.scalar.value, deadline_kind_names[k]) == 0)
					break;
			if (k < DEADLINE_KIND_COUNT)
				s->deadlines |= 1u << k;
			else
				diags_add(l->d, DIAG_ERROR, &d->pos, _("Deadlines are adviser and appeal."),
					  _("unknown deadline '%s'"), d->u.scalar.value);
		}
	}
}

static void
load_screen(struct loader *l, const struct yt_node *n)
{
	static const char *const kinds[] = { "question", "information", "outcome", "contacts", "date" };
	const struct yt_node *v;
	struct screen *s;
	size_t i;

	if (!is_map(l, n, "screen"))
		return;
	s = &l->g->screens[l->g->nscreens];
	s->index = l->g->nscreens++;
	s->pos = n->pos;
	check_keys(l, n, screen_keys);
	s->id = id_field(l, n, "screen");
	if ((v = field(l, n, "kind", 1, "screen",
		       _("Add 'kind:' with question, information, outcome, contacts or date."))) != NULL
	    && is_scalar(l, v, "kind")) {
		for (i = 0; i < 5; i++)
			if (strcmp(v->u.scalar.value, kinds[i]) == 0)
				break;
		if (i < 5)
			s->kind = (enum screen_kind)i;
		else
			diags_add(l->d, DIAG_ERROR, &v->pos,
				  _("Use question, information, outcome, contacts or date."),
				  _("unknown screen kind '%s'"), v->u.scalar.value);
	}
	text_field(l, n, "title", 1, "screen", &s->title);
	if ((v = yt_map_get(n, "body")) != NULL)
		load_body(l, s, v);
	if ((v = yt_map_get(n, "summary")) != NULL)
		load_summary(l, s, v);
	if ((v = yt_map_get(n, "choices")) != NULL)
		load_choices(l, s, v);
	if ((v = yt_map_get(n, "next")) != NULL) {
		if (yt_map_get(n, "choices") != NULL)
			diags_add(l->d, DIAG_ERROR, &v->pos,
				  _("Add the onward link as one more choice, or remove 'choices'."),
				  _("a screen has either 'choices' or 'next', not both"));
		else if (check_id(l, v, "next")) {
			/* The link onward is a choice without a label, so views and
			   the session treat every way on alike. */
			s->choices = arena_alloc(&l->g->arena, sizeof *s->choices);
			s->choices[0].pos = v->pos;
			s->nchoices = 1;
			add_fixup(l, REF_SCREEN, v)->screen = &s->choices[0].target;
		}
	}
	if (s->kind == SCREEN_QUESTION && yt_map_get(n, "kind") != NULL
	    && (yt_map_get(n, "next") != NULL || s->nchoices < 2))
		diags_add(l->d, DIAG_ERROR, &n->pos,
			  _("Give a question two or more 'choices' (or make it an information screen "
			    "with 'next')."),
			  _("question '%s' has fewer than two choices"), s->id ? s->id : "?");
	load_date_fields(l, n, s);
	if (yt_map_get(n, "contacts") != NULL)
		s->contacts = services_field(l, n, "contacts", 0, "screen");
	else if (s->kind == SCREEN_CONTACTS)
		s->contacts = (1u << SERVICE_COUNT) - 1;
	if ((v = yt_map_get(n, "finish")) != NULL && is_scalar(l, v, "finish")) {
		if (strcmp(v->u.scalar.value, "true") == 0)
			s->finish = true;
		else if (strcmp(v->u.scalar.value, "false") != 0)
			diags_add(l->d, DIAG_ERROR, &v->pos, _("Write true or false."),
				  _("'%s' must be true or false"), "finish");
		if (s->finish && s->kind != SCREEN_OUTCOME)
			diags_add(l->d, DIAG_ERROR, &v->pos,
				  _("Only an outcome screen ends a journey; remove 'finish'."),
				  _("'finish' is only for outcome screens"));
	}
	if ((v = yt_map_get(n, "sources")) != NULL && is_list(l, v, "sources")) {
		s->sources = arena_array(&l->g->arena, v->u.seq.count, sizeof *s->sources);
		for (i = 0; i < v->u.seq.count; i++)
			if (check_id(l, v->u.seq.items[i], "sources"))
				add_fixup(l, REF_SOURCE, v->u.seq.items[i])->source =
					&s->sources[s->nsources++];
	}
}

static void
load_contact_points(struct loader *l, const struct yt_node *prov, const char *key,
		    const char *what, const char *value_key, const char *const keys[],
		    struct contact_point **out, size_t *count)
{
	const struct yt_node *list = yt_map_get(prov, key);
	size_t i;

	if (list == NULL || !is_list(l, list, key))
		return;
	*out = arena_array(&l->g->arena, list->u.seq.count, sizeof **out);
	for (i = 0; i < list->u.seq.count; i++) {
		const struct yt_node *c = list->u.seq.items[i];
		struct contact_point *cp;
		struct fixup *f;

		if (!is_map(l, c, what))
			continue;
		cp = &(*out)[(*count)++];
		cp->pos = c->pos;
		check_keys(l, c, keys);
		cp->value = value_field(l, c, value_key, 1, what, NULL);
		text_field(l, c, "note", 0, what, &cp->note);
		f = ref_field(l, c, "source", 1, what, REF_SOURCE,
			      _("Every phone number, e-mail and web address names the source it "
				"comes from."));
		if (f != NULL)
			f->source = &cp->source;
	}
}

static void
load_provider(struct loader *l, const struct yt_node *n)
{
	struct provider *p;
	struct fixup *f;

	if (!is_map(l, n, "provider"))
		return;
	p = &l->g->providers[l->g->nproviders++];
	p->pos = n->pos;
	check_keys(l, n, provider_keys);
	p->id = id_field(l, n, "provider");
	text_field(l, n, "name", 1, "provider", &p->name);
	p->services = services_field(l, n, "services", 1, "provider");
	load_contact_points(l, n, "phones", "phone", "number", phone_keys, &p->phones, &p->nphones);
	load_contact_points(l, n, "emails", "e-mail", "address", email_keys, &p->emails, &p->nemails);
	load_contact_points(l, n, "web", "web address", "url", web_keys, &p->webs, &p->nwebs);
	text_field(l, n, "hours", 0, "provider", &p->hours);
	f = ref_field(l, n, "source", 1, "provider", REF_SOURCE,
		      _("Add 'source:' naming where this provider's details come from."));
	if (f != NULL)
		f->provider = NULL, f->source = &p->source;
}

/* An ONS GSS code: the nation's letter (E, W, S, N) and eight digits. */
static void
load_area_code(struct loader *l, struct area *a, const struct yt_node *n)
{
	const struct yt_node *v = yt_map_get(n, "code");
	const char *c = value_field(l, n, "code", 0, "area", NULL);
	size_t i, len;

	if (c == NULL)
		return;
	len = strlen(c);
	for (i = 1; i < len; i++)
		if (c[i] < '0' || c[i] > '9')
			break;
	if (len != 9 || strchr("EWSN", c[0]) == NULL || i != len) {
		diags_add(l->d, DIAG_ERROR, &v->pos,
			  _("Write the council's ONS code: E, W, S or N and eight digits, for example "
			    "E06000016."),
			  _("'%s' is not a GSS code"), c);
		return;
	}
	a->code = c;
}

/* Other names people type for the area: a list of one-line names. */
static void
load_aliases(struct loader *l, struct area *a, const struct yt_node *n)
{
	const struct yt_node *v = yt_map_get(n, "aliases");
	size_t i;

	if (v == NULL || !is_list(l, v, "aliases"))
		return;
	a->aliases = arena_array(&l->g->arena, v->u.seq.count ? v->u.seq.count : 1,
				 sizeof *a->aliases);
	for (i = 0; i < v->u.seq.count; i++) {
		struct text t = { NULL, { NULL, 0, 0 } };

		if (text_from(l, v->u.seq.items[i], "aliases", &t) == 0)
			a->aliases[a->naliases++] = t.en;
	}
	if (v->u.seq.count == 0)
		diags_add(l->d, DIAG_ERROR, &v->pos, _("Name at least one, or remove the key."),
			  _("'%s' is an empty list"), "aliases");
}

static void
load_area(struct loader *l, struct region *r, const struct yt_node *n)
{
	const struct yt_node *v;
	struct area *a;
	struct fixup *f;
	size_t i;

	if (!is_map(l, n, "area"))
		return;
	a = &l->g->areas[l->g->nareas++];
	a->pos = n->pos;
	a->region = r;
	check_keys(l, n, area_keys);
	a->id = id_field(l, n, "area");
	text_field(l, n, "name", 1, "area", &a->name);
	a->official = value_field(l, n, "official", 0, "area", NULL);
	load_area_code(l, a, n);
	load_aliases(l, a, n);
	if ((f = ref_field(l, n, "redirect", 0, "area", REF_SCREEN, NULL)) != NULL)
		f->const_screen = &a->redirect;
	if ((v = yt_map_get(n, "providers")) == NULL || !is_list(l, v, "providers"))
		return;
	if (yt_map_get(n, "redirect") != NULL)
		diags_add(l->d, DIAG_ERROR, &v->pos,
			  _("An area outside England redirects; one in England lists providers."),
			  _("an area has either 'providers' or 'redirect', not both"));
	a->providers = arena_array(&l->g->arena, v->u.seq.count, sizeof *a->providers);
	for (i = 0; i < v->u.seq.count; i++) {
		const struct yt_node *ap = v->u.seq.items[i];
		struct area_provider *out;

		if (!is_map(l, ap, "area provider"))
			continue;
		out = &a->providers[a->nproviders++];
		check_keys(l, ap, area_provider_keys);
		if ((f = ref_field(l, ap, "provider", 1, "area provider", REF_PROVIDER, NULL)) != NULL)
			f->provider = &out->provider;
		/* 0 until resolved: then "all the provider does" unless narrowed. */
		out->services = services_field(l, ap, "services", 0, "area provider");
		if ((f = ref_field(l, ap, "source", 0, "area provider", REF_SOURCE, NULL)) != NULL)
			f->source = &out->source;
		text_field(l, ap, "note", 0, "area provider", &out->note);
		text_field(l, ap, "brief", 0, "area provider", &out->brief);
		/* A brief is the note in fewer words: never a fact of its own. */
		if (out->brief.en != NULL && out->note.en == NULL)
			diags_add(l->d, DIAG_ERROR, &ap->pos,
				  _("Write the whole caveat as 'note', and 'brief' as its short form."),
				  _("'brief' without a 'note'"));
	}
}

static void
load_region(struct loader *l, const struct yt_node *n)
{
	const struct yt_node *v;
	struct region *r;
	size_t i;

	if (!is_map(l, n, "region"))
		return;
	r = &l->g->regions[l->g->nregions++];
	r->pos = n->pos;
	check_keys(l, n, region_keys);
	r->id = id_field(l, n, "region");
	text_field(l, n, "name", 1, "region", &r->name);
	if ((v = field(l, n, "areas", 1, "region",
		       _("Add 'areas:' with the local authorities of the region."))) == NULL
	    || !is_list(l, v, "areas"))
		return;
	r->areas = arena_array(&l->g->arena, v->u.seq.count, sizeof *r->areas);
	for (i = 0; i < v->u.seq.count; i++)
		load_area(l, r, v->u.seq.items[i]);
}

/* settings.jargon: the terms the reading-level check follows. */
static void
load_jargon(struct loader *l, const struct yt_node *v)
{
	size_t i;

	if (v == NULL || !is_list(l, v, "jargon"))
		return;
	l->g->jargon = arena_array(&l->g->arena, v->u.seq.count, sizeof *l->g->jargon);
	for (i = 0; i < v->u.seq.count; i++) {
		const struct yt_node *t = v->u.seq.items[i];
		struct jargon *j;
		struct fixup *f;

		if (!is_map(l, t, "jargon term"))
			continue;
		j = &l->g->jargon[l->g->njargon++];
		j->pos = t->pos;
		check_keys(l, t, jargon_keys);
		j->term = value_field(l, t, "term", 1, "jargon term", NULL);
		j->means = value_field(l, t, "means", 1, "jargon term", NULL);
		if ((f = ref_field(l, t, "explained", 1, "jargon term", REF_SCREEN,
				   _("Add 'explained:' with the id of the screen that explains the term."))) != NULL)
			f->const_screen = &j->explained;
	}
}

static void
load_settings(struct loader *l, const struct yt_node *n)
{
	struct fixup *f;

	if (l->settings != NULL) {
		char *hint;

		xasprintf(&hint, _("Keep one 'settings:'; the first is at %s:%u:%u."),
			  l->settings->pos.file, l->settings->pos.line, l->settings->pos.col);
		diags_add(l->d, DIAG_ERROR, &n->pos, hint, _("'settings' is given twice"));
		free(hint);
		return;
	}
	l->settings = n;
	if (!is_map(l, n, "settings"))
		return;
	check_keys(l, n, settings_keys);
	if ((f = ref_field(l, n, "start", 1, "settings", REF_SCREEN,
			   _("Add 'start:' with the id of the first screen."))) != NULL)
		f->const_screen = &l->g->start;
	if ((f = ref_field(l, n, "national", 0, "settings", REF_SCREEN, NULL)) != NULL)
		f->const_screen = &l->g->national;
	load_jargon(l, yt_map_get(n, "jargon"));
}

/* Items in a top-level list, and areas in its regions, to size the arrays. */
static void
count_items(const struct yt_node *root, const char *key, size_t *count, size_t *areas)
{
	const struct yt_node *list = yt_map_get(root, key);
	size_t i;

	if (list == NULL || list->kind != YT_SEQUENCE)
		return;
	*count += list->u.seq.count;
	if (areas == NULL)
		return;
	for (i = 0; i < list->u.seq.count; i++) {
		const struct yt_node *a = yt_map_get(list->u.seq.items[i], "areas");

		if (a != NULL && a->kind == YT_SEQUENCE)
			*areas += a->u.seq.count;
	}
}

static int
compare_idref(const void *pa, const void *pb)
{
	const struct idref *a = pa, *b = pb;
	int c = strcmp(a->id, b->id);

	if (c != 0)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Sorted ids of one kind; a repeated id is reported where it repeats. */
static struct idref *
build_index(struct loader *l, size_t n, size_t stride, void *base, size_t id_offset,
	    size_t pos_offset, const char *what, size_t *count)
{
	struct idref *idx = xreallocarray(NULL, n ? n : 1, sizeof *idx);
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		char *obj = (char *)base + i * stride;
		const char *id = *(const char **)(obj + id_offset);

		if (id == NULL)
			continue;
		idx[k].id = id;
		idx[k].obj = obj;
		idx[k].pos = (const struct srcpos *)(obj + pos_offset);
		idx[k].order = i;
		k++;
	}
	qsort(idx, k, sizeof *idx, compare_idref);
	for (i = 1; i < k; i++)
		if (strcmp(idx[i].id, idx[i - 1].id) == 0) {
			size_t first = i - 1;
			char *hint;

			while (first > 0 && strcmp(idx[first - 1].id, idx[i].id) == 0)
				first--;
			/* TRANSLATORS: the first %s is an English content word (screen,
			   source, provider, region, area); then an id and file:line:column. */
			xasprintf(&hint, _("Give each %s its own id; the first '%s' is at %s:%u:%u."),
				  what, idx[i].id, idx[first].pos->file, idx[first].pos->line,
				  idx[first].pos->col);
			diags_add(l->d, DIAG_ERROR, idx[i].pos, hint,
				  /* TRANSLATORS: %s is an English content word (screen, source,
				     provider, region, area), then the id. */
				  _("the %s id '%s' is used twice"), what, idx[i].id);
			free(hint);
		}
	*count = k;
	return idx;
}

static void *
find_id(const struct idref *idx, size_t n, const char *id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(id, idx[mid].id);

		if (c == 0)
			return idx[mid].obj;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

#define INDEX(l, arr, n, type, what, count) \
	build_index((l), (n), sizeof(type), (arr), offsetof(type, id), offsetof(type, pos), \
		    (what), (count))

static void
resolve(struct loader *l, int report_unknown)
{
	struct guide *g = l->g;
	size_t nscreens, nsources, nproviders, nregions, nareas, i;
	struct idref *screens = INDEX(l, g->screens, g->nscreens, struct screen, "screen", &nscreens);
	struct idref *sources = INDEX(l, g->sources, g->nsources, struct source, "source", &nsources);
	struct idref *providers = INDEX(l, g->providers, g->nproviders, struct provider, "provider",
					&nproviders);
	struct idref *regions = INDEX(l, g->regions, g->nregions, struct region, "region", &nregions);
	struct idref *areas = INDEX(l, g->areas, g->nareas, struct area, "area", &nareas);

	for (i = 0; i < l->nfixups; i++) {
		const struct fixup *f = &l->fixups[i];
		const char *id = f->id->u.scalar.value;
		void *obj = NULL;
		const char *what = "screen";

		switch (f->kind) {
		case REF_SCREEN:
			if ((obj = find_id(screens, nscreens, id)) != NULL) {
				if (f->screen != NULL)
					*f->screen = obj;
				else
					*f->const_screen = obj;
			}
			break;
		case REF_SOURCE:
			what = "source";
			if ((obj = find_id(sources, nsources, id)) != NULL)
				*f->source = obj;
			break;
		case REF_PROVIDER:
			what = "provider";
			if ((obj = find_id(providers, nproviders, id)) != NULL)
				*f->provider = obj;
			break;
		}
		if (obj == NULL && report_unknown)
			diags_add(l->d, DIAG_ERROR, &f->id->pos,
				  _("Check the spelling against the ids in the content, or add it."),
				  /* TRANSLATORS: %s is screen, source or provider (English
				     content words), then the id as written. */
				  _("there is no %s with the id '%s'"), what, id);
	}
	free(screens);
	free(sources);
	free(providers);
	free(regions);
	free(areas);
}

/* A choice's region by id; a mark a screen tests that no choice leaves
   would make the test always pass or always fail. */
static void
resolve_marks_regions(struct loader *l)
{
	struct guide *g = l->g;
	size_t i, j, k;

	for (i = 0; i < g->nscreens; i++) {
		struct screen *s = &g->screens[i];

		for (j = 0; j < s->nchoices; j++) {
			struct choice *ch = &s->choices[j];

			if (ch->unless & ~l->marks_left)
				diags_add(l->d, DIAG_ERROR, &ch->pos,
					  _("Add 'marks:' with it to the choice that leaves it, or remove it."),
					  _("no choice leaves the mark this choice tests"));
			if (ch->region_id == NULL)
				continue;
			for (k = 0; k < g->nregions; k++)
				if (g->regions[k].id != NULL && strcmp(g->regions[k].id, ch->region_id) == 0)
					ch->region = &g->regions[k];
			if (ch->region == NULL)
				diags_add(l->d, DIAG_ERROR, &ch->pos,
					  _("Check the spelling against the ids in the content, or add it."),
					  _("there is no %s with the id '%s'"), "region", ch->region_id);
		}
		for (j = 0; j < s->nsummary; j++)
			if ((s->summary[j].if_marks | s->summary[j].unless) & ~l->marks_left)
				diags_add(l->d, DIAG_ERROR, &s->summary[j].pos,
					  _("Add 'marks:' with it to the choice that leaves it, or remove it."),
					  _("no choice leaves the mark this summary line tests"));
	}
}

/* An area's providers do what they do unless the area narrows it. */
static void
settle_area_services(struct loader *l)
{
	size_t i, j, k;

	for (i = 0; i < l->g->nareas; i++) {
		struct area *a = &l->g->areas[i];

		for (j = 0; j < a->nproviders; j++) {
			struct area_provider *ap = &a->providers[j];

			if (ap->provider == NULL)
				continue;
			if (ap->services == 0)
				ap->services = ap->provider->services;
			for (k = 0; k < SERVICE_COUNT; k++)
				if ((ap->services & (1u << k)) && !(ap->provider->services & (1u << k)))
					diags_add(l->d, DIAG_ERROR, &a->pos,
						  _("Add the service to the provider's 'services', or "
						    "remove it here."),
						  _("area '%s' lists '%s' from provider '%s', which does "
						    "not offer it"), a->id ? a->id : "?", service_names[k],
						  ap->provider->id);
		}
	}
}

static int
compare_area_name(const void *pa, const void *pb)
{
	const struct area *a = pa, *b = pb;
	int c = strcmp(a->name.en ? a->name.en : "", b->name.en ? b->name.en : "");

	if (c == 0)
		c = strcmp(a->id ? a->id : "", b->id ? b->id : "");
	return c;
}

/* Sorting moves the areas, so each region's list is rebuilt afterwards (in name order). */
static void
sort_areas(struct guide *g)
{
	size_t i;

	qsort(g->areas, g->nareas, sizeof *g->areas, compare_area_name);
	for (i = 0; i < g->nregions; i++)
		g->regions[i].nareas = 0;
	for (i = 0; i < g->nareas; i++) {
		struct region *r = (struct region *)g->areas[i].region;

		r->areas[r->nareas++] = &g->areas[i];
	}
}

bool
guide_content_name(const char *name)
{
	size_t n = strlen(name);

	/* Hidden files are editors' lock and swap files, not content. */
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

/* A content file's name and the folder it comes from. */
struct content_file {
	char *name;
	const char *dir;
	int local;              /* from the local folder, which wins a tie */
};

static int
compare_content_files(const void *pa, const void *pb)
{
	const struct content_file *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);

	return c != 0 ? c : a->local - b->local;
}

/* Appends the content files of dir to *v. Returns -1 (reported) when the
   folder cannot be read. */
static int
add_files(const char *dir, int local, struct content_file **v, size_t *n, size_t *cap,
	  struct diags *d)
{
	struct srcpos dpos = { dir, 0, 0 };
	DIR *dp = opendir(dir);
	struct dirent *e;

	if (dp == NULL) {
		diags_add(d, DIAG_ERROR, &dpos,
			  _("Give the folder that holds the content's *.yaml files."),
			  _("cannot read the content folder: %s"), strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL) {
		struct stat st;

		if (!guide_content_name(e->d_name))
			continue;
		/* A folder named *.yaml is not content; anything else unreadable
		   is reported when it is read. */
		if (fstatat(dirfd(dp), e->d_name, &st, 0) == 0 && S_ISDIR(st.st_mode))
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			*v = xreallocarray(*v, *cap, sizeof **v);
		}
		(*v)[*n].name = xstrdup(e->d_name);
		(*v)[*n].dir = dir;
		(*v)[(*n)++].local = local;
	}
	closedir(dp);
	return 0;
}

/* The content files of dir, and of local over them (a file there replaces
   the one of the same name in dir; other names add), in name order; 0 after
   an error. */
static size_t
list_files(struct guide *g, const char *dir, const char *local, struct diags *d)
{
	struct srcpos dpos = { dir, 0, 0 };
	struct content_file *v = NULL;
	size_t n = 0, cap = 0, i, kept = 0;

	if (add_files(dir, 0, &v, &n, &cap, d) != 0
	    || (local != NULL && add_files(local, 1, &v, &n, &cap, d) != 0)) {
		for (i = 0; i < n; i++)
			free(v[i].name);
		free(v);
		return 0;
	}
	if (n == 0) {
		diags_add(d, DIAG_ERROR, &dpos,
			  _("Give the folder that holds the content's *.yaml files."),
			  _("there are no content files (*.yaml) in this folder"));
		free(v);
		return 0;
	}
	qsort(v, n, sizeof *v, compare_content_files);
	g->files = arena_array(&g->arena, n, sizeof *g->files);
	for (i = 0; i < n; i++) {
		size_t dlen = strlen(v[i].dir), len = strlen(v[i].name);
		int slash = dlen > 0 && v[i].dir[dlen - 1] == '/';
		char *path;

		/* Of two files with one name, the local one sorts last. */
		if (i + 1 < n && strcmp(v[i].name, v[i + 1].name) == 0) {
			free(v[i].name);
			continue;
		}
		path = arena_alloc(&g->arena, dlen + len + 2);
		memcpy(path, v[i].dir, dlen);
		if (!slash)
			path[dlen] = '/';
		memcpy(path + dlen + !slash, v[i].name, len + 1);
		g->files[kept++] = path;
		free(v[i].name);
	}
	free(v);
	g->nfiles = kept;
	return kept;
}

struct guide *
guide_load(const char *dir, struct diags *d)
{
	return guide_load_overlay(dir, NULL, d);
}

/* The guide image (image.c) builds the guide in its region. */
static struct arena_region *build_region;

struct guide *
guide_load_region(const char *dir, struct arena_region *r, struct diags *d)
{
	struct guide *g;

	build_region = r;
	g = guide_load_overlay(dir, NULL, d);
	build_region = NULL;
	return g;
}

struct guide *
guide_load_overlay(const char *dir, const char *local, struct diags *d)
{
	struct guide *g = build_region != NULL ? region_take(build_region, sizeof *g)
		: xcalloc(1, sizeof *g);
	struct loader l;
	struct yt_node **roots;
	size_t i, j, nscreens = 0, nsources = 0, nproviders = 0, nregions = 0, nareas = 0;
	size_t errors_before = d->errors;
	int all_read = 1;

	g->arena.region = build_region;
	memset(&l, 0, sizeof l);
	l.g = g;
	l.d = d;
	if (list_files(g, dir, local, d) == 0) {
		guide_free(g);
		return NULL;
	}
	roots = xcalloc(g->nfiles, sizeof *roots);
	for (i = 0; i < g->nfiles; i++) {
		roots[i] = yt_read_file(g->files[i], &l.scratch, d);
		if (roots[i] == NULL) {
			all_read = 0;
			continue;
		}
		if (roots[i]->kind != YT_MAPPING) {
			diags_add(d, DIAG_ERROR, &roots[i]->pos,
				  _("A content file is a mapping with keys such as 'screens:' and "
				    "'providers:'."),
				  _("the file must be a YAML mapping"));
			roots[i] = NULL;
			all_read = 0;
			continue;
		}
		count_items(roots[i], "screens", &nscreens, NULL);
		count_items(roots[i], "sources", &nsources, NULL);
		count_items(roots[i], "providers", &nproviders, NULL);
		count_items(roots[i], "regions", &nregions, &nareas);
	}
	g->screens = arena_array(&g->arena, nscreens, sizeof *g->screens);
	g->sources = arena_array(&g->arena, nsources, sizeof *g->sources);
	g->providers = arena_array(&g->arena, nproviders, sizeof *g->providers);
	g->regions = arena_array(&g->arena, nregions, sizeof *g->regions);
	g->areas = arena_array(&g->arena, nareas, sizeof *g->areas);

	for (i = 0; i < g->nfiles; i++) {
		const struct yt_node *root = roots[i], *v;

		if (root == NULL)
			continue;
		check_keys(&l, root, top_keys);
		if ((v = yt_map_get(root, "settings")) != NULL)
			load_settings(&l, v);
		if ((v = yt_map_get(root, "sources")) != NULL && is_list(&l, v, "sources"))
			for (j = 0; j < v->u.seq.count; j++)
				load_source(&l, v->u.seq.items[j]);
		if ((v = yt_map_get(root, "screens")) != NULL && is_list(&l, v, "screens"))
			for (j = 0; j < v->u.seq.count; j++)
				load_screen(&l, v->u.seq.items[j]);
		if ((v = yt_map_get(root, "providers")) != NULL && is_list(&l, v, "providers"))
			for (j = 0; j < v->u.seq.count; j++)
				load_provider(&l, v->u.seq.items[j]);
		if ((v = yt_map_get(root, "regions")) != NULL && is_list(&l, v, "regions"))
			for (j = 0; j < v->u.seq.count; j++)
				load_region(&l, v->u.seq.items[j]);
	}
	if (all_read && l.settings == NULL) {
		struct srcpos dpos = { dir, 0, 0 };

		diags_add(d, DIAG_ERROR, &dpos,
			  _("Add 'settings:' with 'start:' (the first screen's id) to one file."),
			  _("no content file has 'settings'"));
	}
	/* A file that could not be read may define the ids others name, so
	   "no such id" would only add noise then. */
	resolve(&l, all_read);
	resolve_marks_regions(&l);
	settle_area_services(&l);
	sort_areas(g);
	free(roots);
	free(l.fixups);
	arena_free(&l.scratch);

	/* The whole-guide rules tolerate unresolved references, so one run
	   reports them alongside schema errors; after a file failed to read
	   they would only report what that file would have supplied. */
	if (all_read) {
		int clean = d->errors == errors_before;

		check_guide(g, d);
		/* Journey codes need every id resolved: two screens or areas
		   with one code would open the wrong page. */
		if (clean)
			jcode_index(g, d);
	}
	if (d->errors != errors_before) {
		guide_free(g);
		return NULL;
	}
	return g;
}

void
guide_free(struct guide *g)
{
	if (g == NULL)
		return;
	/* A guide in an image, or being built into one, goes with it. */
	if (g->arena.region != NULL || image_owns(g)) {
		image_close(g);
		return;
	}
	arena_free(&g->arena);
	free(g);
}

const struct screen *
guide_find_screen(const struct guide *g, const char *id)
{
	size_t i;

	for (i = 0; i < g->nscreens; i++)
		if (strcmp(g->screens[i].id, id) == 0)
			return &g->screens[i];
	return NULL;
}

const struct area *
guide_find_area(const struct guide *g, const char *id)
{
	size_t i;

	for (i = 0; i < g->nareas; i++)
		if (strcmp(g->areas[i].id, id) == 0)
			return &g->areas[i];
	return NULL;
}

size_t
guide_area_providers(const struct area *a, unsigned services,
		     const struct area_provider **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < a->nproviders && n < max; i++)
		if (a->providers[i].services & services)
			out[n++] = &a->providers[i];
	return n;
}

bool
guide_area_has_sourced(const struct area *a, unsigned services)
{
	size_t i;

	for (i = 0; i < a->nproviders; i++) {
		const struct area_provider *ap = &a->providers[i];
		const struct provider *p = ap->provider;

		if ((ap->services & services) && ap->source != NULL && p != NULL
		    && p->nphones + p->nemails + p->nwebs > 0)
			return true;
	}
	return false;
}
