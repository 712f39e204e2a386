/* validate/free.c - the free-space query (see validate/free.h), on the collision
 * model of validate/claims.h: every claim that takes an offset becomes one
 * reason, listed at every offset it covers. */
#include "validate/free.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"

/* ---- the answer ------------------------------------------------------------- */

/* Records `t` as the reason slots first..last are taken. */
static void take(hv_free_answer *a, const hv_taken *t, uint32_t first, uint32_t last)
{
    if (!HV_GROW(a->reasons, a->reason_count, a->reason_cap)) {
        a->failed = true;
        return;
    }
    size_t index = a->reason_count++;
    a->reasons[index] = *t;
    for (uint32_t o = first; o <= last && o < HV_WINDOW_SIZE; o++) {
        hv_free_slot *s = &a->slot[o];
        if (!HV_GROW(s->reasons, s->count, s->cap)) {
            a->failed = true;
            return;
        }
        s->reasons[s->count++] = index;
    }
}

void hv_free_answer_free(hv_free_answer *answer)
{
    for (size_t o = 0; o < HV_WINDOW_SIZE; o++)
        free(answer->slot[o].reasons);
    free(answer->reasons);
    memset(answer, 0, sizeof *answer);
}

/* ---- claims as reasons ------------------------------------------------------ */

/* What a claim callback needs: the answer, the reason under construction,
 * and whether retired or tentative allocations count. */
typedef struct taking {
    hv_free_answer *answer;
    hv_taken proto;
    bool leaves;           /* leaves and signatures take offsets too */
    bool in_force_only;    /* generic allocations: only those in force */
    const hv_presents *pr; /* where the interface is shown, for its signature's location */
} taking;

static hv_loc signature_loc(const hv_interface *iface, const hv_presents *pr, uint32_t offset)
{
    if (offset == 1)
        return iface->iface_sig.loc;
    if (pr && pr->vendor_sig.present)
        return pr->vendor_sig.loc;
    return iface->vendor_sig.present ? iface->vendor_sig.loc : pr ? pr->loc : iface->loc;
}

static void take_claim(void *arg, const hv_claim *c)
{
    taking *tk = arg;
    hv_taken t = tk->proto;
    if (c->kind == HV_CLAIM_ALLOCATION) {
        hv_standing st = hv_status_standing(c->alloc->status);
        if (!hv_allocation_in_window(c->alloc) || st == HV_STANDING_RETIRED ||
            (tk->in_force_only && st != HV_STANDING_IN_FORCE))
            return;
        t.alloc = c->alloc;
        t.loc = c->alloc->loc;
    } else if (!tk->leaves) {
        return;
    } else if (c->kind == HV_CLAIM_LEAF) {
        t.leaf = c->leaf;
        t.loc = c->leaf->loc;
    } else {
        t.signature = c->first == 1 ? 4 : 12;
        t.loc = signature_loc(c->iface, tk->pr, c->first);
    }
    take(tk->answer, &t, c->first, c->last);
}

/* Generic allocations, except those `iface` follows; with `in_force_only`,
 * only those in force (what refuses the leaves of an interface that claims
 * nothing). */
static void take_generics(const hv_registry *reg, const hv_interface *iface, bool in_force_only,
                          hv_free_answer *a)
{
    for (size_t i = 0; i < reg->allocation_count; i++) {
        const hv_allocation *g = reg->allocations[i];
        if (g->owner || !g->valid || (iface && hv_interface_follows(iface, g)))
            continue;
        taking tk = {a, {.kind = HV_TAKEN_GENERIC}, false, in_force_only, NULL};
        hv_claim c = {HV_CLAIM_ALLOCATION, g->first, g->last, NULL, g, NULL};
        take_claim(&tk, &c);
    }
}

/* What an interface shown at a base claims there, for a newcomer beside it. */
typedef struct shown_ctx {
    hv_free_answer *answer;
    const hv_interface *beside;
} shown_ctx;

