/* unit_session.c: journey transitions without a terminal or a content file. */
#include <config.h>

#include <string.h>

#include "session.h"
#include "unit.h"

/* A four-screen guide: start -> (a | b), a -> end, b -> end. */
static struct screen screens[4];
static struct choice start_choices[2], a_choices[1], b_choices[1];
static struct guide guide;
static struct area area = { .id = "rutland" };

static void
build(void)
{
	screens[0] = (struct screen){ .id = "start", .index = 0, .choices = start_choices, .nchoices = 2 };
	screens[1] = (struct screen){ .id = "a", .index = 1, .choices = a_choices, .nchoices = 1 };
	screens[2] = (struct screen){ .id = "b", .index = 2, .choices = b_choices, .nchoices = 1 };
	screens[3] = (struct screen){ .id = "end", .index = 3, .kind = SCREEN_OUTCOME };
	start_choices[0].target = &screens[1];
	start_choices[1].target = &screens[2];
	a_choices[0].target = &screens[3];
	b_choices[0].target = &screens[3];
	guide.screens = screens;
	guide.nscreens = 4;
	guide.start = &screens[0];
}

static void
test_choose_and_back(void)
{
	struct session s;

	CHECK_INT(session_init(&s, &guide, NULL), SESSION_OK);
	CHECK(s.current == &screens[0]);
	CHECK_INT(session_back(&s), SESSION_AT_START);
	CHECK(s.current == &screens[0]);
	CHECK_INT(session_choose(&s, 2), SESSION_NO_SUCH_CHOICE);
	CHECK_INT(s.depth, 0);

	CHECK_INT(session_choose(&s, 1), SESSION_OK);
	CHECK_STR(s.current->id, "b");
	CHECK_INT(session_choose(&s, 0), SESSION_OK);
	CHECK_STR(s.current->id, "end");
	CHECK_INT(s.depth, 2);
	CHECK_INT(session_choose(&s, 0), SESSION_NO_SUCH_CHOICE);
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK_STR(s.current->id, "b");
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK_STR(s.current->id, "start");
	session_free(&s);
}

static void
test_restart_jump_wipe(void)
{
	struct session s;
	size_t i;

	CHECK_INT(session_init(&s, &guide, NULL), SESSION_OK);
	/* Start again keeps the area; wipe forgets it and zeroes the history. */
	session_set_area(&s, &area);
	session_choose(&s, 0);
	session_choose(&s, 0);
	session_restart(&s);
	CHECK(s.current == guide.start);
	CHECK_INT(s.depth, 0);
	CHECK(s.area == &area);
	CHECK(s.history[0] == NULL);

	session_jump(&s, &screens[3]);
	CHECK_INT(s.depth, 1);
	session_jump(&s, &screens[3]);
	CHECK_INT(s.depth, 1);
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK(s.current == guide.start);

	/* A long journey grows the history without limit or loss. */
	for (i = 0; i < 1000; i++)
		session_jump(&s, &screens[1 + i % 3]);
	CHECK_INT(s.depth, 1000);
	session_wipe(&s);
	CHECK(s.area == NULL);
	CHECK_INT(s.depth, 0);
	CHECK(s.current == guide.start);
	for (i = 0; i < s.cap; i++)
		if (s.history[i] != NULL)
			break;
	CHECK_INT(i, s.cap);
	session_free(&s);
}

/* Finish starts again where there is no kiosk, and forgets on a kiosk. */
static void
test_finish(void)
{
	struct session s;

	CHECK_INT(session_init(&s, &guide, "a"), SESSION_OK);
	CHECK_STR(s.current->id, "a");
	session_choose(&s, 0);
	session_set_area(&s, &area);
	session_keep_home(&s, false);
	CHECK(!session_finish(&s));
	CHECK(s.current == guide.start);
	CHECK(s.area == &area);
	session_choose(&s, 1);
	session_keep_home(&s, true);
	session_set_area(&s, NULL);
	CHECK(session_finish(&s));
	CHECK(s.current == guide.start);
	CHECK_INT(s.depth, 0);
	CHECK(s.area == &area);
	session_free(&s);
}

