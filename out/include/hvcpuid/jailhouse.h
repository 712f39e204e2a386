/* SPDX-License-Identifier: MIT */
/* jailhouse.h - Jailhouse hypervisor interface. Generated from
 * spec/jailhouse.xml by hvcpuid 0.1.0 -- do not edit; change the registry and
 * run 'hvcpuid gen' instead. */
#ifndef HVCPUID_JAILHOUSE_H
#define HVCPUID_JAILHOUSE_H

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

/* Interface jailhouse: Jailhouse hypervisor interface (vendor jailhouse,
 * Jailhouse (Siemens)). The signature is the C string "Jailhouse" in a
 * char[12], so three NULs pad it. No JAILHOUSE_FEATURE_* macro exists in
 * Jailhouse or in Linux's jailhouse_para.h; Linux decides x2APIC use with
 * x2apic_enabled(). Source: siemens/jailhouse hypervisor/arch/x86/vcpu.c at
 * e57d1eff6d55. Source: torvalds/linux arch/x86/include/asm/jailhouse_para.h at
 * 4a362601baa6. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_JAILHOUSE_VENDOR_SIGNATURE "Jailhouse\000\000\000"
#define HVCPUID_JAILHOUSE_VENDOR_SIGNATURE_EBX 0x6C69614AU
#define HVCPUID_JAILHOUSE_VENDOR_SIGNATURE_ECX 0x73756F68U
#define HVCPUID_JAILHOUSE_VENDOR_SIGNATURE_EDX 0x00000065U

#define HVCPUID_JAILHOUSE_DEFAULT_BASE 0x40000000U
#define HVCPUID_JAILHOUSE_MAX_LEAF 0x01U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, jailhouse) */
#define HVCPUID_JAILHOUSE_BASE_COUNT 1U
#define HVCPUID_JAILHOUSE_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: Highest Jailhouse leaf and the vendor signature.
 * Source: siemens/jailhouse Documentation/hypervisor-interfaces.txt at
 * e57d1eff6d55. */
#define HVCPUID_JAILHOUSE_SIGNATURE_OFFSET 0x00U
#define HVCPUID_JAILHOUSE_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_JAILHOUSE_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_JAILHOUSE_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: JAILHOUSE_CPUID_FEATURES = 0x40000001. Source:
 * siemens/jailhouse hypervisor/arch/x86/vcpu.c at e57d1eff6d55. Source:
 * siemens/jailhouse Documentation/hypervisor-interfaces.txt at e57d1eff6d55.
 * Source: torvalds/linux arch/x86/kernel/jailhouse.c at 3f98538c7673. */
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_JAILHOUSE_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "Jail", 0x6c69614a. Source: siemens/jailhouse
 * hypervisor/arch/x86/vcpu.c at e57d1eff6d55. Source: siemens/jailhouse
 * Documentation/hypervisor-interfaces.txt at e57d1eff6d55. Source:
 * torvalds/linux arch/x86/kernel/jailhouse.c at 3f98538c7673. */
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_JAILHOUSE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "hous", 0x73756f68. Source: siemens/jailhouse
 * hypervisor/arch/x86/vcpu.c at e57d1eff6d55. Source: siemens/jailhouse
 * Documentation/hypervisor-interfaces.txt at e57d1eff6d55. Source:
 * torvalds/linux arch/x86/kernel/jailhouse.c at 3f98538c7673. */
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_JAILHOUSE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "e\0\0\0", 0x00000065. Source:
 * siemens/jailhouse hypervisor/arch/x86/vcpu.c at e57d1eff6d55. Source:
 * siemens/jailhouse Documentation/hypervisor-interfaces.txt at e57d1eff6d55.
 * Source: torvalds/linux arch/x86/kernel/jailhouse.c at 3f98538c7673. */
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_JAILHOUSE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features (upstream JAILHOUSE_CPUID_FEATURES): "A so far empty
 * feature set" (Jailhouse commit c0fae8df, 2015): all zero. Source:
 * siemens/jailhouse include/arch/x86/asm/jailhouse_hypercall.h at e57d1eff6d55.
 * Source: siemens/jailhouse hypervisor/arch/x86/vcpu.c at e57d1eff6d55. */
#define HVCPUID_JAILHOUSE_FEATURES_OFFSET 0x01U
#define HVCPUID_JAILHOUSE_FEATURES_LEAF 0x40000001U
#define HVCPUID_JAILHOUSE_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_JAILHOUSE_FEATURES_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_FEATURES_EAX_RESERVED_MASK 0xFFFFFFFFU

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_FEATURES_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_JAILHOUSE_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_JAILHOUSE_H */
