/* SPDX-License-Identifier: MIT */
/* noirvisor.h - NoirVisor (signature only). Generated from spec/research.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_NOIRVISOR_H
#define HVCPUID_NOIRVISOR_H

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

/* Interface noirvisor: NoirVisor (signature only) (vendor research, Research
 * hypervisors). The vendor signature NoirVisor's own handlers write (12 bytes).
 * Its other leaves are not registered: the code and the documentation read
 * disagree on the interface signature at 0x40000001. Source: NoirVisor source
 * (code-search excerpts, repository not named: the 0x40000000 handlers copy
 * "NoirVisor ZT" with noir_movsb(..., 12); its documentation says the same
 * string and an interface signature "Nv#1" at 0x40000001 (the code writes
 * "Hv#0")). Source: kernelwernel/VMAware src/vmaware.hpp at e6335799c012
 * (vmid_template, a peer's list). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_NOIRVISOR_VENDOR_SIGNATURE "NoirVisor ZT"
#define HVCPUID_NOIRVISOR_VENDOR_SIGNATURE_EBX 0x72696F4EU
#define HVCPUID_NOIRVISOR_VENDOR_SIGNATURE_ECX 0x6F736956U
#define HVCPUID_NOIRVISOR_VENDOR_SIGNATURE_EDX 0x545A2072U

#define HVCPUID_NOIRVISOR_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, noirvisor) */
#define HVCPUID_NOIRVISOR_BASE_COUNT 1U
#define HVCPUID_NOIRVISOR_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source: NoirVisor source
 * (code-search excerpts, repository not named: the 0x40000000 handlers copy
 * "NoirVisor ZT" with noir_movsb(..., 12); its documentation says the same
 * string and an interface signature "Nv#1" at 0x40000001 (the code writes
 * "Hv#0")). */
#define HVCPUID_NOIRVISOR_SIGNATURE_OFFSET 0x00U
#define HVCPUID_NOIRVISOR_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_NOIRVISOR_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_NOIRVISOR_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "Noir", 0x72696f4e. Source: NoirVisor source
 * (code-search excerpts, repository not named: the 0x40000000 handlers copy
 * "NoirVisor ZT" with noir_movsb(..., 12); its documentation says the same
 * string and an interface signature "Nv#1" at 0x40000001 (the code writes
 * "Hv#0")). */
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NOIRVISOR_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "Viso", 0x6f736956. Source: NoirVisor source
 * (code-search excerpts, repository not named: the 0x40000000 handlers copy
 * "NoirVisor ZT" with noir_movsb(..., 12); its documentation says the same
 * string and an interface signature "Nv#1" at 0x40000001 (the code writes
 * "Hv#0")). */
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NOIRVISOR_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "r ZT", 0x545a2072. Source: NoirVisor source
 * (code-search excerpts, repository not named: the 0x40000000 handlers copy
 * "NoirVisor ZT" with noir_movsb(..., 12); its documentation says the same
 * string and an interface signature "Nv#1" at 0x40000001 (the code writes
 * "Hv#0")). */
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NOIRVISOR_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_NOIRVISOR_H */
