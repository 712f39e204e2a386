/* SPDX-License-Identifier: MIT */
/* virtualbox_minimal.h - VirtualBox Minimal paravirtualization provider.
 * Generated from spec/virtualbox.xml by hvcpuid 0.1.0 -- do not edit; change
 * the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_VIRTUALBOX_MINIMAL_H
#define HVCPUID_VIRTUALBOX_MINIMAL_H

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

/* Interface virtualbox-minimal: VirtualBox Minimal paravirtualization provider
 * (vendor virtualbox, Oracle VirtualBox). Sets CPUID.1:ECX[31] and reports max
 * leaf 0x40000010 with EBX, ECX and EDX all zero (no vendor signature), zero
 * leaves 0x40000001-0x4000000F, and the generic timing leaf "originally defined
 * by VMware" for macOS guests. Source: VirtualBox/virtualbox
 * src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_VIRTUALBOX_MINIMAL_VENDOR_SIGNATURE "\000\000\000\000\000\000\000\000\000\000\000\000"
#define HVCPUID_VIRTUALBOX_MINIMAL_VENDOR_SIGNATURE_EBX 0x00000000U
#define HVCPUID_VIRTUALBOX_MINIMAL_VENDOR_SIGNATURE_ECX 0x00000000U
#define HVCPUID_VIRTUALBOX_MINIMAL_VENDOR_SIGNATURE_EDX 0x00000000U

#define HVCPUID_VIRTUALBOX_MINIMAL_DEFAULT_BASE 0x40000000U
#define HVCPUID_VIRTUALBOX_MINIMAL_MAX_LEAF 0x10U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, virtualbox-minimal) */
#define HVCPUID_VIRTUALBOX_MINIMAL_BASE_COUNT 1U
#define HVCPUID_VIRTUALBOX_MINIMAL_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: Highest leaf; no vendor signature. Source:
 * VirtualBox/virtualbox src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_OFFSET 0x00U
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: 0x40000010. Source: VirtualBox/virtualbox
 * src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_SIGNATURE_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x10 timing: The generic timing leaf (spec/generic.xml,
 * generic-timing). Source: VirtualBox/virtualbox
 * src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_OFFSET 0x10U
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_LEAF 0x40000010U
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x10U)
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_LEAF_AT_40000000 0x40000010U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] tsc_khz: TSC frequency in kHz (TMCpuTicksPerSecond / 1000). Source:
 * VirtualBox/virtualbox src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_TSC_KHZ_SHIFT 0
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_TSC_KHZ_WIDTH 32
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EAX_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] apic_khz: APIC timer frequency in kHz, rounded. Source:
 * VirtualBox/virtualbox src/VBox/VMM/VMMR3/GIMMinimal.cpp at 4908d8d1a85c. */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_APIC_KHZ_SHIFT 0
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_APIC_KHZ_WIDTH 32
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_APIC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_APIC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EBX_APIC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VIRTUALBOX_MINIMAL_TIMING_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_VIRTUALBOX_MINIMAL_H */
