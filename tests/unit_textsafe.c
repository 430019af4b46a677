/* unit_textsafe.c: the one character rule: what it refuses, where it says, what it writes instead. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "textsafe.h"
#include "unit.h"

static void
test_refused(void)
{
	static const uint32_t bad[] = { 0x00, 0x07, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9B,
		0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
		0x2028, 0x2029, 0xFEFF,
		/* The invisible characters (a joiner only outside an emoji sequence). */
		0x00AD, 0x034F, 0x180E, 0x200B, 0x200D, 0xE0000, 0xE0001, 0xE0041, 0xE007F };
	static const uint32_t good[] = { ' ', 'a', '~', 0xA0, 0xE9, 0x05D0, 0x0627, 0x200C,
		0x2060, 0x206A, 0x4E2D, 0x1F600, 0xE0080, 0xDFFFF };
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(textsafe_refused(bad[i]));
	for (i = 0; i < sizeof good / sizeof good[0]; i++)
		CHECK(!textsafe_refused(good[i]));
	CHECK(textsafe_direction(0x200F));
	CHECK(textsafe_direction(0x2069));
	CHECK(!textsafe_direction(0x1B));
	CHECK(!textsafe_direction(0x2028));
	CHECK(textsafe_invisible(0x00AD));
	CHECK(textsafe_invisible(0xE007F));
	CHECK(!textsafe_invisible(0x200E));
	CHECK(!textsafe_invisible(0xE0080));
}

/* Each invisible character hidden in a word is found, named and dropped;
   a joiner between two pictographs (an emoji ZWJ sequence) is kept. */
static void
test_invisible(void)
{
	static const struct {
		const char *s, *name;
	} cases[] = {
		{ "Sur\xc2\xadrey", "U+00AD" },
		{ "Sur\xcd\x8frey", "U+034F" },
		{ "Sur\xe1\xa0\x8erey", "U+180E" },
		{ "Sur\xe2\x80\x8brey", "U+200B" },
		{ "Sur\xe2\x80\x8drey", "U+200D" },
		{ "Sur\xf3\xa0\x80\x81rey", "U+E0001" },
		{ "Sur\xf3\xa0\x81\xbfrey", "U+E007F" },
		/* A joiner after a pictograph but before a letter. */
		{ "Sur\xf0\x9f\x98\x80\xe2\x80\x8drey", "U+200D" },
		/* A joiner at the very end. */
		{ "Surrey\xf0\x9f\x98\x80\xe2\x80\x8d", "U+200D" },
	};
	char what[16];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *d, *t;

		CHECK(textsafe_find(cases[i].s, strlen(cases[i].s), what) != 0);
		CHECK_STR(what, cases[i].name);
		d = textsafe_dup(cases[i].s, false);
		t = strdup(cases[i].s);
		textsafe_drop_invisible(t);
		/* Dropped, not replaced: nothing is left between the parts. */
		CHECK(strstr(d, "?") == NULL);
		CHECK(strncmp(d, "Sur", 3) == 0 && strstr(d, "rey") != NULL);
		CHECK_STR(t, d);
		free(d);
		free(t);
	}
	/* Family (man ZWJ woman ZWJ girl), heart on fire (with VS16), a
	   skin tone before the joiner: kept whole. */
	CHECK_INT(textsafe_find("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", 18, what), 0);
	CHECK_INT(textsafe_find("\xe2\x9d\xa4\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x94\xa5", 13, what), 0);
	CHECK_INT(textsafe_find("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xe2\x80\x8d\xf0\x9f\x94\xa5", 15, what), 0);
	{
		char *d = textsafe_dup("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9", false);

		CHECK_STR(d, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
		free(d);
	}
}

static void
test_find(void)
{
	char what[16];

	CHECK_INT(textsafe_find("caf\xc3\xa9 ok\nnext", 13, what), 0);
	CHECK_INT(textsafe_find("ab\0\x1b", 4, what), 3);
	CHECK_STR(what, "U+0000");
	CHECK_INT(textsafe_find("a\tb", 3, what), 2);
	CHECK_STR(what, "U+0009");
	/* The bidi marks and isolates a translation or YAML could carry. */
	CHECK_INT(textsafe_find("ab\xe2\x80\x8f", 5, what), 3);
	CHECK_STR(what, "U+200F");
	CHECK_INT(textsafe_find("\xe2\x80\x8e", 3, what), 1);
	CHECK_STR(what, "U+200E");
	CHECK_INT(textsafe_find("x \xd8\x9c", 4, what), 3);
	CHECK_STR(what, "U+061C");
	CHECK_INT(textsafe_find("x\xe2\x81\xa6y\xe2\x81\xa9", 8, what), 2);
	CHECK_STR(what, "U+2066");
	CHECK_INT(textsafe_find("\xc2\x9b", 2, what), 1);
	CHECK_STR(what, "U+009B");
	/* Not UTF-8: overlong, surrogate, stray byte. */
	CHECK_INT(textsafe_find("ab\xff", 3, what), 3);
	CHECK_STR(what, "0xFF");
	CHECK_INT(textsafe_find("\xc0\xaf", 2, what), 1);
	CHECK_INT(textsafe_find("\xed\xa0\x80", 3, what), 1);
}

static void
test_span_and_dup(void)
{
	size_t bad;
	const char *repl;
	char *s;

	CHECK_INT(textsafe_span("hello", 5, false, &bad, &repl), 5);
	CHECK_INT(bad, 0);
	CHECK_INT(textsafe_span("a\nb", 3, false, &bad, &repl), 1);
	CHECK_INT(bad, 1);
	CHECK_INT(textsafe_span("a\nb", 3, true, &bad, &repl), 3);
	CHECK_INT(textsafe_span("ab\xe2\x80\xaex", 6, true, &bad, &repl), 2);
	CHECK_INT(bad, 3);
	CHECK_STR(repl, "?");
	CHECK_INT(textsafe_span("\tx", 2, true, &bad, &repl), 0);
	CHECK_STR(repl, " ");
	CHECK_INT(textsafe_span("a\xff", 2, true, &bad, &repl), 1);
	CHECK_INT(bad, 1);

	s = textsafe_dup("\x1b[31mred\xe2\x80\x8f\xd8\x9c\tend\n", false);
	CHECK_STR(s, "?[31mred?? end?");
	free(s);
	s = textsafe_dup("line\nnext\xe2\x81\xa7", true);
	CHECK_STR(s, "line\nnext?");
	free(s);
	s = textsafe_dup("Zażółć \xe4\xb8\xad", false);
	CHECK_STR(s, "Zażółć \xe4\xb8\xad");
	free(s);
}

int
main(void)
{
	UNIT_CASE(test_refused);
	UNIT_CASE(test_find);
	UNIT_CASE(test_invisible);
	UNIT_CASE(test_span_and_dup);
	UNIT_DONE();
}
