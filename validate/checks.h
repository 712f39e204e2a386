/* validate/checks.h - the table of named checks (modelled on dtc's checks.c), the
 * -W/-E configuration of their levels, and the runner.
 *
 * Every diagnostic the front end can produce belongs to exactly one check in
 * the table, including those the loader reports (xml, include, schema,
 * number, signature). A check has a stable name, a default level, an
 * optional prerequisite (when that check, or one it depends on, reported an
 * error, this one is skipped with a single note instead of producing
 * follow-on noise) and a one-line summary shown by `hvcpuid check --list`,
 * the SARIF rules and docs/checks.md.
 *
 * Adding a check: there are five things to do.
 *   1. An id in validate/check_ids.h, where it should run: after its
 *      prerequisite (tests/unit/test_checks.c enforces that).
 *   2. A row [HV_CHECK_X] = {...} in validate/checks.c: name (a stable
 *      contract: users' -W flags, tests, docs), default level, prerequisite
 *      as an id (HV_CHECK_NONE for none), summary, function, and `data` when
 *      one function serves several rows.
 *   3. The function in validate/checks/<object>.c, the file of the object
 *      the check is about, and its prototype in validate/checks/internal.h.
 *      It reports with hv_report(ctx->sink, ctx->check, loc, ...): what is
 *      wrong and how to fix it, plus a note at the other side of a conflict.
 *      A conflict between two declarations asks validate/blame.h which
 *      side to report at (hv_conflict_init with ctx->baseline) and keys the
 *      finding by both (hv_conflict_done).
 *   4. tests/bad/NAME.xml with the exact output in tests/bad/NAME.expected,
 *      and tests/good/NAME.xml that checks clean (tests/cli/
 *      bad_and_good_inputs.sh fails without both).
 *   5. make regen-golden, which regenerates docs/checks.md from the table
 *      and those inputs; review the diff. */
#ifndef HVCPUID_CHECKS_H
#define HVCPUID_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/check_ids.h"
#include "validate/model.h"

struct hv_diag_sink;
struct hv_baseline;

/* What a check function gets: the registry, where to report, its own id
 * (to tag its diagnostics), its row's data, and the baseline a conflict
 * check asks which side is the newcomer (validate/blame.h; NULL: none). */
typedef struct hv_check_ctx {
    const hv_registry *reg;
    struct hv_diag_sink *sink;
    hv_check_id check;
    const void *data;
    const struct hv_baseline *baseline;
} hv_check_ctx;

typedef void (*hv_check_fn)(const hv_check_ctx *ctx);

typedef struct hv_check {
    const char *name;
    hv_level default_level;
    bool fixed;         /* cannot be turned off or lowered: the model depends on it */
    hv_check_id prereq; /* a check that must have passed, or HV_CHECK_NONE */
    const char *summary;
    hv_check_fn run;  /* NULL: reported while loading */
    const void *data; /* handed to run, so one function can serve several rows */
} hv_check;

/* The checks, in the order they run: index i is hv_check_id i. */
const hv_check *hv_checks(size_t *count);
/* The id of a named check, or HV_CHECK_NONE. */
hv_check_id hv_check_find(const char *name);

void hv_check_config_init(hv_check_config *cfg);

/* Applies one command-line option: "-Werror", "-WNAME", "-Wno-NAME",
 * "-ENAME", "-Eno-NAME", gcc's "-Werror=NAME" and "-Wno-error=NAME" (for the two-word forms "-W
 * NAME" the caller joins them). Returns false with a message in `err` for an unknown check name or
 * a check that cannot be lowered. Options apply left to right. */
bool hv_check_config_apply(hv_check_config *cfg, const char *option, char *err, size_t errlen);

/* Every check id ordered by edit distance from `name`, closest first (ties
 * in table order), into order[0..HV_CHECK_COUNT); returns the smallest
 * distance. An unknown name's message lists them so. */
size_t hv_check_closest(const char *name, hv_check_id *order);

/* Runs every enabled check whose prerequisite passed. */
void hv_run_checks(const hv_registry *reg, struct hv_diag_sink *sink);
/* The same, blaming the newcomer of each conflict against `baseline`
 * (validate/blame.h); NULL is hv_run_checks. */
void hv_run_checks_against(const hv_registry *reg, const struct hv_baseline *baseline,
                           struct hv_diag_sink *sink);

#endif
