/* validate/checks/identity.c - how interfaces are identified and placed: signature
 * lengths, unique vendor signatures, bases, ids and cross-references. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/parse.h"

static void signature_length(const hv_check_ctx *ctx, const hv_signature *sig, size_t want,
                             const char *what)
{
    if (!sig->present || !sig->valid || sig->len == want)
        return;
    char shown[160];
    hv_format_signature(sig->bytes, sig->len < sizeof sig->bytes ? sig->len : sizeof sig->bytes,
                        shown, sizeof shown);
    hv_report(ctx->sink, ctx->check, sig->loc, "%s %s is %zu bytes; it must be exactly %zu%s", what,
              shown, sig->len, want,
              want == 12 ? " (EBX, ECX, EDX): pad it with \\0 or spaces exactly as the "
                           "hypervisor returns it"
                         : " (base+1 EAX), e.g. \"Hv#1\"");
}

void hv_check_signature(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        signature_length(ctx, &iface->vendor_sig, 12, "vendor signature");
        signature_length(ctx, &iface->iface_sig, 4, "interface signature");
        if (!iface->vendor_sig.present && !iface->iface_sig.present)
            hv_report(ctx->sink, ctx->check, iface->loc,
                      "interface '%s' has neither vendor-signature nor interface-signature; "
                      "give the one decoders identify it by",
                      iface->id);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            signature_length(ctx, &hv->presents[p].vendor_sig, 12, "vendor signature");
    }
}

static bool usable_vendor_sig(const hv_signature *sig)
{
    return sig->present && sig->valid && sig->len == 12;
}

static bool same_sig(const hv_signature *a, const hv_signature *b)
{
    return memcmp(a->bytes, b->bytes, 12) == 0;
}

static int compare_sig_owners(const void *pa, const void *pb)
{
    const hv_interface *a = *(const hv_interface *const *)pa;
    const hv_interface *b = *(const hv_interface *const *)pb;
    int c = memcmp(a->vendor_sig.bytes, b->vendor_sig.bytes, 12);
    return c ? c : hv_loc_compare(a->vendor_sig.loc, b->vendor_sig.loc);
}

/* The interfaces with a usable vendor signature, sorted by its bytes and
 * then by where it is written: equal signatures sit side by side, the first
 * written first, so the check is a sort and a binary search per product
 * instead of all pairs. */
static const hv_interface **signature_index(const hv_registry *reg, size_t *count)
{
    const hv_interface **index = malloc((reg->interface_count + 1) * sizeof *index);
    *count = 0;
    if (!index)
        return NULL;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (usable_vendor_sig(&reg->interfaces[i]->vendor_sig))
            index[(*count)++] = reg->interfaces[i];
    qsort(index, *count, sizeof *index, compare_sig_owners);
    return index;
}

/* The first interface (in the index) with signature `sig` other than `not`. */
static const hv_interface *sig_owner(const hv_interface **index, size_t count,
                                     const hv_signature *sig, const hv_interface * not )
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (memcmp(index[mid]->vendor_sig.bytes, sig->bytes, 12) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < count && same_sig(&index[lo]->vendor_sig, sig); lo++)
        if (index[lo] != not )
            return index[lo];
    return NULL;
}

void hv_check_duplicate_vendor_signature(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    char shown[64];
    size_t n;
    const hv_interface **index = signature_index(reg, &n);
    if (!index) {
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0}, "out of memory");
        return;
    }
    for (size_t k = 1, first = 0; k < n; k++) {
        if (!same_sig(&index[k]->vendor_sig, &index[first]->vendor_sig)) {
            first = k;
            continue;
        }
        /* report the later definition, point at the earliest one */
        const hv_interface *one = index[first], *two = index[k];
        hv_format_signature(two->vendor_sig.bytes, 12, shown, sizeof shown);
        hv_diag *d = hv_report(ctx->sink, ctx->check, two->vendor_sig.loc,
                               "interface '%s' claims vendor signature %s, which already "
                               "identifies interface '%s'; pick another, or present '%s' "
                               "under it from a <hypervisor>",
                               two->id, shown, one->id, one->id);
        hv_diag_add_note(d, one->vendor_sig.loc, "'%s' claims it here", one->id);
    }
    /* A product may show another vendor string, but not one that already
     * identifies a different interface: decoders would misread it. */
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++) {
            const hv_presents *pr = &hv->presents[p];
            if (!usable_vendor_sig(&pr->vendor_sig))
                continue;
            const hv_interface *other = sig_owner(index, n, &pr->vendor_sig, pr->iface);
            if (!other)
                continue;
            hv_format_signature(pr->vendor_sig.bytes, 12, shown, sizeof shown);
            hv_diag *d = hv_report(ctx->sink, ctx->check, pr->vendor_sig.loc,
                                   "hypervisor '%s' shows vendor signature %s for '%s', but "
                                   "that signature identifies interface '%s'",
                                   hv->id, shown, pr->interface_id, other->id);
            hv_diag_add_note(d, other->vendor_sig.loc, "'%s' claims it here", other->id);
        }
    }
    free(index);
}

