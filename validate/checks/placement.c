/* validate/checks/placement.c - where interfaces are placed: bases that are real
 * hypervisor bases and respect min-base ([base-range]), and interfaces a
 * product places at one base that do not use the same offsets unless one
 * declares that it overrides the other ([placement-overlap]). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"
#include "validate/util/grow.h"

/* "0x00, 0x01 and 3 more": the offsets both use. */
static void list_offsets(const hv_offsets *a, const hv_offsets *b, char *buf, size_t cap,
                         unsigned *count)
{
    size_t len = 0;
    unsigned shown = 0;
    *count = 0;
    buf[0] = '\0';
    for (unsigned off = 0; off < HV_WINDOW_SIZE; off++) {
        if (!a->at[off] || !b->at[off])
            continue;
        if (shown < 4 && len < cap) {
            len += (size_t)snprintf(buf + len, cap - len, "%s0x%02x", shown ? ", " : "", off);
            shown++;
        }
        (*count)++;
    }
    if (*count > shown && len < cap)
        snprintf(buf + len, cap - len, " and %u more", *count - shown);
}

/* Two interfaces one product shows at one base collide where both use an
 * offset (claims.h: leaves and identifying signatures; what they merely
 * hold by allocation does not answer CPUID). */
static void placement_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                           const hv_presents *b)
{
    hv_offsets used_a = {{false}}, used_b = {{false}};
    hv_offsets_of_interface(a->iface, a, HV_OFFSETS_USED, &used_a);
    hv_offsets_of_interface(b->iface, b, HV_OFFSETS_USED, &used_b);
    char offsets[96];
    unsigned count = 0;
    list_offsets(&used_a, &used_b, offsets, sizeof offsets, &count);
    if (!count)
        return;
    hv_diag *d = hv_report(ctx->sink, ctx->check, b->loc,
                           "hypervisor '%s' presents '%s' and '%s' at base 0x%08x, and both use "
                           "offset%s %s there; place one at another base, or, if one replaces "
                           "the other's leaves there, say so (overrides=\"%s\" on '%s')",
                           hv->id, a->iface->id, b->iface->id, b->base, count == 1 ? "" : "s",
                           offsets, a->iface->id, b->iface->id);
    hv_diag_add_note(d, a->loc, "'%s' is placed here", a->iface->id);
}

/* ---- one product's placements at one base -----------------------------------
 *
 * A product's placements are grouped by base (a sort), and pairs are found
 * through the offsets they share: for each offset, the placements of the
 * group that use it. Where no offset is used by more than CROWD of them,
 * each colliding pair is reported as the pair loop always did; where more
 * use one offset, the group is reported once per range of offsets used by
 * the same interfaces, naming the first SHOWN and "and N more" (N exact). */

#define CROWD 4 /* placements using one offset beyond which a base is reported per range */
#define SHOWN 3 /* the interfaces a per-range finding names */

typedef struct group {
    const hv_check_ctx *ctx;
    const hv_hypervisor *hv;
    const hv_presents **at; /* the group, in presents order */
    size_t n;
    size_t start[HV_WINDOW_SIZE + 1];
    uint32_t *users; /* users[start[o]..start[o+1]): indices into `at` using offset o */
    uint8_t *offs;   /* offs[ostart[i]..ostart[i+1]): the offsets placement i uses */
    size_t *ostart;
    uint32_t *mark, tick, *cand;
    size_t ncand, cand_cap;
    bool oom;
} group;

static int compare_u32(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return (a > b) - (a < b);
}

/* The offsets each placement of the group uses (claims.h), as lists:
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
        hv_offsets_of_interface(g->at[i]->iface, g->at[i], HV_OFFSETS_USED, &used);
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
 * into `at`, ascending, of the placements using offset o. */
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

/* The earlier placements of the group sharing an offset with placement j,
 * ascending and unique, in g->cand. */
static bool earlier_sharing(group *g, size_t j)
{
    g->ncand = 0;
    if (++g->tick == 0) {
        memset(g->mark, 0, g->n * sizeof *g->mark);
        g->tick = 1;
    }
    for (size_t k = g->ostart[j]; k < g->ostart[j + 1]; k++) {
        unsigned o = g->offs[k];
        for (size_t e = g->start[o]; e < g->start[o + 1] && g->users[e] < j; e++) {
            uint32_t i = g->users[e];
            if (g->mark[i] == g->tick)
                continue;
            g->mark[i] = g->tick;
            if (!HV_GROW(g->cand, g->ncand, g->cand_cap))
                return false;
            g->cand[g->ncand++] = i;
        }
    }
    if (g->ncand > 1)
        qsort(g->cand, g->ncand, sizeof *g->cand, compare_u32);
    return true;
}

