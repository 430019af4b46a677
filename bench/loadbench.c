/* loadbench.c: times guide_load against a bare libyaml parse, search, and whole-program runs. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

#include "guide.h"
#include "lang.h"
#include "report.h"
#include "search.h"
#include "yamltree.h"

/* This machine is small and shared, so one run means little: every figure is
   the median (typical) and the minimum (least disturbed) of many runs, and the
   parse and the load alternate within each round so that a burst of noise
   hits both alike and their ratio stays meaningful. */

#define MAX_QUERIES 32
#define MAX_HITS 100
#define COLD_RUNS 11

struct files {
	char **paths;
	size_t count;
	size_t bytes;
};

struct stats {
	double median, min;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long
minor_faults(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static struct stats
summarise(double *v, size_t n)
{
	struct stats s;

	qsort(v, n, sizeof *v, cmp_double);
	s.min = v[0];
	s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	return s;
}

/* The loader's own rule, so both read the same files. */
static int
is_yaml(const struct dirent *e)
{
	return guide_content_name(e->d_name);
}

static int
byname(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* The same files the loader reads: every *.yaml in dir, in name order. */
static bool
list_files(const char *dir, struct files *f)
{
	struct dirent **list;
	int n = scandir(dir, &list, is_yaml, byname);

	if (n < 0) {
		fprintf(stderr, "loadbench: %s: %s\n", dir, strerror(errno));
		return false;
	}
	f->paths = xcalloc((size_t)n, sizeof *f->paths);
	f->count = 0;
	f->bytes = 0;
	for (int i = 0; i < n; i++) {
		struct stat st;

		xasprintf(&f->paths[f->count], "%s/%s", dir, list[i]->d_name);
		if (stat(f->paths[f->count], &st) == 0)
			f->bytes += (size_t)st.st_size;
		f->count++;
		free(list[i]);
	}
	free(list);
	return true;
}

static void
free_files(struct files *f)
{
	for (size_t i = 0; i < f->count; i++)
		free(f->paths[i]);
	free(f->paths);
}

static unsigned char *
read_all(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	struct stat st;
	unsigned char *buf;
	size_t got = 0;

	if (fd < 0 || fstat(fd, &st) != 0)
		fatal("%s: %s", path, strerror(errno));
	buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);

		if (r <= 0)
			fatal("%s: short read", path);
		got += (size_t)r;
	}
	close(fd);
	*len = got;
	return buf;
}

/* The floor any loader pays: read the bytes and take every event from
   libyaml, doing nothing with them. Returns the number of events. An
   untimed first run of this and of the load warms the page cache and the
   allocator and picks the number of runs. */
static size_t
bare_parse(const struct files *f)
{
	size_t events = 0;

	for (size_t i = 0; i < f->count; i++) {
		size_t len;
		unsigned char *buf = read_all(f->paths[i], &len);
		yaml_parser_t parser;
		yaml_event_t ev;
		bool done = false;

		if (!yaml_parser_initialize(&parser))
			fatal("yaml_parser_initialize failed");
		yaml_parser_set_input_string(&parser, buf, len);
		while (!done) {
			if (!yaml_parser_parse(&parser, &ev))
				fatal("%s: YAML error: %s", f->paths[i],
				      parser.problem ? parser.problem : "?");
			done = ev.type == YAML_STREAM_END_EVENT;
			yaml_event_delete(&ev);
			events++;
		}
		yaml_parser_delete(&parser);
		free(buf);
	}
	return events;
}

struct loaded {
	size_t screens;
	size_t arena_bytes;
	size_t warnings;
};

static bool
load(const char *dir, struct loaded *out, bool report)
{
	struct diags d;
	struct guide *g;

	diags_init(&d);
	g = guide_load(dir, &d);
	if (g == NULL) {
		if (report) {
			fprintf(stderr, "loadbench: the guide in %s did not load:\n", dir);
			diags_print(&d, stderr);
		}
		diags_free(&d);
		return false;
	}
	if (out != NULL) {
		out->screens = g->nscreens;
		out->arena_bytes = g->arena.used_total;
		out->warnings = d.warnings;
	}
	guide_free(g);
	diags_free(&d);
	return true;
}

/* Kept out of line so that callgrind's --toggle-collect can count exactly one
   warm run of each (the warm-up calls bare_parse and load directly). */
__attribute__((noinline)) size_t timed_parse(const struct files *f);
__attribute__((noinline)) bool timed_load(const char *dir);

size_t
timed_parse(const struct files *f)
{
	return bare_parse(f);
}

bool
timed_load(const char *dir)
{
	return load(dir, NULL, false);
}

enum mode { MODE_BOTH, MODE_PARSE, MODE_LOAD };

struct options {
	enum mode mode;
	unsigned reps;          /* 0: as many as fit in seconds */
	double seconds;
	const char *queries[MAX_QUERIES];
	size_t nqueries;
	unsigned search_reps;
	bool faults;            /* report page faults (minor) a run */
};

static unsigned
choose_reps(const struct options *o, double one_run)
{
	double r;

	if (o->reps != 0)
		return o->reps;
	r = one_run > 0 ? o->seconds / one_run : 1000;
	if (r < 11)
		r = 11;
	if (r > 1001)
		r = 1001;
	return (unsigned)r | 1;  /* odd, so the median is a real run */
}

/* One content folder: the bare parse, the load, and their ratio. */
static bool
bench_dir(const char *dir, const struct options *o, double *us_per_mib)
{
	struct files f;
	struct loaded info = { 0, 0, 0 };
	double t0, one = 0;
	unsigned reps;
	double *tp, *tl;
	struct stats sp = { 0, 0 }, sl = { 0, 0 };
	long faults_parse = 0, faults_load = 0;

	if (!list_files(dir, &f))
		return false;
	if (o->mode != MODE_LOAD) {
		t0 = now();
		bare_parse(&f);
		one += now() - t0;
	}
	if (o->mode != MODE_PARSE) {
		t0 = now();
		if (!load(dir, &info, true)) {
			free_files(&f);
			return false;
		}
		one += now() - t0;
	}
	reps = choose_reps(o, one);
	tp = xcalloc(reps, sizeof *tp);
	tl = xcalloc(reps, sizeof *tl);
	for (unsigned i = 0; i < reps; i++) {
		long f0;

		if (o->mode != MODE_LOAD) {
			f0 = minor_faults();
			t0 = now();
			timed_parse(&f);
			tp[i] = now() - t0;
			faults_parse += minor_faults() - f0;
		}
		if (o->mode != MODE_PARSE) {
			f0 = minor_faults();
			t0 = now();
			if (!timed_load(dir))
				fatal("%s: the load failed on a repeat run", dir);
			tl[i] = now() - t0;
			faults_load += minor_faults() - f0;
		}
	}
	if (o->mode != MODE_LOAD)
		sp = summarise(tp, reps);
	if (o->mode != MODE_PARSE)
		sl = summarise(tl, reps);
	/* The least disturbed run, so growth between folders is not noise. */
	*us_per_mib = sl.min * 1e6 / ((double)f.bytes / (1024.0 * 1024.0));
	printf("%-28s %5zu %9zu %6zu %9zu %5u %9.3f %9.3f %9.3f %9.3f %6.2f %6.2f %8.0f\n",
	       dir, f.count, f.bytes, info.screens, info.arena_bytes, reps,
	       sp.median * 1e3, sp.min * 1e3, sl.median * 1e3, sl.min * 1e3,
	       sp.median > 0 ? sl.median / sp.median : 0,
	       sp.min > 0 ? sl.min / sp.min : 0,
	       *us_per_mib);
	if (o->faults)
		printf("%-28s page faults a run: parse %ld, load %ld\n", "",
		       faults_parse / (long)reps, faults_load / (long)reps);
	free(tp);
	free(tl);
	free_files(&f);
	return true;
}

/* Reading every file into node trees, as guide_load's first step does:
   all trees kept until the end (keep) or each freed once read (drop). The
   difference is what holding every tree at once costs in memory traffic. */
static double
read_trees(const struct files *f, bool keep)
{
	struct arena a = { NULL, 0, NULL };
	struct diags d;
	double t0 = now();

	diags_init(&d);
	for (size_t i = 0; i < f->count; i++) {
		if (yt_read_file(f->paths[i], &a, &d) == NULL)
			fatal("%s: does not read as a tree", f->paths[i]);
		if (!keep)
			arena_free(&a);
	}
	arena_free(&a);
	diags_free(&d);
	return now() - t0;
}

static bool
bench_trees(const char *dir, unsigned reps)
{
	struct files f;
	double *tk, *td;
	struct stats k, dr;

	if (!list_files(dir, &f))
		return false;
	tk = xcalloc(reps, sizeof *tk);
	td = xcalloc(reps, sizeof *td);
	long fk = 0, fd = 0, f0;

	read_trees(&f, true);
	for (unsigned i = 0; i < reps; i++) {
		f0 = minor_faults();
		tk[i] = read_trees(&f, true);
		fk += minor_faults() - f0;
		f0 = minor_faults();
		td[i] = read_trees(&f, false);
		fd += minor_faults() - f0;
	}
	k = summarise(tk, reps);
	dr = summarise(td, reps);
	printf("%-28s kept %8.3f ms (min %8.3f, %ld page faults), dropped %8.3f ms (min %8.3f, %ld faults)\n",
	       dir, k.median * 1e3, k.min * 1e3, fk / reps, dr.median * 1e3, dr.min * 1e3, fd / reps);
	free(tk);
	free(td);
	free_files(&f);
	return true;
}

/* Search on one folder: the first query builds the folded text (paid once
   per language), later ones reuse it; both are reported (the cold figure
   is the median of COLD_RUNS rebuilds). */
static bool
bench_search(const char *dir, const struct options *o)
{
	struct diags d;
	struct guide *g;
	static struct search_hit hits[MAX_HITS];

	diags_init(&d);
	g = guide_load(dir, &d);
	diags_free(&d);
	if (g == NULL) {
		fprintf(stderr, "loadbench: %s did not load; no search figures\n", dir);
		return false;
	}
	printf("\nsearch on %s (%zu screens), %u runs a query\n", dir, g->nscreens, o->search_reps);
	printf("%-28s %6s %12s %12s %12s\n", "query", "hits", "cold ms", "median ms", "min ms");
	for (size_t q = 0; q < o->nqueries; q++) {
		double *t = xcalloc(o->search_reps, sizeof *t);
		double cold[COLD_RUNS], t0;
		size_t n = 0;
		struct stats s, c;

		/* Cold: the folded text is built again each time, as on the
		   first search after start-up or a change of language. */
		for (unsigned i = 0; i < COLD_RUNS; i++) {
			search_free();
			t0 = now();
			n = search_run(g, o->queries[q], hits, MAX_HITS);
			cold[i] = now() - t0;
		}
		for (unsigned i = 0; i < o->search_reps; i++) {
			t0 = now();
			search_run(g, o->queries[q], hits, MAX_HITS);
			t[i] = now() - t0;
		}
		c = summarise(cold, COLD_RUNS);
		s = summarise(t, o->search_reps);
		printf("%-28s %6zu %12.3f %12.3f %12.3f\n", o->queries[q], n,
		       c.median * 1e3, s.median * 1e3, s.min * 1e3);
		free(t);
	}
	search_free();
	guide_free(g);
	return true;
}

/* Whole-program timing. With first_line, stdin is a pipe left open and the
   clock stops at the first newline on stdout (the person sees the guide);
   then stdin is closed, which a plain session takes as the end. Otherwise
   stdin is /dev/null and the clock stops when the program exits. */
static double
run_once(char **argv, bool first_line, int *status)
{
	int in[2], out[2];
	pid_t pid;
	double t0, t = -1;
	char buf[4096];
	ssize_t r;

	if (pipe(in) != 0 || pipe(out) != 0)
		fatal("pipe: %s", strerror(errno));
	t0 = now();
	pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);

