/* unit_yamltree.c: the bounded YAML reader: trees, positions, limits and unsafe text. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "report.h"
#include "textsafe.h"
#include "yamltree.h"

/* Read a NUL-terminated document; the diagnostics stay in *d for the caller. */
static struct yt_node *
parse(const char *text, struct arena *a, struct diags *d)
{
	diags_init(d);
	return yt_read_buffer("t.yaml", (const unsigned char *)text, strlen(text), a, d);
}

/* The first diagnostic's line, column and whether its message holds want. */
static void
expect_error(const char *text, unsigned line, unsigned col, const char *want)
{
	struct arena a = { 0 };
	struct diags d;
	struct yt_node *root = parse(text, &a, &d);

	CHECK(root == NULL);
	CHECK(d.errors >= 1);
	if (d.count > 0) {
		CHECK_INT(d.items[0].line, line);
		CHECK_INT(d.items[0].col, col);
		if (strstr(d.items[0].message, want) == NULL) {
			fprintf(stderr, "message \"%s\" lacks \"%s\"\n", d.items[0].message, want);
			CHECK(0);
		}
		CHECK(d.items[0].hint != NULL);
		if (d.items[0].line != line || d.items[0].col != col)
			diags_print(&d, stderr);
	}
	diags_free(&d);
	arena_free(&a);
}

static void
test_tree_and_positions(void)
{
	struct arena a = { 0 };
	struct diags d;
	struct yt_node *root = parse("# comment\ntitle: Hello\nlist:\n  - one\n  - 'two'\n"
				     "map: {k: v}\nblock: |\n  line one\n  line two\n", &a, &d);
	struct yt_node *n;

	CHECK(root != NULL);
	CHECK_INT(d.count, 0);
	if (root == NULL)
		goto out;
	CHECK_INT(root->kind, YT_MAPPING);
	CHECK_INT(root->u.map.count, 4);
	CHECK_INT(root->pos.line, 2);
	CHECK_INT(root->pos.col, 1);
	n = yt_map_get(root, "title");
	CHECK(n != NULL && n->kind == YT_SCALAR);
	if (n != NULL) {
		CHECK_STR(n->u.scalar.value, "Hello");
		CHECK_INT(n->pos.line, 2);
		CHECK_INT(n->pos.col, 8);
		CHECK_INT(n->u.scalar.plain, 1);
	}
	n = yt_map_get(root, "list");
	CHECK(n != NULL && n->kind == YT_SEQUENCE && n->u.seq.count == 2);
	if (n != NULL && n->kind == YT_SEQUENCE && n->u.seq.count == 2) {
		CHECK_STR(n->u.seq.items[1]->u.scalar.value, "two");
		CHECK_INT(n->u.seq.items[1]->u.scalar.plain, 0);
		CHECK_INT(n->u.seq.items[1]->pos.line, 5);
		CHECK_INT(n->u.seq.items[1]->pos.col, 5);
	}
	n = yt_map_get(root, "map");
	CHECK(n != NULL && n->kind == YT_MAPPING);
	CHECK(n != NULL && yt_map_get(n, "k") != NULL);
	CHECK(yt_map_get(n, "missing") == NULL);
	n = yt_map_get(root, "block");
	CHECK(n != NULL && n->kind == YT_SCALAR);
	if (n != NULL)
		CHECK_STR(n->u.scalar.value, "line one\nline two\n");
	/* Non-ASCII before a value counts as one column per character. */
	diags_free(&d);
	root = parse("t: \xc3\xa9t\xc3\xa9\nu: [\xc3\xa9, x]\n", &a, &d);
	n = yt_map_get(root, "u");
	CHECK(n != NULL && n->kind == YT_SEQUENCE);
	if (n != NULL && n->kind == YT_SEQUENCE)
		CHECK_INT(n->u.seq.items[1]->pos.col, 8);
out:
	diags_free(&d);
	arena_free(&a);
}

