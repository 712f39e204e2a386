/* validate/checks/msr_placement.c - [msr-placement-overlap]: a guest has one
 * MSR space for everything a product presents, so the interfaces one product
 * presents must not share MSRs where it puts them (after any msr-base=), and
 * an msr-base= must keep every MSR in 32 bits. The pairs that meet are found
 * by a sweep over the MSR spans (no pair loop); what each interface occupies
 * where a product shows it comes from validate/msr_claims.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/msr_claims.h"
#include "validate/util/grow.h"

typedef hv_msr_span span;

/* ---- msr-placement-overlap -------------------------------------------------------- */

/* What one interface occupies where one product shows it: its claims, and
 * their union as disjoint spans sorted by address. */
typedef struct occupancy {
    hv_msr_claim_list claims;
    span *spans;
    size_t span_count;
} occupancy;

static bool occupancy_of(const hv_interface *iface, const hv_presents *pr, occupancy *o)
{
    const hv_msr_claim *c;
    size_t count;
    if (!hv_msr_claims_append(iface, pr, &o->claims))
        return false;
    c = o->claims.items;
    count = o->claims.count;
    o->span_count = 0;
    o->spans = calloc(count + 1, sizeof *o->spans);
    if (!o->spans)
        return false;
    for (size_t i = 0; i < count; i++)
        o->spans[i] = (span){c[i].first, c[i].last};
    if (count > 1)
        qsort(o->spans, count, sizeof *o->spans, hv_msr_compare_spans);
    for (size_t i = 0; i < count; i++) {
        span *top = o->span_count ? &o->spans[o->span_count - 1] : NULL;
        if (top && o->spans[i].first <= top->last) {
            if (o->spans[i].last > top->last)
                top->last = o->spans[i].last;
        } else {
            o->spans[o->span_count++] = o->spans[i];
        }
    }
    return true;
}

static void occupancy_free(occupancy *o)
{
    hv_msr_claim_list_free(&o->claims);
    free(o->spans);
}

/* The first address both unions hold, with b's spans shifted by `shift`
 * (to try another base); false when they are apart. Spans that a shift
 * would push past the 32-bit space are ignored. */
static bool first_common(const occupancy *a, const occupancy *b, int64_t shift, uint32_t *at)
{
    size_t i = 0, j = 0;
    while (i < a->span_count && j < b->span_count) {
        int64_t bf = (int64_t)b->spans[j].first + shift, bl = (int64_t)b->spans[j].last + shift;
        if (bf < 0 || bl > (int64_t)UINT32_MAX) {
            j++;
            continue;
        }
        int64_t lo = a->spans[i].first > bf ? a->spans[i].first : bf;
        int64_t hi = a->spans[i].last < bl ? a->spans[i].last : bl;
        if (lo <= hi) {
            *at = (uint32_t)lo;
            return true;
        }
        if (a->spans[i].last < bl)
            i++;
        else
            j++;
    }
    return false;
}

/* The most specific claim covering addr: an MSR before an allocation. */
static const hv_msr_claim *claim_at(const occupancy *o, uint32_t addr)
{
    const hv_msr_claim *best = NULL;
    for (size_t i = 0; i < o->claims.count; i++) {
        const hv_msr_claim *c = &o->claims.items[i];
        if (c->first <= addr && addr <= c->last && (!best || c->kind == HV_MSR_CLAIM_MSR))
            best = c;
    }
    return best;
}

static void describe_claim(const hv_msr_claim *c, char *buf, size_t cap)
{
    if (c->kind == HV_MSR_CLAIM_MSR)
        snprintf(buf, cap, "MSR %s at 0x%08x", c->msr->name ? c->msr->name : "?", c->first);
    else
        snprintf(buf, cap, "MSR allocation 0x%08x..0x%08x", c->first, c->last);
}

/* The lowest base above the present one, in 0x100 steps, where the
 * relocatable interface of `b` would clear `a` (0 when none is near). */
