/* yamltree.c: bounded YAML reader over libyaml's event API, with positions. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unistr.h>
#include <yaml.h>

#include "lang.h"
#include "textsafe.h"
#include "yamltree.h"

/*
 * Every limit is enforced as events arrive, so a hostile file stops the
 * parse at the first event past a limit instead of after libyaml has done
 * all its work. Children of open collections wait on one shared stack and
 * are copied into an arena array when their collection ends: no malloc per
 * node, and nothing to free on an error path but the stack itself.
 */

struct frame {
	struct yt_node *node;
	size_t first_child;     /* index into the child stack */
};

struct reader {
	const char *file;
	struct arena *arena;
	struct diags *d;
	struct frame frames[YT_MAX_DEPTH + 1];
	size_t depth;
	struct yt_node **children;
	size_t nchildren, capchildren;
	size_t nodes;
	int failed;
	/* The source, and the start of a line, for placing a bad character. */
	const unsigned char *buf;
	size_t len;
	size_t line, line_off;
};

static struct srcpos
mark_pos(const char *file, yaml_mark_t m)
{
	struct srcpos p = { file, (unsigned)m.line + 1, (unsigned)m.column + 1 };

	return p;
}

static void
push_child(struct reader *r, struct yt_node *n)
{
	if (r->nchildren == r->capchildren) {
		r->capchildren = r->capchildren ? r->capchildren * 2 : 64;
		r->children = xreallocarray(r->children, r->capchildren, sizeof *r->children);
	}
	r->children[r->nchildren++] = n;
}

static const char *
bad_text_hint(const char *what)
{
	unsigned long c;

	if (strcmp(what, "U+0009") == 0)
		return _("Replace the tab with spaces.");
	if (strncmp(what, "0x", 2) == 0)
		return _("Save the file as UTF-8 and retype the character.");
	c = strtoul(what + 2, NULL, 16);
	if (textsafe_invisible((uint32_t)c))
		return _("Remove the invisible character: a reader cannot see it, yet it "
			 "splits a word so a search misses it.");
	if (textsafe_direction((uint32_t)c))
		return _("Remove the direction control character: text direction comes from the "
			 "letters themselves.");
	return _("Remove the character (check double-quoted escapes such as \"\\e\", \"\\a\", "
		 "\"\\x9b\", \"\\N\" and \"\\0\"); content text is plain text.");
}

/* A new node from a start event; NULL (after an error) when a limit is hit. */
static struct yt_node *
new_node(struct reader *r, enum yt_kind kind, yaml_mark_t start)
{
	struct yt_node *n;

	if (++r->nodes > YT_MAX_NODES) {
		struct srcpos p = mark_pos(r->file, start);

		diags_add(r->d, DIAG_ERROR, &p, _("Split the content into smaller files."),
			  _("the file has more than %u values"), YT_MAX_NODES);
		return NULL;
	}
	n = arena_alloc(r->arena, sizeof *n);
	n->kind = kind;
	n->pos = mark_pos(r->file, start);
	return n;
}

/* Refuse what content never needs; returns 0 when the event may be used. */
static int
refuse_anchor_tag(struct reader *r, yaml_mark_t start, const yaml_char_t *anchor,
		  const yaml_char_t *tag)
{
	struct srcpos p = mark_pos(r->file, start);

	if (anchor != NULL) {
		diags_add(r->d, DIAG_ERROR, &p,
			  _("Remove the anchor and write the value out in full."),
			  _("anchors (&%s) are not allowed in content"), (const char *)anchor);
		return -1;
	}
	if (tag != NULL) {
		diags_add(r->d, DIAG_ERROR, &p,
			  _("Remove the tag; quote the value if it must be read as text."),
			  _("tags (%s) are not allowed in content"), (const char *)tag);
		return -1;
	}
	return 0;
}

static int
compare_keys(const void *pa, const void *pb)
{
	const struct yt_node *a = *(struct yt_node *const *)pa, *b = *(struct yt_node *const *)pb;
	size_t n = a->u.scalar.len < b->u.scalar.len ? a->u.scalar.len : b->u.scalar.len;
	int c = memcmp(a->u.scalar.value, b->u.scalar.value, n);

	if (c != 0)
		return c;
	if (a->u.scalar.len != b->u.scalar.len)
		return a->u.scalar.len < b->u.scalar.len ? -1 : 1;
	/* Equal keys sort in file order so the first is named as the original. */
	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	return a->pos.col < b->pos.col ? -1 : a->pos.col > b->pos.col;
}

