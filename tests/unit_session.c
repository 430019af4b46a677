/* unit_session.c: journey transitions without a terminal or a content file. */
#include <config.h>

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

int
main(void)
{
	build();
	UNIT_CASE(test_choose_and_back);
	UNIT_CASE(test_restart_jump_wipe);
	UNIT_CASE(test_finish);
	UNIT_DONE();
}
