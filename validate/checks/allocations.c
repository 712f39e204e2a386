/* validate/checks/allocations.c - who owns which offsets of a base window.
 *
 * The collision model (docs/checks.md; its rules live in validate/claims.h):
 * an allocation inside an interface claims offsets in that interface's own
 * namespace; a generic allocation (directly inside a <vendor>) claims them
 * for every hypervisor at every base. Two allocations collide when they
 * overlap in one namespace: both owned by the same interface, both generic,
 * or one generic and one owned by an interface that does not <follows> it.
 * How loud a collision is depends on the statuses: in force (active,
 * deprecated, disputed) against in force is [allocation-overlap]; a
 * proposal or reservation involved is [reservation-overlap]; a retired
 * (withdrawn or lapsed) one is [withdrawn-overlap]. A pair the registry
 * acknowledges (<acknowledges> in either allocation) is history, not a
 * conflict: [acknowledged-overlap] shows it, unless both are in force,
 * which no acknowledgement excuses. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"
#include "validate/util/grow.h"

/* "active allocation 0x00..0x05 of interface 'xen'" or
 * "proposed generic allocation 'generic-2008' (0x03..0xff)". */
static const char *describe(const hv_allocation *a, char *buf, size_t cap)
{
    if (a->owner)
        snprintf(buf, cap, "%s allocation 0x%02x..0x%02x of interface '%s'",
                 hv_status_name(a->status), a->first, a->last, a->owner->id);
    else
        snprintf(buf, cap, "%s generic allocation '%s' (0x%02x..0x%02x)", hv_status_name(a->status),
                 a->id ? a->id : "?", a->first, a->last);
    return buf;
}

/* The acknowledgement of `b` that `a` makes, or NULL. */
static const hv_ack *ack_of(const hv_allocation *a, const hv_allocation *b)
{
    for (size_t k = 0; k < a->ack_count; k++)
        if (a->acks[k].allocation == b)
            return &a->acks[k];
    return NULL;
}

static const hv_ack *acknowledged(const hv_allocation *a, const hv_allocation *b)
{
    const hv_ack *ack = ack_of(a, b);
    return ack ? ack : ack_of(b, a);
}

static hv_standing weaker_standing(const hv_allocation *a, const hv_allocation *b)
{
    hv_standing ca = hv_status_standing(a->status), cb = hv_status_standing(b->status);
    return ca > cb ? ca : cb;
}

/* Which check a colliding pair belongs to: by the weaker status, or
 * [acknowledged-overlap] for an acknowledged pair not both in force. */
static bool pair_wanted(const hv_allocation *a, const hv_allocation *b, const hv_overlap_kind *want)
{
    hv_standing weaker = weaker_standing(a, b);
    bool ack = weaker != HV_STANDING_IN_FORCE && acknowledged(a, b);
    return want->acknowledged ? ack : !ack && weaker == want->standing;
}

/* How to resolve a collision, by status class and by what collides; the
 * blamed allocation is the one the finding is reported at. */
static const char *fix_for(const hv_allocation *blamed, const hv_allocation *other,
                           hv_standing want)
{
    if (want == HV_STANDING_TENTATIVE && hv_status_standing(blamed->status) == HV_STANDING_IN_FORCE)
        return "those offsets are proposed or reserved already: move the allocation, or settle "
               "who owns them";
    if (want == HV_STANDING_TENTATIVE)
        return "a proposal or reservation cannot be granted over taken offsets: narrow it, or "
               "settle who owns them";
    if (want == HV_STANDING_RETIRED)
        return "a withdrawn or lapsed allocation claims nothing; remove it if it is only "
               "history";
    if (blamed->owner && other->owner)
        return "merge the two, or narrow one so each offset is claimed once";
    if (!blamed->owner && !other->owner)
        return "generic allocations are shared by everyone, so each offset may be in one "
               "only: narrow one";
    return "move the interface's allocation, or have it <follows> the generic allocation if it "
           "implements the shared leaves";
}

