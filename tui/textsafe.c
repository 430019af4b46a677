/* textsafe.c: the one rule for which characters may reach a terminal, a page or a translation. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "textsafe.h"
#include "xalloc.h"

bool
textsafe_direction(uint32_t c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F     /* bidi marks */
		|| (c >= 0x202A && c <= 0x202E)                  /* embeddings, overrides */
		|| (c >= 0x2066 && c <= 0x2069);                 /* isolates */
}

bool
textsafe_refused(uint32_t c)
{
	/* Tab is refused too: terminals expand it to a width the layout
	   cannot know, and content never needs it. */
	return c < 0x20 || (c >= 0x7F && c <= 0x9F)          /* C0, DEL, C1 */
		|| textsafe_direction(c)
		|| c == 0x2028 || c == 0x2029                    /* line, paragraph separators */
		|| c == 0xFEFF;                                  /* byte-order mark */
}

size_t
textsafe_find(const char *s, size_t len, char what[16])
{
	const uint8_t *p = (const uint8_t *)s, *bad;
	size_t i = 0;

	/* Most content is ASCII: check it byte by byte and validate UTF-8
	   only from the first byte that needs it. */
	while (i < len && p[i] < 0x80) {
		if (p[i] != '\n' && textsafe_refused(p[i])) {
			snprintf(what, 16, "U+%04X", (unsigned)p[i]);
			return i + 1;
		}
		i++;
	}
	if (i == len)
		return 0;
	if ((bad = u8_check(p + i, len - i)) != NULL) {
		snprintf(what, 16, "0x%02X", (unsigned)*bad);
		return (size_t)(bad - p) + 1;
	}
	while (i < len) {
		ucs4_t c;
		int n = u8_mbtouc_unsafe(&c, p + i, len - i);

		if (c != '\n' && textsafe_refused(c)) {
			snprintf(what, 16, "U+%04X", (unsigned)c);
			return i + 1;
		}
		i += (size_t)n;
	}
	return 0;
}

size_t
textsafe_span(const char *s, size_t len, bool newlines, size_t *bad, const char **repl)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t i = 0;

	*bad = 0;
	*repl = "";
	while (i < len) {
		ucs4_t c;
		int n;

		if (p[i] < 0x80) {
			c = p[i];
			n = 1;
		} else {
			n = u8_mbtoucr(&c, p + i, len - i);
		}
		if (n <= 0) {
			*bad = 1;
			*repl = "?";
			return i;
		}
		if (textsafe_refused(c) && !(newlines && c == '\n')) {
			*bad = (size_t)n;
			*repl = c == '\t' ? " " : "?";
			return i;
		}
		i += (size_t)n;
	}
	return i;
}

char *
textsafe_dup(const char *s, bool newlines)
{
	size_t len = strlen(s), o = 0;
	/* A replacement is never longer than what it replaces. */
	char *out = xmalloc(len + 1);

	while (len > 0) {
		size_t bad;
		const char *repl;
		size_t n = textsafe_span(s, len, newlines, &bad, &repl);

		memcpy(out + o, s, n);
		o += n;
		s += n;
		len -= n;
		if (bad > 0) {
			size_t r = strlen(repl);

			memcpy(out + o, repl, r);
			o += r;
			s += bad;
			len -= bad;
		}
	}
	out[o] = '\0';
	return out;
}
