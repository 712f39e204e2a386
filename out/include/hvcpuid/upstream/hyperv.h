/* SPDX-License-Identifier: MIT */
/* upstream/hyperv.h - Microsoft Hyper-V interface (Hv#1) under upstream's macro
 * names. Generated from spec/hyperv.xml by hvcpuid 0.1.0 -- do not edit; change
 * the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_UPSTREAM_HYPERV_H
#define HVCPUID_UPSTREAM_HYPERV_H

/* Interface hyperv (Microsoft Hyper-V interface (Hv#1)) under the upstream
 * macro names the registry records: its leaves at the default base, its bit
 * numbers and its masks, with upstream's kinds and values. Each macro is
 * defined only when it is not defined yet, spelled token for token as upstream
 * spells it, so this header and the upstream one can be included in either
 * order without a warning; included after the upstream header, it checks
 * upstream's value instead (an array of negative size,
 * hvcpuid_upstream_differs_NAME, when they differ). Masks are written with
 * BIT() and GENMASK() of <linux/bits.h> when __KERNEL__ is defined, as the
 * kernel's own header writes them, and as shifts elsewhere. */

/* HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS: leaf 0x00 vendor, at the default base
 * 0x40000000. */
#ifndef HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS
#define HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS 0x40000000
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS[(HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS == 0x40000000) ? 1 : -1];
#endif

/* HYPERV_CPUID_INTERFACE: leaf 0x01 interface, at the default base 0x40000000. */
#ifndef HYPERV_CPUID_INTERFACE
#define HYPERV_CPUID_INTERFACE 0x40000001
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_INTERFACE[(HYPERV_CPUID_INTERFACE == 0x40000001) ? 1 : -1];
#endif

/* HYPERV_CPUID_VERSION: leaf 0x02 version, at the default base 0x40000000. */
#ifndef HYPERV_CPUID_VERSION
#define HYPERV_CPUID_VERSION 0x40000002
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_VERSION[(HYPERV_CPUID_VERSION == 0x40000002) ? 1 : -1];
#endif

/* HYPERV_CPUID_FEATURES: leaf 0x03 features, at the default base 0x40000000. */
#ifndef HYPERV_CPUID_FEATURES
#define HYPERV_CPUID_FEATURES 0x40000003
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_FEATURES[(HYPERV_CPUID_FEATURES == 0x40000003) ? 1 : -1];
#endif

/* HV_MSR_VP_RUNTIME_AVAILABLE: leaf 0x03 features eax[0] vp_runtime_available,
 * a mask. */
#ifndef HV_MSR_VP_RUNTIME_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_VP_RUNTIME_AVAILABLE BIT(0)
#else
#define HV_MSR_VP_RUNTIME_AVAILABLE (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_VP_RUNTIME_AVAILABLE[(HV_MSR_VP_RUNTIME_AVAILABLE == (1u << 0)) ? 1 : -1];
#endif

/* HV_MSR_TIME_REF_COUNT_AVAILABLE: leaf 0x03 features eax[1]
 * time_ref_count_available, a mask. */
#ifndef HV_MSR_TIME_REF_COUNT_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_TIME_REF_COUNT_AVAILABLE BIT(1)
#else
#define HV_MSR_TIME_REF_COUNT_AVAILABLE (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_TIME_REF_COUNT_AVAILABLE[(HV_MSR_TIME_REF_COUNT_AVAILABLE == (1u << 1)) ? 1 : -1];
#endif

/* HV_MSR_SYNIC_AVAILABLE: leaf 0x03 features eax[2] synic_available, a mask. */
#ifndef HV_MSR_SYNIC_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_SYNIC_AVAILABLE BIT(2)
#else
#define HV_MSR_SYNIC_AVAILABLE (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SYNIC_AVAILABLE[(HV_MSR_SYNIC_AVAILABLE == (1u << 2)) ? 1 : -1];
#endif

/* HV_MSR_SYNTIMER_AVAILABLE: leaf 0x03 features eax[3] syntimer_available, a
 * mask. */
#ifndef HV_MSR_SYNTIMER_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_SYNTIMER_AVAILABLE BIT(3)
#else
#define HV_MSR_SYNTIMER_AVAILABLE (1u << 3)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SYNTIMER_AVAILABLE[(HV_MSR_SYNTIMER_AVAILABLE == (1u << 3)) ? 1 : -1];
#endif

/* HV_MSR_APIC_ACCESS_AVAILABLE: leaf 0x03 features eax[4]
 * apic_access_available, a mask. */
#ifndef HV_MSR_APIC_ACCESS_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_APIC_ACCESS_AVAILABLE BIT(4)
#else
#define HV_MSR_APIC_ACCESS_AVAILABLE (1u << 4)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_APIC_ACCESS_AVAILABLE[(HV_MSR_APIC_ACCESS_AVAILABLE == (1u << 4)) ? 1 : -1];
#endif

/* HV_MSR_HYPERCALL_AVAILABLE: leaf 0x03 features eax[5] hypercall_available, a
 * mask. */
