/* SPDX-License-Identifier: MIT */
/* xen.h - Xen HVM/PV interface. Generated from spec/xen.xml by hvcpuid 0.1.0 --
 * do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_XEN_H
#define HVCPUID_XEN_H

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

/* Interface xen: Xen HVM/PV interface (vendor xen, Xen Project). Xen's leaves
 * (the header's XEN_CPUID_LEAF(i) is XEN_CPUID_FIRST_LEAF + i). With Viridian
 * (Hyper-V emulation) enabled they move to the first unused 0x100-aligned base,
 * 0x40000100, and the Xen MSR base moves to 0x40000200. Xen clamps the limit to
 * 2..XEN_CPUID_MAX_NUM_LEAVES (5): there is no offset 6. Source:
 * xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_XEN_VENDOR_SIGNATURE "XenVMMXenVMM"
#define HVCPUID_XEN_VENDOR_SIGNATURE_EBX 0x566E6558U
#define HVCPUID_XEN_VENDOR_SIGNATURE_ECX 0x65584D4DU
#define HVCPUID_XEN_VENDOR_SIGNATURE_EDX 0x4D4D566EU

#define HVCPUID_XEN_DEFAULT_BASE 0x40000000U
#define HVCPUID_XEN_MAX_LEAF 0x05U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, qemu-kvm-xen, xen); 0x40000100 (qemu-kvm-xen-hv, xen-viridian) */
#define HVCPUID_XEN_BASE_COUNT 2U
#define HVCPUID_XEN_BASES {0x40000000U, 0x40000100U}