static int
same_key(const struct yt_node *a, const struct yt_node *b)
{
	return a->u.scalar.len == b->u.scalar.len
		&& memcmp(a->u.scalar.value, b->u.scalar.value, a->u.scalar.len) == 0;
}

static void
report_duplicate(struct reader *r, const struct yt_node *first, const struct yt_node *again)
{
	diags_add(r->d, DIAG_ERROR, &again->pos, _("Remove one of them or merge their values."),
		  _("the key '%s' is given twice in this mapping (first at line %u)"),
		  again->u.scalar.value, first->pos.line);
	r->failed = 1;
}

/* libyaml keeps the last of two equal keys without a word; content must not. */
static void
check_duplicate_keys(struct reader *r, const struct yt_node *map)
{
	size_t n = map->u.map.count, i, j;

	if (n <= 16) {
		for (i = 1; i < n; i++)
			for (j = 0; j < i; j++)
				if (same_key(map->u.map.keys[j], map->u.map.keys[i])) {
					report_duplicate(r, map->u.map.keys[j], map->u.map.keys[i]);
					break;
				}
		return;
	}
	{
		struct yt_node **sorted = xreallocarray(NULL, n, sizeof *sorted);

		memcpy(sorted, map->u.map.keys, n * sizeof *sorted);
		qsort(sorted, n, sizeof *sorted, compare_keys);
		for (i = 1; i < n; i++) {
			size_t first = i - 1;

			while (i < n && same_key(sorted[first], sorted[i])) {
				report_duplicate(r, sorted[first], sorted[i]);
				i++;
			}
		}
		free(sorted);
	}
}

/* Close the innermost collection: its children move from the stack into the arena. */
static struct yt_node *
close_collection(struct reader *r)
{
	struct frame *f = &r->frames[--r->depth];
	struct yt_node *n = f->node;
	size_t count = r->nchildren - f->first_child;
	struct yt_node **kids = r->children + f->first_child;

	if (n->kind == YT_SEQUENCE) {
		n->u.seq.items = arena_array(r->arena, count, sizeof *kids);
		memcpy(n->u.seq.items, kids, count * sizeof *kids);
		n->u.seq.count = count;
	} else {
		size_t i, pairs = count / 2;

		n->u.map.keys = arena_array(r->arena, pairs, sizeof *kids);
		n->u.map.values = arena_array(r->arena, pairs, sizeof *kids);
		for (i = 0; i < pairs; i++) {
			n->u.map.keys[i] = kids[2 * i];
			n->u.map.values[i] = kids[2 * i + 1];
		}
		n->u.map.count = pairs;
		check_duplicate_keys(r, n);
	}
	r->nchildren = f->first_child;
	return n;
}

/* True when the next node is a mapping key (an even child of a mapping). */
static int
expecting_key(const struct reader *r)
{
	const struct frame *f;

	if (r->depth == 0)
		return 0;
	f = &r->frames[r->depth - 1];
	return f->node->kind == YT_MAPPING && (r->nchildren - f->first_child) % 2 == 0;
}

/* The column of the bad character at value offset off, when the scalar
   stands in the file exactly as its value (one line, no escapes): libyaml
   marks count characters, not bytes, so the source is walked to compare.
   Scalars arrive in file order, so the line cursor only moves forward. */
