/* gen/emit/anchors.h - the stable fragment identifiers of the HTML spec (docs/html.md),
 * computed once here so the page, the canonical XML and any tool linking to a
 * bit agree:
 *
 *   IFACE-0xOFF                      a leaf            kvm-0x1
 *   IFACE-0xOFF.0xSUB                a sub-leaf        xen-0x4.0x1
 *   LEAF-REG                         a register        kvm-0x1-eax
 *   LEAF-REG-FIELD                   a field           kvm-0x1-eax-clocksource2
 *   interface_ID, hypervisor_ID, vendor_ID, allocation_ID
 *   allocation_IFACE.N               the Nth unnamed allocation of an interface
 *   msr_IFACE-0xADDR                 an MSR            msr_kvm-0x4b564d03
 *   msr_IFACE-0xADDR-FIELD           an MSR's field    msr_kvm-0x4b564d03-gpa
 *   msr-allocation_IFACE.N           the Nth MSR allocation of an interface
 *   msrmap_HV                        a hypervisor's MSR map
 *
 * Ids are [a-z][a-z0-9-]* and names [a-z][a-z0-9_]*, so the '_' after a kind
 * word, the '.' of sub-leaves and the digit after "-0x" keep every kind of
 * anchor apart whatever ids a registry uses. Each function returns a malloc'd
 * string (NULL when out of memory). */
#ifndef HVCPUID_ANCHORS_H
#define HVCPUID_ANCHORS_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/model.h"

char *hv_anchor_vendor(const hv_vendor *v);
char *hv_anchor_interface(const hv_interface *iface);
char *hv_anchor_hypervisor(const hv_hypervisor *hv);
char *hv_anchor_allocation(const hv_allocation *a);
char *hv_anchor_leaf(const hv_leaf *leaf);
char *hv_anchor_register(const hv_register *r);
char *hv_anchor_field(const hv_field *f);
char *hv_anchor_msr(const hv_msr *m);
char *hv_anchor_msr_allocation(const hv_allocation *a);
char *hv_anchor_msr_map(const hv_hypervisor *hv);

/* Every anchored object's source location, to turn a diagnostic's location
 * into a link to the object it is about. */
typedef struct hv_anchor_entry {
    hv_loc loc;
    char *anchor;
} hv_anchor_entry;

typedef struct hv_anchor_index {
    hv_anchor_entry *items;
    size_t count, cap;
} hv_anchor_index;

bool hv_anchor_index_build(const hv_registry *reg, hv_anchor_index *index);
/* The anchor of the innermost object at or before `loc` in the same file
 * (a diagnostic on an attribute lies inside its element's start tag), or
 * NULL when none. */
const char *hv_anchor_index_find(const hv_anchor_index *index, hv_loc loc);
void hv_anchor_index_free(hv_anchor_index *index);

#endif