/* ---- Leaf 0x00 signature (upstream XEN_CPUID_FIRST_LEAF): Header "Leaf 1":
 * highest Xen leaf and the vendor signature. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_SIGNATURE_OFFSET 0x00U
#define HVCPUID_XEN_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_XEN_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_XEN_SIGNATURE_LEAF_AT_40000000 0x40000000U
#define HVCPUID_XEN_SIGNATURE_LEAF_AT_40000100 0x40000100U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: Highest Xen leaf: base + limit. The default limit
 * XEN_CPUID_MAX_NUM_LEAVES is 5 in current headers and Debian's 4.17 (older
 * headers: 4); the toolstack clamps it to 2..max. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_XEN_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_XEN_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0 (upstream XEN_CPUID_SIGNATURE_EBX): "XenV",
 * 0x566e6558. Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at
 * c447b7308b13. Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_XEN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_XEN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1 (upstream XEN_CPUID_SIGNATURE_ECX): "MMXe",
 * 0x65584d4d. Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at
 * c447b7308b13. Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_XEN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_XEN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2 (upstream XEN_CPUID_SIGNATURE_EDX): "nVMM",
 * 0x4d4d566e. Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at
 * c447b7308b13. Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_XEN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_XEN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 version: Header "Leaf 2": Xen version. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_VERSION_OFFSET 0x01U
#define HVCPUID_XEN_VERSION_LEAF 0x40000001U
#define HVCPUID_XEN_VERSION_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_XEN_VERSION_LEAF_AT_40000000 0x40000001U
#define HVCPUID_XEN_VERSION_LEAF_AT_40000100 0x40000101U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_VERSION_EAX_RESERVED_MASK 0x00000000U

/* eax[15:0] minor_version: Xen minor version. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_VERSION_EAX_MINOR_VERSION_SHIFT 0
#define HVCPUID_XEN_VERSION_EAX_MINOR_VERSION_WIDTH 16
#define HVCPUID_XEN_VERSION_EAX_MINOR_VERSION_MASK 0x0000FFFFU
#define HVCPUID_XEN_VERSION_EAX_MINOR_VERSION_GET(r) ((HVCPUID_U32_CAST(r) & 0x0000FFFFU) >> 0)
#define HVCPUID_XEN_VERSION_EAX_MINOR_VERSION_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x0000FFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0x0000FFFFU))

/* eax[31:16] major_version: Xen major version. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_VERSION_EAX_MAJOR_VERSION_SHIFT 16
#define HVCPUID_XEN_VERSION_EAX_MAJOR_VERSION_WIDTH 16
#define HVCPUID_XEN_VERSION_EAX_MAJOR_VERSION_MASK 0xFFFF0000U
#define HVCPUID_XEN_VERSION_EAX_MAJOR_VERSION_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFF0000U) >> 16)
#define HVCPUID_XEN_VERSION_EAX_MAJOR_VERSION_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFF0000U) | ((HVCPUID_U32_CAST(v) << 16) & 0xFFFF0000U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_VERSION_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_VERSION_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_VERSION_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x02 hypercall: Header "Leaf 3": hypercall transfer pages, Xen MSR
 * base and feature words. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_HYPERCALL_OFFSET 0x02U
#define HVCPUID_XEN_HYPERCALL_LEAF 0x40000002U
#define HVCPUID_XEN_HYPERCALL_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x02U)
#define HVCPUID_XEN_HYPERCALL_LEAF_AT_40000000 0x40000002U
#define HVCPUID_XEN_HYPERCALL_LEAF_AT_40000100 0x40000102U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HYPERCALL_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] nr_hypercall_pages: Number of hypercall transfer pages; always 1.
 * Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13.
 * Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HYPERCALL_EAX_NR_HYPERCALL_PAGES_SHIFT 0
#define HVCPUID_XEN_HYPERCALL_EAX_NR_HYPERCALL_PAGES_WIDTH 32
#define HVCPUID_XEN_HYPERCALL_EAX_NR_HYPERCALL_PAGES_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_HYPERCALL_EAX_NR_HYPERCALL_PAGES_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_HYPERCALL_EAX_NR_HYPERCALL_PAGES_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HYPERCALL_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] msr_base: Base of the Xen-specific MSRs: 0x40000000, or 0x40000200
 * with Viridian (clear of the Hyper-V synthetic MSRs). Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HYPERCALL_EBX_MSR_BASE_SHIFT 0
#define HVCPUID_XEN_HYPERCALL_EBX_MSR_BASE_WIDTH 32
#define HVCPUID_XEN_HYPERCALL_EBX_MSR_BASE_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_HYPERCALL_EBX_MSR_BASE_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_HYPERCALL_EBX_MSR_BASE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HYPERCALL_ECX_RESERVED_MASK 0xFFFFFFFEU

/* ecx[0] mmu_pt_update_preserve_ad (upstream
 * XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD, a mask): The host supports
 * MMU_PT_UPDATE_PRESERVE_AD for this guest (set for PV domains). Source:
 * xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source:
 * xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HYPERCALL_ECX_MMU_PT_UPDATE_PRESERVE_AD_SHIFT 0
#define HVCPUID_XEN_HYPERCALL_ECX_MMU_PT_UPDATE_PRESERVE_AD_WIDTH 1
#define HVCPUID_XEN_HYPERCALL_ECX_MMU_PT_UPDATE_PRESERVE_AD_MASK 0x00000001U
#define HVCPUID_XEN_HYPERCALL_ECX_MMU_PT_UPDATE_PRESERVE_AD_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_XEN_HYPERCALL_ECX_MMU_PT_UPDATE_PRESERVE_AD_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HYPERCALL_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x03 time_features, sub-leaf 0: Header "Leaf 4", sub-leaf 0: TSC
 * features, mode, guest frequency and incarnation. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_OFFSET 0x03U
#define HVCPUID_XEN_TIME_FEATURES_SUBLEAF 0U
#define HVCPUID_XEN_TIME_FEATURES_LEAF 0x40000003U
#define HVCPUID_XEN_TIME_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x03U)
#define HVCPUID_XEN_TIME_FEATURES_LEAF_AT_40000000 0x40000003U
#define HVCPUID_XEN_TIME_FEATURES_LEAF_AT_40000100 0x40000103U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_FEATURES_EAX_RESERVED_MASK 0xFFFFFFF8U

/* eax[0] tsc_emulated (upstream XEN_CPUID_TSC_EMULATED, a mask): The TSC is
 * emulated. Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at
 * c447b7308b13. Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_EAX_TSC_EMULATED_SHIFT 0
#define HVCPUID_XEN_TIME_FEATURES_EAX_TSC_EMULATED_WIDTH 1
#define HVCPUID_XEN_TIME_FEATURES_EAX_TSC_EMULATED_MASK 0x00000001U
#define HVCPUID_XEN_TIME_FEATURES_EAX_TSC_EMULATED_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_XEN_TIME_FEATURES_EAX_TSC_EMULATED_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* eax[1] host_tsc_reliable (upstream XEN_CPUID_HOST_TSC_RELIABLE, a mask): The
 * host TSC is known to be reliable. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_EAX_HOST_TSC_RELIABLE_SHIFT 1
#define HVCPUID_XEN_TIME_FEATURES_EAX_HOST_TSC_RELIABLE_WIDTH 1
#define HVCPUID_XEN_TIME_FEATURES_EAX_HOST_TSC_RELIABLE_MASK 0x00000002U
#define HVCPUID_XEN_TIME_FEATURES_EAX_HOST_TSC_RELIABLE_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000002U) >> 1)
#define HVCPUID_XEN_TIME_FEATURES_EAX_HOST_TSC_RELIABLE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000002U) | ((HVCPUID_U32_CAST(v) << 1) & 0x00000002U))

/* eax[2] rdtscp_instr_avail (upstream XEN_CPUID_RDTSCP_INSTR_AVAIL, a mask):
 * The RDTSCP instruction is available. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_EAX_RDTSCP_INSTR_AVAIL_SHIFT 2
#define HVCPUID_XEN_TIME_FEATURES_EAX_RDTSCP_INSTR_AVAIL_WIDTH 1
#define HVCPUID_XEN_TIME_FEATURES_EAX_RDTSCP_INSTR_AVAIL_MASK 0x00000004U
#define HVCPUID_XEN_TIME_FEATURES_EAX_RDTSCP_INSTR_AVAIL_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000004U) >> 2)
#define HVCPUID_XEN_TIME_FEATURES_EAX_RDTSCP_INSTR_AVAIL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000004U) | ((HVCPUID_U32_CAST(v) << 2) & 0x00000004U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_FEATURES_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] tsc_mode: How the guest's TSC is provided. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_SHIFT 0
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_WIDTH 32
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))
/* tsc_mode = default: Emulate if necessary (XEN_CPUID_TSC_MODE_DEFAULT). */
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_DEFAULT 0x0U
/* tsc_mode = always_emulate: Always emulate
 * (XEN_CPUID_TSC_MODE_ALWAYS_EMULATE). */
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_ALWAYS_EMULATE 0x1U
/* tsc_mode = never_emulate: Never emulate (XEN_CPUID_TSC_MODE_NEVER_EMULATE). */
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_NEVER_EMULATE 0x2U
/* tsc_mode = pvrdtscp: No emulation, TSC_AUX holds the incarnation
 * (XEN_CPUID_TSC_MODE_PVRDTSCP). */
