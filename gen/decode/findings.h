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

#include "lib/hvcpuid.h"

typedef struct hv_decode_input {
    const hvcpuid_tables *tables;
    const hvcpuid_results *results; /* the decoded CPU */
    unsigned cpus;                  /* CPUs in the source */
    unsigned cpus_differing;        /* of those, CPUs whose hypervisor leaves differ */
    unsigned first_diff_cpu;
    uint32_t first_diff_leaf, first_diff_subleaf;
} hv_decode_input;

typedef struct hv_decode_counts {
    unsigned errors, warnings;
} hv_decode_counts;

/* One finding, worded. */
typedef struct hv_decode_finding {
    bool error;
    const char *kind;
    uint32_t leaf, subleaf;
    bool has_leaf, has_subleaf;
    int reg; /* -1: none */
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

/* Runs lib/ over the input and words its findings into `r` (zeroed first);
 * false when out of memory. hv_decode_findings_free releases them. */
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
/* The definition of a result's leaf in the found interface, or NULL. */
const hvcpuid_leaf_def *hv_decode_def_of(const hvcpuid_found *f, const hvcpuid_result *res);
/* The 12 bytes as a quoted C-style string. */
void hv_decode_signature_text(const uint8_t sig[12], char *buf, size_t cap);

#endif
