/* validate/checks/msrs.c - the second namespace: synthetic MSRs (docs/checks.md,
 * "Synthetic MSRs"). Fields inside 64 bits and apart ([msr-bit-range],
 * [msr-field-overlap], sharing the per-register halves of [bit-range] and
 * [field-overlap]), one definition per address and name ([duplicate-msr]),
 * references that resolve ([unknown-msr]), MSRs inside their interface's
 * MSR allocations ([msr-outside-allocation]), one MSR space per guest for
 * everything a product presents ([msr-placement-overlap]); the range the
 * processor vendors leave to software ([msr-software-range]) is
 * msr_software_range.c's. What an interface occupies where a product shows
 * it comes from validate/msr_claims.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/msr_claims.h"

/* "kvm MSR 0x4b564d01 system_time_new" */
static const char *describe_msr(const hv_msr *m, char *buf, size_t cap)
{
    return hv_describe_register(&m->value, buf, cap);
}

/* ---- msr-bit-range, msr-field-overlap, name-syntax ------------------------- */

void hv_check_msr_bit_range(const hv_check_ctx *ctx)
{
    hv_visit_msr_registers(ctx, hv_bit_range_in);
}

void hv_check_msr_field_overlap(const hv_check_ctx *ctx)
{
    hv_visit_msr_registers(ctx, hv_field_overlap_in);
}

void hv_msr_name_syntax(const hv_check_ctx *ctx)
{
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        for (size_t m = 0; m < iface->msr_count; m++)
            hv_bad_name(ctx, iface->msrs[m].loc, "MSR", iface->msrs[m].name);
    }
    hv_visit_msr_registers(ctx, hv_names_in);
}

/* ---- duplicate-msr ----------------------------------------------------------- */

/* MSRs are sorted by address and indexed by name, and an MSR's fields are
 * indexed by name, so every duplicate sits next to its first use. */
static void duplicate_addresses(const hv_check_ctx *ctx, const hv_interface *iface)
{
    for (size_t m = 1, first = 0; m < iface->msr_count; m++) {
        const hv_msr *a = &iface->msrs[first], *b = &iface->msrs[m];
        if (!a->valid || !b->valid || a->address != b->address) {
            first = m;
            continue;
        }
        hv_diag *d = hv_report(ctx->sink, ctx->check, b->loc,
                               "%s MSR 0x%08x is defined twice ('%s' here); one address is one "
                               "MSR: merge the two, or give this one its own address",
                               iface->id, b->address, b->name ? b->name : "?");
        hv_diag_add_note(d, a->loc, "first defined here as '%s'", a->name ? a->name : "?");
    }
}

static void duplicate_names(const hv_check_ctx *ctx, const hv_interface *iface)
{
    for (size_t i = 1; i < iface->msr_named_count; i++) {
        const hv_msr *a = iface->msrs_by_name[i - 1], *b = iface->msrs_by_name[i];
        if (strcmp(a->name, b->name) != 0)
            continue;
        hv_diag *d = hv_report(ctx->sink, ctx->check, b->loc,
                               "MSR name '%s' is used twice in interface '%s'; MSR names are "
                               "unique within an interface",
                               b->name, iface->id);
        hv_diag_add_note(d, a->loc, "first used here");
    }
}

static void duplicate_field_names(const hv_check_ctx *ctx, const hv_msr *m)
{
    char where[160];
    for (size_t i = 1; i < m->value.named_count; i++) {
        const hv_field *a = m->value.by_name[i - 1], *b = m->value.by_name[i];
        if (strcmp(a->name, b->name) != 0)
            continue;
        hv_diag *d = hv_report(ctx->sink, ctx->check, b->loc,
                               "field name '%s' is used twice in %s; field names are unique "
                               "within an MSR",
                               b->name, describe_msr(m, where, sizeof where));
        hv_diag_add_note(d, a->loc, "first used here");
    }
}

void hv_check_duplicate_msr(const hv_check_ctx *ctx)
{
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        duplicate_addresses(ctx, iface);
        duplicate_names(ctx, iface);
        for (size_t m = 0; m < iface->msr_count; m++)
            duplicate_field_names(ctx, &iface->msrs[m]);
    }
}

/* ---- unknown-msr --------------------------------------------------------------- */

static void announces_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    char where[128];
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        for (size_t k = 0; k < f->announces.count; k++)
            if (!f->announces.msrs[k])
                hv_report(ctx->sink, ctx->check, f->announces.loc,
                          "field '%s' of %s announces MSR '%s', which interface '%s' does not "
                          "define; name one of its <msr>s, or add the MSR",
                          f->name ? f->name : "?", hv_describe_register(reg, where, sizeof where),
                          f->announces.names[k], reg->leaf->iface->id);
    }
}