/* Without a baseline, reported at the weaker claim (the proposal, not the
 * active allocation it runs into), or at the later one when both are
 * alike; with one, at the newcomer (validate/blame.h). The note points at
 * the other. */
static void report_pair(const hv_check_ctx *ctx, const hv_allocation *a, const hv_allocation *b,
                        const hv_overlap_kind *want)
{
    hv_standing ca = hv_status_standing(a->status), cb = hv_status_standing(b->status);
    bool a_second = ca != cb ? ca > cb : hv_loc_compare(b->loc, a->loc) < 0;
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_allocation(a), hv_fp_allocation(b), a_second);
    const hv_allocation *blamed = c.blamed ? b : a, *other = c.blamed ? a : b;
    uint32_t lo = a->first > b->first ? a->first : b->first;
    uint32_t hi = a->last < b->last ? a->last : b->last;
    char d1[160], d2[160];
    const hv_ack *ack = acknowledged(a, b);
    hv_diag *d;
    if (want->acknowledged)
        d = hv_report(ctx->sink, ctx->check, blamed->loc,
                      "%s overlaps %s at 0x%02x..0x%02x, an overlap the registry acknowledges: %s",
                      describe(blamed, d1, sizeof d1), describe(other, d2, sizeof d2), lo, hi,
                      ack->reason && *ack->reason ? ack->reason : "(no reason given)");
    else
        d = hv_report(ctx->sink, ctx->check, blamed->loc, "%s overlaps %s at 0x%02x..0x%02x; %s",
                      describe(blamed, d1, sizeof d1), describe(other, d2, sizeof d2), lo, hi,
                      fix_for(blamed, other, want->standing));
    hv_diag_add_note(d, other->loc, "the other allocation is declared here");
    if (ack)
        hv_diag_add_note(d, ack->loc,
                         want->acknowledged ? "acknowledged here"
                                            : "acknowledged here, but no acknowledgement excuses "
                                              "two allocations in force");
    hv_conflict_done(&c, d, ctx->check);
}

static void check_pair(const hv_check_ctx *ctx, const hv_allocation *a, const hv_allocation *b,
                       const hv_overlap_kind *want)
{
    if (hv_allocation_in_window(a) && hv_allocation_in_window(b) && b->first <= a->last &&
        a->first <= b->last && hv_allocations_share_namespace(a, b) && pair_wanted(a, b, want))
        report_pair(ctx, a, b, want);
}

/* ---- who covers each offset ------------------------------------------------
 *
 * Pairs are found through the offsets they share, never by comparing every
 * allocation with every other: for a set of allocations, `coverage` lists,
 * for each offset of the window, the ones covering it. A namespace where no
 * offset has more than CROWD claimants is reported pair by pair, exactly as
 * a pair loop would (the same pairs, in the same order). Where more claim
 * one offset, the namespace is reported once per overlapped range: the
 * weakest, latest claimant, the first SHOWN others and "and N more", the
 * count exact, so N allocations on one offset make one finding, not N^2/2. */

#define CROWD 4 /* claimants of one offset beyond which a namespace is reported per range */
#define SHOWN 3 /* the others a per-range finding names */

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

typedef struct ranked {
    const hv_allocation *a;
    uint32_t index;
} ranked;

static int compare_ranked(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    return compare_rank(a->a, a->index, b->a, b->index);
}

/* items[start[o]..start[o+1]) are the indices (into `set`) of the set's
 * in-window allocations covering offset o, strongest and earliest first. */
typedef struct coverage {
    const hv_allocation *const *set;
    size_t n;
    size_t start[HV_WINDOW_SIZE + 1];
    uint32_t *items;
} coverage;

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
    size_t n = covering(cv, o);
    return o > 0 && n == covering(cv, o - 1) &&
           memcmp(&cv->items[cv->start[o]], &cv->items[cv->start[o - 1]], n * sizeof *cv->items) ==
               0;
}

