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

/* HV_X64_MSR_GUEST_OS_ID: MSR 0x40000000 guest_os_id, its address. */
#ifndef HV_X64_MSR_GUEST_OS_ID
#define HV_X64_MSR_GUEST_OS_ID 0x40000000
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_GUEST_OS_ID[(HV_X64_MSR_GUEST_OS_ID == 0x40000000) ? 1 : -1];
#endif

/* HV_X64_MSR_HYPERCALL: MSR 0x40000001 hypercall, its address. */
#ifndef HV_X64_MSR_HYPERCALL
#define HV_X64_MSR_HYPERCALL 0x40000001
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_HYPERCALL[(HV_X64_MSR_HYPERCALL == 0x40000001) ? 1 : -1];
#endif

/* HV_X64_MSR_HYPERCALL_ENABLE: MSR 0x40000001 hypercall [0] enable, a mask. */
#ifndef HV_X64_MSR_HYPERCALL_ENABLE
#define HV_X64_MSR_HYPERCALL_ENABLE 0x00000001
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_HYPERCALL_ENABLE[(HV_X64_MSR_HYPERCALL_ENABLE == 0x00000001) ? 1 : -1];
#endif

/* HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT: MSR 0x40000001 hypercall [63:12]
 * gpa_page, its lsb (a shift). */
#ifndef HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT 12
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT[(HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT == 12) ? 1 : -1];
#endif

/* HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK: MSR 0x40000001 hypercall [63:12]
 * gpa_page, a mask. */
#ifndef HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK (~((1ull << HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT) - 1))
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK[(HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK == (0xfffffffffffffull << 12)) ? 1 : -1];
#endif
#endif

/* HV_X64_MSR_VP_INDEX: MSR 0x40000002 vp_index, its address. */
#ifndef HV_X64_MSR_VP_INDEX
#define HV_X64_MSR_VP_INDEX 0x40000002
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_INDEX[(HV_X64_MSR_VP_INDEX == 0x40000002) ? 1 : -1];
#endif

/* HV_MSR_VP_INDEX: MSR 0x40000002 vp_index, its address (an alias). */
#ifndef HV_MSR_VP_INDEX
#define HV_MSR_VP_INDEX (HV_X64_MSR_VP_INDEX)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_VP_INDEX[(HV_MSR_VP_INDEX == 0x40000002) ? 1 : -1];
#endif

/* HV_X64_MSR_RESET: MSR 0x40000003 reset, its address. */
#ifndef HV_X64_MSR_RESET
#define HV_X64_MSR_RESET 0x40000003
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_RESET[(HV_X64_MSR_RESET == 0x40000003) ? 1 : -1];
#endif

/* HV_X64_MSR_VP_RUNTIME: MSR 0x40000010 vp_runtime, its address. */
#ifndef HV_X64_MSR_VP_RUNTIME
#define HV_X64_MSR_VP_RUNTIME 0x40000010
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_RUNTIME[(HV_X64_MSR_VP_RUNTIME == 0x40000010) ? 1 : -1];
#endif

/* HV_X64_MSR_TIME_REF_COUNT: MSR 0x40000020 time_ref_count, its address. */
#ifndef HV_X64_MSR_TIME_REF_COUNT
#define HV_X64_MSR_TIME_REF_COUNT 0x40000020
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TIME_REF_COUNT[(HV_X64_MSR_TIME_REF_COUNT == 0x40000020) ? 1 : -1];
#endif

/* HV_MSR_TIME_REF_COUNT: MSR 0x40000020 time_ref_count, its address (an alias). */
#ifndef HV_MSR_TIME_REF_COUNT
#define HV_MSR_TIME_REF_COUNT (HV_X64_MSR_TIME_REF_COUNT)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_TIME_REF_COUNT[(HV_MSR_TIME_REF_COUNT == 0x40000020) ? 1 : -1];
#endif

/* HV_X64_MSR_REFERENCE_TSC: MSR 0x40000021 reference_tsc, its address. */
#ifndef HV_X64_MSR_REFERENCE_TSC
#define HV_X64_MSR_REFERENCE_TSC 0x40000021
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_REFERENCE_TSC[(HV_X64_MSR_REFERENCE_TSC == 0x40000021) ? 1 : -1];
#endif

/* HV_MSR_REFERENCE_TSC: MSR 0x40000021 reference_tsc, its address (an alias). */
#ifndef HV_MSR_REFERENCE_TSC
#define HV_MSR_REFERENCE_TSC (HV_X64_MSR_REFERENCE_TSC)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_REFERENCE_TSC[(HV_MSR_REFERENCE_TSC == 0x40000021) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_REFERENCE_ENABLE: MSR 0x40000021 reference_tsc [0] enable, a
 * mask. */