static void presents_msr_refs(const hv_check_ctx *ctx, const hv_hypervisor *hv,
                              const hv_presents *pr)
{
    for (size_t k = 0; k < pr->msrs.count; k++)
        if (!pr->msrs.msrs[k])
            hv_report(ctx->sink, ctx->check, pr->msrs.loc,
                      "hypervisor '%s' implements MSR '%s' of interface '%s', which defines no "
                      "such MSR; name one of its <msr>s",
                      hv->id, pr->msrs.names[k], pr->iface->id);
    if (pr->has_msr_base && !pr->iface->msr_base.present)
        hv_report(ctx->sink, ctx->check, pr->msr_base_loc,
                  "hypervisor '%s' places the MSR base of interface '%s', whose MSRs are not "
                  "relocatable (no <msr-base>); drop msr-base=, or declare the interface's "
                  "<msr-base>",
                  hv->id, pr->iface->id);
}

static void msr_base_field(const hv_check_ctx *ctx, const hv_interface *iface)
{
    const hv_msr_base *mb = &iface->msr_base;
    if (mb->present && mb->valid && !mb->field)
        hv_report(ctx->sink, ctx->check, mb->loc,
                  "the <msr-base> of interface '%s' is reported by field '%s' of leaf 0x%02x, "
                  "which the interface does not define; name the field that holds the base",
                  iface->id, mb->field_name ? mb->field_name : "", mb->leaf_offset);
}

void hv_check_unknown_msr(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    hv_visit_registers(ctx, announces_in);
    for (size_t i = 0; i < reg->interface_count; i++)
        msr_base_field(ctx, reg->interfaces[i]);
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++)
            if (reg->hypervisors[h]->presents[p].iface)
                presents_msr_refs(ctx, reg->hypervisors[h], &reg->hypervisors[h]->presents[p]);
}

/* ---- msr-outside-allocation ------------------------------------------------------ */

typedef hv_msr_span span;

int hv_msr_compare_spans(const void *pa, const void *pb)
{
    const span *a = pa, *b = pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return (a->last > b->last) - (a->last < b->last);
}

/* The interface's ordered MSR allocations that are not retired, sorted
 * and merged into disjoint spans; reports the ones that run downwards.
 * Returns the count (*out NULL when out of memory). */
static size_t allocation_spans(const hv_check_ctx *ctx, const hv_interface *iface, span **out)
{
    span *s = malloc((iface->msr_allocation_count + 1) * sizeof *s);
    size_t n = 0;
    for (size_t a = 0; s && a < iface->msr_allocation_count; a++) {
        const hv_allocation *al = &iface->msr_allocations[a];
        if (al->valid && al->first > al->last)
            hv_report(ctx->sink, ctx->check, al->loc,
                      "MSR allocation 0x%08x..0x%08x of interface '%s' runs downwards; write "
                      "first <= last",
                      al->first, al->last, iface->id);
        else if (al->valid && !hv_status_retired(al->status))
            s[n++] = (span){al->first, al->last};
    }
    if (s && n > 1)
        qsort(s, n, sizeof *s, hv_msr_compare_spans);
    size_t merged = 0;
    for (size_t i = 0; s && i < n; i++) {
        if (merged && s[i].first <= s[merged - 1].last) {
            if (s[i].last > s[merged - 1].last)
                s[merged - 1].last = s[i].last;
        } else {
            s[merged++] = s[i];
        }
    }
    *out = s;
    return merged;
}

/* Does one of the disjoint, sorted spans cover addr? */
static bool spans_cover(const span *s, size_t n, uint32_t addr)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first span starting after addr */
        size_t mid = lo + (hi - lo) / 2;
        if (s[mid].first <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && s[lo - 1].last >= addr;
}

void hv_check_msr_outside_allocation(const hv_check_ctx *ctx)
{
    char where[160];
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        span *spans = NULL;
        size_t n = allocation_spans(ctx, iface, &spans);
        for (size_t m = 0; m < iface->msr_count; m++) {
            const hv_msr *msr = &iface->msrs[m];
            if (msr->valid && !spans_cover(spans, n, msr->address))
                hv_report(ctx->sink, ctx->check, msr->loc,
                          "%s lies outside every MSR allocation of the interface; extend an "
                          "<msr-allocation> to cover it, or add one",
                          describe_msr(msr, where, sizeof where));
        }
        free(spans);
    }
}