static void take_shown(void *arg, const hv_presents *pr)
{
    const shown_ctx *sc = arg;
    taking tk = {sc->answer,
                 {.kind = HV_TAKEN_SHOWN, .iface = pr->iface, .shown = pr, .beside = sc->beside},
                 true,
                 false,
                 pr};
    hv_interface_claims(pr->iface, pr, take_claim, &tk);
}

static bool claims_anything(const hv_interface *iface)
{
    return iface->allocation_count || iface->follows_count;
}

/* The interface's own allocations and leaves, its max-leaf, and what its
 * products show beside it. Its own signature offsets are not taken: it may
 * define a leaf there (its max-leaf and signature leaf, "Hv#1"'s interface
 * leaf). */
static void take_for_interface(const hv_registry *reg, const hv_interface *iface, hv_free_answer *a)
{
    take_generics(reg, iface, !claims_anything(iface), a);
    for (size_t k = 0; k < iface->allocation_count; k++) {
        taking tk = {a, {.kind = HV_TAKEN_OWN, .iface = iface}, false, false, NULL};
        const hv_allocation *al = &iface->allocations[k];
        hv_claim c = {HV_CLAIM_ALLOCATION, al->first, al->last, iface, al, NULL};
        if (al->valid)
            take_claim(&tk, &c);
    }
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && (l == 0 || iface->leaves[l - 1].offset != leaf->offset))
            take(a,
                 &(hv_taken){.kind = HV_TAKEN_OWN, .iface = iface, .leaf = leaf, .loc = leaf->loc},
                 leaf->offset, leaf->offset);
    }
    if (iface->has_max_leaf && iface->max_leaf_valid && iface->max_leaf + 1 < HV_WINDOW_SIZE)
        take(a, &(hv_taken){.kind = HV_TAKEN_MAX_LEAF, .iface = iface, .loc = iface->max_leaf_loc},
             iface->max_leaf + 1, HV_WINDOW_SIZE - 1);
    shown_ctx sc = {a, iface};
    for (size_t p = 0; p < iface->placement_count; p++)
        hv_beside(iface->placements[p], take_shown, &sc);
}

bool hv_free_offsets(const hv_registry *reg, const hv_free_query *q, hv_free_answer *out, char *err,
                     size_t errlen)
{
    memset(out, 0, sizeof *out);
    const hv_interface *iface = NULL;
    if (q->has_base && !hv_is_base(q->base)) {
        snprintf(err, errlen,
                 "0x%08x is not a hypervisor base; bases are multiples of 0x100 from "
                 "0x40000000 to 0x4000ff00",
                 q->base);
        return false;
    }
    if (q->interface_id && !(iface = hv_registry_find_interface(reg, q->interface_id))) {
        snprintf(err, errlen, "no interface '%s' in the registry", q->interface_id);
        return false;
    }
    if (iface) {
        take_for_interface(reg, iface, out);
    } else {
        take_generics(reg, NULL, false, out);
        shown_ctx sc = {out, NULL};
        if (q->has_base)
            hv_shown_at(reg, q->base, take_shown, &sc);
    }
    return true;
}

static void take_base(void *arg, const hv_presents *pr)
{
    uint32_t slot = (pr->base - HV_LEAF_RANGE_FIRST) / HV_BASE_STEP;
    take(arg, &(hv_taken){.kind = HV_TAKEN_SHOWN, .iface = pr->iface, .shown = pr, .loc = pr->loc},
         slot, slot);
}

bool hv_free_bases(const hv_registry *reg, hv_free_answer *out)
{
    memset(out, 0, sizeof *out);
    out->bases = true;
    for (uint32_t slot = 0; slot < HV_WINDOW_SIZE; slot++)
        hv_shown_at(reg, HV_LEAF_RANGE_FIRST + slot * HV_BASE_STEP, take_base, out);
    return true;
}

/* ---- reasons in words ------------------------------------------------------- */

const char *hv_taken_kind_name(hv_taken_kind kind)
{
    static const char *const names[] = {"generic", "own", "max-leaf", "shown"};
    return names[kind];
}

/* "holds it (reserved allocation 0x0d..0x7f)", "uses it (leaf 0x01 features)"
 * or "uses it for its interface signature". */
