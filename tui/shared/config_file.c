/* config_file.c: kiosk settings from a "key = value" file the kiosk's owner controls. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "config_file.h"
#include "guide.h"
#include "kiosk.h"
#include "lang.h"
#include "xalloc.h"

/* A kiosk's settings fit in a few lines; anything bigger is not one. */
#define CONFIG_MAX_BYTES 65536
#define AREA_ID_MAX 63

/* The strings handed out in struct view_options live here: the file is read
   once per run, and nothing needs freeing on any exit path. */
static char staff_keys[KIOSK_STAFF_MAX + 1];
static char kiosk_lang[16];
static char kiosk_area[AREA_ID_MAX + 1];
static char local_content[PATH_MAX];
/* The configuration file's own folder (canonical): a local content folder
   must be below it or below one of local_roots. */
static char config_dir[PATH_MAX];

/* Where else local content may live: the Debian and source installs'
   places for a machine's own settings and data. Nothing else: not /proc,
   not /, not a user's home. */
static const char *const local_roots[] = { "/etc/sendguide", "/usr/local/share/sendguide" };

/* A local folder overlays a few files of the guide: the whole packaged
   guide is 19 files, 256 KB and about 9,000 YAML values. Beyond these a
   folder is not an overlay, and loading it could take the kiosk past its
   unit's MemoryMax (40 files of 400 KB took 565 MB before this cap). */
#define LOCAL_MAX_FILES 64
#define LOCAL_MAX_BYTES (2L * 1024 * 1024)
#define LOCAL_MAX_NODES 100000L

/* Where "area" was set, for an error once the guide is loaded. */
static char area_file[PATH_MAX];
static unsigned area_line, area_col;

enum key {
	KEY_KIOSK, KEY_IDLE, KEY_COUNTDOWN, KEY_STAFF_KEYS, KEY_LANGUAGE, KEY_AREA,
	KEY_BAR, KEY_MOUSE, KEY_CONTENT, KEY_SPEAK, KEY_COUNT
};

static const char *const key_names[KEY_COUNT] = {
	"kiosk", "idle", "countdown", "staff-keys", "language", "area", "bar", "mouse",
	"content", "speak"
};

struct reader {
	const char *path;
	struct diags *d;
	unsigned line;
	unsigned seen[KEY_COUNT];   /* line where each key was set, 0 = not yet */
	bool content;               /* checking the local content folder, not the file */
};

