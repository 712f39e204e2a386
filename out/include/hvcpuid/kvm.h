/* SPDX-License-Identifier: MIT */
/* kvm.h - KVM paravirtual interface. Generated from spec/kvm.xml by hvcpuid
 * 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_KVM_H
#define HVCPUID_KVM_H

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

/* Interface kvm: KVM paravirtual interface (vendor kvm, KVM (Linux)). KVM's
 * paravirtual features. At base 0x40000000 normally; QEMU moves it to
 * 0x40000100 when any Hyper-V enlightenment is enabled (Hyper-V then occupies
 * 0x40000000). Linux guests read the features base-relatively (kvm_cpuid_base()
 * | KVM_CPUID_FEATURES). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: qemu/qemu
 * target/i386/kvm/kvm.c at 5f992102383e. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_KVM_VENDOR_SIGNATURE "KVMKVMKVM\000\000\000"
#define HVCPUID_KVM_VENDOR_SIGNATURE_EBX 0x4B4D564BU
#define HVCPUID_KVM_VENDOR_SIGNATURE_ECX 0x564B4D56U
#define HVCPUID_KVM_VENDOR_SIGNATURE_EDX 0x0000004DU

/* Vendor signature hypervisor openbsd-vmm shows for this interface at 0x40000000. */
#define HVCPUID_KVM_SHOWN_BY_OPENBSD_VMM_VENDOR_SIGNATURE "OpenBSDVMM58"
#define HVCPUID_KVM_SHOWN_BY_OPENBSD_VMM_VENDOR_SIGNATURE_EBX 0x6E65704FU
#define HVCPUID_KVM_SHOWN_BY_OPENBSD_VMM_VENDOR_SIGNATURE_ECX 0x56445342U
#define HVCPUID_KVM_SHOWN_BY_OPENBSD_VMM_VENDOR_SIGNATURE_EDX 0x38354D4DU

#define HVCPUID_KVM_DEFAULT_BASE 0x40000000U
#define HVCPUID_KVM_MAX_LEAF 0x10U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, openbsd-vmm, qemu-kvm, virtualbox-kvm); 0x40000100 (qemu-kvm-hv) */
#define HVCPUID_KVM_BASE_COUNT 2U
#define HVCPUID_KVM_BASES {0x40000000U, 0x40000100U}

/* ---- Leaf 0x00 signature (upstream KVM_CPUID_SIGNATURE): Highest KVM leaf and
 * the vendor signature. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_SIGNATURE_OFFSET 0x00U
#define HVCPUID_KVM_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_KVM_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_KVM_SIGNATURE_LEAF_AT_40000000 0x40000000U
#define HVCPUID_KVM_SIGNATURE_LEAF_AT_40000100 0x40000100U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: Highest KVM leaf (absolute). KVM reports
 * KVM_CPUID_FEATURES (base+1); QEMU raises it to base+0x10 when it adds the
 * timing leaf. Old hosts return 0, which must be read as 0x40000001. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96 (defines
 * KVM_SIGNATURE). Source: torvalds/linux arch/x86/kvm/cpuid.c (read from a
 * code-search excerpt, commit not pinned). */
#define HVCPUID_KVM_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_KVM_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_KVM_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "KVMK", 0x4b4d564b: signature bytes 0-3.
 * Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96
 * (defines KVM_SIGNATURE). Source: torvalds/linux arch/x86/kvm/cpuid.c (read
 * from a code-search excerpt, commit not pinned). */
#define HVCPUID_KVM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_KVM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_KVM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "VMKV", 0x564b4d56: signature bytes 4-7.
 * Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96
 * (defines KVM_SIGNATURE). Source: torvalds/linux arch/x86/kvm/cpuid.c (read
 * from a code-search excerpt, commit not pinned). */
#define HVCPUID_KVM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_KVM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_KVM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "M\0\0\0", 0x0000004d: signature bytes 8-11.
 * Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96
 * (defines KVM_SIGNATURE). Source: torvalds/linux arch/x86/kvm/cpuid.c (read
 * from a code-search excerpt, commit not pinned). */