static void check_base(const hv_check_ctx *ctx, hv_loc loc, uint32_t base, const char *what,
                       const hv_interface *iface)
{
    if (base < HV_LEAF_RANGE_FIRST || base > HV_BASE_LAST || base % HV_BASE_STEP) {
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

/* Vendors, interfaces and hypervisors are sorted by id, so duplicates sit
 * side by side; each is reported against the first of its run. */
static void duplicate_ids(const hv_check_ctx *ctx, const char *kind, size_t n,
                          const char *(*id_at)(const hv_registry *, size_t, hv_loc *))
{
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        hv_loc li, lf;
        const char *a = id_at(ctx->reg, i, &li);
        const char *b = id_at(ctx->reg, first, &lf);
        if (!a || !b || strcmp(a, b) != 0) {
            first = i;
            continue;
        }
        hv_diag *d = hv_report(ctx->sink, ctx->check, li,
                               "%s id '%s' is already used; ids must be unique", kind, a);
        hv_diag_add_note(d, lf, "first used here");
    }
}

static const char *vendor_id(const hv_registry *reg, size_t i, hv_loc *loc)
{
    *loc = reg->vendors[i]->loc;
    return reg->vendors[i]->id;
}

static const char *interface_id(const hv_registry *reg, size_t i, hv_loc *loc)
{
    *loc = reg->interfaces[i]->loc;
    return reg->interfaces[i]->id;
}

static const char *hypervisor_id(const hv_registry *reg, size_t i, hv_loc *loc)
{
    *loc = reg->hypervisors[i]->loc;
    return reg->hypervisors[i]->id;
}

static const char *allocation_id(const hv_registry *reg, size_t i, hv_loc *loc)
{
    *loc = reg->allocations_by_id[i]->loc;
    return reg->allocations_by_id[i]->id;
}

void hv_check_duplicate_id(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    duplicate_ids(ctx, "vendor", reg->vendor_count, vendor_id);
    duplicate_ids(ctx, "interface", reg->interface_count, interface_id);
    duplicate_ids(ctx, "hypervisor", reg->hypervisor_count, hypervisor_id);
    duplicate_ids(ctx, "allocation", reg->allocation_id_count, allocation_id);
}

static void alternative_refs_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    char where[128];
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        if (!f->alternative_to)
            continue;
        if (f->name && strcmp(f->alternative_to, f->name) == 0)
            hv_report(ctx->sink, ctx->check, f->loc,
                      "field '%s' names itself in alternative-to; name the other reading", f->name);
        else if (!hv_register_find_field(reg, f->alternative_to))
            hv_report(ctx->sink, ctx->check, f->loc, "alternative-to '%s': no such field in %s",
                      f->alternative_to, hv_describe_register(reg, where, sizeof where));
    }
}

static bool leaf_has_field(const hv_leaf *leaf, const char *name)
{
    for (size_t r = 0; r < leaf->register_count; r++)
        if (hv_register_find_field(&leaf->registers[r], name))
            return true;
    return false;
}

/* replaced-by names the successor of a deprecated field: a field of the same
 * leaf, in any register (a field may move to another register). */
static void replaced_by_refs_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        if (f->replaced_by && (!leaf_has_field(reg->leaf, f->replaced_by) ||
                               (f->name && strcmp(f->replaced_by, f->name) == 0)))
            hv_report(ctx->sink, ctx->check, f->loc,
                      "replaced-by '%s' of field '%s': name another field of %s leaf 0x%02x",
                      f->replaced_by, f->name ? f->name : "?", reg->leaf->iface->id,
                      reg->leaf->offset);
    }
}

static bool presents_at(const hv_hypervisor *hv, const char *iface_id, uint32_t base)
{
    for (size_t p = 0; p < hv->presents_count; p++)
        if (hv->presents[p].interface_id && strcmp(hv->presents[p].interface_id, iface_id) == 0 &&
            hv->presents[p].valid && hv->presents[p].base == base)
            return true;
    return false;
}

static void presents_refs(const hv_check_ctx *ctx, const hv_hypervisor *hv)
{
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->iface)
            hv_report(ctx->sink, ctx->check, pr->loc,
                      "hypervisor '%s' presents unknown interface '%s'; define it or fix the id",
                      hv->id, pr->interface_id ? pr->interface_id : "");
        if (pr->overrides && pr->valid && !presents_at(hv, pr->overrides, pr->base))
            hv_report(ctx->sink, ctx->check, pr->loc,
                      "overrides='%s': hypervisor '%s' does not present '%s' at base 0x%08x",
                      pr->overrides, hv->id, pr->overrides, pr->base);
    }
}

void hv_check_unknown_reference(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        presents_refs(ctx, reg->hypervisors[h]);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t f = 0; f < iface->follows_count; f++) {
            const hv_follows *fo = &iface->follows[f];
            if (!fo->allocation)
                hv_report(ctx->sink, ctx->check, fo->loc, "follows unknown allocation '%s'",
                          fo->allocation_id);
            else if (fo->allocation->owner)
                hv_report(ctx->sink, ctx->check, fo->loc,
                          "follows '%s', which belongs to interface '%s'; only generic "
                          "allocations (directly inside a <vendor>) can be followed",
                          fo->allocation_id, fo->allocation->owner->id);
        }
    }
    hv_visit_registers(ctx, alternative_refs_in);
    hv_visit_registers(ctx, replaced_by_refs_in);
}
