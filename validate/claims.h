/* validate/claims.h - the collision model: what an interface occupies in a base
 * window, and what collides with what (docs/checks.md, "The collision model").
 * The checks, `hvcpuid free` and the HTML leaf map all ask this file, so the
 * gate, the free-space query and the page cannot disagree. */
#ifndef HVCPUID_CLAIMS_H
#define HVCPUID_CLAIMS_H

#include "validate/model.h"

/* How strongly an allocation's status claims its offsets: in force (active,
 * deprecated, disputed), tentative (proposed, reserved) or not at all
 * (withdrawn). Ordered from strongest to weakest. */
typedef enum hv_standing {
    HV_STANDING_IN_FORCE,
    HV_STANDING_TENTATIVE,
    HV_STANDING_WITHDRAWN
} hv_standing;

hv_standing hv_status_standing(hv_status status);

#endif
