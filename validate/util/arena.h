/* validate/util/arena.h - one owner for all memory of a loaded registry.
 *
 * Every model object, string and array of a registry lives in one arena and is
 * freed with it, so the model has no per-object ownership rules. Allocation
 * fails (returns NULL) past a fixed budget instead of growing without bound. */
#ifndef HVCPUID_ARENA_H
#define HVCPUID_ARENA_H

#include <stddef.h>

typedef struct hv_arena hv_arena;

/* Creates an arena that refuses to hand out more than `budget` bytes in total. */
hv_arena *hv_arena_new(size_t budget);
void hv_arena_free(hv_arena *arena);

/* Zeroed, max-aligned memory; NULL when the budget is exhausted. */
void *hv_arena_alloc(hv_arena *arena, size_t size);
/* Zeroed array of n elements of `size` bytes, overflow-checked. */
void *hv_arena_array(hv_arena *arena, size_t n, size_t size);
char *hv_arena_strdup(hv_arena *arena, const char *s);
char *hv_arena_strndup(hv_arena *arena, const char *s, size_t n);
/* printf into the arena. */
char *hv_arena_printf(hv_arena *arena, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
size_t hv_arena_used(const hv_arena *arena);

#endif