#define HVCPUID_KVM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_KVM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_KVM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 features (upstream KVM_CPUID_FEATURES): Paravirtual features
 * (EAX) and performance hints (EDX). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_OFFSET 0x01U
#define HVCPUID_KVM_FEATURES_LEAF 0x40000001U
#define HVCPUID_KVM_FEATURES_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_KVM_FEATURES_LEAF_AT_40000000 0x40000001U
#define HVCPUID_KVM_FEATURES_LEAF_AT_40000100 0x40000101U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_FEATURES_EAX_RESERVED_MASK 0xFEFC0100U

/* eax[0] clocksource (upstream KVM_FEATURE_CLOCKSOURCE, a bit number): kvmclock
 * available at MSRs 0x11 and 0x12 (the deprecated MSRs). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_SHIFT 0
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_MASK 0x00000001U
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* eax[1] nop_io_delay (upstream KVM_FEATURE_NOP_IO_DELAY, a bit number): No
 * delays needed on port I/O. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_NOP_IO_DELAY_SHIFT 1
#define HVCPUID_KVM_FEATURES_EAX_NOP_IO_DELAY_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_NOP_IO_DELAY_MASK 0x00000002U
#define HVCPUID_KVM_FEATURES_EAX_NOP_IO_DELAY_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000002U) >> 1)
#define HVCPUID_KVM_FEATURES_EAX_NOP_IO_DELAY_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000002U) | ((HVCPUID_U32_CAST(v) << 1) & 0x00000002U))

/* eax[2] mmu_op [deprecated] (upstream KVM_FEATURE_MMU_OP, a bit number):
 * Deprecated (KVM_HC_MMU_OP). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_SHIFT 2
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_MASK 0x00000004U
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000004U) >> 2)
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000004U) | ((HVCPUID_U32_CAST(v) << 2) & 0x00000004U))
#define HVCPUID_KVM_FEATURES_EAX_MMU_OP_DEPRECATED 1

/* eax[3] clocksource2 (upstream KVM_FEATURE_CLOCKSOURCE2, a bit number):
 * kvmclock available at MSRs 0x4b564d00 and 0x4b564d01. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_SHIFT 3
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_MASK 0x00000008U
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000008U) >> 3)
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000008U) | ((HVCPUID_U32_CAST(v) << 3) & 0x00000008U))

/* eax[4] async_pf (upstream KVM_FEATURE_ASYNC_PF, a bit number): Async page
 * faults can be enabled by writing MSR 0x4b564d02. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_SHIFT 4
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_MASK 0x00000010U
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000010U) >> 4)
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000010U) | ((HVCPUID_U32_CAST(v) << 4) & 0x00000010U))

/* eax[5] steal_time (upstream KVM_FEATURE_STEAL_TIME, a bit number): Steal time
 * can be enabled by writing MSR 0x4b564d03. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_STEAL_TIME_SHIFT 5
#define HVCPUID_KVM_FEATURES_EAX_STEAL_TIME_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_STEAL_TIME_MASK 0x00000020U
#define HVCPUID_KVM_FEATURES_EAX_STEAL_TIME_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000020U) >> 5)
#define HVCPUID_KVM_FEATURES_EAX_STEAL_TIME_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000020U) | ((HVCPUID_U32_CAST(v) << 5) & 0x00000020U))

/* eax[6] pv_eoi (upstream KVM_FEATURE_PV_EOI, a bit number): Paravirtualized
 * end of interrupt can be enabled by writing MSR 0x4b564d04. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_PV_EOI_SHIFT 6
#define HVCPUID_KVM_FEATURES_EAX_PV_EOI_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_PV_EOI_MASK 0x00000040U
#define HVCPUID_KVM_FEATURES_EAX_PV_EOI_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000040U) >> 6)
#define HVCPUID_KVM_FEATURES_EAX_PV_EOI_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000040U) | ((HVCPUID_U32_CAST(v) << 6) & 0x00000040U))

/* eax[7] pv_unhalt (upstream KVM_FEATURE_PV_UNHALT, a bit number): Guests check
 * it before enabling paravirtualized spinlocks; KVM clears it when HLT is not
 * intercepted. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at
 * 693270471d96. Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at
 * 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_PV_UNHALT_SHIFT 7
#define HVCPUID_KVM_FEATURES_EAX_PV_UNHALT_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_PV_UNHALT_MASK 0x00000080U
#define HVCPUID_KVM_FEATURES_EAX_PV_UNHALT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000080U) >> 7)
#define HVCPUID_KVM_FEATURES_EAX_PV_UNHALT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000080U) | ((HVCPUID_U32_CAST(v) << 7) & 0x00000080U))

/* eax[9] pv_tlb_flush (upstream KVM_FEATURE_PV_TLB_FLUSH, a bit number): Guests
 * check it before enabling paravirtualized TLB flush. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_PV_TLB_FLUSH_SHIFT 9
#define HVCPUID_KVM_FEATURES_EAX_PV_TLB_FLUSH_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_PV_TLB_FLUSH_MASK 0x00000200U
#define HVCPUID_KVM_FEATURES_EAX_PV_TLB_FLUSH_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000200U) >> 9)
#define HVCPUID_KVM_FEATURES_EAX_PV_TLB_FLUSH_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000200U) | ((HVCPUID_U32_CAST(v) << 9) & 0x00000200U))

/* eax[10] async_pf_vmexit (upstream KVM_FEATURE_ASYNC_PF_VMEXIT, a bit number):
 * Async page faults delivered as VM exits; enabled with bit 2 of MSR
 * 0x4b564d02. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at
 * 693270471d96. Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at
 * 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_VMEXIT_SHIFT 10
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_VMEXIT_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_VMEXIT_MASK 0x00000400U
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_VMEXIT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000400U) >> 10)
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_VMEXIT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000400U) | ((HVCPUID_U32_CAST(v) << 10) & 0x00000400U))

/* eax[11] pv_send_ipi (upstream KVM_FEATURE_PV_SEND_IPI, a bit number): Guests
 * check it before enabling paravirtualized send-IPI. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_PV_SEND_IPI_SHIFT 11
#define HVCPUID_KVM_FEATURES_EAX_PV_SEND_IPI_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_PV_SEND_IPI_MASK 0x00000800U
#define HVCPUID_KVM_FEATURES_EAX_PV_SEND_IPI_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000800U) >> 11)
#define HVCPUID_KVM_FEATURES_EAX_PV_SEND_IPI_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000800U) | ((HVCPUID_U32_CAST(v) << 11) & 0x00000800U))

/* eax[12] poll_control (upstream KVM_FEATURE_POLL_CONTROL, a bit number):
 * Host-side HLT polling can be disabled through MSR 0x4b564d05. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_POLL_CONTROL_SHIFT 12
#define HVCPUID_KVM_FEATURES_EAX_POLL_CONTROL_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_POLL_CONTROL_MASK 0x00001000U
#define HVCPUID_KVM_FEATURES_EAX_POLL_CONTROL_GET(r) ((HVCPUID_U32_CAST(r) & 0x00001000U) >> 12)
#define HVCPUID_KVM_FEATURES_EAX_POLL_CONTROL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00001000U) | ((HVCPUID_U32_CAST(v) << 12) & 0x00001000U))

/* eax[13] pv_sched_yield (upstream KVM_FEATURE_PV_SCHED_YIELD, a bit number):
 * Guests check it before using paravirtualized sched yield. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_PV_SCHED_YIELD_SHIFT 13
#define HVCPUID_KVM_FEATURES_EAX_PV_SCHED_YIELD_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_PV_SCHED_YIELD_MASK 0x00002000U
#define HVCPUID_KVM_FEATURES_EAX_PV_SCHED_YIELD_GET(r) ((HVCPUID_U32_CAST(r) & 0x00002000U) >> 13)
#define HVCPUID_KVM_FEATURES_EAX_PV_SCHED_YIELD_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00002000U) | ((HVCPUID_U32_CAST(v) << 13) & 0x00002000U))

/* eax[14] async_pf_int (upstream KVM_FEATURE_ASYNC_PF_INT, a bit number): Async
 * page faults delivered by interrupt: MSRs 0x4b564d06 (ASYNC_PF_INT) and
 * 0x4b564d07 (ASYNC_PF_ACK). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_INT_SHIFT 14
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_INT_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_INT_MASK 0x00004000U
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_INT_GET(r) ((HVCPUID_U32_CAST(r) & 0x00004000U) >> 14)
#define HVCPUID_KVM_FEATURES_EAX_ASYNC_PF_INT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00004000U) | ((HVCPUID_U32_CAST(v) << 14) & 0x00004000U))

/* eax[15] msi_ext_dest_id (upstream KVM_FEATURE_MSI_EXT_DEST_ID, a bit number):
 * Guests may use extended destination ID bits 11-5 of the MSI address. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_MSI_EXT_DEST_ID_SHIFT 15
#define HVCPUID_KVM_FEATURES_EAX_MSI_EXT_DEST_ID_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_MSI_EXT_DEST_ID_MASK 0x00008000U
#define HVCPUID_KVM_FEATURES_EAX_MSI_EXT_DEST_ID_GET(r) ((HVCPUID_U32_CAST(r) & 0x00008000U) >> 15)
#define HVCPUID_KVM_FEATURES_EAX_MSI_EXT_DEST_ID_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00008000U) | ((HVCPUID_U32_CAST(v) << 15) & 0x00008000U))

/* eax[16] hc_map_gpa_range (upstream KVM_FEATURE_HC_MAP_GPA_RANGE, a bit
 * number): Guests may use the KVM_HC_MAP_GPA_RANGE hypercall to notify page
 * state changes. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at
 * 693270471d96. Source: torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at
 * 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_HC_MAP_GPA_RANGE_SHIFT 16
#define HVCPUID_KVM_FEATURES_EAX_HC_MAP_GPA_RANGE_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_HC_MAP_GPA_RANGE_MASK 0x00010000U
#define HVCPUID_KVM_FEATURES_EAX_HC_MAP_GPA_RANGE_GET(r) ((HVCPUID_U32_CAST(r) & 0x00010000U) >> 16)
#define HVCPUID_KVM_FEATURES_EAX_HC_MAP_GPA_RANGE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00010000U) | ((HVCPUID_U32_CAST(v) << 16) & 0x00010000U))

/* eax[17] migration_control (upstream KVM_FEATURE_MIGRATION_CONTROL, a bit
 * number): Guests may use MSR_KVM_MIGRATION_CONTROL (0x4b564d08). Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_MIGRATION_CONTROL_SHIFT 17
#define HVCPUID_KVM_FEATURES_EAX_MIGRATION_CONTROL_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_MIGRATION_CONTROL_MASK 0x00020000U
#define HVCPUID_KVM_FEATURES_EAX_MIGRATION_CONTROL_GET(r) ((HVCPUID_U32_CAST(r) & 0x00020000U) >> 17)
#define HVCPUID_KVM_FEATURES_EAX_MIGRATION_CONTROL_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00020000U) | ((HVCPUID_U32_CAST(v) << 17) & 0x00020000U))

/* eax[24] clocksource_stable_bit (upstream KVM_FEATURE_CLOCKSOURCE_STABLE_BIT,
 * a bit number): The host warns if no guest-side per-CPU warps are expected in
 * kvmclock. Bits 24-31 are set aside for interpreting pvclock flags. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source:
 * torvalds/linux Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. */
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_STABLE_BIT_SHIFT 24
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_STABLE_BIT_WIDTH 1
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_STABLE_BIT_MASK 0x01000000U
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_STABLE_BIT_GET(r) ((HVCPUID_U32_CAST(r) & 0x01000000U) >> 24)
#define HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE_STABLE_BIT_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x01000000U) | ((HVCPUID_U32_CAST(v) << 24) & 0x01000000U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_FEATURES_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_FEATURES_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_FEATURES_EDX_RESERVED_MASK 0xFFFFFFFEU

