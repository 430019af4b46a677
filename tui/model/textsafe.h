/* textsafe.h: the one rule for which characters may reach a terminal, a page or a translation. */
#ifndef SENDGUIDE_TEXTSAFE_H
#define SENDGUIDE_TEXTSAFE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Text from the content, from a translation (.mo) or typed by a visitor can
 * carry characters a terminal acts on or that reorder what a reader sees:
 * C0 controls (ESC, BEL, tab), DEL, C1 controls (0x9B is CSI), the bidi
 * embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069, the
 * marks U+200E, U+200F and U+061C, the line and paragraph separators
 * U+2028/U+2029, the byte-order mark U+FEFF and the invisible characters
 * below (CVE-2021-42574 shows what invisible direction controls can do to
 * a reader). The loader and the PO
 * checker refuse such text; the views and exports replace each such
 * character (and each byte of invalid UTF-8) as they write.
 */

/* Whether c is one of the direction controls (marks, embeddings,
   overrides, isolates), which textsafe_refused refuses: for messages. */
bool textsafe_direction(uint32_t c);

/* Whether c is an invisible character: the soft hyphen U+00AD, the
   combining grapheme joiner U+034F, the Mongolian vowel separator U+180E,
   the zero-width space U+200B and joiner U+200D, and the tag characters
   U+E0000-U+E007F. They show nothing, yet split a word so search misses
   it, or make two names that look the same differ. textsafe_refused
   refuses them; a zero-width joiner inside an emoji ZWJ sequence (between
   two pictographs) is the one exception textsafe_find and textsafe_span
   make. What they replace them with is nothing: they are dropped. */
bool textsafe_invisible(uint32_t c);

/* Whether the code point c is refused (newline is refused here too: callers
   that keep newlines test for it first). */
bool textsafe_refused(uint32_t c);

/* Returns 0 when s[0..len) is text a person may read: valid UTF-8 with no
   refused character other than newline. Otherwise returns the byte offset
   + 1 of the first bad character and sets what to a short untranslated name
   for messages: "U+202E" for a character, "0x%02X" for a byte that is not
   UTF-8. */
size_t textsafe_find(const char *s, size_t len, char what[16]);

/* The length of the run of safe bytes at the start of s[0..len) (newlines
   count as safe when newlines is true). When the run stops before len,
   *bad is the length in bytes of the character (or invalid byte) that
   stopped it and *repl is what to write instead of it: "?" so the reader
   sees something was there, or " " for a tab. */
size_t textsafe_span(const char *s, size_t len, bool newlines, size_t *bad, const char **repl);

/* A copy of s with every refused character replaced as textsafe_span says
   (newlines kept when newlines is true); the caller frees it. */
char *textsafe_dup(const char *s, bool newlines);

/* Remove every invisible character (textsafe_invisible) from s in place:
   for what a visitor types, which keeps anything else as typed. */
void textsafe_drop_invisible(char *s);

#endif
