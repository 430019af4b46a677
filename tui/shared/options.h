/* options.h: the command line, and the settings a view runs with (from it and the kiosk's file). */
#ifndef SENDGUIDE_OPTIONS_H
#define SENDGUIDE_OPTIONS_H

#include <stdbool.h>
#include "calendar.h"

struct view_options {
	bool kiosk;
	unsigned idle_seconds;       /* kiosk: idle time before "Still there?" */
	unsigned countdown_seconds;  /* kiosk: length of the visible countdown */
	const char *staff_keys;      /* kiosk: the sequence that lets staff out */
	const char *kiosk_lang;      /* kiosk: language to reset to */
	const char *kiosk_area;      /* kiosk: area id to reset to (config "area"); NULL: none */
	const char *local_content;   /* config "content": a folder over the packaged guide; NULL: none */
	bool bar;                    /* curses: reverse-video bar across the selection */
	bool mouse;                  /* curses: mouse and touch */
	bool speak;                  /* say screens aloud (speech.h): --speak, config "speak" */
	const char *speak_log;       /* --speak-log: every utterance, one line each; NULL: none */
	struct date today;           /* the clock's date (or --today): the model never reads a clock */
};

/* What the program was asked to do. */
enum action { ACT_RUN, ACT_CHECK, ACT_COMPILE, ACT_EXPORT_TEXT, ACT_EXPORT_HTML, ACT_GRAPH, ACT_POT };

/* The command line, parsed. */
struct command_line {
	enum action act;
	const char *content_dir;     /* --content, or --check's operand */
	const char *lang, *node, *area, *config_path;
	const char *code;            /* --code: open the outcome a journey code names */
	const char *image;           /* --compile's output file */
	bool plain;
	bool strict;                 /* --strict: --check's reading-level warnings are errors */
	bool idle_set;               /* --idle given: it wins over the file */
	bool help, version;          /* --help, --version: said in --lang's language */
	struct view_options vo;
};

#endif
