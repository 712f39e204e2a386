/* validate/checks/allocation_overlaps.c - the pairs of the allocation overlap
 * checks (the policy is allocations.c's), found without a pair loop.
 *
 * Pairs are found through the offsets they share, never by comparing every
 * allocation with every other: for a set of allocations, `coverage` lists,
 * for each offset of the window, the ones covering it. A namespace where no
 * offset has more than CROWD claimants is reported pair by pair, exactly as
 * a pair loop would (the same pairs, in the same order). Where more claim
 * one offset, the namespace is reported once per overlapped range: the
 * weakest, latest claimant, the first HV_ALLOC_SHOWN others and "and N
 * more", the count exact, so N allocations on one offset make one finding,
 * not N^2/2. */
#include "validate/checks/allocation_overlaps.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"

#define CROWD 4 /* claimants of one offset beyond which a namespace is reported per range */

/* How findings rank allocations: stronger standing first, then by location
 * (the order of "the weaker claim, or the later one when alike"). */
static int compare_rank(const hv_allocation *a, size_t ia, const hv_allocation *b, size_t ib)
{
    hv_standing sa = hv_status_standing(a->status), sb = hv_status_standing(b->status);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int c = hv_loc_compare(a->loc, b->loc);
    return c ? c : (ia > ib) - (ia < ib);
}

static int compare_ranked(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    return compare_rank(a->a, a->index, b->a, b->index);
}

static size_t covering(const coverage *cv, unsigned o)
{
    return cv->start[o + 1] - cv->start[o];
}

static bool coverage_build(coverage *cv, const hv_allocation *const *set, size_t n)
{
    memset(cv, 0, sizeof *cv);
    cv->set = set;
    cv->n = n;
    ranked *order = malloc((n + 1) * sizeof *order);
    size_t total = 0, k = 0;
    for (size_t i = 0; order && i < n; i++)
        if (hv_allocation_in_window(set[i])) {
            order[k++] = (ranked){set[i], (uint32_t)i};
            total += set[i]->last - set[i]->first + 1;
        }
    cv->items = order ? malloc((total + 1) * sizeof *cv->items) : NULL;
    if (!cv->items) {
        free(order);
        return false;
    }
    qsort(order, k, sizeof *order, compare_ranked);
    for (size_t i = 0; i < k; i++)
        for (uint32_t o = order[i].a->first; o <= order[i].a->last; o++)
            cv->start[o + 1]++;
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        cv->start[o + 1] += cv->start[o];
    size_t fill[HV_WINDOW_SIZE];
    memcpy(fill, cv->start, sizeof fill);
    for (size_t i = 0; i < k; i++)
        for (uint32_t o = order[i].a->first; o <= order[i].a->last; o++)
            cv->items[fill[o]++] = order[i].index;
    free(order);
    return true;
}

/* Are the claimants of offsets o and o - 1 the same? */
static bool same_as_before(const coverage *cv, unsigned o)
{
    if (o == 0 || o >= HV_WINDOW_SIZE)
        return false;
    size_t n = covering(cv, o);
    return n == covering(cv, o - 1) &&
           memcmp(&cv->items[cv->start[o]], &cv->items[cv->start[o - 1]], n * sizeof *cv->items) ==
               0;
}

static bool ensure_mark(overlaps *x, size_t n)
{
    if (n <= x->mark_cap)
        return true;
    uint32_t *m = realloc(x->mark, n * sizeof *m);
    if (!m)
        return false;
    memset(m + x->mark_cap, 0, (n - x->mark_cap) * sizeof *m);
    x->mark = m;
    x->mark_cap = n;
    return true;
}

static int compare_u32(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return (a > b) - (a < b);
}

/* The indices above `above` (or all, when `above` is (size_t)-1) of cv's
 * allocations sharing an offset with `a`, ascending and unique, in x->cand. */
static bool candidates(overlaps *x, const coverage *cv, const hv_allocation *a, size_t above)
{
    x->ncand = 0;
    if (!ensure_mark(x, cv->n))
        return false;
    if (++x->tick == 0) { /* the marks wrapped: start them again */
        memset(x->mark, 0, x->mark_cap * sizeof *x->mark);
        x->tick = 1;
    }
    for (uint32_t o = a->first; o <= a->last; o++)
        for (size_t k = cv->start[o]; k < cv->start[o + 1]; k++) {
            uint32_t i = cv->items[k];
            if ((above != (size_t)-1 && i <= above) || x->mark[i] == x->tick)
                continue;
            x->mark[i] = x->tick;
            if (!HV_GROW(x->cand, x->ncand, x->cand_cap))
                return false;
            x->cand[x->ncand++] = i;
        }
    if (x->ncand > 1)
        qsort(x->cand, x->ncand, sizeof *x->cand, compare_u32);
    return true;
}

