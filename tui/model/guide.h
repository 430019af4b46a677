/* guide.h: the immutable guide: screens, choices, sources, providers and areas. */
#ifndef SENDGUIDE_GUIDE_H
#define SENDGUIDE_GUIDE_H

#include <stdbool.h>
#include <stddef.h>
#include "diag.h"
#include "xalloc.h"

/* A string a person reads. en is the English source text as authored (UTF-8,
   checked: no control characters, no bidi overrides, no NUL); its translation
   is looked up with tr() from lang.h. en == NULL means "absent". */
struct text {
	const char *en;
	struct srcpos pos;
};

enum block_kind {
	BLOCK_PARAGRAPH,  /* one item */
	BLOCK_BULLETS,    /* one item a bullet */
	BLOCK_IMPORTANT   /* one item; shown with a visible "Important" marker, never colour alone */
};

struct block {
	enum block_kind kind;
	struct text *items;
	size_t nitems;
};

enum screen_kind {
	SCREEN_QUESTION,     /* asks; has two or more choices */
	SCREEN_INFORMATION,  /* explains; has choices or one link onward */
	SCREEN_OUTCOME,      /* what to do now; may list contacts; may end a journey */
	SCREEN_CONTACTS,     /* providers for the chosen area */
	SCREEN_DATE          /* asks for a date (stores), then goes on; may be skipped */
};

/* What a date question stores; the order is the journey code's (jcode.h). */
enum date_key {
	DATE_KEY_LETTER,       /* "decision-letter": the council's decision letter */
	DATE_KEY_CERTIFICATE,  /* "certificate": the mediation certificate */
	DATE_KEY_COUNT
};
/* Content names of the keys, in order. */
extern const char *const date_key_names[DATE_KEY_COUNT];

/* The worked-out dates an outcome shows (its deadlines field). */
enum deadline_kind {
	DEADLINE_ADVISER = 1u << 0,  /* "adviser": contact the mediation adviser */
	DEADLINE_APPEAL = 1u << 1    /* "appeal": the appeal must reach the Tribunal */
};
#define DEADLINE_KIND_COUNT 2
extern const char *const deadline_kind_names[DEADLINE_KIND_COUNT];

struct screen;

/* Journey marks: words a choice leaves on the journey ("refused-assessment",
   "no-plan") so that later screens offer only what fits it. Bit k is
   guide->marks[k]; at most GUIDE_MARKS_MAX names in a guide. */
#define GUIDE_MARKS_MAX 32

struct region;

struct choice {
	struct text label;        /* label.en == NULL: the link onward, shown as "Continue" */
	struct screen *target;    /* resolved at load time */
	struct srcpos pos;
	unsigned marks;           /* marks this choice leaves on the journey */
	unsigned unless;          /* not offered when the journey has any of these marks */
	const char *region_id;    /* offered only with no area or one in this region; may be NULL */
	const struct region *region;  /* region_id resolved at load time */
};

/* One line of a screen's summary (what to do, by when, with whom). A line
   with a deadline shows dated, its "{date}" replaced by the date worked out,
   when the journey has the dates; text (the rule in words) otherwise. */
struct summary_line {
	struct text text;
	struct text dated;        /* absent unless deadline */
	unsigned deadline;        /* one enum deadline_kind bit, or 0 */
	unsigned if_marks;        /* shown only when the journey has all of these */
	unsigned unless;          /* not shown when the journey has any of these */
	struct srcpos pos;
};

/* Services a provider offers; a screen's contacts field selects by these. */
enum service {
	SERVICE_MEDIATION_ADVICE = 1u << 0,
	SERVICE_MEDIATION = 1u << 1,
	SERVICE_DISAGREEMENT_RESOLUTION = 1u << 2,
	SERVICE_INFORMATION_ADVICE = 1u << 3
};
#define SERVICE_COUNT 4
/* Content names of the services, in bit order: "mediation-advice", ... */
extern const char *const service_names[SERVICE_COUNT];
/* Translatable display names, in bit order (N_() strings; pass through _()). */
extern const char *const service_labels[SERVICE_COUNT];

struct source {
	const char *id;
	struct text title;
	const char *url;          /* may be NULL */
	const char *seed;         /* seed document file name, may be NULL */
	const char *dated;        /* YYYY-MM-DD the page itself states, may be NULL */
	const char *read;         /* YYYY-MM-DD the page was read, may be NULL (not both) */
	struct srcpos pos;
};

struct screen {
	const char *id;
	size_t index;             /* position in guide->screens */
	enum screen_kind kind;
	struct text title;
	struct block *body;
	size_t nbody;
	struct choice *choices;
	size_t nchoices;
	unsigned contacts;        /* enum service bits to list for the chosen area; 0 = none */
	bool finish;              /* outcome that ends a journey ("Finished" offered) */
	enum date_key stores;     /* SCREEN_DATE: what the answer is */
	struct text skip;         /* SCREEN_DATE: the skip's label; absent: "Skip this question" */
	unsigned deadlines;       /* enum deadline_kind bits an outcome shows */
	/* SCREEN_DATE: where the journey goes on when a date is given (next,
	   choices[0], when it is skipped); NULL: next either way. */
	struct screen *next_dated;
	/* What to do, by when, with whom: shown first; the body is then one
	   choice away ("Tell me more", "Why, and the rules"). */
	struct summary_line *summary;
	size_t nsummary;
	const struct source **sources;
	size_t nsources;
	struct srcpos pos;
};

