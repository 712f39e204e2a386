/* validate/checks/placement.c - where interfaces are placed: bases that are real
 * hypervisor bases and respect min-base, at most HV_MAX_INTERFACE_BASES of
 * them per interface ([base-range]), and interfaces a product places at one
 * base that do not use the same offsets unless one declares that it
 * overrides the other, nor the same interface twice ([placement-overlap]). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"

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

/* By interface id, then base, then source order. */
static int compare_presents(const void *pa, const void *pb)
{
    const hv_presents *a = *(const hv_presents *const *)pa, *b = *(const hv_presents *const *)pb;
    int c = strcmp(a->interface_id, b->interface_id);
    if (c)
        return c;
    if (a->base != b->base)
        return a->base < b->base ? -1 : 1;
    return (a > b) - (a < b); /* one array: address order is source order */
}

/* A product presenting one interface at one base twice (identical or not)
 * says nothing new, or contradicts itself: each repeat is a finding, found
 * by sorting so that any number of repeats costs n log n. */
static void repeated_presents(const hv_check_ctx *ctx, const hv_hypervisor *hv)
{
    const hv_presents **sorted = malloc((hv->presents_count + 1) * sizeof *sorted);
    size_t n = 0;
    if (!sorted) {
        hv_report(ctx->sink, ctx->check, hv->loc, "out of memory checking %zu placements",
                  hv->presents_count);
        return;
    }
    for (size_t p = 0; p < hv->presents_count; p++)
        if (hv->presents[p].valid && hv->presents[p].interface_id)
            sorted[n++] = &hv->presents[p];
    qsort(sorted, n, sizeof *sorted, compare_presents);
    for (size_t i = 1, first = 0; i < n; i++) {
        if (sorted[first]->base != sorted[i]->base ||
            strcmp(sorted[first]->interface_id, sorted[i]->interface_id) != 0) {
            first = i;
            continue;
        }
        hv_diag *d = hv_report(ctx->sink, ctx->check, sorted[i]->loc,
                               "hypervisor '%s' presents '%s' at base 0x%08x again; present an "
                               "interface at a base once",
                               hv->id, sorted[i]->interface_id, sorted[i]->base);
        hv_diag_add_note(d, sorted[first]->loc, "first presented here");
    }
    free(sorted);
}

void hv_check_placement_overlap(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        repeated_presents(ctx, hv);
        for (size_t j = 1; j < hv->presents_count; j++) {
            const hv_presents *b = &hv->presents[j];
            if (!b->valid || !b->iface)
                continue;
            for (size_t i = 0; i < j; i++) {
                const hv_presents *a = &hv->presents[i];
                if (a->valid && a->iface && a->iface != b->iface && a->base == b->base &&
                    !hv_presents_overrides(a, b))
                    placement_pair(ctx, hv, a, b);
            }
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

/* Every base repeats an interface's leaves in the C headers and its fields
 * in both kcpuid CSVs: bases are what multiplies gen's output (one
 * interface at all 256 bases made 298 MB of a 272 KB registry). Real
 * interfaces sit at one base or two. */
#define HV_MAX_INTERFACE_BASES 16

static void too_many_bases(const hv_check_ctx *ctx, const hv_interface *iface)
{
    if (iface->base_count <= HV_MAX_INTERFACE_BASES)
        return;
    hv_diag *d = hv_report(ctx->sink, ctx->check, iface->loc,
                           "interface '%s' is registered at %zu bases, more than %d; every base "
                           "repeats its leaves and fields in the generated outputs",
                           iface->id, iface->base_count, HV_MAX_INTERFACE_BASES);
    for (size_t p = 0; p < iface->placement_count; p++)
        if (iface->placements[p]->base == iface->bases[HV_MAX_INTERFACE_BASES]) {
            hv_diag_add_note(d, iface->placements[p]->loc, "base %zu of it is placed here",
                             (size_t)HV_MAX_INTERFACE_BASES + 1);
            break;
        }
}

void hv_check_base_range(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        too_many_bases(ctx, iface);
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
