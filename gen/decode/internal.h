/* gen/decode/internal.h - what the decode printers share (gen/ only): the
 * findings lib/ reported, worded once, and the helpers both the text
 * (gen/decode/text.c) and JSON (gen/decode/json.c) layouts use. */
#ifndef HVCPUID_DECODE_INTERNAL_H
#define HVCPUID_DECODE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen/decode/report.h"

/* One finding, worded. */
typedef struct hv_report_item {
    bool error;
    const char *kind;
    uint32_t leaf, subleaf;
    bool has_leaf, has_subleaf;
    int reg; /* -1: none */
    uint32_t bits;
    char *message;
} hv_report_item;

typedef struct hv_report_state {
    const hv_decode_input *in;
    hvcpuid_analysis a;
    hv_report_item *items;
    size_t count, cap;
    hv_decode_counts counts;
} hv_report_state;

/* Bits of each register that no field or reserved range covers. */
void hv_report_undescribed(const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                           uint32_t loose[4]);
/* Why a hypervisor-range leaf outside every found window is there (a JSON
 * reason string); *ref is the leaf a mirror or echo repeats. */
const char *hv_report_other_reason(const hv_report_state *r, const hvcpuid_result *res,
                                   uint32_t *ref);
/* A hypervisor-range leaf outside every found hypervisor's leaves. */
bool hv_report_is_other(const hv_report_state *r, const hvcpuid_result *res);
/* The definition of a result's leaf in the found interface, or NULL. */
const hvcpuid_leaf_def *hv_report_def_of(const hvcpuid_found *f, const hvcpuid_result *res);
/* The 12 bytes as a quoted C-style string. */
void hv_report_signature_text(const uint8_t sig[12], char *buf, size_t cap);

void hv_decode_text(hv_strbuf *out, const hv_report_state *r);
void hv_decode_json(hv_strbuf *out, const hv_report_state *r);

#endif
