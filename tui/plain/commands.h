/* commands.h: the plain view's command words, which the translation checker checks too. */
#ifndef SENDGUIDE_COMMANDS_H
#define SENDGUIDE_COMMANDS_H

#include <stddef.h>

/* One command's English msgids: the letter, the word and the name the
   prompt shows. A language's letter must be the first letter of its word
   and of its name, and no two commands may share one (po_check.c). */
struct command_words {
	const char *letter, *word, *name;
};

/* The commands of plain.c, in its order; returns how many. */
size_t plain_command_words(const struct command_words **out);

#endif
