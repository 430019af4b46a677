/* curses_term.c: terminal setup and restore, signals, colours, and text in the locale's encoding. */
#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <poll.h>
#include <time.h>
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <unistd.h>

#include "curses_view.h"
#include "lang.h"
#include "signals.h"
#include "textsafe.h"
#include "winsize.h"
#include "xalloc.h"

/* The terminal is driven through an explicit SCREEN so that an unknown TERM
   is an error we can recover from (initscr would print and exit). */
static SCREEN *screen;
static bool started;

/* The handlers (signals.c) only record which signal arrived; the loop does
   the work between reads, where it is safe to call curses. The signals the
   loop waits for are blocked except inside ppoll(), so one that arrives
   just before the wait still wakes it (no lost wake-up). */
static sigset_t wait_mask, saved_mask;

static iconv_t to_locale = (iconv_t)-1;

enum { PAIR_IMPORTANT = 1, PAIR_HEADING, PAIR_QR };

int
term_pending_signal(void)
{
	return signals_pending();
}

void
term_note_hangup(void)
{
	signals_note(SIGHUP);
}

/* xalloc's fatal hook: give the terminal back before the message is printed. */
static void
term_on_fatal(void)
{
	if (started)
		endwin();
}

static struct termios shell_mode;
static bool shell_mode_known;

static void
add_cap(char *buf, size_t cap, size_t *len, const char *name)
{
	const char *s = tigetstr(name);
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (*len + n < cap) {
		memcpy(buf + *len, s, n);
		*len += n;
	}
}

/* What a fault (SIGSEGV, SIGABRT ...) must give back, worked out now: in
   the handler only write() and tcsetattr() are safe. Delays in the strings
   ($<5>) are harmless on the terminals that have them. */
static void
term_fault_restore(const struct cv *v)
{
	char buf[512];
	size_t len = 0;

	if (v->o->mouse) {
		static const char mouse_off[] = "\033[?1006l\033[?1000l";

		memcpy(buf, mouse_off, sizeof mouse_off - 1);
		len = sizeof mouse_off - 1;
	}
	add_cap(buf, sizeof buf, &len, "sgr0");
	add_cap(buf, sizeof buf, &len, "cnorm");
	add_cap(buf, sizeof buf, &len, "rmkx");
	add_cap(buf, sizeof buf, &len, "rmcup");
	signals_tty(STDOUT_FILENO, shell_mode_known ? &shell_mode : NULL, buf, len);
}

static void
term_colours(struct cv *v)
{
	const char *no_colour = getenv("NO_COLOR");

	v->t.colour = false;
	/* no-color.org: any non-empty value turns colour off. */
	if (!has_colors() || (no_colour != NULL && no_colour[0] != '\0'))
		return;
	if (start_color() == ERR)
		return;
	v->t.colour = true;
#if HAVE_USE_DEFAULT_COLORS
	if (use_default_colors() == OK) {
		init_pair(PAIR_IMPORTANT, COLOR_RED, -1);
		init_pair(PAIR_HEADING, COLOR_CYAN, -1);
		/* QR codes need known light and dark, whatever the theme. */
		init_pair(PAIR_QR, COLOR_WHITE, COLOR_BLACK);
		return;
	}
#endif
	init_pair(PAIR_IMPORTANT, COLOR_RED, COLOR_BLACK);
	init_pair(PAIR_HEADING, COLOR_CYAN, COLOR_BLACK);
	init_pair(PAIR_QR, COLOR_WHITE, COLOR_BLACK);
}

/* ---- The size the view draws within (winsize.h) ----

   ncurses sizes its screens from the environment's LINES and COLUMNS when
   they are set, and from the terminal otherwise, both in newterm and at
   each resize (inside wget_wch, after SIGWINCH). Where the terminal claims
   more than the view draws within, LINES and COLUMNS are set to the capped
   size before ncurses looks, and removed again once the window fits: the
   screens are never bigger than the cap, and a resize is still a resize. */
static bool size_env_ours;    /* LINES and COLUMNS were set here */
static long user_lines, user_cols;  /* the person's own LINES and COLUMNS, or 0 */
static bool size_capped;

static long
env_num(const char *name)
{
	const char *s = getenv(name);
	char *end;
	long n;

	if (s == NULL || *s == '\0')
		return 0;
	n = strtol(s, &end, 10);
	return *end == '\0' && n > 0 ? n : 0;
}

static void
set_env_num(const char *name, long n)
{
	char buf[24];

	snprintf(buf, sizeof buf, "%ld", n);
	setenv(name, buf, 1);
}