/* One overlap check (one kind of pair) over the whole registry. */
typedef struct overlaps {
    const hv_check_ctx *ctx;
    const hv_overlap_kind *want;
    bool any_acks;             /* does any allocation acknowledge another? */
    const hv_allocation **gen; /* the generic allocations, in registry order */
    size_t ngen;
    coverage gcov;                 /* over gen */
    unsigned grun[HV_WINDOW_SIZE]; /* equal at consecutive offsets with equal claimants */
    size_t gle[HV_WINDOW_SIZE];    /* generics at o with standing <= want */
    ranked *by_ptr;                /* gen sorted by address, to find an index */
    uint32_t *fmark, ftick;        /* generics the interface at hand follows */
    uint32_t *mark, *cand;         /* scratch: seen marks by index, candidate indices */
    size_t mark_cap, ncand, cand_cap;
    uint32_t tick;
    bool oom;
} overlaps;

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
            check_pair(x->ctx, x->gen[i], x->gen[x->cand[k]], x->want);
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
            check_pair(x->ctx, al, own->set[x->cand[k]], x->want);
        if (!candidates(x, &x->gcov, al, (size_t)-1)) {
            x->oom = true;
            return;
        }
        for (size_t k = 0; k < x->ncand; k++)
            check_pair(x->ctx, al, x->gen[x->cand[k]], x->want);
    }
}

/* ---- per overlapped range ---------------------------------------------------- */

/* Does this check leave the pair out because the registry acknowledges
 * it (pair_wanted)? */
static bool excused(const overlaps *x, const hv_allocation *a, const hv_allocation *b)
{
    return x->any_acks && weaker_standing(a, b) != HV_STANDING_IN_FORCE && acknowledged(a, b);
}

/* One finding for a range where many allocations overlap: at `at`, the
 * weakest and latest of them, naming the first `shown` of the others. With
 * a baseline that has `at` but not the strongest other, that other is the
 * newcomer: the finding is reported at it and `at` takes its place in the
 * list (validate/blame.h). */
static void report_range(const overlaps *x, const hv_allocation *at,
                         const hv_allocation *const *shown_in, size_t nshown, size_t others,
                         unsigned lo, unsigned hi)
{
    char d0[160], d1[160], list[SHOWN * 170 + 48];
    const hv_allocation *shown[SHOWN];
    memcpy(shown, shown_in, nshown * sizeof *shown);
    hv_conflict c;
    hv_conflict_init(&c, x->ctx->baseline, hv_fp_allocation(at), hv_fp_allocation(shown[0]), true);
    if (c.blamed == 1) {
        shown[0] = at;
        at = shown_in[0];
    }
    size_t len = 0;
    list[0] = '\0';
    for (size_t i = 0; i < nshown && len < sizeof list; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "",
                                describe(shown[i], d1, sizeof d1));
    if (others > nshown && len < sizeof list)
        snprintf(list + len, sizeof list - len, " and %zu more", others - nshown);
    hv_diag *d = hv_report(x->ctx->sink, x->ctx->check, at->loc,
                           "%s and %zu other allocation%s overlap at 0x%02x..0x%02x: %s; %s",
                           describe(at, d0, sizeof d0), others, others == 1 ? "" : "s", lo, hi,
                           list, fix_for(at, shown[0], x->want->standing));
    for (size_t i = 0; i < nshown; i++)
        hv_diag_add_note(d, shown[i]->loc, "%s is declared here",
                         describe(shown[i], d1, sizeof d1));
    hv_conflict_done(&c, d, x->ctx->check);
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
        const uint32_t *run = &x->gcov.items[x->gcov.start[lo]];
        const hv_allocation *at = x->gen[run[le - 1]];
        if (hv_status_standing(at->status) != x->want->standing)
            continue; /* every pair here is some other check's */
        const hv_allocation *shown[SHOWN];
        size_t nshown = 0, others = 0;
        for (size_t k = 0; k + 1 < le && (x->any_acks || nshown < SHOWN); k++) {
            if (excused(x, at, x->gen[run[k]]))
                continue;
            others++;
            if (nshown < SHOWN)
                shown[nshown++] = x->gen[run[k]];
        }
        if (nshown)
            report_range(x, at, shown, nshown, x->any_acks ? others : le - 1, lo, hi);
    }
}

