/* layout.c: wrap text to a display width for every script, with libunistring. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "layout.h"
#include "xalloc.h"

#define ZERO_WIDTH_JOINER 0x200D
/* Our own mark in the break array, beside libunistring's UC_BREAK_* values:
   no break here, inside an address or phone number (protect_tokens). */
#define BREAK_IN_TOKEN 0x40
#define IS_REGIONAL_INDICATOR(uc) ((uc) >= 0x1F1E6 && (uc) <= 0x1F1FF)

/* The character at s[i] (never past len) and its length in bytes. An invalid
   byte is returned as itself with length 1, so it is shown, not swallowed. */
static size_t
char_at(const char *s, size_t len, size_t i, ucs4_t *uc)
{
	int n = u8_mbtoucr(uc, (const uint8_t *)s + i, len - i);

	if (n <= 0) {
		*uc = 0xFFFD;
		return 1;
	}
	return (size_t)n;
}

static int
char_width(ucs4_t uc)
{
	int w = uc_width(uc, "UTF-8");

	/* Control characters report -1: give them a column so nothing hides. */
	return w < 0 ? 1 : w;
}

/* The end of the user-perceived character (grapheme cluster) starting at i.
   libunistring 1.0 only judges pairs, so emoji joined by ZWJ and flag pairs
   (two regional indicators) are kept together here. */
static size_t
cluster_end(const char *s, size_t len, size_t i, int *width)
{
	ucs4_t prev, uc;
	size_t n = char_at(s, len, i, &prev);
	int w = char_width(prev);
	bool ri_open = IS_REGIONAL_INDICATOR(prev);

	i += n;
	while (i < len) {
		n = char_at(s, len, i, &uc);
		if (uc == '\n')
			break;
		if (ri_open && IS_REGIONAL_INDICATOR(uc)) {
			ri_open = false;
		} else if (prev != ZERO_WIDTH_JOINER && uc_is_grapheme_break(prev, uc)) {
			break;
		}
		w += char_width(uc);
		prev = uc;
		i += n;
	}
	*width = w;
	return i;
}

int
layout_width(const char *s, size_t len)
{
	size_t i = 0;
	int w = 0;

	while (i < len) {
		ucs4_t uc;

		i += char_at(s, len, i, &uc);
		w += char_width(uc);
	}
	return w;
}

size_t
layout_fit(const char *s, size_t len, int width)
{
	size_t i = 0;
	int used = 0;

	while (i < len) {
		int w;
		size_t end = cluster_end(s, len, i, &w);

		if (used + w > width)
			break;
		used += w;
		i = end;
	}
	return i;
}

static void
push_line(struct layout *l, const char *text, size_t len, int width, int indent)
{
	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->lines = xreallocarray(l->lines, l->cap, sizeof *l->lines);
	}
	l->lines[l->count++] = (struct layout_line){ text, len, width, indent };
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Indents larger than the width would leave no room for text: shrink them so
   every line holds at least one column of text and none is wider than width. */
static int
usable_indent(int indent, int width)
{
	if (indent < 0)
		return 0;
	return indent > width - 1 ? width - 1 : indent;
}

/* Greedy wrapping: fill each line, and when the next cluster does not fit,
   end the line at the last break opportunity seen on it, or, in a word wider
   than the line, before that cluster. The scan resumes at the break, so at
   most one line's text is looked at twice. */
