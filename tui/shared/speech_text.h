/* speech_text.h: what a screen says aloud, as SSML: its words escaped, phone numbers digit by digit. */
#ifndef SENDGUIDE_SPEECH_TEXT_H
#define SENDGUIDE_SPEECH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

struct page;

/* One SSML document being written: <speak> ... </speak>. */
struct speech_text {
	char *s;
	size_t len, cap;
};

void st_begin(struct speech_text *t);
/* The finished document (owned by t until st_free or st_begin). */
const char *st_end(struct speech_text *t);
void st_free(struct speech_text *t);
/* Text as a person reads it (UTF-8): escaped, refused characters and line
   ends made spaces, a phone number in it said digit by digit. */
void st_words(struct speech_text *t, const char *utf8);
/* st_words, then a pause: the text ends a sentence. */
void st_sentence(struct speech_text *t, const char *utf8);
/* A phone number, digit by digit in its written groups. */
void st_phone(struct speech_text *t, const char *number, size_t len);
/* Letters and digits one by one (a journey code). */
void st_spelled(struct speech_text *t, const char *s, size_t len);
/* A pause between parts of a screen. */
void st_pause(struct speech_text *t);

/* The screen's page as two documents: *first its title, its summary (the
   first part of its text) and its numbered choices; *rest the rest of its
   text, its dates, contacts and journey code (NULL when there is none).
   hint: a sentence to end *first with, or NULL. Both malloc'd. */
void speech_page(const struct page *pg, const char *hint, char **first, char **rest);
/* Choice n (0-based) of the page: "2: No." */
char *speech_choice(const struct page *pg, size_t n);
/* Any text as a document of its own. */
char *speech_of(const char *utf8);

#endif
