/* SPDX-License-Identifier: MIT */
/* fex.h - FEX-Emu CPUID interface. Generated from spec/fex.xml by hvcpuid 0.1.0
 * -- do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_FEX_H
#define HVCPUID_FEX_H

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

/* Interface fex: FEX-Emu CPUID interface (vendor fex-emu, FEX-Emu). FEX-Emu,
 * the x86 emulator for AArch64 hosts, follows the VMware/Microsoft
 * hypervisor-leaf proposal: 0x40000000 holds the highest leaf and
 * "FEXIFEXIEMU\0", 0x40000001 its configuration in sub-leaves 0-2. FEX reserves
 * 0x40000002-0x4000000F (zero until implemented); 0x40000010 and up are
 * undefined and read as zero. Source: FEX-Emu/FEX docs/CPUID.md at
 * faa494c28884. Source: ColinIanKing/stress-ng core-cpu.c at 291fc4341bb6
 * (x86_virt_id_str lists "FEXIFEXIEMU\0"). */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_FEX_VENDOR_SIGNATURE "FEXIFEXIEMU\000"
#define HVCPUID_FEX_VENDOR_SIGNATURE_EBX 0x49584546U
#define HVCPUID_FEX_VENDOR_SIGNATURE_ECX 0x49584546U
#define HVCPUID_FEX_VENDOR_SIGNATURE_EDX 0x00554D45U

#define HVCPUID_FEX_DEFAULT_BASE 0x40000000U
#define HVCPUID_FEX_MAX_LEAF 0x01U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, fex) */
#define HVCPUID_FEX_BASE_COUNT 1U
#define HVCPUID_FEX_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature and the highest leaf. Source:
 * FEX-Emu/FEX docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_SIGNATURE_OFFSET 0x00U
#define HVCPUID_FEX_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_FEX_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_FEX_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_SIGNATURE_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] max_leaf: Highest leaf: 0x40000001. Source: FEX-Emu/FEX
 * docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_SIGNATURE_EAX_MAX_LEAF_SHIFT 0
#define HVCPUID_FEX_SIGNATURE_EAX_MAX_LEAF_WIDTH 32
#define HVCPUID_FEX_SIGNATURE_EAX_MAX_LEAF_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_SIGNATURE_EAX_MAX_LEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_SIGNATURE_EAX_MAX_LEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "FEXI", 0x49584546. Source: FEX-Emu/FEX
 * docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_FEX_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_FEX_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "FEXI", 0x49584546. Source: FEX-Emu/FEX
 * docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_FEX_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_FEX_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "EMU\0", 0x00554d45. Source: FEX-Emu/FEX
 * docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_FEX_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_FEX_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 config, sub-leaf 0: Hypervisor config, sub-leaf 0: the host
 * architecture and the highest sub-leaf. Source: FEX-Emu/FEX docs/CPUID.md at
 * faa494c28884. */
#define HVCPUID_FEX_CONFIG_OFFSET 0x01U
#define HVCPUID_FEX_CONFIG_SUBLEAF 0U
#define HVCPUID_FEX_CONFIG_LEAF 0x40000001U
#define HVCPUID_FEX_CONFIG_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_FEX_CONFIG_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_CONFIG_EAX_RESERVED_MASK 0x0000FFF0U

/* eax[3:0] host_arch: The host architecture FEX runs on. Source: FEX-Emu/FEX
 * docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_SHIFT 0
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_WIDTH 4
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_MASK 0x0000000FU
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_GET(r) ((HVCPUID_U32_CAST(r) & 0x0000000FU) >> 0)
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0x0000000FU) | ((HVCPUID_U32_CAST(v) << 0) & 0x0000000FU))
/* host_arch = unknown: Unknown architecture. */
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_UNKNOWN 0x0U
/* host_arch = x86_64: x86-64. */
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_X86_64 0x1U
/* host_arch = aarch64: AArch64. */
#define HVCPUID_FEX_CONFIG_EAX_HOST_ARCH_AARCH64 0x2U

/* eax[31:16] max_subleaf: Highest sub-leaf of 0x40000001 (2). Source:
 * FEX-Emu/FEX docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_CONFIG_EAX_MAX_SUBLEAF_SHIFT 16
#define HVCPUID_FEX_CONFIG_EAX_MAX_SUBLEAF_WIDTH 16
#define HVCPUID_FEX_CONFIG_EAX_MAX_SUBLEAF_MASK 0xFFFF0000U
#define HVCPUID_FEX_CONFIG_EAX_MAX_SUBLEAF_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFF0000U) >> 16)
#define HVCPUID_FEX_CONFIG_EAX_MAX_SUBLEAF_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFF0000U) | ((HVCPUID_U32_CAST(v) << 16) & 0xFFFF0000U))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_CONFIG_EBX_RESERVED_MASK 0xFFFFFFFFU

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_CONFIG_ECX_RESERVED_MASK 0xFFFFFFFFU

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_CONFIG_EDX_RESERVED_MASK 0xFFFFFFFFU

/* ---- Leaf 0x01 version_low, sub-leaf 1: Sub-leaf 1: the first 16 bytes of the
 * FEX version string, EAX:EBX:ECX:EDX. Source: FEX-Emu/FEX docs/CPUID.md at
 * faa494c28884. */