/* ---- pair by pair ------------------------------------------------------------ */

static void generic_pairs(overlaps *x)
{
    for (size_t i = 0; i < x->ngen && !x->oom; i++) {
        if (!hv_allocation_in_window(x->gen[i]))
            continue;
        if (!candidates(x, &x->gcov, x->gen[i], i)) {
            x->oom = true;
            return;
        }
        for (size_t k = 0; k < x->ncand; k++)
            hv_alloc_check_pair(x->ctx, x->gen[i], x->gen[x->cand[k]], x->want);
    }
}

/* Each own allocation against the later own ones, then against every
 * generic one (check_pair leaves out the generics the interface follows). */
static void interface_pairs(overlaps *x, const coverage *own)
{
    for (size_t a = 0; a < own->n && !x->oom; a++) {
        const hv_allocation *al = own->set[a];
        if (!hv_allocation_in_window(al))
            continue;
        if (!candidates(x, own, al, a)) {
            x->oom = true;
            return;
        }
        for (size_t k = 0; k < x->ncand; k++)
            hv_alloc_check_pair(x->ctx, al, own->set[x->cand[k]], x->want);
        if (!candidates(x, &x->gcov, al, (size_t)-1)) {
            x->oom = true;
            return;
        }
        for (size_t k = 0; k < x->ncand; k++)
            hv_alloc_check_pair(x->ctx, al, x->gen[x->cand[k]], x->want);
    }
}

/* ---- per overlapped range ---------------------------------------------------- */

/* Does this check leave the pair out because the registry acknowledges
 * it (pair_wanted)? */
static bool excused(const overlaps *x, const hv_allocation *a, const hv_allocation *b)
{
    return x->any_acks && hv_alloc_excused(a, b);
}

/* How many of a ranked run stand at `want` or stronger. */
static size_t standing_prefix(const coverage *cv, unsigned o, hv_standing want)
{
    size_t n = 0;
    for (size_t k = cv->start[o]; k < cv->start[o + 1]; k++)
        n += hv_status_standing(cv->set[cv->items[k]]->status) <= want;
    return n;
}

/* The generic namespace, one finding per range of offsets whose claimants
 * are the same and include a pair this check reports (the weaker of the two
 * standing at `want`). */
static void generic_ranges(overlaps *x)
{
    for (unsigned lo = 0, hi; lo < HV_WINDOW_SIZE; lo = hi + 1) {
        for (hi = lo; hi + 1 < HV_WINDOW_SIZE && x->grun[hi + 1] == x->grun[lo]; hi++)
            ;
        size_t le = x->gle[lo];
        if (le < 2)
            continue;
        const uint32_t *run = x->gcov.items + x->gcov.start[lo];
        const hv_allocation *at = x->gen[run[le - 1]];
        if (hv_status_standing(at->status) != x->want->standing)
            continue; /* every pair here is some other check's */
        const hv_allocation *shown[HV_ALLOC_SHOWN];
        size_t nshown = 0, others = 0;
        for (size_t k = 0; k + 1 < le && (x->any_acks || nshown < HV_ALLOC_SHOWN); k++) {
            if (excused(x, at, x->gen[run[k]]))
                continue;
            others++;
            if (nshown < HV_ALLOC_SHOWN)
                shown[nshown++] = x->gen[run[k]];
        }
        if (nshown)
            hv_alloc_report_range(x->ctx, x->want, at, shown, nshown, x->any_acks ? others : le - 1,
                                  lo, hi);
    }
}

/* The generics an interface follows, marked in x->fmark (by index into
 * x->gen), and how many of them cover each offset: all, and those standing
 * at `want` or stronger. */
typedef struct followed {
    size_t all[HV_WINDOW_SIZE], le[HV_WINDOW_SIZE];
} followed;

