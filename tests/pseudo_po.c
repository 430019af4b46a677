/* pseudo_po.c: turn a PO template into a pseudo-locale catalogue (accented, a third longer, in brackets) for layout tests. */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gettext-po.h>

#include "po_check.h"
#include "xalloc.h"

/* Usage: pseudo_po [--interface] TEMPLATE.pot OUTPUT.po

   Every translation is the English with each Latin letter replaced by an
   accented one, padded by about a third and wrapped in brackets:
   "Mediation" becomes "[Ṁéðîáţîöñ ~~~]". Text that is clipped loses its
   closing bracket, text never passed through gettext stays plain English, and
   the padding stands for languages that run longer than English. Numbers,
   addresses, section letters and (with --interface) printf placeholders are
   copied unchanged, using the checker's own definition of them, so the
   catalogue passes the same checks a real translation must. */

static const char *const lower[26] = {
	"\xc3\xa1", "\xc6\x80", "\xc3\xa7", "\xc3\xb0", "\xc3\xa9", "\xc6\x92", "\xc4\x9d",
	"\xc4\xa5", "\xc3\xae", "\xc4\xb5", "\xc4\xb7", "\xc4\xbc", "\xc9\xb1", "\xc3\xb1",
	"\xc3\xb6", "\xc3\xbe", "\xc7\xab", "\xc5\x95", "\xc5\xa1", "\xc5\xa3", "\xc3\xbc",
	"\xe1\xb9\xbd", "\xc5\xb5", "\xe1\xba\x8b", "\xc3\xbd", "\xc5\xbe"
};
static const char *const upper[26] = {
	"\xc3\x81", "\xc6\x81", "\xc3\x87", "\xc3\x90", "\xc3\x89", "\xc6\x91", "\xc4\x9c",
	"\xc4\xa4", "\xc3\x8e", "\xc4\xb4", "\xc4\xb6", "\xc4\xbb", "\xe1\xb9\x80", "\xc3\x91",
	"\xc3\x96", "\xc3\x9e", "\xc7\xaa", "\xc5\x94", "\xc5\xa0", "\xc5\xa2", "\xc3\x9c",
	"\xe1\xb9\xbc", "\xc5\xb4", "\xe1\xba\x8a", "\xc3\x9d", "\xc5\xbd"
};

struct buf {
	char *s;
	size_t len, cap;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static char *
pseudo(const char *en, bool interface)
{
	size_t len = strlen(en), lead = strspn(en, " \t\n"), trail = 0, ntok, t, i, chars = 0, pad;
	struct po_token *tok;
	struct buf b = { NULL, 0, 0 };

	if (lead == len)
		return xstrdup(en);
	while (strchr(" \t\n", en[len - 1 - trail]) != NULL)
		trail++;
	ntok = po_tokens(en, interface, NULL, 0);
	tok = xreallocarray(NULL, ntok + 1, sizeof *tok);
	po_tokens(en, interface, tok, ntok);

	put(&b, en, lead);
	put(&b, "[", 1);
	for (i = lead, t = 0; i < len - trail;) {
		unsigned char c = (unsigned char)en[i];

		while (t < ntok && tok[t].start + tok[t].len <= i)
			t++;
		if (t < ntok && tok[t].start <= i) {
			size_t end = tok[t].start + tok[t].len;

			chars += end - i;
			put(&b, en + i, end - i);
			i = end;
			continue;
		}
		if ((c & 0xc0) != 0x80)
			chars++;
		if (c >= 'a' && c <= 'z')
			put(&b, lower[c - 'a'], strlen(lower[c - 'a']));
		else if (c >= 'A' && c <= 'Z')
			put(&b, upper[c - 'A'], strlen(upper[c - 'A']));
		else
			put(&b, en + i, 1);
		i++;
	}
	/* About a third longer, in short words so wrapping stays possible. */
	pad = (chars + 2) / 3;
	while (pad > 0) {
		size_t n = pad > 5 ? 5 : pad;

		put(&b, " ", 1);
		put(&b, "~~~~~", n);
		pad -= n;
	}
	put(&b, "]", 1);
	put(&b, en + len - trail, trail);
	free(tok);
	return b.s;
}

static void
on_xerror(int severity, po_message_t message, const char *filename, size_t lineno,
	  size_t column, int multiline_p, const char *text)
{
	(void)message; (void)column; (void)multiline_p;
	fprintf(stderr, "%s:%zu: %s\n", filename ? filename : "pseudo_po",
		lineno == (size_t)-1 ? 0 : lineno, text);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(1);
}

static void
on_xerror2(int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int ml1,
	   const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2, int ml2,
	   const char *t2)
{
	(void)m2; (void)f2; (void)l2; (void)c2; (void)ml2; (void)t2;
	on_xerror(severity, m1, f1, l1, c1, ml1, t1);
}

static const struct po_xerror_handler handler = { on_xerror, on_xerror2 };

int
main(int argc, char **argv)
{
	bool interface = argc > 1 && strcmp(argv[1], "--interface") == 0;
	po_file_t f;
	po_message_iterator_t it;
	po_message_t m;
	int arg = interface ? 2 : 1;

	if (argc - arg != 2) {
		fputs("usage: pseudo_po [--interface] TEMPLATE.pot OUTPUT.po\n", stderr);
		return 2;
	}
	f = po_file_read(argv[arg], &handler);
	if (f == NULL) {
		fprintf(stderr, "pseudo_po: cannot read %s\n", argv[arg]);
		return 1;
	}
	it = po_message_iterator(f, NULL);
	while ((m = po_next_message(it)) != NULL) {
		const char *id = po_message_msgid(m);

		po_message_set_fuzzy(m, 0);
		if (id[0] == '\0') {
			po_message_set_msgstr(m,
				"Project-Id-Version: sendguide pseudo-locale\n"
				"PO-Revision-Date: 2026-01-01 00:00+0000\n"
				"Last-Translator: tests/pseudo_po\n"
				"Language-Team: none (pseudo-locale for layout tests)\n"
				"Language: pl\n"
				"MIME-Version: 1.0\n"
				"Content-Type: text/plain; charset=UTF-8\n"
				"Content-Transfer-Encoding: 8bit\n"
				"Plural-Forms: nplurals=2; plural=(n != 1);\n"
				"X-Sendguide-Reviewed: no\n");
		} else if (po_message_msgid_plural(m) != NULL) {
			char *one = pseudo(id, interface);
			char *many = pseudo(po_message_msgid_plural(m), interface);

			po_message_set_msgstr_plural(m, 0, one);
			po_message_set_msgstr_plural(m, 1, many);
			free(one);
			free(many);
		} else {
			char *s = pseudo(id, interface);

			po_message_set_msgstr(m, s);
			free(s);
		}
	}
	po_message_iterator_free(it);
	if (po_file_write(f, argv[arg + 1], &handler) == NULL)
		return 1;
	po_file_free(f);
	return 0;
}
