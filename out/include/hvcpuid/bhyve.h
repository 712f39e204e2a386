/* SPDX-License-Identifier: MIT */
/* bhyve.h - bhyve hypervisor interface. Generated from spec/bhyve.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_BHYVE_H
#define HVCPUID_BHYVE_H

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

/* Interface bhyve: bhyve hypervisor interface (vendor bhyve, bhyve (FreeBSD)).
 * The signature ends in a space, not a NUL. Quirk: bhyve answers any leaf at or
 * above 0x40000000 beyond its max leaf with leaf 0x40000001 (Intel-style
 * "highest leaf" behaviour), so an unchecked read of 0x40000010 returns the
 * features leaf. There is no x2APIC feature bit: bhyve advertises x2APIC
 * through CPUID.1:ECX[21]. Source: freebsd/freebsd-src sys/amd64/vmm/x86.c at
 * 4322d597453d. Source: torvalds/linux arch/x86/kernel/cpu/bhyve.c at
 * a4a508df2aa3. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_BHYVE_VENDOR_SIGNATURE "bhyve bhyve "
#define HVCPUID_BHYVE_VENDOR_SIGNATURE_EBX 0x76796862U
#define HVCPUID_BHYVE_VENDOR_SIGNATURE_ECX 0x68622065U
#define HVCPUID_BHYVE_VENDOR_SIGNATURE_EDX 0x20657679U

#define HVCPUID_BHYVE_DEFAULT_BASE 0x40000000U
#define HVCPUID_BHYVE_MAX_LEAF 0x01U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, bhyve) */
#define HVCPUID_BHYVE_BASE_COUNT 1U
#define HVCPUID_BHYVE_BASES {0x40000000U}

/* ---- Leaf 0x00 signature (upstream CPUID_VM_SIGNATURE): Highest bhyve leaf
 * and the vendor signature (FreeBSD CPUID_VM_SIGNATURE; the signature is
 * Linux's BHYVE_SIGNATURE and FreeBSD's bhyve_id[]). Source:
 * freebsd/freebsd-src sys/amd64/vmm/x86.c at 4322d597453d. */
#define HVCPUID_BHYVE_SIGNATURE_OFFSET 0x00U
#define HVCPUID_BHYVE_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_BHYVE_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_BHYVE_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf (upstream CPUID_VM_HIGH): CPUID_VM_HIGH =
 * CPUID_BHYVE_FEATURES = 0x40000001. Source: freebsd/freebsd-src
 * sys/amd64/vmm/x86.c at 4322d597453d. Source: torvalds/linux
 * arch/x86/kernel/cpu/bhyve.c at a4a508df2aa3. */
#define HVCPUID_BHYVE_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_BHYVE_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_BHYVE_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_BHYVE_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_BHYVE_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "bhyv", 0x76796862. Source: freebsd/freebsd-src
 * sys/amd64/vmm/x86.c at 4322d597453d. Source: torvalds/linux
 * arch/x86/kernel/cpu/bhyve.c at a4a508df2aa3. */
#define HVCPUID_BHYVE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_BHYVE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_BHYVE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_BHYVE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_BHYVE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "e bh", 0x68622065. Source: freebsd/freebsd-src
 * sys/amd64/vmm/x86.c at 4322d597453d. Source: torvalds/linux
 * arch/x86/kernel/cpu/bhyve.c at a4a508df2aa3. */
#define HVCPUID_BHYVE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_BHYVE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_BHYVE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_BHYVE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_BHYVE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "yve ", 0x20657679. Source: freebsd/freebsd-src
 * sys/amd64/vmm/x86.c at 4322d597453d. Source: torvalds/linux
 * arch/x86/kernel/cpu/bhyve.c at a4a508df2aa3. */
#define HVCPUID_BHYVE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_BHYVE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_BHYVE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_BHYVE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_BHYVE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features (upstream CPUID_BHYVE_FEATURES): bhyve features
 * (added 2025). Source: freebsd/freebsd-src sys/amd64/vmm/x86.c at
 * 4322d597453d. Source: torvalds/linux arch/x86/kernel/cpu/bhyve.c at
 * a4a508df2aa3. */
#define HVCPUID_BHYVE_FEATURES_OFFSET 0x01U
#define HVCPUID_BHYVE_FEATURES_LEAF 0x40000001U
#define HVCPUID_BHYVE_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_BHYVE_FEATURES_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_FEATURES_EAX_RESERVED_MASK 0xFFFFFFFEU

/* eax[0] ext_dest_id (upstream CPUID_BHYVE_FEAT_EXT_DEST_ID): MSI extended
 * destination ID supported (Linux bhyve_ext_dest_id()). Source:
 * freebsd/freebsd-src sys/amd64/vmm/x86.c at 4322d597453d. Source:
 * torvalds/linux arch/x86/kernel/cpu/bhyve.c at a4a508df2aa3. */
#define HVCPUID_BHYVE_FEATURES_EAX_EXT_DEST_ID_SHIFT 0
#define HVCPUID_BHYVE_FEATURES_EAX_EXT_DEST_ID_WIDTH 1
#define HVCPUID_BHYVE_FEATURES_EAX_EXT_DEST_ID_MASK 0x00000001U
#define HVCPUID_BHYVE_FEATURES_EAX_EXT_DEST_ID_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_BHYVE_FEATURES_EAX_EXT_DEST_ID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_FEATURES_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_BHYVE_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_BHYVE_H */
