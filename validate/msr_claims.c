/* validate/msr_claims.c - the MSR collision model (see validate/msr_claims.h):
 * one answer to "which MSRs does this interface occupy where a product shows
 * it", for the MSR checks, the HTML MSR map, the headers and decode. */
#include "validate/msr_claims.h"

#include <stdlib.h>

bool hv_msr_base_at(const hv_interface *iface, const hv_presents *pr, uint32_t *base)
{
    const hv_msr_base *mb = &iface->msr_base;
    if (!mb->present || !mb->valid)
        return false;
    *base = pr && pr->has_msr_base && pr->msr_base_valid ? pr->msr_base : mb->default_base;
    return true;
}

static void insert_sorted(uint32_t *bases, size_t *n, size_t max, uint32_t v)
{
    size_t i = 0;
    while (i < *n && bases[i] < v)
        i++;
    if ((i < *n && bases[i] == v) || *n >= max)
        return;
    for (size_t k = *n; k > i; k--)
        bases[k] = bases[k - 1];
    bases[i] = v;
    (*n)++;
}

size_t hv_interface_msr_bases(const hv_interface *iface, uint32_t *bases, size_t max)
{
    size_t n = 0;
    if (!iface->msr_base.present || !iface->msr_base.valid)
        return 0;
    insert_sorted(bases, &n, max, iface->msr_base.default_base);
    for (size_t p = 0; p < iface->placement_count; p++) {
        const hv_presents *pr = iface->placements[p];
        if (pr->has_msr_base && pr->msr_base_valid)
            insert_sorted(bases, &n, max, pr->msr_base);
    }
    return n;
}

bool hv_msr_relocate(const hv_interface *iface, const hv_presents *pr, uint32_t *first,
                     uint32_t *last)
{
    uint32_t at = 0;
    if (!hv_msr_base_at(iface, pr, &at))
        return true; /* fixed addresses */
    int64_t delta = (int64_t)at - (int64_t)iface->msr_base.default_base;
    int64_t f = (int64_t)*first + delta, l = (int64_t)*last + delta;
    if (f < 0 || l > (int64_t)UINT32_MAX)
        return false;
    *first = (uint32_t)f;
    *last = (uint32_t)l;
    return true;
}

bool hv_presents_implements(const hv_presents *pr, const hv_msr *msr)
{
    if (!pr || !pr->msrs.present)
        return true;
    size_t lo = 0, hi = pr->msrs.sorted_count;
    while (lo < hi) { /* the list is sorted by address in memory */
        size_t mid = lo + (hi - lo) / 2;
        if (pr->msrs.sorted[mid] == msr)
            return true;
        if (pr->msrs.sorted[mid] < msr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool hv_msr_in_software_range(uint32_t first, uint32_t last)
{
    return first >= HV_MSR_SOFTWARE_FIRST && last <= HV_MSR_SOFTWARE_LAST;
}

void hv_msr_claims(const hv_interface *iface, const hv_presents *pr, hv_msr_claim_fn fn, void *arg)
{
    for (size_t a = 0; a < iface->msr_allocation_count; a++) {
        const hv_allocation *al = &iface->msr_allocations[a];
        uint32_t first = al->first, last = al->last;
        if (!al->valid || first > last || hv_status_retired(al->status) ||
            !hv_msr_relocate(iface, pr, &first, &last))
            continue;
        fn(arg, &(hv_msr_claim){HV_MSR_CLAIM_ALLOCATION, first, last, iface, al, NULL});
    }
    for (size_t m = 0; m < iface->msr_count; m++) {
        const hv_msr *msr = &iface->msrs[m];
        uint32_t first = msr->address;
        uint32_t last = first;
        if (!msr->valid || !hv_presents_implements(pr, msr) ||
            !hv_msr_relocate(iface, pr, &first, &last))
            continue;
        fn(arg, &(hv_msr_claim){HV_MSR_CLAIM_MSR, first, last, iface, NULL, msr});
    }
}

typedef struct appending {
    hv_msr_claim_list *list;
    bool oom;
} appending;

static void append_claim(void *arg, const hv_msr_claim *c)
{
    appending *ap = arg;
    hv_msr_claim_list *l = ap->list;
    if (ap->oom)
        return;
    if (l->count == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 16;
        hv_msr_claim *p = realloc(l->items, cap * sizeof *p);
        if (!p) {
            ap->oom = true;
            return;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->count++] = *c;
}

bool hv_msr_claims_append(const hv_interface *iface, const hv_presents *pr, hv_msr_claim_list *list)
{
    appending ap = {list, false};
    hv_msr_claims(iface, pr, append_claim, &ap);
    return !ap.oom;
}

void hv_msr_claim_list_free(hv_msr_claim_list *list)
{
    free(list->items);
    *list = (hv_msr_claim_list){NULL, 0, 0};
}