		dup2(first_line ? in[0] : null, STDIN_FILENO);
		dup2(out[1], STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
		close(in[0]); close(in[1]); close(out[0]); close(out[1]); close(null);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	if (!first_line)
		close(in[1]);
	while ((r = read(out[0], buf, sizeof buf)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (first_line && t < 0 && memchr(buf, '\n', (size_t)r) != NULL) {
			t = now() - t0;
			close(in[1]);
		}
	}
	close(out[0]);
	if (first_line && t < 0)
		close(in[1]);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR)
		;
	if (!first_line)
		t = now() - t0;
	return t;
}

static int
bench_exec(char **argv, unsigned reps, bool first_line)
{
	double *t = xcalloc(reps, sizeof *t);
	int status = 0;
	struct stats s;

	run_once(argv, first_line, &status);  /* warm the page cache */
	for (unsigned i = 0; i < reps; i++) {
		t[i] = run_once(argv, first_line, &status);
		if (t[i] < 0) {
			fprintf(stderr, "loadbench: %s printed no line\n", argv[0]);
			free(t);
			return 1;
		}
	}
	s = summarise(t, reps);
	printf("%s median %.3f ms, min %.3f ms over %u runs, exit status %d\n",
	       first_line ? "first line:" : "run:", s.median * 1e3, s.min * 1e3, reps,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	free(t);
	return 0;
}

static void
usage(FILE *out)
{
	fputs("Usage: loadbench [OPTION]... DIR...\n"
	      "       loadbench --exec N [--first-line] -- PROGRAM [ARG]...\n"
	      "Time loading each content folder against a bare libyaml event parse of\n"
	      "the same files, and search on the last folder.\n"
	      "\n"
	      "  --reps N        runs of each (default: as many as fit in --seconds)\n"
	      "  --seconds S     time to spend on each folder (default 1)\n"
	      "  --parse-only    time only the bare parse (for callgrind)\n"
	      "  --load-only     time only the load (for callgrind)\n"
	      "  --trees         also time reading the node trees, kept or dropped, and\n"
	      "                  count page faults\n"
	      "  --search Q      time search_run for the query Q (repeatable)\n"
	      "  --search-reps N runs of each query (default 50)\n"
	      "  --exec N        run PROGRAM N times; median and minimum wall time\n"
	      "  --first-line    with --exec: stop the clock at PROGRAM's first line\n", out);
}

int
main(int argc, char **argv)
{
	struct options o = { MODE_BOTH, 0, 1.0, { NULL }, 0, 50, false };
	unsigned exec_reps = 0;
	bool first_line = false, trees = false;
	int i, rc = 0;
	double base = 0;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "--reps") == 0 && v) {
			o.reps = (unsigned)strtoul(v, NULL, 10);
			i++;
		} else if (strcmp(a, "--seconds") == 0 && v) {
			o.seconds = strtod(v, NULL);
			i++;
		} else if (strcmp(a, "--search-reps") == 0 && v) {
			o.search_reps = (unsigned)strtoul(v, NULL, 10);
			i++;
		} else if (strcmp(a, "--search") == 0 && v) {
			if (o.nqueries < MAX_QUERIES)
				o.queries[o.nqueries++] = v;
			i++;
		} else if (strcmp(a, "--exec") == 0 && v) {
			exec_reps = (unsigned)strtoul(v, NULL, 10);
			i++;
		} else if (strcmp(a, "--first-line") == 0) {
			first_line = true;
		} else if (strcmp(a, "--parse-only") == 0) {
			o.mode = MODE_PARSE;
		} else if (strcmp(a, "--load-only") == 0) {
			o.mode = MODE_LOAD;
		} else if (strcmp(a, "--trees") == 0) {
			trees = true;
			o.faults = true;
		} else if (strcmp(a, "--help") == 0) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (i >= argc || o.search_reps == 0) {
		usage(stderr);
		return 2;
	}
	if (exec_reps > 0)
		return bench_exec(argv + i, exec_reps, first_line);

	/* English, as a person with the default locale would get it. */
	lang_init(BUILD_LOCALEDIR, "en");
	printf("%-28s %5s %9s %6s %9s %5s %9s %9s %9s %9s %6s %6s %8s\n",
	       "content", "files", "bytes", "screens", "arena", "runs",
	       "parse ms", "(min)", "load ms", "(min)", "ratio", "(min)", "us/MiB");
	for (int j = i; j < argc; j++) {
		double per_mib;

		if (!bench_dir(argv[j], &o, &per_mib)) {
			rc = 1;
			continue;
		}
		if (o.mode != MODE_PARSE) {
			if (base == 0)
				base = per_mib;
			else
				printf("%-28s load time a byte (min) is %.2f x the first folder's\n",
				       "", per_mib / base);
		}
	}
	if (trees) {
		printf("\nreading node trees (yt_read_file), kept to the end or dropped after each file\n");
		for (int j = i; j < argc; j++)
			if (!bench_trees(argv[j], o.reps ? o.reps : 11))
				rc = 1;
	}
	if (o.nqueries > 0 && !bench_search(argv[argc - 1], &o))
		rc = 1;
	return rc;
}
