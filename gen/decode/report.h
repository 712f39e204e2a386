/* gen/decode/report.h - what `decode` and `probe` print: every hypervisor found
 * in a set of CPUID results, each field decoded, unknown leaves raw, and
 * the findings, as text for a person or JSON (docs/json.md). Both commands
 * use this one printer, so `probe --format=raw | decode` equals `probe`.
 * The input and the counts are declared with the findings
 * (gen/decode/findings.h). */
#ifndef HVCPUID_DECODE_REPORT_H
#define HVCPUID_DECODE_REPORT_H

#include <stdbool.h>

#include "gen/decode/findings.h"
#include "validate/util/strbuf.h"

/* Decodes and prints in the style asked for. */
hv_decode_counts hv_decode_report(const hv_decode_input *in, hv_decode_style style, hv_strbuf *out);

/* "cpuid -r" lines for the results (what `probe --format=raw` prints). */
void hv_decode_print_raw(const hvcpuid_results *results, hv_strbuf *out);

#endif
