/* po_check.h: the translation checker, and the protected parts of a string it shares with the pseudo-locale generator. */
#ifndef SENDGUIDE_PO_CHECK_H
#define SENDGUIDE_PO_CHECK_H

#include <stddef.h>
#include <stdio.h>
#include "diag.h"
#include "guide.h"

/* Translation coverage and safety: for each i18n/content/LL.po beside
   content_dir, prints translated/fuzzy/missing counts to out and adds an
   error to d for a translation that breaks the text (refused characters,
   changed numbers, e-mail or web addresses, lost leading/trailing spaces).
   Returns the number of languages checked; 0 when there is no i18n folder. */
int translations_report(const struct guide *g, const char *content_dir, struct diags *d, FILE *out);

/* What a translation must copy exactly as the English has it: a person acts
   on numbers, addresses and form references, so a changed digit sends them
   to the wrong place or the wrong deadline. */
enum po_token_kind {
	PO_TOKEN_NUMBER,      /* a run of digits: phone numbers, dates, "2 months" */
	PO_TOKEN_EMAIL,       /* name@example.org */
	PO_TOKEN_URL,         /* https://..., www...., or a bare gov.uk/... address */
	PO_TOKEN_SECTION,     /* the letter of "Section B", "Sections F and I" */
	PO_TOKEN_PLACEHOLDER  /* a printf directive such as %s or %2$zu (interface only) */
};

struct po_token {
	enum po_token_kind kind;
	size_t start, len;    /* bytes of the string */
};

/* Finds the protected tokens of s in order (placeholders too when
   placeholders is nonzero). Stores up to max of them in out and returns how
   many there are, which may be more than max. */
size_t po_tokens(const char *s, int placeholders, struct po_token *out, size_t max);

#endif
