/* validate/checks/placement.c - where interfaces are placed: bases that are real
 * hypervisor bases and respect min-base, at most HV_MAX_INTERFACE_BASES of
 * them per interface ([base-range]), and interfaces a product places at one
 * base that do not claim the same offsets unless one declares that it
 * overrides the other, which it may not against an interface identified by
 * an interface signature, nor the same interface twice ([placement-overlap]).
 * This file says what a colliding pair and a repeat are and how they read;
 * placement_groups.c finds the pairs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/checks/placement_groups.h"
#include "validate/claims.h"
#include "validate/parse.h"

/* The override to suggest for two colliding interfaces, or NULL when none
 * may be declared (both are identified by interface signatures). The one
 * that may take precedence is the one an override is allowed against the
 * other: `later` (the one reported at) over `earlier` when both may. */
static const char *suggest_override(const hv_presents *earlier, const hv_presents *later, char *buf,
                                    size_t cap)
{
    const hv_presents *over = later, *under = earlier;
    if (!hv_override_allowed(under->iface)) {
        over = earlier;
        under = later;
    }
    if (!hv_override_allowed(under->iface))
        return NULL;
    snprintf(buf, cap,
             ", or, if '%s' replaces the other's leaves there, say so (overrides=\"%s\" "
             "on '%s')",
             over->iface->id, under->iface->id, over->iface->id);
    return buf;
}

/* Two interfaces one product shows at one base collide where both claim an
 * offset (claims.h: leaves and identifying signatures, and the room their
 * allocations hold). Reported at the later placement, or at the newcomer
 * against a baseline (validate/blame.h). */
static void placement_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                           const hv_presents *b)
{
    hv_offsets claimed_a = {{false}}, claimed_b = {{false}}, both = {{false}};
    hv_offsets_of_interface(a->iface, a, HV_OFFSETS_CLAIMED, &claimed_a);
    hv_offsets_of_interface(b->iface, b, HV_OFFSETS_CLAIMED, &claimed_b);
    bool any = false;
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        any |= both.at[o] = claimed_a.at[o] && claimed_b.at[o];
    if (!any)
        return;
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_placement(a), hv_fp_placement(b), false);
    const hv_presents *blamed = c.blamed ? b : a, *other = c.blamed ? a : b;
    hv_strbuf offsets;
    hv_strbuf_init(&offsets);
    hv_offsets_format(&both, &offsets);
    char fix[256];
    const char *override = suggest_override(other, blamed, fix, sizeof fix);
    hv_diag *d = hv_report(ctx->sink, ctx->check, blamed->loc,
                           "hypervisor '%s' presents '%s' and '%s' at base 0x%08x, and both claim "
                           "offsets %s there; place one at another base%s",
                           hv->id, a->iface->id, b->iface->id, b->base, hv_strbuf_cstr(&offsets),
                           override ? override
                                    : " (both are identified by interface signatures at base+1, "
                                      "so neither may override the other)");
    hv_diag_add_note(d, other->loc, "'%s' is placed here", other->iface->id);
    hv_strbuf_free(&offsets);
    hv_conflict_done(&c, d, ctx->check);
}

/* `over` declares overrides= against an interface identified by an
 * interface signature: that keeps the signature while replacing what it
 * stands for, which the collision model refuses (claims.h). */
static void forbidden_override(const hv_check_ctx *ctx, const hv_hypervisor *hv,
                               const hv_presents *over, const hv_presents *under)
{
    char sig[32], fix[256] = "";
    hv_format_signature(under->iface->iface_sig.bytes, under->iface->iface_sig.len, sig,
                        sizeof sig);
    if (hv_override_allowed(over->iface))
        snprintf(fix, sizeof fix,
                 ", or, if '%s' takes precedence, say so (overrides=\"%s\" on "
                 "'%s')",
                 under->iface->id, over->iface->id, under->iface->id);
    hv_diag *d = hv_report(ctx->sink, ctx->check, over->loc,
                           "hypervisor '%s' presents '%s' at base 0x%08x with overrides=\"%s\", "
                           "but '%s' is identified by interface signature %s at base+1, which "
                           "gives the offsets after it their meaning: replacing its leaves while "
                           "keeping %s breaks every guest of '%s'; place '%s' at another base%s",
                           hv->id, over->iface->id, over->base, under->iface->id, under->iface->id,
                           sig, sig, under->iface->id, over->iface->id, fix);
    hv_diag_add_note(d, under->loc, "'%s' is placed here", under->iface->id);
}

bool hv_place_declares(const hv_presents *over, const hv_presents *under)
{
    return over->overrides && strcmp(over->overrides, under->iface->id) == 0;
}

/* One finding per pair: a forbidden override, or the overlap of two that
 * neither (allowed) override excuses. */
void hv_place_check_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                         const hv_presents *b)
{
    if (hv_presents_overrides(a, b))
        return;
    if (hv_place_declares(b, a))
        forbidden_override(ctx, hv, b, a);
    else if (hv_place_declares(a, b))
        forbidden_override(ctx, hv, a, b);
    else
        placement_pair(ctx, hv, a, b);
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
void hv_place_check_repeats(const hv_check_ctx *ctx, const hv_hypervisor *hv)
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
