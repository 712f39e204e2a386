/* SPDX-License-Identifier: MIT */
/* upstream/acrn.h - ACRN hypervisor interface under upstream's macro names.
 * Generated from spec/acrn.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_ACRN_H
#define HVCPUID_UPSTREAM_ACRN_H

/* Interface acrn (ACRN hypervisor interface) under the upstream macro names the
 * registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). Masks are written with BIT() and GENMASK() of <linux/bits.h> when
 * __KERNEL__ is defined, as the kernel's own header writes them, and as shifts
 * elsewhere. */

/* ACRN_CPUID_FEATURES: leaf 0x01 features, at the default base 0x40000000. */
#ifndef ACRN_CPUID_FEATURES
#define ACRN_CPUID_FEATURES 0x40000001
#else
typedef char hvcpuid_upstream_differs_ACRN_CPUID_FEATURES[(ACRN_CPUID_FEATURES == 0x40000001) ? 1 : -1];
#endif

/* ACRN_FEATURE_PRIVILEGED_VM: leaf 0x01 features eax[0] privileged_vm, a mask. */
#ifndef ACRN_FEATURE_PRIVILEGED_VM
#ifdef __KERNEL__
#define ACRN_FEATURE_PRIVILEGED_VM BIT(0)
#else
#define ACRN_FEATURE_PRIVILEGED_VM (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_ACRN_FEATURE_PRIVILEGED_VM[(ACRN_FEATURE_PRIVILEGED_VM == (1u << 0)) ? 1 : -1];
#endif

/* ACRN_CPUID_TIMING_INFO: leaf 0x10 timing, at the default base 0x40000000. */
#ifndef ACRN_CPUID_TIMING_INFO
#define ACRN_CPUID_TIMING_INFO 0x40000010
#else
typedef char hvcpuid_upstream_differs_ACRN_CPUID_TIMING_INFO[(ACRN_CPUID_TIMING_INFO == 0x40000010) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_ACRN_H */
