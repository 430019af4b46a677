/* check.h: the content checker's whole-guide rules (no output: report.h prints). */
#ifndef SENDGUIDE_CHECK_H
#define SENDGUIDE_CHECK_H

#include "diag.h"
#include "guide.h"

/* Rules over the whole loaded guide, run by guide_load after ids resolve:
   screens no one can reach, dead ends, areas with no route to contacts,
   outcomes not reachable, facts checked more than a year ago (warnings). */
void check_guide(const struct guide *g, struct diags *d);

/* --check's rule that every outcome opens with a summary (errors). A guide
   without them still loads: its outcomes show their body as they are. */
void check_summaries(const struct guide *g, struct diags *d);

/* Mark in seen (one byte a screen) every screen a person can reach without
   passing through avoid (NULL: none). The area flow can show the national
   screen and any area's redirect, so those are roots too. */
void check_reachable(const struct guide *g, const struct screen *avoid, unsigned char *seen);

#endif
