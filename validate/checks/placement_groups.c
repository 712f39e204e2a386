/* validate/checks/placement_groups.c - [placement-overlap] without a pair
 * loop (the pairs' policy and messages are placement.c's).
 *
 * A product's placements are grouped by base (a sort), and pairs are found
 * through the offsets they share (for each offset, the placements of the
 * group that claim it) and through the overrides= they declare (an index by
 * interface id and one by overrides=). Where no offset is claimed by more
 * than CROWD of them, each pair is checked as the pair loop always did, in
 * its order; where more claim one offset, the group's overlaps are reported
 * once per range of offsets claimed by the same interfaces, naming the
 * first SHOWN and "and N more" (N exact), and its declared overrides pair
 * by pair. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/checks/placement_groups.h"
#include "validate/claims.h"
#include "validate/util/grow.h"

#define CROWD 4 /* placements claiming one offset beyond which a base is reported per range */
#define SHOWN 3 /* the interfaces a per-range finding names */

typedef struct group {
    const hv_check_ctx *ctx;
    const hv_hypervisor *hv;
    const hv_presents **at; /* the group, in presents order */
    size_t n;
    size_t start[HV_WINDOW_SIZE + 1];
    uint32_t *users; /* users[start[o]..start[o+1]): indices into `at` claiming offset o */
    uint8_t *offs;   /* offs[ostart[i]..ostart[i+1]): the offsets placement i claims */
    size_t *ostart;
    struct keyed *by_id, *by_over; /* `at` by interface id, and by overrides= */
    size_t nover;
    uint32_t *mark, tick, *cand;
    size_t ncand, cand_cap;
    bool oom;
} group;

static int compare_u32(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return (a > b) - (a < b);
}

/* A placement of the group (its index into `at`) under a name. */
typedef struct keyed {
    const char *key;
    uint32_t i;
} keyed;

static int compare_keyed(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : compare_u32(&a->i, &b->i);
}

/* The group by interface id, and its placements declaring overrides= by
 * the id they name. */
static bool index_declared(group *g)
{
    g->by_id = malloc((g->n + 1) * sizeof *g->by_id);
    g->by_over = malloc((g->n + 1) * sizeof *g->by_over);
    g->nover = 0;
    if (!g->by_id || !g->by_over)
        return false;
    for (size_t i = 0; i < g->n; i++) {
        g->by_id[i] = (keyed){g->at[i]->iface->id, (uint32_t)i};
        if (g->at[i]->overrides)
            g->by_over[g->nover++] = (keyed){g->at[i]->overrides, (uint32_t)i};
    }
    qsort(g->by_id, g->n, sizeof *g->by_id, compare_keyed);
    qsort(g->by_over, g->nover, sizeof *g->by_over, compare_keyed);
    return true;
}

