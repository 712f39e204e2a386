/* SPDX-License-Identifier: MIT */
/* vmware.h - VMware hypervisor interface. Generated from spec/vmware.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_VMWARE_H
#define HVCPUID_VMWARE_H

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

/* Interface vmware: VMware hypervisor interface (vendor vmware, VMware).
 * open-vm-tools bounds the range at CPUID_HYPERVISOR_LEVEL_MAX 0x400000FF.
 * Linux reads the timing leaf only when base+0 EAX is at least 0x40000010 and
 * uses only its ECX hypercall-mode bits (it takes the TSC frequency from the
 * GETHZ backdoor instead). Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_VMWARE_VENDOR_SIGNATURE "VMwareVMware"
#define HVCPUID_VMWARE_VENDOR_SIGNATURE_EBX 0x61774D56U
#define HVCPUID_VMWARE_VENDOR_SIGNATURE_ECX 0x4D566572U
#define HVCPUID_VMWARE_VENDOR_SIGNATURE_EDX 0x65726177U

#define HVCPUID_VMWARE_DEFAULT_BASE 0x40000000U
#define HVCPUID_VMWARE_MAX_LEAF 0xFFU
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, vmware) */
#define HVCPUID_VMWARE_BASE_COUNT 1U
#define HVCPUID_VMWARE_BASES {0x40000000U}

/* ---- Leaf 0x00 signature (upstream CPUID_VMWARE_INFO_LEAF): Highest VMware
 * leaf and the vendor signature. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. */
#define HVCPUID_VMWARE_SIGNATURE_OFFSET 0x00U
#define HVCPUID_VMWARE_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_VMWARE_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_VMWARE_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf (upstream MAX_HYP_LEVEL): Highest VMware leaf
 * (open-vm-tools MAX_HYP_LEVEL). Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_VMWARE_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_VMWARE_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "VMwa", 0x61774d56. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_VMWARE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_VMWARE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "reVM", 0x4d566572. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_VMWARE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_VMWARE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "ware", 0x65726177. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_VMWARE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_VMWARE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x10 features (upstream CPUID_VMWARE_FEATURES_LEAF): The generic
 * timing leaf (spec/generic.xml, generic-timing) plus VMware's hypercall-mode
 * bits in ECX (open-vm-tools CPUID_VMW_FEATURES). The unit of EAX and EBX is
 * disputed: open-vm-tools names them *_HZ, every consumer and producer read
 * treats them as kHz. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: freebsd/freebsd-src
 * sys/x86/x86/tsc.c at 70b762c15026. */
#define HVCPUID_VMWARE_FEATURES_OFFSET 0x10U
#define HVCPUID_VMWARE_FEATURES_LEAF 0x40000010U
#define HVCPUID_VMWARE_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x10U)
#define HVCPUID_VMWARE_FEATURES_LEAF_AT_40000000 0x40000010U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_FEATURES_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] tsc_khz: TSC frequency in kHz: FreeBSD multiplies it by 1000; XNU,
 * QEMU, VirtualBox and ACRN produce or consume kHz. Source: freebsd/freebsd-src
 * sys/x86/x86/tsc.c at 70b762c15026. Source: apple/darwin-xnu
 * osfmk/i386/cpuid.c at 2ff845c2e033. */
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_KHZ_SHIFT 0
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_KHZ_WIDTH 32
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* eax[31:0] tsc_hz [disputed] (upstream TSC_HZ); another reading of tsc_khz:
 * open-vm-tools' reading: the field is named TSC_HZ (TSC frequency in Hz). No
 * consumer read treats it as Hz. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_HZ_SHIFT 0
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_HZ_WIDTH 32
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_HZ_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_HZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_FEATURES_EAX_TSC_HZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_FEATURES_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] apic_bus_khz: Local APIC bus (timer) frequency in kHz (XNU
 * cpuid_vmm_bus_frequency). Source: apple/darwin-xnu osfmk/i386/cpuid.c at
 * 2ff845c2e033. */
