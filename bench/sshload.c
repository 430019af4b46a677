/* sshload.c: many SSH sessions driving the full-screen guide at human pace, timed from key to screen. */
/*
 * Each session is an `ssh -tt` client in a pseudo-terminal of its own
 * (80x24, TERM=xterm), so the far end runs the guide exactly as an adviser's
 * login does. One poll loop serves every session: it waits until a session's
 * first screen has arrived (connection set-up time). Once every session is
 * up (so the key exchanges of sessions still connecting do not compete with
 * the keys being timed), each is sent a key every 0.5 to 2 seconds (a fixed
 * seed per session) from a journey that opens screens and goes back.
 *
 * Key to screen: the guide answers a key with one burst of output (ncurses
 * writes the whole update, then waits). A burst ends at the first quiet gap
 * of QUIET_MS; its last byte's arrival time minus the key's send time is the
 * key-to-screen time. The gap only decides when a burst is known to be
 * over, so it adds nothing to the figure.
 *
 * Everything is bounded: a session that is not up within the connect limit
 * counts as failed, and the whole run stops at its deadline whatever the
 * sessions are doing.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define QUIET_MS 60
#define MAX_SESSIONS 2000

/* The journey, from the first screen and back to it: open choice 2, back
   (the selection rests on 2), move down, open it, back, help opened and
   closed, open choice 1, start again. Every key changes the screen, so every
   key has an answer to time. */
static const char *const journey[] = {
	"2", "b", "j", "\r", "b", "?", "?", "1", "s",
};
#define JOURNEY_LEN (sizeof journey / sizeof journey[0])

enum state { CONNECTING, IDLE, WAITING, DONE, FAILED };

struct session {
	pid_t pid;
	int fd;
	enum state state;
	uint64_t rng;
	double started;       /* spawn time */
	double next_key;      /* when to send the next key (IDLE) */
	double key_sent;      /* when the key in flight was sent (WAITING) */
	double last_byte;     /* arrival of the latest output byte */
	bool got_output;      /* output since the key in flight, or since spawn */
	size_t keys;          /* keys answered */
	size_t sent;          /* keys sent, answered or not */
	char probe[64];       /* the tail of the output, to see the first screen */
	size_t probe_len;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
uniform(uint64_t *s, double lo, double hi)
{
	/* xorshift64*: fixed seeds give the same pacing every run. */
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return lo + (hi - lo) * (double)((*s * 2685821657736338717ULL) >> 11) / (double)(1ULL << 53);
}

/* Whether the first screen has arrived: the marker in the output so far
   (a sliding window, since it may be split across reads). */
static bool
probe(struct session *s, const char *buf, size_t len, const char *marker)
{
	size_t k;

	for (k = 0; k < len; k++) {
		if (s->probe_len == sizeof s->probe - 1) {
			memmove(s->probe, s->probe + 1, s->probe_len - 1);
			s->probe_len--;
		}
		s->probe[s->probe_len++] = buf[k] != '\0' ? buf[k] : ' ';
		s->probe[s->probe_len] = '\0';
		if (strstr(s->probe, marker) != NULL)
			return true;
	}
	return false;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
percentile(double *v, size_t n, double p)
{
	size_t i;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_double);
	i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i];
}

static void
usage(void)
{
	fprintf(stderr,
		"Usage: sshload -n SESSIONS -p PORT -u USER -i KEYFILE [-k KEYS] [-r RATE]\n"
		"               [-s SEED] [-t SECONDS] [-w MARKER]\n"
		"Opens SESSIONS ssh -tt sessions to USER@127.0.0.1:PORT, RATE a second\n"
		"(default 20), and sends each KEYS keys (default 40) at human pace, 0.5 to 2 s\n"
		"apart. A session is up once its output has had MARKER (default: the\n"
		"alternate screen being entered, ESC [ ? 1 0 4 9 h) and gone quiet.\n"
		"Stops after SECONDS (default 300) whatever happens. Prints the figures;\n"
		"with the environment variable SSHLOAD_HOLD set, waits for a newline on\n"
		"stdin once every session is up, so memory can be measured.\n");
	exit(2);
}