#define HVCPUID_FEX_VERSION_LOW_OFFSET 0x01U
#define HVCPUID_FEX_VERSION_LOW_SUBLEAF 1U
#define HVCPUID_FEX_VERSION_LOW_LEAF 0x40000001U
#define HVCPUID_FEX_VERSION_LOW_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_FEX_VERSION_LOW_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_LOW_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] version_eax: Bytes 0-3 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_LOW_EAX_VERSION_EAX_SHIFT 0
#define HVCPUID_FEX_VERSION_LOW_EAX_VERSION_EAX_WIDTH 32
#define HVCPUID_FEX_VERSION_LOW_EAX_VERSION_EAX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_LOW_EAX_VERSION_EAX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_LOW_EAX_VERSION_EAX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_LOW_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] version_ebx: Bytes 4-7 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_LOW_EBX_VERSION_EBX_SHIFT 0
#define HVCPUID_FEX_VERSION_LOW_EBX_VERSION_EBX_WIDTH 32
#define HVCPUID_FEX_VERSION_LOW_EBX_VERSION_EBX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_LOW_EBX_VERSION_EBX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_LOW_EBX_VERSION_EBX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_LOW_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] version_ecx: Bytes 8-11 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_LOW_ECX_VERSION_ECX_SHIFT 0
#define HVCPUID_FEX_VERSION_LOW_ECX_VERSION_ECX_WIDTH 32
#define HVCPUID_FEX_VERSION_LOW_ECX_VERSION_ECX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_LOW_ECX_VERSION_ECX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_LOW_ECX_VERSION_ECX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_LOW_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] version_edx: Bytes 12-15 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_LOW_EDX_VERSION_EDX_SHIFT 0
#define HVCPUID_FEX_VERSION_LOW_EDX_VERSION_EDX_WIDTH 32
#define HVCPUID_FEX_VERSION_LOW_EDX_VERSION_EDX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_LOW_EDX_VERSION_EDX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_LOW_EDX_VERSION_EDX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ---- Leaf 0x01 version_high, sub-leaf 2: Sub-leaf 2: the second 16 bytes of
 * the FEX version string. Source: FEX-Emu/FEX docs/CPUID.md at faa494c28884. */
#define HVCPUID_FEX_VERSION_HIGH_OFFSET 0x01U
#define HVCPUID_FEX_VERSION_HIGH_SUBLEAF 2U
#define HVCPUID_FEX_VERSION_HIGH_LEAF 0x40000001U
#define HVCPUID_FEX_VERSION_HIGH_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_FEX_VERSION_HIGH_LEAF_AT_40000000 0x40000001U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_HIGH_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] version_eax: Bytes 16-19 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_HIGH_EAX_VERSION_EAX_SHIFT 0
#define HVCPUID_FEX_VERSION_HIGH_EAX_VERSION_EAX_WIDTH 32
#define HVCPUID_FEX_VERSION_HIGH_EAX_VERSION_EAX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_HIGH_EAX_VERSION_EAX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_HIGH_EAX_VERSION_EAX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_HIGH_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] version_ebx: Bytes 20-23 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_HIGH_EBX_VERSION_EBX_SHIFT 0
#define HVCPUID_FEX_VERSION_HIGH_EBX_VERSION_EBX_WIDTH 32
#define HVCPUID_FEX_VERSION_HIGH_EBX_VERSION_EBX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_HIGH_EBX_VERSION_EBX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_HIGH_EBX_VERSION_EBX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_HIGH_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] version_ecx: Bytes 24-27 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_HIGH_ECX_VERSION_ECX_SHIFT 0
#define HVCPUID_FEX_VERSION_HIGH_ECX_VERSION_ECX_WIDTH 32
#define HVCPUID_FEX_VERSION_HIGH_ECX_VERSION_ECX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_HIGH_ECX_VERSION_ECX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_HIGH_ECX_VERSION_ECX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_FEX_VERSION_HIGH_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] version_edx: Bytes 28-31 of the FEX version string (a git describe
 * string, NUL-padded, at most 31 characters). Source: FEX-Emu/FEX docs/CPUID.md
 * at faa494c28884. */
#define HVCPUID_FEX_VERSION_HIGH_EDX_VERSION_EDX_SHIFT 0
#define HVCPUID_FEX_VERSION_HIGH_EDX_VERSION_EDX_WIDTH 32
#define HVCPUID_FEX_VERSION_HIGH_EDX_VERSION_EDX_MASK 0xFFFFFFFFU
#define HVCPUID_FEX_VERSION_HIGH_EDX_VERSION_EDX_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_FEX_VERSION_HIGH_EDX_VERSION_EDX_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_FEX_H */
