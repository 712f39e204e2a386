/* validate/claims.c - the collision model (see validate/claims.h): one answer to
 * "who occupies which offset", for the checks, `free` and the leaf map. */
#include "validate/claims.h"

#include <string.h>

bool hv_is_base(uint32_t base)
{
    return base >= HV_LEAF_RANGE_FIRST && base <= HV_BASE_LAST && base % HV_BASE_STEP == 0;
}

hv_standing hv_status_standing(hv_status status)
{
    if (hv_status_in_force(status))
        return HV_STANDING_IN_FORCE;
    return hv_status_retired(status) ? HV_STANDING_RETIRED : HV_STANDING_TENTATIVE;
}

/* ---- allocations ---------------------------------------------------------- */

bool hv_allocation_in_window(const hv_allocation *a)
{
    return a->valid && a->first <= a->last && a->last < HV_WINDOW_SIZE;
}

bool hv_allocation_holds(const hv_allocation *a, uint32_t offset)
{
    return hv_allocation_in_window(a) && hv_status_standing(a->status) != HV_STANDING_RETIRED &&
           a->first <= offset && offset <= a->last;
}

bool hv_interface_follows(const hv_interface *iface, const hv_allocation *generic)
{
    for (size_t f = 0; f < iface->follows_count; f++)
        if (iface->follows[f].allocation == generic)
            return true;
    return false;
}

bool hv_allocations_share_namespace(const hv_allocation *a, const hv_allocation *b)
{
    if (a->owner && b->owner)
        return a->owner == b->owner;
    if (!a->owner && !b->owner)
        return true;
    const hv_allocation *owned = a->owner ? a : b, *generic = a->owner ? b : a;
    return !hv_interface_follows(owned->owner, generic);
}

bool hv_interface_holds(const hv_interface *iface, uint32_t offset)
{
    for (size_t a = 0; a < iface->allocation_count; a++)
        if (hv_allocation_holds(&iface->allocations[a], offset))
            return true;
    for (size_t f = 0; f < iface->follows_count; f++)
        if (iface->follows[f].allocation &&
            hv_allocation_holds(iface->follows[f].allocation, offset))
            return true;
    return false;
}

/* ---- what an interface claims at a base ------------------------------------ */

void hv_interface_claims(const hv_interface *iface, const hv_presents *pr, hv_claim_fn fn,
                         void *arg)
{
    for (size_t a = 0; a < iface->allocation_count; a++) {
        const hv_allocation *al = &iface->allocations[a];
        if (al->valid)
            fn(arg, &(hv_claim){HV_CLAIM_ALLOCATION, al->first, al->last, iface, al, NULL});
    }
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && leaf->offset < HV_WINDOW_SIZE)
            fn(arg, &(hv_claim){HV_CLAIM_LEAF, leaf->offset, leaf->offset, iface, NULL, leaf});
    }
    if (iface->vendor_sig.present || (pr && pr->vendor_sig.present))
        fn(arg, &(hv_claim){HV_CLAIM_SIGNATURE, 0, 0, iface, NULL, NULL});
    if (iface->iface_sig.present)
        fn(arg, &(hv_claim){HV_CLAIM_SIGNATURE, 1, 1, iface, NULL, NULL});
}

void hv_generic_claims(const hv_registry *reg, hv_claim_fn fn, void *arg)
{
    for (size_t i = 0; i < reg->allocation_count; i++) {
        const hv_allocation *al = reg->allocations[i];
        if (!al->owner && al->valid)
            fn(arg, &(hv_claim){HV_CLAIM_ALLOCATION, al->first, al->last, NULL, al, NULL});
    }
}

typedef struct offsets_wanted {
    unsigned what;
    hv_offsets *set;
} offsets_wanted;

static void add_claim(void *arg, const hv_claim *c)
{
    const offsets_wanted *w = arg;
    bool held = c->kind == HV_CLAIM_ALLOCATION;
    if (!(w->what & (held ? HV_OFFSETS_HELD : HV_OFFSETS_USED)))
        return;
    if (held && (!hv_allocation_in_window(c->alloc) ||
                 hv_status_standing(c->alloc->status) == HV_STANDING_RETIRED))
        return;
    for (uint32_t o = c->first; o <= c->last && o < HV_WINDOW_SIZE; o++)
        w->set->at[o] = true;
}

void hv_offsets_of_interface(const hv_interface *iface, const hv_presents *pr, unsigned what,
                             hv_offsets *set)
{
    offsets_wanted w = {what, set};
    hv_interface_claims(iface, pr, add_claim, &w);
}

void hv_offsets_of_generics(const hv_registry *reg, hv_offsets *set)
{
    offsets_wanted w = {HV_OFFSETS_HELD, set};
    hv_generic_claims(reg, add_claim, &w);
}

void hv_offsets_format(const hv_offsets *set, hv_strbuf *out)
{
    const char *sep = "";
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
        if (!set->at[o])
            continue;
        unsigned end = o;
        while (end + 1 < HV_WINDOW_SIZE && set->at[end + 1])
            end++;
        if (end == o)
            hv_strbuf_printf(out, "%s0x%02x", sep, o);
        else
            hv_strbuf_printf(out, "%s0x%02x..0x%02x", sep, o, end);
        sep = ", ";
        o = end;
    }
    if (!*sep)
        hv_strbuf_puts(out, "none");
}

/* ---- neighbours at one base ------------------------------------------------ */

bool hv_product_places(const hv_hypervisor *hv)
{
    return !hv_status_retired(hv->status);
}

bool hv_override_allowed(const hv_interface *overridden)
{
    return !overridden->iface_sig.present;
}

/* Does `a` declare that it overrides `b`'s interface? */
static bool declares_override(const hv_presents *a, const hv_presents *b)
{
    return a->overrides && b->iface && strcmp(a->overrides, b->iface->id) == 0;
}

bool hv_presents_overrides(const hv_presents *a, const hv_presents *b)
{
    return (declares_override(a, b) && hv_override_allowed(b->iface)) ||
           (declares_override(b, a) && hv_override_allowed(a->iface));
}

static bool shown(const hv_presents *pr)
{
    return pr->valid && pr->iface;
}

void hv_shown_at(const hv_registry *reg, uint32_t base, hv_presents_fn fn, void *arg)
{
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; hv_product_places(hv) && p < hv->presents_count; p++)
            if (shown(&hv->presents[p]) && hv->presents[p].base == base)
                fn(arg, &hv->presents[p]);
    }
}

void hv_beside(const hv_presents *pr, hv_presents_fn fn, void *arg)
{
    const hv_hypervisor *hv = pr->hypervisor;
    if (!hv || !shown(pr) || !hv_product_places(hv))
        return;
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *other = &hv->presents[p];
        if (shown(other) && other->iface != pr->iface && other->base == pr->base &&
            !hv_presents_overrides(pr, other))
            fn(arg, other);
    }
}
