/* TEMPORARY: stand-ins for modules other branches are writing, so that the
 * rule tests link before they land. Removed when main has them. */
#include <config.h>
#include <string.h>
#include "situation.h"
#include "catalog.h"
#include "jobs.h"
#include "market.h"

#define ID(name, id) id,
static const char *const cids[] = { CHALLENGE_LIST(ID) };
static const char *const aids[] = { ACTION_LIST(ID) };
const char *challenge_id(int c) { return c >= 0 && c < CHALLENGE__COUNT ? cids[c] : NULL; }
int challenge_find(const char *id) { for (int i = 0; i < CHALLENGE__COUNT; i++) if (!strcmp(cids[i], id)) return i; return -1; }
void situation_init(struct situation *s) { memset(s, 0, sizeof *s); }
const char *situation_value_name(enum sit_key k, int v) { static char b[SIT__COUNT][16][4]; if (v < 0 || v > 15) return NULL; b[k][v][0] = (char)('a' + v); return b[k][v]; }
int situation_age(const struct situation *s, int year) { return SIT_HAS(s, SIT_BIRTH_YEAR) ? year - s->birth_year : -1; }
static struct action_def defs[ACTION__COUNT];
const struct action_def *catalog_get(enum action_id a) { defs[a].id = aids[a]; defs[a].title = aids[a]; defs[a].summary = "s"; defs[a].steps[0] = "step"; defs[a].time = "t"; defs[a].help = "h"; return &defs[a]; }
int catalog_find(const char *id) { for (int i = 0; i < ACTION__COUNT; i++) if (!strcmp(aids[i], id)) return i; return -1; }
int jobs_group(struct store *s, const char *c, struct job_group *o, struct tr_err *e) { (void)s; (void)c; (void)o; (void)e; return 0; }
int jobs_related(struct store *s, const char *c, struct job_link *o, int m, struct tr_err *e) { (void)s; (void)c; (void)o; (void)e; (void)m; return 0; }
int market_lookup(struct store *s, const char *r, const char *d, struct market_figure *o, struct tr_err *e) { (void)s; (void)r; (void)d; (void)o; (void)e; return 0; }
int market_best_within(struct store *s, const char *r, const char *d, enum market_reach re, struct market_figure *o, int m, struct tr_err *e) { (void)s; (void)r; (void)d; (void)o; (void)e; (void)re; (void)m; return 0; }
