/* ptyrun.c: run a program in a pseudo-terminal, type a script at it and report the bytes it writes. */

/*
 * Usage: ptyrun [-c COLS] [-r ROWS] [-o RAWFILE] -- PROGRAM [ARG]...
 *
 * Reads a script on stdin, one command a line:
 *   send TEXT      type TEXT (escapes: \e \r \n \t \\ \xHH)
 *   wait TEXT      until the output so far contains TEXT (5 s at most: exit 1)
 *   quiet MS       until the program has written nothing for MS milliseconds
 *   mark LABEL     print "LABEL BYTES": bytes written since the last mark
 *   signal NAME    send the signal NAME (HUP, USR1, RTMIN+3 ...) to the program
 *   resize C R     change the terminal's size
 *   hangup         close the terminal, as a dropped connection does
 *   exit MS        wait MS milliseconds for the program to end; print
 *                  "exit N", "killed-by N" or "running" (then exit 1)
 *   sleep MS       wait, still reading output
 *   time LABEL     print "LABEL MICROSECONDS" since the program was started
 *   alive          print "alive" if the program is still running, else "ended"
 *   termios        print the terminal's modes as "termios echo icanon ixon isig"
 *                  (each prefixed with - when off), as stty -a would
 * Everything the program writes is saved to RAWFILE for inspection.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child;
static char *out;
static size_t out_len, out_cap, mark_at;
static FILE *raw;
static int status;
static struct timespec started;

/* Killed or interrupted (make interrupted, a test's trap), end the program
   too: it runs in a session of its own and would otherwise be left behind. */
static void
on_ending_signal(int sig)
{
	if (child > 0)
		kill(child, SIGKILL);
	signal(sig, SIG_DFL);
	raise(sig);
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Read what the program has written, waiting at most ms; 0 when nothing came. */
static size_t
pump(int ms)
{
	struct pollfd p = { master, POLLIN, 0 };
	char buf[4096];
	ssize_t n;

	if (master < 0) {
		if (ms > 0)
			poll(NULL, 0, ms);
		return 0;
	}
	if (poll(&p, 1, ms) <= 0)
		return 0;
	n = read(master, buf, sizeof buf);
	if (n <= 0) {
		/* The slave side closed: the program has gone. */
		if (ms > 0)
			poll(NULL, 0, ms);
		return 0;
	}
	if (out_len + (size_t)n + 1 > out_cap) {
		out_cap = (out_len + (size_t)n + 1) * 2;
		out = realloc(out, out_cap);
		if (out == NULL) {
			perror("ptyrun");
			exit(99);
		}
	}
	memcpy(out + out_len, buf, (size_t)n);
	out_len += (size_t)n;
	out[out_len] = '\0';
	if (raw != NULL)
		fwrite(buf, 1, (size_t)n, raw);
	return (size_t)n;
}

static size_t
unescape(const char *s, char *d)
{
	size_t n = 0;

	while (*s != '\0') {
		if (*s != '\\' || s[1] == '\0') {
			d[n++] = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'e': d[n++] = 27; s++; break;
		case 'r': d[n++] = '\r'; s++; break;
		case 'n': d[n++] = '\n'; s++; break;
		case 't': d[n++] = '\t'; s++; break;
		case 'x': {
			char hex[3] = { 0 };

			if (s[1] != '\0')
				hex[0] = s[1];
			if (s[1] != '\0' && s[2] != '\0')
				hex[1] = s[2];
			d[n++] = (char)strtol(hex, NULL, 16);
			s += 1 + strlen(hex);
			break;
		}
		default: d[n++] = *s++; break;
		}
	}
	return n;
}

static bool
contains(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
	return nlen == 0 || memmem(hay, hlen, needle, nlen) != NULL;
}

static void
set_size(int cols, int rows)
{
	struct winsize ws = { 0 };

	ws.ws_col = (unsigned short)cols;
	ws.ws_row = (unsigned short)rows;
	ioctl(master, TIOCSWINSZ, &ws);
}

static int
signal_named(const char *name)
{
	static const struct { const char *name; int sig; } names[] = {
		{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "ILL", SIGILL },
		{ "TRAP", SIGTRAP }, { "ABRT", SIGABRT }, { "BUS", SIGBUS }, { "FPE", SIGFPE },
		{ "USR1", SIGUSR1 }, { "SEGV", SIGSEGV }, { "USR2", SIGUSR2 }, { "PIPE", SIGPIPE },
		{ "ALRM", SIGALRM }, { "TERM", SIGTERM }, { "XCPU", SIGXCPU }, { "XFSZ", SIGXFSZ },
		{ "VTALRM", SIGVTALRM }, { "PROF", SIGPROF }, { "WINCH", SIGWINCH }, { "IO", SIGIO },
		{ "PWR", SIGPWR }, { "SYS", SIGSYS }, { "STKFLT", SIGSTKFLT },
	};
	size_t i;

	if (strncmp(name, "RTMIN+", 6) == 0)
		return SIGRTMIN + atoi(name + 6);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i].name) == 0)
			return names[i].sig;
	return 0;
}

static bool
reap(void)
{
	pid_t r;

	if (child <= 0)
		return true;
	r = waitpid(child, &status, WNOHANG);
	if (r == child) {
		child = 0;
		return true;
	}
	return false;
}

