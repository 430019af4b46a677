/* loader.c: content YAML to the immutable guide (stub). */
#include <config.h>
#include <stdlib.h>
#include "guide.h"
const char *const service_names[SERVICE_COUNT] = { "mediation-advice", "mediation", "disagreement-resolution", "information-advice" };
const char *const service_labels[SERVICE_COUNT] = { "Mediation advice", "Mediation", "Disagreement resolution", "Information and advice" };
struct guide *guide_load(const char *dir, struct diags *d) { struct srcpos p = { dir, 0, 0 }; diags_add(d, DIAG_ERROR, &p, NULL, "not implemented"); return NULL; }
void guide_free(struct guide *g) { if (g) { arena_free(&g->arena); free(g); } }
const struct screen *guide_find_screen(const struct guide *g, const char *id) { (void)g; (void)id; return NULL; }
const struct area *guide_find_area(const struct guide *g, const char *id) { (void)g; (void)id; return NULL; }
size_t guide_area_providers(const struct area *a, unsigned services, const struct area_provider **out, size_t max) { (void)a; (void)services; (void)out; (void)max; return 0; }
