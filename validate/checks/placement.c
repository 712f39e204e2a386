/* validate/checks/placement.c - where interfaces are placed: bases that are real
 * hypervisor bases and respect min-base ([base-range]), and interfaces a
 * product places at one base that do not use the same offsets unless one
 * declares that it overrides the other ([placement-overlap]). */
#include <stdio.h>

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

void hv_check_placement_overlap(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
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

void hv_check_base_range(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
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
