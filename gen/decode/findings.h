/* gen/decode/findings.h - what a decode report is made of: lib/'s analysis of
 * a set of CPUID results and its findings, each worded once, with the
 * helpers both layouts (gen/decode/text.c, gen/decode/json.c) read them
 * through. It sits below the layouts; gen/decode/report.c, above them,
 * collects the findings and picks a layout. */
#ifndef HVCPUID_DECODE_FINDINGS_H
#define HVCPUID_DECODE_FINDINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/hvcpuid-runtime.h"

typedef struct hv_decode_input {
    const hvcpuid_tables *tables;
    const hvcpuid_results *results; /* the decoded CPU */
    const char *source;             /* what findings name: the dump ("<stdin>"), or "probe" */
    bool strict;                    /* registry gaps are errors (decode --strict) */
    unsigned cpus;                  /* CPUs in the source */
    unsigned cpus_differing;        /* of those, CPUs whose hypervisor leaves differ */
    unsigned first_diff_cpu;
    uint32_t first_diff_leaf, first_diff_subleaf;
    uint32_t first_diff_line; /* 0 when that CPU lacks the leaf */
} hv_decode_input;

/* How a report is laid out (docs/decoder.md, "Output"). */
typedef struct hv_decode_style {
    bool json; /* JSON (every field) rather than text */
    bool wide; /* text: one line per field and finding, no wrapping */
    bool all;  /* text: every field, zero flags and reserved ranges too */
} hv_decode_style;

typedef struct hv_decode_counts {
    unsigned errors, warnings;
} hv_decode_counts;

/* One finding, worded. */
typedef struct hv_decode_finding {
    bool error;
    bool gap; /* the registry lacks what the data sets (an error only when strict) */
    const char *kind;
    uint32_t leaf, subleaf;
    bool has_leaf, has_subleaf;
    uint32_t line; /* the dump line it is about, 0 when none */
    size_t seq;    /* the order it was found in (ties of line keep it) */
    int reg;       /* -1: none */
    uint32_t bits;
    char *message;
} hv_decode_finding;

/* The analysis of one input and every finding about it, in report order. */
typedef struct hv_decode_findings {
    const hv_decode_input *in;
    hvcpuid_analysis a;
    hv_decode_finding *items;
    size_t count, cap;
    hv_decode_counts counts;
    bool failed; /* out of memory: a finding is missing */
} hv_decode_findings;

/* Runs lib/ over the input and words its findings into `r` (zeroed first),
 * in dump-line order (those about no line last); false when out of memory. hv_decode_findings_free
 * releases them. */
bool hv_decode_findings_collect(hv_decode_findings *r, const hv_decode_input *in);
void hv_decode_findings_free(hv_decode_findings *r);

/* Bits of each register that no field or reserved range covers. */
void hv_decode_undescribed(const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                           uint32_t loose[4]);
/* Why a hypervisor-range leaf outside every found window is there (a JSON
 * reason string); *ref is the leaf a mirror or echo repeats. */
const char *hv_decode_other_reason(const hv_decode_findings *r, const hvcpuid_result *res,
                                   uint32_t *ref);
/* A hypervisor-range leaf outside every found hypervisor's leaves. */
bool hv_decode_is_other(const hv_decode_findings *r, const hvcpuid_result *res);
/* The definition a result decodes with (lib's hvcpuid_decode_def: its own,
 * or the missing sub-leaf whose layout it holds), or NULL. */
const hvcpuid_leaf_def *hv_decode_def_of(const hv_decode_findings *r, const hvcpuid_found *f,
                                         const hvcpuid_result *res);
/* The 12 bytes as a quoted C-style string. */
void hv_decode_signature_text(const uint8_t sig[12], char *buf, size_t cap);
/* A field's value as a person reads it: a flag 0/1, an enumerated name
 * with its number, a number with its unit ("2400010 kHz (2.40 GHz)"), hex
 * for addresses and leaf numbers, hex and text for signature bytes. */
void hv_decode_value_text(const hvcpuid_field *fd, uint32_t v, char *buf, size_t cap);
/* "bit 3", "bits 20:12, 1": the set bits of a mask, highest first. */
void hv_decode_bits_text(uint32_t mask, char *buf, size_t cap);
/* The products found, as a person names them: "Xen", or "KVM (one of:
 * QEMU/KVM; ...)" when several registered products show what was found. */
void hv_decode_products_text(const hv_decode_findings *r, char *buf, size_t cap);

#endif