#ifndef HV_MSR_HYPERCALL_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_HYPERCALL_AVAILABLE BIT(5)
#else
#define HV_MSR_HYPERCALL_AVAILABLE (1u << 5)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_HYPERCALL_AVAILABLE[(HV_MSR_HYPERCALL_AVAILABLE == (1u << 5)) ? 1 : -1];
#endif

/* HV_MSR_VP_INDEX_AVAILABLE: leaf 0x03 features eax[6] vp_index_available, a
 * mask. */
#ifndef HV_MSR_VP_INDEX_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_VP_INDEX_AVAILABLE BIT(6)
#else
#define HV_MSR_VP_INDEX_AVAILABLE (1u << 6)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_VP_INDEX_AVAILABLE[(HV_MSR_VP_INDEX_AVAILABLE == (1u << 6)) ? 1 : -1];
#endif

/* HV_MSR_RESET_AVAILABLE: leaf 0x03 features eax[7] reset_available, a mask. */
#ifndef HV_MSR_RESET_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_RESET_AVAILABLE BIT(7)
#else
#define HV_MSR_RESET_AVAILABLE (1u << 7)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_RESET_AVAILABLE[(HV_MSR_RESET_AVAILABLE == (1u << 7)) ? 1 : -1];
#endif

/* HV_MSR_STAT_PAGES_AVAILABLE: leaf 0x03 features eax[8] stat_pages_available,
 * a mask. */
#ifndef HV_MSR_STAT_PAGES_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_STAT_PAGES_AVAILABLE BIT(8)
#else
#define HV_MSR_STAT_PAGES_AVAILABLE (1u << 8)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_STAT_PAGES_AVAILABLE[(HV_MSR_STAT_PAGES_AVAILABLE == (1u << 8)) ? 1 : -1];
#endif

/* HV_MSR_REFERENCE_TSC_AVAILABLE: leaf 0x03 features eax[9]
 * reference_tsc_available, a mask. */
#ifndef HV_MSR_REFERENCE_TSC_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_REFERENCE_TSC_AVAILABLE BIT(9)
#else
#define HV_MSR_REFERENCE_TSC_AVAILABLE (1u << 9)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_REFERENCE_TSC_AVAILABLE[(HV_MSR_REFERENCE_TSC_AVAILABLE == (1u << 9)) ? 1 : -1];
#endif

/* HV_MSR_GUEST_IDLE_AVAILABLE: leaf 0x03 features eax[10] guest_idle_available,
 * a mask. */
#ifndef HV_MSR_GUEST_IDLE_AVAILABLE
#ifdef __KERNEL__
#define HV_MSR_GUEST_IDLE_AVAILABLE BIT(10)
#else
#define HV_MSR_GUEST_IDLE_AVAILABLE (1u << 10)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_MSR_GUEST_IDLE_AVAILABLE[(HV_MSR_GUEST_IDLE_AVAILABLE == (1u << 10)) ? 1 : -1];
#endif

/* HV_ACCESS_FREQUENCY_MSRS: leaf 0x03 features eax[11] access_frequency_msrs, a
 * mask. */
#ifndef HV_ACCESS_FREQUENCY_MSRS
#ifdef __KERNEL__
#define HV_ACCESS_FREQUENCY_MSRS BIT(11)
#else
#define HV_ACCESS_FREQUENCY_MSRS (1u << 11)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_FREQUENCY_MSRS[(HV_ACCESS_FREQUENCY_MSRS == (1u << 11)) ? 1 : -1];
#endif

/* HV_ACCESS_REENLIGHTENMENT: leaf 0x03 features eax[13] access_reenlightenment,
 * a mask. */
#ifndef HV_ACCESS_REENLIGHTENMENT
#ifdef __KERNEL__
#define HV_ACCESS_REENLIGHTENMENT BIT(13)
#else
#define HV_ACCESS_REENLIGHTENMENT (1u << 13)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_REENLIGHTENMENT[(HV_ACCESS_REENLIGHTENMENT == (1u << 13)) ? 1 : -1];
#endif

/* HV_ACCESS_TSC_INVARIANT: leaf 0x03 features eax[15] access_tsc_invariant, a
 * mask. */
#ifndef HV_ACCESS_TSC_INVARIANT
#ifdef __KERNEL__
#define HV_ACCESS_TSC_INVARIANT BIT(15)
#else
#define HV_ACCESS_TSC_INVARIANT (1u << 15)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_TSC_INVARIANT[(HV_ACCESS_TSC_INVARIANT == (1u << 15)) ? 1 : -1];
#endif

/* HV_CREATE_PARTITIONS: leaf 0x03 features ebx[0] create_partitions, a mask. */
#ifndef HV_CREATE_PARTITIONS
#ifdef __KERNEL__
#define HV_CREATE_PARTITIONS BIT(0)
#else
#define HV_CREATE_PARTITIONS (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_CREATE_PARTITIONS[(HV_CREATE_PARTITIONS == (1u << 0)) ? 1 : -1];
#endif

/* HV_ACCESS_PARTITION_ID: leaf 0x03 features ebx[1] access_partition_id, a
 * mask. */
