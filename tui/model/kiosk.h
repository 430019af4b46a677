/* kiosk.h: a public terminal's rules: idle countdown, staff exit, refused keys. No I/O. */
#ifndef SENDGUIDE_KIOSK_H
#define SENDGUIDE_KIOSK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "session.h"

/* Milliseconds on CLOCK_MONOTONIC: the wall clock can jump (NTP, a visitor
   cannot but an admin can), and a jump must never wipe or keep a session. */
int64_t kiosk_now_ms(void);

/*
 * The idle timer. A kiosk nobody has touched since the last reset is
 * "pristine": there is nothing to forget, so no timer runs and the screen
 * stays still (an idle kiosk sends 0 bytes). The first key or tap starts
 * the idle clock; after idle_seconds without input a countdown of
 * countdown_seconds is shown ("Still there?"), redrawn once a second; any
 * input cancels it, and its expiry resets the guide for the next visitor.
 *
 * The caller owns the clock: every function takes "now" from kiosk_now_ms()
 * in the program and from a fake clock in the tests.
 */
enum kiosk_phase {
	KIOSK_PRISTINE,   /* nothing to forget; no timer */
	KIOSK_IN_USE,     /* someone is using it; idle clock running */
	KIOSK_COUNTDOWN   /* "Still there?" is on screen */
};

enum kiosk_event {
	KIOSK_NONE,
	KIOSK_SHOW_COUNTDOWN,    /* draw or update the countdown (seconds_left changed) */
	KIOSK_CANCEL_COUNTDOWN,  /* take the countdown away; the input that did it is used up */
	KIOSK_RESET              /* wipe the session and go back to the first screen */
};

struct kiosk_timer {
	int64_t idle_ms, countdown_ms;
	int64_t last_input;      /* KIOSK_IN_USE: when the visitor last did something */
	int64_t deadline;        /* KIOSK_COUNTDOWN: when the guide resets */
	unsigned shown;          /* KIOSK_COUNTDOWN: the seconds last drawn */
	enum kiosk_phase phase;
};

void kiosk_timer_init(struct kiosk_timer *t, unsigned idle_seconds, unsigned countdown_seconds);
/* A key press, a tap or a resize by the visitor. */
enum kiosk_event kiosk_input(struct kiosk_timer *t, int64_t now);
/* Time has passed: what, if anything, must change on screen. */
enum kiosk_event kiosk_tick(struct kiosk_timer *t, int64_t now);
/* How long the caller may sleep before calling kiosk_tick again: -1 for
   "until input" (pristine), otherwise milliseconds, at most INT_MAX. */
int kiosk_wait_ms(const struct kiosk_timer *t, int64_t now);
/* Whole seconds left in the countdown, rounded up (0 outside it). */
unsigned kiosk_seconds_left(const struct kiosk_timer *t, int64_t now);
/* Back to pristine: after a reset or the visitor's own "Finished". */
void kiosk_timer_reset(struct kiosk_timer *t);

/*
 * The staff exit: a configured sequence of printable ASCII keys, typed
 * anywhere (it is never shown and never needs a special screen). The
 * matcher follows overlaps, so "aab" is found in "aaab". Any other key
 * (arrows, mouse) breaks a partial match. With no sequence it never
 * matches: the kiosk then has no way out but the console or the service
 * manager.
 */
#define KIOSK_STAFF_MIN 6
#define KIOSK_STAFF_MAX 64

struct kiosk_staff {
	char seq[KIOSK_STAFF_MAX + 1];
	size_t len;
	size_t matched;                   /* keys of seq matched so far */
	unsigned char fail[KIOSK_STAFF_MAX + 1];  /* KMP: longest proper border of seq[0..i) */
};

void kiosk_staff_init(struct kiosk_staff *m, const char *seq);
/* Feed one key (a character or a curses KEY_ code); true when the sequence
   has just been completed. */
bool kiosk_staff_feed(struct kiosk_staff *m, int key);

/* Is seq acceptable as a staff sequence? NULL when it is, otherwise the
   reason (an untranslated N_() string: pass it through _()). */
const char *kiosk_staff_problem(const char *seq);

/* Keys a kiosk swallows before any view sees them: the control characters
   a raw terminal delivers instead of signals (Ctrl-C, Ctrl-Z, Ctrl-\) and
   Ctrl-D, which means "end" to many people. Quit ('q', "quit") is refused
   by the views themselves, because q is also a letter to type in search. */
bool kiosk_key_refused(int key);

/* Before the view starts: ignore the keyboard's signals (SIGINT, SIGQUIT,
   SIGTSTP), and make sure a crash cannot write a visitor's session to disk
   as a core dump. */
void kiosk_lockdown(void);

#endif
