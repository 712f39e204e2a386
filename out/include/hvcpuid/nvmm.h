/* SPDX-License-Identifier: MIT */
/* nvmm.h - NetBSD NVMM (signature only). Generated from spec/netbsd.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_NVMM_H
#define HVCPUID_NVMM_H

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

/* Interface nvmm: NetBSD NVMM (signature only) (vendor netbsd, NetBSD). Only
 * the vendor signature is registered: NetBSD's own NVMM tests compare these 12
 * bytes; no NVMM leaf beyond 0x00 was found. Source: NetBSD NVMM tests
 * (code-search excerpt, repository not named: the guest executes CPUID
 * 0x40000000 and the test checks memcmp(sig, "___ NVMM ___", 12) over RBX, RCX,
 * RDX). Source: NetBSD sys/arch/x86/x86/identcpu.c (code-search excerpt: the
 * hypervisor-vendor table lists NetBSD "___ NVMM ___"). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_NVMM_VENDOR_SIGNATURE "___ NVMM ___"
#define HVCPUID_NVMM_VENDOR_SIGNATURE_EBX 0x205F5F5FU
#define HVCPUID_NVMM_VENDOR_SIGNATURE_ECX 0x4D4D564EU
#define HVCPUID_NVMM_VENDOR_SIGNATURE_EDX 0x5F5F5F20U

#define HVCPUID_NVMM_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, nvmm) */
#define HVCPUID_NVMM_BASE_COUNT 1U
#define HVCPUID_NVMM_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source: NetBSD NVMM tests
 * (code-search excerpt, repository not named: the guest executes CPUID
 * 0x40000000 and the test checks memcmp(sig, "___ NVMM ___", 12) over RBX, RCX,
 * RDX). */
#define HVCPUID_NVMM_SIGNATURE_OFFSET 0x00U
#define HVCPUID_NVMM_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_NVMM_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_NVMM_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NVMM_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "___ ", 0x205f5f5f. Source: NetBSD NVMM tests
 * (code-search excerpt, repository not named: the guest executes CPUID
 * 0x40000000 and the test checks memcmp(sig, "___ NVMM ___", 12) over RBX, RCX,
 * RDX). */
#define HVCPUID_NVMM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_NVMM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_NVMM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_NVMM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NVMM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NVMM_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "NVMM", 0x4d4d564e. Source: NetBSD NVMM tests
 * (code-search excerpt, repository not named: the guest executes CPUID
 * 0x40000000 and the test checks memcmp(sig, "___ NVMM ___", 12) over RBX, RCX,
 * RDX). */
#define HVCPUID_NVMM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_NVMM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_NVMM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_NVMM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NVMM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NVMM_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: " ___", 0x5f5f5f20. Source: NetBSD NVMM tests
 * (code-search excerpt, repository not named: the guest executes CPUID
 * 0x40000000 and the test checks memcmp(sig, "___ NVMM ___", 12) over RBX, RCX,
 * RDX). */
#define HVCPUID_NVMM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_NVMM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_NVMM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_NVMM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NVMM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_NVMM_H */
