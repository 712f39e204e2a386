/* SPDX-License-Identifier: MIT */
/* apple_pv.h - Apple paravirtual interface (AH#1). Generated from
 * spec/apple.xml by hvcpuid 0.1.0 -- do not edit; change the registry and run
 * 'hvcpuid gen' instead. */
#ifndef HVCPUID_APPLE_PV_H
#define HVCPUID_APPLE_PV_H

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

/* Interface apple-pv: Apple paravirtual interface (AH#1) (vendor apple, Apple
 * (as XNU knows them)). Used by DEBUG and DEVELOPMENT kernels only. XNU
 * searches bases 0x40000100..0x4000FF00, never 0x40000000, and requires base+0
 * EAX - base to be below 0x100 and at least APPLEPV_LEAF_INDEX_MAX (2), and
 * base+1 EAX to be "AH#1", checked explicitly to avoid a collision with Hv#1.
 * Source: apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. Source:
 * apple/darwin-xnu osfmk/i386/cpuid.h at 2ff845c2e033. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_APPLE_PV_VENDOR_SIGNATURE "apple-pv-xnu"
#define HVCPUID_APPLE_PV_VENDOR_SIGNATURE_EBX 0x6C707061U
#define HVCPUID_APPLE_PV_VENDOR_SIGNATURE_ECX 0x76702D65U
#define HVCPUID_APPLE_PV_VENDOR_SIGNATURE_EDX 0x756E782DU

/* Interface signature: base+1 EAX (4 bytes). */
#define HVCPUID_APPLE_PV_INTERFACE_SIGNATURE "AH#1"
#define HVCPUID_APPLE_PV_INTERFACE_SIGNATURE_EAX 0x31234841U

#define HVCPUID_APPLE_PV_DEFAULT_BASE 0x40000100U
#define HVCPUID_APPLE_PV_MIN_BASE 0x40000100U
#define HVCPUID_APPLE_PV_MAX_LEAF 0x02U
/* Registered bases (default base and every hypervisor's placement): 0x40000100
 * (default) */
#define HVCPUID_APPLE_PV_BASE_COUNT 1U
#define HVCPUID_APPLE_PV_BASES {0x40000100U}

/* ---- Leaf 0x00 signature: Highest leaf and the vendor signature
 * "apple-pv-xnu". Source: apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_SIGNATURE_OFFSET 0x00U
#define HVCPUID_APPLE_PV_SIGNATURE_LEAF 0x40000100U
#define HVCPUID_APPLE_PV_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_APPLE_PV_SIGNATURE_LEAF_AT_40000100 0x40000100U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: Highest leaf (absolute); at least base+2 and below
 * base+0x100. Source: apple/darwin-xnu osfmk/i386/cpuid.h at 2ff845c2e033.
 * Source: apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_APPLE_PV_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "appl", 0x6c707061. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_APPLE_PV_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "e-pv", 0x76702d65. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_APPLE_PV_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "-xnu", 0x756e782d. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.h at 2ff845c2e033. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_APPLE_PV_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 interface (upstream APPLEPV_INTERFACE_LEAF_INDEX): The
 * interface signature. Source: apple/darwin-xnu osfmk/i386/cpuid.h at
 * 2ff845c2e033. */
#define HVCPUID_APPLE_PV_INTERFACE_OFFSET 0x01U
#define HVCPUID_APPLE_PV_INTERFACE_LEAF 0x40000101U
#define HVCPUID_APPLE_PV_INTERFACE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_APPLE_PV_INTERFACE_LEAF_AT_40000100 0x40000101U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_INTERFACE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] interface_signature (upstream APPLEPV_INTERFACE): "AH#1",
 * 0x31234841. Source: apple/darwin-xnu osfmk/i386/cpuid.h at 2ff845c2e033.
 * Source: apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_INTERFACE_EAX_INTERFACE_SIGNATURE_SHIFT 0
#define HVCPUID_APPLE_PV_INTERFACE_EAX_INTERFACE_SIGNATURE_WIDTH 32
#define HVCPUID_APPLE_PV_INTERFACE_EAX_INTERFACE_SIGNATURE_MASK 0xFFFFFFFFU
#define HVCPUID_APPLE_PV_INTERFACE_EAX_INTERFACE_SIGNATURE_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_APPLE_PV_INTERFACE_EAX_INTERFACE_SIGNATURE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x02 features (upstream APPLEPV_FEATURES_LEAF_INDEX): A 64-bit
 * hypercall feature vector: ECX is the high half, EDX the low half. (The
 * cpuid.h comment says the base leaf returns it; the code reads base+2.)
 * Source: apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. Source:
 * apple/darwin-xnu osfmk/i386/cpuid.h at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_FEATURES_OFFSET 0x02U