#define HVCPUID_VMWARE_FEATURES_EBX_APIC_BUS_KHZ_SHIFT 0
#define HVCPUID_VMWARE_FEATURES_EBX_APIC_BUS_KHZ_WIDTH 32
#define HVCPUID_VMWARE_FEATURES_EBX_APIC_BUS_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_FEATURES_EBX_APIC_BUS_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_FEATURES_EBX_APIC_BUS_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx[31:0] apicbus_hz [disputed] (upstream APICBUS_HZ); another reading of
 * apic_bus_khz: open-vm-tools' reading: named APICBUS_HZ (Hz). Source:
 * vmware/open-vm-tools open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_FEATURES_EBX_APICBUS_HZ_SHIFT 0
#define HVCPUID_VMWARE_FEATURES_EBX_APICBUS_HZ_WIDTH 32
#define HVCPUID_VMWARE_FEATURES_EBX_APICBUS_HZ_MASK 0xFFFFFFFFU
#define HVCPUID_VMWARE_FEATURES_EBX_APICBUS_HZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_VMWARE_FEATURES_EBX_APICBUS_HZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_FEATURES_ECX_RESERVED_MASK 0xFFFFFFF4U

/* ecx[0] vmmcall (upstream CPUID_VMWARE_FEATURES_ECX_VMMCALL, a mask): The
 * backdoor and hypercalls use VMMCALL (open-vm-tools VMMCALL_BACKDOOR; Linux
 * sets X86_FEATURE_VMW_VMMCALL). Source: torvalds/linux
 * arch/x86/kernel/cpu/vmware.c at 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_FEATURES_ECX_VMMCALL_SHIFT 0
#define HVCPUID_VMWARE_FEATURES_ECX_VMMCALL_WIDTH 1
#define HVCPUID_VMWARE_FEATURES_ECX_VMMCALL_MASK 0x00000001U
#define HVCPUID_VMWARE_FEATURES_ECX_VMMCALL_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_VMWARE_FEATURES_ECX_VMMCALL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* ecx[1] vmcall (upstream CPUID_VMWARE_FEATURES_ECX_VMCALL, a mask): The
 * backdoor and hypercalls use VMCALL (open-vm-tools VMCALL_BACKDOOR; Linux sets
 * X86_FEATURE_VMCALL). Source: torvalds/linux arch/x86/kernel/cpu/vmware.c at
 * 010e85f9e47c. Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_FEATURES_ECX_VMCALL_SHIFT 1
#define HVCPUID_VMWARE_FEATURES_ECX_VMCALL_WIDTH 1
#define HVCPUID_VMWARE_FEATURES_ECX_VMCALL_MASK 0x00000002U
#define HVCPUID_VMWARE_FEATURES_ECX_VMCALL_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000002U) >> 1)
#define HVCPUID_VMWARE_FEATURES_ECX_VMCALL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000002U) | ((HVCPUID_U32_CAST(v) << 1) & 0x00000002U))

/* ecx[3] tdx_api_enabled (upstream TDX_API_ENABLED): The TDX API is enabled
 * (open-vm-tools only). Source: vmware/open-vm-tools
 * open-vm-tools/lib/include/x86cpuid.h at 1634dfb42f72. */
#define HVCPUID_VMWARE_FEATURES_ECX_TDX_API_ENABLED_SHIFT 3
#define HVCPUID_VMWARE_FEATURES_ECX_TDX_API_ENABLED_WIDTH 1
#define HVCPUID_VMWARE_FEATURES_ECX_TDX_API_ENABLED_MASK 0x00000008U
#define HVCPUID_VMWARE_FEATURES_ECX_TDX_API_ENABLED_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000008U) >> 3)
#define HVCPUID_VMWARE_FEATURES_ECX_TDX_API_ENABLED_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000008U) | ((HVCPUID_U32_CAST(v) << 3) & 0x00000008U))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_VMWARE_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFFU

#endif /* HVCPUID_VMWARE_H */