/* A dated guide: q -> (letter | end); letter (date) -> cert (date) -> end. */
static struct screen dscreens[4];
static struct choice q_choices[2], letter_next[1], cert_next[1];
static struct guide dguide;

static void
build_dated(void)
{
	dscreens[0] = (struct screen){ .id = "q", .index = 0, .kind = SCREEN_QUESTION,
				       .choices = q_choices, .nchoices = 2 };
	dscreens[1] = (struct screen){ .id = "letter", .index = 1, .kind = SCREEN_DATE,
				       .stores = DATE_KEY_LETTER, .choices = letter_next, .nchoices = 1 };
	dscreens[2] = (struct screen){ .id = "cert", .index = 2, .kind = SCREEN_DATE,
				       .stores = DATE_KEY_CERTIFICATE, .choices = cert_next, .nchoices = 1 };
	dscreens[3] = (struct screen){ .id = "end", .index = 3, .kind = SCREEN_OUTCOME };
	q_choices[0].target = &dscreens[1];
	q_choices[1].target = &dscreens[3];
	letter_next[0].target = &dscreens[2];
	cert_next[0].target = &dscreens[3];
	dguide.screens = dscreens;
	dguide.nscreens = 4;
	dguide.start = &dscreens[0];
}

/* Answers are kept in order with the dates; the list names question and
   date screens only; revisiting forgets what came after; the wipe zeroes
   every byte of answers and dates. */
static void
test_answers_and_wipe(void)
{
	struct session s;
	struct date d = { 2026, 11, 23 }, zero = { 0, 0, 0 };
	size_t at[8], n, i, cap;
	const unsigned char *bytes;

	build_dated();
	CHECK_INT(session_init(&s, &dguide, NULL), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &d), SESSION_NO_SUCH_CHOICE);  /* not a date question */
	CHECK_INT(session_choose(&s, 0), SESSION_OK);
	CHECK_STR(s.current->id, "letter");
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_STR(s.current->id, "cert");
	CHECK(s.has_date[DATE_KEY_LETTER]);
	CHECK_INT(s.dates[DATE_KEY_LETTER].d, 23);
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);  /* skipped */
	CHECK_STR(s.current->id, "end");
	CHECK(!s.has_date[DATE_KEY_CERTIFICATE]);

	n = session_answered(&s, at, 8);
	CHECK_INT(n, 3);
	CHECK_INT(s.answers[at[0]].choice, 0);
	CHECK(s.answers[at[1]].dated && s.answers[at[1]].date.m == 11);
	CHECK(s.answers[at[2]].skipped);

	/* Back over the letter's question forgets its date. */
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK_STR(s.current->id, "letter");
	CHECK(!s.has_date[DATE_KEY_LETTER]);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK(s.has_date[DATE_KEY_CERTIFICATE]);

	/* Revisit the first question: what came after is put aside until it
	   is answered again. */
	CHECK_INT(session_revisit(&s, 0), SESSION_OK);
	CHECK_STR(s.current->id, "q");
	CHECK_INT(s.depth, 0);
	CHECK(!s.has_date[DATE_KEY_LETTER] && !s.has_date[DATE_KEY_CERTIFICATE]);
	CHECK_INT(session_revisit(&s, 0), SESSION_NO_SUCH_CHOICE);
	CHECK_INT(session_answered(&s, at, 8), 0);
	/* The same answer again: both dates still apply, and the journey is
	   back at its outcome. */
	CHECK_INT(session_choose(&s, 0), SESSION_OK);
	CHECK_STR(s.current->id, "end");
	CHECK_INT(s.depth, 3);
	CHECK(s.has_date[DATE_KEY_LETTER] && s.has_date[DATE_KEY_CERTIFICATE]);
	CHECK_INT(s.nreplay, 0);

	/* A long journey grows the arrays; the kiosk wipe zeroes them whole. */
	for (i = 0; i < 40; i++)
		session_jump(&s, &dscreens[i % 2 ? 3 : 0]);
	CHECK(s.cap >= 40);
	session_keep_home(&s, true);
	session_forget(&s);
	CHECK(s.current == dguide.start);
	CHECK_INT(s.depth, 0);
	CHECK(!s.has_date[DATE_KEY_LETTER] && !s.has_date[DATE_KEY_CERTIFICATE]);
	CHECK(memcmp(&s.dates[0], &zero, sizeof zero) == 0 && memcmp(&s.dates[1], &zero, sizeof zero) == 0);
	cap = s.cap;
	bytes = (const unsigned char *)s.answers;
	for (i = 0; i < cap * sizeof *s.answers; i++)
		if (bytes[i] != 0)
			break;
	CHECK_INT(i, cap * sizeof *s.answers);
	session_free(&s);
}

