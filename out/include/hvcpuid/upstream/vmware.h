/* SPDX-License-Identifier: MIT */
/* upstream/vmware.h - VMware hypervisor interface under upstream's macro names.
 * Generated from spec/vmware.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_VMWARE_H
#define HVCPUID_UPSTREAM_VMWARE_H

/* Interface vmware (VMware hypervisor interface) under the upstream macro names
 * the registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). Masks are written with BIT() and GENMASK() of <linux/bits.h> when
 * __KERNEL__ is defined, as the kernel's own header writes them, and as shifts
 * elsewhere. */

/* CPUID_VMWARE_INFO_LEAF: leaf 0x00 signature, at the default base 0x40000000. */
#ifndef CPUID_VMWARE_INFO_LEAF
#define CPUID_VMWARE_INFO_LEAF 0x40000000
#else
typedef char hvcpuid_upstream_differs_CPUID_VMWARE_INFO_LEAF[(CPUID_VMWARE_INFO_LEAF == 0x40000000) ? 1 : -1];
#endif

/* CPUID_VMWARE_FEATURES_LEAF: leaf 0x10 features, at the default base
 * 0x40000000. */
#ifndef CPUID_VMWARE_FEATURES_LEAF
#define CPUID_VMWARE_FEATURES_LEAF 0x40000010
#else
typedef char hvcpuid_upstream_differs_CPUID_VMWARE_FEATURES_LEAF[(CPUID_VMWARE_FEATURES_LEAF == 0x40000010) ? 1 : -1];
#endif

/* CPUID_VMWARE_FEATURES_ECX_VMMCALL: leaf 0x10 features ecx[0] vmmcall, a mask. */
#ifndef CPUID_VMWARE_FEATURES_ECX_VMMCALL
#ifdef __KERNEL__
#define CPUID_VMWARE_FEATURES_ECX_VMMCALL BIT(0)
#else
#define CPUID_VMWARE_FEATURES_ECX_VMMCALL (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_CPUID_VMWARE_FEATURES_ECX_VMMCALL[(CPUID_VMWARE_FEATURES_ECX_VMMCALL == (1u << 0)) ? 1 : -1];
#endif

/* CPUID_VMWARE_FEATURES_ECX_VMCALL: leaf 0x10 features ecx[1] vmcall, a mask. */
#ifndef CPUID_VMWARE_FEATURES_ECX_VMCALL
#ifdef __KERNEL__
#define CPUID_VMWARE_FEATURES_ECX_VMCALL BIT(1)
#else
#define CPUID_VMWARE_FEATURES_ECX_VMCALL (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_CPUID_VMWARE_FEATURES_ECX_VMCALL[(CPUID_VMWARE_FEATURES_ECX_VMCALL == (1u << 1)) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_VMWARE_H */