int
main(int argc, char **argv)
{
	int cols = 80, rows = 24, c;
	const char *raw_path = NULL;
	char line[4096], text[4096];
	char *slave_name;

	while ((c = getopt(argc, argv, "c:r:o:")) != -1) {
		switch (c) {
		case 'c': cols = atoi(optarg); break;
		case 'r': rows = atoi(optarg); break;
		case 'o': raw_path = optarg; break;
		default:
			fprintf(stderr, "usage: ptyrun [-c COLS] [-r ROWS] [-o RAWFILE] -- PROGRAM [ARG]...\n");
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "ptyrun: no program\n");
		return 2;
	}
	if (raw_path != NULL && (raw = fopen(raw_path, "wb")) == NULL) {
		perror(raw_path);
		return 2;
	}
	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0
	    || (slave_name = ptsname(master)) == NULL) {
		perror("ptyrun: pseudo-terminal");
		return 99;
	}
	set_size(cols, rows);
	clock_gettime(CLOCK_MONOTONIC, &started);
	child = fork();
	if (child < 0) {
		perror("ptyrun: fork");
		return 99;
	}
	if (child == 0) {
		int s;

		setsid();
		s = open(slave_name, O_RDWR);
		if (s < 0)
			_exit(127);
		ioctl(s, TIOCSCTTY, 0);
		dup2(s, 0);
		dup2(s, 1);
		dup2(s, 2);
		if (s > 2)
			close(s);
		close(master);
		/* A shell running us in the background ignores SIGINT and
		   SIGQUIT; a login on a real terminal does not. */
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		execvp(argv[optind], argv + optind);
		_exit(127);
	}

	signal(SIGTERM, on_ending_signal);
	signal(SIGINT, on_ending_signal);
	signal(SIGHUP, on_ending_signal);
	while (fgets(line, sizeof line, stdin) != NULL) {
		char *arg;
		size_t len = strlen(line);

		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		arg = strchr(line, ' ');
		if (arg != NULL)
			*arg++ = '\0';
		else
			arg = line + len;
		if (strcmp(line, "send") == 0) {
			size_t n = unescape(arg, text);

			if (master >= 0 && write(master, text, n) != (ssize_t)n)
				perror("ptyrun: write");
		} else if (strcmp(line, "wait") == 0) {
			size_t n = unescape(arg, text);
			long end = now_ms() + 5000;

			while (!contains(out != NULL ? out : "", out_len, text, n)) {
				if (now_ms() > end) {
					fprintf(stderr, "ptyrun: timed out waiting for '%s'\n", arg);
					kill(child, SIGKILL);
					return 1;
				}
				pump(50);
			}
		} else if (strcmp(line, "quiet") == 0) {
			int ms = atoi(arg);

			while (pump(ms) > 0)
				;
		} else if (strcmp(line, "sleep") == 0) {
			long end = now_ms() + atol(arg);

			while (now_ms() < end)
				pump((int)(end - now_ms()));
		} else if (strcmp(line, "mark") == 0) {
			printf("%s %zu\n", arg, out_len - mark_at);
			fflush(stdout);
			mark_at = out_len;
		} else if (strcmp(line, "signal") == 0) {
			int sig = signal_named(arg);

			if (sig == 0 || child <= 0 || kill(child, sig) != 0)
				fprintf(stderr, "ptyrun: cannot send %s\n", arg);
		} else if (strcmp(line, "resize") == 0) {
			int nc = 0, nr = 0;

			if (sscanf(arg, "%d %d", &nc, &nr) == 2 && master >= 0)
				set_size(nc, nr);
		} else if (strcmp(line, "time") == 0) {
			struct timespec t;

			clock_gettime(CLOCK_MONOTONIC, &t);
			printf("%s %ld\n", arg, (long)((t.tv_sec - started.tv_sec) * 1000000L
						  + (t.tv_nsec - started.tv_nsec) / 1000));
			fflush(stdout);
		} else if (strcmp(line, "alive") == 0) {
			printf("%s\n", reap() ? "ended" : "alive");
			fflush(stdout);
		} else if (strcmp(line, "termios") == 0) {
			struct termios t;

			if (tcgetattr(master, &t) != 0) {
				perror("ptyrun: tcgetattr");
				return 99;
			}
			printf("termios %secho %sicanon %sixon %sisig\n", t.c_lflag & ECHO ? "" : "-",
			       t.c_lflag & ICANON ? "" : "-", t.c_iflag & IXON ? "" : "-",
			       t.c_lflag & ISIG ? "" : "-");
			fflush(stdout);
		} else if (strcmp(line, "hangup") == 0) {
			close(master);
			master = -1;
		} else if (strcmp(line, "exit") == 0) {
			long end = now_ms() + atol(arg);

			while (!reap() && now_ms() < end)
				pump(10);
			if (child > 0) {
				printf("running\n");
				fflush(stdout);
				kill(child, SIGKILL);
				waitpid(child, NULL, 0);
				return 1;
			}
			while (pump(0) > 0)
				;
			if (WIFEXITED(status))
				printf("exit %d\n", WEXITSTATUS(status));
			else
				printf("killed-by %d\n", WTERMSIG(status));
			fflush(stdout);
		} else if (line[0] != '\0' && line[0] != '#') {
			fprintf(stderr, "ptyrun: unknown command '%s'\n", line);
			return 2;
		}
	}
	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	if (raw != NULL)
		fclose(raw);
	return 0;
}
