/* readability.h: reading level of the English content: sentences, words, syllables, Flesch scores. */
#ifndef SENDGUIDE_READABILITY_H
#define SENDGUIDE_READABILITY_H

#include <stdbool.h>
#include <stddef.h>
#include "diag.h"
#include "guide.h"

/* The targets content authors write to (content/README.md). GOV.UK writes
   for a reading age of about 9; Flesch-Kincaid grade 8 is an upper bound
   for a screen, and a sentence over 25 words is hard to hold in mind. */
#define RD_MAX_SENTENCE_WORDS 25
#define RD_MAX_SCREEN_GRADE 8.0

struct rd_counts {
	size_t sentences;
	size_t words;
	size_t syllables;
};

/* Syllables in one word (a whitespace-free token), by the rule documented
   in readability.c; at least 1 for a token with a letter or digit, 0
   otherwise. */
unsigned rd_syllables(const char *word, size_t len);

/* Add the sentences, words and syllables of one piece of text (a paragraph,
   a bullet or a choice label: its end always ends a sentence). For each
   sentence, on_sentence (may be NULL) gets its byte offset, length and word
   count. */
void rd_count_text(const char *text, struct rd_counts *acc,
		   void (*on_sentence)(void *ctx, size_t offset, size_t len, size_t words),
		   void *ctx);

/* Flesch reading ease (higher is easier; 60 to 70 is plain English) and
   Flesch-Kincaid grade (US school grade; 8 is about a reading age of 13).
   Both are 0 for text with no words. */
double rd_flesch_ease(const struct rd_counts *c);
double rd_fk_grade(const struct rd_counts *c);

struct rd_screen {
	const struct screen *screen;
	struct rd_counts counts;
	double ease, grade;
	size_t longest;                   /* words in its longest sentence */
};

struct rd_report {
	struct rd_screen *screens;        /* one per screen with body text, in guide order */
	size_t nscreens;
	struct rd_counts total;
	size_t long_sentences;            /* over RD_MAX_SENTENCE_WORDS */
	size_t longest;
	size_t hard_screens;              /* over RD_MAX_SCREEN_GRADE */
	size_t jargon_uses;               /* terms used before they are explained */
};

/* Measure every screen's English body text and add a diagnostic (level:
   DIAG_WARNING, or DIAG_ERROR for --strict) with file:line:column for a
   sentence over RD_MAX_SENTENCE_WORDS words, a screen over grade
   RD_MAX_SCREEN_GRADE, and a term of g->jargon (settings.jargon) used on a
   screen that a person can reach without passing the screen that explains
   it, unless that screen links to the explanation or says what the term
   means. */
void readability_check(const struct guide *g, enum diag_level level, struct diags *d,
		       struct rd_report *r);
void readability_free(struct rd_report *r);

#endif