static void
wrap(struct layout *l, const char *text, size_t len, const char *breaks,
     int width, int first_indent, int rest_indent)
{
	size_t line_start = 0, i = 0, content_end = 0;
	size_t last_break = 0, last_break_end = 0;
	int last_break_width = 0, content_width = 0, run_width = 0;
	int indent = usable_indent(first_indent, width);
	bool emitted = false;

	while (i < len) {
		size_t end;
		int w;

		if (breaks[i] == UC_BREAK_MANDATORY || breaks[i] == UC_BREAK_CR_BEFORE_LF) {
			size_t skip;
			ucs4_t uc;

			if (breaks[i] == UC_BREAK_CR_BEFORE_LF) {
				/* CR then LF: the LF ends the line. */
				i++;
				continue;
			}
			skip = char_at(text, len, i, &uc);
			push_line(l, text + line_start, content_end - line_start, content_width, indent);
			emitted = true;
			indent = usable_indent(rest_indent, width);
			i += skip;
			line_start = content_end = last_break = i;
			content_width = run_width = 0;
			continue;
		}
		if (breaks[i] == UC_BREAK_POSSIBLE && i > line_start) {
			last_break = i;
			last_break_end = content_end;
			last_break_width = content_width;
		}
		if (is_blank(text[i])) {
			run_width++;
			i++;
			continue;
		}
		end = cluster_end(text, len, i, &w);
		if (run_width + w > width - indent && content_end == line_start && run_width > 0) {
			/* Leading blanks (after a forced break) that leave no room
			   for the text are dropped rather than overflowing. */
			line_start = content_end = last_break = i;
			run_width = 0;
		}
		if (run_width + w > width - indent && content_end > line_start) {
			size_t resume, cut = i;

			/* Inside an address that fits a line: cut before it. */
			while (cut > line_start && breaks[cut] == BREAK_IN_TOKEN)
				cut--;
			if (last_break > line_start && last_break_end > line_start) {
				push_line(l, text + line_start, last_break_end - line_start,
					  last_break_width, indent);
				resume = last_break;
			} else if (cut > line_start && cut < i) {
				size_t e = cut;

				while (e > line_start && is_blank(text[e - 1]))
					e--;
				push_line(l, text + line_start, e - line_start,
					  layout_width(text + line_start, e - line_start), indent);
				resume = cut;
			} else {
				push_line(l, text + line_start, content_end - line_start,
					  content_width, indent);
				resume = i;
			}
			emitted = true;
			indent = usable_indent(rest_indent, width);
			while (resume < len && is_blank(text[resume]))
				resume++;
			i = line_start = content_end = last_break = resume;
			content_width = run_width = 0;
			continue;
		}
		run_width += w;
		content_width = run_width;
		content_end = end;
		i = end;
	}
	/* The text after the last forced break, unless it is empty and something
	   was already emitted ("a\n" is one line, "" is one empty line). */
	if (content_end > line_start || !emitted)
		push_line(l, text + line_start, content_end - line_start, content_width, indent);
}

/* ---- Addresses a reader copies or hears whole ----
 *
 * A web address, an e-mail address or a phone number split over two lines
 * is misread on screen and spoken as two fragments by a screen reader
 * ("ipsea." / "org.uk"), so no break is allowed inside one. A token wider
 * than the line keeps the breaks Unicode allows inside it (after a "/" in
 * an address, at the spaces of a phone number) and, failing those, is cut
 * between characters like any word too long for the line: it cannot fit
 * whole, and showing all of it beats overflowing the screen.
 */

static bool
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Characters that may appear inside a web or e-mail address. */
static bool
is_addr_char(unsigned char c)
{
	return is_ascii_alnum(c) || strchr("-._~:/?#[]@!$&*+=%", c) != NULL;
}

static bool
starts_with_ci(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && strncasecmp(s, prefix, n) == 0;
}

/* Top-level domains that mark "name.tld" as a web address even without
   "www." or a scheme (the guide's addresses are British and generic). */
static bool
is_known_tld(const char *s, size_t len)
{
	static const char *const tlds[] = {
		"uk", "com", "org", "net", "gov", "info", "co", "io", "eu", "ie", "scot", "wales", "cymru"
	};
	size_t i;

	for (i = 0; i < sizeof tlds / sizeof tlds[0]; i++)
		if (strlen(tlds[i]) == len && strncasecmp(s, tlds[i], len) == 0)
			return true;
	return false;
}

/* The length of a web or e-mail address starting at s (at a word start),
   or 0. Trailing punctuation that ends a sentence is not part of it. */
static size_t
address_len(const char *s, size_t len)
{
	size_t n = 0, i, last_dot = 0, at = 0, dots = 0;
	bool scheme = starts_with_ci(s, len, "http://") || starts_with_ci(s, len, "https://")
		      || starts_with_ci(s, len, "mailto:");

	while (n < len && is_addr_char((unsigned char)s[n]))
		n++;
	/* "uk." ends a sentence; "uk)" or "uk," ends a clause. */
	while (n > 0 && strchr(".,:;!?)]", s[n - 1]) != NULL)
		n--;
	if (n == 0)
		return 0;
	if (scheme || starts_with_ci(s, n, "www."))
		return n;
	for (i = 0; i < n; i++) {
		if (s[i] == '@')
			at = i + 1;
		else if (s[i] == '.' && (i == 0 || s[i - 1] != '.')) {
			dots++;
			last_dot = i + 1;
		} else if (s[i] == '/')
			break;
	}
	if (dots == 0 || last_dot >= n)
		return 0;
	/* An e-mail address: something@domain.tld. */
	if (at > 1 && last_dot > at)
		return n;
	/* A bare domain: ipsea.org.uk, example.com/page. */
	{
		size_t tld_end = last_dot;

		while (tld_end < n && is_ascii_alnum((unsigned char)s[tld_end]))
			tld_end++;
		if (is_known_tld(s + last_dot, tld_end - last_dot) && is_ascii_alnum((unsigned char)s[0]))
			return n;
	}
	return 0;
}