/* The generics an interface follows, marked in x->fmark (by index into
 * x->gen), and how many of them cover each offset: all, and those standing
 * at `want` or stronger. */
typedef struct followed {
    size_t all[HV_WINDOW_SIZE], le[HV_WINDOW_SIZE];
} followed;

/* Merges the own and the (unfollowed) generic claimants of offset o that
 * stand at `want` or stronger, by rank, into `out` (at most SHOWN, in
 * *nshown), leaving out `at` and those acknowledged with it; returns how
 * many others there are (`total` - 1 when the registry acknowledges
 * nothing, else counted one by one). */
static size_t other_claimants(const overlaps *x, const coverage *own, size_t own_le, unsigned o,
                              size_t total, const hv_allocation *at, const hv_allocation **out,
                              size_t *nshown)
{
    size_t i = 0, g = x->gcov.start[o], gend = g + x->gle[o], n = 0, others = 0;
    const uint32_t *oi = &own->items[own->start[o]];
    while ((x->any_acks || n < SHOWN) && (i < own_le || g < gend)) {
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
        if (n < SHOWN)
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
        const hv_allocation *shown[SHOWN];
        size_t nshown, others = other_claimants(x, own, own_le, lo, total, at, shown, &nshown);
        if (nshown)
            report_range(x, at, shown, nshown, others, lo, hi);
    }
}

/* Index of a generic allocation in x->gen, or (size_t)-1. */
static size_t generic_index(const overlaps *x, const hv_allocation *g)
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
        size_t i = g && !g->owner && hv_allocation_in_window(g) ? generic_index(x, g) : (size_t)-1;
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

static int compare_by_ptr(const void *pa, const void *pb)
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
    qsort(x->by_ptr, x->ngen, sizeof *x->by_ptr, compare_by_ptr);
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

/* ---- acknowledged pairs --------------------------------------------------------
 *
 * [acknowledged-overlap] reports only pairs an <acknowledges> names, so they
 * are taken from those lists (linear in the acknowledgements, never a pair
 * loop) and met in the order the pair loop meets them: the generic pairs by
 * index, then each interface's, by its allocation and then its own later
 * ones before the generic ones. */

typedef struct ack_pair {
    size_t i, kind, j; /* the pair loop's order */
    const hv_allocation *a, *b;
} ack_pair;

typedef struct ack_pairs {
    ack_pair *v;
    size_t n, cap;
    ranked *gtarget; /* acknowledgements by generics of owned allocations: target, generic index */
    size_t ngtarget;
} ack_pairs;

static int compare_ack_pair(const void *pa, const void *pb)
{
    const ack_pair *a = pa, *b = pb;
    if (a->i != b->i)
        return a->i < b->i ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return (a->j > b->j) - (a->j < b->j);
}

static bool push_pair(ack_pairs *p, size_t i, size_t kind, size_t j, const hv_allocation *a,
                      const hv_allocation *b)
{
    if (!HV_GROW(p->v, p->n, p->cap))
        return false;
    p->v[p->n++] = (ack_pair){i, kind, j, a, b};
    return true;
}

/* Checks the collected pairs once each, in order, and empties the list. */
static void check_pairs(overlaps *x, ack_pairs *p)
{
    if (p->n > 1)
        qsort(p->v, p->n, sizeof *p->v, compare_ack_pair);
    for (size_t k = 0; k < p->n; k++)
        if (k == 0 || compare_ack_pair(&p->v[k - 1], &p->v[k]) != 0)
            check_pair(x->ctx, p->v[k].a, p->v[k].b, x->want);
    p->n = 0;
}

