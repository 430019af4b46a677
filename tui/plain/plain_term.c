/* plain_term.c: the plain view's few dealings with a terminal: a kiosk's flow control and signal keys, end of input, wiping. */
#include <config.h>

#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <curses.h>
#include <term.h>

#include "plain_term.h"
#include "signals.h"

static int tty_fd = -1;
static struct termios saved;

bool
plain_tty_kiosk(FILE *in)
{
	int fd = fileno(in);
	struct termios t;

	if (fd < 0 || !isatty(fd) || tcgetattr(fd, &saved) != 0)
		return false;
	t = saved;
	/* With IXON a Ctrl-S stops all output until Ctrl-Q, which nobody at a
	   kiosk knows; IXOFF would let the terminal be sent the same stop. */
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF | IXANY);
	/* Ctrl-C, Ctrl-\ and Ctrl-Z are keys, not signals, as in the
	   full-screen kiosk (raw mode): Ctrl-\ would end any wrapper in the
	   foreground group, and the kiosk with it. */
	t.c_lflag &= ~(tcflag_t)ISIG;
	tcsetattr(fd, TCSANOW, &t);
	/* A Ctrl-S typed before the guide started must not keep it frozen. */
	tcflow(fd, TCOON);
	tty_fd = fd;
	signals_tty(fd, &saved, NULL, 0);
	return true;
}

void
plain_tty_restore(void)
{
	if (tty_fd < 0)
		return;
	tcsetattr(tty_fd, TCSANOW, &saved);
	tty_fd = -1;
}

bool
plain_tty_alive(FILE *in)
{
	struct pollfd p = { .fd = fileno(in), .events = POLLIN };

	if (p.fd < 0 || !isatty(p.fd) || ferror(in))
		return false;
	/* A terminal that hung up (the line dropped, the window closed)
	   reports it; one where Ctrl-D was typed does not. */
	if (poll(&p, 1, 0) < 0 || (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
		return false;
	return true;
}

void
plain_tty_wipe(FILE *out)
{
	int fd = fileno(out), err = 0, rows = 0;
	struct winsize ws;
	bool cleared = false;

	if (fd < 0 || !isatty(fd))
		return;
	fflush(out);
	/* TERM known: clear (home and erase the screen) then E3 (erase the
	   scrollback, which clearing may just have filled). */
	if (setupterm(NULL, fd, &err) == OK) {
		const char *clear = tigetstr("clear"), *e3 = tigetstr("E3");

		if (clear != NULL && clear != (char *)-1) {
			fputs(clear, out);
			cleared = true;
		}
		if (cleared && e3 != NULL && e3 != (char *)-1)
			fputs(e3, out);
		rows = tigetnum("lines");
		del_curterm(cur_term);
	}
	if (cleared) {
		fflush(out);
		return;
	}
	/* A dumb terminal: push a screenful of blank lines, so the next
	   visitor does not find the last one's words on the screen (its
	   scrollback, where it has one, keeps them). */
	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
		rows = ws.ws_row;
	if (rows <= 0 || rows > 500)
		rows = 50;
	while (rows-- > 0)
		fputc('\n', out);
	fflush(out);
}
