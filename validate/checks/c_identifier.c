/* validate/checks/c_identifier.c - [c-identifier]: the names the C headers would define
 * are unique, and none is a keyword, a reserved identifier or a macro of the
 * C or POSIX library (errno, stdin, assert, offsetof...). It walks the
 * same mangling the emitter uses (c_names.c), so whatever it accepts
 * compiles, and whatever would clash is reported against the registry, with
 * a note at the other side, before any header is written.
 *
 * Two passes keep it linear in time and small in memory: the first walk
 * formats only the names and keeps a 64-bit hash of each in an open-address
 * table; only names whose hash was seen twice are candidates, and a second
 * walk (run only when there are any) copies those with the key and origin
 * the report needs. A clean registry of millions of names costs one walk
 * and eight bytes a name. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/c_names.h"
#include "validate/checks/internal.h"
#include "validate/util/grow.h"

/* ---- hashing ------------------------------------------------------------ */

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

/* A name's hash, eight bytes at a time; 0 is kept for empty table slots. */
static uint64_t hash_bytes(uint64_t seed, const char *s, size_t n)
{
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ull);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ mix(w)) * 0x9e3779b97f4a7c15ull;
    }
    uint64_t tail = 0;
    memcpy(&tail, s, n);
    h = mix(h ^ mix(tail ^ 0x5bd1e995u));
    return h ? h : 1;
}

static uint64_t hash_name(hv_c_kind kind, const char *name)
{
    return hash_bytes((uint64_t)kind + 1, name, strlen(name));
}

/* A set of 64-bit hashes, open addressing, grown at half full. */
typedef struct hash_set {
    uint64_t *slots;
    size_t cap, count; /* cap is 0 or a power of two */
} hash_set;

/* Inserts h; returns 1 when new, 0 when already there, -1 out of memory. */
static int set_insert(hash_set *s, uint64_t h);

static bool set_grow(hash_set *s)
{
    size_t cap = s->cap ? s->cap * 2 : 1024;
    uint64_t *old = s->slots;
    size_t old_cap = s->cap;
    s->slots = calloc(cap, sizeof *s->slots);
    if (!s->slots) {
        s->slots = old;
        return false;
    }
    s->cap = cap;
    s->count = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i])
            set_insert(s, old[i]);
    free(old);
    return true;
}

static int set_insert(hash_set *s, uint64_t h)
{
    if ((s->count + 1) * 2 > s->cap && !set_grow(s))
        return -1;
    for (size_t i = (size_t)h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        if (s->slots[i] == h)
            return 0;
        if (!s->slots[i]) {
            s->slots[i] = h;
            s->count++;
            return 1;
        }
    }
}

static bool set_has(const hash_set *s, uint64_t h)
{
    for (size_t i = s->cap ? (size_t)h & (s->cap - 1) : 0; s->cap; i = (i + 1) & (s->cap - 1)) {
        if (s->slots[i] == h)
            return true;
        if (!s->slots[i])
            return false;
    }
    return false;
}

/* ---- the names ---------------------------------------------------------- */

typedef struct entry {
    hv_c_kind kind;
    char *name, *key, *origin;
    hv_loc loc;
    size_t seq;
} entry;

