/* validate/checks.h - the table of named checks (modelled on dtc's checks.c) and the
 * per-run configuration of their levels.
 *
 * Every diagnostic the front end can produce belongs to exactly one check in
 * the table, including those the loader reports (xml, include, schema,
 * number). A check has a stable name, a default level, an optional
 * prerequisite (when that check reported an error, this one is skipped with
 * a single note instead of producing follow-on noise) and a one-line summary
 * shown by `hvcpuid check --list` and docs/checks.md. */
#ifndef HVCPUID_CHECKS_H
#define HVCPUID_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/model.h"

typedef enum hv_level { HV_LEVEL_OFF, HV_LEVEL_WARNING, HV_LEVEL_ERROR } hv_level;

struct hv_diag_sink;

/* What a check function gets: the registry, where to report, and its own
 * index in the table (to tag its diagnostics). */
typedef struct hv_check_ctx {
    const hv_registry *reg;
    struct hv_diag_sink *sink;
    int check;
} hv_check_ctx;

typedef void (*hv_check_fn)(const hv_check_ctx *ctx);

typedef struct hv_check {
    const char *name;
    hv_level default_level;
    bool fixed;         /* cannot be turned off or lowered: the model depends on it */
    const char *prereq; /* name of a check that must have passed, or NULL */
    const char *summary;
    hv_check_fn run; /* NULL: reported while loading */
} hv_check;

/* The checks, in the order they run. */
const hv_check *hv_checks(size_t *count);
/* Index of a named check, or -1. */
int hv_check_find(const char *name);

/* Stable indices of the checks the loader reports. */
int hv_check_id_xml(void);
int hv_check_id_include(void);
int hv_check_id_schema(void);
int hv_check_id_number(void);
int hv_check_id_signature(void);

#define HV_MAX_CHECKS 64

typedef struct hv_check_config {
    hv_level levels[HV_MAX_CHECKS];
    bool werror; /* report warnings as errors */
} hv_check_config;

void hv_check_config_init(hv_check_config *cfg);

/* Applies one command-line option: "-Werror", "-WNAME", "-Wno-NAME",
 * "-ENAME", "-Eno-NAME" (for the two-word forms "-W NAME" the caller joins
 * them). Returns false with a message in `err` for an unknown check name or a
 * check that cannot be lowered. Options apply left to right. */
bool hv_check_config_apply(hv_check_config *cfg, const char *option, char *err, size_t errlen);

/* Runs every enabled check whose prerequisite passed. */
void hv_run_checks(const hv_registry *reg, struct hv_diag_sink *sink);

#endif