static void put_claim(const hv_taken *t, hv_strbuf *out)
{
    if (t->alloc)
        hv_strbuf_printf(out, "holds it (%s allocation 0x%02x..0x%02x)",
                         hv_status_name(t->alloc->status), t->alloc->first, t->alloc->last);
    else if (t->leaf)
        hv_strbuf_printf(out, "uses it (leaf 0x%02x %s)", t->leaf->offset, t->leaf->name);
    else
        hv_strbuf_printf(out, "uses it for its %s signature",
                         t->signature == 4 ? "interface" : "vendor");
}

void hv_taken_describe(const hv_taken *t, hv_strbuf *out)
{
    switch (t->kind) {
    case HV_TAKEN_GENERIC:
        hv_strbuf_printf(out, "generic allocation '%s' (%s 0x%02x..0x%02x) holds it",
                         t->alloc->id ? t->alloc->id : "?", hv_status_name(t->alloc->status),
                         t->alloc->first, t->alloc->last);
        break;
    case HV_TAKEN_OWN:
        if (t->alloc)
            hv_strbuf_printf(out, "'%s' already holds it (%s allocation 0x%02x..0x%02x)",
                             t->iface->id, hv_status_name(t->alloc->status), t->alloc->first,
                             t->alloc->last);
        else
            hv_strbuf_printf(out, "'%s' already defines leaf 0x%02x %s", t->iface->id,
                             t->leaf->offset, t->leaf->name);
        break;
    case HV_TAKEN_MAX_LEAF:
        hv_strbuf_printf(out, "above the max-leaf 0x%02x of '%s' (raise max-leaf to take it)",
                         t->iface->max_leaf, t->iface->id);
        break;
    case HV_TAKEN_SHOWN:
        if (t->beside)
            hv_strbuf_printf(out, "'%s', which '%s' shows beside '%s' at 0x%08x, ", t->iface->id,
                             t->shown->hypervisor->id, t->beside->id, t->shown->base);
        else if (!t->signature && !t->alloc && !t->leaf)
            hv_strbuf_printf(out, "'%s' shows '%s' there", t->shown->hypervisor->id, t->iface->id);
        else
            hv_strbuf_printf(out, "'%s', which '%s' shows at 0x%08x, ", t->iface->id,
                             t->shown->hypervisor->id, t->shown->base);
        if (t->signature || t->alloc || t->leaf)
            put_claim(t, out);
        break;
    }
}

/* ---- bits ------------------------------------------------------------------- */

static const hv_leaf *find_leaf(const hv_interface *iface, const hv_free_query *q)
{
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && leaf->offset == q->leaf && leaf->has_subleaf == q->has_subleaf &&
            (!q->has_subleaf || leaf->subleaf == q->subleaf))
            return leaf;
    }
    return NULL;
}

bool hv_free_bits_of(const hv_registry *reg, const hv_free_query *q, hv_free_bits *out, char *err,
                     size_t errlen)
{
    memset(out, 0, sizeof *out);
    const hv_interface *iface = hv_registry_find_interface(reg, q->interface_id);
    if (!iface) {
        snprintf(err, errlen, "no interface '%s' in the registry", q->interface_id);
        return false;
    }
    const hv_leaf *leaf = find_leaf(iface, q);
    if (!leaf) {
        snprintf(err, errlen, "interface '%s' defines no leaf 0x%02x%s", iface->id, q->leaf,
                 q->has_subleaf ? " with that sub-leaf" : "");
        return false;
    }
    uint32_t reserved = 0;
    for (size_t r = 0; r < leaf->register_count; r++) {
        const hv_register *rg = &leaf->registers[r];
        if (strcmp(hv_reg_name(rg->reg), q->reg_name) != 0)
            continue;
        for (size_t f = 0; f < rg->field_count; f++)
            if (rg->fields[f].valid)
                *(rg->fields[f].reserved ? &reserved : &out->named) |=
                    hv_field_mask(&rg->fields[f]);
    }
    out->reserved = reserved & ~out->named;
    return true;
}
