/* kiosk.c: a public terminal's rules: idle countdown, staff exit, refused keys. */
#include <config.h>

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>

#include "kiosk.h"
#include "lang.h"

int64_t
kiosk_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
kiosk_timer_init(struct kiosk_timer *t, unsigned idle_seconds, unsigned countdown_seconds)
{
	memset(t, 0, sizeof *t);
	t->idle_ms = (int64_t)idle_seconds * 1000;
	t->countdown_ms = (int64_t)countdown_seconds * 1000;
	t->phase = KIOSK_PRISTINE;
}

static unsigned
seconds_left(const struct kiosk_timer *t, int64_t now)
{
	int64_t left = t->deadline - now;

	if (left <= 0)
		return 0;
	return (unsigned)((left + 999) / 1000);
}

enum kiosk_event
kiosk_input(struct kiosk_timer *t, int64_t now)
{
	enum kiosk_phase was = t->phase;

	t->phase = KIOSK_IN_USE;
	t->last_input = now;
	/* The key that answers "Still there?" only answers it: acting on it as
	   well would surprise someone who pressed whatever was under a finger. */
	return was == KIOSK_COUNTDOWN ? KIOSK_CANCEL_COUNTDOWN : KIOSK_NONE;
}

enum kiosk_event
kiosk_tick(struct kiosk_timer *t, int64_t now)
{
	unsigned left;

	switch (t->phase) {
	case KIOSK_PRISTINE:
		return KIOSK_NONE;
	case KIOSK_IN_USE:
		if (now - t->last_input < t->idle_ms)
			return KIOSK_NONE;
		/* Counted from now, not from the idle deadline: after a late
		   wake-up the visitor still gets the whole countdown. */
		t->phase = KIOSK_COUNTDOWN;
		t->deadline = now + t->countdown_ms;
		t->shown = seconds_left(t, now);
		return KIOSK_SHOW_COUNTDOWN;
	case KIOSK_COUNTDOWN:
		left = seconds_left(t, now);
		if (left == 0) {
			kiosk_timer_reset(t);
			return KIOSK_RESET;
		}
		if (left == t->shown)
			return KIOSK_NONE;
		t->shown = left;
		return KIOSK_SHOW_COUNTDOWN;
	}
	return KIOSK_NONE;
}

static int
clamp_ms(int64_t ms)
{
	if (ms < 0)
		return 0;
	return ms > INT_MAX ? INT_MAX : (int)ms;
}

int
kiosk_wait_ms(const struct kiosk_timer *t, int64_t now)
{
	int64_t left;

	switch (t->phase) {
	case KIOSK_PRISTINE:
		return -1;
	case KIOSK_IN_USE:
		return clamp_ms(t->last_input + t->idle_ms - now);
	case KIOSK_COUNTDOWN:
		/* Wake exactly when the rounded-up seconds change, so the
		   countdown is redrawn once a second and never more often. */
		left = t->deadline - now;
		if (left <= 0)
			return 0;
		return clamp_ms(left - (int64_t)(seconds_left(t, now) - 1) * 1000);
	}
	return -1;
}

unsigned
kiosk_seconds_left(const struct kiosk_timer *t, int64_t now)
{
	return t->phase == KIOSK_COUNTDOWN ? seconds_left(t, now) : 0;
}

void
kiosk_timer_reset(struct kiosk_timer *t)
{
	t->phase = KIOSK_PRISTINE;
	t->last_input = t->deadline = 0;
	t->shown = 0;
}

const char *
kiosk_staff_problem(const char *seq)
{
	size_t i, n = strlen(seq);

	if (n < KIOSK_STAFF_MIN)
		return N_("the staff key sequence needs at least 6 keys, so nobody finds it by chance");
	if (n > KIOSK_STAFF_MAX)
		return N_("the staff key sequence can have at most 64 keys");
	for (i = 0; i < n; i++)
		if ((unsigned char)seq[i] <= ' ' || (unsigned char)seq[i] >= 0x7f || seq[i] == '#')
			return N_("the staff key sequence can use only printable ASCII characters, no spaces and no '#'");
	return NULL;
}

void
kiosk_staff_init(struct kiosk_staff *m, const char *seq)
{
	size_t i, k;

	memset(m, 0, sizeof *m);
	if (seq == NULL || kiosk_staff_problem(seq) != NULL)
		return;
	m->len = strlen(seq);
	memcpy(m->seq, seq, m->len);
	/* Knuth-Morris-Pratt failure function, so a mistyped key that is also
	   the start of the sequence still counts ("aab" inside "aaab"). */
	m->fail[0] = m->fail[1] = 0;
	for (i = 1, k = 0; i < m->len; i++) {
		while (k > 0 && seq[i] != seq[k])
			k = m->fail[k];
		if (seq[i] == seq[k])
			k++;
		m->fail[i + 1] = (unsigned char)k;
	}
}

bool
kiosk_staff_feed(struct kiosk_staff *m, int key)
{
	if (m->len == 0)
		return false;
	if (key <= ' ' || key >= 0x7f) {
		m->matched = 0;
		return false;
	}
	while (m->matched > 0 && m->seq[m->matched] != (char)key)
		m->matched = m->fail[m->matched];
	if (m->seq[m->matched] == (char)key)
		m->matched++;
	if (m->matched == m->len) {
		m->matched = 0;
		return true;
	}
	return false;
}

bool
kiosk_key_refused(int key)
{
	switch (key) {
	case 0x03:  /* Ctrl-C */
	case 0x04:  /* Ctrl-D */
	case 0x1a:  /* Ctrl-Z */
	case 0x1c:  /* Ctrl-\ */
		return true;
	default:
		return false;
	}
}

void
kiosk_lockdown(void)
{
	static const struct rlimit no_core = { 0, 0 };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	/* A core file would hold the last visitor's journey. */
	setrlimit(RLIMIT_CORE, &no_core);
#ifndef __SANITIZE_ADDRESS__
	/* Also stops a core_pattern pipe (systemd-coredump), which ignores
	   RLIMIT_CORE. Not under AddressSanitizer: its leak checker attaches to
	   the process with ptrace, which this forbids. */
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}
