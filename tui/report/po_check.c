/* po_check.c: translation coverage and safety for --check, reading translators' PO files with libgettextpo. */
#include <config.h>

#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gettext-po.h>
#include <unistr.h>

#include "commands.h"
#include "lang.h"
#include "po_check.h"
#include "search.h"
#include "textsafe.h"
#include "xalloc.h"
#include "yamltree.h"

/* libgettextpo 0.21 keeps a copy of each file name it reads and never frees
   it (po-lex.c, lex_start). The leak is the library's, a few bytes a file,
   and its frames are lost to fast unwinding, so no suppression can name it
   precisely: leak checking pauses only while the library reads. */
#if defined(__SANITIZE_ADDRESS__)
# define PO_LSAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define PO_LSAN 1
# endif
#endif
#ifdef PO_LSAN
# include <sanitizer/lsan_interface.h>
#endif

/* ---------------------------------------------------------------- tokens */

/* Bytes of the space at s (ASCII space, tab, newline, and the no-break and
   thin spaces translators put before units and inside numbers), or 0. */
static size_t
space_len(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '\v' || *u == '\f')
		return 1;
	if (u[0] == 0xc2 && u[1] == 0xa0)
		return 2;  /* U+00A0 */
	if (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0xaf || u[2] == 0x89))
		return 3;  /* U+202F, U+2009 */
	return 0;
}

/* Punctuation around a word that is not part of an address: quotes, brackets,
   and a sentence's full stop after a web address. */
static size_t
lead_punct(const char *s, const char *end)
{
	static const char *const multi[] = { "\xc2\xab", "\xe2\x80\x9e", "\xe2\x80\x9c", "\xe2\x80\x98", NULL };
	size_t i;

	if (s < end && strchr("(\"'[{<", *s) != NULL)
		return 1;
	for (i = 0; multi[i] != NULL; i++) {
		size_t n = strlen(multi[i]);

		if ((size_t)(end - s) >= n && memcmp(s, multi[i], n) == 0)
			return n;
	}
	return 0;
}

static size_t
trail_punct(const char *s, const char *end)
{
	static const char *const multi[] = { "\xc2\xbb", "\xe2\x80\x9d", "\xe2\x80\x99", "\xe2\x80\xa6", NULL };
	size_t i;

	if (end > s && strchr(".,;:!?)\"']}>", end[-1]) != NULL)
		return 1;
	for (i = 0; multi[i] != NULL; i++) {
		size_t n = strlen(multi[i]);

		if ((size_t)(end - s) >= n && memcmp(end - n, multi[i], n) == 0)
			return n;
	}
	return 0;
}

static bool
is_lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/* "gov.uk", "ipsea.org.uk/get-advice": lower-case labels joined by dots, the
   last one letters only and at least two long, so "e.g" and "1.5" are not. */
static bool
is_bare_domain(const char *s, size_t len)
{
	size_t host = 0, label = 0, dots = 0, last_start = 0, i;

	while (host < len && s[host] != '/')
		host++;
	for (i = 0; i < host; i++) {
		if (s[i] == '.') {
			if (label == 0)
				return false;
			dots++;
			label = 0;
			last_start = i + 1;
		} else if (is_lower_alnum(s[i])) {
			label++;
		} else {
			return false;
		}
	}
	if (dots == 0 || label < 2)
		return false;
	for (i = last_start; i < host; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return false;
	return true;
}

static bool
is_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	size_t before, i;

	if (at == NULL)
		return false;
	before = (size_t)(at - s);
	if (before == 0)
		return false;
	for (i = before + 1; i + 1 < len; i++)
		if (s[i] == '.' && i > before + 1)
			return true;
	return false;
}

static bool
is_url(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 3 <= len; i++)
		if (memcmp(s + i, "://", 3) == 0 && i > 0)
			return true;
	if (len > 4 && (strncmp(s, "www.", 4) == 0 || strncmp(s, "WWW.", 4) == 0))
		return true;
	return is_bare_domain(s, len);
}

static bool
word_is(const char *s, size_t len, const char *w)
{
	return strlen(w) == len && strncasecmp(s, w, len) == 0;
}

/* Past a printf width or precision: digits, or '*' with an optional
   argument number ("*2$"). */
static const char *
skip_width(const char *p)
{
	if (*p == '*') {
		p++;
		while (*p >= '0' && *p <= '9')
			p++;
		if (*p == '$')
			p++;
		return p;
	}
	while (*p >= '0' && *p <= '9')
		p++;
	return p;
}

/* Length of the printf directive at s (which starts with '%'), or 0 when it
   is not one ("97%", "%%"). Follows the C and POSIX grammar: %[n$][flags]
   [width][.precision][length]conversion. */
