/* SPDX-License-Identifier: MIT */
/* napoca.h - Bitdefender Napoca (signature as a peer knows it). Generated from
 * spec/bitdefender.xml by hvcpuid 0.1.0 -- do not edit; change the registry and
 * run 'hvcpuid gen' instead. */
#ifndef HVCPUID_NAPOCA_H
#define HVCPUID_NAPOCA_H

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

/* Interface napoca: Bitdefender Napoca (signature as a peer knows it) (vendor
 * bitdefender, Bitdefender). Only stress-ng lists "Napocahv" padded with four
 * spaces; no Bitdefender source was found. Source: ColinIanKing/stress-ng
 * core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's list). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_NAPOCA_VENDOR_SIGNATURE "Napocahv    "
#define HVCPUID_NAPOCA_VENDOR_SIGNATURE_EBX 0x6F70614EU
#define HVCPUID_NAPOCA_VENDOR_SIGNATURE_ECX 0x76686163U
#define HVCPUID_NAPOCA_VENDOR_SIGNATURE_EDX 0x20202020U
/* The exact signature bytes are not confirmed by a primary source. */

#define HVCPUID_NAPOCA_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, napoca) */
#define HVCPUID_NAPOCA_BASE_COUNT 1U
#define HVCPUID_NAPOCA_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_NAPOCA_SIGNATURE_OFFSET 0x00U
#define HVCPUID_NAPOCA_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_NAPOCA_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_NAPOCA_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NAPOCA_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "Napo", 0x6f70614e. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_NAPOCA_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_NAPOCA_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_NAPOCA_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_NAPOCA_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NAPOCA_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NAPOCA_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "cahv", 0x76686163. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_NAPOCA_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_NAPOCA_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_NAPOCA_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_NAPOCA_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NAPOCA_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_NAPOCA_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: " ", 0x20202020. Source: ColinIanKing/stress-ng
 * core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's list). */
#define HVCPUID_NAPOCA_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_NAPOCA_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_NAPOCA_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_NAPOCA_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_NAPOCA_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_NAPOCA_H */
