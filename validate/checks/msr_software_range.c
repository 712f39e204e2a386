/* validate/checks/msr_software_range.c - [msr-software-range]: MSR
 * allocations, where an interface puts them and where a product relocates
 * them, inside 0x40000000..0x400000ff, the range Intel's SDM keeps free of
 * architectural MSRs (docs/checks.md, "The software MSR range"); what has
 * shipped outside it says why with <acknowledge check="msr-software-range">,
 * and a newcomer's warning names the nearest acknowledged precedent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/msr_claims.h"

#define SOFTWARE_CHECK "msr-software-range"

/* The acknowledged MSR allocations of the registry, by address: the
 * precedents a newcomer's warning points at. */
typedef struct precedents {
    const hv_allocation **items;
    size_t count;
} precedents;

static int compare_allocation_firsts(const void *pa, const void *pb)
{
    const hv_allocation *a = *(const hv_allocation *const *)pa;
    const hv_allocation *b = *(const hv_allocation *const *)pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return hv_loc_compare(a->loc, b->loc);
}

static precedents gather_precedents(const hv_registry *reg)
{
    precedents p = {NULL, 0};
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        n += reg->interfaces[i]->msr_allocation_count;
    p.items = malloc((n + 1) * sizeof *p.items);
    for (size_t i = 0; p.items && i < reg->interface_count; i++)
        for (size_t a = 0; a < reg->interfaces[i]->msr_allocation_count; a++) {
            const hv_allocation *al = &reg->interfaces[i]->msr_allocations[a];
            if (al->valid && hv_check_acks_find(&al->check_acks, SOFTWARE_CHECK) &&
                !hv_msr_in_software_range(al->first, al->last))
                p.items[p.count++] = al;
        }
    if (p.count > 1)
        qsort(p.items, p.count, sizeof *p.items, compare_allocation_firsts);
    return p;
}

/* The acknowledged allocation starting nearest `addr`, other than `self`. */
static const hv_allocation *nearest(const precedents *p, uint32_t addr, const hv_allocation *self)
{
    size_t lo = 0, hi = p->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->items[mid]->first < addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    const hv_allocation *best = NULL;
    uint32_t best_gap = 0;
    for (size_t k = lo >= 2 ? lo - 2 : 0; k < lo + 2 && k < p->count; k++) {
        const hv_allocation *c = p->items[k];
        if (c == self)
            continue;
        uint32_t gap = c->first > addr ? c->first - addr : addr - c->first;
        if (!best || gap < best_gap) {
            best = c;
            best_gap = gap;
        }
    }
    return best;
}

static void outside_range(const hv_check_ctx *ctx, const precedents *p, hv_loc loc,
                          const char *what, uint32_t first, uint32_t last,
                          const hv_allocation *self)
{
    const hv_allocation *pre = nearest(p, first, self);
    hv_diag *d = hv_report(ctx->sink, ctx->check, loc,
                           "%s 0x%08x..0x%08x, outside 0x%08x..0x%08x, the MSR range Intel's "
                           "SDM keeps free of architectural MSRs, so a processor may define "
                           "these; move it into that range, or, if it has shipped, say why "
                           "with <acknowledge check=\"" SOFTWARE_CHECK "\">reason</acknowledge>",
                           what, first, last, HV_MSR_SOFTWARE_FIRST, HV_MSR_SOFTWARE_LAST);
    if (pre) {
        const hv_check_ack *ack = hv_check_acks_find(&pre->check_acks, SOFTWARE_CHECK);
        hv_diag_add_note(d, ack->loc, "'%s' acknowledges its MSR allocation 0x%08x..0x%08x: %.200s",
                         pre->owner->id, pre->first, pre->last, ack->reason ? ack->reason : "");
    }
}

/* An acknowledgement with nothing outside the range to excuse; `why` says
 * why there is nothing. */
static void stale_ack(const hv_check_ctx *ctx, const hv_check_ack *ack, const char *why)
{
    hv_report(ctx->sink, ctx->check, ack->loc,
              "this <acknowledge check=\"" SOFTWARE_CHECK "\"> acknowledges nothing: %s; "
              "remove it",
              why);
}

static void allocations_in_range(const hv_check_ctx *ctx, const precedents *p,
                                 const hv_interface *iface)
{
    char what[160];
    for (size_t a = 0; a < iface->msr_allocation_count; a++) {
        const hv_allocation *al = &iface->msr_allocations[a];
        if (!al->valid || al->first > al->last || hv_status_retired(al->status))
            continue;
        const hv_check_ack *ack = hv_check_acks_find(&al->check_acks, SOFTWARE_CHECK);
        bool inside = hv_msr_in_software_range(al->first, al->last);
        snprintf(what, sizeof what, "MSR allocation of interface '%s' lies at", iface->id);
        if (!inside && !ack)
            outside_range(ctx, p, al->loc, what, al->first, al->last, al);
        snprintf(what, sizeof what,
                 "MSR allocation 0x%08x..0x%08x of interface '%s' lies inside 0x%08x..0x%08x",
                 al->first, al->last, iface->id, HV_MSR_SOFTWARE_FIRST, HV_MSR_SOFTWARE_LAST);
        if (inside && ack)
            stale_ack(ctx, ack, what);
    }
}

/* A product that moves a relocatable interface answers for where it puts
 * the MSR allocations. */
static void placement_in_range(const hv_check_ctx *ctx, const precedents *p,
                               const hv_hypervisor *hv, const hv_presents *pr)
{
    const hv_check_ack *ack = hv_check_acks_find(&pr->check_acks, SOFTWARE_CHECK);
    char what[160];
    if (!pr->iface || !pr->has_msr_base || !pr->msr_base_valid || !pr->iface->msr_base.present) {
        snprintf(what, sizeof what, "this <presents> moves no MSR base");
        if (ack)
            stale_ack(ctx, ack, what);
        return;
    }
    for (size_t a = 0; a < pr->iface->msr_allocation_count; a++) {
        const hv_allocation *al = &pr->iface->msr_allocations[a];
        uint32_t first = al->first, last = al->last;
        if (!al->valid || first > last || hv_status_retired(al->status))
            continue;
        if (!hv_msr_relocate(pr->iface, pr, &first, &last))
            return; /* out of MSR space: [msr-placement-overlap]'s finding */
        if (hv_msr_in_software_range(first, last))
            continue;
        if (!ack) {
            snprintf(what, sizeof what, "hypervisor '%s' places an MSR allocation of '%s' at",
                     hv->id, pr->iface->id);
            outside_range(ctx, p, pr->msr_base_loc, what, first, last, NULL);
        }
        return;
    }
    snprintf(what, sizeof what,
             "every MSR allocation of '%s' stays inside 0x%08x..0x%08x where hypervisor '%s' "
             "places it",
             pr->iface->id, HV_MSR_SOFTWARE_FIRST, HV_MSR_SOFTWARE_LAST, hv->id);
    if (ack)
        stale_ack(ctx, ack, what);
}

void hv_check_msr_software_range(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    precedents p = gather_precedents(reg);
    for (size_t i = 0; i < reg->interface_count; i++)
        allocations_in_range(ctx, &p, reg->interfaces[i]);
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t k = 0; k < reg->hypervisors[h]->presents_count; k++)
            placement_in_range(ctx, &p, reg->hypervisors[h], &reg->hypervisors[h]->presents[k]);
    free(p.items);
}