static pid_t
spawn(struct session *s, const char *user, const char *port, const char *key)
{
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	pid_t pid = forkpty(&s->fd, NULL, NULL, &ws);

	if (pid == 0) {
		setenv("TERM", "xterm", 1);
		setenv("LANG", "C.UTF-8", 1);
		execlp("ssh", "ssh", "-tt", "-q", "-p", port, "-i", key, "-l", user,
		       "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
		       "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
		       "-o", "SendEnv=LANG", "127.0.0.1", (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		fcntl(s->fd, F_SETFL, fcntl(s->fd, F_GETFL) | O_NONBLOCK);
	return pid;
}

int
main(int argc, char **argv)
{
	const char *user = NULL, *port = NULL, *key = NULL, *marker = "\033[?1049h";
	size_t n = 0, keys_each = 40, i, up = 0, done = 0, failed = 0;
	double rate = 20, limit = 300, connect_limit = 60;
	uint64_t seed = 20261129;
	struct session *ss;
	struct pollfd *pfd;
	double *lat, *conn, t0, last_spawn = 0;
	size_t nlat = 0, nconn = 0, spawned = 0, unanswered = 0;
	bool held = false;
	int c;

	while ((c = getopt(argc, argv, "n:p:u:i:k:r:s:t:w:")) != -1) {
		switch (c) {
		case 'n': n = strtoul(optarg, NULL, 10); break;
		case 'p': port = optarg; break;
		case 'u': user = optarg; break;
		case 'i': key = optarg; break;
		case 'k': keys_each = strtoul(optarg, NULL, 10); break;
		case 'r': rate = strtod(optarg, NULL); break;
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 't': limit = strtod(optarg, NULL); break;
		case 'w': marker = optarg; break;
		default: usage();
		}
	}
	if (n == 0 || n > MAX_SESSIONS || user == NULL || port == NULL || key == NULL
	    || rate <= 0 || strlen(marker) >= sizeof ss->probe)
		usage();
	signal(SIGPIPE, SIG_IGN);
	ss = calloc(n, sizeof *ss);
	pfd = calloc(n, sizeof *pfd);
	lat = calloc(n * keys_each + 1, sizeof *lat);
	conn = calloc(n, sizeof *conn);
	if (ss == NULL || pfd == NULL || lat == NULL || conn == NULL)
		return 1;
	t0 = now();

	while (done + failed < n) {
		double t = now();
		int timeout = 50;

		if (t - t0 > limit) {
			fprintf(stderr, "sshload: stopped at the %.0f s limit\n", limit);
			break;
		}
		/* Open sessions at the given rate. */
		while (spawned < n && (spawned == 0 || t - last_spawn >= 1.0 / rate)) {
			struct session *s = &ss[spawned];

			s->rng = seed + spawned * 7919u + 1;
			s->started = t;
			s->pid = spawn(s, user, port, key);
			if (s->pid < 0) {
				s->state = FAILED;
				failed++;
			}
			spawned++;
			last_spawn = t;
		}
		for (i = 0; i < spawned; i++) {
			pfd[i].fd = (ss[i].state == DONE || ss[i].state == FAILED) ? -1 : ss[i].fd;
			pfd[i].events = POLLIN;
			pfd[i].revents = 0;
		}
		if (poll(pfd, spawned, timeout) < 0 && errno != EINTR)
			break;
		t = now();
		for (i = 0; i < spawned; i++) {
			struct session *s = &ss[i];
			char buf[8192];
			ssize_t r;

			if (s->state == DONE || s->state == FAILED)
				continue;
			if (pfd[i].revents & (POLLIN | POLLHUP | POLLERR)) {
				while ((r = read(s->fd, buf, sizeof buf)) > 0) {
					s->last_byte = t;
					s->got_output = true;
					if (s->state == CONNECTING && probe(s, buf, (size_t)r, marker)) {
						s->state = WAITING;
						s->key_sent = s->started;
					}
				}
				if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) {
					s->state = s->keys >= keys_each ? DONE : FAILED;
					if (s->state == DONE)
						done++;
					else
						failed++;
					continue;
				}
			}
			if (s->state == CONNECTING && t - s->started > connect_limit) {
				s->state = FAILED;
				failed++;
				continue;
			}
			/* A burst is over after a quiet gap: record it, plan the next key. */
			if (s->state == WAITING && s->got_output && t - s->last_byte >= QUIET_MS / 1000.0) {
				if (s->key_sent == s->started) {
					conn[nconn++] = s->last_byte - s->started;
					up++;
				} else {
					lat[nlat++] = s->last_byte - s->key_sent;
					s->keys++;
				}
				s->got_output = false;
				if (s->keys >= keys_each) {
					/* The link drops: the client vanishes (as when a
					   laptop closes), and the guide must end on its
					   own. Closing the terminal alone would leave ssh
					   waiting for the far end. */
					kill(s->pid, SIGKILL);
					close(s->fd);
					s->state = DONE;
					done++;
					continue;
				}
				s->state = IDLE;
				s->next_key = t + uniform(&s->rng, 0.5, 2.0);
			}
			if (s->state == WAITING && !s->got_output && t - s->key_sent > 5.0) {
				unanswered++;
				s->state = IDLE;
				s->next_key = t;
			}
			/* Keys wait until every session is up: the figure is for that
			   many advisers at work, not for a host busy connecting. */
			if (s->state == IDLE && t >= s->next_key && up + failed == n) {
				const char *k = journey[s->sent++ % JOURNEY_LEN];

				if (write(s->fd, k, strlen(k)) < 0) {
					s->state = FAILED;
					failed++;
					continue;
				}
				s->key_sent = now();
				s->got_output = false;
				s->state = WAITING;
			}
		}
		if (!held && getenv("SSHLOAD_HOLD") != NULL && up + failed == n) {
			/* Every session is up: let the caller measure memory, mid-journey. */
			char line[16];

			held = true;
			printf("sshload: all up\n");
			fflush(stdout);
			if (fgets(line, sizeof line, stdin) == NULL)
				break;
		}
	}
	for (i = 0; i < spawned; i++) {
		if (ss[i].state != DONE && ss[i].state != FAILED)
			close(ss[i].fd);
		if (ss[i].pid > 0) {
			kill(ss[i].pid, SIGTERM);
			waitpid(ss[i].pid, NULL, 0);
		}
	}
	printf("sessions %zu up %zu failed %zu keys %zu unanswered %zu seconds %.1f\n",
	       n, up, failed, nlat, unanswered, now() - t0);
	printf("connect_ms p50 %.1f p99 %.1f\n", 1000 * percentile(conn, nconn, 0.50),
	       1000 * percentile(conn, nconn, 0.99));
	printf("key_to_screen_ms p50 %.2f p99 %.2f max %.2f\n", 1000 * percentile(lat, nlat, 0.50),
	       1000 * percentile(lat, nlat, 0.99), 1000 * percentile(lat, nlat, 1.0));
	free(ss);
	free(pfd);
	free(lat);
	free(conn);
	return failed > 0 ? 1 : 0;
}