/* edx[0] hints_realtime (upstream KVM_HINTS_REALTIME, a bit number): vCPUs are
 * never preempted for an unlimited time (read by Linux as
 * kvm_arch_para_hints()). Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. Source: torvalds/linux
 * Documentation/virt/kvm/x86/cpuid.rst at 83970cd63b9f. Source: torvalds/linux
 * arch/x86/kernel/kvm.c (read from a code-search excerpt, commit not pinned). */
#define HVCPUID_KVM_FEATURES_EDX_HINTS_REALTIME_SHIFT 0
#define HVCPUID_KVM_FEATURES_EDX_HINTS_REALTIME_WIDTH 1
#define HVCPUID_KVM_FEATURES_EDX_HINTS_REALTIME_MASK 0x00000001U
#define HVCPUID_KVM_FEATURES_EDX_HINTS_REALTIME_GET(r) ((HVCPUID_U32_CAST(r) & 0x00000001U) >> 0)
#define HVCPUID_KVM_FEATURES_EDX_HINTS_REALTIME_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x00000001U) | ((HVCPUID_U32_CAST(v) << 0) & 0x00000001U))

/* ---- Leaf 0x10 timing: The generic timing leaf (spec/generic.xml,
 * generic-timing). QEMU only (vmware-cpuid-freq): exposed when KVM sits at base
 * 0x40000000 (it conflicts with Hyper-V) and the TSC frequency is stable and
 * known. A KVM-kernel version was proposed in 2025 and is not merged. The name
 * KVM_CPUID_TIMING_INFO (0x40000010) is pending: it is in the unmerged patch v5
 * 20/51 "KVM: x86: Officially define CPUID 0x40000010 as PV Timing Info (TSC
 * and Bus)" (Sean Christopherson, 1 July 2026), which says KVM does not
 * advertise the leaf itself. Source: qemu/qemu target/i386/kvm/kvm.c at
 * 5f992102383e. */
