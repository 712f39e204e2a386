/* SPDX-License-Identifier: MIT */
/* parallels_hv.h - Parallels in Hyper-V mode (signature as peers know it).
 * Generated from spec/apple.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_PARALLELS_HV_H
#define HVCPUID_PARALLELS_HV_H

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

/* Interface parallels-hv: Parallels in Hyper-V mode (signature as peers know
 * it) (vendor apple, Apple (as XNU knows them)). Peers list four spellings of
 * this vendor string, all unconfirmed by a Parallels source: stress-ng "prl
 * hyperv " and " lrpepyh vr", VMAware " prl hyperv " and " lrpepyh vr",
 * libcpuid "prl hyperv\0\0". " lrpepyh vr" is "prl hyperv " with each
 * register's four bytes reversed, so the two-space form is registered. The mode
 * presents Hv#1 at 0x40000001 (a decoder identifies the Hyper-V interface
 * there); this entry names the vendor string. Source: ColinIanKing/stress-ng
 * core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's list). Source:
 * kernelwernel/VMAware src/vmaware.hpp at e6335799c012 (vmid_template, a peer's
 * list). Source: anrieff/libcpuid libcpuid/cpuid_main.c at 2d1e0190b189 (a
 * peer's list). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_PARALLELS_HV_VENDOR_SIGNATURE "prl hyperv  "
#define HVCPUID_PARALLELS_HV_VENDOR_SIGNATURE_EBX 0x206C7270U
#define HVCPUID_PARALLELS_HV_VENDOR_SIGNATURE_ECX 0x65707968U
#define HVCPUID_PARALLELS_HV_VENDOR_SIGNATURE_EDX 0x20207672U
/* The exact signature bytes are not confirmed by a primary source. */

#define HVCPUID_PARALLELS_HV_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, parallels-hv) */
#define HVCPUID_PARALLELS_HV_BASE_COUNT 1U
#define HVCPUID_PARALLELS_HV_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_OFFSET 0x00U
#define HVCPUID_PARALLELS_HV_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_PARALLELS_HV_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_PARALLELS_HV_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "prl ", 0x206c7270. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_HV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "hype", 0x65707968. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_HV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "rv ", 0x20207672. Source:
 * ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6 (x86_virt_id_str, a peer's
 * list). */
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_PARALLELS_HV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_PARALLELS_HV_H */
