/* SPDX-License-Identifier: MIT */
/* upstream/kvm.h - KVM paravirtual interface under upstream's macro names.
 * Generated from spec/kvm.xml by hvcpuid 0.1.0 -- do not edit; change the
 * registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_KVM_H
#define HVCPUID_UPSTREAM_KVM_H

/* Interface kvm (KVM paravirtual interface) under the upstream macro names the
 * registry records: its leaves at the default base, its bit numbers and its
 * masks, with upstream's kinds and values. Each macro is defined only when it
 * is not defined yet, spelled token for token as upstream spells it, so this
 * header and the upstream one can be included in either order without a
 * warning; included after the upstream header, it checks upstream's value
 * instead (an array of negative size, hvcpuid_upstream_differs_NAME, when they
 * differ). */

/* KVM_CPUID_SIGNATURE: leaf 0x00 signature, at the default base 0x40000000. */
#ifndef KVM_CPUID_SIGNATURE
#define KVM_CPUID_SIGNATURE 0x40000000
#else
typedef char hvcpuid_upstream_differs_KVM_CPUID_SIGNATURE[(KVM_CPUID_SIGNATURE == 0x40000000) ? 1 : -1];
#endif

/* KVM_CPUID_FEATURES: leaf 0x01 features, at the default base 0x40000000. */
#ifndef KVM_CPUID_FEATURES
#define KVM_CPUID_FEATURES 0x40000001
#else
typedef char hvcpuid_upstream_differs_KVM_CPUID_FEATURES[(KVM_CPUID_FEATURES == 0x40000001) ? 1 : -1];
#endif

/* KVM_FEATURE_CLOCKSOURCE: leaf 0x01 features eax[0] clocksource, a bit number. */
#ifndef KVM_FEATURE_CLOCKSOURCE
#define KVM_FEATURE_CLOCKSOURCE 0
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_CLOCKSOURCE[(KVM_FEATURE_CLOCKSOURCE == 0) ? 1 : -1];
#endif

/* KVM_FEATURE_NOP_IO_DELAY: leaf 0x01 features eax[1] nop_io_delay, a bit
 * number. */
#ifndef KVM_FEATURE_NOP_IO_DELAY
#define KVM_FEATURE_NOP_IO_DELAY 1
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_NOP_IO_DELAY[(KVM_FEATURE_NOP_IO_DELAY == 1) ? 1 : -1];
#endif

/* KVM_FEATURE_MMU_OP: leaf 0x01 features eax[2] mmu_op, a bit number. */
#ifndef KVM_FEATURE_MMU_OP
#define KVM_FEATURE_MMU_OP 2
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_MMU_OP[(KVM_FEATURE_MMU_OP == 2) ? 1 : -1];
#endif

/* KVM_FEATURE_CLOCKSOURCE2: leaf 0x01 features eax[3] clocksource2, a bit
 * number. */
#ifndef KVM_FEATURE_CLOCKSOURCE2
#define KVM_FEATURE_CLOCKSOURCE2 3
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_CLOCKSOURCE2[(KVM_FEATURE_CLOCKSOURCE2 == 3) ? 1 : -1];
#endif

/* KVM_FEATURE_ASYNC_PF: leaf 0x01 features eax[4] async_pf, a bit number. */
#ifndef KVM_FEATURE_ASYNC_PF
#define KVM_FEATURE_ASYNC_PF 4
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_ASYNC_PF[(KVM_FEATURE_ASYNC_PF == 4) ? 1 : -1];
#endif

/* KVM_FEATURE_STEAL_TIME: leaf 0x01 features eax[5] steal_time, a bit number. */
#ifndef KVM_FEATURE_STEAL_TIME
#define KVM_FEATURE_STEAL_TIME 5
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_STEAL_TIME[(KVM_FEATURE_STEAL_TIME == 5) ? 1 : -1];
#endif

/* KVM_FEATURE_PV_EOI: leaf 0x01 features eax[6] pv_eoi, a bit number. */
#ifndef KVM_FEATURE_PV_EOI
#define KVM_FEATURE_PV_EOI 6
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_PV_EOI[(KVM_FEATURE_PV_EOI == 6) ? 1 : -1];
#endif

/* KVM_FEATURE_PV_UNHALT: leaf 0x01 features eax[7] pv_unhalt, a bit number. */
#ifndef KVM_FEATURE_PV_UNHALT
#define KVM_FEATURE_PV_UNHALT 7
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_PV_UNHALT[(KVM_FEATURE_PV_UNHALT == 7) ? 1 : -1];
#endif

/* KVM_FEATURE_PV_TLB_FLUSH: leaf 0x01 features eax[9] pv_tlb_flush, a bit
 * number. */