static bool generic_ack_pairs(overlaps *x, ack_pairs *p)
{
    for (size_t gi = 0; gi < x->ngen; gi++)
        for (size_t k = 0; k < x->gen[gi]->ack_count; k++) {
            const hv_allocation *t = x->gen[gi]->acks[k].allocation;
            size_t gj = t && !t->owner ? generic_index(x, t) : (size_t)-1;
            if (gj == (size_t)-1 || gj == gi)
                continue;
            size_t lo = gi < gj ? gi : gj, hi = gi < gj ? gj : gi;
            if (!push_pair(p, lo, 0, hi, x->gen[lo], x->gen[hi]))
                return false;
        }
    check_pairs(x, p);
    return true;
}

/* The generics acknowledging allocation `a` (an owned one), from
 * p->gtarget sorted by target. */
static bool acked_by_generics(overlaps *x, ack_pairs *p, size_t ia, const hv_allocation *a)
{
    size_t lo = 0, hi = p->ngtarget;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)p->gtarget[mid].a < (uintptr_t)a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < p->ngtarget && p->gtarget[lo].a == a; lo++) {
        size_t g = p->gtarget[lo].index;
        if (!push_pair(p, ia, 1, g, a, x->gen[g]))
            return false;
    }
    return true;
}

static bool interface_ack_pairs(overlaps *x, ack_pairs *p, const hv_interface *iface)
{
    const hv_allocation *own = iface->allocations;
    for (size_t ia = 0; ia < iface->allocation_count; ia++) {
        for (size_t k = 0; k < own[ia].ack_count; k++) {
            const hv_allocation *t = own[ia].acks[k].allocation;
            bool ok = true;
            if (t && t->owner == iface && t != &own[ia]) {
                size_t ib = (size_t)(t - own), lo = ia < ib ? ia : ib, hi = ia < ib ? ib : ia;
                ok = push_pair(p, lo, 0, hi, &own[lo], &own[hi]);
            } else if (t && !t->owner && generic_index(x, t) != (size_t)-1) {
                ok = push_pair(p, ia, 1, generic_index(x, t), &own[ia], t);
            }
            if (!ok)
                return false;
        }
        if (!acked_by_generics(x, p, ia, &own[ia]))
            return false;
    }
    check_pairs(x, p);
    return true;
}

/* Every acknowledgement a generic allocation makes of an owned one. */
static bool index_generic_acks(const overlaps *x, ack_pairs *p)
{
    size_t cap = 0;
    for (size_t g = 0; g < x->ngen; g++)
        for (size_t k = 0; k < x->gen[g]->ack_count; k++) {
            const hv_allocation *t = x->gen[g]->acks[k].allocation;
            if (!t || !t->owner)
                continue;
            if (!HV_GROW(p->gtarget, p->ngtarget, cap))
                return false;
            p->gtarget[p->ngtarget++] = (ranked){t, (uint32_t)g};
        }
    if (p->ngtarget > 1)
        qsort(p->gtarget, p->ngtarget, sizeof *p->gtarget, compare_by_ptr);
    return true;
}

