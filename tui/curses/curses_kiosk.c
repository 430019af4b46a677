/* curses_kiosk.c: kiosk mode in the full-screen view: the idle clock, the staff exit, refused keys, out of order. */

/*
 * The view's loop offers three hooks (curses_view.h); this file fills them
 * from the pure rules in kiosk.c:
 *  - filter_key sees every key first: it watches for the staff sequence,
 *    swallows the keyboard's control keys, restarts the idle clock, and
 *    uses up the key or tap that answers "Still there?";
 *  - timeout_ms tells poll() how long it may sleep: for ever on a kiosk
 *    nobody has touched, so an idle kiosk sends nothing at all;
 *  - tick shows or updates the countdown (once a second at most) and, when
 *    it runs out, wipes everything the visitor did.
 * The out-of-order screen has no session: there only the staff exit runs.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "curses_view.h"
#include "kiosk.h"
#include "lang.h"
#include "xalloc.h"

struct cv_kiosk {
	struct kiosk_timer timer;
	struct kiosk_staff staff;
	bool swallow_release;             /* the tap that answered: drop its release */
};

/* One view runs at a time. */
static struct cv_kiosk kiosk;

void
cv_kiosk_forget(struct cv *v)
{
	/* Every overlay's close zeroes what it held (a search query, a
	   council typed), the one under "Still there?" too. */
	cv_leave(v);
	/* "Your area is now ..." must not greet the next visitor. */
	memset(v->t.notice, 0, sizeof v->t.notice);
	if (v->at.marks != NULL)
		memset(v->at.marks, 0, v->at.marks_cap * sizeof *v->at.marks);
	v->at.nmarks = 0;
	v->at.sel = v->at.top = v->at.old_sel = 0;
	v->at.digit = 0;
	kiosk_timer_reset(&kiosk.timer);
	kiosk.swallow_release = false;
	/* Nor what was said to them. */
	cv_talk_forget(v);
}

static bool
kiosk_filter_key(struct cv *v, wint_t ch, bool keycode, enum cv_result *r)
{
	MEVENT ev;

	/* A resize comes from the machine, not from a visitor. */
	if (keycode && ch == KEY_RESIZE)
		return false;
	if (kiosk_staff_feed(&kiosk.staff, keycode ? -1 : (int)ch)) {
		v->exit_status = EXIT_STAFF;
		*r = CV_QUIT;
		return true;
	}
	if (v->s == NULL) {
		/* Out of order: nothing for a visitor to do. */
		*r = CV_NOTHING;
		return true;
	}
	if (keycode && ch == KEY_MOUSE && kiosk.swallow_release) {
		/* The finger that answered "Still there?" is lifted: that is
		   not a tap on whatever lies under it now. */
		if (getmouse(&ev) == OK && (ev.bstate & BUTTON1_RELEASED))
			kiosk.swallow_release = false;
		*r = CV_NOTHING;
		return true;
	}
	if (kiosk_input(&kiosk.timer, kiosk_now_ms()) == KIOSK_CANCEL_COUNTDOWN) {
		if (keycode && ch == KEY_MOUSE && getmouse(&ev) == OK)
			kiosk.swallow_release = (ev.bstate & BUTTON1_PRESSED) != 0;
		still_hide(v);
		*r = CV_REDRAW;
		return true;
	}
	if (!keycode && kiosk_key_refused((int)ch)) {
		*r = CV_NOTHING;
		return true;
	}
	return false;
}

static int
kiosk_timeout_ms(struct cv *v)
{
	(void)v;
	return kiosk_wait_ms(&kiosk.timer, kiosk_now_ms());
}

static enum cv_result
kiosk_tick_view(struct cv *v)
{
	switch (kiosk_tick(&kiosk.timer, kiosk_now_ms())) {
	case KIOSK_SHOW_COUNTDOWN:
		still_show(v, kiosk_seconds_left(&kiosk.timer, kiosk_now_ms()));
		/* Erase and draw: ncurses sends only the digits that changed. */
		return CV_REDRAW;
	case KIOSK_RESET:
		session_forget(v->s);
		cv_kiosk_forget(v);
		return CV_RELAYOUT;
	case KIOSK_CANCEL_COUNTDOWN:
	case KIOSK_NONE:
	default:
		return CV_NOTHING;
	}
}

void
cv_kiosk_start(struct cv *v)
{
	if (!v->o->kiosk)
		return;
	memset(&kiosk, 0, sizeof kiosk);
	kiosk_staff_init(&kiosk.staff, v->o->staff_keys);
	v->hooks.filter_key = kiosk_filter_key;
	if (v->s == NULL)
		return;
	kiosk_timer_init(&kiosk.timer, v->o->idle_seconds, v->o->countdown_seconds);
	v->hooks.timeout_ms = kiosk_timeout_ms;
	v->hooks.tick = kiosk_tick_view;
}

/* Out of order: the content failed to load on a kiosk. Nothing to do but
   wait for staff, whose sequence the key filter watches for. */
static void
out_of_order_draw(struct cv *v)
{
	draw_message(v, _("This guide is out of order. Please ask a member of staff."));
}

const struct cv_mode cv_mode_out_of_order = {
	"out-of-order", out_of_order_draw, NULL, NULL, NULL, NULL, NULL, NULL
};
