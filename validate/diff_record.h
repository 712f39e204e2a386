/* validate/diff_record.h - how the parts of validate/diff.c record what they
 * find: shared by diff.c (interfaces, leaves, allocations, products) and
 * diff_fields.c (fields and values). Internal to the diff. */
#ifndef HVCPUID_DIFF_RECORD_H
#define HVCPUID_DIFF_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/diff.h"

/* Records a change; `detail_fmt` may be NULL. Returns the record so the
 * caller can mark it incompatible, or NULL when out of memory. */
hv_change *hv_diff_add(hv_diff *d, hv_change_kind kind, const char *object, hv_loc old_loc,
                       hv_loc new_loc, const char *subject, const char *detail_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* A removal shows in the new registry at the object that held it. */
void hv_diff_anchor_at(hv_change *c, hv_loc parent);
void hv_diff_mark_incompatible(hv_diff *d, hv_change *c, bool incompatible);
/* The leaf and its interface are in force. */
bool hv_diff_leaf_published(const hv_leaf *leaf);
/* "eax bit 3" or "eax bits 23:18" */
const char *hv_diff_describe_bits(const hv_field *f, char *buf, size_t cap);
/* "kvm leaf 0x01" or "kvm leaf 0x04 sub-leaf 1" */
const char *hv_diff_leaf_subject(const hv_leaf *leaf, char *buf, size_t cap);
/* The fields of a leaf present in both registries. */
void hv_diff_fields(hv_diff *d, const hv_leaf *ol, const hv_leaf *nl);

#endif
