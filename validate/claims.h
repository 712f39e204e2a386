/* validate/claims.h - the collision model: what an interface occupies in a base
 * window, and what collides with what (docs/checks.md, "The collision model").
 *
 * At a base, an interface *uses* the offsets of the leaves it defines, plus
 * base+0 when a vendor signature (its own, or the one the product shows)
 * identifies it there and base+1 when an interface signature does: that is
 * what CPUID answers. It *holds* the offsets of its allocations that are not
 * retired (withdrawn or lapsed): room it has claimed, defined or not. What it
 * uses or holds it *claims*. Generic allocations hold their offsets for
 * everyone at every base, except for an interface that follows them.
 *
 * Two interfaces one product places at one base collide where both claim an
 * offset, unless one overrides the other; an interface identified by an
 * interface signature cannot be overridden (its signature at base+1 gives
 * the offsets after it their meaning). Retired products place nothing.
 *
 * The checks ([placement-overlap], the allocation checks), `hvcpuid free`
 * and the HTML leaf map all ask this file, so the gate, the free-space query
 * and the page cannot disagree. */
#ifndef HVCPUID_CLAIMS_H
#define HVCPUID_CLAIMS_H

#include <stdbool.h>
#include <stdint.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

#define HV_WINDOW_SIZE HV_BASE_STEP /* offsets 0x00..0xff from a base */

/* A set of offsets of one base window. */
typedef struct hv_offsets {
    bool at[HV_WINDOW_SIZE];
} hv_offsets;

/* ---- bases ---------------------------------------------------------------- */

/* A hypervisor base: a multiple of 0x100 from 0x40000000 to 0x4000ff00. */
bool hv_is_base(uint32_t base);

/* ---- allocations ---------------------------------------------------------- */

/* How strongly an allocation's status claims its offsets: in force (active,
 * deprecated, disputed), tentative (proposed, reserved) or not at all
 * (retired: withdrawn or lapsed). Ordered from strongest to weakest. */
typedef enum hv_standing {
    HV_STANDING_IN_FORCE,
    HV_STANDING_TENTATIVE,
    HV_STANDING_RETIRED
} hv_standing;

hv_standing hv_status_standing(hv_status status);

/* Parsed, ordered and inside the window. Others claim nothing here:
 * [leaf-offset-range] reports them. */
bool hv_allocation_in_window(const hv_allocation *a);
/* In the window, not retired, and covering the offset. */
bool hv_allocation_holds(const hv_allocation *a, uint32_t offset);
/* Does the interface <follows> that generic allocation? */
bool hv_interface_follows(const hv_interface *iface, const hv_allocation *generic);
/* Do the two allocations claim offsets in one namespace: both of one
 * interface, both generic, or a generic one and one of an interface that
 * does not follow it? (Whether they overlap is a separate question.) */
bool hv_allocations_share_namespace(const hv_allocation *a, const hv_allocation *b);
/* Does one of the interface's own allocations, or a generic one it follows,
 * hold the offset? That is where the interface may define a leaf. */
bool hv_interface_holds(const hv_interface *iface, uint32_t offset);

/* ---- what an interface claims at a base ------------------------------------ */

typedef enum hv_claim_kind {
    HV_CLAIM_SIGNATURE,  /* base+0 (vendor signature) or base+1 (interface signature) */
    HV_CLAIM_LEAF,       /* a leaf the interface defines (one per sub-leaf) */
    HV_CLAIM_ALLOCATION, /* an allocation, of any status */
} hv_claim_kind;

typedef struct hv_claim {
    hv_claim_kind kind;
    uint32_t first, last;       /* offsets in the window */
    const hv_interface *iface;  /* NULL for a generic allocation */
    const hv_allocation *alloc; /* HV_CLAIM_ALLOCATION */
    const hv_leaf *leaf;        /* HV_CLAIM_LEAF */
} hv_claim;

typedef void (*hv_claim_fn)(void *arg, const hv_claim *claim);

/* Every claim of the interface where the product placement `pr` shows it
 * (NULL: as the interface defines itself, e.g. at its default base): each
 * valid allocation in order, each valid leaf inside the window in order,
 * then base+0 and base+1 where a signature identifies it. */
void hv_interface_claims(const hv_interface *iface, const hv_presents *pr, hv_claim_fn fn,
                         void *arg);
/* Every valid generic allocation, in registry order. */
void hv_generic_claims(const hv_registry *reg, hv_claim_fn fn, void *arg);

/* Which claims hv_offsets_of_interface adds to a set. */
enum {
    HV_OFFSETS_USED = 1, /* leaves and signatures */
    HV_OFFSETS_HELD = 2, /* allocations in the window that are not retired */
    HV_OFFSETS_CLAIMED = 3,
};

/* Adds what the interface uses and/or holds where `pr` shows it. */
void hv_offsets_of_interface(const hv_interface *iface, const hv_presents *pr, unsigned what,
                             hv_offsets *set);
/* Adds what the generic allocations hold. */
void hv_offsets_of_generics(const hv_registry *reg, hv_offsets *set);

/* "0x00..0x03, 0x10": the offsets of the set as ranges, appended to `out`
 * ("none" for an empty set). */
void hv_offsets_format(const hv_offsets *set, hv_strbuf *out);

/* ---- neighbours at one base ------------------------------------------------ */

/* Does the product place anything (it is not retired)? */
bool hv_product_places(const hv_hypervisor *hv);

/* May another interface at the same base override this one? Not when an
 * interface signature identifies it: under that signature at base+1 the
 * offsets after it mean what the interface says (Hv#1 "determines the
 * semantics of leaves from 0x40000002 through 0x400000FF"), so replacing
 * its leaves while keeping the signature breaks every guest of it. */
bool hv_override_allowed(const hv_interface *overridden);

/* Does either placement declare that it overrides the other's interface,
 * and may it? Then the two do not collide at their base. */
bool hv_presents_overrides(const hv_presents *a, const hv_presents *b);

typedef void (*hv_presents_fn)(void *arg, const hv_presents *pr);

/* Every valid, resolved placement at `base` by a product that places
 * anything, in hypervisor id order. */
void hv_shown_at(const hv_registry *reg, uint32_t base, hv_presents_fn fn, void *arg);

/* The placements `pr` can collide with: every other valid, resolved
 * placement of a different interface by the same product at the same base,
 * unless one overrides the other. None when the product places nothing. */
void hv_beside(const hv_presents *pr, hv_presents_fn fn, void *arg);

#endif
