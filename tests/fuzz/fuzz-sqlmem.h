/* fuzz-sqlmem.h - give SQLite the fuzz targets' own allocator (size
 * classes and free lists, poisoned for ASan when free), before SQLite is
 * first used. See fuzz-sqlmem.c for why. */
#ifndef TREMPLIN_FUZZ_SQLMEM_H
#define TREMPLIN_FUZZ_SQLMEM_H

void fuzz_sqlite_memory(void);

#endif