/* The length of a UK phone number starting at s (at a word start), or 0:
   "0300 123 4567", "(028) 9072 6060", "+44 20 7946 0000", "0207 359-3635".
   Groups of digits are joined by one space or hyphen; a number has 10 or
   11 digits from its 0, or 12 from +44. Brackets belong to it only round
   the dialling code; "(0800 064 4488)" is a number in brackets. */
static size_t
phone_len(const char *s, size_t len)
{
	size_t n = 0, end = 0;
	int digits = 0;
	bool plus = false;

	if (s[0] == '(') {
		for (n = 1; n < len && is_digit((unsigned char)s[n]); n++)
			digits++;
		if (n >= len || s[n] != ')' || digits < 2 || s[1] != '0')
			return 0;
		end = ++n;
	} else if (s[0] == '+') {
		if (!starts_with_ci(s, len, "+44"))
			return 0;
		plus = true;
		n = 1;
	} else if (s[0] != '0') {
		return 0;
	}
	while (n < len) {
		if (is_digit((unsigned char)s[n])) {
			digits++;
			end = ++n;
		} else if ((s[n] == ' ' || s[n] == '-') && n + 1 < len
			   && (is_digit((unsigned char)s[n + 1]) || (plus && s[n + 1] == '('))) {
			n++;
		} else if (plus && starts_with_ci(s + n, len - n, "(0)")) {
			/* "+44 (0)20 ...": the 0 not dialled from abroad. */
			end = n += 3;
		} else {
			break;
		}
		if (digits > (plus ? 12 : 11))
			return 0;
	}
	if (end < len && is_ascii_alnum((unsigned char)s[end]))
		return 0;
	if (plus ? digits != 12 : digits < 10)
		return 0;
	return end;
}

/* Forbid breaks inside every address and phone number that fits in room
   columns (see above). */
static void
protect_tokens(const char *text, size_t len, char *breaks, int room)
{
	size_t i = 0;

	while (i < len) {
		size_t n = 0, k, glued;
		bool word_start = i == 0 || !(is_addr_char((unsigned char)text[i - 1])
					      || (unsigned char)text[i - 1] >= 0x80);

		if (word_start)
			n = address_len(text + i, len - i);
		if (n == 0 && word_start)
			n = phone_len(text + i, len - i);
		if (n == 0) {
			i++;
			continue;
		}
		/* The punctuation that closes it ("uk." or "4488),") goes with it
		   when both fit, so no full stop is left alone on a line. */
		glued = n;
		while (i + glued < len && strchr(".,:;!?)]'\"", text[i + glued]) != NULL && text[i + glued] != '\0')
			glued++;
		if (glued > n && layout_width(text + i, glued) <= room)
			n = glued;
		if (layout_width(text + i, n) <= room)
			for (k = i + 1; k < i + n; k++)
				breaks[k] = BREAK_IN_TOKEN;
		i += n;
	}
}

void
layout_wrap(struct layout *l, const char *text, size_t len, int width,
	    int first_indent, int rest_indent)
{
	/* Most paragraphs fit here, so wrapping a screen allocates nothing but
	   the (reused) lines array. */
	char stack_breaks[2048];
	char *breaks = stack_breaks;

	if (width < 1)
		width = 1;
	if (len > sizeof stack_breaks)
		breaks = xmalloc(len);
	if (len > 0) {
		int indent = usable_indent(first_indent > rest_indent ? first_indent : rest_indent, width);

		u8_possible_linebreaks((const uint8_t *)text, len, "UTF-8", breaks);
		protect_tokens(text, len, breaks, width - indent);
	}
	wrap(l, text, len, breaks, width, first_indent, rest_indent);
	if (breaks != stack_breaks)
		free(breaks);
}

void
layout_clear(struct layout *l)
{
	l->count = 0;
}

void
layout_free(struct layout *l)
{
	free(l->lines);
	l->lines = NULL;
	l->count = l->cap = 0;
}
