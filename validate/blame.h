/* validate/blame.h - first come, first served (docs/checks.md, "Who is blamed"):
 * which side of a conflict a finding is reported at, and which findings a
 * change brings, against the registry it changes (`check --baseline OLD`).
 *
 * A conflict has two sides, each a *declaration*: one claim one registry
 * object makes, named by a fingerprint built from the object's id and what
 * it claims (a signature's bytes, an allocation's range and status, the
 * offsets a placement claims at its base), never from a file name or a
 * line. A declaration is in OLD when OLD makes the same claim by the same
 * object. When exactly one side of a conflict is in OLD, the other is the
 * newcomer: the finding is reported at it, the incumbent as the note, so
 * renaming the newcomer's file or id cannot move the blame (a renamed
 * newcomer is still not in OLD). Otherwise the check's own deterministic
 * rule applies (docs/checks.md).
 *
 * A finding's *key* is its check and the fingerprints of its two sides, in
 * a fixed order, or, for a finding about one object, its check and
 * message; never a location. After the run, a finding whose key OLD's own
 * run has too (as many times) is "unchanged": shown, counted apart, never
 * failing -Werror or the exit status. The rest are "new". */
#ifndef HVCPUID_BLAME_H
#define HVCPUID_BLAME_H

#include <stdbool.h>

#include "validate/check_ids.h"
#include "validate/diag.h"
#include "validate/model.h"

typedef struct hv_baseline hv_baseline;

/* The declarations of OLD and the keys of OLD's findings (its sink after
 * its own run), copied: OLD may be freed afterwards. NULL when out of
 * memory. */
hv_baseline *hv_baseline_new(const hv_registry *old_reg, const hv_diag_sink *old_findings);
void hv_baseline_free(hv_baseline *baseline);

/* ---- declarations ------------------------------------------------------------ */

/* Fingerprints: malloc'd strings the caller frees, NULL when out of memory. */
char *hv_fp_vendor_signature(const hv_interface *iface);
char *hv_fp_interface_signature(const hv_interface *iface);
char *hv_fp_allocation(const hv_allocation *a);
/* A placement and every offset its interface claims there (claims.h). */
char *hv_fp_placement(const hv_presents *pr);
/* A placement and what its interface claims in MSR space there
 * (msr_claims.h: allocations and implemented MSRs, relocated). */
char *hv_fp_msr_placement(const hv_presents *pr);
/* The vendor string a product shows for the interface it places. */
char *hv_fp_product_signature(const hv_presents *pr);
/* A leaf an interface defines at an offset. */
char *hv_fp_leaf(const hv_leaf *leaf);
/* An object known by id: "interface kvm of vendor kvm", "vendor kvm KVM (Linux)". */
char *hv_fp_object(const char *kind, const char *id, const char *context);

/* ---- one conflict --------------------------------------------------------------- */

/* The two sides of a conflict, by fingerprint; `blamed` is the index of
 * the side to report at. */
typedef struct hv_conflict {
    char *fp[2];
    int blamed;
} hv_conflict;

/* Takes both fingerprints; the check's own rule blames side 1 unless
 * `blame_first`. With a baseline that has exactly one side, the other is
 * blamed instead. */
void hv_conflict_init(hv_conflict *c, const hv_baseline *baseline, char *fp0, char *fp1,
                      bool blame_first);
/* Keys the finding by both sides (NULL-safe) and frees the fingerprints. */
void hv_conflict_done(hv_conflict *c, hv_diag *d, hv_check_id check);

/* ---- the run ---------------------------------------------------------------------- */

/* Marks every finding of `sink` new or unchanged against the baseline,
 * lowers an unchanged warning that -Werror raised back to a warning, and
 * recounts errors and warnings over the new findings only. */
void hv_baseline_classify(const hv_baseline *baseline, hv_diag_sink *sink);

#endif