/* "Your answers": a changed date keeps the later answers; a changed
   answer that leads elsewhere forgets what is no longer reached. */
static void
test_revisit_keeps(void)
{
	struct session s;
	struct date d = { 2026, 11, 23 }, c = { 2026, 12, 1 }, e = { 2026, 10, 2 };

	build_dated();
	CHECK_INT(session_init(&s, &dguide, NULL), SESSION_OK);
	CHECK_INT(session_choose(&s, 0), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &c), SESSION_OK);
	CHECK_STR(s.current->id, "end");

	/* A new letter date: the certificate's is given again, and the
	   journey returns to the outcome. */
	CHECK_INT(session_revisit(&s, 1), SESSION_OK);
	CHECK_STR(s.current->id, "letter");
	CHECK(!s.has_date[DATE_KEY_LETTER]);
	CHECK_INT(session_answer_date(&s, &e), SESSION_OK);
	CHECK_STR(s.current->id, "end");
	CHECK_INT(s.dates[DATE_KEY_LETTER].m, 10);
	CHECK(s.has_date[DATE_KEY_CERTIFICATE]);
	CHECK_INT(s.dates[DATE_KEY_CERTIFICATE].m, 12);

	/* Another answer to the first question: the dates are not reached
	   and are forgotten. */
	CHECK_INT(session_revisit(&s, 0), SESSION_OK);
	CHECK_INT(session_choose(&s, 1), SESSION_OK);
	CHECK_STR(s.current->id, "end");
	CHECK_INT(s.depth, 1);
	CHECK(!s.has_date[DATE_KEY_LETTER] && !s.has_date[DATE_KEY_CERTIFICATE]);

	/* Revisiting the last answer puts nothing aside. */
	CHECK_INT(session_revisit(&s, 0), SESSION_OK);
	CHECK(s.nreplay == 0);
	session_free(&s);
}

/* Marks: a choice taken hides the choices that do not fit it; a choice
   about one region fits no area of another. */
static void
test_marks_and_regions(void)
{
	struct session s;
	struct region em = { .id = "east-midlands" }, ldn = { .id = "london" };
	struct area rut = { .id = "rutland", .region = &em }, cam = { .id = "camden", .region = &ldn };

	build();
	start_choices[0].marks = 1u << 0;
	a_choices[0].unless = 1u << 0;
	b_choices[0].region = &em;
	CHECK_INT(session_init(&s, &guide, NULL), SESSION_OK);
	CHECK(session_offers(&s, &a_choices[0]));
	CHECK_INT(session_choose(&s, 0), SESSION_OK);
	CHECK_INT(session_marks(&s), 1);
	CHECK(!session_offers(&s, &a_choices[0]));
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK_INT(session_marks(&s), 0);
	CHECK(session_offers(&s, &b_choices[0]));  /* no area yet */
	session_set_area(&s, &rut);
	CHECK(session_offers(&s, &b_choices[0]));
	session_set_area(&s, &cam);
	CHECK(!session_offers(&s, &b_choices[0]));
	start_choices[0].marks = 0;
	a_choices[0].unless = 0;
	b_choices[0].region = NULL;
	session_free(&s);
}

