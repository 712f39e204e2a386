/* identify.c - which hypervisor interfaces a set of CPUID results shows.
 *
 * Every 0x100-aligned base from 0x40000000 to 0x4000FF00 is examined, as
 * Linux's hypervisor_cpuid_base() does. A base is a registered interface when
 * base+1 EAX holds an interface signature ("Hv#1") or base EBX:ECX:EDX a
 * vendor signature of the tables; otherwise it is an unknown hypervisor when
 * its EAX is a plausible max leaf or its signature is text. Bases that only
 * repeat other data are not hypervisors: zeros, the highest basic leaf
 * (Intel's answer to an out-of-range leaf) or a leaf of a hypervisor found
 * below (bhyve answers every higher leaf with its features leaf). */
#include <string.h>

#include "hvcpuid-runtime.h"

static void signature_of(const hvcpuid_result *r, uint8_t sig[12])
{
    for (unsigned k = 0; k < 3; k++)
        for (unsigned b = 0; b < 4; b++)
            sig[k * 4 + b] = (uint8_t)(r->regs[k + 1] >> (8 * b));
}

static int all_zero(const hvcpuid_result *r)
{
    return (r->regs[0] | r->regs[1] | r->regs[2] | r->regs[3]) == 0;
}

/* Printable ASCII, with NUL padding only at the end, starting with a
 * printable byte: what every known vendor string looks like. */
static int textual(const uint8_t sig[12])
{
    unsigned i = 0;
    while (i < 12 && sig[i] >= 0x20 && sig[i] < 0x7f)
        i++;
    if (i < 4)
        return 0;
    while (i < 12 && sig[i] == 0)
        i++;
    return i == 12;
}

/* The base's result: sub-leaf 0, or the first given. */
static const hvcpuid_result *leaf_result(const hvcpuid_results *set, uint32_t leaf)
{
    size_t i = hvcpuid_results_lower_bound(set, leaf);
    return i < set->count && set->items[i].leaf == leaf ? &set->items[i] : NULL;
}

static int same_regs(const hvcpuid_result *a, const hvcpuid_result *b)
{
    return memcmp(a->regs, b->regs, sizeof a->regs) == 0;
}

/* A leaf of an interface found below that `r` repeats, or HVCPUID_NONE. */
static uint32_t mirrored_leaf(const hvcpuid_analysis *a, const hvcpuid_results *set,
                              const hvcpuid_result *r)
{
    for (unsigned k = 0; k < a->found_count; k++) {
        const hvcpuid_found *f = &a->found[k];
        for (size_t i = hvcpuid_results_lower_bound(set, f->base);
             i < set->count && set->items[i].leaf <= f->max_leaf; i++)
            if (same_regs(&set->items[i], r))
                return set->items[i].leaf;
    }
    return HVCPUID_NONE;
}

static void set_max_leaf(hvcpuid_found *f)
{
    uint32_t eax = f->max_leaf_reported;
    if (eax < f->base) {
        f->max_leaf = f->base + 1; /* cpuid.rst: old KVM hosts report 0 */
        f->max_quirk = HVCPUID_MAX_BELOW_BASE;
    } else if (eax > f->base + 0xFFu) {
        f->max_leaf = f->base + 0xFFu;
        f->max_quirk = HVCPUID_MAX_CLAMPED;
    } else {
        f->max_leaf = eax;
    }
}

/* Recognises a registered interface at the base; 0 when none matches. */
static int identify_known(const hvcpuid_tables *t, const hvcpuid_results *set, hvcpuid_found *f)
{
    const hvcpuid_result *r1 = leaf_result(set, f->base + 1);
    const hvcpuid_interface *by_vendor = hvcpuid_find_by_vendor_sig(t, f->signature);
    const hvcpuid_interface *by_iface = NULL;
    if (r1) {
        uint8_t isig[4];
        for (unsigned b = 0; b < 4; b++)
            isig[b] = (uint8_t)(r1->regs[0] >> (8 * b));
        by_iface = hvcpuid_find_by_interface_sig(t, isig);
    }
    if (by_iface) { /* the TLFS: the interface, not the vendor, decides */
        f->iface = by_iface;
        f->how = HVCPUID_BY_INTERFACE_SIG;
        f->signature_mismatch = by_vendor != by_iface && by_iface->has_vendor_signature &&
                                memcmp(by_iface->vendor_signature, f->signature, 12) != 0;
        return 1;
    }
    if (by_vendor) {
        f->iface = by_vendor;
        f->how = HVCPUID_BY_VENDOR_SIG;
        f->signature_mismatch = by_vendor->has_interface_signature != 0;
        return 1;
    }
    return 0;
}

