/* gen/emit/upstream_entry.h - one upstream macro name of an interface, as
 * gen/emit/upstream.c (the CPUID leaves and fields, and the writing) and
 * gen/emit/upstream_msr.c (the synthetic MSRs and their spellings) share it.
 * Internal to those two files. */
#ifndef HVCPUID_EMIT_UPSTREAM_ENTRY_H
#define HVCPUID_EMIT_UPSTREAM_ENTRY_H

#include <stdbool.h>
#include <stdint.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

typedef enum entry_kind {
    ENTRY_LEAF,      /* a leaf at the default base */
    ENTRY_BIT,       /* a field's bit number (CPUID or MSR) */
    ENTRY_MASK,      /* a CPUID field's mask in place */
    ENTRY_MSR,       /* an MSR's address at the default MSR base */
    ENTRY_MSR_ALIAS, /* the same, under the MSR's second name */
    ENTRY_MSR_SHIFT, /* an MSR field's lsb (upstream-shift=) */
    ENTRY_MSR_MASK,  /* an MSR field's or reserved range's 64-bit mask in place */
} entry_kind;

/* One upstream name of an interface and what it stands for. */
typedef struct entry {
    const char *name;
    entry_kind kind;
    const hv_leaf *leaf;   /* the leaf or the field's leaf; NULL for MSR entries */
    const hv_msr *msr;     /* the MSR, for MSR entries */
    const hv_field *field; /* NULL for ENTRY_LEAF, ENTRY_MSR, ENTRY_MSR_ALIAS */
    uint64_t value;        /* the leaf or address, the bit number or shift, or the mask */
    /* ENTRY_MSR_ALIAS: the MSR's ENTRY_MSR; ENTRY_MSR_MASK: the field's
     * ENTRY_MSR_SHIFT; NULL when none is written */
    const struct entry *primary;
    const char *skip; /* why it is not written, or NULL */
    bool repeat;      /* the same name and value again: written once */
} entry;

/* Entries the MSRs of `iface` can add, at most. */
size_t hv_upstream_msr_capacity(const hv_interface *iface);
/* Appends the MSR entries of `iface` at out[*n], advancing *n. */
void hv_upstream_msr_collect(const hv_interface *iface, entry *out, size_t *n);
/* The value of an MSR entry as written outside the kernel; `kernel`: as
 * written under __KERNEL__ instead; `literal`: without naming another macro
 * (an alias's number, not its primary name), to compare upstream's with. */
void hv_upstream_msr_value(hv_strbuf *sb, const entry *e, bool kernel, bool literal);
/* Whether the value needs a 64-bit type (C99 or C++11) to be evaluated. */
bool hv_upstream_msr_needs_u64(const entry *e);
/* Whether upstream's value is left unchecked (upstream_msr.c says why). */
bool hv_upstream_msr_unchecked(const entry *e);
/* "MSR 0x40000001 hypercall [63:12] gpa_page, a mask.", for the comment. */
void hv_upstream_msr_origin(hv_strbuf *text, const entry *e);
/* Whether `iface`'s upstream header is a Linux kernel-internal one. */
bool hv_upstream_kernel_spelled(const hv_interface *iface);

#endif
