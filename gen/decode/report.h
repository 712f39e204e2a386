/* gen/decode/report.h - what `decode` and `probe` print: every hypervisor found
 * in a set of CPUID results, each field decoded, unknown leaves raw, and
 * the findings, as text for a person or JSON (docs/json.md). Both commands
 * use this one printer, so `probe --format=raw | decode` equals `probe`. */
#ifndef HVCPUID_DECODE_REPORT_H
#define HVCPUID_DECODE_REPORT_H

#include <stdbool.h>

#include "lib/hvcpuid.h"
#include "validate/util/strbuf.h"

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

/* Decodes and prints; `json` selects the format. */
hv_decode_counts hv_decode_report(const hv_decode_input *in, bool json, hv_strbuf *out);

/* "cpuid -r" lines for the results (what `probe --format=raw` prints). */
void hv_decode_print_raw(const hvcpuid_results *results, hv_strbuf *out);

#endif