static void group_pairs(group *g)
{
    for (size_t j = 1; j < g->n && !g->oom; j++) {
        if (!earlier_sharing(g, j)) {
            g->oom = true;
            return;
        }
        const hv_presents *b = g->at[j];
        for (size_t k = 0; k < g->ncand; k++) {
            const hv_presents *a = g->at[g->cand[k]];
            if (a->iface != b->iface && !hv_presents_overrides(a, b))
                placement_pair(g->ctx, g->hv, a, b);
        }
    }
}

/* Do the placements of a run (indices into g->at) hold a pair that does
 * not override one another? Past three there always is one: each
 * placement overrides at most one interface, too few to excuse every pair. */
static bool run_collides(const group *g, const uint32_t *run, size_t n)
{
    if (n > 3)
        return true;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (!hv_presents_overrides(g->at[run[i]], g->at[run[j]]))
                return true;
    return false;
}

static void report_run(const group *g, const uint32_t *run, size_t n, unsigned lo, unsigned hi)
{
    const hv_presents *last = g->at[run[n - 1]];
    char list[SHOWN * 90 + 48], range[32];
    size_t len = 0, shown = n - 1 < SHOWN ? n - 1 : SHOWN;
    list[0] = '\0';
    for (size_t i = 0; i < shown && len < sizeof list; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s'%.80s'", i ? ", " : "",
                                g->at[run[i]]->iface->id);
    if (n - 1 > shown && len < sizeof list)
        snprintf(list + len, sizeof list - len, " and %zu more", n - 1 - shown);
    if (lo == hi)
        snprintf(range, sizeof range, "offset 0x%02x", lo);
    else
        snprintf(range, sizeof range, "offsets 0x%02x..0x%02x", lo, hi);
    hv_diag *d = hv_report(g->ctx->sink, g->ctx->check, last->loc,
                           "hypervisor '%s' presents '%s' and %zu other interface%s at base "
                           "0x%08x, all using %s there: %s; place them at other bases, or, where "
                           "one replaces another's leaves there, say so (overrides=\"ID\")",
                           g->hv->id, last->iface->id, n - 1, n - 1 == 1 ? "" : "s", last->base,
                           range, list);
    for (size_t i = 0; i < shown; i++)
        hv_diag_add_note(d, g->at[run[i]]->loc, "'%s' is placed here", g->at[run[i]]->iface->id);
}

/* A crowded base per range: each interface once (its first placement
 * there), runs of offsets whose users are the same interfaces. */
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
    g->users = NULL;
    g->offs = NULL;
    g->ostart = NULL;
}

static void check_group(group *g)
{
    bool ok = index_users(g);
    if (ok && crowded(g)) {
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
    group g = {ctx,  hv,   NULL,
               0,    {0},  NULL,
               NULL, NULL, calloc(hv->presents_count + 1, sizeof(uint32_t)),
               0,    NULL, 0,
               0,    false};
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
        if (!check_hypervisor(ctx, reg->hypervisors[h])) {
            hv_report(ctx->sink, ctx->check, reg->hypervisors[h]->loc,
                      "out of memory while comparing the placements of '%s'; they were not all "
                      "checked",
                      reg->hypervisors[h]->id);
            return;
        }
    }
}

/* ---- base-range ------------------------------------------------------------ */

static void check_base(const hv_check_ctx *ctx, hv_loc loc, uint32_t base, const char *what,
                       const hv_interface *iface)
{
    if (!hv_is_base(base)) {
        hv_report(ctx->sink, ctx->check, loc,
                  "%s 0x%08x is not a hypervisor base; bases are multiples of 0x100 from "
                  "0x40000000 to 0x4000ff00",
                  what, base);
        return;
    }
    if (iface && iface->has_min_base && iface->min_base_valid && base < iface->min_base) {
        hv_diag *d = hv_report(ctx->sink, ctx->check, loc,
                               "%s 0x%08x is below the min-base 0x%08x of interface '%s'", what,
                               base, iface->min_base, iface->id);
        hv_diag_add_note(d, iface->loc, "'%s' is declared here", iface->id);
    }
}

void hv_check_base_range(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        if (iface->has_min_base && iface->min_base_valid)
            check_base(ctx, iface->loc, iface->min_base, "min-base", NULL);
        if (iface->has_default_base && iface->default_base_valid)
            check_base(ctx, iface->loc, iface->default_base, "default-base", iface);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].valid)
                check_base(ctx, hv->presents[p].loc, hv->presents[p].base, "base",
                           hv->presents[p].iface);
    }
}
