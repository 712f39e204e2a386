/* SPDX-License-Identifier: MIT */
/* upstream/acme.h - Acme paravirtual interface under upstream's macro names.
 * Generated from small/acme.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_ACME_H
#define HVCPUID_UPSTREAM_ACME_H

/* Interface acme (Acme paravirtual interface) under the upstream macro names
 * the registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). */

/* ACME_CPUID_FEATURES: leaf 0x01 features, at the default base 0x40000000. */
#ifndef ACME_CPUID_FEATURES
#define ACME_CPUID_FEATURES 0x40000001
#else
typedef char hvcpuid_upstream_differs_ACME_CPUID_FEATURES[(ACME_CPUID_FEATURES == 0x40000001) ? 1 : -1];
#endif

/* ACME_FEATURE_FAST_PATH: leaf 0x01 features eax[0] fast_path, a bit number. */
#ifndef ACME_FEATURE_FAST_PATH
#define ACME_FEATURE_FAST_PATH 0
#else
typedef char hvcpuid_upstream_differs_ACME_FEATURE_FAST_PATH[(ACME_FEATURE_FAST_PATH == 0) ? 1 : -1];
#endif

/* ACME_MODE_MASK: leaf 0x01 features eax[3:1] mode, a mask. */
#ifndef ACME_MODE_MASK
#define ACME_MODE_MASK (0x7u << 1)
#else
typedef char hvcpuid_upstream_differs_ACME_MODE_MASK[(ACME_MODE_MASK == (0x7u << 1)) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_ACME_H */