/* LINES and COLUMNS as the person had them (or unset). */
static void
restore_env_size(void)
{
	if (user_lines > 0)
		set_env_num("LINES", user_lines);
	else
		unsetenv("LINES");
	if (user_cols > 0)
		set_env_num("COLUMNS", user_cols);
	else
		unsetenv("COLUMNS");
}

/* The size ncurses would take (the person's LINES and COLUMNS win over the
   terminal's, as in any curses program, each on its own), capped. */
static void
term_fit_size(void)
{
	struct winsize ws;
	struct winsize_fit f;
	long rows = 0, cols = 0;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) {
		rows = ws.ws_row;
		cols = ws.ws_col;
	}
	if (user_lines > 0)
		rows = user_lines;
	if (user_cols > 0)
		cols = user_cols;
	f = winsize_fit(rows, cols);
	if (f.capped) {
		if (env_num("LINES") != f.rows)
			set_env_num("LINES", f.rows);
		if (env_num("COLUMNS") != f.cols)
			set_env_num("COLUMNS", f.cols);
		size_env_ours = true;
	} else if (size_env_ours) {
		restore_env_size();
		size_env_ours = false;
	}
	size_capped = f.capped;
}

bool
term_capped(void)
{
	return size_capped;
}

/* Whether the locale cannot write every letter, said once, after the
   terminal is given back (on the full screen it would be drawn over). */
static bool warn_locale;

static bool
term_codeset_utf8(const char *codeset)
{
	return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* A client over SSH may forward a locale this machine lacks (macOS sends
   LC_CTYPE=UTF-8; some send LANG=C): the C locale then draws rules as
   "qqqq" and Polish letters as "?". Where C.UTF-8 exists (glibc has it
   built in since 2.35, Debian ships it always) the character set is taken
   from it; only LC_CTYPE changes, so messages and formats stay as asked. */
static void
term_choose_ctype(void)
{
	const char *all = getenv("LC_ALL"), *now = setlocale(LC_CTYPE, NULL);

	if (term_codeset_utf8(nl_langinfo(CODESET)))
		return;
	/* LC_ALL is how a person forces a locale (LC_ALL=C for a terminal
	   that shows ASCII only), and a real 8-bit locale (pl_PL.ISO-8859-2)
	   was chosen for its terminal: both are honoured. What is changed is
	   the C locale reached by LANG=C or by a locale that does not exist. */
	if ((all != NULL && all[0] != '\0') || now == NULL
	    || (strcmp(now, "C") != 0 && strcmp(now, "POSIX") != 0))
		return;
	if (setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "C.utf8") != NULL)
		return;
	warn_locale = true;
}

bool
term_start(struct cv *v)
{
	const char *codeset;

	term_choose_ctype();
	codeset = nl_langinfo(CODESET);
	v->t.utf8 = term_codeset_utf8(codeset);
	if (!v->t.utf8 && to_locale == (iconv_t)-1 && codeset != NULL) {
		char *target;

		xasprintf(&target, "%s//TRANSLIT", codeset);
		to_locale = iconv_open(target, "UTF-8");
		free(target);
	}

	/* Our handlers go in first: ncurses installs its own only where it
	   finds the default, and ours must win so the loop can restore. */
	shell_mode_known = tcgetattr(STDIN_FILENO, &shell_mode) == 0;
	signals_catch();

	user_lines = env_num("LINES");
	user_cols = env_num("COLUMNS");
	size_capped = false;
	term_fit_size();
	screen = newterm(NULL, stdout, stdin);
	if (screen == NULL) {
		signals_release();
		return false;
	}
	started = true;
	xalloc_set_fatal_hook(term_on_fatal);
	{
		sigset_t block;

		sigemptyset(&block);
		signals_add_ending(&block);
		sigaddset(&block, SIGWINCH);
		sigprocmask(SIG_BLOCK, &block, &saved_mask);
		wait_mask = saved_mask;
		sigdelset(&wait_mask, SIGWINCH);
		{
			sigset_t ending;
			int sig;

			sigemptyset(&ending);
			signals_add_ending(&ending);
			for (sig = 1; sig < NSIG; sig++)
				if (sigismember(&ending, sig) == 1)
					sigdelset(&wait_mask, sig);
		}
	}

#if HAVE_SET_ESCDELAY
	/* Long enough that an arrow key split by a slow link still arrives as
	   one key, short enough that ESC feels immediate; ESCDELAY wins. */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(150);
#endif
	cbreak();
	/* A kiosk takes Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S as keys: no signal,
	   and no frozen output for the next visitor to find. */
	if (v->o->kiosk)
		raw();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	/* The loop waits in poll(); reads never block. */
	nodelay(stdscr, TRUE);
	/* Let ncurses scroll the body with the terminal's own line scrolling:
	   far fewer bytes than repainting it on a slow link. */
	idlok(stdscr, TRUE);
	term_colours(v);
	if (v->o->mouse) {
		/* Press selects, release or click chooses: on a touch screen a
		   finger's press and release arrive as separate events. */
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED
			  | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	}
	term_fault_restore(v);
	return true;
}

