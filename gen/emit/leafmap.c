/* gen/emit/leafmap.c - computes the map of base windows (see gen/emit/leafmap.h)
 * from the collision model's claims (validate/claims.h). Everything lives in
 * one private arena freed by hv_map_free, sized to what the map holds: each
 * window the claims of the interfaces at its base, each claim the products
 * placing that interface there (found in an index of all placements, so
 * 5,000 interfaces and products cost what they hold, not their product). */
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

static bool has_base(const hv_interface *iface, uint32_t base)
{
    size_t lo = 0, hi = iface->base_count; /* iface->bases is sorted */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (iface->bases[mid] == base)
            return true;
        if (iface->bases[mid] < base)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* Every valid placement of a known interface, by interface, then product
 * (in registry order), then base. */
typedef struct placement {
    const hv_interface *iface;
    size_t hv;
    uint32_t base;
} placement;

typedef struct placements {
    placement *items;
    size_t count;
} placements;

static int compare_placements(const void *a, const void *b)
{
    const placement *x = a, *y = b;
    if (x->iface != y->iface)
        return (uintptr_t)x->iface < (uintptr_t)y->iface ? -1 : 1;
    if (x->hv != y->hv)
        return x->hv < y->hv ? -1 : 1;
    return (x->base > y->base) - (x->base < y->base);
}

static bool index_placements(hv_arena *arena, const hv_registry *reg, placements *ps)
{
    size_t n = 0;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        n += reg->hypervisors[h]->presents_count;
    ps->count = 0;
    ps->items = hv_arena_array(arena, n ? n : 1, sizeof *ps->items);
    if (!ps->items)
        return false;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].valid && hv->presents[p].iface)
                ps->items[ps->count++] =
                    (placement){hv->presents[p].iface, h, hv->presents[p].base};
    }
    qsort(ps->items, ps->count, sizeof *ps->items, compare_placements);
    return true;
}

/* The products (and the default base, as NULL) that place iface at base,
 * each once, in registry order. */
static bool find_placements(hv_arena *arena, const hv_registry *reg, const placements *ps,
                            const hv_interface *iface, uint32_t base, hv_map_claim *claim)
{
    size_t lo = 0, hi = ps->count;
    while (lo < hi) { /* the first placement of iface */
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)ps->items[mid].iface < (uintptr_t)iface)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < ps->count && ps->items[end].iface == iface)
        end++;
    claim->placed_by = hv_arena_array(arena, end - lo + 1, sizeof *claim->placed_by);
    if (!claim->placed_by)
        return false;
    if (iface->has_default_base && iface->default_base_valid && iface->default_base == base)
        claim->placed_by[claim->placed_count++] = NULL;
    for (size_t i = lo; i < end; i++) {
        const hv_hypervisor *hv = reg->hypervisors[ps->items[i].hv];
        size_t last = claim->placed_count;
        if (ps->items[i].base == base &&
            (last == 0 || claim->placed_by[last - 1] != hv)) /* each product once */
            claim->placed_by[claim->placed_count++] = hv;
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
static bool interface_claims(hv_arena *arena, const hv_registry *reg, const placements *ps,
                             const hv_interface *iface, hv_map_window *w)
{
    hv_map_claim proto = {.iface = iface};
    if (!find_placements(arena, reg, ps, iface, w->base, &proto))
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

/* How many claims interface_claims() pushes for iface: one per valid
 * allocation, or one span when it declares none but has a leaf. */
static size_t claims_of(const hv_interface *iface)
{
    size_t n = 0;
    bool any_leaf = false;
    for (size_t a = 0; a < iface->allocation_count; a++)
        n += iface->allocations[a].valid;
    for (size_t l = 0; l < iface->leaf_count && !any_leaf; l++)
        any_leaf = iface->leaves[l].valid && iface->leaves[l].offset < HV_WINDOW_SIZE;
    return n ? n : any_leaf;
}

static bool build_window(hv_arena *arena, const hv_registry *reg, const placements *ps,
                         hv_map_window *w)
{
    size_t cap = 0;
    for (size_t i = 0; i < reg->allocation_count; i++)
        cap += !reg->allocations[i]->owner && reg->allocations[i]->valid;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (has_base(reg->interfaces[i], w->base))
            cap += claims_of(reg->interfaces[i]);
    w->claims = hv_arena_array(arena, cap ? cap : 1, sizeof *w->claims);
    if (!w->claims)
        return false;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (has_base(reg->interfaces[i], w->base) &&
            !interface_claims(arena, reg, ps, reg->interfaces[i], w))
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
    placements ps;
    size_t cap = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        cap += reg->interfaces[i]->base_count;
    uint32_t *bases = hv_arena_array(map->arena, cap ? cap : 1, sizeof *bases);
    if (!bases)
        goto fail;
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        for (size_t k = 0; k < reg->interfaces[i]->base_count; k++)
            bases[n++] = reg->interfaces[i]->bases[k];
    n = unique_u32(bases, n);
    map->windows = hv_arena_array(map->arena, n ? n : 1, sizeof *map->windows);
    if (!map->windows || !index_placements(map->arena, reg, &ps))
        goto fail;
    for (size_t i = 0; i < n; i++) {
        map->windows[i].base = bases[i];
        if (!build_window(map->arena, reg, &ps, &map->windows[i]))
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