/* The first entry of `v` (sorted) whose key is `key`. */
static size_t first_keyed(const keyed *v, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(v[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Adds placement i to g->cand unless it is there already. */
static bool add_candidate(group *g, uint32_t i)
{
    if (g->mark[i] == g->tick)
        return true;
    g->mark[i] = g->tick;
    if (!HV_GROW(g->cand, g->ncand, g->cand_cap))
        return false;
    g->cand[g->ncand++] = i;
    return true;
}

/* Adds the placements before j under `key` in `v`. */
static bool add_named(group *g, const keyed *v, size_t n, const char *key, size_t j)
{
    for (size_t k = first_keyed(v, n, key); k < n && strcmp(v[k].key, key) == 0 && v[k].i < j; k++)
        if (!add_candidate(g, v[k].i))
            return false;
    return true;
}

/* Adds the earlier placements j declares an override of, and those that
 * declare one of j's interface. */
static bool declared_partners(group *g, size_t j)
{
    const hv_presents *b = g->at[j];
    return (!b->overrides || add_named(g, g->by_id, g->n, b->overrides, j)) &&
           add_named(g, g->by_over, g->nover, b->iface->id, j);
}

static void start_candidates(group *g)
{
    g->ncand = 0;
    if (++g->tick == 0) {
        memset(g->mark, 0, g->n * sizeof *g->mark);
        g->tick = 1;
    }
}

static bool declares_either(const hv_presents *a, const hv_presents *b)
{
    return hv_place_declares(a, b) || hv_place_declares(b, a);
}

/* The offsets each placement of the group claims (claims.h), as lists:
 * offs[ostart[i]..ostart[i + 1]) for placement i. */
static bool list_used(group *g)
{
    size_t cap = 0, len = 0;
    g->ostart = malloc((g->n + 1) * sizeof *g->ostart);
    g->offs = NULL;
    if (!g->ostart)
        return false;
    for (size_t i = 0; i < g->n; i++) {
        hv_offsets used = {{false}};
        hv_offsets_of_interface(g->at[i]->iface, g->at[i], HV_OFFSETS_CLAIMED, &used);
        g->ostart[i] = len;
        for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
            if (!used.at[o])
                continue;
            if (!HV_GROW(g->offs, len, cap))
                return false;
            g->offs[len++] = (uint8_t)o;
        }
    }
    g->ostart[g->n] = len;
    return true;
}

/* The users of each offset: users[start[o]..start[o+1]) are the indices
 * into `at`, ascending, of the placements claiming offset o. */
static bool index_users(group *g)
{
    free(g->offs);
    free(g->ostart);
    g->users = NULL;
    if (!list_used(g))
        return false;
    memset(g->start, 0, sizeof g->start);
    for (size_t k = 0; k < g->ostart[g->n]; k++)
        g->start[g->offs[k] + 1]++;
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        g->start[o + 1] += g->start[o];
    g->users = malloc((g->ostart[g->n] + 1) * sizeof *g->users);
    if (!g->users)
        return false;
    size_t fill[HV_WINDOW_SIZE];
    memcpy(fill, g->start, sizeof fill);
    for (size_t i = 0; i < g->n; i++)
        for (size_t k = g->ostart[i]; k < g->ostart[i + 1]; k++)
            g->users[fill[g->offs[k]]++] = (uint32_t)i;
    return true;
}

/* The earlier placements of the group sharing an offset with placement j
 * or in a declared override with it, ascending and unique, in g->cand. */
static bool earlier_partners(group *g, size_t j)
{
    start_candidates(g);
    for (size_t k = g->ostart[j]; k < g->ostart[j + 1]; k++) {
        unsigned o = g->offs[k];
        for (size_t e = g->start[o]; e < g->start[o + 1] && g->users[e] < j; e++)
            if (!add_candidate(g, g->users[e]))
                return false;
    }
    if (!declared_partners(g, j))
        return false;
    if (g->ncand > 1)
        qsort(g->cand, g->ncand, sizeof *g->cand, compare_u32);
    return true;
}

static void group_pairs(group *g)
{
    for (size_t j = 1; j < g->n && !g->oom; j++) {
        if (!earlier_partners(g, j)) {
            g->oom = true;
            return;
        }
        const hv_presents *b = g->at[j];
        for (size_t k = 0; k < g->ncand; k++) {
            const hv_presents *a = g->at[g->cand[k]];
            if (a->iface != b->iface)
                hv_place_check_pair(g->ctx, g->hv, a, b);
        }
    }
}

/* A crowded group's declared overrides, pair by pair (its overlaps are
 * reported per range). */
static void group_declared(group *g)
{
    for (size_t j = 1; j < g->n && !g->oom; j++) {
        start_candidates(g);
        if (!declared_partners(g, j)) {
            g->oom = true;
            return;
        }
        if (g->ncand > 1)
            qsort(g->cand, g->ncand, sizeof *g->cand, compare_u32);
        const hv_presents *b = g->at[j];
        for (size_t k = 0; k < g->ncand; k++) {
            const hv_presents *a = g->at[g->cand[k]];
            if (a->iface != b->iface && declares_either(a, b))
                hv_place_check_pair(g->ctx, g->hv, a, b);
        }
    }
}

/* Do the placements of a run (indices into g->at) hold a pair where
 * neither declares an override of the other? Past three there always is
 * one: each placement names at most one interface, too few for every pair. */
static bool run_collides(const group *g, const uint32_t *run, size_t n)
{
    if (n > 3)
        return true;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (!declares_either(g->at[run[i]], g->at[run[j]]))
                return true;
    return false;
}

/* One finding for a range claimed by the same crowd: at the latest
 * placement, naming the first SHOWN others; against a baseline that has it
 * but not the first, at the first (the newcomer), the latest in its place
 * in the list (validate/blame.h). */
static void report_run(const group *g, const uint32_t *run, size_t n, unsigned lo, unsigned hi)
{
    const hv_presents *last = g->at[run[n - 1]], *others[SHOWN];
    char list[SHOWN * 90 + 48], range[32];
    size_t len = 0, shown = 0;
    while (shown + 1 < n && shown < SHOWN) {
        others[shown] = g->at[run[shown]];
        shown++;
    }
    hv_conflict c;
    hv_conflict_init(&c, g->ctx->baseline, hv_fp_placement(others[0]), hv_fp_placement(last),
                     false);
    if (c.blamed == 0) {
        others[0] = last;
        last = g->at[run[0]];
    }
    list[0] = '\0';
    for (size_t i = 0; i < shown && len < sizeof list; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s'%.80s'", i ? ", " : "",
                                others[i]->iface->id);
    if (n - 1 > shown && len < sizeof list)
        snprintf(list + len, sizeof list - len, " and %zu more", n - 1 - shown);
    if (lo == hi)
        snprintf(range, sizeof range, "offset 0x%02x", lo);
    else
        snprintf(range, sizeof range, "offsets 0x%02x..0x%02x", lo, hi);
    hv_diag *d = hv_report(g->ctx->sink, g->ctx->check, last->loc,
                           "hypervisor '%s' presents '%s' and %zu other interface%s at base "
                           "0x%08x, all claiming %s there: %s; place them at other bases, or, "
                           "where one replaces another's leaves there, say so (overrides=\"ID\")",
                           g->hv->id, last->iface->id, n - 1, n - 1 == 1 ? "" : "s", last->base,
                           range, list);
    for (size_t i = 0; i < shown; i++)
        hv_diag_add_note(d, others[i]->loc, "'%s' is placed here", others[i]->iface->id);
    hv_conflict_done(&c, d, g->ctx->check);
}

/* A crowded base per range: each interface once (its first placement
 * there), runs of offsets whose claimants are the same interfaces. */
static void group_ranges(group *g)
{
    for (unsigned lo = 0, hi; lo < HV_WINDOW_SIZE; lo = hi + 1) {
        size_t n = g->start[lo + 1] - g->start[lo];
        const uint32_t *run = &g->users[g->start[lo]];
        for (hi = lo; hi + 1 < HV_WINDOW_SIZE && g->start[hi + 2] - g->start[hi + 1] == n &&
                      memcmp(&g->users[g->start[hi + 1]], run, n * sizeof *run) == 0;
             hi++)
            ;
        if (n >= 2 && run_collides(g, run, n))
            report_run(g, run, n, lo, hi);
    }
}

static bool crowded(const group *g)
{
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        if (g->start[o + 1] - g->start[o] > CROWD)
            return true;
    return false;
}

static int compare_by_iface(const void *pa, const void *pb)
{
    const hv_presents *a = *(const hv_presents *const *)pa, *b = *(const hv_presents *const *)pb;
    uintptr_t x = (uintptr_t)a->iface, y = (uintptr_t)b->iface;
    if (x != y)
        return x < y ? -1 : 1;
    return (a > b) - (a < b);
}

static int compare_by_order(const void *pa, const void *pb)
{
    const hv_presents *a = *(const hv_presents *const *)pa, *b = *(const hv_presents *const *)pb;
    return (a > b) - (a < b); /* one hypervisor's presents array: address is presents order */
}

/* Keeps each interface's first placement of the group (a crowded base
 * lists interfaces, not repeats), in presents order. */
static void first_of_each_interface(group *g)
{
    qsort(g->at, g->n, sizeof *g->at, compare_by_iface);
    size_t u = 0;
    for (size_t i = 0; i < g->n; i++)
        if (u == 0 || g->at[u - 1]->iface != g->at[i]->iface)
            g->at[u++] = g->at[i];
    g->n = u;
    qsort(g->at, g->n, sizeof *g->at, compare_by_order);
}

static void free_index(group *g)
{
    free(g->users);
    free(g->offs);
    free(g->ostart);
    free(g->by_id);
    free(g->by_over);
    g->users = NULL;
    g->offs = NULL;
    g->ostart = NULL;
    g->by_id = NULL;
    g->by_over = NULL;
}

static void check_group(group *g)
{
    bool ok = index_users(g) && index_declared(g);
    if (ok && crowded(g)) {
        group_declared(g);
        free_index(g);
        first_of_each_interface(g);
        ok = index_users(g);
        if (ok)
            group_ranges(g);
    } else if (ok) {
        group_pairs(g);
    }
    g->oom |= !ok;
    free_index(g);
}

static int compare_by_base(const void *pa, const void *pb)
{
    const hv_presents *a = *(const hv_presents *const *)pa, *b = *(const hv_presents *const *)pb;
    if (a->base != b->base)
        return a->base < b->base ? -1 : 1;
    return (a > b) - (a < b);
}

/* One product: its valid, resolved placements sorted by base, each base
 * a group. */
static bool check_hypervisor(const hv_check_ctx *ctx, const hv_hypervisor *hv)
{
    const hv_presents **all = malloc((hv->presents_count + 1) * sizeof *all);
    group g;
    memset(&g, 0, sizeof g);
    g.ctx = ctx;
    g.hv = hv;
    g.mark = calloc(hv->presents_count + 1, sizeof(uint32_t));
    size_t n = 0;
    for (size_t p = 0; all && p < hv->presents_count; p++)
        if (hv->presents[p].valid && hv->presents[p].iface)
            all[n++] = &hv->presents[p];
    if (all && g.mark) {
        qsort(all, n, sizeof *all, compare_by_base);
        for (size_t i = 0, j; i < n && !g.oom; i = j) {
            for (j = i + 1; j < n && all[j]->base == all[i]->base; j++)
                ;
            g.at = &all[i];
            g.n = j - i;
            check_group(&g);
        }
    }
    bool ok = all && g.mark && !g.oom;
    free(all);
    free(g.mark);
    free(g.cand);
    return ok;
}

void hv_check_placement_overlap(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_place_check_repeats(ctx, reg->hypervisors[h]);
        if (!hv_product_places(reg->hypervisors[h]))
            continue; /* a retired product places nothing */
        if (!check_hypervisor(ctx, reg->hypervisors[h])) {
            hv_report(ctx->sink, ctx->check, reg->hypervisors[h]->loc,
                      "out of memory while comparing the placements of '%s'; they were not all "
                      "checked",
                      reg->hypervisors[h]->id);
            return;
        }
    }
}