static int
literal_col(struct reader *r, const yaml_event_t *ev, size_t off, unsigned *col)
{
	const yaml_mark_t *start = &ev->start_mark;
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length, quote, at, i;

	if (start->line != ev->end_mark.line)
		return 0;
	switch (ev->data.scalar.style) {
	case YAML_PLAIN_SCALAR_STYLE: quote = 0; break;
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE: quote = 1; break;
	default: return 0;
	}
	while (r->line < start->line) {
		const unsigned char *nl = memchr(r->buf + r->line_off, '\n', r->len - r->line_off);

		if (nl == NULL)
			return 0;
		r->line_off = (size_t)(nl - r->buf) + 1;
		r->line++;
	}
	if (r->line != start->line)
		return 0;
	at = r->line_off;
	for (i = 0; i < start->column + quote; i++) {
		unsigned char b;

		if (at >= r->len)
			return 0;
		b = r->buf[at];
		at += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
	}
	if (at > r->len || r->len - at < len || memcmp(r->buf + at, v, len) != 0)
		return 0;
	*col = (unsigned)(start->column + 1 + quote + u8_mbsnlen((const uint8_t *)v, off));
	return 1;
}

static int
add_scalar(struct reader *r, const yaml_event_t *ev)
{
	struct yt_node *n;
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	struct srcpos p = mark_pos(r->file, ev->start_mark);
	char what[16];
	size_t bad;

	/* Plain scalars carry an implicit tag of NULL; any tag written is refused. */
	if (refuse_anchor_tag(r, ev->start_mark, ev->data.scalar.anchor, ev->data.scalar.tag))
		return -1;
	if (len > YT_MAX_SCALAR) {
		diags_add(r->d, DIAG_ERROR, &p, _("Split the text into shorter strings."),
			  _("this text is %zu bytes long; the most allowed is %u"),
			  len, YT_MAX_SCALAR);
		return -1;
	}
	if (expecting_key(r) && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE
	    && len == 2 && memcmp(v, "<<", 2) == 0) {
		diags_add(r->d, DIAG_ERROR, &p, _("Write the keys out in full."),
			  _("merge keys (<<) are not allowed in content"));
		return -1;
	}
	if ((bad = textsafe_find(v, len, what)) != 0) {
		if (strncmp(what, "0x", 2) == 0)
			diags_add(r->d, DIAG_ERROR, &p, bad_text_hint(what),
				  _("this text is not valid UTF-8 (byte %s)"), what);
		else if (textsafe_invisible((uint32_t)strtoul(what + 2, NULL, 16))) {
			if (literal_col(r, ev, bad - 1, &p.col))
				diags_add(r->d, DIAG_ERROR, &p, bad_text_hint(what),
					  _("the invisible character %s is not allowed in content text"),
					  what);
			else
				diags_add(r->d, DIAG_ERROR, &p, bad_text_hint(what),
					  _("this text contains the invisible character %s (character "
					    "%zu of the text)"), what,
					  u8_mbsnlen((const uint8_t *)v, bad - 1) + 1);
		} else if (literal_col(r, ev, bad - 1, &p.col))
			diags_add(r->d, DIAG_ERROR, &p, bad_text_hint(what),
				  _("the control character %s is not allowed in content text"), what);
		else
			diags_add(r->d, DIAG_ERROR, &p, bad_text_hint(what),
				  _("this text contains the control character %s (character %zu of "
				    "the text)"), what, u8_mbsnlen((const uint8_t *)v, bad - 1) + 1);
		r->failed = 1;
	}
	if ((n = new_node(r, YT_SCALAR, ev->start_mark)) == NULL)
		return -1;
	n->u.scalar.value = arena_strndup(r->arena, v, len);
	n->u.scalar.len = len;
	n->u.scalar.plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	push_child(r, n);
	return 0;
}

static int
open_collection(struct reader *r, const yaml_event_t *ev, enum yt_kind kind)
{
	struct srcpos p = mark_pos(r->file, ev->start_mark);
	const yaml_char_t *anchor = kind == YT_SEQUENCE ? ev->data.sequence_start.anchor
		: ev->data.mapping_start.anchor;
	const yaml_char_t *tag = kind == YT_SEQUENCE ? ev->data.sequence_start.tag
		: ev->data.mapping_start.tag;
	struct yt_node *n;

	if (refuse_anchor_tag(r, ev->start_mark, anchor, tag))
		return -1;
	if (expecting_key(r)) {
		diags_add(r->d, DIAG_ERROR, &p, _("Use a plain word as the key."),
			  _("a mapping key must be text, not a list or mapping"));
		return -1;
	}
	if (r->depth >= YT_MAX_DEPTH) {
		diags_add(r->d, DIAG_ERROR, &p,
			  _("Content needs only a few levels; check the indentation and brackets."),
			  _("lists and mappings are nested more than %d deep"), YT_MAX_DEPTH);
		return -1;
	}
	if ((n = new_node(r, kind, ev->start_mark)) == NULL)
		return -1;
	push_child(r, n);
	r->frames[r->depth].node = n;
	r->frames[r->depth].first_child = r->nchildren;
	r->depth++;
	return 0;
}

