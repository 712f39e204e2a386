/* validate/checks/c_identifier.c - [c-identifier]: the names the C headers would define
 * are unique, and none is a keyword, a reserved identifier or a macro of the
 * C or POSIX library (errno, stdin, assert, offsetof...). It walks the
 * same mangling the emitter uses (c_names.c), so whatever it accepts
 * compiles, and whatever would clash is reported against the registry, with
 * a note at the other side, before any header is written. */
#include <stdlib.h>
#include <string.h>

#include "validate/c_names.h"
#include "validate/checks/internal.h"
#include "validate/util/grow.h"

typedef struct entry {
    hv_c_kind kind;
    char *name, *key, *origin;
    hv_loc loc;
    size_t seq;
} entry;

typedef struct collect {
    const hv_check_ctx *ctx;
    entry *items;
    size_t count, cap;
    bool oom;
} collect;

static const char *kind_word(hv_c_kind kind)
{
    return kind == HV_C_FILE    ? "the header file name"
           : kind == HV_C_TOKEN ? "the token"
                                : "the macro";
}

/* A lowercase token goes into the X-macros as is: it must be usable as an
 * identifier in C and C++, and must not be a macro a library header
 * defines, which an X-macro's argument expands into wherever that header
 * was included first (errno becomes (*__errno_location ())). Macros are
 * HVCPUID_-prefixed and uppercase, so only '__' (from '--' in an id) can
 * make them reserved. */
static void check_spelling(const hv_check_ctx *ctx, const hv_c_name *n)
{
    const char *header = n->kind == HV_C_TOKEN ? hv_c_library_header(n->name) : NULL;
    if (n->kind == HV_C_TOKEN && hv_c_is_keyword(n->name))
        hv_report(ctx->sink, ctx->check, n->loc,
                  "%s generates the token '%s' for the X-macros in hvcpuid.h, which is a C or "
                  "C++ keyword or a predefined macro; choose another id",
                  n->origin, n->name);
    else if (header)
        hv_report(ctx->sink, ctx->check, n->loc,
                  "%s generates the token '%s' for the X-macros in hvcpuid.h, which <%s> "
                  "defines as a macro (C or POSIX library); choose another id",
                  n->origin, n->name, header);
    if (n->kind == HV_C_TOKEN && strstr(n->name, "__"))
        hv_report(ctx->sink, ctx->check, n->loc,
                  "%s generates C names containing '__' (such as '%s'), which C++ reserves for "
                  "the implementation; use a single '-' between the parts of the id",
                  n->origin, n->name);
}

static char *dup(collect *c, const char *s)
{
    char *d = strdup(s);
    c->oom |= d == NULL;
    return d;
}

static void add(void *arg, const hv_c_name *n)
{
    collect *c = arg;
    if (n->loc.file)
        check_spelling(c->ctx, n);
    if (!HV_GROW(c->items, c->count, c->cap)) {
        c->oom = true;
        return;
    }
    entry *e = &c->items[c->count];
    *e = (entry){n->kind, dup(c, n->name), dup(c, n->key), dup(c, n->origin), n->loc, c->count};
    c->count++;
}

