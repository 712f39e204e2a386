/* gen/emit/leafmap.c - computes the map of base windows (see gen/emit/leafmap.h)
 * from the collision model's claims (validate/claims.h). Everything lives in
 * one private arena freed by hv_map_free. */
#include "gen/emit/leafmap.h"

#include <stdlib.h>
#include <string.h>

#include "validate/claims.h"

#define MAP_BUDGET (64u * 1024u * 1024u)

static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static size_t unique_u32(uint32_t *v, size_t n)
{
    qsort(v, n, sizeof *v, compare_u32);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || v[u - 1] != v[i])
            v[u++] = v[i];
    return u;
}

static int compare_claims(const void *a, const void *b)
{
    const hv_map_claim *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    if (x->last != y->last)
        return x->last < y->last ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static bool has_base(const hv_registry *reg, const hv_interface *iface, uint32_t base)
{
    uint32_t bases[256];
    size_t n = hv_interface_bases(reg, iface, bases, sizeof bases / sizeof bases[0]);
    for (size_t i = 0; i < n; i++)
        if (bases[i] == base)
            return true;
    return false;
}

/* The products (and the default base, as NULL) that place iface at base. */
static bool find_placements(hv_arena *arena, const hv_registry *reg, const hv_interface *iface,
                            uint32_t base, hv_map_claim *claim)
{
    size_t cap = 1;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        cap += reg->hypervisors[h]->presents_count;
    claim->placed_by = hv_arena_array(arena, cap, sizeof *claim->placed_by);
    if (!claim->placed_by)
        return false;
    if (iface->has_default_base && iface->default_base_valid && iface->default_base == base)
        claim->placed_by[claim->placed_count++] = NULL;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].valid && hv->presents[p].iface == iface &&
                hv->presents[p].base == base) {
                claim->placed_by[claim->placed_count++] = hv;
                break;
            }
    }
    return true;
}

/* What the map draws of an interface's claims (validate/claims.h): its
 * allocations, each with its own status, or, when it declares none, one
 * bar spanning its leaves. Signatures are not drawn. */
typedef struct drawn {
    hv_map_window *w;
    const hv_map_claim *proto;
    size_t allocations;
    bool any_leaf;
    uint32_t leaf_first, leaf_last;
} drawn;

static void push_claim(hv_map_window *w, hv_map_claim c)
{
    c.seq = w->claim_count;
    w->claims[w->claim_count++] = c;
}

static void draw_claim(void *arg, const hv_claim *cl)
{
    drawn *d = arg;
    if (cl->kind == HV_CLAIM_ALLOCATION) {
        hv_map_claim c = *d->proto;
        c.alloc = cl->alloc;
        c.first = cl->first;
        c.last = cl->last;
        push_claim(d->w, c);
        d->allocations++;
    } else if (cl->kind == HV_CLAIM_LEAF) {
        if (!d->any_leaf || cl->first < d->leaf_first)
            d->leaf_first = cl->first;
        if (!d->any_leaf || cl->last > d->leaf_last)
            d->leaf_last = cl->last;
        d->any_leaf = true;
    }
}

/* The claims an interface makes in a window. Returns false when out of
 * memory. */
static bool interface_claims(hv_arena *arena, const hv_registry *reg, const hv_interface *iface,
                             hv_map_window *w)
{
    hv_map_claim proto = {.iface = iface};
    if (!find_placements(arena, reg, iface, w->base, &proto))
        return false;
    drawn d = {.w = w, .proto = &proto};
    hv_interface_claims(iface, NULL, draw_claim, &d);
    if (!d.allocations && d.any_leaf) {
        hv_map_claim c = proto;
        c.first = d.leaf_first;
        c.last = d.leaf_last;
        push_claim(w, c);
    }
    return true;
}

/* Generic allocations claim their offsets in every window. */
static void draw_generic(void *arg, const hv_claim *cl)
{
    push_claim(arg, (hv_map_claim){.first = cl->first, .last = cl->last, .alloc = cl->alloc});
}

static bool build_segments(hv_arena *arena, hv_map_window *w)
{
    uint32_t *cuts = hv_arena_array(arena, 2 * w->claim_count + 2, sizeof *cuts);
    if (!cuts)
        return false;
    size_t n = 0;
    cuts[n++] = 0;
    cuts[n++] = 0x100;
    for (size_t c = 0; c < w->claim_count; c++) {
        cuts[n++] = w->claims[c].first;
        cuts[n++] = w->claims[c].last + 1;
    }
    n = unique_u32(cuts, n);
    w->segments = hv_arena_array(arena, n, sizeof *w->segments);
    if (!w->segments)
        return false;
    for (size_t i = 0; i + 1 < n; i++) {
        hv_map_segment *s = &w->segments[w->segment_count++];
        s->first = cuts[i];
        s->last = cuts[i + 1] - 1;
        for (size_t c = 0; c < w->claim_count; c++)
            if (w->claims[c].first <= s->first && s->last <= w->claims[c].last)
                s->claims++;
    }
    return true;
}

static bool build_window(hv_arena *arena, const hv_registry *reg, hv_map_window *w)
{
    size_t cap = reg->allocation_count + reg->interface_count;
    w->claims = hv_arena_array(arena, cap ? cap : 1, sizeof *w->claims);
    if (!w->claims)
        return false;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (has_base(reg, reg->interfaces[i], w->base) &&
            !interface_claims(arena, reg, reg->interfaces[i], w))
            return false;
    hv_generic_claims(reg, draw_generic, w);
    qsort(w->claims, w->claim_count, sizeof *w->claims, compare_claims);
    return build_segments(arena, w);
}

bool hv_map_build(const hv_registry *reg, hv_map *map)
{
    memset(map, 0, sizeof *map);
    map->arena = hv_arena_new(MAP_BUDGET);
    if (!map->arena)
        return false;
    size_t cap = reg->interface_count * 256; /* hv_interface_bases gives at most 256 */
    uint32_t *bases = hv_arena_array(map->arena, cap ? cap : 1, sizeof *bases);
    if (!bases)
        goto fail;
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++) {
        uint32_t b[256];
        size_t nb = hv_interface_bases(reg, reg->interfaces[i], b, sizeof b / sizeof b[0]);
        for (size_t k = 0; k < nb; k++)
            bases[n++] = b[k];
    }
    n = unique_u32(bases, n);
    map->windows = hv_arena_array(map->arena, n ? n : 1, sizeof *map->windows);
    if (!map->windows)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        map->windows[i].base = bases[i];
        if (!build_window(map->arena, reg, &map->windows[i]))
            goto fail;
        map->window_count++;
    }
    return true;
fail:
    hv_map_free(map);
    return false;
}

size_t hv_map_segment_of(const hv_map_window *w, uint32_t offset)
{
    for (size_t s = 0; s < w->segment_count; s++)
        if (w->segments[s].first <= offset && offset <= w->segments[s].last)
            return s;
    return 0;
}

void hv_map_free(hv_map *map)
{
    hv_arena_free(map->arena);
    memset(map, 0, sizeof *map);
}