/* Line and column (in characters) of a byte offset, for errors found before parsing. */
static struct srcpos
offset_pos(const char *file, const unsigned char *buf, size_t off)
{
	struct srcpos p = { file, 1, 1 };
	size_t i;

	for (i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			p.line++;
			p.col = 1;
		} else if ((buf[i] & 0xC0) != 0x80)
			p.col++;
	}
	return p;
}

/* Refuse what is not text before libyaml sees it, with a message a person can act on. */
static int
check_bytes(const char *file, const unsigned char *buf, size_t len, struct diags *d)
{
	const unsigned char *nul = memchr(buf, '\0', len);
	const uint8_t *bad = u8_check(buf, len);

	if (nul != NULL && (bad == NULL || (const uint8_t *)nul < bad)) {
		struct srcpos p = offset_pos(file, buf, (size_t)(nul - buf));

		diags_add(d, DIAG_ERROR, &p, _("Content files are UTF-8 text; check this is the right file."),
			  _("this is not a text file (it contains a NUL byte)"));
		return -1;
	}
	if (bad != NULL) {
		struct srcpos p = offset_pos(file, buf, (size_t)(bad - buf));

		diags_add(d, DIAG_ERROR, &p, _("Save the file as UTF-8 (and check it is a text file)."),
			  _("the file is not valid UTF-8 (byte 0x%02X)"), (unsigned)*bad);
		return -1;
	}
	return 0;
}

struct yt_node *
yt_read_buffer(const char *file, const unsigned char *buf, size_t len,
	       struct arena *arena, struct diags *d)
{
	struct reader r;
	yaml_parser_t parser;
	yaml_event_t ev;
	struct yt_node *root = NULL;
	int documents = 0, done = 0, ok = 1;
	struct srcpos fpos = { file, 0, 0 };

	if (len > YT_MAX_FILE) {
		diags_add(d, DIAG_ERROR, &fpos, _("Split the content into several files."),
			  _("the file is larger than %u bytes"), YT_MAX_FILE);
		return NULL;
	}
	if (check_bytes(file, buf, len, d) != 0)
		return NULL;
	memset(&r, 0, sizeof r);
	r.file = file;
	r.buf = buf;
	r.len = len;
	/* libyaml skips a byte order mark without counting it in columns. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		r.line_off = 3;
	r.arena = arena;
	r.d = d;
	if (!yaml_parser_initialize(&parser))
		fatal("out of memory");
	yaml_parser_set_input_string(&parser, buf, len);
	/* No yaml_parser_set_encoding: check_bytes has already refused UTF-16
	   (its BOM is not UTF-8), and libyaml's own detection skips a UTF-8 BOM
	   without counting it as a column, as editors show it. */