#define HVCPUID_KVM_TIMING_OFFSET 0x10U
#define HVCPUID_KVM_TIMING_LEAF 0x40000010U
#define HVCPUID_KVM_TIMING_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x10U)
#define HVCPUID_KVM_TIMING_LEAF_AT_40000000 0x40000010U
#define HVCPUID_KVM_TIMING_LEAF_AT_40000100 0x40000110U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_TIMING_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] tsc_khz: TSC frequency in kHz. Source: qemu/qemu
 * target/i386/kvm/kvm.c at 5f992102383e. */
#define HVCPUID_KVM_TIMING_EAX_TSC_KHZ_SHIFT 0
#define HVCPUID_KVM_TIMING_EAX_TSC_KHZ_WIDTH 32
#define HVCPUID_KVM_TIMING_EAX_TSC_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_TIMING_EAX_TSC_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_TIMING_EAX_TSC_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_TIMING_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] apic_bus_khz: Local APIC bus frequency in kHz (1000000 for KVM's 1
 * GHz APIC bus). Source: qemu/qemu target/i386/kvm/kvm.c at 5f992102383e. */
#define HVCPUID_KVM_TIMING_EBX_APIC_BUS_KHZ_SHIFT 0
#define HVCPUID_KVM_TIMING_EBX_APIC_BUS_KHZ_WIDTH 32
#define HVCPUID_KVM_TIMING_EBX_APIC_BUS_KHZ_MASK 0xFFFFFFFFU
#define HVCPUID_KVM_TIMING_EBX_APIC_BUS_KHZ_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_KVM_TIMING_EBX_APIC_BUS_KHZ_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_TIMING_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_TIMING_EDX_RESERVED_MASK 0xFFFFFFFFU

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

