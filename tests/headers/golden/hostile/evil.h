/* SPDX-License-Identifier: MIT */
/* evil.h - Evil * / interface ? ?= #endif. Generated from hostile/evil.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_EVIL_H
#define HVCPUID_EVIL_H

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

/* Interface evil: Evil * / interface ? ?= #endif (vendor evil, Evil * / #define
 * X 1 / * ? ?/). * / #endif #error injected / * nested ? ?/ trailing backslash
 * \ ? ?= ? ?( ? ?) ? ?' ? ?< ? ?! ? ?> ? ?- ? ? ?/ //comment "quote"
 * M<U+00FC>ller <U+2014> <U+6F22><U+5B57> <U+1F600> tab end * / Source: Title
 * * / ? ?/ https://example.org/ * / (note \). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_EVIL_VENDOR_SIGNATURE "a\?\"\\\?\?/\200\0001\377*"
#define HVCPUID_EVIL_VENDOR_SIGNATURE_EBX 0x5C223F61U
#define HVCPUID_EVIL_VENDOR_SIGNATURE_ECX 0x802F3F3FU
#define HVCPUID_EVIL_VENDOR_SIGNATURE_EDX 0x2AFF3100U

/* Interface signature: base+1 EAX (4 bytes). */
#define HVCPUID_EVIL_INTERFACE_SIGNATURE "\?\?/\000"
#define HVCPUID_EVIL_INTERFACE_SIGNATURE_EAX 0x002F3F3FU

#define HVCPUID_EVIL_DEFAULT_BASE 0x40000000U
#define HVCPUID_EVIL_MAX_LEAF 0x02U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default); 0x40000100 (evil-box) */
#define HVCPUID_EVIL_BASE_COUNT 2U
#define HVCPUID_EVIL_BASES {0x40000000U, 0x40000100U}

/* ---- Leaf 0x00 msrs */
#define HVCPUID_EVIL_MSRS_OFFSET 0x00U
#define HVCPUID_EVIL_MSRS_LEAF 0x40000000U
#define HVCPUID_EVIL_MSRS_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_EVIL_MSRS_LEAF_AT_40000000 0x40000000U
#define HVCPUID_EVIL_MSRS_LEAF_AT_40000100 0x40000100U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_EVIL_MSRS_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] msr_base: * / base ? ?/ */
#define HVCPUID_EVIL_MSRS_EBX_MSR_BASE_SHIFT 0
#define HVCPUID_EVIL_MSRS_EBX_MSR_BASE_WIDTH 32
#define HVCPUID_EVIL_MSRS_EBX_MSR_BASE_MASK 0xFFFFFFFFU
#define HVCPUID_EVIL_MSRS_EBX_MSR_BASE_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_EVIL_MSRS_EBX_MSR_BASE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features (upstream EVIL_* /_LEAF): \ */
#define HVCPUID_EVIL_FEATURES_OFFSET 0x01U
#define HVCPUID_EVIL_FEATURES_LEAF 0x40000001U
#define HVCPUID_EVIL_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_EVIL_FEATURES_LEAF_AT_40000000 0x40000001U
#define HVCPUID_EVIL_FEATURES_LEAF_AT_40000100 0x40000101U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_EVIL_FEATURES_EAX_RESERVED_MASK 0xFFFFFFE0U

/* eax[3:0] mode (upstream EVIL * / MODE ? ?/): ends in a backslash \ */
#define HVCPUID_EVIL_FEATURES_EAX_MODE_SHIFT 0
#define HVCPUID_EVIL_FEATURES_EAX_MODE_WIDTH 4
#define HVCPUID_EVIL_FEATURES_EAX_MODE_MASK 0x0000000FU
#define HVCPUID_EVIL_FEATURES_EAX_MODE_GET(r) ((HVCPUID_U32_CAST(r) & 0x0000000FU) >> 0)
#define HVCPUID_EVIL_FEATURES_EAX_MODE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x0000000FU) | ((HVCPUID_U32_CAST(v) << 0) & 0x0000000FU))
/* mode = on: * / #undef HVCPUID_U32 / * ? ?/ */
#define HVCPUID_EVIL_FEATURES_EAX_MODE_ON 0x1U
/* mode = all: \\ \ \ \ */
#define HVCPUID_EVIL_FEATURES_EAX_MODE_ALL 0xFU

