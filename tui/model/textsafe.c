/* textsafe.c: the one rule for which characters may reach a terminal, a page or a translation. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
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
textsafe_invisible(uint32_t c)
{
	return c == 0x00AD                                   /* soft hyphen */
		|| c == 0x034F                                   /* combining grapheme joiner */
		|| c == 0x180E                                   /* Mongolian vowel separator */
		|| c == 0x200B || c == 0x200D                    /* zero-width space, joiner */
		|| (c >= 0xE0000 && c <= 0xE007F);               /* tag characters */
}

/* Whether a zero-width joiner between prev and next is part of an emoji
   ZWJ sequence (Unicode TS #51): a pictograph, perhaps with a skin tone or
   the emoji variation selector, joined to another pictograph. There it
   changes only how the emoji look; anywhere else it hides inside a word. */
static bool
emoji_joiner(uint32_t prev, uint32_t next)
{
	return (uc_is_property_extended_pictographic(prev) || uc_is_property_emoji_modifier(prev)
		|| prev == 0xFE0F)
		&& uc_is_property_extended_pictographic(next);
}

/* The character at p[i..len) (valid UTF-8), or 0 at the end. */
static uint32_t
next_char(const uint8_t *p, size_t i, size_t len)
{
	ucs4_t c = 0;

	if (i < len && u8_mbtouc(&c, p + i, len - i) <= 0)
		c = 0xFFFD;
	return i < len ? c : 0;
}

bool
textsafe_refused(uint32_t c)
{
	/* Tab is refused too: terminals expand it to a width the layout
	   cannot know, and content never needs it. */
	return c < 0x20 || (c >= 0x7F && c <= 0x9F)          /* C0, DEL, C1 */
		|| textsafe_direction(c)
		|| c == 0x2028 || c == 0x2029                    /* line, paragraph separators */
		|| c == 0xFEFF                                   /* byte-order mark */
		|| textsafe_invisible(c);
}

size_t
textsafe_find(const char *s, size_t len, char what[16])
{
	const uint8_t *p = (const uint8_t *)s, *bad;
	size_t i = 0;
	uint32_t prev = 0;

	/* Most content is ASCII: check it byte by byte and validate UTF-8
	   only from the first byte that needs it. */
	while (i < len && p[i] < 0x80) {
		if (p[i] != '\n' && textsafe_refused(p[i])) {
			snprintf(what, 16, "U+%04X", (unsigned)p[i]);
			return i + 1;
		}
		prev = p[i];
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

		if (c == 0x200D && emoji_joiner(prev, next_char(p, i + (size_t)n, len))) {
			prev = c;
			i += (size_t)n;
			continue;
		}
		prev = c;
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
	uint32_t prev = 0;

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
		if (c == 0x200D && emoji_joiner(prev, next_char(p, i + (size_t)n, len))) {
			prev = c;
			i += (size_t)n;
			continue;
		}
		if (textsafe_refused(c) && !(newlines && c == '\n')) {
			*bad = (size_t)n;
			/* An invisible character is dropped: a "?" would show
			   the reader something that was never meant to be seen. */
			*repl = c == '\t' ? " " : textsafe_invisible(c) ? "" : "?";
			return i;
		}
		prev = c;
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

void
textsafe_drop_invisible(char *s)
{
	uint8_t *p = (uint8_t *)s;
	size_t len = strlen(s), i = 0, o = 0;

	while (i < len) {
		ucs4_t c;
		int n = u8_mbtouc(&c, p + i, len - i);

		if (n <= 0)
			n = 1;
		if (!(n > 1 && textsafe_invisible(c))) {
			memmove(p + o, p + i, (size_t)n);
			o += (size_t)n;
		}
		i += (size_t)n;
	}
	p[o] = '\0';
}