#define HVCPUID_XEN_TIME_FEATURES_EBX_TSC_MODE_PVRDTSCP 0x3U

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_FEATURES_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] guest_tsc_khz: Guest TSC frequency in kHz. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_ECX_GUEST_TSC_KHZ_SHIFT 0
#define HVCPUID_XEN_TIME_FEATURES_ECX_GUEST_TSC_KHZ_WIDTH 32
#define HVCPUID_XEN_TIME_FEATURES_ECX_GUEST_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_FEATURES_ECX_GUEST_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_FEATURES_ECX_GUEST_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_FEATURES_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] tsc_incarnation: Guest TSC incarnation (migration count). Source:
 * xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source:
 * xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_FEATURES_EDX_TSC_INCARNATION_SHIFT 0
#define HVCPUID_XEN_TIME_FEATURES_EDX_TSC_INCARNATION_WIDTH 32
#define HVCPUID_XEN_TIME_FEATURES_EDX_TSC_INCARNATION_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_FEATURES_EDX_TSC_INCARNATION_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_FEATURES_EDX_TSC_INCARNATION_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x03 time_scale, sub-leaf 1: Header "Leaf 4", sub-leaf 1: TSC
 * offset and the TSC-to-nanoseconds scale. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_TIME_SCALE_OFFSET 0x03U
