/* results.c - a set of CPUID results kept sorted by (leaf, sub-leaf) in
 * storage the caller provides, so lookups are binary searches and a
 * duplicate is found on insertion. Dumps list leaves in order, so the usual
 * insertion is an append. */
#include <string.h>

#include "hvcpuid.h"

void hvcpuid_results_init(hvcpuid_results *set, hvcpuid_result *storage, size_t capacity)
{
    set->items = storage;
    set->count = 0;
    set->capacity = capacity;
}

static int key_compare(uint32_t leaf, uint32_t subleaf, const hvcpuid_result *r)
{
    if (leaf != r->leaf)
        return leaf < r->leaf ? -1 : 1;
    if (subleaf != r->subleaf)
        return subleaf < r->subleaf ? -1 : 1;
    return 0;
}

/* Index of the first result not below (leaf, subleaf). */
static size_t lower_bound(const hvcpuid_results *set, uint32_t leaf, uint32_t subleaf)
{
    size_t lo = 0, hi = set->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key_compare(leaf, subleaf, &set->items[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int hvcpuid_results_put(hvcpuid_results *set, const hvcpuid_result *r)
{
    size_t at = set->count;
    if (at > 0 && key_compare(r->leaf, r->subleaf, &set->items[at - 1]) <= 0)
        at = lower_bound(set, r->leaf, r->subleaf);
    if (at < set->count && key_compare(r->leaf, r->subleaf, &set->items[at]) == 0)
        return HVCPUID_PUT_DUPLICATE;
    if (set->count >= set->capacity)
        return HVCPUID_PUT_FULL;
    memmove(&set->items[at + 1], &set->items[at], (set->count - at) * sizeof *r);
    set->items[at] = *r;
    set->count++;
    return HVCPUID_PUT_OK;
}

const hvcpuid_result *hvcpuid_results_find(const hvcpuid_results *set, uint32_t leaf,
                                           uint32_t subleaf)
{
    size_t at = lower_bound(set, leaf, subleaf);
    if (at < set->count && key_compare(leaf, subleaf, &set->items[at]) == 0)
        return &set->items[at];
    return NULL;
}

size_t hvcpuid_results_lower_bound(const hvcpuid_results *set, uint32_t leaf)
{
    return lower_bound(set, leaf, 0);
}