#ifndef HV_ACCESS_PARTITION_ID
#ifdef __KERNEL__
#define HV_ACCESS_PARTITION_ID BIT(1)
#else
#define HV_ACCESS_PARTITION_ID (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_PARTITION_ID[(HV_ACCESS_PARTITION_ID == (1u << 1)) ? 1 : -1];
#endif

/* HV_ACCESS_MEMORY_POOL: leaf 0x03 features ebx[2] access_memory_pool, a mask. */
#ifndef HV_ACCESS_MEMORY_POOL
#ifdef __KERNEL__
#define HV_ACCESS_MEMORY_POOL BIT(2)
#else
#define HV_ACCESS_MEMORY_POOL (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_MEMORY_POOL[(HV_ACCESS_MEMORY_POOL == (1u << 2)) ? 1 : -1];
#endif

/* HV_ADJUST_MESSAGE_BUFFERS: leaf 0x03 features ebx[3] adjust_message_buffers,
 * a mask. */
#ifndef HV_ADJUST_MESSAGE_BUFFERS
#ifdef __KERNEL__
#define HV_ADJUST_MESSAGE_BUFFERS BIT(3)
#else
#define HV_ADJUST_MESSAGE_BUFFERS (1u << 3)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ADJUST_MESSAGE_BUFFERS[(HV_ADJUST_MESSAGE_BUFFERS == (1u << 3)) ? 1 : -1];
#endif

/* HV_POST_MESSAGES: leaf 0x03 features ebx[4] post_messages, a mask. */
#ifndef HV_POST_MESSAGES
#ifdef __KERNEL__
#define HV_POST_MESSAGES BIT(4)
#else
#define HV_POST_MESSAGES (1u << 4)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_POST_MESSAGES[(HV_POST_MESSAGES == (1u << 4)) ? 1 : -1];
#endif

/* HV_SIGNAL_EVENTS: leaf 0x03 features ebx[5] signal_events, a mask. */
#ifndef HV_SIGNAL_EVENTS
#ifdef __KERNEL__
#define HV_SIGNAL_EVENTS BIT(5)
#else
#define HV_SIGNAL_EVENTS (1u << 5)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_SIGNAL_EVENTS[(HV_SIGNAL_EVENTS == (1u << 5)) ? 1 : -1];
#endif

/* HV_CREATE_PORT: leaf 0x03 features ebx[6] create_port, a mask. */
#ifndef HV_CREATE_PORT
#ifdef __KERNEL__
#define HV_CREATE_PORT BIT(6)
#else
#define HV_CREATE_PORT (1u << 6)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_CREATE_PORT[(HV_CREATE_PORT == (1u << 6)) ? 1 : -1];
#endif

/* HV_CONNECT_PORT: leaf 0x03 features ebx[7] connect_port, a mask. */
#ifndef HV_CONNECT_PORT
#ifdef __KERNEL__
#define HV_CONNECT_PORT BIT(7)
#else
#define HV_CONNECT_PORT (1u << 7)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_CONNECT_PORT[(HV_CONNECT_PORT == (1u << 7)) ? 1 : -1];
#endif

/* HV_ACCESS_STATS: leaf 0x03 features ebx[8] access_stats, a mask. */
#ifndef HV_ACCESS_STATS
#ifdef __KERNEL__
#define HV_ACCESS_STATS BIT(8)
#else
#define HV_ACCESS_STATS (1u << 8)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ACCESS_STATS[(HV_ACCESS_STATS == (1u << 8)) ? 1 : -1];
#endif

/* HV_DEBUGGING: leaf 0x03 features ebx[11] debugging, a mask. */
#ifndef HV_DEBUGGING
#ifdef __KERNEL__
#define HV_DEBUGGING BIT(11)
#else
#define HV_DEBUGGING (1u << 11)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_DEBUGGING[(HV_DEBUGGING == (1u << 11)) ? 1 : -1];
#endif

/* HV_CPU_MANAGEMENT: leaf 0x03 features ebx[12] cpu_management, a mask. */
#ifndef HV_CPU_MANAGEMENT
#ifdef __KERNEL__
#define HV_CPU_MANAGEMENT BIT(12)
#else
#define HV_CPU_MANAGEMENT (1u << 12)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_CPU_MANAGEMENT[(HV_CPU_MANAGEMENT == (1u << 12)) ? 1 : -1];
#endif

/* HV_ENABLE_EXTENDED_HYPERCALLS: leaf 0x03 features ebx[20]
 * enable_extended_hypercalls, a mask. */
#ifndef HV_ENABLE_EXTENDED_HYPERCALLS
#ifdef __KERNEL__
#define HV_ENABLE_EXTENDED_HYPERCALLS BIT(20)
#else
#define HV_ENABLE_EXTENDED_HYPERCALLS (1u << 20)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ENABLE_EXTENDED_HYPERCALLS[(HV_ENABLE_EXTENDED_HYPERCALLS == (1u << 20)) ? 1 : -1];
#endif

/* HV_ISOLATION: leaf 0x03 features ebx[22] isolation, a mask. */
#ifndef HV_ISOLATION
#ifdef __KERNEL__
#define HV_ISOLATION BIT(22)
#else
#define HV_ISOLATION (1u << 22)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ISOLATION[(HV_ISOLATION == (1u << 22)) ? 1 : -1];
#endif

/* HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE: leaf 0x03 features ecx[9]
 * vp_dispatch_interrupt_injection_available, a mask. */
#ifndef HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE
#ifdef __KERNEL__
#define HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE BIT(9)
#else
#define HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE (1u << 9)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE[(HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE == (1u << 9)) ? 1 : -1];
#endif

/* HV_VP_GHCB_ROOT_MAPPING_AVAILABLE: leaf 0x03 features ecx[10]
 * vp_ghcb_root_mapping_available, a mask. */
#ifndef HV_VP_GHCB_ROOT_MAPPING_AVAILABLE
#ifdef __KERNEL__
#define HV_VP_GHCB_ROOT_MAPPING_AVAILABLE BIT(10)
#else
#define HV_VP_GHCB_ROOT_MAPPING_AVAILABLE (1u << 10)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_VP_GHCB_ROOT_MAPPING_AVAILABLE[(HV_VP_GHCB_ROOT_MAPPING_AVAILABLE == (1u << 10)) ? 1 : -1];
#endif

/* HV_X64_MWAIT_AVAILABLE: leaf 0x03 features edx[0] mwait_available, a mask. */
#ifndef HV_X64_MWAIT_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_MWAIT_AVAILABLE BIT(0)
#else
#define HV_X64_MWAIT_AVAILABLE (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_MWAIT_AVAILABLE[(HV_X64_MWAIT_AVAILABLE == (1u << 0)) ? 1 : -1];
#endif

/* HV_X64_GUEST_DEBUGGING_AVAILABLE: leaf 0x03 features edx[1]
 * guest_debugging_available, a mask. */
#ifndef HV_X64_GUEST_DEBUGGING_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_GUEST_DEBUGGING_AVAILABLE BIT(1)
#else
#define HV_X64_GUEST_DEBUGGING_AVAILABLE (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_GUEST_DEBUGGING_AVAILABLE[(HV_X64_GUEST_DEBUGGING_AVAILABLE == (1u << 1)) ? 1 : -1];
#endif

/* HV_X64_PERF_MONITOR_AVAILABLE: leaf 0x03 features edx[2]
 * perf_monitor_available, a mask. */
#ifndef HV_X64_PERF_MONITOR_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_PERF_MONITOR_AVAILABLE BIT(2)
#else
#define HV_X64_PERF_MONITOR_AVAILABLE (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_PERF_MONITOR_AVAILABLE[(HV_X64_PERF_MONITOR_AVAILABLE == (1u << 2)) ? 1 : -1];
#endif

/* HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE: leaf 0x03 features edx[3]
 * cpu_dynamic_partitioning_available, a mask. */
#ifndef HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE BIT(3)
#else
#define HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE (1u << 3)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE[(HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE == (1u << 3)) ? 1 : -1];
#endif

/* HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE: leaf 0x03 features edx[4]
 * hypercall_xmm_input_available, a mask. */
#ifndef HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE BIT(4)
#else
#define HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE (1u << 4)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE[(HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE == (1u << 4)) ? 1 : -1];
#endif

/* HV_X64_GUEST_IDLE_STATE_AVAILABLE: leaf 0x03 features edx[5]
 * guest_idle_state_available, a mask. */
#ifndef HV_X64_GUEST_IDLE_STATE_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_GUEST_IDLE_STATE_AVAILABLE BIT(5)
#else
#define HV_X64_GUEST_IDLE_STATE_AVAILABLE (1u << 5)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_GUEST_IDLE_STATE_AVAILABLE[(HV_X64_GUEST_IDLE_STATE_AVAILABLE == (1u << 5)) ? 1 : -1];
#endif

/* HV_FEATURE_FREQUENCY_MSRS_AVAILABLE: leaf 0x03 features edx[8]
 * frequency_msrs_available, a mask. */
#ifndef HV_FEATURE_FREQUENCY_MSRS_AVAILABLE
#ifdef __KERNEL__
#define HV_FEATURE_FREQUENCY_MSRS_AVAILABLE BIT(8)
#else
#define HV_FEATURE_FREQUENCY_MSRS_AVAILABLE (1u << 8)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_FEATURE_FREQUENCY_MSRS_AVAILABLE[(HV_FEATURE_FREQUENCY_MSRS_AVAILABLE == (1u << 8)) ? 1 : -1];
#endif

/* HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE: leaf 0x03 features edx[10]
 * guest_crash_msr_available, a mask. */
#ifndef HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE
#ifdef __KERNEL__
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE BIT(10)
#else
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE (1u << 10)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE[(HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE == (1u << 10)) ? 1 : -1];
#endif

/* HV_FEATURE_DEBUG_MSRS_AVAILABLE: leaf 0x03 features edx[11]
 * debug_msrs_available, a mask. */
#ifndef HV_FEATURE_DEBUG_MSRS_AVAILABLE
#ifdef __KERNEL__
#define HV_FEATURE_DEBUG_MSRS_AVAILABLE BIT(11)
#else
#define HV_FEATURE_DEBUG_MSRS_AVAILABLE (1u << 11)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_FEATURE_DEBUG_MSRS_AVAILABLE[(HV_FEATURE_DEBUG_MSRS_AVAILABLE == (1u << 11)) ? 1 : -1];
#endif

