/* SPDX-License-Identifier: MIT */
/* hvcpuid.h - every interface of the hvcpuid registry. Generated from
 * small/acme.xml, small/zeta.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_HVCPUID_H
#define HVCPUID_HVCPUID_H

/* The unsigned 32-bit type register values are computed in: define HVCPUID_U32
 * before including (e.g. as __u32, u32 or uint32_t) to use your own. */
#ifndef HVCPUID_U32
#define HVCPUID_U32 unsigned int
#endif
#ifndef HVCPUID_U32_CHECKED
#define HVCPUID_U32_CHECKED
/* A conversion that C++'s -Wold-style-cast accepts. */
#ifdef __cplusplus
#define HVCPUID_U32_CAST(x) (static_cast<HVCPUID_U32>(x))
#else
#define HVCPUID_U32_CAST(x) ((HVCPUID_U32)(x))
#endif
/* Does not compile unless HVCPUID_U32 is unsigned and 32 bits wide. */
typedef char hvcpuid_u32_check[(sizeof(HVCPUID_U32) == 4 && HVCPUID_U32_CAST(0) - 1 > HVCPUID_U32_CAST(0)) ? 1 : -1];
#endif

#include "acme.h"
#include "zeta.h"

/* The hypervisor range; bases are 0x100-aligned within it. The first
 * three are lib/hvcpuid-runtime.h's too, in the same lines. */
#ifndef HVCPUID_RANGE_FIRST
#define HVCPUID_RANGE_FIRST 0x40000000U
#endif
#ifndef HVCPUID_RANGE_LAST
#define HVCPUID_RANGE_LAST 0x4000FFFFU
#endif
#ifndef HVCPUID_BASE_LAST
#define HVCPUID_BASE_LAST 0x4000FF00U
#endif
#define HVCPUID_BASE_FIRST 0x40000000U
#define HVCPUID_BASE_STEP 0x00000100U

/* CPUID.1:ECX[31]: a hypervisor is present. */
#define HVCPUID_PRESENT_LEAF 0x00000001U
#define HVCPUID_PRESENT_ECX_SHIFT 31
#define HVCPUID_PRESENT_ECX_MASK 0x80000000U

/* X(token, "id") for every interface, by id. */
#define HVCPUID_INTERFACES(X) \
    X(acme, "acme") \
    X(zeta, "zeta")

/* X(token, "id", ebx, ecx, edx): each vendor signature at base+0. */
#define HVCPUID_VENDOR_SIGNATURES(X) \
    X(acme, "acme", 0x656D6341U, 0x00004D56U, 0x00000000U)

/* X(token, "id", eax): each interface signature at base+1. */
#define HVCPUID_INTERFACE_SIGNATURES(X) \
    X(zeta, "zeta", 0x3123745AU)

/* X(token, "hypervisor", ebx, ecx, edx): each vendor string a product shows at base+0
 * for an interface, other than the interface's own. */
#define HVCPUID_SHOWN_VENDOR_SIGNATURES(X) \
    X(zeta, "acme-box", 0x656D6341U, 0x6174655AU, 0x65646F4DU)

#endif /* HVCPUID_HVCPUID_H */
