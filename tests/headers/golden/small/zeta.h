/* SPDX-License-Identifier: MIT */
/* zeta.h - Zeta interface. Generated from small/zeta.xml by hvcpuid 0.1.0 -- do
 * not edit; change the registry and run 'hvcpuid gen' instead. */
#ifndef HVCPUID_ZETA_H
#define HVCPUID_ZETA_H

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

/* Interface zeta: Zeta interface (vendor zeta, Zeta Systems). */

/* Interface signature: base+1 EAX (4 bytes). */
#define HVCPUID_ZETA_INTERFACE_SIGNATURE "Zt#1"
#define HVCPUID_ZETA_INTERFACE_SIGNATURE_EAX 0x3123745AU

/* Vendor signature hypervisor acme-box shows for this interface at 0x40000100. */
#define HVCPUID_ZETA_SHOWN_BY_ACME_BOX_VENDOR_SIGNATURE "AcmeZetaMode"
#define HVCPUID_ZETA_SHOWN_BY_ACME_BOX_VENDOR_SIGNATURE_EBX 0x656D6341U
#define HVCPUID_ZETA_SHOWN_BY_ACME_BOX_VENDOR_SIGNATURE_ECX 0x6174655AU
#define HVCPUID_ZETA_SHOWN_BY_ACME_BOX_VENDOR_SIGNATURE_EDX 0x65646F4DU

#define HVCPUID_ZETA_MIN_BASE 0x40000100U
/* Registered bases (default base and every hypervisor's placement): 0x40000100
 * (acme-box) */
#define HVCPUID_ZETA_BASE_COUNT 1U
#define HVCPUID_ZETA_BASES {0x40000100U}

/* ---- Leaf 0x01 interface_id */
#define HVCPUID_ZETA_INTERFACE_ID_OFFSET 0x01U
#define HVCPUID_ZETA_INTERFACE_ID_LEAF_AT(base) (HVCPUID_U32_CAST(base) + 0x01U)
#define HVCPUID_ZETA_INTERFACE_ID_LEAF_AT_40000100 0x40000101U

/* eax: bits with no meaning (they read as zero unless documented otherwise). */
#define HVCPUID_ZETA_INTERFACE_ID_EAX_RESERVED_MASK 0x00000000U

/* eax[31:0] signature: "Zt#1". */
#define HVCPUID_ZETA_INTERFACE_ID_EAX_SIGNATURE_SHIFT 0
#define HVCPUID_ZETA_INTERFACE_ID_EAX_SIGNATURE_WIDTH 32
#define HVCPUID_ZETA_INTERFACE_ID_EAX_SIGNATURE_MASK 0xFFFFFFFFU
#define HVCPUID_ZETA_INTERFACE_ID_EAX_SIGNATURE_GET(r) ((HVCPUID_U32_CAST(r) & 0xFFFFFFFFU) >> 0)
#define HVCPUID_ZETA_INTERFACE_ID_EAX_SIGNATURE_SET(r, v) ((HVCPUID_U32_CAST(r) & ~0xFFFFFFFFU) | ((HVCPUID_U32_CAST(v) << 0) & 0xFFFFFFFFU))

#endif /* HVCPUID_ZETA_H */
