/* validate/checks/leaves.c - checks over an interface's leaves and allocations: offsets
 * inside the base window, one definition per leaf, max-leaf coverage. */
#include <stdio.h>

#include "validate/checks/internal.h"

#define WINDOW_LAST 0xFFu

void hv_check_leaf_offset_range(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t l = 0; l < iface->leaf_count; l++) {
            const hv_leaf *leaf = &iface->leaves[l];
            if (leaf->valid && leaf->offset > WINDOW_LAST)
                hv_report(ctx->sink, ctx->check, leaf->loc,
                          "leaf offset 0x%x is outside the base window; offsets run from 0x00 "
                          "to 0xff (the leaf is base + offset)",
                          leaf->offset);
        }
        if (iface->has_max_leaf && iface->max_leaf_valid && iface->max_leaf > WINDOW_LAST)
            hv_report(ctx->sink, ctx->check, iface->max_leaf_loc,
                      "max-leaf 0x%x is outside the base window; it is an offset from the base "
                      "(0x00..0xff), not an absolute leaf",
                      iface->max_leaf);
    }
    for (size_t a = 0; a < reg->allocation_count; a++) {
        const hv_allocation *al = reg->allocations[a];
        if (!al->valid)
            continue;
        if (al->first > WINDOW_LAST || al->last > WINDOW_LAST)
            hv_report(ctx->sink, ctx->check, al->loc,
                      "allocation 0x%x..0x%x leaves the base window; offsets run from 0x00 to "
                      "0xff",
                      al->first, al->last);
        else if (al->first > al->last)
            hv_report(ctx->sink, ctx->check, al->loc,
                      "allocation first=0x%x is above last=0x%x; swap them", al->first, al->last);
    }
}

/* Leaves are sorted by offset, plain leaf before sub-leaves, so every clash
 * is with a neighbour inside the same offset's run. */
void hv_check_duplicate_leaf(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        size_t run = 0;
        for (size_t l = 1; l < iface->leaf_count; l++) {
            const hv_leaf *leaf = &iface->leaves[l];
            if (!leaf->valid)
                continue;
            if (iface->leaves[run].offset != leaf->offset || !iface->leaves[run].valid)
                run = l;
            if (run == l)
                continue;
            const hv_leaf *prev = &iface->leaves[l - 1];
            const hv_leaf *first = &iface->leaves[run];
            if (prev->has_subleaf == leaf->has_subleaf && prev->subleaf == leaf->subleaf) {
                hv_diag *d =
                    hv_report(ctx->sink, ctx->check, leaf->loc,
                              "%s leaf 0x%02x%s is defined twice; merge the two definitions",
                              iface->id, leaf->offset, leaf->has_subleaf ? " (this sub-leaf)" : "");
                hv_diag_add_note(d, prev->loc, "first defined here");
            } else if (!first->has_subleaf) {
                hv_diag *d = hv_report(ctx->sink, ctx->check, leaf->loc,
                                       "%s leaf 0x%02x is defined both without and with "
                                       "sub-leaves; give every definition a subleaf=",
                                       iface->id, leaf->offset);
                hv_diag_add_note(d, first->loc, "defined without a sub-leaf here");
            }
        }
    }
}

void hv_check_max_leaf(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        if (!iface->has_max_leaf || !iface->max_leaf_valid || iface->max_leaf > WINDOW_LAST)
            continue;
        for (size_t l = 0; l < iface->leaf_count; l++) {
            const hv_leaf *leaf = &iface->leaves[l];
            if (!leaf->valid || leaf->offset <= iface->max_leaf || leaf->offset > WINDOW_LAST)
                continue;
            hv_diag *d = hv_report(ctx->sink, ctx->check, leaf->loc,
                                   "leaf 0x%02x is above the interface's max-leaf 0x%02x; raise "
                                   "max-leaf or remove the leaf",
                                   leaf->offset, iface->max_leaf);
            hv_diag_add_note(d, iface->max_leaf_loc, "max-leaf of %s declared here", iface->id);
        }
    }
}
