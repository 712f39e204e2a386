/* validate/diff.h - what changed between two registry versions, and whether the
 * change breaks something published (docs/ci.md, `hvcpuid diff`).
 *
 * Published means in force: status active, deprecated or disputed (for a
 * leaf or field, its interface and leaf must be in force too). Proposals,
 * reservations and withdrawn entries may change freely. Incompatible: a
 * published interface, leaf, field or enumerated value removed; a value
 * renumbered; a field moved or resized
 * (unless the new registry keeps it with status="deprecated" and a
 * replaced-by naming its successor); a leaf renamed; a signature changed; an
 * allocation in force shrunk or moved. Everything else is compatible. */
#ifndef HVCPUID_DIFF_H
#define HVCPUID_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

typedef enum hv_change_kind {
    HV_CHANGE_ADDED,
    HV_CHANGE_REMOVED,
    HV_CHANGE_CHANGED
} hv_change_kind;

typedef struct hv_change {
    hv_change_kind kind;
    const char *object; /* "interface", "leaf", "field", "value", "allocation", "hypervisor" */
    char *subject;      /* "kvm leaf 0x01 clocksource2" */
    char *detail;       /* what changed, or NULL */
    bool incompatible;
    hv_loc old_loc, new_loc; /* file NULL where that side does not exist */
    /* where the change shows in the new registry: new_loc, or for a
     * removal the object that held it there (file NULL when none does) */
    hv_loc anchor;
} hv_change;

typedef struct hv_diff {
    hv_change *items;
    size_t count, cap;
    size_t added, removed, changed, incompatible;
    bool failed; /* out of memory: the list is incomplete */
} hv_diff;

/* Compares two loaded, checked registries. */
void hv_diff_registries(const hv_registry *old_reg, const hv_registry *new_reg, hv_diff *out);
void hv_diff_free(hv_diff *diff);

/* Formatting (diff_format.c): text, with a summary line, or JSON. */
void hv_diff_format_text(const hv_diff *diff, hv_strbuf *out);
void hv_diff_format_json(const hv_diff *diff, hv_strbuf *out);
/* SARIF 2.1.0 (diff_sarif.c), for code scanning: every change a result at
 * its anchor, an incompatible one at level error; a change without an
 * anchor points at line 1 of `new_root`, the new registry's root file. */
void hv_diff_format_sarif(const hv_diff *diff, const char *tool_version, const char *new_root,
                          hv_strbuf *out);

#endif
