/* unit_kiosk.c: the kiosk's idle countdown, staff sequence and refused keys, on a fake clock. */
#include <config.h>

#include <limits.h>

#include "kiosk.h"
#include "lang.h"
#include "unit.h"

static void
test_pristine_kiosk_sleeps(void)
{
	struct kiosk_timer t;

	kiosk_timer_init(&t, 120, 20);
	/* Nobody has touched it: no timer, so nothing is ever drawn. */
	CHECK_INT(t.phase, KIOSK_PRISTINE);
	CHECK_INT(kiosk_wait_ms(&t, 0), -1);
	CHECK_INT(kiosk_tick(&t, 0), KIOSK_NONE);
	CHECK_INT(kiosk_tick(&t, 10LL * 24 * 3600 * 1000), KIOSK_NONE);
	CHECK_INT(kiosk_seconds_left(&t, 5000), 0);
}

static void
test_countdown_starts_at_idle_and_expires(void)
{
	struct kiosk_timer t;
	int64_t now = 1000000;   /* a monotonic clock does not start at 0 */
	int64_t t0, ms;
	int shows = 2;   /* 20 and 19 above */

	kiosk_timer_init(&t, 120, 20);
	CHECK_INT(kiosk_input(&t, now), KIOSK_NONE);
	CHECK_INT(t.phase, KIOSK_IN_USE);
	CHECK_INT(kiosk_wait_ms(&t, now), 120000);
	CHECK_INT(kiosk_tick(&t, now + 119999), KIOSK_NONE);
	CHECK_INT(kiosk_wait_ms(&t, now + 119999), 1);
	now += 120000;
	CHECK_INT(kiosk_wait_ms(&t, now), 0);
	CHECK_INT(kiosk_tick(&t, now), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(t.phase, KIOSK_COUNTDOWN);
	CHECK_INT(kiosk_seconds_left(&t, now), 20);
	/* Ticks inside the same second draw nothing. */
	CHECK_INT(kiosk_tick(&t, now + 1), KIOSK_NONE);
	CHECK_INT(kiosk_tick(&t, now + 999), KIOSK_NONE);
	CHECK_INT(kiosk_wait_ms(&t, now), 1000);
	CHECK_INT(kiosk_wait_ms(&t, now + 250), 750);
	CHECK_INT(kiosk_tick(&t, now + 1000), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(kiosk_seconds_left(&t, now + 1000), 19);

	/* Sleeping exactly as told redraws once a second, 20, 19, ... 1,
	   then resets: 20 drawings in all, never two in one second. */
	t0 = now;
	now += 1000;
	while ((ms = kiosk_wait_ms(&t, now)) >= 0) {
		enum kiosk_event e;

		now += ms;
		e = kiosk_tick(&t, now);
		if (e == KIOSK_SHOW_COUNTDOWN) {
			shows++;
			CHECK_INT(kiosk_seconds_left(&t, now), 20 - (now - t0) / 1000);
		} else {
			CHECK_INT(e, KIOSK_RESET);
			break;
		}
		CHECK(shows < 30);
		if (shows >= 30)
			break;
	}
	CHECK_INT(shows, 20);
	CHECK_INT(now - t0, 20000);
	CHECK_INT(t.phase, KIOSK_PRISTINE);
	CHECK_INT(kiosk_wait_ms(&t, now), -1);
	CHECK_INT(kiosk_tick(&t, now + 500000), KIOSK_NONE);
}

static void
test_any_input_cancels(void)
{
	struct kiosk_timer t;
	int64_t now = 5000;

	kiosk_timer_init(&t, 10, 5);
	kiosk_input(&t, now);
	/* Input while in use pushes the deadline back. */
	now += 9000;
	CHECK_INT(kiosk_input(&t, now), KIOSK_NONE);
	CHECK_INT(kiosk_tick(&t, now + 9999), KIOSK_NONE);
	now += 10000;
	CHECK_INT(kiosk_tick(&t, now), KIOSK_SHOW_COUNTDOWN);
	now += 3500;
	CHECK_INT(kiosk_tick(&t, now), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(kiosk_seconds_left(&t, now), 2);
	/* "Still there?" - yes: the key only answers the question. */
	CHECK_INT(kiosk_input(&t, now), KIOSK_CANCEL_COUNTDOWN);
	CHECK_INT(t.phase, KIOSK_IN_USE);
	CHECK_INT(kiosk_seconds_left(&t, now), 0);
	CHECK_INT(kiosk_input(&t, now + 1), KIOSK_NONE);
	/* A whole new idle period before the next countdown, which is whole again. */
	CHECK_INT(kiosk_tick(&t, now + 9000), KIOSK_NONE);
	now += 10001;
	CHECK_INT(kiosk_tick(&t, now), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(kiosk_seconds_left(&t, now), 5);
}

static void
test_late_wakeup_gets_whole_countdown(void)
{
	struct kiosk_timer t;

	kiosk_timer_init(&t, 10, 5);
	kiosk_input(&t, 0);
	/* The machine slept through the deadline: the visitor who is still
	   there must still be asked, not wiped at once. */
	CHECK_INT(kiosk_tick(&t, 3600000), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(kiosk_seconds_left(&t, 3600000), 5);
	CHECK_INT(kiosk_tick(&t, 3604999), KIOSK_SHOW_COUNTDOWN);
	CHECK_INT(kiosk_tick(&t, 3605000), KIOSK_RESET);
}

static void
test_finished_resets_timer(void)
{
	struct kiosk_timer t;

	kiosk_timer_init(&t, 10, 5);
	kiosk_input(&t, 0);
	kiosk_tick(&t, 10000);
	kiosk_timer_reset(&t);
	CHECK_INT(t.phase, KIOSK_PRISTINE);
	CHECK_INT(kiosk_wait_ms(&t, 10000), -1);
	CHECK_INT(kiosk_tick(&t, 99999), KIOSK_NONE);
	/* Input after a reset is an ordinary first touch, not a cancel. */
	CHECK_INT(kiosk_input(&t, 100000), KIOSK_NONE);
}

static void
test_huge_idle_is_clamped(void)
{
	struct kiosk_timer t;

	kiosk_timer_init(&t, 4000000, 600);
	kiosk_input(&t, 0);
	CHECK_INT(kiosk_wait_ms(&t, 0), INT_MAX);
}

static bool
feed(struct kiosk_staff *m, const char *keys)
{
	bool done = false;

	for (; *keys != '\0'; keys++)
		done = kiosk_staff_feed(m, (unsigned char)*keys);
	return done;
}

static void
test_staff_sequence(void)
{
	struct kiosk_staff m;

	kiosk_staff_init(&m, "7;k!Vq2");
	CHECK(feed(&m, "7;k!Vq2"));
	/* Anything may come before it. */
	CHECK(feed(&m, "jjj17;k!Vq2"));
	/* Partial matches are not enough, and a wrong key breaks one. */
	CHECK(!feed(&m, "7;k!Vq"));
	CHECK(!feed(&m, "x2"));
	CHECK(!feed(&m, "7;k!V"));
	CHECK(!kiosk_staff_feed(&m, 0x102));   /* a curses arrow key */
	CHECK(!feed(&m, "q2"));
	/* After a match it starts over. */
	CHECK(feed(&m, "7;k!Vq2"));
	CHECK(!feed(&m, "q2"));
	/* Case matters. */
	CHECK(!feed(&m, "7;K!Vq2"));
}

static void
test_staff_overlaps(void)
{
	struct kiosk_staff m;

	/* A restart inside the sequence: "aab" is found in "aaab". */
	kiosk_staff_init(&m, "aaabab");
	CHECK(feed(&m, "aaaabab"));
	CHECK(feed(&m, "aaaaaaaaabab"));
	CHECK(feed(&m, "aaabaaabab"));
	CHECK(!feed(&m, "aaabaab"));
	kiosk_staff_init(&m, "abcabd");
	CHECK(feed(&m, "abcabcabd"));
	CHECK(!feed(&m, "abcabcab"));
	CHECK(kiosk_staff_feed(&m, 'd'));
	kiosk_staff_init(&m, "xyxyxz");
	CHECK(feed(&m, "xyxyxyxz"));
	CHECK(!feed(&m, "xyxyxy"));
	CHECK(!feed(&m, " xz"));
	CHECK(feed(&m, "xyxyxz"));
}

static void
test_staff_unset_never_matches(void)
{
	struct kiosk_staff m;
	int k;

	kiosk_staff_init(&m, NULL);
	for (k = 0; k < 0x200; k++)
		CHECK(!kiosk_staff_feed(&m, k));
	kiosk_staff_init(&m, "");
	CHECK(!feed(&m, "anything at all"));
	/* A sequence too short to be safe is refused, not half-used. */
	kiosk_staff_init(&m, "abc");
	CHECK(!feed(&m, "abcabc"));
}

static void
test_staff_problems(void)
{
	char longest[KIOSK_STAFF_MAX + 2];

	CHECK(kiosk_staff_problem("7;k!Vq2") == NULL);
	CHECK(kiosk_staff_problem("abcdef") == NULL);
	CHECK(kiosk_staff_problem("abcde") != NULL);
	CHECK(kiosk_staff_problem("abc def") != NULL);
	CHECK(kiosk_staff_problem("abc#def") != NULL);
	CHECK(kiosk_staff_problem("abc\tdef") != NULL);
	CHECK(kiosk_staff_problem("abc\x7f" "def") != NULL);
	CHECK(kiosk_staff_problem("abc\xc3\xa9" "def") != NULL);
	memset(longest, 'k', sizeof longest);
	longest[KIOSK_STAFF_MAX] = '\0';
	CHECK(kiosk_staff_problem(longest) == NULL);
	longest[KIOSK_STAFF_MAX] = 'k';
	longest[KIOSK_STAFF_MAX + 1] = '\0';
	CHECK(kiosk_staff_problem(longest) != NULL);
}

static void
test_refused_keys(void)
{
	CHECK(kiosk_key_refused(3));     /* Ctrl-C */
	CHECK(kiosk_key_refused(26));    /* Ctrl-Z */
	CHECK(kiosk_key_refused(28));    /* Ctrl-\ */
	CHECK(kiosk_key_refused(4));     /* Ctrl-D */
	/* Everything a visitor needs still works, and q is a letter in search. */
	CHECK(!kiosk_key_refused('q'));
	CHECK(!kiosk_key_refused('b'));
	CHECK(!kiosk_key_refused('s'));
	CHECK(!kiosk_key_refused('j'));
	CHECK(!kiosk_key_refused('1'));
	CHECK(!kiosk_key_refused('\n'));
	CHECK(!kiosk_key_refused('/'));
	CHECK(!kiosk_key_refused('l'));
	CHECK(!kiosk_key_refused('a'));
	CHECK(!kiosk_key_refused('?'));
}

static void
test_wipe(void)
{
	static struct screen screens[3];
	static struct choice start_choices[1], middle_choices[1];
	static struct guide guide;
	static struct area home = { .id = "rutland" }, visitor = { .id = "york" };
	struct session s;

	screens[0] = (struct screen){ .id = "start", .choices = start_choices, .nchoices = 1 };
	screens[1] = (struct screen){ .id = "middle", .index = 1, .choices = middle_choices, .nchoices = 1 };
	screens[2] = (struct screen){ .id = "end", .index = 2, .kind = SCREEN_OUTCOME };
	start_choices[0].target = &screens[1];
	middle_choices[0].target = &screens[2];
	guide.screens = screens;
	guide.nscreens = 3;
	guide.start = &screens[0];

	CHECK_INT(session_init(&s, &guide, NULL), SESSION_OK);
	session_set_area(&s, &home);
	CHECK(lang_set("en"));
	session_keep_home(&s, true);
	/* A visitor goes two screens in, picks their own area and language. */
	session_choose(&s, 0);
	session_choose(&s, 0);
	session_set_area(&s, &visitor);
	CHECK(lang_set("pl"));
	CHECK(session_finish(&s));
	CHECK(s.current == guide.start);
	CHECK_INT(s.depth, 0);
	CHECK(s.history[0] == NULL && s.history[1] == NULL);
	CHECK_INT(session_back(&s), SESSION_AT_START);
	CHECK(s.area == &home);
	CHECK_STR(lang_current(), "en");
	/* A kiosk with no area of its own forgets the visitor's. */
	session_choose(&s, 0);
	session_set_area(&s, &visitor);
	s.home_area = NULL;
	session_forget(&s);
	CHECK(s.area == NULL);
	CHECK(s.current == guide.start);
	session_free(&s);
}

int
main(void)
{
	UNIT_CASE(test_pristine_kiosk_sleeps);
	UNIT_CASE(test_countdown_starts_at_idle_and_expires);
	UNIT_CASE(test_any_input_cancels);
	UNIT_CASE(test_late_wakeup_gets_whole_countdown);
	UNIT_CASE(test_finished_resets_timer);
	UNIT_CASE(test_huge_idle_is_clamped);
	UNIT_CASE(test_staff_sequence);
	UNIT_CASE(test_staff_overlaps);
	UNIT_CASE(test_staff_unset_never_matches);
	UNIT_CASE(test_staff_problems);
	UNIT_CASE(test_refused_keys);
	UNIT_CASE(test_wipe);
	UNIT_DONE();
}