#define HVCPUID_XEN_TIME_SCALE_SUBLEAF 1U
#define HVCPUID_XEN_TIME_SCALE_LEAF 0x40000003U
#define HVCPUID_XEN_TIME_SCALE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x03U)
#define HVCPUID_XEN_TIME_SCALE_LEAF_AT_40000000 0x40000003U
#define HVCPUID_XEN_TIME_SCALE_LEAF_AT_40000100 0x40000103U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_SCALE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] tsc_offset_lo: TSC offset, low 32 bits (0 with an emulated TSC, the
 * offset being applied already). Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_SCALE_EAX_TSC_OFFSET_LO_SHIFT 0
#define HVCPUID_XEN_TIME_SCALE_EAX_TSC_OFFSET_LO_WIDTH 32
#define HVCPUID_XEN_TIME_SCALE_EAX_TSC_OFFSET_LO_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_SCALE_EAX_TSC_OFFSET_LO_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_SCALE_EAX_TSC_OFFSET_LO_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_SCALE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] tsc_offset_hi: TSC offset, high 32 bits. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_SCALE_EBX_TSC_OFFSET_HI_SHIFT 0
#define HVCPUID_XEN_TIME_SCALE_EBX_TSC_OFFSET_HI_WIDTH 32
#define HVCPUID_XEN_TIME_SCALE_EBX_TSC_OFFSET_HI_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_SCALE_EBX_TSC_OFFSET_HI_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_SCALE_EBX_TSC_OFFSET_HI_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_SCALE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] tsc_to_ns_mul: Multiplier for TSC to nanoseconds. Source:
 * xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source:
 * xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_SCALE_ECX_TSC_TO_NS_MUL_SHIFT 0
#define HVCPUID_XEN_TIME_SCALE_ECX_TSC_TO_NS_MUL_WIDTH 32
#define HVCPUID_XEN_TIME_SCALE_ECX_TSC_TO_NS_MUL_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_SCALE_ECX_TSC_TO_NS_MUL_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_SCALE_ECX_TSC_TO_NS_MUL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_SCALE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] tsc_to_ns_shift: Shift for TSC to nanoseconds, signed (a shift of
 * -1 reads 0xffffffff). Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_SCALE_EDX_TSC_TO_NS_SHIFT_SHIFT 0
#define HVCPUID_XEN_TIME_SCALE_EDX_TSC_TO_NS_SHIFT_WIDTH 32
#define HVCPUID_XEN_TIME_SCALE_EDX_TSC_TO_NS_SHIFT_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_SCALE_EDX_TSC_TO_NS_SHIFT_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_SCALE_EDX_TSC_TO_NS_SHIFT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x03 time_host, sub-leaf 2: Header "Leaf 4", sub-leaf 2: the
 * physical TSC frequency, and nothing else. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_TIME_HOST_OFFSET 0x03U
#define HVCPUID_XEN_TIME_HOST_SUBLEAF 2U
#define HVCPUID_XEN_TIME_HOST_LEAF 0x40000003U
#define HVCPUID_XEN_TIME_HOST_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x03U)
#define HVCPUID_XEN_TIME_HOST_LEAF_AT_40000000 0x40000003U
#define HVCPUID_XEN_TIME_HOST_LEAF_AT_40000100 0x40000103U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_HOST_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] host_tsc_khz: Host TSC frequency in kHz. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_TIME_HOST_EAX_HOST_TSC_KHZ_SHIFT 0
#define HVCPUID_XEN_TIME_HOST_EAX_HOST_TSC_KHZ_WIDTH 32
#define HVCPUID_XEN_TIME_HOST_EAX_HOST_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_TIME_HOST_EAX_HOST_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_TIME_HOST_EAX_HOST_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_HOST_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_HOST_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_TIME_HOST_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x04 hvm_features, sub-leaf 0: Header "Leaf 5" (HVM domains only,
 * sub-leaf 0): HVM features, vCPU and domain ids. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_OFFSET 0x04U
#define HVCPUID_XEN_HVM_FEATURES_SUBLEAF 0U
#define HVCPUID_XEN_HVM_FEATURES_LEAF 0x40000004U
#define HVCPUID_XEN_HVM_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x04U)
#define HVCPUID_XEN_HVM_FEATURES_LEAF_AT_40000000 0x40000004U
#define HVCPUID_XEN_HVM_FEATURES_LEAF_AT_40000100 0x40000104U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HVM_FEATURES_EAX_RESERVED_MASK 0xFFFFFF80U

