/* unit_qr.c: QR drawings read back module by module against libqrencode's own matrix.
   With --pbm or --screen-pbm it writes a drawing, or a captured screen, as
   an image for the tests to decode with zbarimg. */
#include <config.h>

#include <stdbool.h>

#if HAVE_QRENCODE
#include <qrencode.h>
#endif

#include "curses_view.h"
#include "guide.h"
#include "lang.h"
#include "page.h"
#include "qr.h"
#include "report.h"
#include "session.h"
#include "unit.h"
#include "xalloc.h"

#define PHONE "tel:03001234567"
#define URL "https://www.example.org.uk/send/mediation-and-disagreement-resolution"

/* Read a drawing back into modules: out[y * size + x] is 1 where the code
   has a dark module. Returns the size (modules a side), or 0 when the
   drawing is malformed (ragged lines, unknown characters). */
static int
read_back(const struct qr_text *q, enum qr_style style, bool light_ink, unsigned char **out)
{
	int size = style == QR_HALF_BLOCKS ? q->cols : q->cols / 2;
	size_t y;
	unsigned char *m = xcalloc((size_t)size * (size_t)size + (size_t)size, 1);

	for (y = 0; y < q->nlines; y++) {
		const char *p = q->lines[y];
		int x;

		for (x = 0; x < size; x++) {
			bool ink[2] = { false, false };

			if (style == QR_HALF_BLOCKS) {
				if (*p == ' ') {
					p++;
				} else if (strncmp(p, "\xe2\x96\x88", 3) == 0) {
					ink[0] = ink[1] = true, p += 3;
				} else if (strncmp(p, "\xe2\x96\x80", 3) == 0) {
					ink[0] = true, p += 3;
				} else if (strncmp(p, "\xe2\x96\x84", 3) == 0) {
					ink[1] = true, p += 3;
				} else {
					free(m);
					return 0;
				}
				m[(2 * y) * (size_t)size + (size_t)x] = ink[0] != light_ink;
				if ((int)(2 * y + 1) < size)
					m[(2 * y + 1) * (size_t)size + (size_t)x] = ink[1] != light_ink;
				else if (ink[1] != light_ink) {
					/* The padding half row must look like quiet zone. */
					free(m);
					return 0;
				}
			} else {
				if (p[0] != p[1] || (p[0] != '#' && p[0] != ' ')) {
					free(m);
					return 0;
				}
				m[y * (size_t)size + (size_t)x] = (p[0] == '#') != light_ink;
				p += 2;
			}
		}
		if (*p != '\0') {
			free(m);
			return 0;
		}
	}
	*out = m;
	return size;
}

#if HAVE_QRENCODE
static void
check_against_libqrencode(const char *text, enum qr_style style, bool light_ink)
{
	struct qr_text q;
	QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	unsigned char *m = NULL;
	int size, x, y, mismatches = 0, dark = 0;

	CHECK(code != NULL);
	if (code == NULL)
		return;
	CHECK_INT(qr_render(text, style, light_ink, 1000, 1000, &q), 0);
	CHECK_INT(q.quiet, 4);
	size = read_back(&q, style, light_ink, &m);
	CHECK_INT(size, code->width + 8);
	CHECK_INT(q.nlines, style == QR_HALF_BLOCKS ? (size_t)(size + 1) / 2 : (size_t)size);
	if (size == code->width + 8) {
		for (y = 0; y < size; y++)
			for (x = 0; x < size; x++) {
				int sx = x - 4, sy = y - 4;
				bool want = sx >= 0 && sy >= 0 && sx < code->width && sy < code->width
					&& (code->data[sy * code->width + sx] & 1);

				mismatches += m[y * size + x] != want;
				dark += want;
			}
		CHECK_INT(mismatches, 0);
		/* A drawing of nothing would match an empty matrix: make sure
		   the symbol has its usual ink. */
		CHECK(dark > code->width * code->width / 3);
	}
	free(m);
	qr_text_free(&q);
	QRcode_free(code);
}

