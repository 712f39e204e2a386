/* gen/decode/report.c - the decode report: collects the findings
 * (gen/decode/findings.c) and hands them to the text or JSON layout
 * (gen/decode/text.c, gen/decode/json.c); also prints results as cpuid -r
 * lines. */
#include "gen/decode/report.h"

#include <stdlib.h>

#include "gen/decode/layouts.h"

hv_decode_counts hv_decode_report(const hv_decode_input *in, hv_decode_style style, hv_strbuf *out)
{
    hv_decode_findings *r = malloc(sizeof *r); /* the analysis is large for a stack */
    hv_decode_counts counts = {0, 0};
    if (!r || !hv_decode_findings_collect(r, in)) {
        out->failed = true; /* the caller reports it: no partial report */
    } else if (style.json) {
        hv_decode_json(out, r);
    } else {
        hv_decode_text(out, r, style);
    }
    if (r) {
        counts = r->counts;
        hv_decode_findings_free(r);
    }
    free(r);
    return counts;
}

/* Line 1 is the heading, so result i is on line i + 2: what probe's
 * findings name, and what decode of this output reads. */
void hv_decode_print_raw(const hvcpuid_results *results, hv_strbuf *out)
{
    hv_strbuf_puts(out, "CPU 0:\n");
    for (size_t i = 0; i < results->count; i++) {
        const hvcpuid_result *res = &results->items[i];
        hv_strbuf_printf(out, "   0x%08x 0x%02x: eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n",
                         res->leaf, res->subleaf, res->regs[0], res->regs[1], res->regs[2],
                         res->regs[3]);
    }
}
