/* fuzz-sqlmem.c - SQLite's memory for the importers' targets, from a pool
 * of size classes instead of the C library's malloc(). See fuzz-sqlmem.h.
 *
 * Under ASan every malloc() of SQLite goes through ASan's allocator and
 * quarantine, and SQLite asks each block's size back (malloc_usable_size,
 * a slow lookup there): perf gave about half of an import's time to that.
 * libFuzzer also counts mallocs and frees in each run to look for leaks,
 * and SQLite's caches keep blocks from one run to the next, so most runs
 * then paid for a scan of the whole heap.
 *
 * Here a block is one of 18 classes (32 bytes to 4 MiB, a power of two)
 * taken from 1 MiB slabs and kept on a free list when freed; a larger one
 * is mapped alone. The sanitizer still watches the program's use of
 * SQLite's memory: a block is poisoned when freed, and only the bytes
 * asked for are readable while it is in use (an overflow of a string that
 * sqlite3_mprintf() gave, or a use after sqlite3_free(), is reported). */
#include <sanitizer/asan_interface.h>
#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "fuzz-sqlmem.h"

#define MIN_SHIFT 5                     /* 32 bytes */
#define NCLASS 18                       /* up to 32 << 17 = 4 MiB */
#define SLAB (1u << 20)
#define HEAD 16                         /* the block's header */

/* A block's header: its class (NCLASS: mapped alone), its size (what it
 * can hold) and what was asked for. */
struct head {
	uint32_t cls;
	uint32_t asked;
	uint64_t size;
};

static void *free_list[NCLASS];
static char *slab;                      /* the current slab, and what is left */
static size_t slab_left;

/* Not traced for coverage: the allocator's branches are not the code
 * under test, and tracing them cost a tenth of each run. */
#define QUIET __attribute__((no_sanitize("coverage")))

QUIET static int
class_of(uint64_t n)
{
	int c;

	if (n + HEAD <= ((uint64_t)1 << MIN_SHIFT))
		return 0;
	c = 64 - __builtin_clzll(n + HEAD - 1) - MIN_SHIFT;
	return c < NCLASS ? c : NCLASS;
}

QUIET static void *
carve(size_t len)
{
	void *p;

	if (len > slab_left) {
		slab = mmap(NULL, SLAB, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (slab == MAP_FAILED)
			abort();
		ASAN_POISON_MEMORY_REGION(slab, SLAB);
		slab_left = SLAB;
	}
	p = slab;
	slab += len;
	slab_left -= len;
	return p;
}

QUIET static void *
mem_malloc(int n)
{
	int c = class_of((uint64_t)n);
	uint64_t size = c < NCLASS ? ((uint64_t)1 << (c + MIN_SHIFT)) - HEAD
				   : (uint64_t)n;
	struct head *h;

	if (c == NCLASS) {
		h = mmap(NULL, size + HEAD, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (h == MAP_FAILED)
			return NULL;
	} else if (free_list[c] != NULL) {
		h = free_list[c];
		ASAN_UNPOISON_MEMORY_REGION(h, HEAD + sizeof(void *));
		memcpy(&free_list[c], (char *)h + HEAD, sizeof(void *));
	} else if ((size + HEAD) * 2 > SLAB) {
		h = mmap(NULL, size + HEAD, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (h == MAP_FAILED)
			return NULL;
	} else {
		h = carve(size + HEAD);
		ASAN_UNPOISON_MEMORY_REGION(h, HEAD);
	}
	h->cls = (uint32_t)c;
	h->asked = (uint32_t)n;
	h->size = size;
	ASAN_POISON_MEMORY_REGION(h, HEAD);
	ASAN_UNPOISON_MEMORY_REGION((char *)h + HEAD, (size_t)n);
	return (char *)h + HEAD;
}

QUIET static struct head
head_of(void *p)
{
	struct head h;

	ASAN_UNPOISON_MEMORY_REGION((char *)p - HEAD, HEAD);
	memcpy(&h, (char *)p - HEAD, sizeof h);
	ASAN_POISON_MEMORY_REGION((char *)p - HEAD, HEAD);
	return h;
}

QUIET static void
mem_free(void *p)
{
	struct head h;
	char *b;

	if (p == NULL)
		return;
	h = head_of(p);
	b = (char *)p - HEAD;
	if (h.cls == NCLASS) {
		munmap(b, h.size + HEAD);
		return;
	}
	ASAN_POISON_MEMORY_REGION(p, h.size);
	ASAN_UNPOISON_MEMORY_REGION(b + HEAD, sizeof(void *));
	memcpy(b + HEAD, &free_list[h.cls], sizeof(void *));
	ASAN_POISON_MEMORY_REGION(b, HEAD + h.size);
	free_list[h.cls] = b;
}

QUIET static void *
mem_realloc(void *p, int n)
{
	struct head h = head_of(p);
	void *q;

	if ((uint64_t)n <= h.size && h.cls != NCLASS) {
		ASAN_POISON_MEMORY_REGION(p, h.size);
		ASAN_UNPOISON_MEMORY_REGION(p, (size_t)n);
		ASAN_UNPOISON_MEMORY_REGION((char *)p - HEAD, HEAD);
		((struct head *)((char *)p - HEAD))->asked = (uint32_t)n;
		ASAN_POISON_MEMORY_REGION((char *)p - HEAD, HEAD);
		return p;
	}
	q = mem_malloc(n);
	if (q == NULL)
		return NULL;
	memcpy(q, p, h.asked < (uint32_t)n ? h.asked : (size_t)n);
	mem_free(p);
	return q;
}

QUIET static int
mem_size(void *p)
{
	return p == NULL ? 0 : (int)head_of(p).asked;
}

static int
mem_roundup(int n)
{
	return n;
}

static int
mem_init(void *arg)
{
	(void)arg;
	return SQLITE_OK;
}

static void
mem_shutdown(void *arg)
{
	(void)arg;
}

void
fuzz_sqlite_memory(void)
{
	static const sqlite3_mem_methods m = {
		mem_malloc, mem_free, mem_realloc, mem_size, mem_roundup,
		mem_init, mem_shutdown, NULL
	};

	/* One thread: SQLite's mutexes were another twentieth of a run. */
	if (sqlite3_config(SQLITE_CONFIG_SINGLETHREAD) != SQLITE_OK ||
	    sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK)
		abort();
}
