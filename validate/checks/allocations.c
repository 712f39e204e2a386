/* validate/checks/allocations.c - who owns which offsets of a base window.
 *
 * The collision model (docs/checks.md; its rules live in validate/claims.h):
 * an allocation inside an interface claims offsets in that interface's own
 * namespace; a generic allocation (directly inside a <vendor>) claims them
 * for every hypervisor at every base. Two allocations collide when they
 * overlap in one namespace: both owned by the same interface, both generic,
 * or one generic and one owned by an interface that does not <follows> it.
 * How loud a collision is depends on the statuses: in force (active,
 * deprecated, disputed) against in force is [allocation-overlap]; a
 * proposal or reservation involved is [reservation-overlap]; a retired
 * (withdrawn or lapsed) one is [withdrawn-overlap]. A pair the registry
 * acknowledges (<acknowledges> in either allocation) is history, not a
 * conflict: [acknowledged-overlap] shows it, unless both are in force,
 * which no acknowledgement excuses. This file says which pairs each check
 * reports and how; allocation_overlaps.c and allocation_acks.c find them. */
#include <stdio.h>
#include <string.h>

#include "validate/checks/allocation_overlaps.h"
#include "validate/checks/internal.h"
#include "validate/claims.h"

/* "active allocation 0x00..0x05 of interface 'xen'" or
 * "proposed generic allocation 'generic-2008' (0x03..0xff)". */
static const char *describe(const hv_allocation *a, char *buf, size_t cap)
{
    if (a->owner)
        snprintf(buf, cap, "%s allocation 0x%02x..0x%02x of interface '%s'",
                 hv_status_name(a->status), a->first, a->last, a->owner->id);
    else
        snprintf(buf, cap, "%s generic allocation '%s' (0x%02x..0x%02x)", hv_status_name(a->status),
                 a->id ? a->id : "?", a->first, a->last);
    return buf;
}

/* The acknowledgement of `b` that `a` makes, or NULL. */
static const hv_ack *ack_of(const hv_allocation *a, const hv_allocation *b)
{
    for (size_t k = 0; k < a->ack_count; k++)
        if (a->acks[k].allocation == b)
            return &a->acks[k];
    return NULL;
}

static const hv_ack *acknowledged(const hv_allocation *a, const hv_allocation *b)
{
    const hv_ack *ack = ack_of(a, b);
    return ack ? ack : ack_of(b, a);
}

static hv_standing weaker_standing(const hv_allocation *a, const hv_allocation *b)
{
    hv_standing ca = hv_status_standing(a->status), cb = hv_status_standing(b->status);
    return ca > cb ? ca : cb;
}

/* Which check a colliding pair belongs to: by the weaker status, or
 * [acknowledged-overlap] for an acknowledged pair not both in force. */
static bool pair_wanted(const hv_allocation *a, const hv_allocation *b, const hv_overlap_kind *want)
{
    hv_standing weaker = weaker_standing(a, b);
    bool ack = weaker != HV_STANDING_IN_FORCE && acknowledged(a, b);
    return want->acknowledged ? ack : !ack && weaker == want->standing;
}

/* How to resolve a collision, by status class and by what collides; the
 * blamed allocation is the one the finding is reported at. */
static const char *fix_for(const hv_allocation *blamed, const hv_allocation *other,
                           hv_standing want)
{
    if (want == HV_STANDING_TENTATIVE && hv_status_standing(blamed->status) == HV_STANDING_IN_FORCE)
        return "those offsets are proposed or reserved already: move the allocation, or settle "
               "who owns them";
    if (want == HV_STANDING_TENTATIVE)
        return "a proposal or reservation cannot be granted over taken offsets: narrow it, or "
               "settle who owns them";
    if (want == HV_STANDING_RETIRED)
        return "a withdrawn or lapsed allocation claims nothing; remove it if it is only "
               "history";
    if (blamed->owner && other->owner)
        return "merge the two, or narrow one so each offset is claimed once";
    if (!blamed->owner && !other->owner)
        return "generic allocations are shared by everyone, so each offset may be in one "
               "only: narrow one";
    return "move the interface's allocation, or have it <follows> the generic allocation if it "
           "implements the shared leaves";
}