/* HV_FEATURE_EXT_GVA_RANGES_FLUSH: leaf 0x03 features edx[14]
 * ext_gva_ranges_flush, a mask. */
#ifndef HV_FEATURE_EXT_GVA_RANGES_FLUSH
#ifdef __KERNEL__
#define HV_FEATURE_EXT_GVA_RANGES_FLUSH BIT(14)
#else
#define HV_FEATURE_EXT_GVA_RANGES_FLUSH (1u << 14)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_FEATURE_EXT_GVA_RANGES_FLUSH[(HV_FEATURE_EXT_GVA_RANGES_FLUSH == (1u << 14)) ? 1 : -1];
#endif

/* HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE: leaf 0x03 features edx[15]
 * hypercall_xmm_output_available, a mask. */
#ifndef HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE
#ifdef __KERNEL__
#define HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE BIT(15)
#else
#define HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE (1u << 15)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE[(HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE == (1u << 15)) ? 1 : -1];
#endif

/* HV_STIMER_DIRECT_MODE_AVAILABLE: leaf 0x03 features edx[19]
 * stimer_direct_mode_available, a mask. */
#ifndef HV_STIMER_DIRECT_MODE_AVAILABLE
#ifdef __KERNEL__
#define HV_STIMER_DIRECT_MODE_AVAILABLE BIT(19)
#else
#define HV_STIMER_DIRECT_MODE_AVAILABLE (1u << 19)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_STIMER_DIRECT_MODE_AVAILABLE[(HV_STIMER_DIRECT_MODE_AVAILABLE == (1u << 19)) ? 1 : -1];
#endif

/* HYPERV_CPUID_ENLIGHTMENT_INFO: leaf 0x04 recommendations, at the default base
 * 0x40000000. */
#ifndef HYPERV_CPUID_ENLIGHTMENT_INFO
#define HYPERV_CPUID_ENLIGHTMENT_INFO 0x40000004
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_ENLIGHTMENT_INFO[(HYPERV_CPUID_ENLIGHTMENT_INFO == 0x40000004) ? 1 : -1];
#endif

/* HV_X64_AS_SWITCH_RECOMMENDED: leaf 0x04 recommendations eax[0]
 * as_switch_recommended, a mask. */
#ifndef HV_X64_AS_SWITCH_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_AS_SWITCH_RECOMMENDED BIT(0)
#else
#define HV_X64_AS_SWITCH_RECOMMENDED (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_AS_SWITCH_RECOMMENDED[(HV_X64_AS_SWITCH_RECOMMENDED == (1u << 0)) ? 1 : -1];
#endif

/* HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED: leaf 0x04 recommendations eax[1]
 * local_tlb_flush_recommended, a mask. */
#ifndef HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED BIT(1)
#else
#define HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED[(HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED == (1u << 1)) ? 1 : -1];
#endif

/* HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED: leaf 0x04 recommendations eax[2]
 * remote_tlb_flush_recommended, a mask. */
#ifndef HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED BIT(2)
#else
#define HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED[(HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED == (1u << 2)) ? 1 : -1];
#endif

/* HV_X64_APIC_ACCESS_RECOMMENDED: leaf 0x04 recommendations eax[3]
 * apic_access_recommended, a mask. */
#ifndef HV_X64_APIC_ACCESS_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_APIC_ACCESS_RECOMMENDED BIT(3)
#else
#define HV_X64_APIC_ACCESS_RECOMMENDED (1u << 3)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_APIC_ACCESS_RECOMMENDED[(HV_X64_APIC_ACCESS_RECOMMENDED == (1u << 3)) ? 1 : -1];
#endif

/* HV_X64_SYSTEM_RESET_RECOMMENDED: leaf 0x04 recommendations eax[4]
 * system_reset_recommended, a mask. */
#ifndef HV_X64_SYSTEM_RESET_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_SYSTEM_RESET_RECOMMENDED BIT(4)
#else
#define HV_X64_SYSTEM_RESET_RECOMMENDED (1u << 4)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_SYSTEM_RESET_RECOMMENDED[(HV_X64_SYSTEM_RESET_RECOMMENDED == (1u << 4)) ? 1 : -1];
#endif

/* HV_X64_RELAXED_TIMING_RECOMMENDED: leaf 0x04 recommendations eax[5]
 * relaxed_timing_recommended, a mask. */
#ifndef HV_X64_RELAXED_TIMING_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_RELAXED_TIMING_RECOMMENDED BIT(5)
#else
#define HV_X64_RELAXED_TIMING_RECOMMENDED (1u << 5)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_RELAXED_TIMING_RECOMMENDED[(HV_X64_RELAXED_TIMING_RECOMMENDED == (1u << 5)) ? 1 : -1];
#endif

/* HV_DEPRECATING_AEOI_RECOMMENDED: leaf 0x04 recommendations eax[9]
 * deprecating_aeoi_recommended, a mask. */
