/* validate/checks/placement_groups.h - what placement_groups.c, which finds
 * the pairs of [placement-overlap] per product and base, asks placement.c,
 * which decides what a pair is and how it reads. Internal to those files. */
#ifndef HVCPUID_CHECKS_PLACEMENT_GROUPS_H
#define HVCPUID_CHECKS_PLACEMENT_GROUPS_H

#include <stdbool.h>

#include "validate/checks/internal.h"

/* Does `over` declare overrides= naming `under`'s interface? */
bool hv_place_declares(const hv_presents *over, const hv_presents *under);
/* One pair of one product's placements at one base, `a` before `b`: a
 * forbidden override, or the overlap no allowed override excuses. */
void hv_place_check_pair(const hv_check_ctx *ctx, const hv_hypervisor *hv, const hv_presents *a,
                         const hv_presents *b);
/* Each <presents> of `hv` repeating an earlier one's interface and base,
 * found by sorting: a finding at the repeat (for any product, retired ones
 * too: a repeat is a mistake in history as well). */
void hv_place_check_repeats(const hv_check_ctx *ctx, const hv_hypervisor *hv);

#endif
