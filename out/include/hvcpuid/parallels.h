/* SPDX-License-Identifier: MIT */
/* parallels.h - Parallels (signature as XNU knows it). Generated from
 * spec/apple.xml by hvcpuid 0.1.0 -- do not edit; change the registry and run
 * 'hvcpuid gen' instead. */
#ifndef HVCPUID_PARALLELS_H
#define HVCPUID_PARALLELS_H

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

/* Interface parallels: Parallels (signature as XNU knows it) (vendor apple,
 * Apple (as XNU knows them)). Only the vendor signature is registered, as XNU's
 * CPUID_VMM_ID_PARALLELS has it. Parallels' Hyper-V-compatible mode is the
 * separate interface parallels-hv. Source: apple/darwin-xnu osfmk/i386/cpuid.h
 * at 2ff845c2e033. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_PARALLELS_VENDOR_SIGNATURE "Parallels\000\000\000"
#define HVCPUID_PARALLELS_VENDOR_SIGNATURE_EBX 0x61726150U
#define HVCPUID_PARALLELS_VENDOR_SIGNATURE_ECX 0x6C656C6CU
#define HVCPUID_PARALLELS_VENDOR_SIGNATURE_EDX 0x00000073U

#define HVCPUID_PARALLELS_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, parallels) */
#define HVCPUID_PARALLELS_BASE_COUNT 1U
#define HVCPUID_PARALLELS_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033. */
#define HVCPUID_PARALLELS_SIGNATURE_OFFSET 0x00U
#define HVCPUID_PARALLELS_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_PARALLELS_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_PARALLELS_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "Para", 0x61726150. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033 (defines CPUID_VMM_ID_PARALLELS). */
#define HVCPUID_PARALLELS_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_PARALLELS_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_PARALLELS_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "llel", 0x6c656c6c. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033 (defines CPUID_VMM_ID_PARALLELS). */
#define HVCPUID_PARALLELS_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_PARALLELS_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_PARALLELS_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "s\0\0\0", 0x00000073. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033 (defines CPUID_VMM_ID_PARALLELS). */
#define HVCPUID_PARALLELS_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_PARALLELS_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_PARALLELS_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_PARALLELS_H */