#ifndef HV_DEPRECATING_AEOI_RECOMMENDED
#ifdef __KERNEL__
#define HV_DEPRECATING_AEOI_RECOMMENDED BIT(9)
#else
#define HV_DEPRECATING_AEOI_RECOMMENDED (1u << 9)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_DEPRECATING_AEOI_RECOMMENDED[(HV_DEPRECATING_AEOI_RECOMMENDED == (1u << 9)) ? 1 : -1];
#endif

/* HV_X64_CLUSTER_IPI_RECOMMENDED: leaf 0x04 recommendations eax[10]
 * cluster_ipi_recommended, a mask. */
#ifndef HV_X64_CLUSTER_IPI_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_CLUSTER_IPI_RECOMMENDED BIT(10)
#else
#define HV_X64_CLUSTER_IPI_RECOMMENDED (1u << 10)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_CLUSTER_IPI_RECOMMENDED[(HV_X64_CLUSTER_IPI_RECOMMENDED == (1u << 10)) ? 1 : -1];
#endif

/* HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED: leaf 0x04 recommendations eax[11]
 * ex_processor_masks_recommended, a mask. */
#ifndef HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED BIT(11)
#else
#define HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED (1u << 11)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED[(HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED == (1u << 11)) ? 1 : -1];
#endif

/* HV_X64_HYPERV_NESTED: leaf 0x04 recommendations eax[12] hyperv_nested, a
 * mask. */
#ifndef HV_X64_HYPERV_NESTED
#ifdef __KERNEL__
#define HV_X64_HYPERV_NESTED BIT(12)
#else
#define HV_X64_HYPERV_NESTED (1u << 12)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_HYPERV_NESTED[(HV_X64_HYPERV_NESTED == (1u << 12)) ? 1 : -1];
#endif

/* HV_X64_ENLIGHTENED_VMCS_RECOMMENDED: leaf 0x04 recommendations eax[14]
 * enlightened_vmcs_recommended, a mask. */
#ifndef HV_X64_ENLIGHTENED_VMCS_RECOMMENDED
#ifdef __KERNEL__
#define HV_X64_ENLIGHTENED_VMCS_RECOMMENDED BIT(14)
#else
#define HV_X64_ENLIGHTENED_VMCS_RECOMMENDED (1u << 14)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_ENLIGHTENED_VMCS_RECOMMENDED[(HV_X64_ENLIGHTENED_VMCS_RECOMMENDED == (1u << 14)) ? 1 : -1];
#endif

/* HV_X64_NO_NONARCH_CORESHARING: leaf 0x04 recommendations eax[18]
 * no_nonarch_coresharing, a mask. */
#ifndef HV_X64_NO_NONARCH_CORESHARING
#ifdef __KERNEL__
#define HV_X64_NO_NONARCH_CORESHARING BIT(18)
#else
#define HV_X64_NO_NONARCH_CORESHARING (1u << 18)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NO_NONARCH_CORESHARING[(HV_X64_NO_NONARCH_CORESHARING == (1u << 18)) ? 1 : -1];
#endif

/* HV_X64_USE_MMIO_HYPERCALLS: leaf 0x04 recommendations eax[21]
 * use_mmio_hypercalls, a mask. */
#ifndef HV_X64_USE_MMIO_HYPERCALLS
#ifdef __KERNEL__
#define HV_X64_USE_MMIO_HYPERCALLS BIT(21)
#else
#define HV_X64_USE_MMIO_HYPERCALLS (1u << 21)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_USE_MMIO_HYPERCALLS[(HV_X64_USE_MMIO_HYPERCALLS == (1u << 21)) ? 1 : -1];
#endif

/* HYPERV_CPUID_IMPLEMENT_LIMITS: leaf 0x05 limits, at the default base
 * 0x40000000. */
#ifndef HYPERV_CPUID_IMPLEMENT_LIMITS
#define HYPERV_CPUID_IMPLEMENT_LIMITS 0x40000005
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_IMPLEMENT_LIMITS[(HYPERV_CPUID_IMPLEMENT_LIMITS == 0x40000005) ? 1 : -1];
#endif

/* HYPERV_CPUID_CPU_MANAGEMENT_FEATURES: leaf 0x07 cpu_management, at the
 * default base 0x40000000. */
#ifndef HYPERV_CPUID_CPU_MANAGEMENT_FEATURES
#define HYPERV_CPUID_CPU_MANAGEMENT_FEATURES 0x40000007
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_CPU_MANAGEMENT_FEATURES[(HYPERV_CPUID_CPU_MANAGEMENT_FEATURES == 0x40000007) ? 1 : -1];
#endif

/* HV_X64_START_LOGICAL_PROCESSOR: leaf 0x07 cpu_management eax[0]
 * start_logical_processor, a mask. */
#ifndef HV_X64_START_LOGICAL_PROCESSOR
#ifdef __KERNEL__
#define HV_X64_START_LOGICAL_PROCESSOR BIT(0)
#else
#define HV_X64_START_LOGICAL_PROCESSOR (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_START_LOGICAL_PROCESSOR[(HV_X64_START_LOGICAL_PROCESSOR == (1u << 0)) ? 1 : -1];
#endif

/* HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR: leaf 0x07 cpu_management eax[1]
 * create_root_virtual_processor, a mask. */
#ifndef HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR
#ifdef __KERNEL__
#define HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR BIT(1)
#else
#define HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR[(HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR == (1u << 1)) ? 1 : -1];
#endif

/* HV_X64_PERFORMANCE_COUNTER_SYNC: leaf 0x07 cpu_management eax[2]
 * performance_counter_sync, a mask. */
#ifndef HV_X64_PERFORMANCE_COUNTER_SYNC
#ifdef __KERNEL__
#define HV_X64_PERFORMANCE_COUNTER_SYNC BIT(2)
#else
#define HV_X64_PERFORMANCE_COUNTER_SYNC (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_PERFORMANCE_COUNTER_SYNC[(HV_X64_PERFORMANCE_COUNTER_SYNC == (1u << 2)) ? 1 : -1];
#endif

/* HV_X64_RESERVED_IDENTITY_BIT: leaf 0x07 cpu_management eax[31]
 * reserved_identity_bit, a mask. */
#ifndef HV_X64_RESERVED_IDENTITY_BIT
#ifdef __KERNEL__
#define HV_X64_RESERVED_IDENTITY_BIT BIT(31)
#else
#define HV_X64_RESERVED_IDENTITY_BIT (1u << 31)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_RESERVED_IDENTITY_BIT[(HV_X64_RESERVED_IDENTITY_BIT == (1u << 31)) ? 1 : -1];
#endif

/* HYPERV_CPUID_NESTED_FEATURES: leaf 0x0A nested_features, at the default base
 * 0x40000000. */
#ifndef HYPERV_CPUID_NESTED_FEATURES
#define HYPERV_CPUID_NESTED_FEATURES 0x4000000A
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_NESTED_FEATURES[(HYPERV_CPUID_NESTED_FEATURES == 0x4000000A) ? 1 : -1];
#endif

/* HV_X64_ENLIGHTENED_VMCS_VERSION: leaf 0x0A nested_features eax[7:0]
 * evmcs_version_low, a mask. */
#ifndef HV_X64_ENLIGHTENED_VMCS_VERSION
#define HV_X64_ENLIGHTENED_VMCS_VERSION 0xff
#else
typedef char hvcpuid_upstream_differs_HV_X64_ENLIGHTENED_VMCS_VERSION[(HV_X64_ENLIGHTENED_VMCS_VERSION == 0xff) ? 1 : -1];
#endif

/* HV_X64_NESTED_DIRECT_FLUSH: leaf 0x0A nested_features eax[17]
 * nested_direct_flush, a mask. */
#ifndef HV_X64_NESTED_DIRECT_FLUSH
#ifdef __KERNEL__
#define HV_X64_NESTED_DIRECT_FLUSH BIT(17)
#else
#define HV_X64_NESTED_DIRECT_FLUSH (1u << 17)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NESTED_DIRECT_FLUSH[(HV_X64_NESTED_DIRECT_FLUSH == (1u << 17)) ? 1 : -1];
#endif

/* HV_X64_NESTED_GUEST_MAPPING_FLUSH: leaf 0x0A nested_features eax[18]
 * nested_guest_mapping_flush, a mask. */
#ifndef HV_X64_NESTED_GUEST_MAPPING_FLUSH
#ifdef __KERNEL__
#define HV_X64_NESTED_GUEST_MAPPING_FLUSH BIT(18)
#else
#define HV_X64_NESTED_GUEST_MAPPING_FLUSH (1u << 18)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NESTED_GUEST_MAPPING_FLUSH[(HV_X64_NESTED_GUEST_MAPPING_FLUSH == (1u << 18)) ? 1 : -1];
#endif

/* HV_X64_NESTED_MSR_BITMAP: leaf 0x0A nested_features eax[19]
 * nested_msr_bitmap, a mask. */
#ifndef HV_X64_NESTED_MSR_BITMAP
#ifdef __KERNEL__
#define HV_X64_NESTED_MSR_BITMAP BIT(19)
#else
#define HV_X64_NESTED_MSR_BITMAP (1u << 19)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NESTED_MSR_BITMAP[(HV_X64_NESTED_MSR_BITMAP == (1u << 19)) ? 1 : -1];
#endif

/* HV_X64_NESTED_ENLIGHTENED_TLB: leaf 0x0A nested_features eax[22]
 * nested_enlightened_tlb, a mask. */
#ifndef HV_X64_NESTED_ENLIGHTENED_TLB
#ifdef __KERNEL__
#define HV_X64_NESTED_ENLIGHTENED_TLB BIT(22)
#else
#define HV_X64_NESTED_ENLIGHTENED_TLB (1u << 22)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NESTED_ENLIGHTENED_TLB[(HV_X64_NESTED_ENLIGHTENED_TLB == (1u << 22)) ? 1 : -1];
#endif

/* HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL: leaf 0x0A nested_features ebx[0]
 * nested_evmcs1_perf_global_ctrl, a mask. */
#ifndef HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL
#ifdef __KERNEL__
#define HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL BIT(0)
#else
#define HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL[(HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL == (1u << 0)) ? 1 : -1];
#endif