static size_t
directive_len(const char *s)
{
	const char *p = s + 1;

	if (*p == '%')
		return 0;
	if (*p >= '1' && *p <= '9') {
		const char *q = p;

		while (*q >= '0' && *q <= '9')
			q++;
		if (*q == '$')
			p = q + 1;
	}
	/* The space flag is left out: "97% done" is prose, not "% d". */
	while (*p != '\0' && strchr("-+#0'I", *p) != NULL)
		p++;
	p = skip_width(p);
	if (*p == '.')
		p = skip_width(p + 1);
	if ((p[0] == 'h' && p[1] == 'h') || (p[0] == 'l' && p[1] == 'l'))
		p += 2;
	else if (*p != '\0' && strchr("hlLqjzZt", *p) != NULL)
		p++;
	if (*p == '\0' || strchr("diouxXeEfFgGaAcspnmCS", *p) == NULL)
		return 0;
	return (size_t)(p - s) + 1;
}

/* A word of a string: [ws, we) as written between white space, and
   [ts, te) within it without leading and trailing punctuation. */
struct word {
	size_t ws, we, ts, te;
};

/* The next word of s at or after *i, which it moves past the word. False
   at the end of s. */
static bool
next_word(const char *s, size_t *i, struct word *w)
{
	size_t k;

	while (s[*i] != '\0' && (k = space_len(s + *i)) > 0)
		*i += k;
	if (s[*i] == '\0')
		return false;
	w->ws = *i;
	while (s[*i] != '\0' && space_len(s + *i) == 0)
		(*i)++;
	w->we = *i;
	w->ts = w->ws;
	w->te = w->we;
	for (k = lead_punct(s + w->ts, s + w->te); k > 0; k = lead_punct(s + w->ts, s + w->te))
		w->ts += k;
	for (k = trail_punct(s + w->ts, s + w->te); k > 0 && w->te > w->ts;
	     k = trail_punct(s + w->ts, s + w->te))
		w->te -= k;
	return true;
}

static void
put_token(struct po_token *out, size_t max, size_t *n, enum po_token_kind kind,
	  size_t start, size_t len)
{
	if (*n < max) {
		out[*n].kind = kind;
		out[*n].start = start;
		out[*n].len = len;
	}
	(*n)++;
}

size_t
po_tokens(const char *s, int placeholders, struct po_token *out, size_t max)
{
	size_t n = 0, i = 0;
	bool section = false;  /* the words after "Section" name letters */
	struct word w;

	while (next_word(s, &i, &w)) {
		size_t ws = w.ws, we = w.we, ts = w.ts, te = w.te, k;

		if (te > ts && is_email(s + ts, te - ts)) {
			put_token(out, max, &n, PO_TOKEN_EMAIL, ts, te - ts);
			section = false;
			continue;
		}
		if (te > ts && is_url(s + ts, te - ts)) {
			put_token(out, max, &n, PO_TOKEN_URL, ts, te - ts);
			section = false;
			continue;
		}
		if (word_is(s + ts, te - ts, "section") || word_is(s + ts, te - ts, "sections")) {
			section = true;
			continue;
		}
		if (section) {
			if (te - ts == 1 && s[ts] >= 'A' && s[ts] <= 'Z') {
				put_token(out, max, &n, PO_TOKEN_SECTION, ts, 1);
				continue;
			}
			if (word_is(s + ts, te - ts, "and") || word_is(s + ts, te - ts, "or")
			    || word_is(s + ts, te - ts, "to") || word_is(s + ts, te - ts, "&")
			    || word_is(s + ts, te - ts, "-"))
				continue;
			section = false;
		}
		/* Digits and placeholders anywhere in the word ("SEND35", "%2$s:"). */
		for (k = ws; k < we;) {
			size_t dl = 0;

			if (s[k] == '%' && placeholders) {
				if (s[k + 1] == '%') {
					k += 2;
					continue;
				}
				dl = directive_len(s + k);
				if (dl > 0) {
					put_token(out, max, &n, PO_TOKEN_PLACEHOLDER, k, dl);
					k += dl;
					continue;
				}
			}
			if (s[k] >= '0' && s[k] <= '9') {
				size_t start = k;

				while (k < we && s[k] >= '0' && s[k] <= '9')
					k++;
				put_token(out, max, &n, PO_TOKEN_NUMBER, start, k - start);
				continue;
			}
			k++;
		}
	}
	return n;
}

/* ------------------------------------------------------------- checking */

struct tokens {
	const char *s;
	struct po_token *t;
	size_t n;
};

static void
tokens_get(struct tokens *tk, const char *s, int placeholders)
{
	tk->s = s;
	tk->n = po_tokens(s, placeholders, NULL, 0);
	tk->t = xreallocarray(NULL, tk->n ? tk->n : 1, sizeof *tk->t);
	po_tokens(s, placeholders, tk->t, tk->n);
}

static const char *sort_base;  /* qsort has no context argument */