/* ---- MSR 0x00000011 wall_clock (rw) [deprecated] (upstream
 * MSR_KVM_WALL_CLOCK): Same as wall_clock_new (use that); outside the reserved
 * KVM range, deprecated. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_WALL_CLOCK 0x00000011U
/* [63:0] gpa: 4-byte aligned guest physical address of struct
 * pvclock_wall_clock, filled in when written. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_WALL_CLOCK_GPA_SHIFT 0
#define HVCPUID_KVM_MSR_WALL_CLOCK_GPA_WIDTH 64
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_WALL_CLOCK_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_WALL_CLOCK_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)
#define HVCPUID_KVM_MSR_WALL_CLOCK_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)) >> 0)
#define HVCPUID_KVM_MSR_WALL_CLOCK_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)))
#endif

/* ---- MSR 0x00000012 system_time (rw) [deprecated] (upstream
 * MSR_KVM_SYSTEM_TIME): Same as system_time_new (use that); outside the
 * reserved KVM range, deprecated. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME 0x00000012U
/* [0] enable (upstream KVM_MSR_ENABLED, a mask): Bit 0 enables the updates; KVM
 * stops when a value with bit 0 clear is written. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_ENABLE_SHIFT 0
#define HVCPUID_KVM_MSR_SYSTEM_TIME_ENABLE_WIDTH 1
/* [63:2] gpa: 4-byte aligned guest physical address of struct
 * pvclock_vcpu_time_info. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_GPA_SHIFT 2
#define HVCPUID_KVM_MSR_SYSTEM_TIME_GPA_WIDTH 62
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_ENABLE_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_ENABLE_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_ENABLE_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_KVM_MSR_SYSTEM_TIME_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) >> 2)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) | ((HVCPUID_U64_CAST(x) << 2) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)))
#endif

/* ---- MSR 0x4B564D00 wall_clock_new (rw) (upstream MSR_KVM_WALL_CLOCK_NEW):
 * Where KVM writes the wall clock at boot (struct pvclock_wall_clock), updated
 * on each write; global in effect. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW 0x4B564D00U
/* [63:0] gpa: 4-byte aligned guest physical address of struct
 * pvclock_wall_clock. Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst
 * at 254a14200711. */
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_GPA_SHIFT 0
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_GPA_WIDTH 64
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)) >> 0)
#define HVCPUID_KVM_MSR_WALL_CLOCK_NEW_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFFU)))
#endif