	while (!done && ok) {
		if (!yaml_parser_parse(&parser, &ev)) {
			struct srcpos p = mark_pos(file, parser.problem_mark);

			if (parser.error == YAML_MEMORY_ERROR)
				fatal("out of memory");
			/* The reader (bytes to characters) gives an offset, not a mark. */
			if (parser.error == YAML_READER_ERROR) {
				p = offset_pos(file, buf, parser.problem_offset);
				diags_add(d, DIAG_ERROR, &p,
					  _("Remove the control character: content files are plain text."),
					  _("YAML syntax error: %s"),
					  parser.problem ? parser.problem : "?");
				ok = 0;
				break;
			}
			/* libyaml's own words are English; the hint is ours. */
			diags_add(d, DIAG_ERROR, &p,
				  _("Check the indentation, colons, dashes and quotes here."),
				  _("YAML syntax error: %s%s%s"),
				  parser.problem ? parser.problem : "?",
				  parser.context ? " " : "", parser.context ? parser.context : "");
			ok = 0;
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++documents > 1) {
				struct srcpos p = mark_pos(file, ev.start_mark);

				diags_add(d, DIAG_ERROR, &p,
					  _("Remove the '---' line: each file holds one document."),
					  _("the file holds more than one YAML document"));
				ok = 0;
			}
			break;
		case YAML_ALIAS_EVENT: {
			struct srcpos p = mark_pos(file, ev.start_mark);

			diags_add(d, DIAG_ERROR, &p, _("Write the value out in full instead of referring to it."),
				  _("aliases (*%s) are not allowed in content"),
				  (const char *)ev.data.alias.anchor);
			ok = 0;
			break;
		}
		case YAML_SCALAR_EVENT:
			if (add_scalar(&r, &ev) != 0)
				ok = 0;
			break;
		case YAML_SEQUENCE_START_EVENT:
			if (open_collection(&r, &ev, YT_SEQUENCE) != 0)
				ok = 0;
			break;
		case YAML_MAPPING_START_EVENT:
			if (open_collection(&r, &ev, YT_MAPPING) != 0)
				ok = 0;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			close_collection(&r);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);

	if (ok && r.nchildren == 1)
		root = r.children[0];
	if (ok && (root == NULL || (root->kind == YT_SCALAR && root->u.scalar.len == 0
				    && root->u.scalar.plain))) {
		diags_add(d, DIAG_ERROR, &fpos, _("Write the content as a YAML mapping, or remove the file."),
			  _("the file is empty"));
		ok = 0;
	}
	free(r.children);
	return ok && !r.failed ? root : NULL;
}

struct yt_node *
yt_read_file(const char *file, struct arena *arena, struct diags *d)
{
	struct srcpos fpos = { file, 0, 0 };
	struct stat st;
	unsigned char *buf;
	size_t len = 0, cap;
	struct yt_node *root;
	/* O_NONBLOCK: a FIFO named *.yaml must not hang the program in open(). */
	int fd = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0) {
		diags_add(d, DIAG_ERROR, &fpos, _("Check the file exists and can be read."),
			  _("cannot open: %s"), strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0) {
		diags_add(d, DIAG_ERROR, &fpos, _("Check the file exists and can be read."),
			  _("cannot read: %s"), strerror(errno));
		close(fd);
		return NULL;
	}
	/* Devices, FIFOs and folders are never content (and /dev/zero never ends). */
	if (!S_ISREG(st.st_mode)) {
		diags_add(d, DIAG_ERROR, &fpos, _("Content files are ordinary files; remove this one."),
			  _("this is not an ordinary file"));
		close(fd);
		return NULL;
	}
	/* Refuse a huge file before reading it; the bounded read below also
	   catches a file that grows while it is read. */
	if ((uintmax_t)st.st_size > YT_MAX_FILE) {
		diags_add(d, DIAG_ERROR, &fpos, _("Split the content into several files."),
			  _("the file is larger than %u bytes"), YT_MAX_FILE);
		close(fd);
		return NULL;
	}
	/* One byte more than the size lets a file that grew be noticed. */
	cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	while (len < YT_MAX_FILE + 1) {
		ssize_t n;

		if (len == cap) {
			cap = cap * 2 > YT_MAX_FILE + 1 ? YT_MAX_FILE + 1 : cap * 2;
			buf = xreallocarray(buf, cap, 1);
		}
		n = read(fd, buf + len, cap - len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			diags_add(d, DIAG_ERROR, &fpos, _("Check the file exists and can be read."),
				  _("cannot read: %s"), strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	root = yt_read_buffer(file, buf, len, arena, d);
	free(buf);
	return root;
}

struct yt_node *
yt_map_get(const struct yt_node *map, const char *key)
{
	size_t i, klen = strlen(key);

	if (map == NULL || map->kind != YT_MAPPING)
		return NULL;
	for (i = 0; i < map->u.map.count; i++) {
		const struct yt_node *k = map->u.map.keys[i];

		if (k->u.scalar.len == klen && memcmp(k->u.scalar.value, key, klen) == 0)
			return map->u.map.values[i];
	}
	return NULL;
}
