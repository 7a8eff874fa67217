/* userdb.h - the user's own reference database,
 * $XDG_DATA_HOME/tremplin/reference.db (~/.local/share/tremplin/ without
 * XDG_DATA_HOME): where `tremplin import` writes when no --db is given, so
 * that an import never rewrites the installed database, and the first
 * database the wizard and the commands read when it exists. */
#ifndef TREMPLIN_USERDB_H
#define TREMPLIN_USERDB_H

#include <stddef.h>

#include "err.h"

/* The path of the user's reference database into BUF: 0, or -1 with E
 * filled when neither XDG_DATA_HOME nor HOME is set. */
int userdb_path(char *buf, size_t len, struct tr_err *e);

/* Make sure the user's database PATH exists: when it does not, create its
 * folders (0700) and copy FROM (the installed database) to it, so that an
 * import of one kind of data keeps the others. *COPIED is set to 1 when
 * the copy was made; when FROM is NULL or absent nothing is made and the
 * import creates the database. 0, or -1 with E filled (PATH is then left absent). */
int userdb_prepare(const char *path, const char *from, int *copied, struct tr_err *e);

#endif