static uint32_t free_base(const occupancy *a, const occupancy *b, const hv_interface *iface,
                          const hv_presents *pr)
{
    uint32_t at = 0, common = 0;
    if (!hv_msr_base_at(iface, pr, &at))
        return 0;
    for (uint32_t k = 1; k <= 256; k++) {
        int64_t candidate = (int64_t)at + (int64_t)k * 0x100;
        if (candidate > (int64_t)UINT32_MAX)
            return 0;
        if (!first_common(a, b, candidate - at, &common))
            return (uint32_t)candidate;
    }
    return 0;
}

static void fix_for_pair(const occupancy *oa, const occupancy *ob, const hv_presents *a,
                         const hv_presents *b, char *buf, size_t cap)
{
    const hv_presents *movable = b->iface->msr_base.present ? b : a;
    const occupancy *fixed = movable == b ? oa : ob, *moving = movable == b ? ob : oa;
    const hv_msr_base *mb = &movable->iface->msr_base;
    if (!mb->present || !mb->valid) {
        snprintf(buf, cap,
                 "a guest has one MSR space and neither interface's MSRs are "
                 "relocatable: present only one of them, or narrow their MSR "
                 "allocations");
        return;
    }
    uint32_t base = free_base(fixed, moving, movable->iface, movable);
    int n = snprintf(buf, cap,
                     "a guest has one MSR space: move the MSR base of '%s' clear of it with "
                     "msr-base= on its <presents> (leaf 0x%02x field %s reports it to the guest)",
                     movable->iface->id, mb->leaf_offset, mb->field_name ? mb->field_name : "?");
    if (base && n > 0 && (size_t)n < cap)
        snprintf(buf + n, cap - (size_t)n, "; 0x%08x is the first free base", base);
}

/* Two interfaces one product presents whose MSRs meet where it puts them.
 * Reported at the later <presents>, or at the newcomer against a baseline
 * (validate/blame.h: the placement's MSR claims are its declaration). */
static void msr_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                     const hv_presents *b)
{
    occupancy oa = {{NULL, 0, 0}, NULL, 0}, ob = {{NULL, 0, 0}, NULL, 0};
    uint32_t at = 0;
    if (occupancy_of(a->iface, a, &oa) && occupancy_of(b->iface, b, &ob) &&
        first_common(&oa, &ob, 0, &at)) {
        char ca[96], cb[96], fix[320];
        describe_claim(claim_at(&oa, at), ca, sizeof ca);
        describe_claim(claim_at(&ob, at), cb, sizeof cb);
        fix_for_pair(&oa, &ob, a, b, fix, sizeof fix);
        hv_conflict c;
        hv_conflict_init(&c, ctx->baseline, hv_fp_msr_placement(a), hv_fp_msr_placement(b), false);
        const hv_presents *blamed = c.blamed ? b : a, *other = c.blamed ? a : b;
        hv_diag *d = hv_report(ctx->sink, ctx->check, blamed->loc,
                               "hypervisor '%s' presents '%s' and '%s', whose MSRs overlap at "
                               "0x%08x ('%s' %s, '%s' %s); %s",
                               hv->id, a->iface->id, b->iface->id, at, a->iface->id, ca,
                               b->iface->id, cb, fix);
        hv_diag_add_note(d, other->loc, "'%s' is presented here", other->iface->id);
        hv_conflict_done(&c, d, ctx->check);
    }
    occupancy_free(&oa);
    occupancy_free(&ob);
}

/* A product's msr-base must keep every MSR of the interface in 32 bits. */
static void relocation_fits(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *pr)
{
    const hv_interface *iface = pr->iface;
    if (!pr->has_msr_base || !pr->msr_base_valid || !iface->msr_base.present)
        return;
    for (size_t a = 0; a < iface->msr_allocation_count; a++) {
        const hv_allocation *al = &iface->msr_allocations[a];
        uint32_t first = al->first, last = al->last;
        if (al->valid && first <= last && !hv_msr_relocate(iface, pr, &first, &last)) {
            hv_report(ctx->sink, ctx->check, pr->msr_base_loc,
                      "hypervisor '%s' places the MSR base of '%s' at 0x%08x, which moves its "
                      "MSR allocation 0x%08x..0x%08x out of the 32-bit MSR space; choose a "
                      "lower base",
                      hv->id, iface->id, pr->msr_base, al->first, al->last);
            return;
        }
    }
}

