/* signals.c: what each signal does to a running guide: one table for both views (signals.h). */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lang.h"
#include "signals.h"

enum sig_group { SIG_ENDS, SIG_IGNORED, SIG_FAULT };

static const struct {
	int sig;
	enum sig_group group;
} table[] = {
	{ SIGHUP, SIG_ENDS }, { SIGINT, SIG_ENDS }, { SIGTERM, SIG_ENDS }, { SIGQUIT, SIG_ENDS },
	/* The CPU limit: the hard limit's SIGKILL follows; end tidily first. */
	{ SIGXCPU, SIG_ENDS },
#ifdef SIGPWR
	{ SIGPWR, SIG_ENDS },
#endif
	/* A write that fails is seen by the view (plain: status 74; full
	   screen: a dead terminal is a hangup). */
	{ SIGPIPE, SIG_IGNORED }, { SIGXFSZ, SIG_IGNORED },
	{ SIGUSR1, SIG_IGNORED }, { SIGUSR2, SIG_IGNORED }, { SIGALRM, SIG_IGNORED },
	{ SIGVTALRM, SIG_IGNORED }, { SIGPROF, SIG_IGNORED },
#ifdef SIGIO
	{ SIGIO, SIG_IGNORED },
#endif
#ifdef SIGSTKFLT
	{ SIGSTKFLT, SIG_IGNORED },
#endif
	{ SIGSEGV, SIG_FAULT }, { SIGBUS, SIG_FAULT }, { SIGFPE, SIG_FAULT }, { SIGILL, SIG_FAULT },
	{ SIGTRAP, SIG_FAULT }, { SIGSYS, SIG_FAULT }, { SIGABRT, SIG_FAULT },
};
#define NTABLE (sizeof table / sizeof table[0])

static volatile sig_atomic_t pending;
static bool caught;
static struct sigaction saved[NTABLE];
/* The real-time signals (their number is known only at run time). */
static struct sigaction saved_rt[64];
static int rt_first, rt_count;

/* What a fault handler gives back. */
static int tty_fd = -1;
static struct termios tty_mode;
static volatile sig_atomic_t tty_have_mode;
static char tty_bytes[512];
static volatile sig_atomic_t tty_nbytes;

static void
on_ending(int sig)
{
	pending = sig;
}

static void
on_fault(int sig)
{
	size_t i;

	if (tty_fd >= 0 && tty_have_mode)
		tcsetattr(tty_fd, TCSANOW, &tty_mode);
	if (tty_fd >= 0 && tty_nbytes > 0) {
		ssize_t w = write(tty_fd, tty_bytes, (size_t)tty_nbytes);

		(void)w;
	}
	/* Then the signal's earlier course (default: end with a core; under
	   AddressSanitizer, its report): it is delivered again on return. */
	for (i = 0; i < NTABLE; i++)
		if (table[i].sig == sig)
			sigaction(sig, &saved[i], NULL);
	raise(sig);
}

void
signals_catch(void)
{
	struct sigaction sa;
	size_t i;
	int s;

	pending = 0;
	for (i = 0; i < NTABLE; i++) {
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		/* No SA_RESTART: a wait or a read returns with EINTR and the
		   loop sees the flag in the same turn. */
		sa.sa_flags = 0;
		switch (table[i].group) {
		case SIG_ENDS: sa.sa_handler = on_ending; break;
		case SIG_IGNORED: sa.sa_handler = SIG_IGN; break;
		case SIG_FAULT: sa.sa_handler = on_fault; break;
		}
		sigaction(table[i].sig, NULL, &saved[i]);
		/* A signal already ignored (nohup, a kiosk's SIGINT) or handled
		   (a test harness's timer) is left as it is; a fault handler
		   goes in all the same and hands on to the earlier one. */
		if (table[i].group != SIG_FAULT && ((saved[i].sa_flags & SA_SIGINFO) != 0
						    || saved[i].sa_handler != SIG_DFL))
			continue;
		sigaction(table[i].sig, &sa, NULL);
	}
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = SIG_IGN;
	rt_first = SIGRTMIN;
	rt_count = SIGRTMAX - SIGRTMIN + 1;
	if (rt_count > (int)(sizeof saved_rt / sizeof saved_rt[0]))
		rt_count = (int)(sizeof saved_rt / sizeof saved_rt[0]);
	for (s = 0; s < rt_count; s++) {
		sigaction(rt_first + s, NULL, &saved_rt[s]);
		if ((saved_rt[s].sa_flags & SA_SIGINFO) == 0 && saved_rt[s].sa_handler == SIG_DFL)
			sigaction(rt_first + s, &sa, NULL);
	}
	caught = true;
}

void
signals_release(void)
{
	size_t i;
	int s;

	if (!caught)
		return;
	caught = false;
	for (i = 0; i < NTABLE; i++)
		sigaction(table[i].sig, &saved[i], NULL);
	for (s = 0; s < rt_count; s++)
		sigaction(rt_first + s, &saved_rt[s], NULL);
	tty_fd = -1;
	tty_have_mode = 0;
	tty_nbytes = 0;
}

int
signals_pending(void)
{
	return pending;
}

void
signals_note(int sig)
{
	pending = sig;
}

void
signals_add_ending(sigset_t *set)
{
	size_t i;

	for (i = 0; i < NTABLE; i++)
		if (table[i].group == SIG_ENDS)
			sigaddset(set, table[i].sig);
}

void
signals_tty(int fd, const struct termios *t, const char *bytes, size_t n)
{
	tty_have_mode = 0;
	tty_nbytes = 0;
	tty_fd = fd;
	if (t != NULL) {
		tty_mode = *t;
		tty_have_mode = 1;
	}
	if (n > sizeof tty_bytes)
		n = sizeof tty_bytes;
	if (n > 0)
		memcpy(tty_bytes, bytes, n);
	tty_nbytes = (sig_atomic_t)n;
}

void
signals_say_stopped(int sig)
{
	/* TRANSLATORS: %s is the system's name for a signal ("Hangup",
	   "Terminated"), already in the reader's language. */
	fprintf(stderr, _("sendguide: stopped: %s\n"), strsignal(sig));
}
