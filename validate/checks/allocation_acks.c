/* validate/checks/allocation_acks.c - the pairs of [acknowledged-overlap].
 *
 * [acknowledged-overlap] reports only pairs an <acknowledges> names, so they
 * are taken from those lists (linear in the acknowledgements, never a pair
 * loop) and met in the order the pair loop meets them: the generic pairs by
 * index, then each interface's, by its allocation and then its own later
 * ones before the generic ones. */
#include <stdint.h>
#include <stdlib.h>

#include "validate/checks/allocation_overlaps.h"
#include "validate/util/grow.h"

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
            hv_alloc_check_pair(x->ctx, p->v[k].a, p->v[k].b, x->want);
    p->n = 0;
}

static bool generic_ack_pairs(overlaps *x, ack_pairs *p)
{
    for (size_t gi = 0; gi < x->ngen; gi++)
        for (size_t k = 0; k < x->gen[gi]->ack_count; k++) {
            const hv_allocation *t = x->gen[gi]->acks[k].allocation;
            size_t gj = t && !t->owner ? hv_alloc_generic_index(x, t) : (size_t)-1;
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
            } else if (t && !t->owner && hv_alloc_generic_index(x, t) != (size_t)-1) {
                ok = push_pair(p, ia, 1, hv_alloc_generic_index(x, t), &own[ia], t);
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
        qsort(p->gtarget, p->ngtarget, sizeof *p->gtarget, hv_alloc_compare_by_ptr);
    return true;
}

bool hv_alloc_acknowledged_pairs(overlaps *x)
{
    ack_pairs p = {NULL, 0, 0, NULL, 0};
    bool ok = !x->any_acks || (index_generic_acks(x, &p) && generic_ack_pairs(x, &p));
    for (size_t i = 0; ok && x->any_acks && i < x->ctx->reg->interface_count; i++)
        ok = interface_ack_pairs(x, &p, x->ctx->reg->interfaces[i]);
    free(p.v);
    free(p.gtarget);
    return ok;
}
