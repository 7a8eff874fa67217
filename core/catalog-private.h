/* catalog-private.h - the parts of the catalogue's table (catalog-*.c):
 * each is indexed by enum action_id and fills only its own actions. */
#ifndef TREMPLIN_CATALOG_PRIVATE_H
#define TREMPLIN_CATALOG_PRIVATE_H

#include "catalog.h"
#include "i18n.h"

extern const struct action_def catalog_life[ACTION__COUNT];
extern const struct action_def catalog_project[ACTION__COUNT];
extern const struct action_def catalog_search[ACTION__COUNT];

#endif
