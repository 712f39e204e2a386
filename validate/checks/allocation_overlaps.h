/* validate/checks/allocation_overlaps.h - between the allocation overlap
 * checks' policy (allocations.c: which pairs each check reports, how a
 * finding reads, who is blamed) and what finds the pairs without comparing
 * every allocation with every other (allocation_overlaps.c, and
 * allocation_acks.c for [acknowledged-overlap]). Internal to those files. */
#ifndef HVCPUID_CHECKS_ALLOCATION_OVERLAPS_H
#define HVCPUID_CHECKS_ALLOCATION_OVERLAPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"

#define HV_ALLOC_SHOWN 3 /* the others a per-range finding names */

/* ---- the policy (allocations.c) ---------------------------------------------- */

/* Reports the pair when it overlaps in one namespace and is `want`'s. */
void hv_alloc_check_pair(const hv_check_ctx *ctx, const hv_allocation *a, const hv_allocation *b,
                         const hv_overlap_kind *want);
/* Does an acknowledgement take the pair out of the standing checks? */
bool hv_alloc_excused(const hv_allocation *a, const hv_allocation *b);
/* One finding for a range where many allocations overlap: at `at`, naming
 * the first `nshown` (at least one) of the `others`. */
void hv_alloc_report_range(const hv_check_ctx *ctx, const hv_overlap_kind *want,
                           const hv_allocation *at, const hv_allocation *const *shown,
                           size_t nshown, size_t others, unsigned lo, unsigned hi);

/* ---- finding the pairs (allocation_overlaps.c, allocation_acks.c) ---------------- */

typedef struct ranked {
    const hv_allocation *a;
    uint32_t index;
} ranked;

/* items[start[o]..start[o+1]) are the indices (into `set`) of the set's
 * in-window allocations covering offset o, strongest and earliest first. */
typedef struct coverage {
    const hv_allocation *const *set;
    size_t n;
    size_t start[HV_WINDOW_SIZE + 1];
    uint32_t *items;
} coverage;

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

/* Runs the check of `want` over the whole registry. */
void hv_alloc_find_overlaps(const hv_check_ctx *ctx, const hv_overlap_kind *want);
/* Index of a generic allocation in x->gen, or (size_t)-1. */
size_t hv_alloc_generic_index(const overlaps *x, const hv_allocation *g);
/* qsort order of `ranked` by allocation address. */
int hv_alloc_compare_by_ptr(const void *pa, const void *pb);
/* [acknowledged-overlap]'s pairs, from the <acknowledges> lists; false
 * when out of memory. */
bool hv_alloc_acknowledged_pairs(overlaps *x);

#endif
