/* SPDX-License-Identifier: MIT */
/* upstream/names.h - Names ? ?/ interface under upstream's macro names.
 * Generated from hostile/names.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_NAMES_H
#define HVCPUID_UPSTREAM_NAMES_H

/* Interface names (Names ? ?/ interface) under the upstream macro names the
 * registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). */

/* NAMES_CPUID_FEATURES: leaf 0x01 features, at the default base 0x40000000. */
#ifndef NAMES_CPUID_FEATURES
#define NAMES_CPUID_FEATURES 0x40000001
#else
typedef char hvcpuid_upstream_differs_NAMES_CPUID_FEATURES[(NAMES_CPUID_FEATURES == 0x40000001) ? 1 : -1];
#endif

/* NAMES_GOOD: leaf 0x01 features eax[0] good, a bit number. */
#ifndef NAMES_GOOD
#define NAMES_GOOD 0
#else
typedef char hvcpuid_upstream_differs_NAMES_GOOD[(NAMES_GOOD == 0) ? 1 : -1];
#endif

/* NAMES_* / #define X 1 / *: leaf 0x01 features eax[1] comment, a mask. Not
 * written: the name is not an upper-case C identifier. */

/* int: leaf 0x01 features eax[2] keyword, a bit number. Not written: the name
 * is not an upper-case C identifier. */

/* HVCPUID_NAMES_FEATURES_EAX_GOOD_MASK: leaf 0x01 features eax[3] ours, a mask.
 * Not written: the name is in hvcpuid's own HVCPUID_ namespace. */

/* __cplusplus: leaf 0x01 features eax[4] predefined, a mask. Not written: the
 * name is not an upper-case C identifier. */

/* NAMES_WIDE: leaf 0x01 features eax[7:5] wide, a bit number. Not written: the
 * name is a bit number, but the field has more than one bit. */

/* NAMES_TWICE: leaf 0x01 features eax[8] twice_a, a mask. Not written: the name
 * is given two values by the registry, so neither is written. */

/* NAMES_? ?/: leaf 0x01 features eax[10] trigraph, a mask. Not written: the
 * name is not an upper-case C identifier. */

/* NAMES_<U+00DC>BER: leaf 0x01 features eax[11] accent, a mask. Not written:
 * the name is not an upper-case C identifier. */

/* NAMES_A #define NAMES_B 2: leaf 0x01 features eax[12] newline, a bit number.
 * Not written: the name is not an upper-case C identifier. */

/* NAMES_HIGH: leaf 0x01 features eax[31:28] high, a mask. */
#ifndef NAMES_HIGH
#define NAMES_HIGH (0xfu << 28)
#else
typedef char hvcpuid_upstream_differs_NAMES_HIGH[(NAMES_HIGH == (0xfu << 28)) ? 1 : -1];
#endif

/* NAMES_CPUID_SUB: leaf 0x02 sub_zero sub-leaf 0, at the default base
 * 0x40000000. */
#ifndef NAMES_CPUID_SUB
#define NAMES_CPUID_SUB 0x40000002
#else
typedef char hvcpuid_upstream_differs_NAMES_CPUID_SUB[(NAMES_CPUID_SUB == 0x40000002) ? 1 : -1];
#endif

/* NAMES_MSR_GOOD: MSR 0x40000010 good, its address. */
#ifndef NAMES_MSR_GOOD
#define NAMES_MSR_GOOD 0x40000010
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_GOOD[(NAMES_MSR_GOOD == 0x40000010) ? 1 : -1];
#endif

/* NAMES_MSR_ALIAS: MSR 0x40000010 good, its address (an alias). */
#ifndef NAMES_MSR_ALIAS
#define NAMES_MSR_ALIAS (NAMES_MSR_GOOD)
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_ALIAS[(NAMES_MSR_ALIAS == 0x40000010) ? 1 : -1];
#endif

/* NAMES_MSR_ON: MSR 0x40000010 good [0] on, a mask. */
#ifndef NAMES_MSR_ON
#define NAMES_MSR_ON (1 << 0)
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_ON[(NAMES_MSR_ON == (1 << 0)) ? 1 : -1];
#endif

/* NAMES_MSR_RESERVED: MSR 0x40000010 good [11:1] reserved, a mask. */
#ifndef NAMES_MSR_RESERVED
#define NAMES_MSR_RESERVED (0x7ff << 1)
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_RESERVED[(NAMES_MSR_RESERVED == (0x7ff << 1)) ? 1 : -1];
#endif

/* NAMES_MSR_PAGE_SHIFT: MSR 0x40000010 good [63:12] page, its lsb (a shift). */
#ifndef NAMES_MSR_PAGE_SHIFT
#define NAMES_MSR_PAGE_SHIFT 12
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_PAGE_SHIFT[(NAMES_MSR_PAGE_SHIFT == 12) ? 1 : -1];
#endif

/* NAMES_MSR_PAGE_MASK: MSR 0x40000010 good [63:12] page, a mask. */
#ifndef NAMES_MSR_PAGE_MASK
#define NAMES_MSR_PAGE_MASK (~((1ull << NAMES_MSR_PAGE_SHIFT) - 1))
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_NAMES_MSR_PAGE_MASK[(NAMES_MSR_PAGE_MASK == (0xfffffffffffffull << 12)) ? 1 : -1];
#endif
#endif

/* NAMES_* / #define Y 2 / *: MSR 0x40000011 bad_primary, its address. Not
 * written: the name is not an upper-case C identifier. */

/* NAMES_MSR_LONE_ALIAS: MSR 0x40000011 bad_primary, its address (an alias). */
#ifndef NAMES_MSR_LONE_ALIAS
#define NAMES_MSR_LONE_ALIAS 0x40000011
#else
typedef char hvcpuid_upstream_differs_NAMES_MSR_LONE_ALIAS[(NAMES_MSR_LONE_ALIAS == 0x40000011) ? 1 : -1];
#endif

/* NAMES_MSR_HIGH: MSR 0x40000011 bad_primary [62] high, a mask. */
#ifndef NAMES_MSR_HIGH
#define NAMES_MSR_HIGH (1ull << 62)
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_NAMES_MSR_HIGH[(NAMES_MSR_HIGH == (1ull << 62)) ? 1 : -1];
#endif
#endif

/* NAMES_SHIFT ? ?/: MSR 0x40000011 bad_primary [63] shift_hostile, its lsb (a
 * shift). Not written: the name is not an upper-case C identifier. */

/* NAMES_MSR_TOP: MSR 0x40000011 bad_primary [63] shift_hostile, a mask. */
#ifndef NAMES_MSR_TOP
#define NAMES_MSR_TOP (1ull << 63)
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_NAMES_MSR_TOP[(NAMES_MSR_TOP == (1ull << 63)) ? 1 : -1];
#endif
#endif

/* NAMES_MSR_TWICE: MSR 0x40000012 clash, its address. Not written: the name is
 * given two values by the registry, so neither is written. */

#endif /* HVCPUID_UPSTREAM_NAMES_H */
