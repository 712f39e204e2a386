/* SPDX-License-Identifier: MIT */
/* hvcpuid.h - every interface of the hvcpuid registry. Generated from
 * hostile/evil.xml by hvcpuid 0.1.0 -- do not edit; change the registry and run
 * 'hvcpuid gen' instead. */
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

/* The unsigned 64-bit type MSR values are computed in: define HVCPUID_U64
 * before including (e.g. as __u64, u64 or uint64_t) to use your own. C99 and
 * C++11 and later default to unsigned long long; C89 and C++98 have no 64-bit
 * type, so there the MSR masks and GET/SET macros exist only when HVCPUID_U64
 * is defined. MSR addresses, shifts and widths are always defined. */
#ifndef HVCPUID_U64
#if defined(__cplusplus)
#if __cplusplus >= 201103L
#define HVCPUID_U64 unsigned long long
#endif
#elif defined(__STDC_VERSION__)
#if __STDC_VERSION__ >= 199901L
#define HVCPUID_U64 unsigned long long
#endif
#endif
#endif
#if defined(HVCPUID_U64) && !defined(HVCPUID_U64_CHECKED)
#define HVCPUID_U64_CHECKED
#ifdef __cplusplus
#define HVCPUID_U64_CAST(x) (static_cast<HVCPUID_U64>(x))
#else
#define HVCPUID_U64_CAST(x) ((HVCPUID_U64)(x))
#endif
/* A 64-bit constant from two 32-bit halves, with no suffix C89 rejects. */
#define HVCPUID_U64_C(hi, lo) ((HVCPUID_U64_CAST(hi) << 32) | HVCPUID_U64_CAST(lo))
/* Does not compile unless HVCPUID_U64 is unsigned and 64 bits wide. */
typedef char hvcpuid_u64_check[(sizeof(HVCPUID_U64) == 8 && HVCPUID_U64_CAST(0) - 1 > HVCPUID_U64_CAST(0)) ? 1 : -1];
#endif

#include "evil.h"

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

/* The MSRs Intel's SDM keeps free of architectural MSRs, for software. */
#define HVCPUID_MSR_SOFTWARE_FIRST 0x40000000U
#define HVCPUID_MSR_SOFTWARE_LAST 0x400000FFU

/* X(token, "id") for every interface, by id. */
#define HVCPUID_INTERFACES(X) \
    X(evil, "evil")

/* X(token, "id", ebx, ecx, edx): each vendor signature at base+0. */
#define HVCPUID_VENDOR_SIGNATURES(X) \
    X(evil, "evil", 0x5C223F61U, 0x802F3F3FU, 0x2AFF3100U)

/* X(token, "id", eax): each interface signature at base+1. */
#define HVCPUID_INTERFACE_SIGNATURES(X) \
    X(evil, "evil", 0x002F3F3FU)

/* X(token, "hypervisor", ebx, ecx, edx): each vendor string a product shows at base+0
 * for an interface, other than the interface's own. */
#define HVCPUID_SHOWN_VENDOR_SIGNATURES(X)

#endif /* HVCPUID_HVCPUID_H */