#ifndef KVM_FEATURE_PV_TLB_FLUSH
#define KVM_FEATURE_PV_TLB_FLUSH 9
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_PV_TLB_FLUSH[(KVM_FEATURE_PV_TLB_FLUSH == 9) ? 1 : -1];
#endif

/* KVM_FEATURE_ASYNC_PF_VMEXIT: leaf 0x01 features eax[10] async_pf_vmexit, a
 * bit number. */
#ifndef KVM_FEATURE_ASYNC_PF_VMEXIT
#define KVM_FEATURE_ASYNC_PF_VMEXIT 10
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_ASYNC_PF_VMEXIT[(KVM_FEATURE_ASYNC_PF_VMEXIT == 10) ? 1 : -1];
#endif

/* KVM_FEATURE_PV_SEND_IPI: leaf 0x01 features eax[11] pv_send_ipi, a bit
 * number. */
#ifndef KVM_FEATURE_PV_SEND_IPI
#define KVM_FEATURE_PV_SEND_IPI 11
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_PV_SEND_IPI[(KVM_FEATURE_PV_SEND_IPI == 11) ? 1 : -1];
#endif

/* KVM_FEATURE_POLL_CONTROL: leaf 0x01 features eax[12] poll_control, a bit
 * number. */
#ifndef KVM_FEATURE_POLL_CONTROL
#define KVM_FEATURE_POLL_CONTROL 12
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_POLL_CONTROL[(KVM_FEATURE_POLL_CONTROL == 12) ? 1 : -1];
#endif

/* KVM_FEATURE_PV_SCHED_YIELD: leaf 0x01 features eax[13] pv_sched_yield, a bit
 * number. */
#ifndef KVM_FEATURE_PV_SCHED_YIELD
#define KVM_FEATURE_PV_SCHED_YIELD 13
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_PV_SCHED_YIELD[(KVM_FEATURE_PV_SCHED_YIELD == 13) ? 1 : -1];
#endif

/* KVM_FEATURE_ASYNC_PF_INT: leaf 0x01 features eax[14] async_pf_int, a bit
 * number. */
#ifndef KVM_FEATURE_ASYNC_PF_INT
#define KVM_FEATURE_ASYNC_PF_INT 14
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_ASYNC_PF_INT[(KVM_FEATURE_ASYNC_PF_INT == 14) ? 1 : -1];
#endif

/* KVM_FEATURE_MSI_EXT_DEST_ID: leaf 0x01 features eax[15] msi_ext_dest_id, a
 * bit number. */
#ifndef KVM_FEATURE_MSI_EXT_DEST_ID
#define KVM_FEATURE_MSI_EXT_DEST_ID 15
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_MSI_EXT_DEST_ID[(KVM_FEATURE_MSI_EXT_DEST_ID == 15) ? 1 : -1];
#endif

/* KVM_FEATURE_HC_MAP_GPA_RANGE: leaf 0x01 features eax[16] hc_map_gpa_range, a
 * bit number. */
#ifndef KVM_FEATURE_HC_MAP_GPA_RANGE
#define KVM_FEATURE_HC_MAP_GPA_RANGE 16
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_HC_MAP_GPA_RANGE[(KVM_FEATURE_HC_MAP_GPA_RANGE == 16) ? 1 : -1];
#endif

/* KVM_FEATURE_MIGRATION_CONTROL: leaf 0x01 features eax[17] migration_control,
 * a bit number. */
#ifndef KVM_FEATURE_MIGRATION_CONTROL
#define KVM_FEATURE_MIGRATION_CONTROL 17
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_MIGRATION_CONTROL[(KVM_FEATURE_MIGRATION_CONTROL == 17) ? 1 : -1];
#endif

/* KVM_FEATURE_CLOCKSOURCE_STABLE_BIT: leaf 0x01 features eax[24]
 * clocksource_stable_bit, a bit number. */
#ifndef KVM_FEATURE_CLOCKSOURCE_STABLE_BIT
#define KVM_FEATURE_CLOCKSOURCE_STABLE_BIT 24
#else
typedef char hvcpuid_upstream_differs_KVM_FEATURE_CLOCKSOURCE_STABLE_BIT[(KVM_FEATURE_CLOCKSOURCE_STABLE_BIT == 24) ? 1 : -1];
#endif

/* KVM_HINTS_REALTIME: leaf 0x01 features edx[0] hints_realtime, a bit number. */
#ifndef KVM_HINTS_REALTIME
#define KVM_HINTS_REALTIME 0
#else
typedef char hvcpuid_upstream_differs_KVM_HINTS_REALTIME[(KVM_HINTS_REALTIME == 0) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_KVM_H */