void
term_stop(void)
{
	if (!started)
		return;
	started = false;
	if (isendwin() == FALSE)
		endwin();
	delscreen(screen);
	screen = NULL;
	if (size_env_ours) {
		restore_env_size();
		size_env_ours = false;
	}
	xalloc_set_fatal_hook(NULL);
	signals_release();
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
	if (to_locale != (iconv_t)-1) {
		iconv_close(to_locale);
		to_locale = (iconv_t)-1;
	}
	if (warn_locale) {
		warn_locale = false;
		fprintf(stderr, "%s\n", _("sendguide: this terminal's locale cannot show every letter or line. Set LANG=C.UTF-8 (or another UTF-8 locale this machine has: locale -a lists them)."));
	}
}

int
term_wait(struct pollfd *p, int timeout_ms)
{
	struct timespec ts, *tsp = NULL;

	if (timeout_ms >= 0) {
		ts.tv_sec = timeout_ms / 1000;
		ts.tv_nsec = (long)(timeout_ms % 1000) * 1000000L;
		tsp = &ts;
	}
	return ppoll(p, 1, tsp, &wait_mask);
}

char *
term_convert(struct cv *v, const char *utf8)
{
	size_t inleft, outleft, cap;
	char *in, *out, *buf;

	if (v->t.utf8)
		return xstrdup(utf8);
	inleft = strlen(utf8);
	cap = inleft * 4 + 1;
	buf = xmalloc(cap);
	in = (char *)utf8;
	out = buf;
	outleft = cap - 1;
	if (to_locale != (iconv_t)-1)
		iconv(to_locale, NULL, NULL, NULL, NULL);
	while (inleft > 0) {
		size_t r = to_locale == (iconv_t)-1 ? (size_t)-1
			: iconv(to_locale, &in, &inleft, &out, &outleft);

		if (r != (size_t)-1)
			break;
		if (errno == E2BIG || outleft == 0)
			break;
		/* Not representable even approximately: one '?' for the whole
		   character, so the reader sees something is there. */
		if (outleft > 0) {
			*out++ = '?';
			outleft--;
		}
		do {
			in++;
			inleft--;
		} while (inleft > 0 && ((unsigned char)*in & 0xC0) == 0x80);
	}
	*out = '\0';
	return buf;
}

int
term_put(int y, int x, const char *s, size_t len, int maxcols, attr_t attr)
{
	wchar_t buf[256];
	size_t n = 0;
	int used = 0;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	if (maxcols <= 0)
		return 0;
	wmove(stdscr, y, x);
	attrset(attr);
	while (len > 0) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, len, &st);
		int w;

		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof st);
			wc = L'?';
			k = 1;
		}
		/* Never send a zero-width joiner: terminals disagree on whether
		   it joins emoji into one cell (tmux 3.3 draws heart-ZWJ-fire in
		   one column where wcwidth and the layout count three), and the
		   rest of the line would then sit left of where curses put it.
		   Without it each part of the sequence keeps its own cells. The
		   other invisible characters (textsafe.h) are dropped too. */
		if (textsafe_invisible((uint32_t)wc)) {
			s += k;
			len -= k;
			continue;
		}
		w = wcwidth(wc);
		/* Never send a control or direction character to the terminal
		   (textsafe.h): shown as '?', it cannot move the cursor or
		   reorder the line. */
		if (w < 0 || textsafe_refused((uint32_t)wc)) {
			wc = L'?';
			w = 1;
		}
		if (used + w > maxcols)
			break;
		buf[n++] = wc;
		used += w;
		s += k;
		len -= k;
		if (n == sizeof buf / sizeof buf[0]) {
			waddnwstr(stdscr, buf, (int)n);
			n = 0;
		}
	}
	if (n > 0)
		waddnwstr(stdscr, buf, (int)n);
	attrset(A_NORMAL);
	return used;
}

void
term_fill(int y, int x, attr_t attr)
{
	int cols = getmaxx(stdscr);

	if (x >= cols)
		return;
	wmove(stdscr, y, x);
	attrset(attr);
	if (attr == A_NORMAL)
		wclrtoeol(stdscr);
	else
		whline(stdscr, ' ' | attr, cols - x);
	attrset(A_NORMAL);
}