static bool acknowledged_pairs(overlaps *x)
{
    ack_pairs p = {NULL, 0, 0, NULL, 0};
    bool ok = !x->any_acks || (index_generic_acks(x, &p) && generic_ack_pairs(x, &p));
    for (size_t i = 0; ok && x->any_acks && i < x->ctx->reg->interface_count; i++)
        ok = interface_ack_pairs(x, &p, x->ctx->reg->interfaces[i]);
    free(p.v);
    free(p.gtarget);
    return ok;
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

static void overlaps_of_kind(const hv_check_ctx *ctx, const hv_overlap_kind *want)
{
    overlaps x;
    memset(&x, 0, sizeof x);
    x.ctx = ctx;
    x.want = want;
    x.any_acks = any_acks(ctx->reg);
    if (!generics_setup(&x))
        x.oom = true;
    else if (want->acknowledged)
        x.oom = !acknowledged_pairs(&x);
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

void hv_check_allocation_overlap(const hv_check_ctx *ctx)
{
    overlaps_of_kind(ctx, ctx->data);
}

/* For each offset of the window, the first generic allocation in force
 * (in registry order) that holds it: what a leaf of an interface claiming
 * nothing runs into (such an interface follows nothing, so the first is
 * the one). One pass over the generic allocations, not one per leaf. */
static void first_in_force(const hv_registry *reg, const hv_allocation *first[HV_WINDOW_SIZE])
{
    size_t unset = HV_WINDOW_SIZE;
    memset(first, 0, HV_WINDOW_SIZE * sizeof *first);
    for (size_t i = 0; i < reg->allocation_count && unset; i++) {
        const hv_allocation *g = reg->allocations[i];
        if (g->owner || !hv_allocation_in_window(g) ||
            hv_status_standing(g->status) != HV_STANDING_IN_FORCE)
            continue;
        for (uint32_t o = g->first; o <= g->last; o++)
            if (!first[o]) {
                first[o] = g;
                unset--;
            }
    }
}

static bool follows_resolved(const hv_interface *iface)
{
    for (size_t f = 0; f < iface->follows_count; f++)
        if (!iface->follows[f].allocation)
            return false; /* [unknown-reference] reports it */
    return true;
}

/* A leaf of an interface that claims nothing, inside a generic allocation
 * in force it does not follow: reported at the leaf, or, when the baseline
 * shows the allocation is the newcomer, at that. */
static void in_foreign_generic(const hv_check_ctx *ctx, const hv_leaf *leaf, const hv_allocation *g)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_allocation(g), hv_fp_leaf(leaf), false);
    char d1[160];
    hv_diag *d;
    describe(g, d1, sizeof d1);
    if (c.blamed) {
        d = hv_report(ctx->sink, ctx->check, leaf->loc,
                      "%s leaf 0x%02x lies in the %s, which the interface does not follow; add "
                      "<follows allocation=\"%s\"/> or move the leaf",
                      leaf->iface->id, leaf->offset, d1, g->id);
        hv_diag_add_note(d, g->loc, "'%s' is declared here", g->id);
    } else {
        d = hv_report(ctx->sink, ctx->check, g->loc,
                      "%s covers leaf 0x%02x of interface '%s', which does not follow it; narrow "
                      "the allocation, or have '%s' <follows allocation=\"%s\"/>",
                      d1, leaf->offset, leaf->iface->id, leaf->iface->id, g->id);
        hv_diag_add_note(d, leaf->loc, "%s leaf 0x%02x is defined here", leaf->iface->id,
                         leaf->offset);
    }
    hv_conflict_done(&c, d, ctx->check);
}

static void leaves_outside(const hv_check_ctx *ctx, const hv_interface *iface,
                           const hv_allocation *const first[HV_WINDOW_SIZE])
{
    bool claims = iface->allocation_count || iface->follows_count;
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (!leaf->valid || leaf->offset >= HV_WINDOW_SIZE ||
            (l > 0 && iface->leaves[l - 1].valid && iface->leaves[l - 1].offset == leaf->offset))
            continue; /* one finding per offset, not per sub-leaf */
        if (claims && !hv_interface_holds(iface, leaf->offset)) {
            hv_report(ctx->sink, ctx->check, leaf->loc,
                      "%s leaf 0x%02x lies outside every allocation of the interface; extend an "
                      "<allocation> to cover it, or <follows> the generic allocation it belongs "
                      "to",
                      iface->id, leaf->offset);
            continue;
        }
        const hv_allocation *g = claims ? NULL : first[leaf->offset];
        if (g)
            in_foreign_generic(ctx, leaf, g);
    }
}

void hv_check_leaf_outside_allocation(const hv_check_ctx *ctx)
{
    const hv_allocation *first[HV_WINDOW_SIZE];
    first_in_force(ctx->reg, first);
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        if (follows_resolved(iface))
            leaves_outside(ctx, iface, first);
    }
}