/* eax[4] old [deprecated]: / * / * / * / * / * */
#define HVCPUID_EVIL_FEATURES_EAX_OLD_SHIFT 4
#define HVCPUID_EVIL_FEATURES_EAX_OLD_WIDTH 1
#define HVCPUID_EVIL_FEATURES_EAX_OLD_MASK 0x00000010U
#define HVCPUID_EVIL_FEATURES_EAX_OLD_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000010U) >> 4)
#define HVCPUID_EVIL_FEATURES_EAX_OLD_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000010U) | ((HVCPUID_U32_CAST(v) << 4) & 0x00000010U))
#define HVCPUID_EVIL_FEATURES_EAX_OLD_DEPRECATED 1

/* ---- Leaf 0x02 sub, sub-leaf 7 */
#define HVCPUID_EVIL_SUB_OFFSET 0x02U
#define HVCPUID_EVIL_SUB_SUBLEAF 7U
#define HVCPUID_EVIL_SUB_LEAF 0x40000002U
#define HVCPUID_EVIL_SUB_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x02U)
#define HVCPUID_EVIL_SUB_LEAF_AT_40000000 0x40000002U
#define HVCPUID_EVIL_SUB_LEAF_AT_40000100 0x40000102U

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_EVIL_SUB_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] word: a? ?/ b */
#define HVCPUID_EVIL_SUB_EDX_WORD_SHIFT 0
#define HVCPUID_EVIL_SUB_EDX_WORD_WIDTH 32
#define HVCPUID_EVIL_SUB_EDX_WORD_MASK 0xFFFFFFFFU
#define HVCPUID_EVIL_SUB_EDX_WORD_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_EVIL_SUB_EDX_WORD_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

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
 * 0x00 field msr_base reports where it is. Registered MSR bases: 0x40000000
 * (default); 0x40000020 (evil-box). */
#define HVCPUID_EVIL_MSR_BASE_DEFAULT 0x40000000U

/* ---- MSR 0x40000001 knob (rw) (upstream EVIL * / MSR, also ? ?/): * / #error
 * injected trailing backslash \ */
#define HVCPUID_EVIL_MSR_KNOB 0x40000001U
#define HVCPUID_EVIL_MSR_KNOB_OFFSET 0x1U
#define HVCPUID_EVIL_MSR_KNOB_AT(base) (HVCPUID_U32_CAST(base) + 0x1U)
#define HVCPUID_EVIL_MSR_KNOB_AT_40000000 0x40000001U
#define HVCPUID_EVIL_MSR_KNOB_AT_40000020 0x40000021U
/* [0] on (upstream EVIL_ON * /) (shift upstream * /): \ */
#define HVCPUID_EVIL_MSR_KNOB_ON_SHIFT 0
#define HVCPUID_EVIL_MSR_KNOB_ON_WIDTH 1
/* on = yes: * / #undef HVCPUID_U64 / * ? ?/ */
#define HVCPUID_EVIL_MSR_KNOB_ON_YES 0x1U
/* [63:12] page [deprecated]: / * / * / * / * / * */
#define HVCPUID_EVIL_MSR_KNOB_PAGE_SHIFT 12
#define HVCPUID_EVIL_MSR_KNOB_PAGE_WIDTH 52
#define HVCPUID_EVIL_MSR_KNOB_PAGE_DEPRECATED 1
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_EVIL_MSR_KNOB_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000FFEU)
#define HVCPUID_EVIL_MSR_KNOB_ON_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_EVIL_MSR_KNOB_ON_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_EVIL_MSR_KNOB_ON_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_EVIL_MSR_KNOB_PAGE_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)
#define HVCPUID_EVIL_MSR_KNOB_PAGE_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)) >> 12)
#define HVCPUID_EVIL_MSR_KNOB_PAGE_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)) | ((HVCPUID_U64_CAST(x) << 12) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)))
#endif

#endif /* HVCPUID_EVIL_H */