/* "Work out my dates" from an outcome: the date questions its deadlines
   need, then back to it; a certificate in hand goes where next_dated says. */
static void
test_work_out_dates(void)
{
	struct session s;
	struct date d = { 2026, 11, 23 }, c = { 2026, 12, 1 };
	static struct screen appeal = { .id = "appeal", .index = 4, .kind = SCREEN_OUTCOME };

	build_dated();
	dscreens[3].deadlines = DEADLINE_ADVISER;
	CHECK_INT(session_init(&s, &dguide, "end"), SESSION_OK);
	CHECK(session_dates_screen(&s) == &dscreens[1]);
	session_work_out_dates(&s);
	CHECK_STR(s.current->id, "letter");
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	/* Only the adviser's date: the certificate is not asked. */
	CHECK_STR(s.current->id, "end");
	CHECK(s.dates_return == NULL);
	CHECK(session_dates_screen(&s) == NULL);  /* the letter's date is known */

	/* With the appeal's date too, the certificate is asked; back from it
	   and on again still returns. */
	dscreens[3].deadlines = DEADLINE_ADVISER | DEADLINE_APPEAL;
	session_restart(&s);
	session_open(&s, &dscreens[3], NULL, (bool[]){ false, false }, (struct date[]){ { 0, 0, 0 }, { 0, 0, 0 } });
	session_work_out_dates(&s);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_STR(s.current->id, "cert");
	CHECK_INT(session_back(&s), SESSION_OK);
	CHECK(s.dates_return == &dscreens[3]);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_INT(session_answer_date(&s, NULL), SESSION_OK);
	CHECK_STR(s.current->id, "end");

	/* A certificate date given leads to the screen for having one. */
	dscreens[2].next_dated = &appeal;
	session_open(&s, &dscreens[3], NULL, (bool[]){ false, false }, (struct date[]){ { 0, 0, 0 }, { 0, 0, 0 } });
	session_work_out_dates(&s);
	CHECK_INT(session_answer_date(&s, &d), SESSION_OK);
	CHECK_INT(session_answer_date(&s, &c), SESSION_OK);
	CHECK_STR(s.current->id, "appeal");
	dscreens[2].next_dated = NULL;
	dscreens[3].deadlines = 0;
	session_free(&s);
}

/* A journey code's screen, area and dates, with no history. */
static void
test_open(void)
{
	struct session s;
	bool has[DATE_KEY_COUNT] = { true, false };
	struct date dates[DATE_KEY_COUNT] = { { 2026, 11, 23 }, { 0, 0, 0 } };

	build_dated();
	CHECK_INT(session_init(&s, &dguide, NULL), SESSION_OK);
	CHECK_INT(session_choose(&s, 1), SESSION_OK);
	session_open(&s, &dscreens[3], &area, has, dates);
	CHECK_STR(s.current->id, "end");
	CHECK_INT(s.depth, 0);
	CHECK(s.area == &area);
	CHECK(s.has_date[DATE_KEY_LETTER] && !s.has_date[DATE_KEY_CERTIFICATE]);
	CHECK_INT(s.dates[DATE_KEY_LETTER].y, 2026);
	session_free(&s);
}

int
main(void)
{
	build();
	UNIT_CASE(test_choose_and_back);
	UNIT_CASE(test_restart_jump_wipe);
	UNIT_CASE(test_finish);
	UNIT_CASE(test_answers_and_wipe);
	UNIT_CASE(test_open);
	UNIT_CASE(test_revisit_keeps);
	UNIT_CASE(test_marks_and_regions);
	UNIT_CASE(test_work_out_dates);
	UNIT_DONE();
}