typedef struct collect {
    const hv_check_ctx *ctx;
    hash_set seen;       /* pass 1: every name's hash */
    hash_set candidates; /* hashes seen more than once */
    entry *items;        /* pass 2: the names with a candidate hash */
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

/* Pass 1: spelling, and every hash; a repeated one becomes a candidate. */
static void hash_one(void *arg, const hv_c_name *n)
{
    collect *c = arg;
    if (n->loc.file)
        check_spelling(c->ctx, n);
    uint64_t h = hash_name(n->kind, n->name);
    int fresh = set_insert(&c->seen, h);
    if (fresh < 0 || (fresh == 0 && set_insert(&c->candidates, h) < 0))
        c->oom = true;
}

static char *dup(collect *c, const char *s)
{
    char *d = strdup(s);
    c->oom |= d == NULL;
    return d;
}

/* Pass 2: copies the names whose hash is a candidate, with key and origin. */
static void keep_candidate(void *arg, const hv_c_name *n)
{
    collect *c = arg;
    if (!set_has(&c->candidates, hash_name(n->kind, n->name)))
        return;
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

/* ---- clashes, reported once per pair of objects --------------------------- */

/* The object part of a key ("i:kvm/1.-1/eax/mode" of "i:kvm/1.-1/eax/mode#_SHIFT"). */
static size_t object_len(const char *key)
{
    const char *hash = strchr(key, '#');
    return hash ? (size_t)(hash - key) : strlen(key);
}

typedef struct clash {
    const entry *first, *other;
    size_t first_len, other_len; /* object_len of each key */
} clash;

/* Objects higher in the tree (shorter keys) first, so their clash covers
 * the same clash of everything inside them. */
static int compare_clashes(const void *pa, const void *pb)
{
    const clash *a = pa, *b = pb;
    size_t la = a->first_len + a->other_len, lb = b->first_len + b->other_len;
    if (la != lb)
        return la < lb ? -1 : 1;
    return a->other->seq < b->other->seq ? -1 : a->other->seq > b->other->seq;
}

/* The pairs of objects already reported: a clash is covered when one of
 * them holds an object containing (or equal to) each side. An object
 * contains another when its key is a prefix of the other's ending at a '/'
 * (or the other's object part ends there), so the containers of a key are
 * its prefixes up to each '/' of its object part, and the object part
 * itself: a handful per key, each looked up in a hash table of the reported
 * pairs (unordered), compared byte for byte on a hash match. */
typedef struct slice {
    const char *s;
    size_t n;
} slice;

typedef struct reported {
    struct pair_slot {
        uint64_t h; /* 0: empty */
        slice a, b; /* a <= b */
    } * slots;
    size_t cap, count;
} reported;

static int compare_slices(slice a, slice b)
{
    int c = memcmp(a.s, b.s, a.n < b.n ? a.n : b.n);
    return c ? c : (a.n > b.n) - (a.n < b.n);
}

/* Orders the pair and hashes it. */
static uint64_t pair_key(slice *a, slice *b)
{
    if (compare_slices(*a, *b) > 0) {
        slice t = *a;
        *a = *b;
        *b = t;
    }
    return hash_bytes(hash_bytes(7, a->s, a->n), b->s, b->n);
}

static struct pair_slot *pair_find(const reported *r, slice a, slice b)
{
    uint64_t h = pair_key(&a, &b);
    for (size_t i = r->cap ? (size_t)h & (r->cap - 1) : 0; r->cap; i = (i + 1) & (r->cap - 1)) {
        struct pair_slot *p = &r->slots[i];
        if (!p->h || (p->h == h && compare_slices(p->a, a) == 0 && compare_slices(p->b, b) == 0))
            return p;
    }
    return NULL;
}

static bool pair_add(reported *r, slice a, slice b)
{
    if ((r->count + 1) * 2 > r->cap) {
        reported grown = {calloc(r->cap ? r->cap * 2 : 256, sizeof *r->slots), 0, 0};
        if (!grown.slots)
            return false;
        grown.cap = r->cap ? r->cap * 2 : 256;
        for (size_t i = 0; i < r->cap; i++)
            if (r->slots[i].h)
                *pair_find(&grown, r->slots[i].a, r->slots[i].b) = r->slots[i];
        grown.count = r->count;
        free(r->slots);
        *r = grown;
    }
    struct pair_slot *p = pair_find(r, a, b);
    if (!p->h) {
        p->h = pair_key(&a, &b);
        p->a = a;
        p->b = b;
        r->count++;
    }
    return true;
}

static bool covered(const reported *r, const clash *c)
{
    const char *a = c->first->key, *b = c->other->key;
    for (size_t i = 0; i <= c->first_len; i++) {
        if (i < c->first_len && a[i] != '/')
            continue;
        for (size_t j = 0; j <= c->other_len; j++) {
            if (j < c->other_len && b[j] != '/')
                continue;
            const struct pair_slot *p = pair_find(r, (slice){a, i}, (slice){b, j});
            if (p && p->h)
                return true;
        }
    }
    return false;
}

/* The clashes of each name: every entry against the first of its name.
 * Equal keys are duplicates that duplicate-id, duplicate-field-name or
 * enum-value already report. */
static bool list_clashes(collect *c, clash **out, size_t *count)
{
    size_t n = 0, cap = 0;
    clash *clashes = NULL;
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
            clashes[n++] = (clash){&c->items[i], &c->items[k], object_len(c->items[i].key),
                                   object_len(c->items[k].key)};
        }
        i = j;
    }
    *out = clashes;
    *count = n;
    return true;
}

/* Finds every name that two different registry objects generate. Each pair
 * of objects is reported once, at its highest level: two leaves of one name
 * give one diagnostic, not one per field. */
static bool report_collisions(const hv_check_ctx *ctx, collect *c)
{
    if (c->count)
        qsort(c->items, c->count, sizeof *c->items, compare_entries);
    clash *clashes = NULL;
    size_t n = 0;
    if (!list_clashes(c, &clashes, &n))
        return false;
    if (n)
        qsort(clashes, n, sizeof *clashes, compare_clashes);
    reported r = {NULL, 0, 0};
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        const clash *k = &clashes[i];
        if (covered(&r, k))
            continue;
        report_clash(ctx, k->first, k->other);
        ok = pair_add(&r, (slice){k->first->key, k->first_len},
                      (slice){k->other->key, k->other_len});
    }
    free(r.slots);
    free(clashes);
    return ok;
}

static void free_collect(collect *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->items[i].name);
        free(c->items[i].key);
        free(c->items[i].origin);
    }
    free(c->items);
    free(c->seen.slots);
    free(c->candidates.slots);
}

void hv_check_c_identifier(const hv_check_ctx *ctx)
{
    collect c = {ctx, {NULL, 0, 0}, {NULL, 0, 0}, NULL, 0, 0, false};
    if (!hv_c_names_walk(ctx->reg, false, hash_one, &c))
        c.oom = true;
    free(c.seen.slots); /* pass 2 needs only the candidates */
    c.seen = (hash_set){NULL, 0, 0};
    if (!c.oom && c.candidates.count && !hv_c_names_walk(ctx->reg, true, keep_candidate, &c))
        c.oom = true;
    for (size_t i = 0; i < c.count && !c.oom; i++)
        c.oom = !c.items[i].name || !c.items[i].key || !c.items[i].origin;
    if (!c.oom && !report_collisions(ctx, &c))
        c.oom = true;
    if (c.oom)
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0},
                  "out of memory while listing the generated C names; they were not checked");
    free_collect(&c);
}
