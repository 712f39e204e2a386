/* validate/model.h - the in-memory registry: vendors, interfaces, leaves, registers,
 * fields, allocations and hypervisors, each with the source location it came
 * from. Everything is owned by the registry's arena; the model holds no
 * libxml2 objects, so emitters and checks never touch the XML again.
 *
 * Objects whose numbers failed to parse are kept (so later references still
 * resolve) but carry valid == false; checks skip invalid objects, which keeps
 * one bad number from cascading into a page of follow-on diagnostics. */
#ifndef HVCPUID_MODEL_H
#define HVCPUID_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/util/arena.h"

#define HV_LEAF_RANGE_FIRST 0x40000000u
#define HV_LEAF_RANGE_LAST  0x4000FFFFu
#define HV_BASE_LAST        0x4000FF00u
#define HV_BASE_STEP        0x100u
/* The MSR range Intel's SDM keeps free of architectural MSRs, for software
 * (docs/checks.md, [msr-software-range]). */
#define HV_MSR_SOFTWARE_FIRST 0x40000000u
#define HV_MSR_SOFTWARE_LAST  0x400000FFu

/* Where an object came from: file as named on the command line or by the
 * root registry, 1-based line and column (0 when unknown). */
typedef struct hv_loc {
    const char *file;
    unsigned line, col;
} hv_loc;

typedef enum hv_status {
    HV_STATUS_ACTIVE,
    HV_STATUS_DEPRECATED,
    HV_STATUS_PROPOSED,
    HV_STATUS_WITHDRAWN,
    HV_STATUS_RESERVED,
    HV_STATUS_DISPUTED,
    HV_STATUS_LAPSED, /* a proposal never adopted nor formally withdrawn, no longer pursued */
    HV_STATUS_COUNT
} hv_status;

typedef enum hv_reg { HV_REG_EAX, HV_REG_EBX, HV_REG_ECX, HV_REG_EDX, HV_REG_COUNT } hv_reg;

/* What an upstream macro name stands for, so conformance tests know how to
 * compare it: a bit number, an in-place mask, or only a name (a label from a
 * document or a project whose value is not a C macro). */
typedef enum hv_upstream_kind {
    HV_UPSTREAM_NONE,
    HV_UPSTREAM_BIT,
    HV_UPSTREAM_MASK,
    HV_UPSTREAM_LABEL,
} hv_upstream_kind;

typedef struct hv_source {
    hv_loc loc;
    const char *repo, *path, *commit, *url, *title, *note;
} hv_source;

typedef struct hv_sources {
    hv_source *items;
    size_t count;
} hv_sources;

/* A signature after unescaping: 12 bytes (vendor) or 4 (interface). `len`
 * is the real unescaped length, which checks compare with the required one. */
typedef struct hv_signature {
    bool present; /* the attribute was given */
    bool valid;   /* unescaped cleanly (escapes well-formed) */
    unsigned char bytes[64];
    size_t len;       /* bytes used; may exceed the required length */
    const char *text; /* as written in the registry */
    hv_loc loc;
} hv_signature;

typedef struct hv_enum_value {
    hv_loc loc;
    bool valid;
    uint32_t value;
    const char *name, *doc;
} hv_enum_value;

struct hv_register;
struct hv_msr;

/* A finding the registry accepts on purpose (<acknowledge check=...>), with
 * the reason: the check stays quiet there and cites it to newcomers. */
typedef struct hv_check_ack {
    hv_loc loc;
    const char *check;
    const char *reason;
} hv_check_ack;

typedef struct hv_check_acks {
    hv_check_ack *items;
    size_t count;
} hv_check_acks;

/* A space-separated list of MSR names (announces=, msrs=) as written, and
 * each name resolved to an MSR of the interface (NULL when unknown). */
typedef struct hv_msr_refs {
    bool present;
    hv_loc loc;
    const char **names;
    const struct hv_msr **msrs;
    size_t count;
    /* the resolved MSRs in address order, unique (set by the indexer), so
     * "is this MSR in the list" is a binary search */
    const struct hv_msr **sorted;
    size_t sorted_count;
} hv_msr_refs;

typedef struct hv_field {
    hv_loc loc;
    bool valid;    /* bits parsed and both within 0..31 with msb >= lsb */
    bool reserved; /* a <reserved> range rather than a named field */
    unsigned msb, lsb;
    const char *bits_text;
    const char *name; /* NULL for reserved ranges */
    const char *upstream;
    hv_upstream_kind upstream_kind;
    hv_status status;
    const char *alternative_to; /* name of the field this one is another reading of */
    const char *replaced_by;    /* a deprecated field's successor in the same leaf */
    const char *doc;
    hv_enum_value *values;
    size_t value_count;
    hv_sources sources;
    struct hv_register *reg;
    /* CPUID fields only: the MSRs a set bit announces (announces=) */
    hv_msr_refs announces;
    /* MSR fields only: a macro whose value is the field's lsb */
    const char *upstream_shift;
} hv_field;

struct hv_leaf;