/* A span one placement of the product occupies (index into its presents). */
typedef struct owned_span {
    uint32_t first, last;
    size_t owner;
} owned_span;

/* Two placements whose spans meet: `later` after `earlier` in presents order. */
typedef struct meeting {
    size_t earlier, later;
} meeting;

static int compare_owned(const void *pa, const void *pb)
{
    const owned_span *a = pa, *b = pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return (a->owner > b->owner) - (a->owner < b->owner);
}

static int compare_meetings(const void *pa, const void *pb)
{
    const meeting *a = pa, *b = pb;
    if (a->later != b->later)
        return a->later < b->later ? -1 : 1;
    return (a->earlier > b->earlier) - (a->earlier < b->earlier);
}

/* The spans of every placement of `hv` with MSR content, where it puts them. */
static bool product_spans(const hv_hypervisor *hv, owned_span **out, size_t *n)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->valid || !pr->iface || (!pr->iface->msr_allocation_count && !pr->iface->msr_count))
            continue;
        occupancy o = {{NULL, 0, 0}, NULL, 0};
        bool ok = occupancy_of(pr->iface, pr, &o);
        for (size_t k = 0; ok && k < o.span_count; k++) {
            if (!(ok = HV_GROW(*out, *n, cap)))
                break;
            (*out)[(*n)++] = (owned_span){o.spans[k].first, o.spans[k].last, p};
        }
        occupancy_free(&o);
        if (!ok)
            return false;
    }
    return true;
}

/* Every pair of placements whose spans meet, once, in pair-loop order
 * (later, then earlier): a sweep over the spans sorted by first address,
 * so the cost is the spans' sort and the meetings found, not every pair. */
static bool product_meetings(const hv_hypervisor *hv, meeting **out, size_t *n)
{
    owned_span *sp;
    size_t count, cap = 0;
    *out = NULL;
    *n = 0;
    if (!product_spans(hv, &sp, &count)) {
        free(sp);
        return false;
    }
    if (count > 1)
        qsort(sp, count, sizeof *sp, compare_owned);
    bool ok = true;
    for (size_t k = 0; ok && k < count; k++)
        for (size_t l = k + 1; ok && l < count && sp[l].first <= sp[k].last; l++) {
            if (sp[l].owner == sp[k].owner)
                continue;
            if ((ok = HV_GROW(*out, *n, cap)))
                (*out)[(*n)++] = sp[k].owner < sp[l].owner ? (meeting){sp[k].owner, sp[l].owner}
                                                           : (meeting){sp[l].owner, sp[k].owner};
        }
    free(sp);
    if (ok && *n > 1)
        qsort(*out, *n, sizeof **out, compare_meetings);
    return ok;
}

static void product_overlaps(const hv_check_ctx *ctx, const hv_hypervisor *hv)
{
    meeting *m;
    size_t n;
    if (!product_meetings(hv, &m, &n)) {
        hv_report(ctx->sink, ctx->check, hv->loc,
                  "out of memory while comparing the MSRs '%s' presents; they were not all "
                  "checked",
                  hv->id);
        free(m);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i && m[i].earlier == m[i - 1].earlier && m[i].later == m[i - 1].later)
            continue; /* the pair met at more than one span */
        const hv_presents *a = &hv->presents[m[i].earlier], *b = &hv->presents[m[i].later];
        if (a->iface != b->iface)
            msr_pair(ctx, hv, a, b);
    }
    free(m);
}

void hv_check_msr_placement_overlap(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        if (hv_status_retired(hv->status))
            continue;
        for (size_t j = 0; j < hv->presents_count; j++)
            if (hv->presents[j].valid && hv->presents[j].iface)
                relocation_fits(ctx, hv, &hv->presents[j]);
        product_overlaps(ctx, hv);
    }
}