/* Merges the own and the (unfollowed) generic claimants of offset o that
 * stand at `want` or stronger, by rank, into `out` (at most HV_ALLOC_SHOWN, in
 * *nshown), leaving out `at` and those acknowledged with it; returns how
 * many others there are (`total` - 1 when the registry acknowledges
 * nothing, else counted one by one). */
static size_t other_claimants(const overlaps *x, const coverage *own, size_t own_le, unsigned o,
                              size_t total, const hv_allocation *at, const hv_allocation **out,
                              size_t *nshown)
{
    size_t i = 0, g = x->gcov.start[o], gend = g + x->gle[o], n = 0, others = 0;
    const uint32_t *oi = &own->items[own->start[o]];
    while ((x->any_acks || n < HV_ALLOC_SHOWN) && (i < own_le || g < gend)) {
        if (g < gend && x->fmark[x->gcov.items[g]] == x->ftick) {
            g++;
            continue;
        }
        const hv_allocation *a = i < own_le ? own->set[oi[i]] : NULL;
        const hv_allocation *b = g < gend ? x->gen[x->gcov.items[g]] : NULL;
        const hv_allocation *next = a && (!b || compare_rank(a, 0, b, 1) < 0) ? a : b;
        if (next == a)
            i++;
        else
            g++;
        if (next == at || excused(x, at, next))
            continue;
        others++;
        if (n < HV_ALLOC_SHOWN)
            out[n++] = next;
    }
    *nshown = n;
    return x->any_acks ? others : total - 1;
}

/* The weakest, latest claimant of offset o standing at `want` or
 * stronger: the last own one or the last unfollowed generic one. */
static const hv_allocation *last_claimant(const overlaps *x, const coverage *own, size_t own_le,
                                          unsigned o)
{
    const hv_allocation *a = own_le ? own->set[own->items[own->start[o] + own_le - 1]] : NULL;
    for (size_t g = x->gcov.start[o] + x->gle[o]; g-- > x->gcov.start[o];)
        if (x->fmark[x->gcov.items[g]] != x->ftick) {
            const hv_allocation *b = x->gen[x->gcov.items[g]];
            return !a || compare_rank(a, 0, b, 1) < 0 ? b : a;
        }
    return a;
}

/* An interface's namespace per range: its own allocations with each other
 * and with the generics it does not follow (generic pairs are
 * generic_ranges' findings), where it has allocations. */
static void interface_ranges(overlaps *x, const coverage *own, const followed *f)
{
    for (unsigned lo = 0, hi; lo < HV_WINDOW_SIZE; lo = hi + 1) {
        for (hi = lo; hi + 1 < HV_WINDOW_SIZE && x->grun[hi + 1] == x->grun[lo] &&
                      same_as_before(own, hi + 1);
             hi++)
            ;
        size_t own_le = standing_prefix(own, lo, x->want->standing);
        size_t total = own_le + x->gle[lo] - f->le[lo];
        if (!own_le || total < 2)
            continue;
        const hv_allocation *at = last_claimant(x, own, own_le, lo);
        if (hv_status_standing(at->status) != x->want->standing)
            continue;
        const hv_allocation *shown[HV_ALLOC_SHOWN];
        size_t nshown, others = other_claimants(x, own, own_le, lo, total, at, shown, &nshown);
        if (nshown)
            hv_alloc_report_range(x->ctx, x->want, at, shown, nshown, others, lo, hi);
    }
}