/* A CPUID register of a leaf (32 bits), or the value of an MSR (64 bits:
 * then `msr` is set and `leaf` is NULL, and `reg` means nothing). */
typedef struct hv_register {
    hv_loc loc;
    hv_reg reg;
    hv_field *fields; /* sorted by lsb, then msb, then source order */
    size_t field_count;
    /* the named fields sorted by name, then by position in `fields`, so a
     * lookup by name is a binary search (NULL: fall back to a scan) */
    const hv_field **by_name;
    size_t named_count;
    struct hv_leaf *leaf;
    struct hv_msr *msr;
} hv_register;

struct hv_interface;

typedef enum hv_msr_access {
    HV_MSR_ACCESS_NONE, /* not stated */
    HV_MSR_ACCESS_R,
    HV_MSR_ACCESS_W,
    HV_MSR_ACCESS_RW,
} hv_msr_access;

/* A synthetic MSR: its address at the interface's default MSR base, and its
 * 64-bit value's fields (in `value`, a register whose `msr` points back). */
typedef struct hv_msr {
    hv_loc loc;
    bool valid; /* the address parsed */
    uint32_t address;
    const char *name, *upstream, *upstream_alias, *doc;
    hv_msr_access access;
    hv_status status;
    hv_register value;
    hv_sources sources;
    struct hv_interface *iface;
} hv_msr;

/* <msr-base>: the interface's MSRs sit at a base a CPUID field reports
 * (Xen: leaf base+2 EBX); products may place it elsewhere. */
typedef struct hv_msr_base {
    bool present, valid; /* valid: default and leaf parsed */
    hv_loc loc;
    uint32_t default_base;
    uint32_t leaf_offset;
    const char *field_name;
    const hv_field *field; /* resolved, or NULL */
} hv_msr_base;

typedef struct hv_leaf {
    hv_loc loc;
    bool valid;
    uint32_t offset; /* from the interface's base */
    bool has_subleaf;
    uint32_t subleaf; /* ECX input, when has_subleaf */
    const char *name, *upstream, *doc;
    hv_status status;
    hv_register *registers; /* sorted eax, ebx, ecx, edx */
    size_t register_count;
    hv_sources sources;
    struct hv_interface *iface;
} hv_leaf;

struct hv_vendor;
struct hv_allocation;

/* <acknowledges allocation="ID">reason</acknowledges> inside an allocation:
 * a known overlap with another allocation that the registry records as
 * history (Hyper-V's reserved window against the generic timing leaf)
 * rather than a conflict to fix. It lowers a tentative or retired overlap
 * to the informational [acknowledged-overlap]; two allocations in force
 * still collide. */
typedef struct hv_ack {
    hv_loc loc;
    const char *allocation_id;
    struct hv_allocation *allocation; /* resolved, or NULL */
    const char *reason;               /* white space folded; "" when none is given */
} hv_ack;

/* Ownership of a range of offsets in a base window. An allocation inside an
 * interface belongs to that interface's namespace; one directly inside a
 * vendor (owner == NULL) is generic: it claims those offsets for every
 * hypervisor at any base (the 2008 vendor-neutral proposal, the timing leaf). */
typedef struct hv_allocation {
    hv_loc loc;
    bool valid;
    const char *id, *name, *doc;
    uint32_t first, last;
    hv_status status;
    hv_sources sources;
    hv_ack *acks;
    size_t ack_count;
    struct hv_interface *owner;
    struct hv_vendor *vendor;
    hv_check_acks check_acks; /* MSR allocations only */
} hv_allocation;

/* <follows allocation="ID"/>: the interface's leaves in that generic
 * allocation's range follow the shared definition instead of colliding. */
typedef struct hv_follows {
    hv_loc loc;
    const char *allocation_id;
    hv_allocation *allocation; /* resolved, or NULL */
} hv_follows;

typedef struct hv_interface {
    hv_loc loc;
    const char *id, *name, *doc;
    hv_signature vendor_sig; /* base+0 EBX:ECX:EDX */
    hv_signature iface_sig;  /* base+1 EAX */
    bool signature_uncertain;
    bool has_default_base, default_base_valid;
    uint32_t default_base;
    bool has_min_base, min_base_valid;
    uint32_t min_base;
    bool has_max_leaf, max_leaf_valid;
    uint32_t max_leaf; /* highest offset the interface may report */
    hv_loc max_leaf_loc;
    hv_status status;
    hv_allocation *allocations;
    size_t allocation_count;
    hv_follows *follows;
    size_t follows_count;
    hv_leaf *leaves; /* sorted by offset, then subleaf, then source order */
    size_t leaf_count;
    hv_msr_base msr_base;
    hv_allocation *msr_allocations; /* in MSR space, not in reg->allocations */
    size_t msr_allocation_count;
    hv_msr *msrs; /* sorted by address, then source order */
    size_t msr_count;
    /* the named MSRs sorted by name, then address order (set by the
     * indexer), so a lookup by name is a binary search */
    const hv_msr **msrs_by_name;
    size_t msr_named_count;
    hv_sources sources;
    struct hv_vendor *vendor;
    /* every <presents> of this interface by a hypervisor that is not
     * withdrawn (set by the loader), so its bases are found without scanning
     * every hypervisor */
    struct hv_presents **placements;
    size_t placement_count;
    /* every base it is registered at: the default base and each valid
     * placement's, sorted and unique (set by the loader) */
    uint32_t *bases;
    size_t base_count;
} hv_interface;