static uint32_t highest_basic_leaf(const hvcpuid_results *set)
{
    const hvcpuid_result *r0 = hvcpuid_results_find(set, 0, 0);
    return r0 ? r0->regs[0] : HVCPUID_NONE;
}

/* Classifies one base and, for a hypervisor, appends it to a->found. */
static void examine_base(const hvcpuid_tables *t, const hvcpuid_results *set, hvcpuid_analysis *a,
                         unsigned index)
{
    uint32_t base = HVCPUID_RANGE_FIRST + index * 0x100u;
    const hvcpuid_result *r = leaf_result(set, base);
    const hvcpuid_result *basic = NULL;
    uint32_t hb = highest_basic_leaf(set), ref;
    if (hb != HVCPUID_NONE && hb <= 0xFFu)
        basic = hvcpuid_results_find(set, hb, 0);
    a->base_ref[index] = HVCPUID_NONE;
    if (!r) {
        a->base_kind[index] = HVCPUID_BASE_ABSENT;
        return;
    }
    if (a->found_count && hvcpuid_owner(a, base)) {
        a->base_kind[index] = HVCPUID_BASE_INSIDE;
        return;
    }
    if (all_zero(r)) {
        a->base_kind[index] = HVCPUID_BASE_EMPTY;
        return;
    }
    if (basic && same_regs(basic, r)) {
        a->base_kind[index] = HVCPUID_BASE_ECHO;
        a->base_ref[index] = hb;
        return;
    }
    if ((ref = mirrored_leaf(a, set, r)) != HVCPUID_NONE) {
        a->base_kind[index] = HVCPUID_BASE_MIRROR;
        a->base_ref[index] = ref;
        return;
    }
    hvcpuid_found *f = &a->found[a->found_count];
    memset(f, 0, sizeof *f);
    f->base = base;
    f->max_leaf_reported = r->regs[0];
    signature_of(r, f->signature);
    if (identify_known(t, set, f)) {
        a->base_kind[index] = HVCPUID_BASE_KNOWN;
    } else if ((r->regs[0] >= base && r->regs[0] <= base + 0xFFu) || textual(f->signature)) {
        a->base_kind[index] = HVCPUID_BASE_UNKNOWN;
    } else {
        a->base_kind[index] = HVCPUID_BASE_NOISE;
        return;
    }
    set_max_leaf(f);
    a->found_count++;
}

const hvcpuid_found *hvcpuid_owner(const hvcpuid_analysis *a, uint32_t leaf)
{
    for (unsigned k = 0; k < a->found_count; k++) /* at most one per base, in order */
        if (leaf >= a->found[k].base && leaf <= a->found[k].max_leaf)
            return &a->found[k];
    return NULL;
}

/* Whether the interface `index` is found at `base` showing the placement's
 * vendor string. */
static int placement_found(const hvcpuid_tables *t, const hvcpuid_analysis *a,
                           const hvcpuid_placement *p)
{
    for (unsigned k = 0; k < a->found_count; k++) {
        const hvcpuid_found *f = &a->found[k];
        if (f->base == p->base && f->iface == &t->interfaces[p->interface] &&
            (!p->has_signature || memcmp(p->signature, f->signature, 12) == 0))
            return 1;
    }
    return 0;
}

/* The products whose every placement is found, keeping those with the most
 * placements (a product presenting more of what is found explains more). */
static void match_products(const hvcpuid_tables *t, hvcpuid_analysis *a)
{
    uint32_t best = 0;
    a->product_count = a->product_total = 0;
    for (uint32_t h = 0; h < t->hypervisor_count; h++) {
        const hvcpuid_hypervisor *hv = &t->hypervisors[h];
        uint32_t i = 0;
        while (i < hv->presents_count && placement_found(t, a, &hv->presents[i]))
            i++;
        if (i == 0 || i < hv->presents_count || i < best)
            continue;
        if (i > best) {
            best = i;
            a->product_count = a->product_total = 0;
        }
        a->product_total++;
        if (a->product_count < sizeof a->products / sizeof a->products[0])
            a->products[a->product_count++] = hv;
    }
}

void hvcpuid_analyze(const hvcpuid_tables *t, const hvcpuid_results *results, hvcpuid_analysis *a)
{
    const hvcpuid_result *r1 = hvcpuid_results_find(results, 1, 0);
    memset(a, 0, sizeof *a);
    a->hypervisor_present = r1 ? (int)(r1->regs[HVCPUID_ECX] >> 31) : -1;
    for (unsigned i = 0; i < HVCPUID_BASE_COUNT; i++)
        examine_base(t, results, a, i);
    match_products(t, a);
}
