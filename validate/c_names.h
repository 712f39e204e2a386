/* validate/c_names.h - how registry ids and names become C identifiers and header file
 * names in out/include/hvcpuid/ (docs/vendoring.md documents the scheme).
 *
 * The header emitter builds every name with these functions, and the
 * [c-identifier] check walks hv_c_names_each() to find collisions, keywords
 * and reserved identifiers before anything is generated: one mangling, used
 * by both, so the check sees exactly the names the headers define.
 *
 *   interface id "qemu-kvm"   fragment QEMU_KVM, token qemu_kvm, file qemu_kvm.h
 *   interface    HVCPUID_<IFACE>_VENDOR_SIGNATURE, _DEFAULT_BASE, ...
 *   shown as     HVCPUID_<IFACE>_SHOWN_BY_<HYPERVISOR>_VENDOR_SIGNATURE, _EBX, ...
 *                (a vendor string a product shows for the interface)
 *   leaf         HVCPUID_<IFACE>_<LEAF>_OFFSET, _LEAF, _LEAF_AT_<BASE>, ...
 *   register     HVCPUID_<IFACE>_<LEAF>_<REG>_RESERVED_MASK
 *   field        HVCPUID_<IFACE>_<LEAF>_<REG>_<FIELD>_SHIFT, _WIDTH, _MASK, ...
 *   value        HVCPUID_<IFACE>_<LEAF>_<REG>_<FIELD>_<VALUE>
 *   MSR          HVCPUID_<IFACE>_MSR_<MSR> (its address), _OFFSET, _AT, _AT_<BASE>,
 *                _RESERVED_MASK; its fields and values as a register's, with
 *                HVCPUID_<IFACE>_MSR_<MSR> as the register stem */
#ifndef HVCPUID_C_NAMES_H
#define HVCPUID_C_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

/* The umbrella header's file name and the names hvcpuid keeps for itself. */
#define HV_C_UMBRELLA "hvcpuid.h"

typedef enum hv_c_kind {
    HV_C_MACRO, /* a macro name defined at file scope */
    HV_C_TOKEN, /* a lowercase token passed to the X-macros in hvcpuid.h */
    HV_C_FILE,  /* a header file name under include/hvcpuid/ */
} hv_c_kind;

/* One generated name and where it comes from. `key` identifies the registry
 * object exactly (ids, offsets, names as written): two names with equal keys
 * come from a duplicate another check already reports, not from mangling. */
typedef struct hv_c_name {
    hv_c_kind kind;
    const char *name;   /* valid during the callback only */
    const char *key;    /* valid during the callback only; NULL without details */
    const char *origin; /* "field 'mode' in acme leaf 0x01 eax"; valid during the callback */
    hv_loc loc;         /* file NULL: a name hvcpuid itself defines */
} hv_c_name;

typedef void (*hv_c_name_fn)(void *arg, const hv_c_name *name);

/* Calls `fn` for every name the headers of `reg` define, built-in names
 * first, in an order that depends on the registry only. Objects with
 * valid == false are skipped. Returns false when out of memory (the walk is
 * then incomplete). Without `details` the walk formats no key and no origin
 * below the interface level (key is NULL; origin is set for the built-in
 * names and an interface's own token, file and macros, NULL otherwise):
 * the cheap pass a collision search makes over every name. */
bool hv_c_names_walk(const hv_registry *reg, bool details, hv_c_name_fn fn, void *arg);
/* hv_c_names_walk with details. */
bool hv_c_names_each(const hv_registry *reg, hv_c_name_fn fn, void *arg);

/* Name builders: each appends to `sb`. */
void hv_c_upper(hv_strbuf *sb, const char *id_or_name);         /* "qemu-kvm" -> QEMU_KVM */
void hv_c_token(hv_strbuf *sb, const char *id);                 /* "qemu-kvm" -> qemu_kvm */
void hv_c_iface_file(hv_strbuf *sb, const hv_interface *iface); /* qemu_kvm.h */
void hv_c_iface_stem(hv_strbuf *sb, const hv_interface *iface); /* HVCPUID_QEMU_KVM */
void hv_c_leaf_stem(hv_strbuf *sb, const hv_leaf *leaf);        /* ..._FEATURES */
void hv_c_reg_stem(hv_strbuf *sb, const hv_register *reg);      /* ..._FEATURES_EAX, or an MSR's */
void hv_c_msr_stem(hv_strbuf *sb, const hv_msr *msr);           /* HVCPUID_KVM_MSR_STEAL_TIME */
void hv_c_field_stem(hv_strbuf *sb, const hv_field *field);     /* ..._EAX_CLOCKSOURCE */
void hv_c_value_name(hv_strbuf *sb, const hv_field *field, const hv_enum_value *value);

/* HVCPUID_KVM_SHOWN_BY_OPENBSD_VMM: the stem of the vendor string a product
 * shows for an interface. */
void hv_c_shown_stem(hv_strbuf *sb, const hv_interface *iface, const hv_presents *pr);
/* Does the placement show a vendor string of its own for its interface, one
 * a guest must know to recognise the interface there (12 bytes, not the
 * interface's own), by a product that places anything? */
bool hv_c_shows_other_string(const hv_presents *pr);

/* "_LEAF_AT_40000100": the suffix naming a leaf's number at one base. */
void hv_c_base_suffix(hv_strbuf *sb, uint32_t base);
/* "_AT_40000200": the suffix naming an MSR's address at one MSR base. */
void hv_c_msr_base_suffix(hv_strbuf *sb, uint32_t base);

/* Fixed macro names every header (or the umbrella) defines; NULL-terminated. */
const char *const *hv_c_builtin_macros(void);
/* Those the headers add when the registry defines any MSR (the 64-bit type,
 * the software MSR range); NULL-terminated. */
const char *const *hv_c_builtin_msr_macros(void);
/* Header file names hvcpuid keeps for itself; NULL-terminated. */
const char *const *hv_c_builtin_files(void);

/* True when `token` is a keyword of C89..C23 or C++98..C++20 (alternative
 * tokens such as `and` included) or a macro GCC and Clang predefine in GNU
 * modes (`linux`, `unix`, `i386`). */
bool hv_c_is_keyword(const char *token);

/* The standard header (such as "errno.h") that defines `token` as a macro,
 * or may: a C or POSIX library macro that an X-macro argument would expand
 * into where the header is included; NULL when none does. */
const char *hv_c_library_header(const char *token);
/* The i-th library macro name in sorted order (NULL past the end), for the
 * tests that hold the table sorted and complete. */
const char *hv_c_library_name(size_t i);

#endif