static void
test_bad_text(void)
{
	static const struct {
		const char *yaml, *what;
		unsigned col;
	} cases[] = {
		{ "a: \"\\e[31m\"\n", "U+001B", 4 },
		{ "a: \"\\a\"\n", "U+0007", 4 },
		{ "a: \"\\x9b\"\n", "U+009B", 4 },
		{ "a: \"x\\u202Ey\"\n", "U+202E", 4 },
		{ "a: \"\\u2066\"\n", "U+2066", 4 },
		{ "a: \"\\u200F\"\n", "U+200F", 4 },
		{ "a: \"\\N\"\n", "U+0085", 4 },
		{ "a: \"\\L\"\n", "U+2028", 4 },
		{ "a: \"x\\0y\"\n", "U+0000", 4 },
		{ "a: \"\\t\"\n", "U+0009", 4 },
		{ "a: \"\\x7f\"\n", "U+007F", 4 },
		{ "a: \"\\r\"\n", "U+000D", 4 },
		{ "a: \"in\\uFEFFside\"\n", "U+FEFF", 4 },
		{ "  - ok\n  - \"\\e\"\n", "U+001B", 5 },
	};
	char what[16];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_error(cases[i].yaml, cases[i].yaml[0] == ' ' ? 2 : 1, cases[i].col, cases[i].what);
	/* The whole scalar is checked even past an embedded NUL. */
	CHECK_INT(textsafe_find("ab\0\x1b", 4, what), 3);
	CHECK_STR(what, "U+0000");
	CHECK_INT(textsafe_find("caf\xc3\xa9 \xe2\x80\x94 ok\nnext", 16, what), 0);
	CHECK_INT(textsafe_find("ab\xe2\x80\xae", 5, what), 3);
	CHECK_STR(what, "U+202E");
	CHECK_INT(textsafe_find("ab\xff", 3, what), 3);
	CHECK_STR(what, "0xFF");
	/* An overlong encoding of '/' and a lone surrogate are not UTF-8. */
	CHECK_INT(textsafe_find("\xc0\xaf", 2, what), 1);
	CHECK_INT(textsafe_find("\xed\xa0\x80", 3, what), 1);
	CHECK_INT(textsafe_find("\xd8\x9c", 2, what), 1);
	CHECK_STR(what, "U+061C");
	/* Written out literally, the bad character is placed exactly. */
	expect_error("b: ok\xe2\x80\xaeok\n", 1, 6, "U+202E is not allowed");
	expect_error("x: 1\nc: \xc3\xa9\xc3\xa9 \xe2\x80\x8f x\n", 2, 7, "U+200F is not allowed");
	expect_error("d: '\xe2\x81\xa6'\n", 1, 5, "U+2066 is not allowed");
	expect_error("\xef\xbb\xbf- \"\xe2\x80\xad\"\n", 1, 4, "U+202D is not allowed");
	/* Escapes do not map to columns: the scalar is named, with the character's place in it. */
	expect_error("a: \"x\\u202Ey\"\n", 1, 4, "U+202E (character 2 of the text)");
	/* Keys are text too. */
	expect_error("\"\\e\": x\n", 1, 1, "U+001B");
}

static void
test_refused_structures(void)
{
	expect_error("a: &x 1\nb: *x\n", 1, 4, "&x");
	expect_error("b: *x\n", 1, 4, "*x");
	expect_error("&r {child: *r}\n", 1, 1, "&r");
	expect_error("a: !!str 1\n", 1, 4, "tag");
	expect_error("a: !custom [1]\n", 1, 4, "tag");
	expect_error("a: 1\n---\nb: 2\n", 2, 1, "more than one");
	expect_error("a: 1\na: 2\n", 2, 1, "'a' is given twice");
	expect_error("? [a]\n: b\n", 1, 3, "key must be text");
	expect_error("<<: {a: 1}\n", 1, 1, "<<");
	expect_error("a: [1, 2\n", 2, 1, "YAML syntax error");
	expect_error("a: b\n  c: d\n", 2, 4, "YAML syntax error");
	expect_error("a: \xff\n", 1, 4, "not valid UTF-8");
	expect_error("a: b\nc: \x01\n", 2, 4, "YAML syntax error");
	{
		/* A NUL byte in the file itself means binary, not text. */
		struct arena a = { 0 };
		struct diags d;

		diags_init(&d);
		CHECK(yt_read_buffer("t.yaml", (const unsigned char *)"a: b\n\0c", 7, &a, &d) == NULL);
		CHECK_INT(d.errors, 1);
		CHECK(d.count == 1 && strstr(d.items[0].message, "NUL") != NULL);
		CHECK(d.count == 1 && d.items[0].line == 2 && d.items[0].col == 1);
		diags_free(&d);
		arena_free(&a);
	}
}

static void
test_empty(void)
{
	static const char *const empties[] = { "", "# nothing\n", "---\n", "\n\n  \n", "--- \n...\n" };
	size_t i;

	for (i = 0; i < sizeof empties / sizeof empties[0]; i++) {
		struct arena a = { 0 };
		struct diags d;

		CHECK(parse(empties[i], &a, &d) == NULL);
		CHECK_INT(d.errors, 1);
		CHECK(d.count == 1 && strstr(d.items[0].message, "empty") != NULL);
		diags_free(&d);
		arena_free(&a);
	}
}

