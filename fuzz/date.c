/* date.c (fuzz): the date parser (date_text.h) over any text, in each language, with its results checked. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "date_text.h"

FUZZ_TARGET(date)
{
	static const char *const langs[] = { NULL, "en", "pl", "ro" };
	/* A fixed today, and one in a leap year's February. */
	static const struct date todays[] = { { 2026, 11, 29 }, { 2028, 2, 29 } };
	char *text = malloc(size + 1);
	size_t l, t;

	if (text == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	for (t = 0; t < sizeof todays / sizeof todays[0]; t++)
		for (l = 0; l < sizeof langs / sizeof langs[0]; l++) {
			struct date out = { 0, 0, 0 }, again;
			const char *error = NULL;
			enum date_parse_status st = date_parse(text, langs[l], todays[t], &out, &error);
			char *shown;

			if (st != DATE_PARSED) {
				/* Refused with a sentence to show. */
				if (error == NULL || date_parse_error_text(st) == NULL)
					__builtin_trap();
				continue;
			}
			/* A real date, between a year ago and today. */
			if (error != NULL || !date_valid(out) || date_cmp(out, todays[t]) > 0
			    || date_to_days(todays[t]) - date_to_days(out) > 366)
				__builtin_trap();
			/* What the guide writes for it reads back as the same date. */
			shown = date_format_short(out);
			if (date_parse(shown, langs[l], todays[t], &again, NULL) != DATE_PARSED
			    || date_cmp(again, out) != 0)
				__builtin_trap();
			free(shown);
		}
	free(text);
}