/* Without a baseline, reported at the weaker claim (the proposal, not the
 * active allocation it runs into), or at the later one when both are
 * alike; with one, at the newcomer (validate/blame.h). The note points at
 * the other. */
static void report_pair(const hv_check_ctx *ctx, const hv_allocation *a, const hv_allocation *b,
                        const hv_overlap_kind *want)
{
    hv_standing ca = hv_status_standing(a->status), cb = hv_status_standing(b->status);
    bool a_second = ca != cb ? ca > cb : hv_loc_compare(b->loc, a->loc) < 0;
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_allocation(a), hv_fp_allocation(b), a_second);
    const hv_allocation *blamed = c.blamed ? b : a, *other = c.blamed ? a : b;
    uint32_t lo = a->first > b->first ? a->first : b->first;
    uint32_t hi = a->last < b->last ? a->last : b->last;
    char d1[160], d2[160];
    const hv_ack *ack = acknowledged(a, b);
    hv_diag *d;
    if (want->acknowledged)
        d = hv_report(ctx->sink, ctx->check, blamed->loc,
                      "%s overlaps %s at 0x%02x..0x%02x, an overlap the registry acknowledges: %s",
                      describe(blamed, d1, sizeof d1), describe(other, d2, sizeof d2), lo, hi,
                      ack->reason && *ack->reason ? ack->reason : "(no reason given)");
    else
        d = hv_report(ctx->sink, ctx->check, blamed->loc, "%s overlaps %s at 0x%02x..0x%02x; %s",
                      describe(blamed, d1, sizeof d1), describe(other, d2, sizeof d2), lo, hi,
                      fix_for(blamed, other, want->standing));
    hv_diag_add_note(d, other->loc, "the other allocation is declared here");
    if (ack)
        hv_diag_add_note(d, ack->loc,
                         want->acknowledged ? "acknowledged here"
                                            : "acknowledged here, but no acknowledgement excuses "
                                              "two allocations in force");
    hv_conflict_done(&c, d, ctx->check);
}

void hv_alloc_check_pair(const hv_check_ctx *ctx, const hv_allocation *a, const hv_allocation *b,
                         const hv_overlap_kind *want)
{
    if (hv_allocation_in_window(a) && hv_allocation_in_window(b) && b->first <= a->last &&
        a->first <= b->last && hv_allocations_share_namespace(a, b) && pair_wanted(a, b, want))
        report_pair(ctx, a, b, want);
}

bool hv_alloc_excused(const hv_allocation *a, const hv_allocation *b)
{
    return weaker_standing(a, b) != HV_STANDING_IN_FORCE && acknowledged(a, b);
}

/* One finding for a range where many allocations overlap: at `at`, the
 * weakest and latest of them, naming the first `shown` of the others. With
 * a baseline that has `at` but not the strongest other, that other is the
 * newcomer: the finding is reported at it and `at` takes its place in the
 * list (validate/blame.h). */
void hv_alloc_report_range(const hv_check_ctx *ctx, const hv_overlap_kind *want,
                           const hv_allocation *at, const hv_allocation *const *shown_in,
                           size_t nshown, size_t others, unsigned lo, unsigned hi)
{
    char d0[160], d1[160], list[HV_ALLOC_SHOWN * 170 + 48];
    const hv_allocation *shown[HV_ALLOC_SHOWN];
    memcpy(shown, shown_in, nshown * sizeof *shown);
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_allocation(at), hv_fp_allocation(shown[0]), true);
    if (c.blamed == 1) {
        shown[0] = at;
        at = shown_in[0];
    }
    size_t len = 0;
    list[0] = '\0';
    for (size_t i = 0; i < nshown && len < sizeof list; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "",
                                describe(shown[i], d1, sizeof d1));
    if (others > nshown && len < sizeof list)
        snprintf(list + len, sizeof list - len, " and %zu more", others - nshown);
    hv_diag *d = hv_report(ctx->sink, ctx->check, at->loc,
                           "%s and %zu other allocation%s overlap at 0x%02x..0x%02x: %s; %s",
                           describe(at, d0, sizeof d0), others, others == 1 ? "" : "s", lo, hi,
                           list, fix_for(at, shown[0], want->standing));
    for (size_t i = 0; i < nshown; i++)
        hv_diag_add_note(d, shown[i]->loc, "%s is declared here",
                         describe(shown[i], d1, sizeof d1));
    hv_conflict_done(&c, d, ctx->check);
}
void hv_check_allocation_overlap(const hv_check_ctx *ctx)
{
    hv_alloc_find_overlaps(ctx, ctx->data);
}

