/* SPDX-License-Identifier: MIT */
/* sre.h - LMHS SRE (signature only). Generated from spec/lmhs.xml by hvcpuid
 * 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_SRE_H
#define HVCPUID_SRE_H

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

/* Interface sre: LMHS SRE (signature only) (vendor lockheed-martin, Lockheed
 * Martin). Only the vendor signature is known: the vendor's own Linux guest
 * patch compares these 12 bytes at 0x40000000 (and enables x2APIC when the CPU
 * has it); systemd lists the same string. No leaf beyond 0x00 is published.
 * Source: [PATCH 1/1] x86: Add detection of the LMHS SRE hypervisor (Neil Moore
 * (Lockheed Martin), linux-kernel, 3 January 2023, Message-ID
 * 1672761408-30617-2-git-send-email-neil.a.moore@lmco.com; sre_cpuid_base()
 * calls hypervisor_cpuid_base("SRESRESRESRE", 0), a 12-byte compare; not
 * merged). Source: systemd/systemd src/basic/virt.c at 0099e5589762. */

/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL terminator of its own). */
#define HVCPUID_SRE_VENDOR_SIGNATURE "SRESRESRESRE"
#define HVCPUID_SRE_VENDOR_SIGNATURE_EBX 0x53455253U
#define HVCPUID_SRE_VENDOR_SIGNATURE_ECX 0x52534552U
#define HVCPUID_SRE_VENDOR_SIGNATURE_EDX 0x45525345U

#define HVCPUID_SRE_DEFAULT_BASE 0x40000000U
/* Registered bases (default base and every hypervisor's placement): 0x40000000
 * (default, sre) */
#define HVCPUID_SRE_BASE_COUNT 1U
#define HVCPUID_SRE_BASES {0x40000000U}

/* ---- Leaf 0x00 signature: The vendor signature. Source: [PATCH 1/1] x86: Add
 * detection of the LMHS SRE hypervisor (Neil Moore (Lockheed Martin),
 * linux-kernel, 3 January 2023, Message-ID
 * 1672761408-30617-2-git-send-email-neil.a.moore@lmco.com; sre_cpuid_base()
 * calls hypervisor_cpuid_base("SRESRESRESRE", 0), a 12-byte compare; not
 * merged). */
#define HVCPUID_SRE_SIGNATURE_OFFSET 0x00U
#define HVCPUID_SRE_SIGNATURE_LEAF 0x40000000U
#define HVCPUID_SRE_SIGNATURE_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x00U)
#define HVCPUID_SRE_SIGNATURE_LEAF_AT_40000000 0x40000000U

/* ebx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_SRE_SIGNATURE_EBX_RESERVED_MASK 0x00000000U

/* ebx[31:0] vendor_signature_0: "SRES", 0x53455253. Source: [PATCH 1/1] x86:
 * Add detection of the LMHS SRE hypervisor (Neil Moore (Lockheed Martin),
 * linux-kernel, 3 January 2023, Message-ID
 * 1672761408-30617-2-git-send-email-neil.a.moore@lmco.com; sre_cpuid_base()
 * calls hypervisor_cpuid_base("SRESRESRESRE", 0), a 12-byte compare; not
 * merged). */
#define HVCPUID_SRE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SHIFT 0
#define HVCPUID_SRE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_WIDTH 32
#define HVCPUID_SRE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_MASK 0xFFFFFFFFU
#define HVCPUID_SRE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_SRE_SIGNATURE_EBX_VENDOR_SIGNATURE_0_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* ecx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_SRE_SIGNATURE_ECX_RESERVED_MASK 0x00000000U

/* ecx[31:0] vendor_signature_1: "RESR", 0x52534552. Source: [PATCH 1/1] x86:
 * Add detection of the LMHS SRE hypervisor (Neil Moore (Lockheed Martin),
 * linux-kernel, 3 January 2023, Message-ID
 * 1672761408-30617-2-git-send-email-neil.a.moore@lmco.com; sre_cpuid_base()
 * calls hypervisor_cpuid_base("SRESRESRESRE", 0), a 12-byte compare; not
 * merged). */
#define HVCPUID_SRE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SHIFT 0
#define HVCPUID_SRE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_WIDTH 32
#define HVCPUID_SRE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_MASK 0xFFFFFFFFU
#define HVCPUID_SRE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_SRE_SIGNATURE_ECX_VENDOR_SIGNATURE_1_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

/* edx: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_SRE_SIGNATURE_EDX_RESERVED_MASK 0x00000000U

/* edx[31:0] vendor_signature_2: "ESRE", 0x45525345. Source: [PATCH 1/1] x86:
 * Add detection of the LMHS SRE hypervisor (Neil Moore (Lockheed Martin),
 * linux-kernel, 3 January 2023, Message-ID
 * 1672761408-30617-2-git-send-email-neil.a.moore@lmco.com; sre_cpuid_base()
 * calls hypervisor_cpuid_base("SRESRESRESRE", 0), a 12-byte compare; not
 * merged). */
#define HVCPUID_SRE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SHIFT 0
#define HVCPUID_SRE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_WIDTH 32
#define HVCPUID_SRE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_MASK 0xFFFFFFFFU
#define HVCPUID_SRE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_SRE_SIGNATURE_EDX_VENDOR_SIGNATURE_2_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_SRE_H */
