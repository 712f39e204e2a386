/* validate/util/arena.c - bump allocator in chained blocks with a hard byte budget. */
#include "validate/util/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/strbuf.h"

enum { ARENA_BLOCK = 64 * 1024, ARENA_ALIGN = 16 };

typedef struct arena_block {
    struct arena_block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} arena_block;

struct hv_arena {
    arena_block *head;
    size_t budget, used;
};

hv_arena *hv_arena_new(size_t budget)
{
    hv_arena *arena = calloc(1, sizeof *arena);
    if (arena)
        arena->budget = budget;
    return arena;
}

void hv_arena_free(hv_arena *arena)
{
    if (!arena)
        return;
    arena_block *block = arena->head;
    while (block) {
        arena_block *next = block->next;
        free(block);
        block = next;
    }
    free(arena);
}

void *hv_arena_alloc(hv_arena *arena, size_t size)
{
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size > arena->budget - arena->used)
        return NULL;
    arena_block *block = arena->head;
    if (!block || block->size - block->used < size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        block = malloc(sizeof *block + cap);
        if (!block)
            return NULL;
        block->size = cap;
        block->used = 0;
        block->next = arena->head;
        arena->head = block;
    }
    void *p = block->data + block->used;
    block->used += size;
    arena->used += size;
    memset(p, 0, size);
    return p;
}

void *hv_arena_array(hv_arena *arena, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return hv_arena_alloc(arena, n * size);
}

char *hv_arena_strndup(hv_arena *arena, const char *s, size_t n)
{
    char *p = hv_arena_alloc(arena, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *hv_arena_strdup(hv_arena *arena, const char *s)
{
    return s ? hv_arena_strndup(arena, s, strlen(s)) : NULL;
}

char *hv_arena_printf(hv_arena *arena, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = hv_vasprintf(fmt, ap);
    va_end(ap);
    char *p = text ? hv_arena_strdup(arena, text) : NULL;
    free(text);
    return p;
}

size_t hv_arena_used(const hv_arena *arena)
{
    return arena->used;
}