/* For each offset of the window, the first generic allocation in force
 * (in registry order) that holds it: what a leaf of an interface claiming
 * nothing runs into (such an interface follows nothing, so the first is
 * the one). One pass over the generic allocations, not one per leaf. */
static void first_in_force(const hv_registry *reg, const hv_allocation *first[HV_WINDOW_SIZE])
{
    size_t unset = HV_WINDOW_SIZE;
    memset(first, 0, HV_WINDOW_SIZE * sizeof *first);
    for (size_t i = 0; i < reg->allocation_count && unset; i++) {
        const hv_allocation *g = reg->allocations[i];
        if (g->owner || !hv_allocation_in_window(g) ||
            hv_status_standing(g->status) != HV_STANDING_IN_FORCE)
            continue;
        for (uint32_t o = g->first; o <= g->last; o++)
            if (!first[o]) {
                first[o] = g;
                unset--;
            }
    }
}

static bool follows_resolved(const hv_interface *iface)
{
    for (size_t f = 0; f < iface->follows_count; f++)
        if (!iface->follows[f].allocation)
            return false; /* [unknown-reference] reports it */
    return true;
}

/* A leaf of an interface that claims nothing, inside a generic allocation
 * in force it does not follow: reported at the leaf, or, when the baseline
 * shows the allocation is the newcomer, at that. */
static void in_foreign_generic(const hv_check_ctx *ctx, const hv_leaf *leaf, const hv_allocation *g)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_allocation(g), hv_fp_leaf(leaf), false);
    char d1[160];
    hv_diag *d;
    describe(g, d1, sizeof d1);
    if (c.blamed) {
        d = hv_report(ctx->sink, ctx->check, leaf->loc,
                      "%s leaf 0x%02x lies in the %s, which the interface does not follow; add "
                      "<follows allocation=\"%s\"/> or move the leaf",
                      leaf->iface->id, leaf->offset, d1, g->id);
        hv_diag_add_note(d, g->loc, "'%s' is declared here", g->id);
    } else {
        d = hv_report(ctx->sink, ctx->check, g->loc,
                      "%s covers leaf 0x%02x of interface '%s', which does not follow it; narrow "
                      "the allocation, or have '%s' <follows allocation=\"%s\"/>",
                      d1, leaf->offset, leaf->iface->id, leaf->iface->id, g->id);
        hv_diag_add_note(d, leaf->loc, "%s leaf 0x%02x is defined here", leaf->iface->id,
                         leaf->offset);
    }
    hv_conflict_done(&c, d, ctx->check);
}

static void leaves_outside(const hv_check_ctx *ctx, const hv_interface *iface,
                           const hv_allocation *const first[HV_WINDOW_SIZE])
{
    bool claims = iface->allocation_count || iface->follows_count;
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (!leaf->valid || leaf->offset >= HV_WINDOW_SIZE ||
            (l > 0 && iface->leaves[l - 1].valid && iface->leaves[l - 1].offset == leaf->offset))
            continue; /* one finding per offset, not per sub-leaf */
        if (claims && !hv_interface_holds(iface, leaf->offset)) {
            hv_report(ctx->sink, ctx->check, leaf->loc,
                      "%s leaf 0x%02x lies outside every allocation of the interface; extend an "
                      "<allocation> to cover it, or <follows> the generic allocation it belongs "
                      "to",
                      iface->id, leaf->offset);
            continue;
        }
        const hv_allocation *g = claims ? NULL : first[leaf->offset];
        if (g)
            in_foreign_generic(ctx, leaf, g);
    }
}

void hv_check_leaf_outside_allocation(const hv_check_ctx *ctx)
{
    const hv_allocation *first[HV_WINDOW_SIZE];
    first_in_force(ctx->reg, first);
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        if (follows_resolved(iface))
            leaves_outside(ctx, iface, first);
    }
}
