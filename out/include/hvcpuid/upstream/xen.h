/* SPDX-License-Identifier: MIT */
/* upstream/xen.h - Xen HVM/PV interface under upstream's macro names. Generated
 * from spec/xen.xml by hvcpuid 0.1.0 -- do not edit; change the registry and
 * run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_XEN_H
#define HVCPUID_UPSTREAM_XEN_H

/* Interface xen (Xen HVM/PV interface) under the upstream macro names the
 * registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). */

/* XEN_CPUID_FIRST_LEAF: leaf 0x00 signature, at the default base 0x40000000. */
#ifndef XEN_CPUID_FIRST_LEAF
#define XEN_CPUID_FIRST_LEAF 0x40000000
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_FIRST_LEAF[(XEN_CPUID_FIRST_LEAF == 0x40000000) ? 1 : -1];
#endif

/* XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD: leaf 0x02 hypercall ecx[0]
 * mmu_pt_update_preserve_ad, a mask. */
#ifndef XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD
#define XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD (1u<<0)
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD[(XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD == (1u<<0)) ? 1 : -1];
#endif

/* XEN_CPUID_TSC_EMULATED: leaf 0x03 time_features sub-leaf 0 eax[0]
 * tsc_emulated, a mask. */
#ifndef XEN_CPUID_TSC_EMULATED
#define XEN_CPUID_TSC_EMULATED (1u << 0)
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_TSC_EMULATED[(XEN_CPUID_TSC_EMULATED == (1u << 0)) ? 1 : -1];
#endif

/* XEN_CPUID_HOST_TSC_RELIABLE: leaf 0x03 time_features sub-leaf 0 eax[1]
 * host_tsc_reliable, a mask. */
#ifndef XEN_CPUID_HOST_TSC_RELIABLE
#define XEN_CPUID_HOST_TSC_RELIABLE (1u << 1)
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_HOST_TSC_RELIABLE[(XEN_CPUID_HOST_TSC_RELIABLE == (1u << 1)) ? 1 : -1];
#endif

/* XEN_CPUID_RDTSCP_INSTR_AVAIL: leaf 0x03 time_features sub-leaf 0 eax[2]
 * rdtscp_instr_avail, a mask. */
#ifndef XEN_CPUID_RDTSCP_INSTR_AVAIL
#define XEN_CPUID_RDTSCP_INSTR_AVAIL (1u << 2)
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_RDTSCP_INSTR_AVAIL[(XEN_CPUID_RDTSCP_INSTR_AVAIL == (1u << 2)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_APIC_ACCESS_VIRT: leaf 0x04 hvm_features sub-leaf 0 eax[0]
 * apic_access_virt, a mask. */
#ifndef XEN_HVM_CPUID_APIC_ACCESS_VIRT
#define XEN_HVM_CPUID_APIC_ACCESS_VIRT (1u << 0)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_APIC_ACCESS_VIRT[(XEN_HVM_CPUID_APIC_ACCESS_VIRT == (1u << 0)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_X2APIC_VIRT: leaf 0x04 hvm_features sub-leaf 0 eax[1]
 * x2apic_virt, a mask. */
#ifndef XEN_HVM_CPUID_X2APIC_VIRT
#define XEN_HVM_CPUID_X2APIC_VIRT (1u << 1)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_X2APIC_VIRT[(XEN_HVM_CPUID_X2APIC_VIRT == (1u << 1)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_IOMMU_MAPPINGS: leaf 0x04 hvm_features sub-leaf 0 eax[2]
 * iommu_mappings, a mask. */
#ifndef XEN_HVM_CPUID_IOMMU_MAPPINGS
#define XEN_HVM_CPUID_IOMMU_MAPPINGS (1u << 2)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_IOMMU_MAPPINGS[(XEN_HVM_CPUID_IOMMU_MAPPINGS == (1u << 2)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_VCPU_ID_PRESENT: leaf 0x04 hvm_features sub-leaf 0 eax[3]
 * vcpu_id_present, a mask. */
#ifndef XEN_HVM_CPUID_VCPU_ID_PRESENT
#define XEN_HVM_CPUID_VCPU_ID_PRESENT (1u << 3)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_VCPU_ID_PRESENT[(XEN_HVM_CPUID_VCPU_ID_PRESENT == (1u << 3)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_DOMID_PRESENT: leaf 0x04 hvm_features sub-leaf 0 eax[4]
 * domid_present, a mask. */
#ifndef XEN_HVM_CPUID_DOMID_PRESENT
#define XEN_HVM_CPUID_DOMID_PRESENT (1u << 4)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_DOMID_PRESENT[(XEN_HVM_CPUID_DOMID_PRESENT == (1u << 4)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_EXT_DEST_ID: leaf 0x04 hvm_features sub-leaf 0 eax[5]
 * ext_dest_id, a mask. */
#ifndef XEN_HVM_CPUID_EXT_DEST_ID
#define XEN_HVM_CPUID_EXT_DEST_ID (1u << 5)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_EXT_DEST_ID[(XEN_HVM_CPUID_EXT_DEST_ID == (1u << 5)) ? 1 : -1];
#endif

/* XEN_HVM_CPUID_UPCALL_VECTOR: leaf 0x04 hvm_features sub-leaf 0 eax[6]
 * upcall_vector, a mask. */
#ifndef XEN_HVM_CPUID_UPCALL_VECTOR
#define XEN_HVM_CPUID_UPCALL_VECTOR (1u << 6)
#else
typedef char hvcpuid_upstream_differs_XEN_HVM_CPUID_UPCALL_VECTOR[(XEN_HVM_CPUID_UPCALL_VECTOR == (1u << 6)) ? 1 : -1];
#endif

/* XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK: leaf 0x05 pv_features sub-leaf 0
 * ebx[7:0] machine_address_width, a mask. */
#ifndef XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK
#define XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK (0xffu << 0)
#else
typedef char hvcpuid_upstream_differs_XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK[(XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK == (0xffu << 0)) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_XEN_H */
