/* validate/msr_claims.h - the collision model of the second namespace: what an
 * interface occupies in MSR space where a product shows it (docs/checks.md,
 * "Synthetic MSRs"). The sibling of validate/claims.h, with the same shape.
 *
 * MSR space is one per guest: there are no bases to keep interfaces apart,
 * so every interface a product presents shares it. An interface *holds* its
 * MSR allocations that are not retired and *uses* its MSRs (those the
 * product implements, when it names a subset). A relocatable interface
 * (<msr-base>) has its MSRs and allocations written at its default base; a
 * product that places the base elsewhere (<presents msr-base=...>) moves all
 * of them by the same amount. The MSR checks, the HTML MSR map, the headers'
 * relocated addresses and decode's MSR lists all ask this file. */
#ifndef HVCPUID_MSR_CLAIMS_H
#define HVCPUID_MSR_CLAIMS_H

#include <stdbool.h>
#include <stdint.h>

#include "validate/model.h"

/* ---- relocation ------------------------------------------------------------ */

/* The MSR base where `pr` shows the interface (pr NULL: as the interface
 * defines itself): the product's msr-base when it gives one for a
 * relocatable interface, else the interface's default. False when the
 * interface is not relocatable or the numbers did not parse. */
bool hv_msr_base_at(const hv_interface *iface, const hv_presents *pr, uint32_t *base);

/* Every MSR base a relocatable interface is registered at: its default and
 * each msr-base of a product that is not retired, sorted and unique.
 * Returns the count written (<= max; 0 when not relocatable). */
size_t hv_interface_msr_bases(const hv_interface *iface, uint32_t *bases, size_t max);

/* Moves [first, last] as `pr` moves the interface's MSRs. False when the
 * result leaves the 32-bit MSR space ([msr-placement-overlap] reports it). */
bool hv_msr_relocate(const hv_interface *iface, const hv_presents *pr, uint32_t *first,
                     uint32_t *last);

/* Does the product implement this MSR? Every MSR of the interface unless
 * the <presents> names a subset with msrs=. */
bool hv_presents_implements(const hv_presents *pr, const hv_msr *msr);

/* ---- what an interface claims in MSR space ---------------------------------- */

typedef enum hv_msr_claim_kind {
    HV_MSR_CLAIM_ALLOCATION, /* an MSR allocation that is not retired */
    HV_MSR_CLAIM_MSR,        /* an MSR the product implements */
} hv_msr_claim_kind;

typedef struct hv_msr_claim {
    hv_msr_claim_kind kind;
    uint32_t first, last; /* where the product shows it */
    const hv_interface *iface;
    const hv_allocation *alloc; /* HV_MSR_CLAIM_ALLOCATION */
    const hv_msr *msr;          /* HV_MSR_CLAIM_MSR */
} hv_msr_claim;

typedef void (*hv_msr_claim_fn)(void *arg, const hv_msr_claim *claim);

/* Every claim of the interface where `pr` shows it (NULL: at its default):
 * each valid, ordered allocation that is not retired, then each valid
 * MSR the product implements, in order. Claims that relocation would push
 * out of the 32-bit space are left out. */
void hv_msr_claims(const hv_interface *iface, const hv_presents *pr, hv_msr_claim_fn fn, void *arg);

/* A growable list of claims. */
typedef struct hv_msr_claim_list {
    hv_msr_claim *items;
    size_t count, cap;
} hv_msr_claim_list;

/* Appends hv_msr_claims() of the interface where `pr` shows it; false when
 * out of memory (the list keeps what it had). */
bool hv_msr_claims_append(const hv_interface *iface, const hv_presents *pr,
                          hv_msr_claim_list *list);
void hv_msr_claim_list_free(hv_msr_claim_list *list);

/* Does [first, last] lie inside the range Intel keeps for software
 * (HV_MSR_SOFTWARE_FIRST..HV_MSR_SOFTWARE_LAST)? */
bool hv_msr_in_software_range(uint32_t first, uint32_t last);

#endif
