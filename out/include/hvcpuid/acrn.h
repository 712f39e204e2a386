/* SPDX-License-Identifier: MIT */
/* acrn.h - ACRN hypervisor interface. Generated from spec/acrn.xml by hvcpuid
 * 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_ACRN_H
#define HVCPUID_ACRN_H

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

/* Interface acrn: ACRN hypervisor interface (vendor acrn, Project ACRN). Linux
 * detects ACRN with cpuid_base_hypervisor("ACRNACRNACRN", 0) but then reads the
 * absolute leaves 0x40000001 and 0x40000010, not base-relative ones (the leaf
 * numbers are "hardcoded in the hypervisor"). Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. Source: torvalds/linux arch/x86/include/asm/acrn.h at
 * e4f7e9018f90. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_ACRN_VENDOR_SIGNATURE "ACRNACRNACRN"
#define HVCPUID_ACRN_VENDOR_SIGNATURE_EBX 0x4E524341U
#define HVCPUID_ACRN_VENDOR_SIGNATURE_ECX 0x4E524341U
#define HVCPUID_ACRN_VENDOR_SIGNATURE_EDX 0x4E524341U

#define HVCPUID_ACRN_DEFAULT_BASE 0x40000000U
#define HVCPUID_ACRN_MAX_LEAF 0x10U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, acrn, acrn-hv) */
#define HVCPUID_ACRN_BASE_COUNT 1U
#define HVCPUID_ACRN_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: Highest ACRN leaf and the vendor signature. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_SIGNATURE_OFFSET 0x00U
#define HVCPUID_ACRN_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_ACRN_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_ACRN_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: 0x40000010. Source: torvalds/linux
 * Documentation/virt/acrn/cpuid.rst at e50fedec822e. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_ACRN_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_ACRN_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_ACRN_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACRN_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "ACRN", 0x4e524341. Source: torvalds/linux
 * Documentation/virt/acrn/cpuid.rst at e50fedec822e. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_ACRN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_ACRN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_ACRN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACRN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "ACRN", 0x4e524341. Source: torvalds/linux
 * Documentation/virt/acrn/cpuid.rst at e50fedec822e. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_ACRN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_ACRN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_ACRN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACRN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "ACRN", 0x4e524341. Source: torvalds/linux
 * Documentation/virt/acrn/cpuid.rst at e50fedec822e. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_ACRN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_ACRN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_ACRN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACRN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features (upstream ACRN_CPUID_FEATURES): ACRN features. With
 * CONFIG_HYPERV_ENABLED a non-service VM sees "Hv#1" (0x31237648) in this EAX
 * instead (hypervisor acrn-hv), so bit 0 is then not the privileged-VM flag.
 * Source: torvalds/linux arch/x86/include/asm/acrn.h at e4f7e9018f90. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. Source: projectacrn/acrn-hypervisor
 * hypervisor/arch/x86/guest/hyperv.c at d61d98cf800e. */
#define HVCPUID_ACRN_FEATURES_OFFSET 0x01U
#define HVCPUID_ACRN_FEATURES_LEAF 0x40000001U
#define HVCPUID_ACRN_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_ACRN_FEATURES_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_FEATURES_EAX_RESERVED_MASK 0xFFFFFFFEU

/* eax[0] privileged_vm (upstream ACRN_FEATURE_PRIVILEGED_VM, a mask): The guest
 * is the privileged Service VM (hypervisor name GUEST_CAPS_PRIVILEGE_VM).
 * Source: torvalds/linux arch/x86/include/asm/acrn.h at e4f7e9018f90. Source:
 * torvalds/linux Documentation/virt/acrn/cpuid.rst at e50fedec822e. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_FEATURES_EAX_PRIVILEGED_VM_SHIFT 0
#define HVCPUID_ACRN_FEATURES_EAX_PRIVILEGED_VM_WIDTH 1
#define HVCPUID_ACRN_FEATURES_EAX_PRIVILEGED_VM_MASK 0x00000001U
#define HVCPUID_ACRN_FEATURES_EAX_PRIVILEGED_VM_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_ACRN_FEATURES_EAX_PRIVILEGED_VM_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_FEATURES_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x10 timing (upstream ACRN_CPUID_TIMING_INFO): The generic timing
 * leaf (spec/generic.xml, generic-timing), EAX only: ACRN reports no APIC bus
 * frequency, unlike VMware, QEMU and VirtualBox. Source: torvalds/linux
 * arch/x86/include/asm/acrn.h at e4f7e9018f90. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_TIMING_OFFSET 0x10U
#define HVCPUID_ACRN_TIMING_LEAF 0x40000010U
#define HVCPUID_ACRN_TIMING_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x10U)
#define HVCPUID_ACRN_TIMING_LEAF_AT_40000000 0x40000010U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_TIMING_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] tsc_khz: (Virtual) TSC frequency in kHz, PIT-calibrated. Source:
 * torvalds/linux arch/x86/include/asm/acrn.h at e4f7e9018f90. Source:
 * projectacrn/acrn-hypervisor hypervisor/arch/x86/guest/vcpuid.c at
 * d61d98cf800e. */
#define HVCPUID_ACRN_TIMING_EAX_TSC_KHZ_SHIFT 0
#define HVCPUID_ACRN_TIMING_EAX_TSC_KHZ_WIDTH 32
#define HVCPUID_ACRN_TIMING_EAX_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_ACRN_TIMING_EAX_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACRN_TIMING_EAX_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_TIMING_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_TIMING_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACRN_TIMING_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_ACRN_H */
