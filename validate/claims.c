/* validate/claims.c - the collision model (see validate/claims.h). */
#include "validate/claims.h"

hv_standing hv_status_standing(hv_status status)
{
    if (hv_status_in_force(status))
        return HV_STANDING_IN_FORCE;
    return status == HV_STATUS_WITHDRAWN ? HV_STANDING_WITHDRAWN : HV_STANDING_TENTATIVE;
}
