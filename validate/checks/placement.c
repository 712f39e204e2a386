/* validate/checks/placement.c - what a hypervisor shows at one base: interface
 * signatures identify one interface each, and the interfaces a product
 * places at the same base must not define the same leaf unless one declares
 * that it overrides the other. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/parse.h"

#define WINDOW_SIZE 0x100u

static bool usable_iface_sig(const hv_signature *sig)
{
    return sig->present && sig->valid && sig->len == 4;
}

static int compare_iface_sig(const void *pa, const void *pb)
{
    const hv_interface *a = *(const hv_interface *const *)pa, *b = *(const hv_interface *const *)pb;
    int c = memcmp(a->iface_sig.bytes, b->iface_sig.bytes, 4);
    return c ? c : hv_loc_compare(a->iface_sig.loc, b->iface_sig.loc);
}

/* Sorting by signature, then by where it is written, puts every claim of a
 * signature in one run headed by the earliest; the others are reported
 * against it. */
void hv_check_duplicate_interface_signature(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    const hv_interface **with = malloc((reg->interface_count + 1) * sizeof *with);
    size_t n = 0;
    char shown[32];
    if (!with)
        return;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (usable_iface_sig(&reg->interfaces[i]->iface_sig))
            with[n++] = reg->interfaces[i];
    if (n > 1)
        qsort(with, n, sizeof *with, compare_iface_sig);
    for (size_t i = 1, first = 0; i < n; i++) {
        if (memcmp(with[first]->iface_sig.bytes, with[i]->iface_sig.bytes, 4) != 0) {
            first = i;
            continue;
        }
        const hv_interface *iface = with[i], *head = with[first];
        hv_format_signature(iface->iface_sig.bytes, 4, shown, sizeof shown);
        hv_diag *d = hv_report(ctx->sink, ctx->check, iface->iface_sig.loc,
                               "interface '%s' claims interface signature %s, which already "
                               "identifies interface '%s'; an interface signature names one "
                               "layout: present '%s' from a <hypervisor> instead of redefining it",
                               iface->id, shown, head->id, head->id);
        hv_diag_add_note(d, head->iface_sig.loc, "'%s' claims it here", head->id);
    }
    free(with);
}

/* The offsets an interface occupies at a base: every leaf it defines, plus
 * base+0 when it is identified by a vendor signature there and base+1 when
 * by an interface signature. */
static void occupied(const hv_presents *pr, bool used[WINDOW_SIZE])
{
    const hv_interface *iface = pr->iface;
    memset(used, 0, WINDOW_SIZE * sizeof used[0]);
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid && iface->leaves[l].offset < WINDOW_SIZE)
            used[iface->leaves[l].offset] = true;
    if (iface->vendor_sig.present || pr->vendor_sig.present)
        used[0] = true;
    if (iface->iface_sig.present)
        used[1] = true;
}

static bool overrides(const hv_presents *a, const hv_presents *b)
{
    return (a->overrides && strcmp(a->overrides, b->iface->id) == 0) ||
           (b->overrides && strcmp(b->overrides, a->iface->id) == 0);
}

/* "0x00, 0x01 and 3 more" */
static void list_offsets(const bool a[WINDOW_SIZE], const bool b[WINDOW_SIZE], char *buf,
                         size_t cap, unsigned *count)
{
    size_t len = 0;
    unsigned shown = 0;
    *count = 0;
    buf[0] = '\0';
    for (unsigned off = 0; off < WINDOW_SIZE; off++) {
        if (!a[off] || !b[off])
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

static void placement_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                           const hv_presents *b)
{
    bool used_a[WINDOW_SIZE], used_b[WINDOW_SIZE];
    occupied(a, used_a);
    occupied(b, used_b);
    char offsets[96];
    unsigned count = 0;
    list_offsets(used_a, used_b, offsets, sizeof offsets, &count);
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
                    !overrides(a, b))
                    placement_pair(ctx, hv, a, b);
            }
        }
    }
}