static int
token_cmp(const void *pa, const void *pb)
{
	const struct po_token *a = pa, *b = pb;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(sort_base + a->start, sort_base + b->start, n);

	return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

/* The tokens a person copies (numbers, e-mail and web addresses), sorted, so
   two strings' multisets can be compared by a merge. */
static size_t
copyable(const struct tokens *tk, struct po_token *out)
{
	size_t i, n = 0;

	for (i = 0; i < tk->n; i++)
		if (tk->t[i].kind == PO_TOKEN_NUMBER || tk->t[i].kind == PO_TOKEN_EMAIL
		    || tk->t[i].kind == PO_TOKEN_URL)
			out[n++] = tk->t[i];
	sort_base = tk->s;
	qsort(out, n, sizeof *out, token_cmp);
	return n;
}

static int
token_cmp2(const char *as, const struct po_token *a, const char *bs, const struct po_token *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(as + a->start, bs + b->start, n);

	return c != 0 ? c : (a->len > b->len) - (a->len < b->len);
}

static const char *
token_hint(void)
{
	return _("Copy numbers, dates, phone numbers, e-mail and web addresses and section "
		 "letters exactly as the English has them.");
}

/* The copyable tokens (numbers, e-mail and web addresses) that differ between
   en and tr, reported to d, or only counted when d is NULL. */
static size_t
copy_diffs(const char *en, const char *tr, bool format, const struct srcpos *pos,
	   struct diags *d)
{
	struct tokens te, tt;
	struct po_token *ce, *ct;
	size_t i, j, ne, nt, bad = 0;

	tokens_get(&te, en, format);
	tokens_get(&tt, tr, format);
	ce = xreallocarray(NULL, te.n + 1, sizeof *ce);
	ct = xreallocarray(NULL, tt.n + 1, sizeof *ct);
	ne = copyable(&te, ce);
	nt = copyable(&tt, ct);
	for (i = 0, j = 0; i < ne || j < nt; bad++) {
		int c = i >= ne ? 1 : j >= nt ? -1 : token_cmp2(en, &ce[i], tr, &ct[j]);

		if (c == 0) {
			i++;
			j++;
			bad--;
		} else if (c < 0) {
			if (d != NULL)
				diags_add(d, DIAG_ERROR, pos, token_hint(),
					  _("translation lacks \"%.*s\", which the English has"),
					  (int)ce[i].len, en + ce[i].start);
			i++;
		} else {
			if (d != NULL)
				diags_add(d, DIAG_ERROR, pos, token_hint(),
					  _("translation has \"%.*s\", which the English does not"),
					  (int)ct[j].len, tr + ct[j].start);
			j++;
		}
	}
	free(ce);
	free(ct);
	free(te.t);
	free(tt.t);
	return bad;
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* en with its 12-hour times ("9am", "5:00 pm", "5.30pm", "5 p.m.") written
   the 24-hour way ("9", "17:00", "17:30"), or NULL when it has none. */
static char *
en_24h(const char *en)
{
	size_t n = strlen(en), i = 0, o = 0;
	char *out = xreallocarray(NULL, n + 1, 1);
	bool any = false;

	while (i < n) {
		size_t k = i, h = 0, mm = 0;
		unsigned hour = 0;
		char ap;

		if (en[i] >= '0' && en[i] <= '9'
		    && (i == 0 || (!(en[i - 1] >= '0' && en[i - 1] <= '9')
				   && en[i - 1] != ':' && en[i - 1] != '.'))) {
			while (k < n && en[k] >= '0' && en[k] <= '9' && h < 3) {
				hour = hour * 10 + (unsigned)(en[k] - '0');
				k++;
				h++;
			}
			/* "9:30am" and the British "9.30am" alike. */
			if (k + 2 < n && (en[k] == ':' || en[k] == '.') && en[k + 1] >= '0'
			    && en[k + 1] <= '9' && en[k + 2] >= '0' && en[k + 2] <= '9') {
				mm = k;
				k += 3;
			}
			if (k < n && en[k] == ' ')
				k++;
			ap = k < n ? (char)(en[k] | 0x20) : '\0';
			if (h <= 2 && hour >= 1 && hour <= 12 && (ap == 'a' || ap == 'p')) {
				size_t e = k + 1;

				if (e < n && en[e] == '.')
					e++;
				if (e < n && (en[e] | 0x20) == 'm') {
					e++;
					if (e < n && en[e] == '.' && (e + 1 >= n || en[e + 1] == ' '))
						e++;
					if (e >= n || !is_alpha(en[e])) {
						hour = ap == 'p' ? hour % 12 + 12 : hour % 12;
						o += (size_t)sprintf(out + o, "%u", hour);
						if (mm != 0) {
							out[o++] = ':';
							memcpy(out + o, en + mm + 1, 2);
							o += 2;
						}
						i = e;
						any = true;
						continue;
					}
				}
			}
		}
		out[o++] = en[i++];
	}
	out[o] = '\0';
	if (!any) {
		free(out);
		return NULL;
	}
	return out;
}

/* Words of s that are exactly the capital letter c: where a translation keeps
   the letter of "Section B" ("sekcja B", "secțiunea B"). */
static size_t
letter_words(const char *s, char c)
{
	size_t n = 0, i = 0;
	struct word w;

	while (next_word(s, &i, &w))
		if (w.te - w.ts == 1 && s[w.ts] == c)
			n++;
	return n;
}

/* A printf directive reduced to what must agree: the argument it takes and
   its length and conversion ("%-5zu" and "%zu" take the same argument). */
struct arg {
	unsigned argno;
	char conv[4];
	size_t start, len;
};

static int
arg_cmp(const void *pa, const void *pb)
{
	const struct arg *a = pa, *b = pb;

	if (a->argno != b->argno)
		return a->argno < b->argno ? -1 : 1;
	return strcmp(a->conv, b->conv);
}

static size_t
args_of(const struct tokens *tk, struct arg *out)
{
	size_t i, n = 0;
	unsigned seq = 0;

	for (i = 0; i < tk->n; i++) {
		const char *d = tk->s + tk->t[i].start;
		size_t len = tk->t[i].len, c = 0, j;
		struct arg *a;

		if (tk->t[i].kind != PO_TOKEN_PLACEHOLDER)
			continue;
		a = &out[n++];
		a->start = tk->t[i].start;
		a->len = len;
		a->argno = 0;
		for (j = 1; j < len && d[j] >= '0' && d[j] <= '9'; j++)
			a->argno = a->argno * 10 + (unsigned)(d[j] - '0');
		if (j >= len || d[j] != '$')
			a->argno = ++seq;
		/* Length modifier and conversion: the trailing letters. */
		j = len;
		while (j > 1 && strchr("hlLqjzZtdiouxXeEfFgGaAcspnmCS", d[j - 1]) != NULL && len - j < 3)
			j--;
		for (; j < len && c < sizeof a->conv - 1; j++)
			a->conv[c++] = d[j];
		a->conv[c] = '\0';
	}
	qsort(out, n, sizeof *out, arg_cmp);
	return n;
}

static size_t
lead_space(const char *s)
{
	return strspn(s, " \t\n");
}

static size_t
trail_space(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && strchr(" \t\n", s[len - 1 - n]) != NULL)
		n++;
	return n;
}

/* Everything that makes a translation unsafe to show, compared with the
   English it translates. */
static void
check_pair(const char *en, const char *tr, bool format, const struct srcpos *pos,
	   struct diags *d)
{
	char what[16];
	size_t bad = textsafe_find(tr, strlen(tr), what);
	size_t enlen = strlen(en), trlen = strlen(tr), ls, ts, i, j;
	struct tokens te, tt;
	char *en24;

	if (bad != 0) {
		diags_add(d, DIAG_ERROR, pos,
			  _("Delete it: a translation is plain text and newlines only."),
			  _("translation contains %s, which a terminal would act on"), what);
		return;
	}
	ls = lead_space(en);
	if (ls != lead_space(tr) || strncmp(en, tr, ls) != 0)
		diags_add(d, DIAG_ERROR, pos,
			  _("Begin and end the translation with the same spaces and newlines as the English."),
			  _("translation begins with different spaces or newlines from the English"));
	ts = trail_space(en, enlen);
	if (ts != trail_space(tr, trlen) || strcmp(en + enlen - ts, tr + trlen - ts) != 0)
		diags_add(d, DIAG_ERROR, pos,
			  _("Begin and end the translation with the same spaces and newlines as the English."),
			  _("translation ends with different spaces or newlines from the English"));

	tokens_get(&te, en, format);
	tokens_get(&tt, tr, format);
	/* A translation may write "5:00pm" the 24-hour way, "17:00". */
	en24 = en_24h(en);
	if (en24 == NULL || copy_diffs(en24, tr, format, pos, NULL) != 0)
		copy_diffs(en, tr, format, pos, d);
	free(en24);
	/* Section letters: the word "Section" is translated, the letter is not. */
	for (i = 0; i < te.n; i++) {
		char c = en[te.t[i].start];
		size_t want = 0, k;
		bool first = true;

		if (te.t[i].kind != PO_TOKEN_SECTION)
			continue;
		for (k = 0; k < te.n; k++)
			if (te.t[k].kind == PO_TOKEN_SECTION && en[te.t[k].start] == c) {
				if (k < i)
					first = false;
				want++;
			}
		if (first && letter_words(tr, c) < want)
			diags_add(d, DIAG_ERROR, pos, token_hint(),
				  _("translation lacks the section letter %c, which the English has"), c);
	}
	if (format) {
		struct arg *ae = xreallocarray(NULL, te.n + 1, sizeof *ae);
		struct arg *at = xreallocarray(NULL, tt.n + 1, sizeof *at);
		size_t na = args_of(&te, ae), nb = args_of(&tt, at);
		/* xgettext:no-c-format */
		const char *hint = _("Keep the placeholders (such as %s or %zu) exactly as the English "
				     "has them; to change their order, number them: %1$s, %2$s.");

		for (i = 0, j = 0; i < na || j < nb;) {
			int c = i >= na ? 1 : j >= nb ? -1 : arg_cmp(&ae[i], &at[j]);

			if (c == 0) {
				i++;
				j++;
			} else if (c < 0) {
				diags_add(d, DIAG_ERROR, pos, hint,
					  _("translation lacks the placeholder \"%.*s\", which the English has"),
					  (int)ae[i].len, en + ae[i].start);
				i++;
			} else {
				diags_add(d, DIAG_ERROR, pos, hint,
					  _("translation has the placeholder \"%.*s\", which the English does not"),
					  (int)at[j].len, tr + at[j].start);
				j++;
			}
		}
		free(ae);
		free(at);
	}
	free(te.t);
	free(tt.t);
}

/* ------------------------------------------------------------ PO files */

static struct diags *xerror_diags;
static jmp_buf xerror_jump;

static void
xerror_add(int severity, const char *filename, size_t lineno, size_t column,
	   const char *text)
{
	struct srcpos pos = { filename, 0, 0 };
	char *msg = xstrdup(text != NULL ? text : "");
	size_t n = strlen(msg);

	while (n > 0 && msg[n - 1] == '\n')
		msg[--n] = '\0';
	for (char *p = msg; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	if (filename != NULL && lineno != (size_t)-1) {
		pos.line = (unsigned)lineno;
		pos.col = column != (size_t)-1 ? (unsigned)column + 1 : 1;
	}
	diags_add(xerror_diags, severity == PO_SEVERITY_WARNING ? DIAG_WARNING : DIAG_ERROR,
		  filename != NULL ? &pos : NULL,
		  _("Fix the PO file's syntax (msgfmt --check shows the same)."), "%s", msg);
	free(msg);
}

static void
on_xerror(int severity, po_message_t message, const char *filename, size_t lineno,
	  size_t column, int multiline_p, const char *text)
{
	(void)message;
	(void)multiline_p;
	xerror_add(severity, filename, lineno, column, text);
	/* The library's contract: a fatal error must not return. */
	if (severity == PO_SEVERITY_FATAL_ERROR)
		longjmp(xerror_jump, 1);
}

static void
on_xerror2(int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int ml1,
	   const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2, int ml2,
	   const char *t2)
{
	(void)m1; (void)m2; (void)ml1; (void)ml2;
	xerror_add(PO_SEVERITY_WARNING, f2, l2, c2, t2);
	on_xerror(severity, NULL, f1, l1, c1, 0, t1);
}

static const struct po_xerror_handler xerror_handler = { on_xerror, on_xerror2 };

static po_file_t
read_po(const char *path, struct diags *d)
{
	po_file_t f = NULL;
	FILE *probe = fopen(path, "r");

	if (probe == NULL) {
		struct srcpos pos = { path, 0, 0 };

		diags_add(d, DIAG_ERROR, &pos,
			  _("Create it with msginit from the template, or remove the language from LINGUAS."),
			  _("cannot read the catalogue: %s"), strerror(errno));
		return NULL;
	}
	fclose(probe);
	xerror_diags = d;
	if (setjmp(xerror_jump) == 0) {
#ifdef PO_LSAN
		__lsan_disable();
#endif
		f = po_file_read(path, &xerror_handler);
#ifdef PO_LSAN
		__lsan_enable();
#endif
	} else {
#ifdef PO_LSAN
		__lsan_enable();
#endif
		f = NULL;
	}
	xerror_diags = NULL;
	return f;
}

/* Line of each entry's msgid in the file, in file order. libgettextpo gives
   a message's source references (#:) but not where it stands in the PO file,
   which is what a translator needs; the library reads the entries in file
   order, so the n-th "msgid" keyword line is the n-th message. This only
   finds keyword lines; the library does the parsing. */
static unsigned *
msgid_lines(const char *path, size_t *count)
{
	FILE *f = fopen(path, "r");
	unsigned *lines = NULL, line = 0;
	size_t n = 0, cap = 0;
	char *buf = NULL;
	size_t bufcap = 0;

	*count = 0;
	if (f == NULL)
		return NULL;
	while (getline(&buf, &bufcap, f) != -1) {
		const char *p = buf;

		line++;
		if (p[0] == '#' && p[1] == '~')
			p += 2;
		p += strspn(p, " \t");
		if (strncmp(p, "msgid", 5) == 0 && (p[5] == ' ' || p[5] == '\t' || p[5] == '"')) {
			if (n == cap) {
				cap = cap ? cap * 2 : 256;
				lines = xreallocarray(lines, cap, sizeof *lines);
			}
			lines[n++] = line;
		}
	}
	free(buf);
	fclose(f);
	*count = n;
	return lines;
}

/* ------------------------------------------------------------- coverage */

struct counts {
	size_t translated, fuzzy, missing, obsolete;
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct strset {
	const char **v;
	size_t n, cap;
};

static void
set_add(struct strset *s, const struct text *t)
{
	if (t->en == NULL || t->en[0] == '\0')
		return;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n++] = t->en;
}

static void
add_points(struct strset *s, const struct contact_point *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		set_add(s, &p[i].note);
}

/* Every string of the guide a person can read, each once: what tr() looks
   up and so what a catalogue must translate. */
static void
guide_strings(const struct guide *g, struct strset *s)
{
	size_t i, j, k;

	for (i = 0; i < g->nscreens; i++) {
		const struct screen *sc = &g->screens[i];

		set_add(s, &sc->title);
		for (j = 0; j < sc->nbody; j++)
			for (k = 0; k < sc->body[j].nitems; k++)
				set_add(s, &sc->body[j].items[k]);
		for (j = 0; j < sc->nchoices; j++)
			set_add(s, &sc->choices[j].label);
		if (sc->skip.en != NULL)
			set_add(s, &sc->skip);
	}
	/* Proper names (source titles, providers' and councils' names) are
	   not translated: they are shown as written (content/README.md). */
	for (i = 0; i < g->nproviders; i++) {
		const struct provider *p = &g->providers[i];

		set_add(s, &p->hours);
		add_points(s, p->phones, p->nphones);
		add_points(s, p->emails, p->nemails);
		add_points(s, p->webs, p->nwebs);
	}
	for (i = 0; i < g->nregions; i++)
		set_add(s, &g->regions[i].name);
	for (i = 0; i < g->nareas; i++) {
		for (j = 0; j < g->areas[i].nproviders; j++)
		{
			set_add(s, &g->areas[i].providers[j].note);
			set_add(s, &g->areas[i].providers[j].brief);
		}
	}
	if (s->n > 0)
		qsort(s->v, s->n, sizeof *s->v, str_cmp);
	for (i = j = 0; i < s->n; i++)
		if (j == 0 || strcmp(s->v[j - 1], s->v[i]) != 0)
			s->v[j++] = s->v[i];
	s->n = j;
}

static bool
translated(po_message_t m)
{
	int i;
	const char *p;

	if (po_message_msgid_plural(m) == NULL)
		return po_message_msgstr(m)[0] != '\0';
	for (i = 0; (p = po_message_msgstr_plural(m, i)) != NULL; i++)
		if (p[0] == '\0')
			return false;
	return i > 0;
}

static bool
header_says(const char *header, const char *field, const char *value)
{
	char *v = header != NULL ? po_header_field(header, field) : NULL;
	bool yes = v != NULL && strstr(v, value) != NULL;

	free(v);
	return yes;
}

/* The plain view's commands as a catalogue translates them: for each, the
   msgstr (or the English) of its letter, word and name, and the line of
   its letter's entry. */
struct command_check {
	const char *form[3];
	unsigned line;
};

/* The folded first letter of s: "o" for "Od nowa". */
static char *
first_letter(const char *s)
{
	size_t n;
	char *f = search_fold(s, strlen(s), &n);
	int len = n > 0 ? u8_mblen((const uint8_t *)f, n) : 0;

	f[len > 0 ? (size_t)len : 0] = '\0';
	return f;
}

static bool
same_fold(const char *a, const char *b)
{
	size_t na, nb;
	char *fa = search_fold(a, strlen(a), &na), *fb = search_fold(b, strlen(b), &nb);
	bool eq = na == nb && memcmp(fa, fb, na) == 0;

	free(fa);
	free(fb);
	return eq;
}

/* A person types a command's letter, so in one language each letter is
   the first letter of the word and name shown beside it ("s od nowa"
   cannot be guessed), and no two commands share one. */
static void
check_commands(const char *path, struct command_check *cc, size_t n, struct diags *d)
{
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		struct srcpos pos = { path, cc[i].line, cc[i].line ? 1 : 0 };

		for (k = 1; k < 3; k++) {
			char *first;

			if (k == 2 && strcmp(cc[i].form[2], cc[i].form[1]) == 0)
				continue;  /* the name is the word: said once */
			first = first_letter(cc[i].form[k]);

			if (!same_fold(first, cc[i].form[0]))
				diags_add(d, DIAG_ERROR, &pos,
					  _("Make each command's letter the first letter of its word and of the name the prompt shows."),
					  _("command letter \"%s\" is not the first letter of \"%s\""),
					  cc[i].form[0], cc[i].form[k]);
			free(first);
		}
		for (j = 0; j < i; j++)
			if (same_fold(cc[i].form[0], cc[j].form[0]))
				diags_add(d, DIAG_ERROR, &pos,
					  _("Give each command its own letter: the letter alone chooses the command."),
					  _("commands \"%s\" and \"%s\" share the letter \"%s\""),
					  cc[j].form[2], cc[i].form[2], cc[i].form[0]);
	}
}

/* Reads one catalogue, checks every translation in it, and counts it against
   guide (the content's strings) or, for the interface, against its own
   entries. Returns false when the file could not be read. */
static bool
check_catalogue(const char *path, const struct strset *guide, bool interface,
		struct counts *c, bool *reviewed, struct diags *d)
{
	po_file_t f = read_po(path, d);
	po_message_iterator_t it;
	po_message_t m;
	unsigned *lines;
	size_t nlines, nmsg = 0, i;
	unsigned char *seen = NULL;
	char *header;
	const struct command_words *cw;
	size_t ncw = plain_command_words(&cw), w;
	struct command_check *cc = xcalloc(ncw, sizeof *cc);

	for (w = 0; w < ncw; w++) {
		cc[w].form[0] = cw[w].letter;
		cc[w].form[1] = cw[w].word;
		cc[w].form[2] = cw[w].name;
	}

	memset(c, 0, sizeof *c);
	*reviewed = false;
	if (f == NULL)
		return false;
	lines = msgid_lines(path, &nlines);
	/* Declared const, but libgettextpo returns a copy (xstrdup) to free. */
	header = (char *)po_file_domain_header(f, NULL);
	*reviewed = header_says(header, "X-Sendguide-Reviewed", "yes");
	if (!header_says(header, "Content-Type", "charset=UTF-8")) {
		struct srcpos pos = { path, 1, 1 };

		diags_add(d, DIAG_ERROR, &pos,
			  _("Save the catalogue as UTF-8 with \"Content-Type: text/plain; charset=UTF-8\" in its header."),
			  _("catalogue is not declared as UTF-8"));
	}
	if (guide != NULL)
		seen = xcalloc(guide->n + 1, 1);

	/* Count first so a position can be trusted only when the lines agree. */
	it = po_message_iterator(f, NULL);
	while (po_next_message(it) != NULL)
		nmsg++;
	po_message_iterator_free(it);

	it = po_message_iterator(f, NULL);
	for (i = 0; (m = po_next_message(it)) != NULL; i++) {
		const char *id = po_message_msgid(m);
		/* Column 1: where the entry's msgid keyword stands. */
		struct srcpos pos = { path, nlines == nmsg ? lines[i] : 0, nlines == nmsg ? 1 : 0 };
		bool fuzzy = po_message_is_fuzzy(m) != 0, done = translated(m), format;

		if (id[0] == '\0' && po_message_msgctxt(m) == NULL)
			continue;  /* the header */
		if (po_message_is_obsolete(m)) {
			c->obsolete++;
			continue;
		}
		if (guide != NULL) {
			const char **hit = bsearch(&id, guide->v, guide->n, sizeof *guide->v, str_cmp);

			if (hit == NULL)
				c->obsolete++;
			else if (!seen[hit - guide->v])
				seen[hit - guide->v] = done ? (fuzzy ? 1 : 2) : 3;
		} else if (fuzzy && done) {
			c->fuzzy++;
		} else if (done) {
			c->translated++;
		} else {
			c->missing++;
		}
		/* gettext never shows a fuzzy entry, so only live ones can do harm. */
		if (!done || fuzzy)
			continue;
		if (interface && po_message_msgctxt(m) == NULL && po_message_msgid_plural(m) == NULL)
			for (w = 0; w < ncw; w++) {
				if (strcmp(id, cw[w].letter) == 0) {
					cc[w].line = pos.line;
					cc[w].form[0] = po_message_msgstr(m);
				}
				if (strcmp(id, cw[w].word) == 0)
					cc[w].form[1] = po_message_msgstr(m);
				if (strcmp(id, cw[w].name) == 0)
					cc[w].form[2] = po_message_msgstr(m);
			}
		/* Interface strings may be printf formats unless xgettext was told
		   otherwise ("xgettext:no-c-format"); content strings never are. */
		format = interface && !po_message_is_format(m, "no-c-format");
		if (po_message_msgid_plural(m) == NULL) {
			check_pair(id, po_message_msgstr(m), format, &pos, d);
		} else {
			const char *p;
			int k;

			for (k = 0; (p = po_message_msgstr_plural(m, k)) != NULL; k++)
				check_pair(k == 0 ? id : po_message_msgid_plural(m), p, format, &pos, d);
		}
	}
	if (interface)
		check_commands(path, cc, ncw, d);
	free(cc);
	po_message_iterator_free(it);
	if (guide != NULL) {
		for (i = 0; i < guide->n; i++) {
			if (seen[i] == 2)
				c->translated++;
			else if (seen[i] == 1)
				c->fuzzy++;
			else
				c->missing++;
		}
	}
	free(seen);
	free(header);
	free(lines);
	po_file_free(f);
	return true;
}

static void
print_counts(FILE *out, const char *label, const struct counts *c, bool reviewed)
{
	size_t total = c->translated + c->fuzzy + c->missing;
	size_t pct = total == 0 ? 100 : c->translated * 100 / total;

	if (reviewed)
		fprintf(out, _("%s: %zu translated, %zu fuzzy, %zu missing, %zu obsolete (%zu%%)\n"),
			label, c->translated, c->fuzzy, c->missing, c->obsolete, pct);
	else
		fprintf(out, _("%s: %zu translated, %zu fuzzy, %zu missing, %zu obsolete (%zu%%), not yet reviewed\n"),
			label, c->translated, c->fuzzy, c->missing, c->obsolete, pct);
}

/* The language codes of a LINGUAS file (gettext's format: codes separated by
   spaces or lines, '#' comments). NULL when the file does not exist. */
static char **
read_linguas(const char *path, size_t *count, struct diags *d)
{
	FILE *f = fopen(path, "r");
	char **codes = NULL, *buf = NULL;
	size_t n = 0, bufcap = 0;
	unsigned line = 0;

	*count = 0;
	if (f == NULL)
		return NULL;
	while (getline(&buf, &bufcap, f) != -1) {
		char *hash = strchr(buf, '#'), *save = NULL, *w;

		line++;
		if (hash != NULL)
			*hash = '\0';
		for (w = strtok_r(buf, " \t\r\n", &save); w != NULL; w = strtok_r(NULL, " \t\r\n", &save)) {
			if (strspn(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@") != strlen(w)) {
				struct srcpos pos = { path, line, 1 };

				diags_add(d, DIAG_ERROR, &pos,
					  _("List language codes such as pl or pt_BR, separated by spaces."),
					  _("'%s' is not a language code"), w);
				continue;
			}
			codes = xreallocarray(codes, n + 1, sizeof *codes);
			codes[n++] = xstrdup(w);
		}
	}
	free(buf);
	fclose(f);
	*count = n;
	return codes != NULL ? codes : xcalloc(1, sizeof *codes);
}

static void
free_codes(char **codes, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(codes[i]);
	free(codes);
}

/* The folder holding content_dir: the source tree's top, where i18n/ is. */
static char *
parent_dir(const char *dir)
{
	size_t n = strlen(dir);
	const char *last;
	char *p;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	p = xstrndup(dir, n);
	last = strrchr(p, '/');
	if (strcmp(last != NULL ? last + 1 : p, ".") == 0 || strcmp(last != NULL ? last + 1 : p, "..") == 0) {
		char *q;

		xasprintf(&q, "%s/..", p);
		free(p);
		return q;
	}
	if (last == NULL) {
		free(p);
		return xstrdup(".");
	}
	if (last == p)
		p[1] = '\0';
	else
		p[last - p] = '\0';
	return p;
}

static char *
path_join(const char *top, const char *rest)
{
	char *p;

	if (strcmp(top, ".") == 0)
		return xstrdup(rest);
	xasprintf(&p, "%s%s%s", top, top[strlen(top) - 1] == '/' ? "" : "/", rest);
	return p;
}

static bool
exists(const char *path)
{
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return false;
	fclose(f);
	return true;
}

int
translations_report(const struct guide *g, const char *content_dir, struct diags *d, FILE *out)
{
	char *top = parent_dir(content_dir);
	char *linguas = path_join(top, "i18n/content/LINGUAS");
	struct strset strings = { NULL, 0, 0 };
	size_t ncodes, i;
	char **codes = read_linguas(linguas, &ncodes, d);

	if (codes == NULL) {
		free(linguas);
		free(top);
		return 0;
	}
	if (g != NULL)
		guide_strings(g, &strings);
	for (i = 0; i < ncodes; i++) {
		char *rel, *po, *label;
		struct counts c;
		bool reviewed;

		xasprintf(&rel, "i18n/content/%s.po", codes[i]);
		po = path_join(top, rel);
		if (check_catalogue(po, g != NULL ? &strings : NULL, false, &c, &reviewed, d))
			print_counts(out, codes[i], &c, reviewed);
		free(rel);
		free(po);

		/* The interface catalogue is gettext's i18n/LL.po; a language may
		   have content before its interface is translated. */
		xasprintf(&rel, "i18n/%s.po", codes[i]);
		po = path_join(top, rel);
		if (exists(po) && check_catalogue(po, NULL, true, &c, &reviewed, d)) {
			xasprintf(&label, _("%s (interface)"), codes[i]);
			print_counts(out, label, &c, reviewed);
			free(label);
		}
		free(rel);
		free(po);
	}
	free(strings.v);
	free_codes(codes, ncodes);
	free(linguas);
	free(top);
	return (int)ncodes;
}
