/* gen/decode/msrs.h - the synthetic MSRs a decoded interface offers the guest
 * (gen/decode/msrs.c): which of the interface's MSRs its feature bits in the
 * dump make available, at the MSR base the dump reports. Both layouts read
 * them through this. */
#ifndef HVCPUID_DECODE_MSRS_H
#define HVCPUID_DECODE_MSRS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen/decode/findings.h"

/* One MSR the guest may use. */
typedef struct hv_decode_msr {
    const hvcpuid_msr_def *def;
    uint32_t address;               /* where the dump puts it */
    const hvcpuid_field *announced; /* the set feature bit; NULL: no bit announces it */
    uint32_t announced_leaf;        /* the absolute leaf of that bit */
} hv_decode_msr;

/* Where a found interface's MSRs are: for a relocatable MSR base, the
 * value of the field reporting it when the dump holds that leaf (else its
 * default, with *from_dump false). */
typedef struct hv_decode_msr_base {
    bool relocatable, from_dump;
    uint32_t base, leaf; /* leaf: the absolute leaf read, when from_dump */
} hv_decode_msr_base;

typedef void (*hv_decode_msr_fn)(void *ctx, const hv_decode_msr *m);

/* The found interface's MSRs the guest may use given the dump: each MSR no
 * feature bit announces, and each whose announcing bit is set, in address
 * order. Calls fn for each; returns how many the interface defines (0 for
 * none, or an unknown interface) and sets *base. */
size_t hv_decode_msrs(const hv_decode_findings *r, const hvcpuid_found *f, hv_decode_msr_base *base,
                      hv_decode_msr_fn fn, void *ctx);

#endif