static void error_at(struct reader *r, unsigned col, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
error_at(struct reader *r, unsigned col, const char *hint, const char *fmt, ...)
{
	struct srcpos pos = { r->path, r->line, col };
	char *message;
	va_list ap;

	va_start(ap, fmt);
	xvasprintf(&message, fmt, ap);
	va_end(ap);
	diags_add(r->d, DIAG_ERROR, &pos, hint, "%s", message);
	free(message);
}

static bool
parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = { "yes", "true", "on" };
	static const char *const no[] = { "no", "false", "off" };
	size_t i;

	for (i = 0; i < 3; i++) {
		if (strcmp(v, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcmp(v, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

static bool
parse_seconds(const char *v, unsigned long min, unsigned long max, unsigned *out)
{
	char *end;
	unsigned long n;

	if (*v < '0' || *v > '9')
		return false;
	errno = 0;
	n = strtoul(v, &end, 10);
	if (errno != 0 || *end != '\0' || n < min || n > max)
		return false;
	*out = (unsigned)n;
	return true;
}

static bool
known_language(const char *code)
{
	size_t i, n;
	const struct language *l = lang_list(&n);

	for (i = 0; i < n; i++)
		if (strcmp(l[i].code, code) == 0)
			return true;
	return false;
}

static bool
plausible_area_id(const char *v)
{
	size_t n = strlen(v);

	if (n == 0 || n > AREA_ID_MAX)
		return false;
	return strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789-_") == n;
}

static void
set(struct reader *r, enum key k, const char *v, unsigned col, struct view_options *o)
{
	bool b;

	switch (k) {
	case KEY_KIOSK:
	case KEY_BAR:
	case KEY_MOUSE:
	case KEY_SPEAK:
		if (!parse_bool(v, &b)) {
			error_at(r, col, _("Write yes or no."), _("expected yes or no, not '%s'"), v);
			return;
		}
		if (k == KEY_KIOSK)
			o->kiosk = b;
		else if (k == KEY_BAR)
			o->bar = b;
		else if (k == KEY_SPEAK)
			o->speak = b;
		else
			o->mouse = b;
		return;
	case KEY_IDLE:
		if (!parse_seconds(v, 1, 86400, &o->idle_seconds))
			error_at(r, col, _("Write a number of seconds from 1 to 86400; 120 is two minutes."),
				 _("idle takes whole seconds, not '%s'"), v);
		return;
	case KEY_COUNTDOWN:
		if (!parse_seconds(v, 1, 600, &o->countdown_seconds))
			error_at(r, col, _("Write a number of seconds from 1 to 600; 20 gives time to reach the screen."),
				 _("countdown takes whole seconds, not '%s'"), v);
		return;
	case KEY_STAFF_KEYS: {
		const char *problem = kiosk_staff_problem(v);

		if (problem != NULL) {
			error_at(r, col, _("Choose 6 to 64 letters, digits or punctuation that a visitor would not type, such as 7;k!Vq2."),
				 "%s", _(problem));
			return;
		}
		memcpy(staff_keys, v, strlen(v) + 1);
		o->staff_keys = staff_keys;
		return;
	}
	case KEY_LANGUAGE:
		if (strlen(v) >= sizeof kiosk_lang || !known_language(v)) {
			error_at(r, col, _("Write one of: en, pl, ro."), _("no language '%s'"), v);
			return;
		}
		memcpy(kiosk_lang, v, strlen(v) + 1);
		o->kiosk_lang = kiosk_lang;
		return;
	case KEY_AREA:
		/* Only the form here: whether the guide has the area is known
		   once the content is loaded. */
		if (!plausible_area_id(v)) {
			error_at(r, col, _("Write an area id as listed by the guide, such as rutland."),
				 _("'%s' is not an area id"), v);
			return;
		}
		memcpy(kiosk_area, v, strlen(v) + 1);
		o->kiosk_area = kiosk_area;
		snprintf(area_file, sizeof area_file, "%s", r->path);
		area_line = r->line;
		area_col = col;
		return;
	case KEY_CONTENT:
		/* Only the form here: the folder is checked when the guide is
		   loaded, and a problem there falls back to the packaged guide
		   instead of stopping the kiosk. A relative path would depend on
		   where the service happens to start. */
		if (v[0] != '/' || strlen(v) >= sizeof local_content) {
			error_at(r, col, _("Write the folder's full path, such as /etc/sendguide/content."),
				 _("'%s' is not a full path to a folder"), v);
			return;
		}
		memcpy(local_content, v, strlen(v) + 1);
		o->local_content = local_content;
		return;
	case KEY_COUNT:
		break;
	}
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static void
parse_line(struct reader *r, char *line, struct view_options *o)
{
	char *p = line, *eq, *key, *value, *end;
	size_t i;

	/* A '#' starts a comment anywhere, so "idle = 120  # two minutes"
	   works; that is why staff keys cannot contain one. */
	p[strcspn(p, "#")] = '\0';
	while (is_blank(*p))
		p++;
	if (*p == '\0')
		return;
	eq = strchr(p, '=');
	if (eq == NULL || eq == p) {
		error_at(r, (unsigned)(p - line) + 1,
			 _("Write settings as key = value, for example: idle = 120."),
			 _("expected key = value"));
		return;
	}
	key = p;
	for (end = eq; end > key && is_blank(end[-1]); end--)
		;
	*end = '\0';
	value = eq + 1;
	while (is_blank(*value))
		value++;
	for (end = value + strlen(value); end > value && is_blank(end[-1]); end--)
		;
	*end = '\0';

	for (i = 0; i < KEY_COUNT; i++)
		if (strcmp(key, key_names[i]) == 0)
			break;
	if (i == KEY_COUNT) {
		error_at(r, (unsigned)(key - line) + 1,
			 _("Known settings: kiosk, idle, countdown, staff-keys, language, area, bar, mouse, content, speak."),
			 _("unknown setting '%s'"), key);
		return;
	}
	if (r->seen[i] != 0) {
		error_at(r, (unsigned)(key - line) + 1, _("Keep one of the two lines."),
			 _("'%s' is already set on line %u"), key, r->seen[i]);
		return;
	}
	r->seen[i] = r->line;
	if (*value == '\0') {
		error_at(r, (unsigned)(eq - line) + 2,
			 _("Give a value after '=', or delete the line to keep the default."),
			 _("missing value"));
		return;
	}
	set(r, (enum key)i, value, (unsigned)(value - line) + 1, o);
}

/* A file only its owner can change: owned by root or by the user running
   the guide, and writable by nobody else (sshd's StrictModes rule). */
static bool
owned_safely(struct reader *r, const struct stat *st)
{
	char *hint = NULL;

	if (st->st_uid != 0 && st->st_uid != geteuid()) {
		xasprintf(&hint, _("Make root its owner: chown root: %s"), r->path);
		error_at(r, 0, hint, "%s", _("refused: the file belongs to another user"));
	} else if ((st->st_mode & (S_IWGRP | S_IWOTH)) != 0) {
		xasprintf(&hint, _("Let only its owner change it: chmod go-w %s"), r->path);
		error_at(r, 0, hint, "%s", _("refused: other users can change the file"));
	} else {
		return true;
	}
	free(hint);
	return false;
}

/* The file can let staff out and sets how long a visitor's journey stays on
   screen, so only its owner may change it: owned by root or by the user
   running the kiosk, and writable by nobody else (sshd's StrictModes rule). */
static bool
trustworthy(struct reader *r, const struct stat *st)
{
	if (!S_ISREG(st->st_mode)) {
		error_at(r, 0, _("Give the path of a regular file."), _("not a regular file"));
		return false;
	}
	if (!owned_safely(r, st))
		return false;
	if (st->st_size > CONFIG_MAX_BYTES) {
		error_at(r, 0, _("A kiosk configuration needs only a few lines."),
			 _("the file is too large"));
		return false;
	}
	return true;
}

/* Whoever may rename entries in a folder on the way to the file can put
   another file in its place, whatever the file's own owner and mode. So,
   as OpenSSH does for its keys, every folder from / down must belong to
   root or to this user, and others may not write to it unless its sticky
   bit keeps them from renaming what is not theirs (/tmp). */
enum folder_fault { FOLDER_OK, FOLDER_OWNER, FOLDER_WRITABLE };

static enum folder_fault
folder_fault(const struct stat *st)
{
	if (st->st_uid != 0 && st->st_uid != geteuid())
		return FOLDER_OWNER;
	if ((st->st_mode & (S_IWGRP | S_IWOTH)) != 0 && (st->st_mode & S_ISVTX) == 0)
		return FOLDER_WRITABLE;
	return FOLDER_OK;
}

static void
folder_error(struct reader *r, enum folder_fault fault, const char *folder)
{
	char *hint = NULL;

	if (r->content && fault == FOLDER_OWNER) {
		xasprintf(&hint, _("Make root its owner: chown root: %s"), folder);
		error_at(r, 0, hint, _("refused: the folder %s belongs to another user"), folder);
	} else if (r->content) {
		xasprintf(&hint, _("Let only its owner change it: chmod go-w %s"), folder);
		error_at(r, 0, hint, _("refused: other users can change the folder %s"), folder);
	} else if (fault == FOLDER_OWNER) {
		xasprintf(&hint, _("Make root its owner (chown root: %s), or keep the file in a folder such as /etc/sendguide."),
			  folder);
		error_at(r, 0, hint, _("refused: the folder %s belongs to another user"), folder);
	} else {
		xasprintf(&hint, _("Let only its owner change it (chmod go-w %s), or keep the file in a folder such as /etc/sendguide."),
			  folder);
		error_at(r, 0, hint, _("refused: other users can change the folder %s"), folder);
	}
	free(hint);
}

#ifndef O_PATH
# define O_PATH O_RDONLY
#endif

/* Opens the folder dir (already canonical, so without links or "..") one
   component at a time from /, never following a link, and checks each one on
   the open descriptor, so nothing can be swapped between check and use.
   Returns the folder's descriptor or -1 with an error in r. A folder that
   fails the check is reported after the file's own checks, in *fault and
   *bad (malloc'd), so the first message is about the file itself. */
static int
open_folder(struct reader *r, const char *dir, enum folder_fault *fault, char **bad)
{
	char *walk = xstrdup(dir), *p = walk;
	size_t upto = 1;            /* walk[0..upto) is the folder fd stands for */
	struct stat st;
	int fd;

	*fault = FOLDER_OK;
	*bad = NULL;
	fd = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
	for (;;) {
		char *end, saved;
		int next;

		if (fd < 0 || fstat(fd, &st) != 0) {
			error_at(r, 0, r->content ? _("Check the folder named by 'content' in the kiosk configuration.")
				 : _("Check the path given to --config."), "%s", strerror(errno));
			break;
		}
		if (*fault == FOLDER_OK && (*fault = folder_fault(&st)) != FOLDER_OK)
			*bad = xstrndup(walk, upto);
		while (*p == '/')
			p++;
		if (*p == '\0') {
			free(walk);
			return fd;
		}
		end = p + strcspn(p, "/");
		saved = *end;
		*end = '\0';
		next = openat(fd, p, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		*end = saved;
		close(fd);
		fd = next;
		upto = (size_t)(end - walk);
		p = end;
	}
	if (fd >= 0)
		close(fd);
	free(*bad);
	*bad = NULL;
	free(walk);
	return -1;
}

/* Opens the file without following a link or waiting for a writer (a FIFO
   would hang start-up), and explains a refusal. */
static int
open_file(struct reader *r, int dirfd, const char *base)
{
	int fd = openat(dirfd, base, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	int err = errno, flags;
	struct stat st;

	if (fd >= 0) {
		/* Reads of a regular file never block; the flag was for the open. */
		flags = fcntl(fd, F_GETFL);
		if (flags >= 0)
			(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
		return fd;
	}
	if (fstatat(dirfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
		char *target = realpath(r->path, NULL), *hint = NULL;

		if (target != NULL)
			xasprintf(&hint, _("Give --config the file itself: %s"), target);
		error_at(r, 0, hint != NULL ? hint : _("Give --config the file itself, not a symbolic link to it."),
			 "%s", _("refused: the path is a symbolic link"));
		free(hint);
		free(target);
	} else if (fstatat(dirfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
		error_at(r, 0, _("Give the path of a regular file."), _("not a regular file"));
	} else {
		error_at(r, 0, _("Check the path given to --config."), "%s", strerror(err));
	}
	return -1;
}

int
config_read(const char *path, struct view_options *o, struct diags *d)
{
	struct reader r = { .path = path, .d = d };
	enum folder_fault fault;
	const char *slash = strrchr(path, '/');
	char *dir, *canon, *bad = NULL;
	struct stat st;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	FILE *f;
	int fd, dirfd;

	/* The folder is followed through links to where it really is, and that
	   path is walked and checked; the file itself must not be a link. */
	if (slash == NULL)
		dir = xstrdup(".");
	else
		dir = xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	canon = realpath(dir, NULL);
	free(dir);
	if (canon == NULL) {
		error_at(&r, 0, _("Check the path given to --config."), "%s", strerror(errno));
		return -1;
	}
	snprintf(config_dir, sizeof config_dir, "%s", canon);
	dirfd = open_folder(&r, canon, &fault, &bad);
	free(canon);
	if (dirfd < 0)
		return -1;
	/* "dir/" names the folder itself, which is not a regular file. */
	fd = open_file(&r, dirfd, slash == NULL ? path : slash[1] != '\0' ? slash + 1 : ".");
	close(dirfd);
	if (fd < 0) {
		free(bad);
		return -1;
	}
	if (fstat(fd, &st) != 0 || !trustworthy(&r, &st)) {
		close(fd);
		free(bad);
		return -1;
	}
	if (bad != NULL) {
		folder_error(&r, fault, bad);
		close(fd);
		free(bad);
		return -1;
	}
	f = fdopen(fd, "r");
	if (f == NULL) {
		close(fd);
		error_at(&r, 0, NULL, "%s", strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		r.line++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (strlen(line) != (size_t)n) {
			error_at(&r, (unsigned)strlen(line) + 1, _("Save the file as plain text."),
				 _("a NUL byte in the line"));
			continue;
		}
		parse_line(&r, line, o);
	}
	if (ferror(f))
		error_at(&r, 0, NULL, "%s", strerror(errno));
	free(line);
	fclose(f);
	return d->errors != 0 ? -1 : 0;
}

/* One file of the local content folder, on the folder's descriptor: a
   regular file, not a link, that only its owner can change. Files the loader
   does not read (README, hidden files, sub-folders) are left alone. */
/* What the folder holds so far: content files, their bytes, their YAML
   values (counted only once the files and bytes are within bounds). */
struct local_count {
	long files, bytes, nodes;
};

/* Adds the YAML values (scalars, sequences, mappings, aliases) of the file
   to *nodes, stopping once past the cap: libyaml's events, one at a time,
   so counting costs no tree. A file libyaml refuses counts what it read;
   the loader reports the error. */
static void
count_nodes(int dirfd, const char *name, long *nodes)
{
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	yaml_parser_t parser;
	yaml_event_t ev;
	FILE *f;

	if (fd < 0)
		return;
	if ((f = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return;
	}
	if (yaml_parser_initialize(&parser)) {
		yaml_parser_set_input_file(&parser, f);
		while (*nodes <= LOCAL_MAX_NODES && yaml_parser_parse(&parser, &ev)) {
			yaml_event_type_t t = ev.type;

			yaml_event_delete(&ev);
			if (t == YAML_SCALAR_EVENT || t == YAML_SEQUENCE_START_EVENT
			    || t == YAML_MAPPING_START_EVENT || t == YAML_ALIAS_EVENT)
				++*nodes;
			if (t == YAML_STREAM_END_EVENT)
				break;
		}
		yaml_parser_delete(&parser);
	}
	fclose(f);
}

/* Whether canon (a canonical folder) is strictly below root. */
static bool
below(const char *canon, const char *root)
{
	size_t n = strlen(root);

	if (n == 0)
		return false;
	if (n == 1 && root[0] == '/')
		return false;       /* "/" itself is no allowed tree */
	return strncmp(canon, root, n) == 0 && canon[n] == '/' && canon[n + 1] != '\0';
}

static void
check_content_file(struct reader *r, int dirfd, const char *folder, const char *name,
		   struct local_count *count)
{
	struct stat st;
	char *path;

	if (!guide_content_name(name))
		return;
	xasprintf(&path, "%s/%s", folder, name);
	r->path = path;
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		error_at(r, 0, NULL, "%s", strerror(errno));
	else if (S_ISLNK(st.st_mode))
		error_at(r, 0, _("Copy the file itself into the folder, not a symbolic link to it."),
			 "%s", _("refused: the path is a symbolic link"));
	else if (S_ISDIR(st.st_mode))
		;       /* the loader skips a folder named *.yaml */
	else if (!S_ISREG(st.st_mode))
		error_at(r, 0, _("Give the path of a regular file."), _("not a regular file"));
	else if (owned_safely(r, &st)) {
		count->files++;
		count->bytes += (long)(st.st_size < LOCAL_MAX_BYTES ? st.st_size : LOCAL_MAX_BYTES + 1);
	}
	r->path = folder;
	free(path);
}

int
config_check_content(const char *dir, struct diags *d, char **canonical)
{
	struct reader r = { .path = dir, .d = d, .content = true };
	size_t errors_before = d->errors;
	enum folder_fault fault;
	char *canon, *bad = NULL;
	struct dirent *e;
	struct stat st;
	struct local_count count = { 0, 0, 0 };
	DIR *dp = NULL;
	int fd, rfd;

	*canonical = NULL;
	canon = realpath(dir, NULL);
	if (canon == NULL) {
		error_at(&r, 0, _("Check the folder named by 'content' in the kiosk configuration."),
			 "%s", strerror(errno));
		return -1;
	}
	/* The folder itself, not a link to one (/proc/self/cwd, a link to
	   /etc), nor a path through "..": what staff named is what is read. */
	{
		size_t n = strlen(dir);

		while (n > 1 && dir[n - 1] == '/')
			n--;
		if (strlen(canon) != n || strncmp(canon, dir, n) != 0) {
			char *hint;

			xasprintf(&hint, _("Name the folder itself, without links: content = %s"), canon);
			error_at(&r, 0, hint, "%s", _("refused: the path goes through a symbolic link, "
						      "\".\" or \"..\""));
			free(hint);
			free(canon);
			return -1;
		}
	}
	{
		size_t i;
		bool allowed = below(canon, config_dir);

		for (i = 0; !allowed && i < sizeof local_roots / sizeof local_roots[0]; i++)
			allowed = below(canon, local_roots[i]);
		if (!allowed) {
			error_at(&r, 0, _("Keep local content in a folder below the configuration file's "
					  "folder, /etc/sendguide or /usr/local/share/sendguide, such as "
					  "/etc/sendguide/content."),
				 "%s", _("refused: the folder is not below the configuration file's "
					 "folder, /etc/sendguide or /usr/local/share/sendguide"));
			free(canon);
			return -1;
		}
	}
	fd = open_folder(&r, canon, &fault, &bad);
	if (fd < 0) {
		free(canon);
		return -1;
	}
	/* The folder itself, unlike those above it, may not be writable by
	   others even with its sticky bit: anyone could add a file to it. */
	if (bad == NULL && fstat(fd, &st) == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
		fault = FOLDER_WRITABLE;
		bad = xstrdup(canon);
	}
	if (bad != NULL) {
		folder_error(&r, fault, bad);
		free(bad);
		close(fd);
		free(canon);
		return -1;
	}
	rfd = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	close(fd);
	if (rfd >= 0 && (dp = fdopendir(rfd)) == NULL)
		close(rfd);
	if (dp == NULL) {
		error_at(&r, 0, _("Check the folder named by 'content' in the kiosk configuration."),
			 "%s", strerror(errno));
		free(canon);
		return -1;
	}
	while ((e = readdir(dp)) != NULL && count.files <= LOCAL_MAX_FILES)
		check_content_file(&r, dirfd(dp), canon, e->d_name, &count);
	if (count.files > LOCAL_MAX_FILES)
		error_at(&r, 0, _("Keep only the files that change the packaged guide: a local folder "
				  "overlays it file by file."),
			 _("refused: more than %d content files"), LOCAL_MAX_FILES);
	else if (count.bytes > LOCAL_MAX_BYTES)
		error_at(&r, 0, _("Keep only the files that change the packaged guide: a local folder "
				  "overlays it file by file."),
			 _("refused: the content files hold more than %ld bytes"), LOCAL_MAX_BYTES);
	/* Values are counted only within those bounds, so counting is quick. */
	if (d->errors == errors_before) {
		rewinddir(dp);
		while (count.nodes <= LOCAL_MAX_NODES && (e = readdir(dp)) != NULL)
			if (guide_content_name(e->d_name))
				count_nodes(dirfd(dp), e->d_name, &count.nodes);
		if (count.nodes > LOCAL_MAX_NODES)
			error_at(&r, 0, _("Keep only the files that change the packaged guide: a local "
					  "folder overlays it file by file."),
				 _("refused: the content files hold more than %ld values"),
				 LOCAL_MAX_NODES);
	}
	closedir(dp);
	if (d->errors != errors_before) {
		free(canon);
		return -1;
	}
	*canonical = canon;
	return 0;
}

bool
config_check_area(const struct view_options *o, const struct guide *g, struct diags *d)
{
	struct srcpos pos = { area_file, area_line, area_col };

	if (o->kiosk_area == NULL || g == NULL || guide_find_area(g, o->kiosk_area) != NULL)
		return true;
	diags_add(d, DIAG_ERROR, &pos,
		  _("Write an area id from the guide's content files (\"- id: rutland\" under "
		    "areas), or remove the line. A kiosk starts without an area until then."),
		  _("the guide has no area '%s'"), o->kiosk_area);
	return false;
}