/* ---- MSR 0x4B564D01 system_time_new (rw) (upstream MSR_KVM_SYSTEM_TIME_NEW):
 * Registers the per-vCPU kvmclock structure (struct pvclock_vcpu_time_info, 32
 * bytes). Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at
 * 254a14200711. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at
 * 693270471d96. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW 0x4B564D01U
/* [0] enable (upstream KVM_MSR_ENABLED, a mask): Bit 0 enables the updates; KVM
 * stops when a value with bit 0 clear is written. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_ENABLE_SHIFT 0
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_ENABLE_WIDTH 1
/* [63:2] gpa: 4-byte aligned guest physical address of struct
 * pvclock_vcpu_time_info. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_GPA_SHIFT 2
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_GPA_WIDTH 62
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_ENABLE_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_ENABLE_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_ENABLE_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) >> 2)
#define HVCPUID_KVM_MSR_SYSTEM_TIME_NEW_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) | ((HVCPUID_U64_CAST(x) << 2) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)))
#endif

/* ---- MSR 0x4B564D02 async_pf_en (rw) (upstream MSR_KVM_ASYNC_PF_EN):
 * Asynchronous page fault control: the 64-byte struct kvm_vcpu_pv_apf_data and
 * how events are delivered. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN 0x4B564D02U
/* [0] enabled (upstream KVM_ASYNC_PF_ENABLED, a mask): Asynchronous page faults
 * are enabled on the vCPU. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_ENABLED_SHIFT 0
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_ENABLED_WIDTH 1
/* [1] send_always (upstream KVM_ASYNC_PF_SEND_ALWAYS, a mask): They may be
 * injected at CPL 0 too. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_SEND_ALWAYS_SHIFT 1
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_SEND_ALWAYS_WIDTH 1
/* [2] delivery_as_pf_vmexit (upstream KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT, a
 * mask): Delivered to L1 as #PF VM exits (needs KVM_FEATURE_ASYNC_PF_VMEXIT).
 * Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_PF_VMEXIT_SHIFT 2
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_PF_VMEXIT_WIDTH 1
/* [3] delivery_as_int (upstream KVM_ASYNC_PF_DELIVERY_AS_INT, a mask): "Page
 * ready" events by interrupt (needs KVM_FEATURE_ASYNC_PF_INT). Source:
 * torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_INT_SHIFT 3
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_INT_WIDTH 1
/* [63:6] gpa: 64-byte aligned guest physical address of struct
 * kvm_vcpu_pv_apf_data. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_GPA_SHIFT 6
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_GPA_WIDTH 58
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000030U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_ENABLED_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_ENABLED_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_ENABLED_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_SEND_ALWAYS_MASK HVCPUID_U64_C(0x00000000U, 0x00000002U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_SEND_ALWAYS_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000002U)) >> 1)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_SEND_ALWAYS_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000002U)) | ((HVCPUID_U64_CAST(x) << 1) & HVCPUID_U64_C(0x00000000U, 0x00000002U)))
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_PF_VMEXIT_MASK HVCPUID_U64_C(0x00000000U, 0x00000004U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_PF_VMEXIT_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000004U)) >> 2)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_PF_VMEXIT_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000004U)) | ((HVCPUID_U64_CAST(x) << 2) & HVCPUID_U64_C(0x00000000U, 0x00000004U)))
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_INT_MASK HVCPUID_U64_C(0x00000000U, 0x00000008U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_INT_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000008U)) >> 3)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_DELIVERY_AS_INT_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000008U)) | ((HVCPUID_U64_CAST(x) << 3) & HVCPUID_U64_C(0x00000000U, 0x00000008U)))
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)) >> 6)
#define HVCPUID_KVM_MSR_ASYNC_PF_EN_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)) | ((HVCPUID_U64_CAST(x) << 6) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)))
#endif

/* ---- MSR 0x4B564D03 steal_time (rw) (upstream MSR_KVM_STEAL_TIME): Registers
 * the per-vCPU struct kvm_steal_time, which the guest must zero first. Source:
 * torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_STEAL_TIME 0x4B564D03U
/* [0] enable (upstream KVM_MSR_ENABLED, a mask): Enables steal-time updates.
 * Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_STEAL_TIME_ENABLE_SHIFT 0
#define HVCPUID_KVM_MSR_STEAL_TIME_ENABLE_WIDTH 1
/* [63:6] gpa (upstream KVM_STEAL_VALID_BITS, a mask): 64-byte aligned guest
 * physical address of struct kvm_steal_time. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_STEAL_TIME_GPA_SHIFT 6
#define HVCPUID_KVM_MSR_STEAL_TIME_GPA_WIDTH 58
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_STEAL_TIME_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x0000003EU)
#define HVCPUID_KVM_MSR_STEAL_TIME_ENABLE_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_STEAL_TIME_ENABLE_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_STEAL_TIME_ENABLE_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_KVM_MSR_STEAL_TIME_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)
#define HVCPUID_KVM_MSR_STEAL_TIME_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)) >> 6)
#define HVCPUID_KVM_MSR_STEAL_TIME_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)) | ((HVCPUID_U64_CAST(x) << 6) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFC0U)))
#endif

/* ---- MSR 0x4B564D04 pv_eoi_en (rw) (upstream MSR_KVM_PV_EOI_EN): Paravirtual
 * end of interrupt: a 4-byte word whose bit 0 tells the guest it may skip the
 * APIC EOI write (msr.rst names it MSR_KVM_EOI_EN). Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_PV_EOI_EN 0x4B564D04U
/* [0] enable: PV EOI is enabled on the vCPU. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_PV_EOI_EN_ENABLE_SHIFT 0
#define HVCPUID_KVM_MSR_PV_EOI_EN_ENABLE_WIDTH 1
/* [63:2] gpa: 4-byte aligned guest physical address of the zeroed 4-byte word.
 * Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_PV_EOI_EN_GPA_SHIFT 2
#define HVCPUID_KVM_MSR_PV_EOI_EN_GPA_WIDTH 62
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_PV_EOI_EN_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000002U)
#define HVCPUID_KVM_MSR_PV_EOI_EN_ENABLE_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_PV_EOI_EN_ENABLE_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_PV_EOI_EN_ENABLE_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#define HVCPUID_KVM_MSR_PV_EOI_EN_GPA_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)
#define HVCPUID_KVM_MSR_PV_EOI_EN_GPA_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) >> 2)
#define HVCPUID_KVM_MSR_PV_EOI_EN_GPA_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)) | ((HVCPUID_U64_CAST(x) << 2) & HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFFFCU)))
#endif

/* ---- MSR 0x4B564D05 poll_control (rw) (upstream MSR_KVM_POLL_CONTROL):
 * Host-side HLT polling control. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_POLL_CONTROL 0x4B564D05U
/* [0] host_poll: 1 enables, 0 disables host-side HLT polling. Source:
 * torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_POLL_CONTROL_HOST_POLL_SHIFT 0
#define HVCPUID_KVM_MSR_POLL_CONTROL_HOST_POLL_WIDTH 1
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_POLL_CONTROL_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_POLL_CONTROL_HOST_POLL_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_POLL_CONTROL_HOST_POLL_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_POLL_CONTROL_HOST_POLL_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#endif

/* ---- MSR 0x4B564D06 async_pf_int (rw) (upstream MSR_KVM_ASYNC_PF_INT): APIC
 * vector for "page ready" notifications; set before enabling
 * MSR_KVM_ASYNC_PF_EN. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source: torvalds/linux
 * arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_INT 0x4B564D06U
/* [7:0] vector (upstream KVM_ASYNC_PF_VEC_MASK, a mask): APIC vector for "page
 * ready" events. Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at
 * 254a14200711. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at
 * 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_VECTOR_SHIFT 0
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_VECTOR_WIDTH 8
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_RESERVED_MASK HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFFF00U)
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_VECTOR_MASK HVCPUID_U64_C(0x00000000U, 0x000000FFU)
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_VECTOR_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x000000FFU)) >> 0)
#define HVCPUID_KVM_MSR_ASYNC_PF_INT_VECTOR_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x000000FFU)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x000000FFU)))
#endif

/* ---- MSR 0x4B564D07 async_pf_ack (w) (upstream MSR_KVM_ASYNC_PF_ACK):
 * Acknowledges a "page ready" event so KVM rescans its queue. Source:
 * torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711. Source:
 * torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK 0x4B564D07U
/* [0] ack: Write 1 after clearing the token. Source: torvalds/linux
 * Documentation/virt/kvm/x86/msr.rst at 254a14200711. */
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_ACK_SHIFT 0
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_ACK_WIDTH 1
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_ACK_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_ACK_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_ASYNC_PF_ACK_ACK_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#endif

