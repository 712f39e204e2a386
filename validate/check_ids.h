/* validate/check_ids.h - the named checks as compile-time ids, in run order, and
 * the per-run configuration of their levels.
 *
 * An id is an index into the table in validate/checks.c, so a misspelt id
 * (in a prerequisite, in the loader's reports) does not compile. The order
 * below is the order the checks run in, `check --list` prints and SARIF
 * numbers its rules by; a check comes after its prerequisite. The loader
 * reports under the first five; the diagnostics sink needs only this
 * header, not the table. */
#ifndef HVCPUID_CHECK_IDS_H
#define HVCPUID_CHECK_IDS_H

#include <stdbool.h>

typedef enum hv_check_id {
    HV_CHECK_NONE = -1, /* no check: a general note, or no prerequisite */
    /* reported while loading */
    HV_CHECK_XML,
    HV_CHECK_INCLUDE,
    HV_CHECK_SCHEMA,
    HV_CHECK_NUMBER,
    HV_CHECK_SIGNATURE,
    /* names, ids, references */
    HV_CHECK_NAME_SYNTAX,
    HV_CHECK_DUPLICATE_ID,
    HV_CHECK_UNKNOWN_REFERENCE,
    HV_CHECK_DUPLICATE_VENDOR_SIGNATURE,
    HV_CHECK_BASE_RANGE,
    /* leaves, registers, fields */
    HV_CHECK_LEAF_OFFSET_RANGE,
    HV_CHECK_DUPLICATE_LEAF,
    HV_CHECK_MAX_LEAF,
    HV_CHECK_DUPLICATE_REGISTER,
    HV_CHECK_BIT_RANGE,
    HV_CHECK_FIELD_OVERLAP,
    HV_CHECK_DUPLICATE_FIELD_NAME,
    HV_CHECK_ENUM_VALUE,
    HV_CHECK_C_IDENTIFIER,
    /* the CI gate: identity, allocations and placement (docs/checks.md) */
    HV_CHECK_DUPLICATE_IFACE_SIGNATURE,
    HV_CHECK_ALLOCATION_OVERLAP,
    HV_CHECK_RESERVATION_OVERLAP,
    HV_CHECK_WITHDRAWN_OVERLAP,
    HV_CHECK_ACKNOWLEDGED_OVERLAP,
    HV_CHECK_LEAF_OUTSIDE_ALLOCATION,
    HV_CHECK_PLACEMENT_OVERLAP,
    /* the second namespace: synthetic MSRs (validate/checks/msrs.c) */
    HV_CHECK_MSR_BIT_RANGE,
    HV_CHECK_MSR_FIELD_OVERLAP,
    HV_CHECK_DUPLICATE_MSR,
    HV_CHECK_UNKNOWN_MSR,
    HV_CHECK_MSR_OUTSIDE_ALLOCATION,
    HV_CHECK_MSR_PLACEMENT_OVERLAP,
    HV_CHECK_MSR_SOFTWARE_RANGE,
    /* off by default */
    HV_CHECK_REGISTER_GAP,
    HV_CHECK_COUNT
} hv_check_id;

typedef enum hv_level { HV_LEVEL_OFF, HV_LEVEL_WARNING, HV_LEVEL_ERROR } hv_level;

/* The level of every check for one run (hv_check_config_init, checks.h). */
typedef struct hv_check_config {
    hv_level levels[HV_CHECK_COUNT];
    bool werror; /* report warnings as errors */
    /* -Wno-error=NAME: a warning even under -Werror */
    bool keep_warning[HV_CHECK_COUNT];
} hv_check_config;

/* The stable name of a check ("field-overlap"); NULL for HV_CHECK_NONE. */
const char *hv_check_name(hv_check_id id);

#endif