attr_t
term_attr(const struct cv *v, enum cv_style style)
{
	switch (style) {
	case CV_STYLE_TITLE:
		return A_BOLD;
	case CV_STYLE_HEADING:
		return A_BOLD | (v->t.colour ? COLOR_PAIR(PAIR_HEADING) : 0);
	case CV_STYLE_IMPORTANT:
		return A_BOLD | (v->t.colour ? COLOR_PAIR(PAIR_IMPORTANT) : A_UNDERLINE);
	case CV_STYLE_CHOICE:
		/* The selection marker: bold on top of a visible ">", and no
		   colour, which would add ten bytes to every move. */
		return A_BOLD;
	case CV_STYLE_QR:
		return v->t.colour ? COLOR_PAIR(PAIR_QR) | A_BOLD : A_NORMAL;
	case CV_STYLE_NOTE:
	case CV_STYLE_TEXT:
	default:
		return A_NORMAL;
	}
}

/* The rest of an escape sequence ncurses did not know, read whole so none
   of its bytes is taken as a key: ESC [ 4 ~ (PuTTY's End with TERM=xterm)
   must not choose 4, nor ESC [ 1 1 ~ (its F1) choose 1 twice. ECMA-48: a
   CSI runs to a final byte 0x40-0x7E, an SS3 (ESC O) takes one more, a
   string (OSC, DCS, APC, PM) to BEL or ESC \, anything else is ESC and one
   character (Alt and a key). Bytes still to come are in ncurses' buffer:
   it waited ESCDELAY for them before it gave up and returned the ESC.
   seq gets the bytes after ESC (at most cap - 1, NUL-terminated). */
static void
term_read_sequence(char *seq, size_t cap)
{
	size_t n = 0, guard = 0;
	wint_t c;
	int rc;
	bool csi = false, string = false, ss3 = false;

	seq[0] = '\0';
	while (guard++ < 256 && (rc = wget_wch(stdscr, &c)) != ERR) {
		if (rc == KEY_CODE_YES)
			return;    /* a key ncurses knows: ESC was Alt */
		if (n + 1 < cap) {
			seq[n++] = c < 0x80 ? (char)c : '?';
			seq[n] = '\0';
		}
		if (n == 1 && !csi && !string && !ss3) {
			if (c == '[')
				csi = true;
			else if (c == 'O')
				ss3 = true;
			else if (c == ']' || c == 'P' || c == '_' || c == '^')
				string = true;
			else
				return;
			continue;
		}
		if (string) {
			if (c == 7 || (c == '\\' && n >= 2 && seq[n - 2] == 27))
				return;
			continue;
		}
		/* The Linux console's F1-F5: ESC [ [ A to ESC [ [ E. */
		if (csi && n == 2 && c == '[')
			continue;
		if (c >= 0x40 && c <= 0x7E)
			return;
		if (c < 0x20 || c > 0x7E)
			return;    /* not part of a sequence: dropped with it */
	}
}

/* The keys some terminal sends that its TERM's terminfo does not list, for
   the actions the guide documents (arrows, Home, End, Page Up/Down): the
   same key from PuTTY, rxvt or the Linux console does what it does in
   xterm. Anything else is nothing. */
static int
term_known_sequence(const char *seq)
{
	static const struct {
		const char *seq;
		int key;
	} known[] = {
		{ "[A", KEY_UP }, { "[B", KEY_DOWN }, { "[C", KEY_RIGHT }, { "[D", KEY_LEFT },
		{ "OA", KEY_UP }, { "OB", KEY_DOWN }, { "OC", KEY_RIGHT }, { "OD", KEY_LEFT },
		{ "[H", KEY_HOME }, { "OH", KEY_HOME }, { "[1~", KEY_HOME }, { "[7~", KEY_HOME },
		{ "[F", KEY_END }, { "OF", KEY_END }, { "[4~", KEY_END }, { "[8~", KEY_END },
		{ "[5~", KEY_PPAGE }, { "[6~", KEY_NPAGE }, { "OM", KEY_ENTER },
	};
	size_t i;

	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(seq, known[i].seq) == 0)
			return known[i].key;
	return 0;
}

int
term_get_key(wint_t *ch)
{
	for (;;) {
		char seq[40];
		int rc, key;

		/* Before ncurses reads the size after a SIGWINCH (the signal
		   is blocked outside the wait, so none can come in between). */
		term_fit_size();
		rc = wget_wch(stdscr, ch);

		if (rc != OK || *ch != 27)
			return rc;
		term_read_sequence(seq, sizeof seq);
		if (seq[0] == '\0')
			return OK;    /* Esc alone */
		if ((key = term_known_sequence(seq)) != 0) {
			*ch = (wint_t)key;
			return KEY_CODE_YES;
		}
		/* Ignored whole; look for the next key. */
	}
}