/* eax[0] apic_access_virt (upstream XEN_HVM_CPUID_APIC_ACCESS_VIRT, a mask):
 * Virtualized APIC registers. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_APIC_ACCESS_VIRT_SHIFT 0
#define HVCPUID_XEN_HVM_FEATURES_EAX_APIC_ACCESS_VIRT_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_APIC_ACCESS_VIRT_MASK 0x00000001U
#define HVCPUID_XEN_HVM_FEATURES_EAX_APIC_ACCESS_VIRT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_XEN_HVM_FEATURES_EAX_APIC_ACCESS_VIRT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* eax[1] x2apic_virt (upstream XEN_HVM_CPUID_X2APIC_VIRT, a mask): Virtualized
 * x2APIC accesses. Source: xen-project/xen xen/include/public/arch-x86/cpuid.h
 * at c447b7308b13. Source: xen-project/xen xen/arch/x86/cpuid.c at
 * c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_X2APIC_VIRT_SHIFT 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_X2APIC_VIRT_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_X2APIC_VIRT_MASK 0x00000002U
#define HVCPUID_XEN_HVM_FEATURES_EAX_X2APIC_VIRT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000002U) >> 1)
#define HVCPUID_XEN_HVM_FEATURES_EAX_X2APIC_VIRT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000002U) | ((HVCPUID_U32_CAST(v) << 1) & 0x00000002U))

/* eax[2] iommu_mappings (upstream XEN_HVM_CPUID_IOMMU_MAPPINGS, a mask): Memory
 * mapped from other domains has valid IOMMU entries. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_IOMMU_MAPPINGS_SHIFT 2
#define HVCPUID_XEN_HVM_FEATURES_EAX_IOMMU_MAPPINGS_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_IOMMU_MAPPINGS_MASK 0x00000004U
#define HVCPUID_XEN_HVM_FEATURES_EAX_IOMMU_MAPPINGS_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000004U) >> 2)
#define HVCPUID_XEN_HVM_FEATURES_EAX_IOMMU_MAPPINGS_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000004U) | ((HVCPUID_U32_CAST(v) << 2) & 0x00000004U))

/* eax[3] vcpu_id_present (upstream XEN_HVM_CPUID_VCPU_ID_PRESENT, a mask): EBX
 * holds the vCPU id. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_VCPU_ID_PRESENT_SHIFT 3
#define HVCPUID_XEN_HVM_FEATURES_EAX_VCPU_ID_PRESENT_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_VCPU_ID_PRESENT_MASK 0x00000008U
#define HVCPUID_XEN_HVM_FEATURES_EAX_VCPU_ID_PRESENT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000008U) >> 3)
#define HVCPUID_XEN_HVM_FEATURES_EAX_VCPU_ID_PRESENT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000008U) | ((HVCPUID_U32_CAST(v) << 3) & 0x00000008U))

/* eax[4] domid_present (upstream XEN_HVM_CPUID_DOMID_PRESENT, a mask): ECX
 * holds the domain id. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_DOMID_PRESENT_SHIFT 4
#define HVCPUID_XEN_HVM_FEATURES_EAX_DOMID_PRESENT_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_DOMID_PRESENT_MASK 0x00000010U
#define HVCPUID_XEN_HVM_FEATURES_EAX_DOMID_PRESENT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000010U) >> 4)
#define HVCPUID_XEN_HVM_FEATURES_EAX_DOMID_PRESENT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000010U) | ((HVCPUID_U32_CAST(v) << 4) & 0x00000010U))

/* eax[5] ext_dest_id (upstream XEN_HVM_CPUID_EXT_DEST_ID, a mask): IO-APIC RTE
 * bits 55:49 and MSI address bits 11:5 extend the destination ID to 15 bits.
 * Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13.
 * Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_EXT_DEST_ID_SHIFT 5
#define HVCPUID_XEN_HVM_FEATURES_EAX_EXT_DEST_ID_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_EXT_DEST_ID_MASK 0x00000020U
#define HVCPUID_XEN_HVM_FEATURES_EAX_EXT_DEST_ID_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000020U) >> 5)
#define HVCPUID_XEN_HVM_FEATURES_EAX_EXT_DEST_ID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000020U) | ((HVCPUID_U32_CAST(v) << 5) & 0x00000020U))

/* eax[6] upcall_vector (upstream XEN_HVM_CPUID_UPCALL_VECTOR, a mask): Per-vCPU
 * event channel upcalls work with physical IRQs bound to event channels.
 * Source: xen-project/xen xen/include/public/arch-x86/cpuid.h at c447b7308b13.
 * Source: xen-project/xen xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EAX_UPCALL_VECTOR_SHIFT 6
#define HVCPUID_XEN_HVM_FEATURES_EAX_UPCALL_VECTOR_WIDTH 1
#define HVCPUID_XEN_HVM_FEATURES_EAX_UPCALL_VECTOR_MASK 0x00000040U
#define HVCPUID_XEN_HVM_FEATURES_EAX_UPCALL_VECTOR_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000040U) >> 6)
#define HVCPUID_XEN_HVM_FEATURES_EAX_UPCALL_VECTOR_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000040U) | ((HVCPUID_U32_CAST(v) << 6) & 0x00000040U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HVM_FEATURES_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vcpu_id: vCPU id, when vcpu_id_present. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_EBX_VCPU_ID_SHIFT 0
#define HVCPUID_XEN_HVM_FEATURES_EBX_VCPU_ID_WIDTH 32
#define HVCPUID_XEN_HVM_FEATURES_EBX_VCPU_ID_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_HVM_FEATURES_EBX_VCPU_ID_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_HVM_FEATURES_EBX_VCPU_ID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_HVM_FEATURES_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] domain_id: Domain id, when domid_present. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_HVM_FEATURES_ECX_DOMAIN_ID_SHIFT 0
#define HVCPUID_XEN_HVM_FEATURES_ECX_DOMAIN_ID_WIDTH 32
#define HVCPUID_XEN_HVM_FEATURES_ECX_DOMAIN_ID_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_HVM_FEATURES_ECX_DOMAIN_ID_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_HVM_FEATURES_ECX_DOMAIN_ID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x05 pv_features, sub-leaf 0: Header "Leaf 6" (PV domains only,
 * sub-leaf 0): PV parameters. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_PV_FEATURES_OFFSET 0x05U
#define HVCPUID_XEN_PV_FEATURES_SUBLEAF 0U
#define HVCPUID_XEN_PV_FEATURES_LEAF 0x40000005U
#define HVCPUID_XEN_PV_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x05U)
#define HVCPUID_XEN_PV_FEATURES_LEAF_AT_40000000 0x40000005U
#define HVCPUID_XEN_PV_FEATURES_LEAF_AT_40000100 0x40000105U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_PV_FEATURES_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_subleaf: Highest available sub-leaf. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_PV_FEATURES_EAX_MAX_SUBLEAF_SHIFT 0
#define HVCPUID_XEN_PV_FEATURES_EAX_MAX_SUBLEAF_WIDTH 32
#define HVCPUID_XEN_PV_FEATURES_EAX_MAX_SUBLEAF_MASK 0xFFFFFFFFU
#define HVCPUID_XEN_PV_FEATURES_EAX_MAX_SUBLEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_XEN_PV_FEATURES_EAX_MAX_SUBLEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_PV_FEATURES_EBX_RESERVED_MASK 0xFFFFFF00U

/* ebx[7:0] machine_address_width (upstream
 * XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK, a mask): Highest machine address width
 * in bits, memory hotplug included. Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. Source: xen-project/xen
 * xen/arch/x86/cpuid.c at c447b7308b13. */