static void
test_fitting(void)
{
	struct qr_text q;
	QRcode *code = QRcode_encodeString(PHONE, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	int w = code->width;

	QRcode_free(code);
	/* Exactly enough room for the full quiet zone. */
	CHECK_INT(qr_render(PHONE, QR_HALF_BLOCKS, true, w + 8, (w + 9) / 2, &q), 0);
	CHECK_INT(q.quiet, 4);
	CHECK_INT(q.cols, w + 8);
	qr_text_free(&q);
	/* One column short: the quiet zone shrinks to 2 modules. */
	CHECK_INT(qr_render(PHONE, QR_HALF_BLOCKS, true, w + 7, 100, &q), 0);
	CHECK_INT(q.quiet, 2);
	CHECK_INT(q.cols, w + 4);
	CHECK_INT(q.nlines, (size_t)(w + 5) / 2);
	qr_text_free(&q);
	CHECK_INT(qr_render(PHONE, QR_ASCII, false, 2 * (w + 4), w + 4, &q), 0);
	CHECK_INT(q.quiet, 2);
	CHECK_INT(q.cols, 2 * (w + 4));
	CHECK_INT(q.nlines, (size_t)(w + 4));
	qr_text_free(&q);
	/* Far too small: no code at all, rather than an unreadable one. */
	CHECK_INT(qr_render(PHONE, QR_HALF_BLOCKS, true, 20, 10, &q), -1);
	CHECK(q.lines == NULL && q.nlines == 0);
	CHECK_INT(qr_render(URL, QR_ASCII, true, 80, 24, &q), -1);
	/* Nothing to encode, or more than any QR version holds. */
	CHECK_INT(qr_render("", QR_HALF_BLOCKS, true, 1000, 1000, &q), -1);
	{
		char *huge = xmalloc(8000);

		memset(huge, 'x', 7999);
		huge[7999] = '\0';
		CHECK_INT(qr_render(huge, QR_HALF_BLOCKS, true, 100000, 100000, &q), -1);
		free(huge);
	}
}
#endif

static void
test_tel_uri(void)
{
	char *u;

	u = qr_tel_uri("0300 123 4567");
	CHECK_STR(u, "tel:03001234567");
	free(u);
	u = qr_tel_uri("+44 (0)20 7946 0000");
	CHECK_STR(u, "tel:+4402079460000");
	free(u);
	u = qr_tel_uri("01632 960 123 (option 2)");
	CHECK_STR(u, "tel:016329601232");
	free(u);
	u = qr_tel_uri("12+34");
	CHECK_STR(u, "tel:1234");
	free(u);
	CHECK(qr_tel_uri("none") == NULL);
	CHECK(qr_tel_uri("") == NULL);
}

/* --pbm STYLE INK TEXT: draw TEXT ("blocks" or "ascii", "light" or "dark"
   ink) and write what a camera would see as a plain PBM, 4 pixels a module. */
static int
write_pbm(const char *style_name, const char *ink_name, const char *text)
{
	enum qr_style style = strcmp(style_name, "ascii") == 0 ? QR_ASCII : QR_HALF_BLOCKS;
	bool light_ink = strcmp(ink_name, "light") == 0;
	struct qr_text q;
	unsigned char *m = NULL;
	int size, x, y;
	const int scale = 4;

	if (qr_render(text, style, light_ink, 1000, 1000, &q) != 0)
		return 77;
	size = read_back(&q, style, light_ink, &m);
	qr_text_free(&q);
	if (size == 0)
		return 1;
	printf("P1\n%d %d\n", size * scale, size * scale);
	for (y = 0; y < size * scale; y++) {
		for (x = 0; x < size * scale; x++)
			putchar(m[(y / scale) * size + x / scale] ? '1' : '0');
		putchar('\n');
	}
	free(m);
	return fflush(stdout) == 0 ? 0 : 1;
}

/* --screen-pbm: read a terminal's text (tmux capture-pane) on stdin and
   write the QR codes on it as a PBM a camera would see: the characters
   drawn are light, the rest dark. Every line gives two pixel rows: the
   halves of a half-block cell, or a "##" row twice. */
static int
screen_pbm(void)
{
	char *line = NULL;
	size_t cap = 0, nrows = 0, rows_cap = 0, width = 0, r, c;
	unsigned char **rows = NULL;
	size_t *lens = NULL;
	ssize_t n;
	const int scale = 4;

	while ((n = getline(&line, &cap, stdin)) >= 0) {
		bool blocks = strstr(line, "\xe2\x96") != NULL;
		bool hashes = strstr(line, "##") != NULL;
		unsigned char *top, *bottom;
		size_t cols = 0;
		const char *p;

		if (!blocks && !hashes)
			continue;
		if (nrows + 2 > rows_cap) {
			rows_cap = rows_cap ? rows_cap * 2 : 64;
			rows = xreallocarray(rows, rows_cap, sizeof *rows);
			lens = xreallocarray(lens, rows_cap, sizeof *lens);
		}
		top = xcalloc((size_t)n + 1, 1);
		bottom = xcalloc((size_t)n + 1, 1);
		for (p = line; *p != '\0' && *p != '\n'; cols++) {
			if (blocks && strncmp(p, "\xe2\x96\x88", 3) == 0) {
				top[cols] = bottom[cols] = 1, p += 3;
			} else if (blocks && strncmp(p, "\xe2\x96\x80", 3) == 0) {
				top[cols] = 1, p += 3;
			} else if (blocks && strncmp(p, "\xe2\x96\x84", 3) == 0) {
				bottom[cols] = 1, p += 3;
			} else {
				if (hashes && !blocks)
					top[cols] = *p == '#';
				/* Skip the rest of any other character. */
				p++;
				while (((unsigned char)*p & 0xC0) == 0x80)
					p++;
			}
		}
		if (hashes && !blocks) {
			/* A module is two columns and one line: a pixel a column
			   and two pixel rows a line keep it square, wherever the
			   code starts. */
			memcpy(bottom, top, cols);
			rows[nrows] = top;
			lens[nrows++] = cols;
			rows[nrows] = bottom;
			lens[nrows++] = cols;
		} else {
			rows[nrows] = top;
			lens[nrows++] = cols;
			rows[nrows] = bottom;
			lens[nrows++] = cols;
		}
		if (cols > width)
			width = cols;
	}
	free(line);
	if (nrows == 0)
		return 1;
	printf("P1\n%zu %zu\n", width * scale, nrows * scale);
	for (r = 0; r < nrows * scale; r++) {
		for (c = 0; c < width * scale; c++) {
			size_t x = c / scale;

			putchar(x < lens[r / scale] && rows[r / scale][x] ? '0' : '1');
		}
		putchar('\n');
	}
	for (r = 0; r < nrows; r++)
		free(rows[r]);
	free(rows);
	free(lens);
	return fflush(stdout) == 0 ? 0 : 1;
}

#if HAVE_QRENCODE
/* The kiosk's summary code for every outcome of the shipped content, with
   dates given, for every area, in every language: within version 12 at
   level M (what a camera reads off a screen), the journey code and the
   family's dates always in it. */
static void
test_summary_sizes(void)
{
	static const char *const langs[] = { "en", "pl", "ro" };
	const char *top = getenv("TOP_SRCDIR");
	struct diags d;
	struct guide *g;
	char *dir;
	size_t li, i, a;
	int pages = 0, with_cards = 0, with_contact = 0, biggest = 0, worst_version = 0;
	bool has[DATE_KEY_COUNT] = { true, true };
	struct date dates[DATE_KEY_COUNT] = { { 2027, 3, 10 }, { 2027, 4, 20 } };

	xasprintf(&dir, "%s/content", top != NULL ? top : ".");
	diags_init(&d);
	g = guide_load(dir, &d);
	CHECK(g != NULL);
	if (g == NULL) {
		diags_print(&d, stderr);
		goto out;
	}
	lang_init(BUILD_LOCALEDIR, "en");
	for (li = 0; li < sizeof langs / sizeof langs[0]; li++) {
		CHECK(lang_set(langs[li]));
		for (i = 0; i < g->nscreens; i++) {
			const struct screen *sc = &g->screens[i];

			if (sc->kind != SCREEN_OUTCOME)
				continue;
			for (a = 0; a <= g->nareas; a++) {
				struct session s;
				struct page pg = { 0 };
				char *text;
				size_t k;
				QRcode *qr;

				session_init(&s, g, NULL);
				session_open(&s, sc, a < g->nareas ? &g->areas[a] : NULL, has, dates);
				page_build(&pg, &s);
				text = qr_summary_text(&pg);
				CHECK(text != NULL);
				if (text != NULL) {
					pages++;
					CHECK(strlen(text) <= 280);
					if ((int)strlen(text) > biggest)
						biggest = (int)strlen(text);
					CHECK(strstr(text, pg.code_line) != NULL);
					for (k = 0; k < pg.ndeadlines; k++)
						if (strstr(text, pg.deadlines[k].what) == NULL)
							UNIT_FAIL_("%s %s: no date \"%s\"", langs[li], sc->id,
								   pg.deadlines[k].what);
					for (k = 0; k < pg.contacts.ncards; k++)
						if (pg.contacts.cards[k].npoints > 0)
							break;
					if (k < pg.contacts.ncards) {
						with_cards++;
						if (strstr(text, pg.contacts.cards[k].name) != NULL)
							with_contact++;
						else if (getenv("SHOW_DROPPED") != NULL)
							fprintf(stderr, "--- %s %s (%zu bytes)\n%s\n", langs[li],
								sc->id, strlen(text), text);
					}
					qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
					CHECK(qr != NULL && qr->version <= 12);
					if (qr != NULL && qr->version > worst_version)
						worst_version = qr->version;
					QRcode_free(qr);
					free(text);
				}
				page_free(&pg);
				session_free(&s);
			}
		}
	}
	CHECK(pages > 1000);
	fprintf(stderr, "summary codes: %d pages, %d of the %d with a contact name it, longest %d bytes, "
		"largest version %d\n", pages, with_contact, with_cards, biggest, worst_version);
	lang_set("en");
	guide_free(g);
out:
	diags_free(&d);
	free(dir);
}
#endif

int
main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "--pbm") == 0)
		return write_pbm(argv[2], argv[3], argv[4]);
	if (argc == 2 && strcmp(argv[1], "--screen-pbm") == 0)
		return screen_pbm();

	UNIT_CASE(test_tel_uri);
#if HAVE_QRENCODE
	UNIT_CASE(test_summary_sizes);
	CHECK(qr_available());
	check_against_libqrencode(PHONE, QR_HALF_BLOCKS, true);
	check_against_libqrencode(PHONE, QR_HALF_BLOCKS, false);
	check_against_libqrencode(PHONE, QR_ASCII, true);
	check_against_libqrencode(URL, QR_HALF_BLOCKS, true);
	check_against_libqrencode(URL, QR_ASCII, false);
	UNIT_CASE(test_fitting);
#else
	{
		struct qr_text q;

		CHECK(!qr_available());
		CHECK_INT(qr_render(PHONE, QR_HALF_BLOCKS, true, 1000, 1000, &q), -1);
		CHECK(q.nlines == 0);
	}
#endif
	UNIT_DONE();
}
