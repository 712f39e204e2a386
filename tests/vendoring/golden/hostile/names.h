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

#endif /* HVCPUID_UPSTREAM_NAMES_H */