#define HVCPUID_XEN_PV_FEATURES_EBX_MACHINE_ADDRESS_WIDTH_SHIFT 0
#define HVCPUID_XEN_PV_FEATURES_EBX_MACHINE_ADDRESS_WIDTH_WIDTH 8
#define HVCPUID_XEN_PV_FEATURES_EBX_MACHINE_ADDRESS_WIDTH_MASK 0x000000FFU
#define HVCPUID_XEN_PV_FEATURES_EBX_MACHINE_ADDRESS_WIDTH_GET(r) ((HVCPUID_U32_CAST(r) & 0x000000FFU) >> 0)
#define HVCPUID_XEN_PV_FEATURES_EBX_MACHINE_ADDRESS_WIDTH_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x000000FFU) | ((HVCPUID_U32_CAST(v) << 0) & 0x000000FFU))

/* ==== Synthetic MSRs ==== */

/* The unsigned 64-bit type MSR values are computed in: define HVCPUID_U64
 * before including (e.g. as __u64, u64 or uint64_t) to use your own. C99 and
 * C++11 and later default to unsigned long long; C89 and C++98 have no 64-bit
 * type, so there the MSR masks and GET/SET macros exist only when HVCPUID_U64
 * is defined. MSR addresses, shifts and widths are always defined. */
