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

/* MSR_KVM_WALL_CLOCK: MSR 0x00000011 wall_clock, its address. */
#ifndef MSR_KVM_WALL_CLOCK
#define MSR_KVM_WALL_CLOCK 0x11
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_WALL_CLOCK[(MSR_KVM_WALL_CLOCK == 0x11) ? 1 : -1];
#endif

/* MSR_KVM_SYSTEM_TIME: MSR 0x00000012 system_time, its address. */
#ifndef MSR_KVM_SYSTEM_TIME
#define MSR_KVM_SYSTEM_TIME 0x12
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_SYSTEM_TIME[(MSR_KVM_SYSTEM_TIME == 0x12) ? 1 : -1];
#endif

/* KVM_MSR_ENABLED: MSR 0x00000012 system_time [0] enable, a mask. */
#ifndef KVM_MSR_ENABLED
#define KVM_MSR_ENABLED 1
#else
typedef char hvcpuid_upstream_differs_KVM_MSR_ENABLED[(KVM_MSR_ENABLED == 1) ? 1 : -1];
#endif

/* MSR_KVM_WALL_CLOCK_NEW: MSR 0x4B564D00 wall_clock_new, its address. */
#ifndef MSR_KVM_WALL_CLOCK_NEW
#define MSR_KVM_WALL_CLOCK_NEW 0x4b564d00
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_WALL_CLOCK_NEW[(MSR_KVM_WALL_CLOCK_NEW == 0x4b564d00) ? 1 : -1];
#endif

/* MSR_KVM_SYSTEM_TIME_NEW: MSR 0x4B564D01 system_time_new, its address. */
#ifndef MSR_KVM_SYSTEM_TIME_NEW
#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_SYSTEM_TIME_NEW[(MSR_KVM_SYSTEM_TIME_NEW == 0x4b564d01) ? 1 : -1];
#endif

/* MSR_KVM_ASYNC_PF_EN: MSR 0x4B564D02 async_pf_en, its address. */
#ifndef MSR_KVM_ASYNC_PF_EN
#define MSR_KVM_ASYNC_PF_EN 0x4b564d02
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_ASYNC_PF_EN[(MSR_KVM_ASYNC_PF_EN == 0x4b564d02) ? 1 : -1];
#endif

/* KVM_ASYNC_PF_ENABLED: MSR 0x4B564D02 async_pf_en [0] enabled, a mask. */
#ifndef KVM_ASYNC_PF_ENABLED
#define KVM_ASYNC_PF_ENABLED (1 << 0)
#else
typedef char hvcpuid_upstream_differs_KVM_ASYNC_PF_ENABLED[(KVM_ASYNC_PF_ENABLED == (1 << 0)) ? 1 : -1];
#endif

/* KVM_ASYNC_PF_SEND_ALWAYS: MSR 0x4B564D02 async_pf_en [1] send_always, a mask. */
#ifndef KVM_ASYNC_PF_SEND_ALWAYS
#define KVM_ASYNC_PF_SEND_ALWAYS (1 << 1)
#else
typedef char hvcpuid_upstream_differs_KVM_ASYNC_PF_SEND_ALWAYS[(KVM_ASYNC_PF_SEND_ALWAYS == (1 << 1)) ? 1 : -1];
#endif

/* KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT: MSR 0x4B564D02 async_pf_en [2]
 * delivery_as_pf_vmexit, a mask. */
#ifndef KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT
#define KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT (1 << 2)
#else
typedef char hvcpuid_upstream_differs_KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT[(KVM_ASYNC_PF_DELIVERY_AS_PF_VMEXIT == (1 << 2)) ? 1 : -1];
#endif

/* KVM_ASYNC_PF_DELIVERY_AS_INT: MSR 0x4B564D02 async_pf_en [3] delivery_as_int,
 * a mask. */
#ifndef KVM_ASYNC_PF_DELIVERY_AS_INT
#define KVM_ASYNC_PF_DELIVERY_AS_INT (1 << 3)
#else
typedef char hvcpuid_upstream_differs_KVM_ASYNC_PF_DELIVERY_AS_INT[(KVM_ASYNC_PF_DELIVERY_AS_INT == (1 << 3)) ? 1 : -1];
#endif