/* Each limit holds at its value and fails one past it. */
static void
test_limits(void)
{
	struct arena a = { 0 };
	struct diags d;
	char *buf = xmalloc(YT_MAX_FILE + 2);
	size_t i, n;

	/* Depth: YT_MAX_DEPTH flow sequences are fine, one more is refused at once. */
	memset(buf, '[', YT_MAX_DEPTH);
	memset(buf + YT_MAX_DEPTH, ']', YT_MAX_DEPTH);
	buf[2 * YT_MAX_DEPTH] = '\0';
	CHECK(parse(buf, &a, &d) != NULL);
	diags_free(&d);
	memset(buf, '[', 100000);
	buf[100000] = '\0';
	CHECK(parse(buf, &a, &d) == NULL);
	CHECK_INT(d.errors, 1);
	CHECK(d.count == 1 && d.items[0].line == 1 && d.items[0].col == YT_MAX_DEPTH + 1);
	CHECK(d.count == 1 && strstr(d.items[0].message, "nested") != NULL);
	diags_free(&d);

	/* Scalar length. */
	memcpy(buf, "a: ", 3);
	memset(buf + 3, 'x', YT_MAX_SCALAR);
	buf[3 + YT_MAX_SCALAR] = '\0';
	CHECK(parse(buf, &a, &d) != NULL);
	diags_free(&d);
	memset(buf + 3, 'x', YT_MAX_SCALAR + 1);
	buf[4 + YT_MAX_SCALAR] = '\0';
	CHECK(parse(buf, &a, &d) == NULL);
	CHECK(d.count == 1 && strstr(d.items[0].message, "bytes long") != NULL);
	diags_free(&d);

	/* File size: checked before parsing, so content does not matter. */
	memset(buf, '#', YT_MAX_FILE + 1);
	diags_init(&d);
	CHECK(yt_read_buffer("t.yaml", (unsigned char *)buf, YT_MAX_FILE + 1, &a, &d) == NULL);
	CHECK(d.count == 1 && strstr(d.items[0].message, "larger than") != NULL);
	CHECK(d.count == 1 && d.items[0].line == 0);
	diags_free(&d);

	/* Node count: a flat list of YT_MAX_NODES single-digit items. */
	for (i = 0, n = 0; i < YT_MAX_NODES; i++) {
		memcpy(buf + n, "- 1\n", 4);
		n += 4;
	}
	buf[n] = '\0';
	CHECK(parse(buf, &a, &d) == NULL);
	CHECK(d.count == 1 && strstr(d.items[0].message, "values") != NULL);
	diags_free(&d);

	/* Duplicate keys in a large mapping take the sorting path. */
	for (i = 0, n = 0; i < 1000; i++)
		n += (size_t)sprintf(buf + n, "k%zu: v\n", i);
	n += (size_t)sprintf(buf + n, "k17: again\n");
	CHECK(parse(buf, &a, &d) == NULL);
	CHECK_INT(d.errors, 1);
	CHECK(d.count == 1 && d.items[0].line == 1001 && d.items[0].col == 1);
	CHECK(d.count == 1 && strstr(d.items[0].message, "first at line 18") != NULL);
	diags_free(&d);
	free(buf);
	arena_free(&a);
}

/* Several bad strings in one file are all reported, not just the first. */
static void
test_collects_errors(void)
{
	struct arena a = { 0 };
	struct diags d;

	CHECK(parse("a: \"\\e\"\nb: ok\nc: \"\\a\"\nc: dup\n", &a, &d) == NULL);
	CHECK_INT(d.errors, 3);
	diags_free(&d);
	arena_free(&a);
}

static void
test_read_file(void)
{
	struct arena a = { 0 };
	struct diags d;
	char path[] = "/tmp/unit_yamltree.XXXXXX";
	int fd = mkstemp(path);
	struct yt_node *root;

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, "key: value\n", 11) == 11);
	close(fd);
	diags_init(&d);
	root = yt_read_file(path, &a, &d);
	CHECK(root != NULL && root->pos.file == path);
	CHECK(root != NULL && yt_map_get(root, "key") != NULL);
	diags_free(&d);
	unlink(path);
	diags_init(&d);
	CHECK(yt_read_file(path, &a, &d) == NULL);
	CHECK(d.count == 1 && strstr(d.items[0].message, "cannot open") != NULL);
	diags_free(&d);
	diags_init(&d);
	CHECK(yt_read_file("/tmp", &a, &d) == NULL);
	CHECK_INT(d.errors, 1);
	diags_free(&d);
	arena_free(&a);
}

int
main(void)
{
	UNIT_CASE(test_tree_and_positions);
	UNIT_CASE(test_bad_text);
	UNIT_CASE(test_refused_structures);
	UNIT_CASE(test_empty);
	UNIT_CASE(test_limits);
	UNIT_CASE(test_collects_errors);
	UNIT_CASE(test_read_file);
	UNIT_DONE();
}