#ifndef HVCPUID_U64
#if defined(__cplusplus)
#if __cplusplus >= 201103L
#define HVCPUID_U64 unsigned long long
#endif
#elif defined(__STDC_VERSION__)
#if __STDC_VERSION__ >= 199901L
#define HVCPUID_U64 unsigned long long
#endif
#endif
#endif
#if defined(HVCPUID_U64) && !defined(HVCPUID_U64_CHECKED)
#define HVCPUID_U64_CHECKED
#ifdef __cplusplus
#define HVCPUID_U64_CAST(x) (static_cast<HVCPUID_U64>(x))
#else
#define HVCPUID_U64_CAST(x) ((HVCPUID_U64)(x))
#endif
/* A 64-bit constant from two 32-bit halves, with no suffix C89 rejects. */
#define HVCPUID_U64_C(hi, lo) ((HVCPUID_U64_CAST(hi) << 32) | HVCPUID_U64_CAST(lo))
/* Does not compile unless HVCPUID_U64 is unsigned and 64 bits wide. */
typedef char hvcpuid_u64_check[(sizeof(HVCPUID_U64) == 8 && HVCPUID_U64_CAST(0) - 1 > HVCPUID_U64_CAST(0)) ? 1 : -1];
#endif

/* The MSRs below are relocatable: their base is 0x40000000 by default, and leaf
 * 0x02 field msr_base reports where it is. Registered MSR bases: 0x40000000
 * (default, qemu-kvm-xen, xen); 0x40000200 (qemu-kvm-xen-hv, xen-viridian). */
#define HVCPUID_XEN_MSR_BASE_DEFAULT 0x40000000U

/* ---- MSR 0x40000000 hypercall_page (w): Writing a guest frame number fills
 * that page with Xen's hypercall stubs; reads as zero. At base+0 of the Xen MSR
 * base (leaf 0x02 EBX). Source: xen-project/xen xen/arch/x86/msr.c at
 * c447b7308b13 (guest_wrmsr_xen, guest_rdmsr_xen). Source: xen-project/xen
 * xen/include/public/arch-x86/cpuid.h at c447b7308b13. */
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE 0x40000000U
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_OFFSET 0x0U
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_AT(base) (HVCPUID_U32_CAST(base) + 0x0U)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_AT_40000000 0x40000000U
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_AT_40000200 0x40000200U
/* [11:0] page_index: Which hypercall transfer page to write; only 0 (one page,
 * leaf 0x02 EAX) is accepted. Source: xen-project/xen xen/arch/x86/msr.c at
 * c447b7308b13. */
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_PAGE_INDEX_SHIFT 0
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_PAGE_INDEX_WIDTH 12
/* [63:12] gfn: Guest frame number of the page to fill. Source: xen-project/xen
 * xen/arch/x86/msr.c at c447b7308b13. */
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_GFN_SHIFT 12
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_GFN_WIDTH 52
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_PAGE_INDEX_MASK HVCPUID_U64_C(0x00000000U, 0x00000FFFU)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_PAGE_INDEX_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000FFFU)) >> 0)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_PAGE_INDEX_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000FFFU)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000FFFU)))
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_GFN_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_GFN_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)) >> 12)
#define HVCPUID_XEN_MSR_HYPERCALL_PAGE_GFN_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)) | ((HVCPUID_U64_CAST(x) << 12) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)))
#endif

#endif /* HVCPUID_XEN_H */
