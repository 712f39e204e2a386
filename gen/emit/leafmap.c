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

/* The map holds a few words per claim, placement and window: this bounds
 * a hostile registry's map, far above what real ones need. */
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

/* Who places which interface at which base, from every <presents> (of any
 * product, withdrawn ones included: the map says who places it), sorted by
 * interface, base and product, so each (interface, base) is one run. */
typedef struct placement {
    size_t iface, hv; /* indices into reg->interfaces and reg->hypervisors */
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
        return x->iface < y->iface ? -1 : 1;
    if (x->base != y->base)
        return x->base < y->base ? -1 : 1;
    return (x->hv > y->hv) - (x->hv < y->hv);
}

typedef struct iface_index {
    const hv_interface *iface;
    size_t index;
} iface_index;

static int compare_iface_ptrs(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const iface_index *)a)->iface;
    uintptr_t y = (uintptr_t)((const iface_index *)b)->iface;
    return (x > y) - (x < y);
}

static bool list_placements(hv_arena *arena, const hv_registry *reg, placements *out)
{
    size_t n = 0;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        n += reg->hypervisors[h]->presents_count;
    iface_index *by_ptr = malloc((reg->interface_count + 1) * sizeof *by_ptr);
    out->items = hv_arena_array(arena, n + 1, sizeof *out->items);
    out->count = 0;
    if (!by_ptr || !out->items) {
        free(by_ptr);
        return false;
    }
    for (size_t i = 0; i < reg->interface_count; i++)
        by_ptr[i] = (iface_index){reg->interfaces[i], i};
    qsort(by_ptr, reg->interface_count, sizeof *by_ptr, compare_iface_ptrs);
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++) {
            const hv_presents *pr = &reg->hypervisors[h]->presents[p];
            iface_index key = {pr->iface, 0};
            const iface_index *hit = pr->valid && pr->iface
                                         ? bsearch(&key, by_ptr, reg->interface_count,
                                                   sizeof *by_ptr, compare_iface_ptrs)
                                         : NULL;
            if (hit)
                out->items[out->count++] = (placement){hit->index, h, pr->base};
        }
    free(by_ptr);
    qsort(out->items, out->count, sizeof *out->items, compare_placements);
    return true;
}

/* The products (and the default base, as NULL) that place interface i at
 * base, each product once, in registry order. */