#ifndef HV_X64_MSR_TSC_REFERENCE_ENABLE
#define HV_X64_MSR_TSC_REFERENCE_ENABLE 0x00000001
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_REFERENCE_ENABLE[(HV_X64_MSR_TSC_REFERENCE_ENABLE == 0x00000001) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT: MSR 0x40000021 reference_tsc [63:12]
 * gpa_page, its lsb (a shift). */
#ifndef HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT
#define HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT 12
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT[(HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT == 12) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_FREQUENCY: MSR 0x40000022 tsc_frequency, its address. */
#ifndef HV_X64_MSR_TSC_FREQUENCY
#define HV_X64_MSR_TSC_FREQUENCY 0x40000022
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_FREQUENCY[(HV_X64_MSR_TSC_FREQUENCY == 0x40000022) ? 1 : -1];
#endif

/* HV_X64_MSR_APIC_FREQUENCY: MSR 0x40000023 apic_frequency, its address. */
#ifndef HV_X64_MSR_APIC_FREQUENCY
#define HV_X64_MSR_APIC_FREQUENCY 0x40000023
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_APIC_FREQUENCY[(HV_X64_MSR_APIC_FREQUENCY == 0x40000023) ? 1 : -1];
#endif

/* HV_X64_MSR_EOI: MSR 0x40000070 eoi, its address. */
#ifndef HV_X64_MSR_EOI
#define HV_X64_MSR_EOI 0x40000070
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_EOI[(HV_X64_MSR_EOI == 0x40000070) ? 1 : -1];
#endif

/* HV_X64_MSR_ICR: MSR 0x40000071 icr, its address. */
#ifndef HV_X64_MSR_ICR
#define HV_X64_MSR_ICR 0x40000071
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_ICR[(HV_X64_MSR_ICR == 0x40000071) ? 1 : -1];
#endif

/* HV_X64_MSR_TPR: MSR 0x40000072 tpr, its address. */
#ifndef HV_X64_MSR_TPR
#define HV_X64_MSR_TPR 0x40000072
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TPR[(HV_X64_MSR_TPR == 0x40000072) ? 1 : -1];
#endif

/* HV_X64_MSR_VP_ASSIST_PAGE: MSR 0x40000073 vp_assist_page, its address. */
#ifndef HV_X64_MSR_VP_ASSIST_PAGE
#define HV_X64_MSR_VP_ASSIST_PAGE 0x40000073
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_ASSIST_PAGE[(HV_X64_MSR_VP_ASSIST_PAGE == 0x40000073) ? 1 : -1];
#endif

/* HV_X64_MSR_VP_ASSIST_PAGE_ENABLE: MSR 0x40000073 vp_assist_page [0] enable, a
 * mask. */
#ifndef HV_X64_MSR_VP_ASSIST_PAGE_ENABLE
#define HV_X64_MSR_VP_ASSIST_PAGE_ENABLE 0x00000001
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_ASSIST_PAGE_ENABLE[(HV_X64_MSR_VP_ASSIST_PAGE_ENABLE == 0x00000001) ? 1 : -1];
#endif

/* HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT: MSR 0x40000073 vp_assist_page
 * [63:12] gpa_page, its lsb (a shift). */
#ifndef HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT
#define HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT 12
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT[(HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT == 12) ? 1 : -1];
#endif

/* HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK: MSR 0x40000073 vp_assist_page [63:12]
 * gpa_page, a mask. */
#ifndef HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK
#define HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK (~((1ull << HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT) - 1))
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK[(HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK == (0xfffffffffffffull << 12)) ? 1 : -1];
#endif
#endif

/* HV_X64_MSR_SCONTROL: MSR 0x40000080 scontrol, its address. */
#ifndef HV_X64_MSR_SCONTROL
#define HV_X64_MSR_SCONTROL 0x40000080
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SCONTROL[(HV_X64_MSR_SCONTROL == 0x40000080) ? 1 : -1];
#endif

/* HV_MSR_SCONTROL: MSR 0x40000080 scontrol, its address (an alias). */
#ifndef HV_MSR_SCONTROL
#define HV_MSR_SCONTROL (HV_X64_MSR_SCONTROL)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SCONTROL[(HV_MSR_SCONTROL == 0x40000080) ? 1 : -1];
#endif

/* HV_X64_MSR_SVERSION: MSR 0x40000081 sversion, its address. */
#ifndef HV_X64_MSR_SVERSION
#define HV_X64_MSR_SVERSION 0x40000081
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SVERSION[(HV_X64_MSR_SVERSION == 0x40000081) ? 1 : -1];
#endif

/* HV_MSR_SVERSION: MSR 0x40000081 sversion, its address (an alias). */
#ifndef HV_MSR_SVERSION
#define HV_MSR_SVERSION (HV_X64_MSR_SVERSION)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SVERSION[(HV_MSR_SVERSION == 0x40000081) ? 1 : -1];
#endif

/* HV_X64_MSR_SIEFP: MSR 0x40000082 siefp, its address. */
#ifndef HV_X64_MSR_SIEFP
#define HV_X64_MSR_SIEFP 0x40000082
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SIEFP[(HV_X64_MSR_SIEFP == 0x40000082) ? 1 : -1];
#endif

/* HV_MSR_SIEFP: MSR 0x40000082 siefp, its address (an alias). */
#ifndef HV_MSR_SIEFP
#define HV_MSR_SIEFP (HV_X64_MSR_SIEFP)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SIEFP[(HV_MSR_SIEFP == 0x40000082) ? 1 : -1];
#endif

/* HV_X64_MSR_SIMP: MSR 0x40000083 simp, its address. */
#ifndef HV_X64_MSR_SIMP
#define HV_X64_MSR_SIMP 0x40000083
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SIMP[(HV_X64_MSR_SIMP == 0x40000083) ? 1 : -1];
#endif

/* HV_MSR_SIMP: MSR 0x40000083 simp, its address (an alias). */
#ifndef HV_MSR_SIMP
#define HV_MSR_SIMP (HV_X64_MSR_SIMP)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SIMP[(HV_MSR_SIMP == 0x40000083) ? 1 : -1];
#endif

/* HV_X64_MSR_EOM: MSR 0x40000084 eom, its address. */
#ifndef HV_X64_MSR_EOM
#define HV_X64_MSR_EOM 0x40000084
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_EOM[(HV_X64_MSR_EOM == 0x40000084) ? 1 : -1];
#endif

/* HV_MSR_EOM: MSR 0x40000084 eom, its address (an alias). */
#ifndef HV_MSR_EOM
#define HV_MSR_EOM (HV_X64_MSR_EOM)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_EOM[(HV_MSR_EOM == 0x40000084) ? 1 : -1];
#endif

/* HV_X64_MSR_SIRBP: MSR 0x40000085 sirbp, its address. */
#ifndef HV_X64_MSR_SIRBP
#define HV_X64_MSR_SIRBP 0x40000085
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SIRBP[(HV_X64_MSR_SIRBP == 0x40000085) ? 1 : -1];
#endif

/* HV_MSR_SIRBP: MSR 0x40000085 sirbp, its address (an alias). */
#ifndef HV_MSR_SIRBP
#define HV_MSR_SIRBP (HV_X64_MSR_SIRBP)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SIRBP[(HV_MSR_SIRBP == 0x40000085) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT0: MSR 0x40000090 sint0, its address. */
#ifndef HV_X64_MSR_SINT0
#define HV_X64_MSR_SINT0 0x40000090
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT0[(HV_X64_MSR_SINT0 == 0x40000090) ? 1 : -1];
#endif

/* HV_MSR_SINT0: MSR 0x40000090 sint0, its address (an alias). */
#ifndef HV_MSR_SINT0
#define HV_MSR_SINT0 (HV_X64_MSR_SINT0)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_SINT0[(HV_MSR_SINT0 == 0x40000090) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT1: MSR 0x40000091 sint1, its address. */
#ifndef HV_X64_MSR_SINT1
#define HV_X64_MSR_SINT1 0x40000091
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT1[(HV_X64_MSR_SINT1 == 0x40000091) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT2: MSR 0x40000092 sint2, its address. */
#ifndef HV_X64_MSR_SINT2
#define HV_X64_MSR_SINT2 0x40000092
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT2[(HV_X64_MSR_SINT2 == 0x40000092) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT3: MSR 0x40000093 sint3, its address. */
#ifndef HV_X64_MSR_SINT3
#define HV_X64_MSR_SINT3 0x40000093
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT3[(HV_X64_MSR_SINT3 == 0x40000093) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT4: MSR 0x40000094 sint4, its address. */
#ifndef HV_X64_MSR_SINT4
#define HV_X64_MSR_SINT4 0x40000094
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT4[(HV_X64_MSR_SINT4 == 0x40000094) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT5: MSR 0x40000095 sint5, its address. */
#ifndef HV_X64_MSR_SINT5
#define HV_X64_MSR_SINT5 0x40000095
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT5[(HV_X64_MSR_SINT5 == 0x40000095) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT6: MSR 0x40000096 sint6, its address. */
#ifndef HV_X64_MSR_SINT6
#define HV_X64_MSR_SINT6 0x40000096
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT6[(HV_X64_MSR_SINT6 == 0x40000096) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT7: MSR 0x40000097 sint7, its address. */
#ifndef HV_X64_MSR_SINT7
#define HV_X64_MSR_SINT7 0x40000097
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT7[(HV_X64_MSR_SINT7 == 0x40000097) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT8: MSR 0x40000098 sint8, its address. */
#ifndef HV_X64_MSR_SINT8
#define HV_X64_MSR_SINT8 0x40000098
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT8[(HV_X64_MSR_SINT8 == 0x40000098) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT9: MSR 0x40000099 sint9, its address. */
#ifndef HV_X64_MSR_SINT9
#define HV_X64_MSR_SINT9 0x40000099
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT9[(HV_X64_MSR_SINT9 == 0x40000099) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT10: MSR 0x4000009A sint10, its address. */
#ifndef HV_X64_MSR_SINT10
#define HV_X64_MSR_SINT10 0x4000009A
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT10[(HV_X64_MSR_SINT10 == 0x4000009A) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT11: MSR 0x4000009B sint11, its address. */
#ifndef HV_X64_MSR_SINT11
#define HV_X64_MSR_SINT11 0x4000009B
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT11[(HV_X64_MSR_SINT11 == 0x4000009B) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT12: MSR 0x4000009C sint12, its address. */
#ifndef HV_X64_MSR_SINT12
#define HV_X64_MSR_SINT12 0x4000009C
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT12[(HV_X64_MSR_SINT12 == 0x4000009C) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT13: MSR 0x4000009D sint13, its address. */
#ifndef HV_X64_MSR_SINT13
#define HV_X64_MSR_SINT13 0x4000009D
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT13[(HV_X64_MSR_SINT13 == 0x4000009D) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT14: MSR 0x4000009E sint14, its address. */
#ifndef HV_X64_MSR_SINT14
#define HV_X64_MSR_SINT14 0x4000009E
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT14[(HV_X64_MSR_SINT14 == 0x4000009E) ? 1 : -1];
#endif

/* HV_X64_MSR_SINT15: MSR 0x4000009F sint15, its address. */
#ifndef HV_X64_MSR_SINT15
#define HV_X64_MSR_SINT15 0x4000009F
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_SINT15[(HV_X64_MSR_SINT15 == 0x4000009F) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER0_CONFIG: MSR 0x400000B0 stimer0_config, its address. */
#ifndef HV_X64_MSR_STIMER0_CONFIG
#define HV_X64_MSR_STIMER0_CONFIG 0x400000B0
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER0_CONFIG[(HV_X64_MSR_STIMER0_CONFIG == 0x400000B0) ? 1 : -1];
#endif

/* HV_MSR_STIMER0_CONFIG: MSR 0x400000B0 stimer0_config, its address (an alias). */
#ifndef HV_MSR_STIMER0_CONFIG
#define HV_MSR_STIMER0_CONFIG (HV_X64_MSR_STIMER0_CONFIG)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_STIMER0_CONFIG[(HV_MSR_STIMER0_CONFIG == 0x400000B0) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER0_COUNT: MSR 0x400000B1 stimer0_count, its address. */
#ifndef HV_X64_MSR_STIMER0_COUNT
#define HV_X64_MSR_STIMER0_COUNT 0x400000B1
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER0_COUNT[(HV_X64_MSR_STIMER0_COUNT == 0x400000B1) ? 1 : -1];
#endif

/* HV_MSR_STIMER0_COUNT: MSR 0x400000B1 stimer0_count, its address (an alias). */
#ifndef HV_MSR_STIMER0_COUNT
#define HV_MSR_STIMER0_COUNT (HV_X64_MSR_STIMER0_COUNT)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_STIMER0_COUNT[(HV_MSR_STIMER0_COUNT == 0x400000B1) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER1_CONFIG: MSR 0x400000B2 stimer1_config, its address. */
#ifndef HV_X64_MSR_STIMER1_CONFIG
#define HV_X64_MSR_STIMER1_CONFIG 0x400000B2
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER1_CONFIG[(HV_X64_MSR_STIMER1_CONFIG == 0x400000B2) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER1_COUNT: MSR 0x400000B3 stimer1_count, its address. */
#ifndef HV_X64_MSR_STIMER1_COUNT
#define HV_X64_MSR_STIMER1_COUNT 0x400000B3
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER1_COUNT[(HV_X64_MSR_STIMER1_COUNT == 0x400000B3) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER2_CONFIG: MSR 0x400000B4 stimer2_config, its address. */
#ifndef HV_X64_MSR_STIMER2_CONFIG
#define HV_X64_MSR_STIMER2_CONFIG 0x400000B4
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER2_CONFIG[(HV_X64_MSR_STIMER2_CONFIG == 0x400000B4) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER2_COUNT: MSR 0x400000B5 stimer2_count, its address. */
#ifndef HV_X64_MSR_STIMER2_COUNT
#define HV_X64_MSR_STIMER2_COUNT 0x400000B5
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER2_COUNT[(HV_X64_MSR_STIMER2_COUNT == 0x400000B5) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER3_CONFIG: MSR 0x400000B6 stimer3_config, its address. */
#ifndef HV_X64_MSR_STIMER3_CONFIG
#define HV_X64_MSR_STIMER3_CONFIG 0x400000B6
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER3_CONFIG[(HV_X64_MSR_STIMER3_CONFIG == 0x400000B6) ? 1 : -1];
#endif

/* HV_X64_MSR_STIMER3_COUNT: MSR 0x400000B7 stimer3_count, its address. */
#ifndef HV_X64_MSR_STIMER3_COUNT
#define HV_X64_MSR_STIMER3_COUNT 0x400000B7
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIMER3_COUNT[(HV_X64_MSR_STIMER3_COUNT == 0x400000B7) ? 1 : -1];
#endif

/* HV_X64_MSR_GUEST_IDLE: MSR 0x400000F0 guest_idle, its address. */
#ifndef HV_X64_MSR_GUEST_IDLE
#define HV_X64_MSR_GUEST_IDLE 0x400000F0
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_GUEST_IDLE[(HV_X64_MSR_GUEST_IDLE == 0x400000F0) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_P0: MSR 0x40000100 crash_p0, its address. */
#ifndef HV_X64_MSR_CRASH_P0
#define HV_X64_MSR_CRASH_P0 0x40000100
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_P0[(HV_X64_MSR_CRASH_P0 == 0x40000100) ? 1 : -1];
#endif

/* HV_MSR_CRASH_P0: MSR 0x40000100 crash_p0, its address (an alias). */
#ifndef HV_MSR_CRASH_P0
#define HV_MSR_CRASH_P0 (HV_X64_MSR_CRASH_P0)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_P0[(HV_MSR_CRASH_P0 == 0x40000100) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_P1: MSR 0x40000101 crash_p1, its address. */
#ifndef HV_X64_MSR_CRASH_P1
#define HV_X64_MSR_CRASH_P1 0x40000101
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_P1[(HV_X64_MSR_CRASH_P1 == 0x40000101) ? 1 : -1];
#endif

/* HV_MSR_CRASH_P1: MSR 0x40000101 crash_p1, its address (an alias). */
#ifndef HV_MSR_CRASH_P1
#define HV_MSR_CRASH_P1 (HV_X64_MSR_CRASH_P1)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_P1[(HV_MSR_CRASH_P1 == 0x40000101) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_P2: MSR 0x40000102 crash_p2, its address. */
#ifndef HV_X64_MSR_CRASH_P2
#define HV_X64_MSR_CRASH_P2 0x40000102
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_P2[(HV_X64_MSR_CRASH_P2 == 0x40000102) ? 1 : -1];
#endif

/* HV_MSR_CRASH_P2: MSR 0x40000102 crash_p2, its address (an alias). */
#ifndef HV_MSR_CRASH_P2
#define HV_MSR_CRASH_P2 (HV_X64_MSR_CRASH_P2)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_P2[(HV_MSR_CRASH_P2 == 0x40000102) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_P3: MSR 0x40000103 crash_p3, its address. */
#ifndef HV_X64_MSR_CRASH_P3
#define HV_X64_MSR_CRASH_P3 0x40000103
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_P3[(HV_X64_MSR_CRASH_P3 == 0x40000103) ? 1 : -1];
#endif

/* HV_MSR_CRASH_P3: MSR 0x40000103 crash_p3, its address (an alias). */
#ifndef HV_MSR_CRASH_P3
#define HV_MSR_CRASH_P3 (HV_X64_MSR_CRASH_P3)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_P3[(HV_MSR_CRASH_P3 == 0x40000103) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_P4: MSR 0x40000104 crash_p4, its address. */
#ifndef HV_X64_MSR_CRASH_P4
#define HV_X64_MSR_CRASH_P4 0x40000104
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_P4[(HV_X64_MSR_CRASH_P4 == 0x40000104) ? 1 : -1];
#endif

/* HV_MSR_CRASH_P4: MSR 0x40000104 crash_p4, its address (an alias). */
#ifndef HV_MSR_CRASH_P4
#define HV_MSR_CRASH_P4 (HV_X64_MSR_CRASH_P4)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_P4[(HV_MSR_CRASH_P4 == 0x40000104) ? 1 : -1];
#endif

/* HV_X64_MSR_CRASH_CTL: MSR 0x40000105 crash_ctl, its address. */
#ifndef HV_X64_MSR_CRASH_CTL
#define HV_X64_MSR_CRASH_CTL 0x40000105
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_CRASH_CTL[(HV_X64_MSR_CRASH_CTL == 0x40000105) ? 1 : -1];
#endif

/* HV_MSR_CRASH_CTL: MSR 0x40000105 crash_ctl, its address (an alias). */
#ifndef HV_MSR_CRASH_CTL
#define HV_MSR_CRASH_CTL (HV_X64_MSR_CRASH_CTL)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_CRASH_CTL[(HV_MSR_CRASH_CTL == 0x40000105) ? 1 : -1];
#endif

/* HV_CRASH_CTL_CRASH_NOTIFY_MSG: MSR 0x40000105 crash_ctl [62] crash_message, a
 * mask. */
#ifndef HV_CRASH_CTL_CRASH_NOTIFY_MSG
#ifdef __KERNEL__
#define HV_CRASH_CTL_CRASH_NOTIFY_MSG BIT_ULL(62)
#else
#define HV_CRASH_CTL_CRASH_NOTIFY_MSG (1ull << 62)
#endif
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_HV_CRASH_CTL_CRASH_NOTIFY_MSG[(HV_CRASH_CTL_CRASH_NOTIFY_MSG == (1ull << 62)) ? 1 : -1];
#endif
#endif

/* HV_CRASH_CTL_CRASH_NOTIFY: MSR 0x40000105 crash_ctl [63] crash_notify, a
 * mask. */
#ifndef HV_CRASH_CTL_CRASH_NOTIFY
#ifdef __KERNEL__
#define HV_CRASH_CTL_CRASH_NOTIFY BIT_ULL(63)
#else
#define HV_CRASH_CTL_CRASH_NOTIFY (1ull << 63)
#endif
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_HV_CRASH_CTL_CRASH_NOTIFY[(HV_CRASH_CTL_CRASH_NOTIFY == (1ull << 63)) ? 1 : -1];
#endif
#endif

/* HV_X64_MSR_REENLIGHTENMENT_CONTROL: MSR 0x40000106 reenlightenment_control,
 * its address. */
#ifndef HV_X64_MSR_REENLIGHTENMENT_CONTROL
#define HV_X64_MSR_REENLIGHTENMENT_CONTROL 0x40000106
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_REENLIGHTENMENT_CONTROL[(HV_X64_MSR_REENLIGHTENMENT_CONTROL == 0x40000106) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_EMULATION_CONTROL: MSR 0x40000107 tsc_emulation_control, its
 * address. */
#ifndef HV_X64_MSR_TSC_EMULATION_CONTROL
#define HV_X64_MSR_TSC_EMULATION_CONTROL 0x40000107
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_EMULATION_CONTROL[(HV_X64_MSR_TSC_EMULATION_CONTROL == 0x40000107) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_EMULATION_STATUS: MSR 0x40000108 tsc_emulation_status, its
 * address. */
#ifndef HV_X64_MSR_TSC_EMULATION_STATUS
#define HV_X64_MSR_TSC_EMULATION_STATUS 0x40000108
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_EMULATION_STATUS[(HV_X64_MSR_TSC_EMULATION_STATUS == 0x40000108) ? 1 : -1];
#endif

/* HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG: MSR 0x40000114
 * stime_unhalted_timer_config, its address. */
#ifndef HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG
#define HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG 0x40000114
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG[(HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG == 0x40000114) ? 1 : -1];
#endif

/* HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT: MSR 0x40000115
 * stime_unhalted_timer_count, its address. */
#ifndef HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT
#define HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT 0x40000115
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT[(HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT == 0x40000115) ? 1 : -1];
#endif

/* HV_X64_MSR_TSC_INVARIANT_CONTROL: MSR 0x40000118 tsc_invariant_control, its
 * address. */
#ifndef HV_X64_MSR_TSC_INVARIANT_CONTROL
#define HV_X64_MSR_TSC_INVARIANT_CONTROL 0x40000118
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_TSC_INVARIANT_CONTROL[(HV_X64_MSR_TSC_INVARIANT_CONTROL == 0x40000118) ? 1 : -1];
#endif

/* HV_EXPOSE_INVARIANT_TSC: MSR 0x40000118 tsc_invariant_control [0]
 * expose_invariant_tsc, a mask. */
#ifndef HV_EXPOSE_INVARIANT_TSC
#ifdef __KERNEL__
#define HV_EXPOSE_INVARIANT_TSC BIT_ULL(0)
#else
#define HV_EXPOSE_INVARIANT_TSC (1ull << 0)
#endif
#else
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) && __cplusplus >= 201103L)
typedef char hvcpuid_upstream_differs_HV_EXPOSE_INVARIANT_TSC[(HV_EXPOSE_INVARIANT_TSC == (1ull << 0)) ? 1 : -1];
#endif
#endif

/* HV_X64_MSR_NESTED_VP_INDEX: MSR 0x40001002 nested_vp_index, its address. */
#ifndef HV_X64_MSR_NESTED_VP_INDEX
#define HV_X64_MSR_NESTED_VP_INDEX 0x40001002
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_VP_INDEX[(HV_X64_MSR_NESTED_VP_INDEX == 0x40001002) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SCONTROL: MSR 0x40001080 nested_scontrol, its address. */
#ifndef HV_X64_MSR_NESTED_SCONTROL
#define HV_X64_MSR_NESTED_SCONTROL 0x40001080
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SCONTROL[(HV_X64_MSR_NESTED_SCONTROL == 0x40001080) ? 1 : -1];
#endif

/* HV_MSR_NESTED_SCONTROL: MSR 0x40001080 nested_scontrol, its address (an
 * alias). */
#ifndef HV_MSR_NESTED_SCONTROL
#define HV_MSR_NESTED_SCONTROL (HV_X64_MSR_NESTED_SCONTROL)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_SCONTROL[(HV_MSR_NESTED_SCONTROL == 0x40001080) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SVERSION: MSR 0x40001081 nested_sversion, its address. */
#ifndef HV_X64_MSR_NESTED_SVERSION
#define HV_X64_MSR_NESTED_SVERSION 0x40001081
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SVERSION[(HV_X64_MSR_NESTED_SVERSION == 0x40001081) ? 1 : -1];
#endif

/* HV_MSR_NESTED_SVERSION: MSR 0x40001081 nested_sversion, its address (an
 * alias). */
#ifndef HV_MSR_NESTED_SVERSION
#define HV_MSR_NESTED_SVERSION (HV_X64_MSR_NESTED_SVERSION)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_SVERSION[(HV_MSR_NESTED_SVERSION == 0x40001081) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SIEFP: MSR 0x40001082 nested_siefp, its address. */
#ifndef HV_X64_MSR_NESTED_SIEFP
#define HV_X64_MSR_NESTED_SIEFP 0x40001082
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SIEFP[(HV_X64_MSR_NESTED_SIEFP == 0x40001082) ? 1 : -1];
#endif

/* HV_MSR_NESTED_SIEFP: MSR 0x40001082 nested_siefp, its address (an alias). */
#ifndef HV_MSR_NESTED_SIEFP
#define HV_MSR_NESTED_SIEFP (HV_X64_MSR_NESTED_SIEFP)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_SIEFP[(HV_MSR_NESTED_SIEFP == 0x40001082) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SIMP: MSR 0x40001083 nested_simp, its address. */
#ifndef HV_X64_MSR_NESTED_SIMP
#define HV_X64_MSR_NESTED_SIMP 0x40001083
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SIMP[(HV_X64_MSR_NESTED_SIMP == 0x40001083) ? 1 : -1];
#endif

/* HV_MSR_NESTED_SIMP: MSR 0x40001083 nested_simp, its address (an alias). */
#ifndef HV_MSR_NESTED_SIMP
#define HV_MSR_NESTED_SIMP (HV_X64_MSR_NESTED_SIMP)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_SIMP[(HV_MSR_NESTED_SIMP == 0x40001083) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_EOM: MSR 0x40001084 nested_eom, its address. */
#ifndef HV_X64_MSR_NESTED_EOM
#define HV_X64_MSR_NESTED_EOM 0x40001084
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_EOM[(HV_X64_MSR_NESTED_EOM == 0x40001084) ? 1 : -1];
#endif

/* HV_MSR_NESTED_EOM: MSR 0x40001084 nested_eom, its address (an alias). */
#ifndef HV_MSR_NESTED_EOM
#define HV_MSR_NESTED_EOM (HV_X64_MSR_NESTED_EOM)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_EOM[(HV_MSR_NESTED_EOM == 0x40001084) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT0: MSR 0x40001090 nested_sint0, its address. */
#ifndef HV_X64_MSR_NESTED_SINT0
#define HV_X64_MSR_NESTED_SINT0 0x40001090
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT0[(HV_X64_MSR_NESTED_SINT0 == 0x40001090) ? 1 : -1];
#endif

/* HV_MSR_NESTED_SINT0: MSR 0x40001090 nested_sint0, its address (an alias). */
#ifndef HV_MSR_NESTED_SINT0
#define HV_MSR_NESTED_SINT0 (HV_X64_MSR_NESTED_SINT0)
#else
typedef char hvcpuid_upstream_differs_HV_MSR_NESTED_SINT0[(HV_MSR_NESTED_SINT0 == 0x40001090) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT1: MSR 0x40001091 nested_sint1, its address. */
#ifndef HV_X64_MSR_NESTED_SINT1
#define HV_X64_MSR_NESTED_SINT1 0x40001091
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT1[(HV_X64_MSR_NESTED_SINT1 == 0x40001091) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT2: MSR 0x40001092 nested_sint2, its address. */
#ifndef HV_X64_MSR_NESTED_SINT2
#define HV_X64_MSR_NESTED_SINT2 0x40001092
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT2[(HV_X64_MSR_NESTED_SINT2 == 0x40001092) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT3: MSR 0x40001093 nested_sint3, its address. */
#ifndef HV_X64_MSR_NESTED_SINT3
#define HV_X64_MSR_NESTED_SINT3 0x40001093
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT3[(HV_X64_MSR_NESTED_SINT3 == 0x40001093) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT4: MSR 0x40001094 nested_sint4, its address. */
#ifndef HV_X64_MSR_NESTED_SINT4
#define HV_X64_MSR_NESTED_SINT4 0x40001094
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT4[(HV_X64_MSR_NESTED_SINT4 == 0x40001094) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT5: MSR 0x40001095 nested_sint5, its address. */
#ifndef HV_X64_MSR_NESTED_SINT5
#define HV_X64_MSR_NESTED_SINT5 0x40001095
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT5[(HV_X64_MSR_NESTED_SINT5 == 0x40001095) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT6: MSR 0x40001096 nested_sint6, its address. */
#ifndef HV_X64_MSR_NESTED_SINT6
#define HV_X64_MSR_NESTED_SINT6 0x40001096
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT6[(HV_X64_MSR_NESTED_SINT6 == 0x40001096) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT7: MSR 0x40001097 nested_sint7, its address. */
#ifndef HV_X64_MSR_NESTED_SINT7
#define HV_X64_MSR_NESTED_SINT7 0x40001097
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT7[(HV_X64_MSR_NESTED_SINT7 == 0x40001097) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT8: MSR 0x40001098 nested_sint8, its address. */
#ifndef HV_X64_MSR_NESTED_SINT8
#define HV_X64_MSR_NESTED_SINT8 0x40001098
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT8[(HV_X64_MSR_NESTED_SINT8 == 0x40001098) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT9: MSR 0x40001099 nested_sint9, its address. */
#ifndef HV_X64_MSR_NESTED_SINT9
#define HV_X64_MSR_NESTED_SINT9 0x40001099
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT9[(HV_X64_MSR_NESTED_SINT9 == 0x40001099) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT10: MSR 0x4000109A nested_sint10, its address. */
#ifndef HV_X64_MSR_NESTED_SINT10
#define HV_X64_MSR_NESTED_SINT10 0x4000109A
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT10[(HV_X64_MSR_NESTED_SINT10 == 0x4000109A) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT11: MSR 0x4000109B nested_sint11, its address. */
#ifndef HV_X64_MSR_NESTED_SINT11
#define HV_X64_MSR_NESTED_SINT11 0x4000109B
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT11[(HV_X64_MSR_NESTED_SINT11 == 0x4000109B) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT12: MSR 0x4000109C nested_sint12, its address. */
#ifndef HV_X64_MSR_NESTED_SINT12
#define HV_X64_MSR_NESTED_SINT12 0x4000109C
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT12[(HV_X64_MSR_NESTED_SINT12 == 0x4000109C) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT13: MSR 0x4000109D nested_sint13, its address. */
#ifndef HV_X64_MSR_NESTED_SINT13
#define HV_X64_MSR_NESTED_SINT13 0x4000109D
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT13[(HV_X64_MSR_NESTED_SINT13 == 0x4000109D) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT14: MSR 0x4000109E nested_sint14, its address. */
#ifndef HV_X64_MSR_NESTED_SINT14
#define HV_X64_MSR_NESTED_SINT14 0x4000109E
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT14[(HV_X64_MSR_NESTED_SINT14 == 0x4000109E) ? 1 : -1];
#endif

/* HV_X64_MSR_NESTED_SINT15: MSR 0x4000109F nested_sint15, its address. */
#ifndef HV_X64_MSR_NESTED_SINT15
#define HV_X64_MSR_NESTED_SINT15 0x4000109F
#else
typedef char hvcpuid_upstream_differs_HV_X64_MSR_NESTED_SINT15[(HV_X64_MSR_NESTED_SINT15 == 0x4000109F) ? 1 : -1];
#endif

#endif /* HVCPUID_UPSTREAM_HYPERV_H */
