/* SPDX-License-Identifier: MIT */
/* tcg.h - QEMU TCG interface. Generated from spec/qemu.xml by hvcpuid 0.1.0 --
 * do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_TCG_H
#define HVCPUID_TCG_H

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

/* Interface tcg: QEMU TCG interface (vendor qemu, QEMU). Emitted only when
 * tcg_enabled() and the CPU's expose-tcg property are set; otherwise 0x40000000
 * reads all zeros. Source: qemu/qemu target/i386/cpu.c (read from a code-search
 * excerpt, commit not pinned). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_TCG_VENDOR_SIGNATURE "TCGTCGTCGTCG"
#define HVCPUID_TCG_VENDOR_SIGNATURE_EBX 0x54474354U
#define HVCPUID_TCG_VENDOR_SIGNATURE_ECX 0x43544743U
#define HVCPUID_TCG_VENDOR_SIGNATURE_EDX 0x47435447U

#define HVCPUID_TCG_DEFAULT_BASE 0x40000000U
#define HVCPUID_TCG_MAX_LEAF 0x01U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, qemu-tcg) */
#define HVCPUID_TCG_BASE_COUNT 1U
#define HVCPUID_TCG_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: Highest TCG leaf and the vendor signature. Source:
 * qemu/qemu target/i386/cpu.c (code-search excerpt). */
#define HVCPUID_TCG_SIGNATURE_OFFSET 0x00U
#define HVCPUID_TCG_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_TCG_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_TCG_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: 0x40000001. Source: qemu/qemu target/i386/cpu.c (read
 * from a code-search excerpt, commit not pinned). */
#define HVCPUID_TCG_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_TCG_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_TCG_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_TCG_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_TCG_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "TCGT", 0x54474354. Source: qemu/qemu
 * target/i386/cpu.c (read from a code-search excerpt, commit not pinned). */
#define HVCPUID_TCG_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_TCG_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_TCG_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_TCG_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_TCG_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "CGTC", 0x43544743. Source: qemu/qemu
 * target/i386/cpu.c (read from a code-search excerpt, commit not pinned). */
#define HVCPUID_TCG_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_TCG_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_TCG_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_TCG_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_TCG_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "GTCG", 0x47435447. Source: qemu/qemu
 * target/i386/cpu.c (read from a code-search excerpt, commit not pinned). */
#define HVCPUID_TCG_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_TCG_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_TCG_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_TCG_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_TCG_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features: Empty: all zero. Source: qemu/qemu target/i386/cpu.c
 * (code-search excerpt). */
#define HVCPUID_TCG_FEATURES_OFFSET 0x01U
#define HVCPUID_TCG_FEATURES_LEAF 0x40000001U
#define HVCPUID_TCG_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_TCG_FEATURES_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_FEATURES_EAX_RESERVED_MASK 0xFFFFFFFFU

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_FEATURES_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_TCG_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_TCG_H */