static bool find_placements(hv_arena *arena, const hv_registry *reg, const placements *all,
                            size_t i, uint32_t base, hv_map_claim *claim)
{
    size_t lo = 0, hi = all->count;
    while (lo < hi) { /* the first placement of (i, base) */
        size_t mid = lo + (hi - lo) / 2;
        const placement *m = &all->items[mid];
        if (m->iface < i || (m->iface == i && m->base < base))
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < all->count && all->items[end].iface == i && all->items[end].base == base)
        end++;
    claim->placed_by = hv_arena_array(arena, end - lo + 1, sizeof *claim->placed_by);
    if (!claim->placed_by)
        return false;
    const hv_interface *iface = reg->interfaces[i];
    if (iface->has_default_base && iface->default_base_valid && iface->default_base == base)
        claim->placed_by[claim->placed_count++] = NULL;
    for (size_t k = lo; k < end; k++)
        if (k == lo || all->items[k].hv != all->items[k - 1].hv)
            claim->placed_by[claim->placed_count++] = reg->hypervisors[all->items[k].hv];
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
static bool interface_claims(hv_arena *arena, const hv_registry *reg, const placements *all,
                             size_t i, hv_map_window *w)
{
    const hv_interface *iface = reg->interfaces[i];
    hv_map_claim proto = {.iface = iface};
    if (!find_placements(arena, reg, all, i, w->base, &proto))
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

/* Segments cut the window at every claim's boundaries, so a claim covers a
 * segment wholly or not at all: a segment's count is the coverage of its
 * first offset. */
static bool build_segments(hv_arena *arena, hv_map_window *w)
{
    uint32_t *cuts = hv_arena_array(arena, 2 * w->claim_count + 2, sizeof *cuts);
    if (!cuts)
        return false;
    size_t n = 0;
    int cover[0x101] = {0};
    cuts[n++] = 0;
    cuts[n++] = 0x100;
    for (size_t c = 0; c < w->claim_count; c++) {
        cuts[n++] = w->claims[c].first;
        cuts[n++] = w->claims[c].last + 1;
        cover[w->claims[c].first]++;
        cover[w->claims[c].last + 1]--;
    }
    for (unsigned o = 1; o <= 0x100; o++)
        cover[o] += cover[o - 1];
    n = unique_u32(cuts, n);
    w->segments = hv_arena_array(arena, n, sizeof *w->segments);
    if (!w->segments)
        return false;
    for (size_t i = 0; i + 1 < n; i++) {
        hv_map_segment *s = &w->segments[w->segment_count];
        s->first = cuts[i];
        s->last = cuts[i + 1] - 1;
        s->claims = (size_t)cover[s->first];
        for (uint32_t o = s->first; o <= s->last; o++)
            w->segment_at[o] = (uint16_t)w->segment_count;
        w->segment_count++;
    }
    return true;
}

/* The interfaces registered at each window's base, in registry order:
 * members[start[w]..start[w + 1]) for window w. */
typedef struct at_base {
    size_t *start, *members;
} at_base;

static size_t window_of(const hv_map *map, uint32_t base)
{
    size_t lo = 0, hi = map->window_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (map->windows[mid].base < base)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool list_at_base(hv_arena *arena, const hv_registry *reg, const hv_map *map, at_base *ab)
{
    ab->start = hv_arena_array(arena, map->window_count + 1, sizeof *ab->start);
    size_t total = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        total += reg->interfaces[i]->base_count;
    ab->members = hv_arena_array(arena, total + 1, sizeof *ab->members);
    size_t *fill = hv_arena_array(arena, map->window_count + 1, sizeof *fill);
    if (!ab->start || !ab->members || !fill)
        return false;
    memset(ab->start, 0, (map->window_count + 1) * sizeof *ab->start);
    for (size_t i = 0; i < reg->interface_count; i++)
        for (size_t k = 0; k < reg->interfaces[i]->base_count; k++)
            ab->start[window_of(map, reg->interfaces[i]->bases[k]) + 1]++;
    for (size_t w = 0; w < map->window_count; w++)
        ab->start[w + 1] += ab->start[w];
    memcpy(fill, ab->start, (map->window_count + 1) * sizeof *fill);
    for (size_t i = 0; i < reg->interface_count; i++)
        for (size_t k = 0; k < reg->interfaces[i]->base_count; k++)
            ab->members[fill[window_of(map, reg->interfaces[i]->bases[k])]++] = i;
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

/* One window's claims, its array sized to what it holds: the claims of the
 * interfaces at its base and the `generics` valid generic allocations. */
static bool build_window(hv_arena *arena, const hv_registry *reg, const placements *all,
                         const at_base *ab, size_t wi, size_t generics, hv_map_window *w)
{
    size_t cap = generics;
    for (size_t k = ab->start[wi]; k < ab->start[wi + 1]; k++)
        cap += claims_of(reg->interfaces[ab->members[k]]);
    w->claims = hv_arena_array(arena, cap ? cap : 1, sizeof *w->claims);
    if (!w->claims)
        return false;
    for (size_t k = ab->start[wi]; k < ab->start[wi + 1]; k++)
        if (!interface_claims(arena, reg, all, ab->members[k], w))
            return false;
    hv_generic_claims(reg, draw_generic, w);
    qsort(w->claims, w->claim_count, sizeof *w->claims, compare_claims);
    return build_segments(arena, w);
}

/* Every base some interface is registered at, sorted and unique. */
static bool list_windows(hv_arena *arena, const hv_registry *reg, hv_map *map)
{
    size_t cap = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        cap += reg->interfaces[i]->base_count;
    uint32_t *bases = hv_arena_array(arena, cap ? cap : 1, sizeof *bases);
    if (!bases)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        for (size_t k = 0; k < reg->interfaces[i]->base_count; k++)
            bases[n++] = reg->interfaces[i]->bases[k];
    n = unique_u32(bases, n);
    map->windows = hv_arena_array(arena, n ? n : 1, sizeof *map->windows);
    if (!map->windows)
        return false;
    memset(map->windows, 0, (n ? n : 1) * sizeof *map->windows);
    for (size_t i = 0; i < n; i++)
        map->windows[i].base = bases[i];
    map->window_count = n;
    return true;
}

bool hv_map_build(const hv_registry *reg, hv_map *map)
{
    memset(map, 0, sizeof *map);
    map->arena = hv_arena_new(MAP_BUDGET);
    placements all;
    at_base ab;
    if (!map->arena || !list_windows(map->arena, reg, map) ||
        !list_placements(map->arena, reg, &all) || !list_at_base(map->arena, reg, map, &ab))
        goto fail;
    size_t generics = 0;
    for (size_t i = 0; i < reg->allocation_count; i++)
        generics += !reg->allocations[i]->owner && reg->allocations[i]->valid;
    for (size_t i = 0; i < map->window_count; i++)
        if (!build_window(map->arena, reg, &all, &ab, i, generics, &map->windows[i]))
            goto fail;
    return true;
fail:
    hv_map_free(map);
    return false;
}

size_t hv_map_segment_of(const hv_map_window *w, uint32_t offset)
{
    return offset < 0x100 ? w->segment_at[offset] : 0;
}

void hv_map_free(hv_map *map)
{
    hv_arena_free(map->arena);
    memset(map, 0, sizeof *map);
}