/* One way to reach a provider, with where the fact comes from. Sources can
   disagree (two phone numbers): both are kept, each with its own source. */
struct contact_point {
	const char *value;
	struct text note;         /* may be absent */
	const struct source *source;
	struct srcpos pos;
};

struct provider {
	const char *id;
	struct text name;
	unsigned services;
	struct contact_point *phones;
	size_t nphones;
	struct contact_point *emails;
	size_t nemails;
	struct contact_point *webs;
	size_t nwebs;
	struct text hours;        /* may be absent */
	const struct source *source;  /* its date is the date of these details */
	struct srcpos pos;
};

struct area_provider {
	const struct provider *provider;
	unsigned services;        /* what this provider does for this area */
	const struct source *source;  /* the page saying it serves this area; may be NULL */
	struct text note;         /* may be absent */
	/* The note in a few words, for a brief contacts list (page.h): what
	   the family must do first; the note stays one choice away. May be
	   absent (a brief list then gives the note whole). */
	struct text brief;
};

struct region;

struct area {
	const char *id;
	struct text name;         /* the short name people use */
	const char *official;     /* the official name (not translated), may be NULL */
	const char *code;         /* ONS GSS code (E06000016), may be NULL */
	const char **aliases;     /* other names people type (not translated) */
	size_t naliases;
	const struct region *region;
	struct area_provider *providers;
	size_t nproviders;
	const struct screen *redirect;  /* outside England: a screen that says where to go */
	struct srcpos pos;
};

struct region {
	const char *id;
	struct text name;
	struct area **areas;
	size_t nareas;
	struct srcpos pos;
};

/* A term the guide explains on one screen (settings.jargon): data for the
   reading-level check, in English, never shown to readers. */
struct jargon {
	const char *term;                 /* as written in the text, case kept */
	const char *means;                /* plain words that explain it where it is used */
	const struct screen *explained;   /* the screen that explains it */
	struct srcpos pos;
};

struct guide {
	struct screen *screens;
	size_t nscreens;
	const struct screen *start;
	const struct screen *national;   /* advice for an area without data */
	struct source *sources;
	size_t nsources;
	struct provider *providers;
	size_t nproviders;
	struct region *regions;
	size_t nregions;
	struct area *areas;              /* every area, sorted by English name */
	size_t nareas;
	const char *marks[GUIDE_MARKS_MAX];  /* journey marks' names, by bit */
	size_t nmarks;
	struct jargon *jargon;           /* settings.jargon */
	size_t njargon;
	char **files;                    /* the content files loaded, in order */
	size_t nfiles;
	/* Journey codes (jcode.c, set by jcode_index at load): how many symbols
	   name a screen and an area in this guide, and every screen's and
	   area's code value, sorted, so a code is decoded by a search. */
	unsigned jcode_screen_symbols, jcode_area_symbols;
	struct jcode_value *jcode_screens, *jcode_areas;
	struct arena arena;              /* owns everything above */
};

/* A screen's or area's journey-code value and its index in the guide. */
struct jcode_value {
	unsigned long long value;
	size_t index;
};

/* Load every *.yaml file in dir (sorted by name) as one guide and check it.
   Returns NULL when there is any error; d holds the errors and warnings. */
struct guide *guide_load(const char *dir, struct diags *d);
/* The same, with the *.yaml files of local over those of dir, file by file:
   a file in local replaces the one of the same name in dir, and a new name
   adds a file; all are read as one guide, in name order. */
struct guide *guide_load_overlay(const char *dir, const char *local, struct diags *d);
void guide_free(struct guide *g);
/* guide_load into region r, guide struct included (for image.c). */
struct guide *guide_load_region(const char *dir, struct arena_region *r, struct diags *d);

/* Whether a file name in a content folder is content the loader reads:
   "*.yaml", not hidden (editors' lock and swap files start with a dot). */
bool guide_content_name(const char *name);

/* Look up by id; for start-up options (--node), never while navigating. */
const struct screen *guide_find_screen(const struct guide *g, const char *id);
const struct area *guide_find_area(const struct guide *g, const char *id);

/* Providers of an area offering any of the services; fills out (up to max) and
   returns the count. An area with none gets the guide's national advice. */
size_t guide_area_providers(const struct area *a, unsigned services,
			    const struct area_provider **out, size_t max);

/* Whether an area has a sourced link to a provider of any of the services
   with at least one phone, e-mail or web address: for information-advice,
   a SENDIASS the family can reach. National services linked without a
   source (IPSEA) do not count. */
bool guide_area_has_sourced(const struct area *a, unsigned services);

#endif
