/* main.c: parse the command line, load the guide, and dispatch to the check, an export or a view. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "exit_status.h"
#include "config_file.h"
#include "export.h"
#include "guide.h"
#include "image.h"
#include "kiosk.h"
#include "options.h"
#include "source_dates.h"
#include "jcode.h"
#include "lang.h"
#include "report.h"
#include "search.h"
#include "session.h"
#include "views.h"
#include "xalloc.h"

enum long_only {
	OPT_CHECK = 256, OPT_EXPORT, OPT_GRAPH, OPT_POT, OPT_NODE, OPT_AREA, OPT_IDLE,
	OPT_BAR, OPT_NO_MOUSE, OPT_CONFIG, OPT_KIOSK, OPT_PLAIN, OPT_CONTENT, OPT_LANG,
	OPT_STRICT, OPT_CODE, OPT_TODAY, OPT_SPEAK, OPT_SPEAK_LOG, OPT_COMPILE
};

static const struct option long_options[] = {
	{ "area", required_argument, NULL, OPT_AREA },
	{ "bar", no_argument, NULL, OPT_BAR },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "code", required_argument, NULL, OPT_CODE },
	{ "compile", required_argument, NULL, OPT_COMPILE },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "content", required_argument, NULL, OPT_CONTENT },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "graph", no_argument, NULL, OPT_GRAPH },
	{ "help", no_argument, NULL, 'h' },
	{ "idle", required_argument, NULL, OPT_IDLE },
	{ "kiosk", no_argument, NULL, OPT_KIOSK },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "node", required_argument, NULL, OPT_NODE },
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "pot", no_argument, NULL, OPT_POT },
	{ "speak", no_argument, NULL, OPT_SPEAK },
	{ "speak-log", required_argument, NULL, OPT_SPEAK_LOG },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "today", required_argument, NULL, OPT_TODAY },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *out)
{
	fputs(_("Usage: sendguide [OPTION]...\n"
		"       sendguide --check [DIR]\n"
		"       sendguide --compile=FILE [DIR]\n"
		"A guide for families and advisers in England to resolving disagreements\n"
		"about support for children and young people with special educational\n"
		"needs and disabilities (SEND): mediation, disagreement resolution,\n"
		"deadlines and whom to contact.\n"
		"\n"), out);
	fputs(_("Views:\n"
		"      --plain           line-by-line view for screen readers and pipes\n"
		"                        (also chosen when output is not a terminal or\n"
		"                        TERM is dumb)\n"
		"      --kiosk           public terminal: no quit, idle reset, nothing saved\n"
		"      --config=FILE     read kiosk settings from FILE\n"
		"      --idle=SECONDS    kiosk: idle time before the guide starts again\n"
		"      --bar             show the selected choice as a reverse-video bar\n"
		"      --no-mouse        ignore mouse and touch\n"
		"      --lang=CODE       language: en, pl or ro (default: from the locale)\n"
		"      --node=ID         start at the screen ID\n"
		"      --area=ID         start with the area (local authority) ID chosen\n"
		"      --code=CODE       open the page a journey code names, with its area\n"
		"                        and dates (with --export: write that page alone)\n"
		"      --today=DATE      take DATE (YYYY-MM-DD) as today, for checking dates\n"
		"      --content=DIR     load the guide from DIR instead of the installed one\n"
		"\n"), out);
	fputs(_("Speech:\n"
		"      --speak           say each screen aloud through speech-dispatcher\n"
		"      --speak-log=FILE  write each thing said to FILE, one line each,\n"
		"                        as sent (SSML), with or without a speech service\n"
		"\n"), out);
	fputs(_("Content tools:\n"
		"      --check [DIR]     check the content and report errors, warnings,\n"
		"                        reading level and translation coverage; exit 65\n"
		"                        on an error\n"
		"      --strict          with --check: reading-level warnings are errors\n"
		"      --compile=FILE [DIR]  check the content as --check does and, with no\n"
		"                        error, write it to FILE as a guide image (installed\n"
		"                        as guide.image beside the content, it is used\n"
		"                        instead of the content while they match)\n"
		"      --export=FORMAT   write the whole guide as 'text' or 'html'\n"
		"      --graph           write the screens and choices as Graphviz dot\n"
		"      --pot             write a PO template of every content string\n"
		"\n"
		"  -h, --help            display this help and exit\n"
		"  -V, --version         output version information and exit\n"
		"\n"), out);
	fprintf(out, _("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void
version(void)
{
	printf("sendguide %s\n", PACKAGE_VERSION);
	fputs(_("Copyright (C) 2026 The sendguide authors.\n"
		"License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

static bool
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The program run from its build tree uses the source tree's content and the
   build tree's catalogues, so it works before (and without) installation. */
