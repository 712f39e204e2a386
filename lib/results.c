/* results.c - a set of CPUID results kept sorted by (leaf, sub-leaf) in
 * storage the caller provides, so lookups are binary searches. Two ways in:
 * an ordered insertion that refuses a duplicate at once (the probe's few
 * results), or appends followed by one in-place heap sort that finds the
 * duplicates afterwards (a dump, whose lines may come in any order: an
 * insertion each would move the results above it, quadratic in the worst
 * case). Nothing is allocated, and no libc beyond <string.h>. */
#include <string.h>

#include "hvcpuid-runtime.h"

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

int hvcpuid_results_append(hvcpuid_results *set, const hvcpuid_result *r)
{
    if (set->count >= set->capacity)
        return HVCPUID_PUT_FULL;
    set->items[set->count++] = *r;
    return HVCPUID_PUT_OK;
}

/* Orders by (leaf, sub-leaf), then by dump line, so equal keys sit with the
 * earliest line first. */
static int sort_less(const hvcpuid_result *a, const hvcpuid_result *b)
{
    int c = key_compare(a->leaf, a->subleaf, b);
    return c < 0 || (c == 0 && a->line < b->line);
}

static void swap_results(hvcpuid_result *a, hvcpuid_result *b)
{
    hvcpuid_result t = *a;
    *a = *b;
    *b = t;
}

/* Moves items[root] down the max-heap items[0..n). */
static void sift_down(hvcpuid_result *items, size_t root, size_t n)
{
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && sort_less(&items[child], &items[child + 1]))
            child++;
        if (!sort_less(&items[root], &items[child]))
            return;
        swap_results(&items[root], &items[child]);
        root = child;
    }
}

static void heap_sort(hvcpuid_result *items, size_t n)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(items, i, n);
    for (size_t end = n; end > 1; end--) {
        swap_results(&items[0], &items[end - 1]);
        sift_down(items, 0, end - 1);
    }
}

const hvcpuid_result *hvcpuid_results_sort(hvcpuid_results *set)
{
    hvcpuid_result *items = set->items;
    size_t n = set->count, sorted = 1;
    while (sorted < n && sort_less(&items[sorted - 1], &items[sorted]))
        sorted++;
    if (sorted < n) /* dumps are usually in order already: then nothing moves */
        heap_sort(items, n);
    for (size_t i = 1; i < n; i++)
        if (key_compare(items[i].leaf, items[i].subleaf, &items[i - 1]) == 0)
            return &items[i];
    return NULL;
}
