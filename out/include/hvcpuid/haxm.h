/* SPDX-License-Identifier: MIT */
/* haxm.h - Intel HAXM. Generated from spec/intel.xml by hvcpuid 0.1.0 -- do not
 * edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_HAXM_H
#define HVCPUID_HAXM_H

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

/* Interface haxm: Intel HAXM (vendor intel, Intel). HAXM answers 0x40000000
 * with EAX = 0x40000000 (no further leaves) and this signature, overriding an
 * underlying hypervisor's vendor ID. Source: intel/haxm core/cpuid.c at
 * 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX = 0x40000000). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_HAXM_VENDOR_SIGNATURE "HAXMHAXMHAXM"
#define HVCPUID_HAXM_VENDOR_SIGNATURE_EBX 0x4D584148U
#define HVCPUID_HAXM_VENDOR_SIGNATURE_ECX 0x4D584148U
#define HVCPUID_HAXM_VENDOR_SIGNATURE_EDX 0x4D584148U

#define HVCPUID_HAXM_DEFAULT_BASE 0x40000000U
#define HVCPUID_HAXM_MAX_LEAF 0x00U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, haxm) */
#define HVCPUID_HAXM_BASE_COUNT 1U
#define HVCPUID_HAXM_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature and the highest leaf. Source:
 * intel/haxm core/cpuid.c at 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX
 * = 0x40000000). */
#define HVCPUID_HAXM_SIGNATURE_OFFSET 0x00U
#define HVCPUID_HAXM_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_HAXM_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_HAXM_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_HAXM_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: Highest leaf: 0x40000000, so no leaf follows. Source:
 * intel/haxm core/cpuid.c at 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX
 * = 0x40000000). */
#define HVCPUID_HAXM_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_HAXM_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_HAXM_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_HAXM_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_HAXM_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_HAXM_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "HAXM", 0x4d584148. Source: intel/haxm
 * core/cpuid.c at 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX =
 * 0x40000000). */
#define HVCPUID_HAXM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_HAXM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_HAXM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_HAXM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_HAXM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_HAXM_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "HAXM", 0x4d584148. Source: intel/haxm
 * core/cpuid.c at 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX =
 * 0x40000000). */
#define HVCPUID_HAXM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_HAXM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_HAXM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_HAXM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_HAXM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_HAXM_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "HAXM", 0x4d584148. Source: intel/haxm
 * core/cpuid.c at 0b79f1f97977 (kSignature[13] = "HAXMHAXMHAXM"; EAX =
 * 0x40000000). */
#define HVCPUID_HAXM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_HAXM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_HAXM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_HAXM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_HAXM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_HAXM_H */