#define HVCPUID_APPLE_PV_FEATURES_LEAF 0x40000102U
#define HVCPUID_APPLE_PV_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x02U)
#define HVCPUID_APPLE_PV_FEATURES_LEAF_AT_40000100 0x40000102U

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_APPLE_PV_FEATURES_EDX_RESERVED_MASK 0xFFFFFFF0U

/* edx[0] coredump (upstream CPUID_LEAF_FEATURE_COREDUMP): The trigger-dump
 * hypercall is available (feature vector bit 0; HVG_HCALL_TRIGGER_DUMP).
 * Source: apple-oss-distributions/xnu osfmk/i386/cpuid.h at e3723e1f1766.
 * Source: apple/darwin-xnu osfmk/i386/cpuid.h at 2ff845c2e033. Source:
 * apple/darwin-xnu osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_APPLE_PV_FEATURES_EDX_COREDUMP_SHIFT 0
#define HVCPUID_APPLE_PV_FEATURES_EDX_COREDUMP_WIDTH 1
#define HVCPUID_APPLE_PV_FEATURES_EDX_COREDUMP_MASK 0x00000001U
#define HVCPUID_APPLE_PV_FEATURES_EDX_COREDUMP_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_APPLE_PV_FEATURES_EDX_COREDUMP_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* edx[1] xnu_debug (upstream CPUID_LEAF_FEATURE_XNU_DEBUG): The
 * set-coredump-data hypercall is available (feature vector bit 1;
 * HVG_HCALL_SET_COREDUMP_DATA). Source: apple-oss-distributions/xnu
 * osfmk/i386/cpuid.h at e3723e1f1766. Source: apple-oss-distributions/xnu
 * osfmk/i386/x86_hypercall.c at e3723e1f1766. */
#define HVCPUID_APPLE_PV_FEATURES_EDX_XNU_DEBUG_SHIFT 1
#define HVCPUID_APPLE_PV_FEATURES_EDX_XNU_DEBUG_WIDTH 1
#define HVCPUID_APPLE_PV_FEATURES_EDX_XNU_DEBUG_MASK 0x00000002U
#define HVCPUID_APPLE_PV_FEATURES_EDX_XNU_DEBUG_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000002U) >> 1)
#define HVCPUID_APPLE_PV_FEATURES_EDX_XNU_DEBUG_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000002U) | ((HVCPUID_U32_CAST(v) << 1) & 0x00000002U))

/* edx[2] mabs_offset (upstream CPUID_LEAF_FEATURE_MABS_OFFSET): The
 * mach_absolute_time offset hypercall is available (bit 2;
 * HVG_HCALL_GET_MABS_OFFSET). Source: apple-oss-distributions/xnu
 * osfmk/i386/cpuid.h at e3723e1f1766. Source: apple-oss-distributions/xnu
 * osfmk/i386/x86_hypercall.c at e3723e1f1766. */
#define HVCPUID_APPLE_PV_FEATURES_EDX_MABS_OFFSET_SHIFT 2
#define HVCPUID_APPLE_PV_FEATURES_EDX_MABS_OFFSET_WIDTH 1
#define HVCPUID_APPLE_PV_FEATURES_EDX_MABS_OFFSET_MASK 0x00000004U
#define HVCPUID_APPLE_PV_FEATURES_EDX_MABS_OFFSET_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000004U) >> 2)
#define HVCPUID_APPLE_PV_FEATURES_EDX_MABS_OFFSET_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000004U) | ((HVCPUID_U32_CAST(v) << 2) & 0x00000004U))

/* edx[3] boot_session_uuid (upstream CPUID_LEAF_FEATURE_BOOTSESSIONUUID): The
 * boot-session UUID hypercall is available (bit 3;
 * HVG_HCALL_GET_BOOTSESSIONUUID). Source: apple-oss-distributions/xnu
 * osfmk/i386/cpuid.h at e3723e1f1766. Source: apple-oss-distributions/xnu
 * osfmk/i386/x86_hypercall.c at e3723e1f1766. */
#define HVCPUID_APPLE_PV_FEATURES_EDX_BOOT_SESSION_UUID_SHIFT 3
#define HVCPUID_APPLE_PV_FEATURES_EDX_BOOT_SESSION_UUID_WIDTH 1
#define HVCPUID_APPLE_PV_FEATURES_EDX_BOOT_SESSION_UUID_MASK 0x00000008U
#define HVCPUID_APPLE_PV_FEATURES_EDX_BOOT_SESSION_UUID_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000008U) >> 3)
#define HVCPUID_APPLE_PV_FEATURES_EDX_BOOT_SESSION_UUID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000008U) | ((HVCPUID_U32_CAST(v) << 3) & 0x00000008U))

#endif /* HVCPUID_APPLE_PV_H */