/* ---- MSR 0x4B564D08 migration_control (rw) (upstream
 * MSR_KVM_MIGRATION_CONTROL): Live-migration permission of a guest with
 * encrypted memory. Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst
 * at 254a14200711. Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h
 * at 693270471d96. */
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL 0x4B564D08U
/* [0] migration_allowed (upstream KVM_MIGRATION_READY, a mask): Live migration
 * of the guest is allowed; 1 at start without encrypted memory, 0 with it.
 * Source: torvalds/linux Documentation/virt/kvm/x86/msr.rst at 254a14200711.
 * Source: torvalds/linux arch/x86/include/uapi/asm/kvm_para.h at 693270471d96. */
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_MIGRATION_ALLOWED_SHIFT 0
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_MIGRATION_ALLOWED_WIDTH 1
#ifdef HVCPUID_U64
/* Bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_RESERVED_MASK HVCPUID_U64_C(0x00000000U, 0x00000000U)
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_MIGRATION_ALLOWED_MASK HVCPUID_U64_C(0x00000000U, 0x00000001U)
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_MIGRATION_ALLOWED_GET(v) ((HVCPUID_U64_CAST(v) & HVCPUID_U64_C(0x00000000U, 0x00000001U)) >> 0)
#define HVCPUID_KVM_MSR_MIGRATION_CONTROL_MIGRATION_ALLOWED_SET(v, x) ((HVCPUID_U64_CAST(v) & ~HVCPUID_U64_C(0x00000000U, 0x00000001U)) | ((HVCPUID_U64_CAST(x) << 0) & HVCPUID_U64_C(0x00000000U, 0x00000001U)))
#endif

#endif /* HVCPUID_KVM_H */
