/* layout.c: wrap text to a display width for every script, with libunistring. */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "layout.h"
#include "xalloc.h"

#define ZERO_WIDTH_JOINER 0x200D
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
			size_t resume;

			if (last_break > line_start && last_break_end > line_start) {
				push_line(l, text + line_start, last_break_end - line_start,
					  last_break_width, indent);
				resume = last_break;
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
	if (len > 0)
		u8_possible_linebreaks((const uint8_t *)text, len, "UTF-8", breaks);
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
