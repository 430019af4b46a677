/* export.h: the whole guide as one document (text, HTML), a graph, or a PO template. */
#ifndef SENDGUIDE_EXPORT_H
#define SENDGUIDE_EXPORT_H

#include <stdio.h>
#include "guide.h"
#include "session.h"

int export_text(const struct guide *g, FILE *out);   /* 0, or -1 on a write error */
int export_html(const struct guide *g, FILE *out);
int export_graph(const struct guide *g, FILE *out);  /* Graphviz dot */
/* The session's page alone, with its dates, contacts and sources (--code). */
int export_page_text(const struct session *s, FILE *out);
/* The same as one HTML page that prints on one A4 sheet. */
int export_page_html(const struct session *s, FILE *out);
int export_pot(const struct guide *g, FILE *out);    /* every content string, with file:line */

#endif
