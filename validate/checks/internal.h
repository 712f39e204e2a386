/* validate/checks/internal.h - what check implementations share: their entry points
 * (listed in the table in checks.c), by the file of the object they are
 * about, and a visitor over every register. */
#ifndef HVCPUID_CHECKS_INTERNAL_H
#define HVCPUID_CHECKS_INTERNAL_H

#include "validate/blame.h"
#include "validate/checks.h"
#include "validate/claims.h"
#include "validate/diag.h"
#include "validate/model.h"

/* validate/checks/signatures.c */
void hv_check_signature(const hv_check_ctx *ctx);
void hv_check_duplicate_vendor_signature(const hv_check_ctx *ctx);
void hv_check_duplicate_interface_signature(const hv_check_ctx *ctx);
/* validate/checks/ids.c */
void hv_check_name_syntax(const hv_check_ctx *ctx);
void hv_check_duplicate_id(const hv_check_ctx *ctx);
void hv_check_unknown_reference(const hv_check_ctx *ctx);
/* validate/checks/leaves.c */
void hv_check_leaf_offset_range(const hv_check_ctx *ctx);
void hv_check_duplicate_leaf(const hv_check_ctx *ctx);
void hv_check_max_leaf(const hv_check_ctx *ctx);
/* validate/checks/fields.c */
void hv_check_bit_range(const hv_check_ctx *ctx);
void hv_check_field_overlap(const hv_check_ctx *ctx);
void hv_check_duplicate_field_name(const hv_check_ctx *ctx);
void hv_check_duplicate_register(const hv_check_ctx *ctx);
void hv_check_enum_value(const hv_check_ctx *ctx);
void hv_check_register_gap(const hv_check_ctx *ctx);
/* validate/checks/c_identifier.c */
void hv_check_c_identifier(const hv_check_ctx *ctx);
/* validate/checks/allocations.c */
/* allocation-, reservation-, withdrawn- and acknowledged-overlap: data is
 * the hv_overlap_kind of the pairs the row reports */
typedef struct hv_overlap_kind {
    hv_standing standing; /* of the weaker allocation */
    bool acknowledged;    /* instead: the pairs an <acknowledges> lowers */
} hv_overlap_kind;
void hv_check_allocation_overlap(const hv_check_ctx *ctx);
void hv_check_leaf_outside_allocation(const hv_check_ctx *ctx);
/* validate/checks/placement.c */
void hv_check_base_range(const hv_check_ctx *ctx);
void hv_check_placement_overlap(const hv_check_ctx *ctx);

/* validate/checks/msrs.c: synthetic MSRs (docs/checks.md, "Synthetic MSRs") */
void hv_check_msr_bit_range(const hv_check_ctx *ctx);
void hv_check_msr_field_overlap(const hv_check_ctx *ctx);
void hv_check_duplicate_msr(const hv_check_ctx *ctx);
void hv_check_unknown_msr(const hv_check_ctx *ctx);
void hv_check_msr_outside_allocation(const hv_check_ctx *ctx);
void hv_check_msr_placement_overlap(const hv_check_ctx *ctx);
/* A span of MSR addresses, and the qsort order of spans (by first, then
 * last), shared by msrs.c and msr_placement.c. */
typedef struct hv_msr_span {
    uint32_t first, last;
} hv_msr_span;
int hv_msr_compare_spans(const void *pa, const void *pb);
void hv_check_msr_software_range(const hv_check_ctx *ctx);
/* the MSR and MSR allocation ids and names, for [name-syntax] */
void hv_msr_name_syntax(const hv_check_ctx *ctx);

typedef void (*hv_register_visitor)(const hv_check_ctx *ctx, const hv_register *reg);
/* Calls `visit` for every register of every leaf of every interface, in
 * registry order. */
void hv_visit_registers(const hv_check_ctx *ctx, hv_register_visitor visit);
/* The same for the 64-bit value of every MSR of every interface. */
void hv_visit_msr_registers(const hv_check_ctx *ctx, hv_register_visitor visit);

/* The per-register halves of checks that CPUID registers and MSRs share:
 * bits inside the register's width ([bit-range], [msr-bit-range]), no
 * overlap ([field-overlap], [msr-field-overlap]), enumerated values
 * ([enum-value]), names ([name-syntax]), alternative-to ([unknown-reference]). */
void hv_bit_range_in(const hv_check_ctx *ctx, const hv_register *reg);
void hv_field_overlap_in(const hv_check_ctx *ctx, const hv_register *reg);
void hv_enum_values_in(const hv_check_ctx *ctx, const hv_register *reg);
void hv_names_in(const hv_check_ctx *ctx, const hv_register *reg);
void hv_alternative_refs_in(const hv_check_ctx *ctx, const hv_register *reg);
/* [name-syntax]'s report for one id or name, so MSRs are worded alike. */
void hv_bad_id(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *id);
void hv_bad_name(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *name);

/* "kvm leaf 0x01 eax" or "kvm MSR 0x4b564d01 system_time_new": how
 * diagnostics name a register. */
const char *hv_describe_register(const hv_register *reg, char *buf, size_t cap);

#endif