/* MSR_KVM_STEAL_TIME: MSR 0x4B564D03 steal_time, its address. */
#ifndef MSR_KVM_STEAL_TIME
#define MSR_KVM_STEAL_TIME 0x4b564d03
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_STEAL_TIME[(MSR_KVM_STEAL_TIME == 0x4b564d03) ? 1 : -1];
#endif

/* KVM_STEAL_RESERVED_MASK: MSR 0x4B564D03 steal_time [5:1] reserved, a mask. */
#ifndef KVM_STEAL_RESERVED_MASK
#define KVM_STEAL_RESERVED_MASK (0x1f << 1)
#else
typedef char hvcpuid_upstream_differs_KVM_STEAL_RESERVED_MASK[(KVM_STEAL_RESERVED_MASK == (0x1f << 1)) ? 1 : -1];
#endif

/* KVM_STEAL_VALID_BITS: MSR 0x4B564D03 steal_time [63:6] gpa, a mask. */
#ifndef KVM_STEAL_VALID_BITS
#define KVM_STEAL_VALID_BITS (0x3ffffffffffffffull << 6)
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_KVM_STEAL_VALID_BITS[(KVM_STEAL_VALID_BITS == (0x3ffffffffffffffull << 6)) ? 1 : -1];
#endif
#endif

/* MSR_KVM_PV_EOI_EN: MSR 0x4B564D04 pv_eoi_en, its address. */
#ifndef MSR_KVM_PV_EOI_EN
#define MSR_KVM_PV_EOI_EN 0x4b564d04
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_PV_EOI_EN[(MSR_KVM_PV_EOI_EN == 0x4b564d04) ? 1 : -1];
#endif

/* MSR_KVM_POLL_CONTROL: MSR 0x4B564D05 poll_control, its address. */
#ifndef MSR_KVM_POLL_CONTROL
#define MSR_KVM_POLL_CONTROL 0x4b564d05
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_POLL_CONTROL[(MSR_KVM_POLL_CONTROL == 0x4b564d05) ? 1 : -1];
#endif

/* MSR_KVM_ASYNC_PF_INT: MSR 0x4B564D06 async_pf_int, its address. */
#ifndef MSR_KVM_ASYNC_PF_INT
#define MSR_KVM_ASYNC_PF_INT 0x4b564d06
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_ASYNC_PF_INT[(MSR_KVM_ASYNC_PF_INT == 0x4b564d06) ? 1 : -1];
#endif

/* KVM_ASYNC_PF_VEC_MASK: MSR 0x4B564D06 async_pf_int [7:0] vector, a mask.
 * Upstream writes it with a macro its header does not define, so an earlier
 * definition is not checked. */
#ifndef KVM_ASYNC_PF_VEC_MASK
#define KVM_ASYNC_PF_VEC_MASK (0xff << 0)
#endif

/* MSR_KVM_ASYNC_PF_ACK: MSR 0x4B564D07 async_pf_ack, its address. */
#ifndef MSR_KVM_ASYNC_PF_ACK
#define MSR_KVM_ASYNC_PF_ACK 0x4b564d07
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_ASYNC_PF_ACK[(MSR_KVM_ASYNC_PF_ACK == 0x4b564d07) ? 1 : -1];
#endif

/* MSR_KVM_MIGRATION_CONTROL: MSR 0x4B564D08 migration_control, its address. */
#ifndef MSR_KVM_MIGRATION_CONTROL
#define MSR_KVM_MIGRATION_CONTROL 0x4b564d08
#else
typedef char hvcpuid_upstream_differs_MSR_KVM_MIGRATION_CONTROL[(MSR_KVM_MIGRATION_CONTROL == 0x4b564d08) ? 1 : -1];
#endif

/* KVM_MIGRATION_READY: MSR 0x4B564D08 migration_control [0] migration_allowed,
 * a mask. */
#ifndef KVM_MIGRATION_READY
#define KVM_MIGRATION_READY (1 << 0)
#else
typedef char hvcpuid_upstream_differs_KVM_MIGRATION_READY[(KVM_MIGRATION_READY == (1 << 0)) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_KVM_H */