/* HYPERV_CPUID_ISOLATION_CONFIG: leaf 0x0C isolation_config, at the default
 * base 0x40000000. */
#ifndef HYPERV_CPUID_ISOLATION_CONFIG
#define HYPERV_CPUID_ISOLATION_CONFIG 0x4000000C
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_ISOLATION_CONFIG[(HYPERV_CPUID_ISOLATION_CONFIG == 0x4000000C) ? 1 : -1];
#endif

/* HV_PARAVISOR_PRESENT: leaf 0x0C isolation_config eax[0] paravisor_present, a
 * mask. */
#ifndef HV_PARAVISOR_PRESENT
#ifdef __KERNEL__
#define HV_PARAVISOR_PRESENT BIT(0)
#else
#define HV_PARAVISOR_PRESENT (1u << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_PARAVISOR_PRESENT[(HV_PARAVISOR_PRESENT == (1u << 0)) ? 1 : -1];
#endif

/* HV_ISOLATION_TYPE: leaf 0x0C isolation_config ebx[3:0] isolation_type, a
 * mask. */
#ifndef HV_ISOLATION_TYPE
#ifdef __KERNEL__
#define HV_ISOLATION_TYPE GENMASK(3, 0)
#else
#define HV_ISOLATION_TYPE (0xfu << 0)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_ISOLATION_TYPE[(HV_ISOLATION_TYPE == (0xfu << 0)) ? 1 : -1];
#endif

/* HV_SHARED_GPA_BOUNDARY_ACTIVE: leaf 0x0C isolation_config ebx[5]
 * shared_gpa_boundary_active, a mask. */
#ifndef HV_SHARED_GPA_BOUNDARY_ACTIVE
#ifdef __KERNEL__
#define HV_SHARED_GPA_BOUNDARY_ACTIVE BIT(5)
#else
#define HV_SHARED_GPA_BOUNDARY_ACTIVE (1u << 5)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_SHARED_GPA_BOUNDARY_ACTIVE[(HV_SHARED_GPA_BOUNDARY_ACTIVE == (1u << 5)) ? 1 : -1];
#endif

/* HV_SHARED_GPA_BOUNDARY_BITS: leaf 0x0C isolation_config ebx[11:6]
 * shared_gpa_boundary_bits, a mask. */
#ifndef HV_SHARED_GPA_BOUNDARY_BITS
#ifdef __KERNEL__
#define HV_SHARED_GPA_BOUNDARY_BITS GENMASK(11, 6)
#else
#define HV_SHARED_GPA_BOUNDARY_BITS (0x3fu << 6)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_SHARED_GPA_BOUNDARY_BITS[(HV_SHARED_GPA_BOUNDARY_BITS == (0x3fu << 6)) ? 1 : -1];
#endif

/* HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS: leaf 0x80 vs_vendor, at the
 * default base 0x40000000. */
#ifndef HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS
#define HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS 0x40000080
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS[(HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS == 0x40000080) ? 1 : -1];
#endif

/* HYPERV_CPUID_VIRT_STACK_INTERFACE: leaf 0x81 vs_interface, at the default
 * base 0x40000000. */
#ifndef HYPERV_CPUID_VIRT_STACK_INTERFACE
#define HYPERV_CPUID_VIRT_STACK_INTERFACE 0x40000081
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_VIRT_STACK_INTERFACE[(HYPERV_CPUID_VIRT_STACK_INTERFACE == 0x40000081) ? 1 : -1];
#endif

/* HYPERV_CPUID_VIRT_STACK_PROPERTIES: leaf 0x82 vs_properties, at the default
 * base 0x40000000. */
#ifndef HYPERV_CPUID_VIRT_STACK_PROPERTIES
#define HYPERV_CPUID_VIRT_STACK_PROPERTIES 0x40000082
#else
typedef char hvcpuid_upstream_differs_HYPERV_CPUID_VIRT_STACK_PROPERTIES[(HYPERV_CPUID_VIRT_STACK_PROPERTIES == 0x40000082) ? 1 : -1];
#endif

/* HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING: leaf 0x82 vs_properties eax[1]
 * allow_kernel_debugging, a mask. */
#ifndef HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING
#ifdef __KERNEL__
#define HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING BIT(1)
#else
#define HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING (1u << 1)
#endif
#else
typedef char hvcpuid_upstream_differs_HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING[(HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING == (1u << 1)) ? 1 : -1];
#endif

/* HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE: leaf 0x82 vs_properties eax[2]
 * extended_ioapic_rte, a mask. */
#ifndef HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE
#ifdef __KERNEL__
#define HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE BIT(2)
#else
#define HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE (1u << 2)
#endif
#else
typedef char hvcpuid_upstream_differs_HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE[(HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE == (1u << 2)) ? 1 : -1];
#endif

/* HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE: leaf 0x82
 * vs_properties eax[3] confidential_vmbus_available, a mask. */
#ifndef HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE
#ifdef __KERNEL__
#define HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE BIT(3)
#else
#define HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE (1u << 3)
#endif
#else
typedef char hvcpuid_upstream_differs_HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE[(HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE == (1u << 3)) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_HYPERV_H */