size_t hv_alloc_generic_index(const overlaps *x, const hv_allocation *g)
{
    for (size_t lo = 0, hi = x->ngen; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        uintptr_t m = (uintptr_t)x->by_ptr[mid].a, p = (uintptr_t)g;
        if (m == p)
            return x->by_ptr[mid].index;
        if (m < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}

static bool mark_followed(overlaps *x, const hv_interface *iface, followed *f)
{
    memset(f, 0, sizeof *f);
    if (++x->ftick == 0) {
        memset(x->fmark, 0, x->ngen * sizeof *x->fmark);
        x->ftick = 1;
    }
    for (size_t k = 0; k < iface->follows_count; k++) {
        const hv_allocation *g = iface->follows[k].allocation;
        size_t i = g && !g->owner && hv_allocation_in_window(g) ? hv_alloc_generic_index(x, g)
                                                                : (size_t)-1;
        if (i == (size_t)-1 || x->fmark[i] == x->ftick)
            continue;
        x->fmark[i] = x->ftick;
        bool le = hv_status_standing(g->status) <= x->want->standing;
        for (uint32_t o = g->first; o <= g->last; o++) {
            f->all[o]++;
            f->le[o] += le;
        }
    }
    return true;
}

/* More than CROWD claimants where the interface has an allocation? */
static bool interface_crowded(const overlaps *x, const coverage *own, const followed *f)
{
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        if (covering(own, o) && covering(own, o) + covering(&x->gcov, o) - f->all[o] > CROWD)
            return true;
    return false;
}

static bool any_in_window(const hv_interface *iface)
{
    for (size_t a = 0; a < iface->allocation_count; a++)
        if (hv_allocation_in_window(&iface->allocations[a]))
            return true;
    return false;
}

static void interface_overlaps(overlaps *x, const hv_interface *iface)
{
    if (!any_in_window(iface))
        return; /* nothing of its own to collide */
    const hv_allocation **set = malloc((iface->allocation_count + 1) * sizeof *set);
    coverage own;
    followed f;
    for (size_t a = 0; set && a < iface->allocation_count; a++)
        set[a] = &iface->allocations[a];
    if (!set || !coverage_build(&own, set, iface->allocation_count)) {
        free(set);
        x->oom = true;
        return;
    }
    mark_followed(x, iface, &f);
    if (interface_crowded(x, &own, &f))
        interface_ranges(x, &own, &f);
    else
        interface_pairs(x, &own);
    free(own.items);
    free(set);
}

int hv_alloc_compare_by_ptr(const void *pa, const void *pb)
{
    uintptr_t a = (uintptr_t)((const ranked *)pa)->a, b = (uintptr_t)((const ranked *)pb)->a;
    return (a > b) - (a < b);
}

/* The generic allocations, their coverage, runs and standing counts. */
static bool generics_setup(overlaps *x)
{
    const hv_registry *reg = x->ctx->reg;
    x->gen = malloc((reg->allocation_count + 1) * sizeof *x->gen);
    x->by_ptr = malloc((reg->allocation_count + 1) * sizeof *x->by_ptr);
    x->fmark = calloc(reg->allocation_count + 1, sizeof *x->fmark);
    if (!x->gen || !x->by_ptr || !x->fmark)
        return false;
    for (size_t i = 0; i < reg->allocation_count; i++)
        if (!reg->allocations[i]->owner) {
            x->by_ptr[x->ngen] = (ranked){reg->allocations[i], (uint32_t)x->ngen};
            x->gen[x->ngen++] = reg->allocations[i];
        }
    qsort(x->by_ptr, x->ngen, sizeof *x->by_ptr, hv_alloc_compare_by_ptr);
    if (!coverage_build(&x->gcov, x->gen, x->ngen))
        return false;
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
        x->grun[o] = o == 0 ? 0 : x->grun[o - 1] + !same_as_before(&x->gcov, o);
        x->gle[o] = standing_prefix(&x->gcov, o, x->want->standing);
    }
    return true;
}

static bool generics_crowded(const overlaps *x)
{
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        if (covering(&x->gcov, o) > CROWD)
            return true;
    return false;
}

/* ---- one check ------------------------------------------------------------------- */

static void overlaps_in_namespaces(overlaps *x)
{
    if (generics_crowded(x))
        generic_ranges(x);
    else
        generic_pairs(x);
    for (size_t i = 0; i < x->ctx->reg->interface_count && !x->oom; i++)
        interface_overlaps(x, x->ctx->reg->interfaces[i]);
}

static bool any_acks(const hv_registry *reg)
{
    for (size_t i = 0; i < reg->allocation_count; i++)
        if (reg->allocations[i]->ack_count)
            return true;
    return false;
}

void hv_alloc_find_overlaps(const hv_check_ctx *ctx, const hv_overlap_kind *want)
{
    overlaps x;
    memset(&x, 0, sizeof x);
    x.ctx = ctx;
    x.want = want;
    x.any_acks = any_acks(ctx->reg);
    if (!generics_setup(&x))
        x.oom = true;
    else if (want->acknowledged)
        x.oom = !hv_alloc_acknowledged_pairs(&x);
    else
        overlaps_in_namespaces(&x);
    if (x.oom)
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0},
                  "out of memory while comparing allocations; they were not all checked");
    free(x.gen);
    free(x.by_ptr);
    free(x.fmark);
    free(x.gcov.items);
    free(x.mark);
    free(x.cand);
}