/* By kind and name; within one name built-in names first, then by location. */
static int compare_entries(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    if (a->kind != b->kind)
        return (int)a->kind - (int)b->kind;
    int c = strcmp(a->name ? a->name : "", b->name ? b->name : "");
    if (c)
        return c;
    if (!a->loc.file != !b->loc.file)
        return a->loc.file ? 1 : -1;
    if (a->loc.file && (c = hv_loc_compare(a->loc, b->loc)) != 0)
        return c;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void report_clash(const hv_check_ctx *ctx, const entry *first, const entry *e)
{
    if (!first->loc.file) {
        hv_report(ctx->sink, ctx->check, e->loc,
                  "%s generates %s '%s', which hvcpuid keeps for itself; choose another name",
                  e->origin, kind_word(e->kind), e->name);
        return;
    }
    hv_diag *d = hv_report(ctx->sink, ctx->check, e->loc,
                           "%s generates %s '%s', which %s also generates; rename one of them",
                           e->origin, kind_word(e->kind), e->name, first->origin);
    hv_diag_add_note(d, first->loc, "%s is defined here", first->origin);
}

/* The object part of a key ("i:kvm/1.-1/eax/mode" of "i:kvm/1.-1/eax/mode#_SHIFT"). */
static size_t object_len(const char *key)
{
    const char *hash = strchr(key, '#');
    return hash ? (size_t)(hash - key) : strlen(key);
}

/* True when the object `key` lies within (or is) the object `outer`. */
static bool within(const char *key, const char *outer)
{
    size_t n = object_len(outer);
    return strncmp(key, outer, n) == 0 && (key[n] == '/' || key[n] == '#' || key[n] == '\0');
}

typedef struct clash {
    const entry *first, *other;
} clash;

/* Objects higher in the tree (shorter keys) first, so their clash covers
 * the same clash of everything inside them. */
static int compare_clashes(const void *pa, const void *pb)
{
    const clash *a = pa, *b = pb;
    size_t la = object_len(a->first->key) + object_len(a->other->key);
    size_t lb = object_len(b->first->key) + object_len(b->other->key);
    if (la != lb)
        return la < lb ? -1 : 1;
    return a->other->seq < b->other->seq ? -1 : a->other->seq > b->other->seq;
}

static bool covered(const clash *done, size_t n, const clash *c)
{
    for (size_t i = 0; i < n; i++)
        if ((within(c->first->key, done[i].first->key) &&
             within(c->other->key, done[i].other->key)) ||
            (within(c->first->key, done[i].other->key) &&
             within(c->other->key, done[i].first->key)))
            return true;
    return false;
}

/* Finds every name that two different registry objects generate. Equal keys
 * are duplicates that duplicate-id, duplicate-field-name or enum-value
 * already report. Each pair of objects is reported once, at its highest
 * level: two leaves of one name give one diagnostic, not one per field. */
static bool report_collisions(const hv_check_ctx *ctx, collect *c)
{
    qsort(c->items, c->count, sizeof *c->items, compare_entries);
    clash *clashes = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < c->count;) {
        size_t j = i + 1;
        while (j < c->count && c->items[j].kind == c->items[i].kind &&
               strcmp(c->items[j].name, c->items[i].name) == 0)
            j++;
        for (size_t k = i + 1; k < j; k++) {
            if (strcmp(c->items[i].key, c->items[k].key) == 0)
                continue;
            if (!HV_GROW(clashes, n, cap)) {
                free(clashes);
                return false;
            }
            clashes[n++] = (clash){&c->items[i], &c->items[k]};
        }
        i = j;
    }
    if (n)
        qsort(clashes, n, sizeof *clashes, compare_clashes);
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        if (covered(clashes, done, &clashes[i]))
            continue;
        report_clash(ctx, clashes[i].first, clashes[i].other);
        clashes[done++] = clashes[i];
    }
    free(clashes);
    return true;
}

void hv_check_c_identifier(const hv_check_ctx *ctx)
{
    collect c = {ctx, NULL, 0, 0, false};
    if (!hv_c_names_each(ctx->reg, add, &c))
        c.oom = true;
    for (size_t i = 0; i < c.count && !c.oom; i++)
        c.oom = !c.items[i].name || !c.items[i].key || !c.items[i].origin;
    if (!c.oom && !report_collisions(ctx, &c))
        c.oom = true;
    if (c.oom)
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0},
                  "out of memory while listing the generated C names; they were not checked");
    for (size_t i = 0; i < c.count; i++) {
        free(c.items[i].name);
        free(c.items[i].key);
        free(c.items[i].origin);
    }
    free(c.items);
}
