/* gen/decode/layouts.h - the two layouts of a decode report, each a reader of
 * the findings (gen/decode/findings.h): text.c for a person, json.c for
 * tools (docs/json.md). gen/decode/report.c picks one. */
#ifndef HVCPUID_DECODE_LAYOUTS_H
#define HVCPUID_DECODE_LAYOUTS_H

#include "gen/decode/findings.h"
#include "validate/util/strbuf.h"

void hv_decode_text(hv_strbuf *out, const hv_decode_findings *r, hv_decode_style style);
void hv_decode_json(hv_strbuf *out, const hv_decode_findings *r);

#endif