typedef struct hv_presents {
    hv_loc loc;
    bool valid;
    const char *interface_id;
    hv_interface *iface; /* resolved, or NULL */
    uint32_t base;
    hv_signature vendor_sig; /* when the product shows another vendor string */
    const char *overrides;   /* id of an interface at the same base it takes precedence over */
    const char *doc;
    struct hv_hypervisor *hypervisor; /* the product that places it (set by the loader) */
    bool has_msr_base, msr_base_valid;
    uint32_t msr_base; /* where the product puts a relocatable MSR base */
    hv_loc msr_base_loc;
    hv_msr_refs msrs; /* the MSRs it implements; absent: all */
    hv_check_acks check_acks;
} hv_presents;

typedef struct hv_hypervisor {
    hv_loc loc;
    const char *id, *name, *doc;
    hv_status status;
    hv_presents *presents;
    size_t presents_count;
    hv_sources sources;
    struct hv_vendor *vendor;
} hv_hypervisor;

typedef struct hv_vendor {
    hv_loc loc;
    const char *id, *name, *doc;
    const char *file;
    hv_interface *interfaces;
    size_t interface_count;
    hv_hypervisor *hypervisors;
    size_t hypervisor_count;
    hv_allocation *allocations; /* generic allocations */
    size_t allocation_count;
    hv_sources sources;
} hv_vendor;

/* A loaded registry. The sorted pointer arrays give emitters a deterministic
 * order (by id) independent of file and element order. */
typedef struct hv_registry {
    hv_arena *arena;
    const char **files; /* every file read, in load order */
    size_t file_count;
    size_t bytes; /* their size together: what outputs are bounded by */
    hv_vendor **vendors;
    size_t vendor_count;
    hv_interface **interfaces;
    size_t interface_count;
    hv_hypervisor **hypervisors;
    size_t hypervisor_count;
    hv_allocation **allocations; /* every allocation, generic and owned */
    size_t allocation_count;
    hv_allocation **allocations_by_id; /* those with an id, by id then location */
    size_t allocation_id_count;
} hv_registry;

const char *hv_status_name(hv_status status);
/* In force: active, deprecated or disputed. What is in force is published:
 * it claims its offsets fully and must not change incompatibly; proposals,
 * reservations and withdrawn entries are not. */
bool hv_status_in_force(hv_status status);
/* Retired: withdrawn or lapsed. A retired allocation claims nothing and a
 * retired product places nothing; both stay as history. */
bool hv_status_retired(hv_status status);
const char *hv_reg_name(hv_reg reg);
const char *hv_upstream_kind_name(hv_upstream_kind kind);

/* Lookups by id over the sorted arrays; NULL when absent. */
hv_interface *hv_registry_find_interface(const hv_registry *reg, const char *id);
hv_allocation *hv_registry_find_allocation(const hv_registry *reg, const char *id);

/* Every base the interface is registered at: its default base and each
 * <presents> base of a hypervisor that is not withdrawn, sorted and unique.
 * Returns the count written (<= max); bases past `max` distinct ones are
 * left out (never a repeat crowding out a distinct base). */
size_t hv_interface_bases(const hv_registry *reg, const hv_interface *iface, uint32_t *bases,
                          size_t max);

/* Orders locations by file name, line, column (for "first defined here"). */
int hv_loc_compare(hv_loc a, hv_loc b);

/* The field of that name in the register (the first in bit order when the
 * name is used twice), or NULL. O(log n) once the loader built `by_name`. */
const hv_field *hv_register_find_field(const hv_register *reg, const char *name);

/* Mask of a field's bits within its 32-bit register. */
uint32_t hv_field_mask(const hv_field *field);
/* Mask of a field's bits within its register or MSR (up to 64 bits). */
uint64_t hv_field_mask64(const hv_field *field);
/* 32 for a CPUID register, 64 for an MSR. */
unsigned hv_register_width(const hv_register *reg);
const char *hv_msr_access_name(hv_msr_access access);
/* The MSR of that name in the interface (the first in address order when
 * the name is used twice), or NULL; O(log n) once indexed. */
const hv_msr *hv_interface_find_msr(const hv_interface *iface, const char *name);
/* Calls fn for each CPUID field of the MSR's interface whose announces=
 * names it, in leaf, register and lsb order; returns how many. */
size_t hv_msr_announcers(const hv_msr *m, void (*fn)(void *ctx, const hv_field *f), void *ctx);
/* The acknowledgement of `check` in the list, or NULL. */
const hv_check_ack *hv_check_acks_find(const hv_check_acks *acks, const char *check);

void hv_registry_free(hv_registry *reg);

#endif
