/* SPDX-License-Identifier: MIT */
/* hvcpuid.h - every interface of the hvcpuid registry. Generated from
 * spec/acrn.xml, spec/apple.xml, spec/bhyve.xml, spec/bitdefender.xml,
 * spec/fex.xml, spec/generic.xml, spec/hyperv.xml, spec/intel.xml,
 * spec/jailhouse.xml, spec/kvm.xml, spec/lmhs.xml, spec/netbsd.xml,
 * spec/openbsd.xml, spec/qemu.xml, spec/qnx.xml, spec/research.xml,
 * spec/unisys.xml, spec/virtualbox.xml, spec/vmware.xml, spec/xen.xml by
 * hvcpuid 0.1.0 -- do not edit; change the registry and run 'hvcpuid gen'
 * instead. */
#ifndef HVCPUID_HVCPUID_H
#define HVCPUID_HVCPUID_H

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

#include "acrn.h"
#include "apple_pv.h"
#include "apple_vz.h"
#include "barevisor.h"
#include "bhyve.h"
#include "bhyve_early.h"
#include "fex.h"
#include "haxm.h"
#include "hvf.h"
#include "hyperv.h"
#include "jailhouse.h"
#include "kgt.h"
#include "kvm.h"
#include "minivisor.h"
#include "napoca.h"
#include "noirvisor.h"
#include "nvmm.h"
#include "parallels.h"
#include "parallels_hv.h"
#include "qnx.h"
#include "spar.h"
#include "sre.h"
#include "tcg.h"
#include "virtualbox_minimal.h"
#include "vmware.h"
#include "xen.h"

/* The hypervisor range; bases are 0x100-aligned within it. The first
 * three are lib/hvcpuid-runtime.h's too, in the same lines. */
#ifndef HVCPUID_RANGE_FIRST
#define HVCPUID_RANGE_FIRST 0x40000000U
#endif
#ifndef HVCPUID_RANGE_LAST
#define HVCPUID_RANGE_LAST 0x4000FFFFU
#endif
#ifndef HVCPUID_BASE_LAST
#define HVCPUID_BASE_LAST 0x4000FF00U
#endif
#define HVCPUID_BASE_FIRST 0x40000000U
#define HVCPUID_BASE_STEP 0x00000100U

/* CPUID.1:ECX[31]: a hypervisor is present. */
#define HVCPUID_PRESENT_LEAF 0x00000001U
#define HVCPUID_PRESENT_ECX_SHIFT 31
#define HVCPUID_PRESENT_ECX_MASK 0x80000000U

/* The MSRs Intel's SDM keeps free of architectural MSRs, for software. */
#define HVCPUID_MSR_SOFTWARE_FIRST 0x40000000U
#define HVCPUID_MSR_SOFTWARE_LAST 0x400000FFU

/* X(token, "id") for every interface, by id. */
#define HVCPUID_INTERFACES(X) \
    X(acrn, "acrn") \
    X(apple_pv, "apple-pv") \
    X(apple_vz, "apple-vz") \
    X(barevisor, "barevisor") \
    X(bhyve, "bhyve") \
    X(bhyve_early, "bhyve-early") \
    X(fex, "fex") \
    X(haxm, "haxm") \
    X(hvf, "hvf") \
    X(hyperv, "hyperv") \
    X(jailhouse, "jailhouse") \
    X(kgt, "kgt") \
    X(kvm, "kvm") \
    X(minivisor, "minivisor") \
    X(napoca, "napoca") \
    X(noirvisor, "noirvisor") \
    X(nvmm, "nvmm") \
    X(parallels, "parallels") \
    X(parallels_hv, "parallels-hv") \
    X(qnx, "qnx") \
    X(spar, "spar") \
    X(sre, "sre") \
    X(tcg, "tcg") \
    X(virtualbox_minimal, "virtualbox-minimal") \
    X(vmware, "vmware") \
    X(xen, "xen")

/* X(token, "id", ebx, ecx, edx): each vendor signature at base+0. */
#define HVCPUID_VENDOR_SIGNATURES(X) \
    X(acrn, "acrn", 0x4E524341U, 0x4E524341U, 0x4E524341U) \
    X(apple_pv, "apple-pv", 0x6C707061U, 0x76702D65U, 0x756E782DU) \
    X(apple_vz, "apple-vz", 0x6C707041U, 0x5A562065U, 0x00000000U) \
    X(barevisor, "barevisor", 0x65726142U, 0x6F736976U, 0x00002172U) \
    X(bhyve, "bhyve", 0x76796862U, 0x68622065U, 0x20657679U) \
    X(bhyve_early, "bhyve-early", 0x56794842U, 0x48422045U, 0x20455679U) \
    X(fex, "fex", 0x49584546U, 0x49584546U, 0x00554D45U) \
    X(haxm, "haxm", 0x4D584148U, 0x4D584148U, 0x4D584148U) \
    X(hvf, "hvf", 0x48465648U, 0x56484656U, 0x46564846U) \
    X(hyperv, "hyperv", 0x7263694DU, 0x666F736FU, 0x76482074U) \
    X(jailhouse, "jailhouse", 0x6C69614AU, 0x73756F68U, 0x00000065U) \
    X(kgt, "kgt", 0x4D4D5645U, 0x4D4D5645U, 0x4D4D5645U) \
    X(kvm, "kvm", 0x4B4D564BU, 0x564B4D56U, 0x0000004DU) \
    X(minivisor, "minivisor", 0x696E694DU, 0x6F736956U, 0x00000072U) \
    X(napoca, "napoca", 0x6F70614EU, 0x76686163U, 0x20202020U) \
    X(noirvisor, "noirvisor", 0x72696F4EU, 0x6F736956U, 0x545A2072U) \
    X(nvmm, "nvmm", 0x205F5F5FU, 0x4D4D564EU, 0x5F5F5F20U) \
    X(parallels, "parallels", 0x61726150U, 0x6C656C6CU, 0x00000073U) \
    X(parallels_hv, "parallels-hv", 0x206C7270U, 0x65707968U, 0x20207672U) \
    X(qnx, "qnx", 0x51584E51U, 0x53424D56U, 0x00004751U) \
    X(spar, "spar", 0x73696E55U, 0x70537379U, 0x34367261U) \
    X(sre, "sre", 0x53455253U, 0x52534552U, 0x45525345U) \
    X(tcg, "tcg", 0x54474354U, 0x43544743U, 0x47435447U) \
    X(virtualbox_minimal, "virtualbox-minimal", 0x00000000U, 0x00000000U, 0x00000000U) \
    X(vmware, "vmware", 0x61774D56U, 0x4D566572U, 0x65726177U) \
    X(xen, "xen", 0x566E6558U, 0x65584D4DU, 0x4D4D566EU)

/* X(token, "id", eax): each interface signature at base+1. */
#define HVCPUID_INTERFACE_SIGNATURES(X) \
    X(apple_pv, "apple-pv", 0x31234841U) \
    X(hyperv, "hyperv", 0x31237648U)

/* X(token, "hypervisor", ebx, ecx, edx): each vendor string a product shows at base+0
 * for an interface, other than the interface's own. */
#define HVCPUID_SHOWN_VENDOR_SIGNATURES(X) \
    X(hyperv, "kvm-hv", 0x756E694CU, 0x564B2078U, 0x7648204DU) \
    X(hyperv, "virtualbox-hyperv", 0x786F4256U, 0x786F4256U, 0x786F4256U) \
    X(kvm, "openbsd-vmm", 0x6E65704FU, 0x56445342U, 0x38354D4DU)

#endif /* HVCPUID_HVCPUID_H */
