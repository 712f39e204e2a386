/* SPDX-License-Identifier: MIT */
/* acme.h - Acme paravirtual interface. Generated from small/acme.xml by hvcpuid
 * 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_ACME_H
#define HVCPUID_ACME_H

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

/* Interface acme: Acme paravirtual interface (vendor acme, Acme Hypervisors).
 * Two leaves, a sub-leaf, every field kind. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_ACME_VENDOR_SIGNATURE "AcmeVM\000\000\000\000\000\000"
#define HVCPUID_ACME_VENDOR_SIGNATURE_EBX 0x656D6341U
#define HVCPUID_ACME_VENDOR_SIGNATURE_ECX 0x00004D56U
#define HVCPUID_ACME_VENDOR_SIGNATURE_EDX 0x00000000U

#define HVCPUID_ACME_DEFAULT_BASE 0x40000000U
#define HVCPUID_ACME_MAX_LEAF 0x02U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, acme-box) */
#define HVCPUID_ACME_BASE_COUNT 1U
#define HVCPUID_ACME_BASES {0x40000000U}

/* ---- Leaf 0x01 features (upstream ACME_CPUID_FEATURES): Feature bits. */
#define HVCPUID_ACME_FEATURES_OFFSET 0x01U
#define HVCPUID_ACME_FEATURES_LEAF 0x40000001U
#define HVCPUID_ACME_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_ACME_FEATURES_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACME_FEATURES_EAX_RESERVED_MASK 0xFFFFFFF0U

/* eax[0] fast_path (upstream ACME_FEATURE_FAST_PATH, a bit number): Fast path
 * available; "quoted" & escaped. */
#define HVCPUID_ACME_FEATURES_EAX_FAST_PATH_SHIFT 0
#define HVCPUID_ACME_FEATURES_EAX_FAST_PATH_WIDTH 1
#define HVCPUID_ACME_FEATURES_EAX_FAST_PATH_MASK 0x00000001U
#define HVCPUID_ACME_FEATURES_EAX_FAST_PATH_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_ACME_FEATURES_EAX_FAST_PATH_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* eax[3:1] mode (upstream ACME_MODE_MASK, a mask): Operating mode. */
#define HVCPUID_ACME_FEATURES_EAX_MODE_SHIFT 1
#define HVCPUID_ACME_FEATURES_EAX_MODE_WIDTH 3
#define HVCPUID_ACME_FEATURES_EAX_MODE_MASK 0x0000000EU
#define HVCPUID_ACME_FEATURES_EAX_MODE_GET(r) ((HVCPUID_U32_CAST(r) & 0x0000000EU) >> 1)
#define HVCPUID_ACME_FEATURES_EAX_MODE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x0000000EU) | ((HVCPUID_U32_CAST(v) << 1) & 0x0000000EU))
/* mode = off: Off. */
#define HVCPUID_ACME_FEATURES_EAX_MODE_OFF 0x0U
/* mode = turbo: Turbo. */
#define HVCPUID_ACME_FEATURES_EAX_MODE_TURBO 0x5U

/* eax[3:1] mode_legacy [disputed]; another reading of mode: The older manual's
 * reading of the same bits. */
#define HVCPUID_ACME_FEATURES_EAX_MODE_LEGACY_SHIFT 1
#define HVCPUID_ACME_FEATURES_EAX_MODE_LEGACY_WIDTH 3
#define HVCPUID_ACME_FEATURES_EAX_MODE_LEGACY_MASK 0x0000000EU
#define HVCPUID_ACME_FEATURES_EAX_MODE_LEGACY_GET(r) ((HVCPUID_U32_CAST(r) & 0x0000000EU) >> 1)
#define HVCPUID_ACME_FEATURES_EAX_MODE_LEGACY_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x0000000EU) | ((HVCPUID_U32_CAST(v) << 1) & 0x0000000EU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACME_FEATURES_EDX_RESERVED_MASK 0x00000000U

/* edx[31] old_flag [deprecated]: No longer set. */
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_SHIFT 31
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_WIDTH 1
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_MASK 0x80000000U
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_GET(r) ((HVCPUID_U32_CAST(r) & 0x80000000U) >> 31)
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x80000000U) | ((HVCPUID_U32_CAST(v) << 31) & 0x80000000U))
#define HVCPUID_ACME_FEATURES_EDX_OLD_FLAG_DEPRECATED 1

/* ---- Leaf 0x02 clock, sub-leaf 1 */
#define HVCPUID_ACME_CLOCK_OFFSET 0x02U
#define HVCPUID_ACME_CLOCK_SUBLEAF 1U
#define HVCPUID_ACME_CLOCK_LEAF 0x40000002U
#define HVCPUID_ACME_CLOCK_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x02U)
#define HVCPUID_ACME_CLOCK_LEAF_AT_40000000 0x40000002U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ACME_CLOCK_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] khz: Frequency in kHz. */
#define HVCPUID_ACME_CLOCK_EAX_KHZ_SHIFT 0
#define HVCPUID_ACME_CLOCK_EAX_KHZ_WIDTH 32
#define HVCPUID_ACME_CLOCK_EAX_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_ACME_CLOCK_EAX_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ACME_CLOCK_EAX_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_ACME_H */