static bool
running_from_build_tree(void)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);

	if (n <= 0)
		return false;
	self[n] = '\0';
	return strcmp(self, BUILD_PROGRAM) == 0;
}

static bool
want_plain(bool forced)
{
	const char *term = getenv("TERM");

	return forced || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)
		|| term == NULL || *term == '\0' || strcmp(term, "dumb") == 0;
}

static int
run_export(enum action act, const struct guide *g)
{
	int rc;

	switch (act) {
	case ACT_EXPORT_TEXT: rc = export_text(g, stdout); break;
	case ACT_EXPORT_HTML: rc = export_html(g, stdout); break;
	case ACT_GRAPH: rc = export_graph(g, stdout); break;
	default: rc = export_pot(g, stdout); break;
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		rc = -1;
	if (rc != 0) {
		report_printf(stderr, _("sendguide: write error: %s\n"), strerror(errno));
		return EXIT_IO;
	}
	return 0;
}

/* The command line into cl. Returns -1 to go on, or the exit status. */
static int
parse_command_line(int argc, char **argv, struct command_line *cl)
{
	int c;

	/* getopt's own messages would echo an unknown option as typed,
	   escape sequences and all: ours pass the text-safety rule. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hV", long_options, NULL)) != -1) {
		switch (c) {
		case 'h': cl->help = true; break;
		case 'V': cl->version = true; break;
		case OPT_PLAIN: cl->plain = true; break;
		case OPT_KIOSK: cl->vo.kiosk = true; break;
		case OPT_CONFIG: cl->config_path = optarg; break;
		case OPT_CONTENT: cl->content_dir = optarg; break;
		case OPT_LANG: cl->lang = optarg; break;
		case OPT_NODE: cl->node = optarg; break;
		case OPT_AREA: cl->area = optarg; break;
		case OPT_CODE: cl->code = optarg; break;
		case OPT_TODAY:
			if (!date_iso_parse(optarg, &cl->vo.today)) {
				report_printf(stderr, _("sendguide: --today takes a date as YYYY-MM-DD, not '%s'\n"), optarg);
				return EXIT_USAGE;
			}
			break;
		case OPT_BAR: cl->vo.bar = true; break;
		case OPT_NO_MOUSE: cl->vo.mouse = false; break;
		case OPT_SPEAK: cl->vo.speak = true; break;
		case OPT_SPEAK_LOG: cl->vo.speak_log = optarg; break;
		case OPT_CHECK: cl->act = ACT_CHECK; break;
		case OPT_COMPILE: cl->act = ACT_COMPILE; cl->image = optarg; break;
		case OPT_STRICT: cl->strict = true; break;
		case OPT_GRAPH: cl->act = ACT_GRAPH; break;
		case OPT_POT: cl->act = ACT_POT; break;
		case OPT_IDLE: {
			char *end;
			unsigned long v;

			errno = 0;
			v = strtoul(optarg, &end, 10);
			if (errno || *end || end == optarg || v < 1 || v > 86400) {
				report_printf(stderr, _("sendguide: --idle takes seconds from 1 to 86400, not '%s'\n"), optarg);
				return EXIT_USAGE;
			}
			cl->vo.idle_seconds = (unsigned)v;
			cl->idle_set = true;
			break;
		}
		case OPT_EXPORT:
			if (strcmp(optarg, "text") == 0)
				cl->act = ACT_EXPORT_TEXT;
			else if (strcmp(optarg, "html") == 0)
				cl->act = ACT_EXPORT_HTML;
			else {
				report_printf(stderr, _("sendguide: --export takes 'text' or 'html', not '%s'\n"), optarg);
				return EXIT_USAGE;
			}
			break;
		case ':':
			report_printf(stderr, _("sendguide: option '%s' needs a value\n"), argv[optind - 1]);
			report_printf(stderr, _("Try 'sendguide --help' for more information.\n"));
			return EXIT_USAGE;
		default:
			if (optopt > 0 && optopt < 256)
				report_printf(stderr, _("sendguide: unknown option '-%c'\n"), optopt);
			else
				report_printf(stderr, _("sendguide: unknown option '%s'\n"), argv[optind - 1]);
			report_printf(stderr, _("Try 'sendguide --help' for more information.\n"));
			return EXIT_USAGE;
		}
	}
	/* --check takes an optional folder as its operand: sendguide --check DIR. */
	if ((cl->act == ACT_CHECK || cl->act == ACT_COMPILE) && optind < argc)
		cl->content_dir = argv[optind++];
	if (optind < argc) {
		report_printf(stderr, _("sendguide: unexpected argument '%s'\n"), argv[optind]);
		report_printf(stderr, _("Try 'sendguide --help' for more information.\n"));
		return EXIT_USAGE;
	}
	return -1;
}

/* The kiosk's settings file under the command line. Returns -1 to go on,
   or the exit status. */
static int
read_config(struct command_line *cl)
{
	struct view_options cli = cl->vo, *vo = &cl->vo;
	struct diags cd;

	diags_init(&cd);
	if (config_read(cl->config_path, vo, &cd) != 0) {
		diags_print(&cd, stderr);
		diags_free(&cd);
		return EXIT_USAGE;
	}
	diags_free(&cd);
	/* The command line wins over the file, so a setting can be tried
	   from the service unit without editing the file. */
	vo->kiosk = vo->kiosk || cli.kiosk;
	vo->bar = vo->bar || cli.bar;
	vo->mouse = vo->mouse && cli.mouse;
	vo->speak = vo->speak || cli.speak;
	if (cli.speak_log != NULL)
		vo->speak_log = cli.speak_log;
	if (cl->idle_set)
		vo->idle_seconds = cli.idle_seconds;
	if (vo->kiosk_lang != NULL && cl->lang == NULL)
		cl->lang = vo->kiosk_lang;
	if (vo->kiosk_area != NULL && cl->area == NULL)
		cl->area = vo->kiosk_area;
	return -1;
}

static const char *
content_folder(const struct command_line *cl, bool from_build)
{
	const char *dir;

	if (cl->content_dir != NULL)
		return cl->content_dir;
	dir = from_build ? BUILD_CONTENTDIR : PKGDATADIR "/content";
	/* Not installed yet, and not the build tree's sendguide: another
	   build of this program in the build tree (the test build that reads
	   the pseudo-locale) still finds the source tree's guide. */
	if (!from_build && !is_dir(dir) && is_dir(BUILD_CONTENTDIR))
		dir = BUILD_CONTENTDIR;
	return dir;
}

/* Today from the clock, in local time, unless --today gave it: the views
   pass it to date_parse; the model never reads a clock. */
static void
set_today(struct command_line *cl)
{
	time_t now = time(NULL);
	struct tm tm;

	if (cl->vo.today.y != 0 || localtime_r(&now, &tm) == NULL)
		return;
	cl->vo.today = (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

/* --code: the session opened where the code says. Returns -1 to go on, or
   the exit status after saying what is wrong with the code. */
static int
open_code(const struct command_line *cl, const struct guide *g, struct session *s)
{
	struct jcode_journey j;
	enum jcode_status st = jcode_decode(g, cl->code, cl->vo.today, &j);
	bool has[DATE_KEY_COUNT];
	struct date dates[DATE_KEY_COUNT];
	size_t k;

	if (st != JCODE_OK) {
		report_printf(stderr, "sendguide: %s\n", _(jcode_status_text(st)));
		return EXIT_USAGE;
	}
	for (k = 0; k < DATE_KEY_COUNT; k++) {
		has[k] = k < JCODE_NDATES && j.has[k];
		dates[k] = has[k] ? j.dates[k] : (struct date){ 0, 0, 0 };
	}
	session_open(s, j.screen, j.area, has, dates);
	return -1;
}

/* --export=text|html --code=CODE: that one page, as text an adviser can
   e-mail or a page to print for the family. */
static int
export_code(const struct command_line *cl, const struct guide *g)
{
	struct session s;
	int rc;

	session_init(&s, g, NULL);
	if ((rc = open_code(cl, g, &s)) < 0) {
		rc = cl->act == ACT_EXPORT_HTML ? export_page_html(&s, stdout)
						 : export_page_text(&s, stdout);
		if (fflush(stdout) != 0 || ferror(stdout) || rc != 0) {
			report_printf(stderr, _("sendguide: write error: %s\n"), strerror(errno));
			rc = EXIT_IO;
		}
	}
	session_free(&s);
	return rc;
}

/* For --check: which files of the local folder replace packaged ones, and
   which are new, so staff see what their folder changes. */
static void
list_local_files(const struct guide *g, const char *dir, const char *local, FILE *out)
{
	size_t i, n = strlen(local);

	for (i = 0; i < g->nfiles; i++) {
		const char *f = g->files[i];
		char *packaged;

		if (strncmp(f, local, n) != 0 || f[n] != '/')
			continue;
		xasprintf(&packaged, "%s/%s", dir, f + n + 1);
		if (access(packaged, F_OK) == 0)
			report_printf(out, _("local content: %s (replaces the packaged file)\n"), f);
		else
			report_printf(out, _("local content: %s (a new file)\n"), f);
		free(packaged);
	}
}

/* Whether two paths name one folder, however they are written. */
static bool
same_dir(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev
		&& sa.st_ino == sb.st_ino;
}

/* The packaged guide of dir: its image when there is one that matches the
   content (image.c says when), else the YAML, loaded and checked. The
   build tree's program finds the source tree's content's image in the
   build tree. */
static struct guide *
load_packaged(const char *dir, bool from_build, struct diags *d)
{
	enum image_status why;
	const struct guide *g;
	char *path;

	if (from_build && same_dir(dir, BUILD_CONTENTDIR))
		path = xstrdup(BUILD_IMAGE);
	else
		xasprintf(&path, "%s/%s", dir, IMAGE_NAME);
	g = image_open(path, dir, &why);
	free(path);
	/* Not said to the reader: a missing or stale image only costs time. */
	if (g != NULL)
		return (struct guide *)g;
	return guide_load(dir, d);
}

/* --compile: the content checked as --check checks it, then written as an
   image only when there is no error. */
static int
compile_image(const struct command_line *cl, const char *dir, struct diags *d)
{
	struct guide *g = image_build(dir, d);
	int rc = check_report(g, dir, cl->strict, d, stdout);

	if (rc == 0 && image_write(g, dir, cl->image) != 0) {
		fprintf(stderr, _("sendguide: cannot write the guide image %s: %s\n"), cl->image,
			strerror(errno));
		rc = EXIT_IO;
	} else if (rc != 0) {
		fprintf(stderr, _("sendguide: the content has errors: no guide image written\n"));
	}
	guide_free(g);
	return rc;
}

/* The guide from dir, with the config's local content folder over it file by
   file. The folder must pass the config file's safety checks and the whole
   guide must load without an error; otherwise the packaged guide is used
   alone and the reasons go to standard error (the journal, for the kiosk
   unit), never to a visitor. For --check the guide with the local folder is
   what is checked, and its errors are the report's. */
static struct guide *
load_guide(const struct command_line *cl, const char *dir, bool from_build, struct diags *d)
{
	const char *local = cl->vo.local_content;
	struct guide *g = NULL;
	struct diags ld;
	char *canon = NULL;

	/* --check is the check itself; --pot names the files and lines of
	   the YAML as found here, so both read the YAML. */
	if (local == NULL)
		return cl->act == ACT_CHECK || cl->act == ACT_POT ? guide_load(dir, d)
			: load_packaged(dir, from_build, d);
	/* The local folder is always loaded and checked from its YAML: it is
	   small, and it changes where no build step runs. */
	if (cl->act == ACT_CHECK) {
		if (config_check_content(local, d, &canon) == 0)
			g = guide_load_overlay(dir, canon, d);
		if (g != NULL)
			list_local_files(g, dir, canon, stdout);
		free(canon);
		return g;
	}
	diags_init(&ld);
	if (config_check_content(local, &ld, &canon) == 0)
		g = guide_load_overlay(dir, canon, &ld);
	free(canon);
	if (g == NULL) {
		diags_print(&ld, stderr);
		report_printf(stderr, _("sendguide: the local content in %s is not used; the packaged guide is used instead\n"),
			local);
		g = load_packaged(dir, from_build, d);
	}
	diags_free(&ld);
	return g;
}

/* A visitor's guide: a session from --node and --area, then a view. */
static int
run_guide(const struct command_line *cl, const struct guide *g)
{
	struct session s;
	int rc = -1;

	if (session_init(&s, g, cl->node) != SESSION_OK) {
		report_printf(stderr, _("sendguide: no screen with id '%s'\n"), cl->node);
		rc = EXIT_USAGE;
		goto out;
	}
	if (cl->area != NULL) {
		const struct area *a = guide_find_area(g, cl->area);

		if (a == NULL && cl->vo.kiosk) {
			/* A kiosk that stopped here would be restarted by its
			   unit over and over and never be seen: it starts
			   without the area, and the journal says why. */
			report_printf(stderr, _("sendguide: no area with id '%s' in the guide; the kiosk "
						"starts without an area (sendguide --check --config names "
						"the line to correct)\n"), cl->area);
		} else if (a == NULL) {
			report_printf(stderr, _("sendguide: no area with id '%s'\n"), cl->area);
			rc = EXIT_USAGE;
			goto out;
		} else {
			session_set_area(&s, a);
		}
	}
	/* What a kiosk gives every visitor: this area and language. */
	session_keep_home(&s, cl->vo.kiosk);
	/* A kiosk reads a visitor's keys from a terminal; from a file or a
	   pipe it would run to the end and stop, with nobody to see why. Said
	   after every mistake in the settings, so those are all reported. */
	if (cl->vo.kiosk && !isatty(STDIN_FILENO)) {
		report_printf(stderr, "%s", _("sendguide: a kiosk needs a terminal, but its input is not one\n"));
		rc = EXIT_NO_TERMINAL;
		goto out;
	}
	if (cl->code != NULL && (rc = open_code(cl, g, &s)) >= 0)
		goto out;
	if (!want_plain(cl->plain))
		rc = curses_run(&s, &cl->vo);
	if (rc < 0)
		rc = plain_run(&s, stdin, stdout, &cl->vo);
out:
	session_free(&s);
	search_free();
	return rc;
}

/* The language --lang (or the kiosk's file) names, if any; false, said,
   when there is no such language. */
static bool
set_language(const struct command_line *cl)
{
	if (cl->lang != NULL && !lang_set(cl->lang)) {
		report_printf(stderr, _("sendguide: no language '%s'; try en, pl or ro\n"), cl->lang);
		return false;
	}
	return true;
}

int
main(int argc, char **argv)
{
	bool from_build = running_from_build_tree();
	struct command_line cl = {
		.act = ACT_RUN,
		.vo = { .idle_seconds = 120, .countdown_seconds = 20, .mouse = true },
	};
	const char *dir;
	struct diags d;
	struct guide *g;
	int rc;

	lang_init(from_build ? BUILD_LOCALEDIR : LOCALEDIR, NULL);
	if ((rc = parse_command_line(argc, argv, &cl)) >= 0)
		return rc;
	/* --help and --version before anything else is read or set up, but
	   after --lang, so that "--lang=pl --help" is in Polish. */
	if (cl.help || cl.version) {
		if (!set_language(&cl))
			return EXIT_USAGE;
		if (cl.help)
			usage(stdout);
		else
			version();
		return 0;
	}
	if (cl.config_path != NULL && (rc = read_config(&cl)) >= 0)
		return rc;
	if (cl.vo.kiosk && cl.act == ACT_RUN)
		kiosk_lockdown();
	set_today(&cl);
	/* Again: the kiosk's file may name the language. */
	if (!set_language(&cl))
		return EXIT_USAGE;

	dir = content_folder(&cl, from_build);
	diags_init(&d);
	if (cl.act == ACT_COMPILE) {
		rc = compile_image(&cl, dir, &d);
		diags_free(&d);
		return rc;
	}
	g = load_guide(&cl, dir, from_build, &d);
	/* The settings' area against the guide the kiosk would show. */
	if (cl.act == ACT_CHECK && cl.config_path != NULL)
		config_check_area(&cl.vo, g, &d);
	if (cl.act == ACT_CHECK) {
		rc = check_report(g, dir, cl.strict, &d, stdout);
		if (g == NULL && cl.vo.local_content != NULL)
			report_printf(stdout, _("The kiosk uses the packaged guide alone until the local content in %s has no errors.\n"),
			       cl.vo.local_content);
	} else if (g == NULL) {
		diags_print(&d, stderr);
		if (cl.vo.kiosk && cl.act == ACT_RUN && !want_plain(cl.plain)) {
			rc = curses_out_of_order(&cl.vo);
		} else {
			report_printf(stderr, _("sendguide: the guide in %s could not be loaded\n"), dir);
			rc = EXIT_CONTENT;
		}
	} else if ((cl.act == ACT_EXPORT_TEXT || cl.act == ACT_EXPORT_HTML) && cl.code != NULL) {
		rc = export_code(&cl, g);
	} else if (cl.act != ACT_RUN) {
		rc = run_export(cl.act, g);
	} else {
		rc = run_guide(&cl, g);
	}
	diags_free(&d);
	guide_free(g);
	return rc;
}
