/* validate/diag.h - the diagnostics sink: every finding is collected, sorted into a
 * stable order and then printed as compiler-style text, JSON or SARIF. The
 * sink (diag.c) knows checks by id only; the formatters (diag_format.c,
 * diag_sarif.c) name them.
 *
 *   FILE:LINE:COL: error: MESSAGE [check-name]
 *   FILE:LINE:COL: note: the other side of the conflict
 *
 * The sink applies the run's check configuration: a check that is off drops
 * its findings, and -Werror turns warnings into errors. It keeps at most
 * HV_DIAG_LIMIT findings, counting the rest, so hostile input cannot make it
 * grow without bound. */
#ifndef HVCPUID_DIAG_H
#define HVCPUID_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "validate/check_ids.h"
#include "validate/model.h"
#include "validate/util/strbuf.h"

#define HV_DIAG_LIMIT 10000

typedef enum hv_severity { HV_SEV_NOTE, HV_SEV_WARNING, HV_SEV_ERROR } hv_severity;

typedef struct hv_diag_note {
    hv_loc loc;
    char *message;
} hv_diag_note;

/* Against a baseline (`check --baseline OLD`, validate/blame.h): is the
 * finding one OLD already had? */
typedef enum hv_baseline_state {
    HV_BASELINE_NONE,     /* no baseline given */
    HV_BASELINE_NEW,      /* brought by the change: counts */
    HV_BASELINE_UNCHANGED /* OLD had it too: shown, not counted, never fails */
} hv_baseline_state;

typedef struct hv_diag {
    hv_severity severity;
    hv_check_id check; /* HV_CHECK_NONE for a general note */
    hv_loc loc;
    char *message;
    hv_diag_note *notes;
    size_t note_count, note_cap;
    size_t seq;    /* report order, the last sort key */
    bool promoted; /* a warning that -Werror made an error */
    char *key;     /* the finding's identity across runs, or NULL (validate/blame.h) */
    hv_baseline_state baseline;
} hv_diag;

typedef struct hv_diag_sink {
    const hv_check_config *config;
    hv_diag *items;
    size_t count, cap;
    size_t errors, warnings, dropped;
    size_t per_check_errors[HV_CHECK_COUNT];
    bool io_error; /* a named file could not be read at all (exit status 2) */
    /* with a baseline: errors and warnings count new findings only, and
     * `unchanged` the findings OLD already had (validate/blame.h) */
    bool baseline;
    size_t unchanged;
} hv_diag_sink;

void hv_diag_sink_init(hv_diag_sink *sink, const hv_check_config *config);
void hv_diag_sink_free(hv_diag_sink *sink);

/* Reports a finding of `check` at the level the configuration gives it.
 * Returns the record (to attach notes to) or NULL when the check is off or
 * the sink is full. `loc.file` must outlive the sink. */
hv_diag *hv_report(hv_diag_sink *sink, hv_check_id check, hv_loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* A free-standing note not tied to a check (e.g. "check X skipped"). */
void hv_report_note(hv_diag_sink *sink, hv_loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Attaches a note (the other side of a conflict) to a finding; NULL-safe. */
void hv_diag_add_note(hv_diag *diag, hv_loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Gives a finding its identity across runs (validate/blame.h); takes
 * ownership of `key`. NULL-safe. */
void hv_diag_set_key(hv_diag *diag, char *key);

/* Sorts by file, line, column, then report order. */
void hv_diag_sort(hv_diag_sink *sink);

/* Formatting (diag_format.c): text as above, with a summary line, or the
 * JSON document of docs/json.md. */
void hv_diag_format_text(const hv_diag_sink *sink, hv_strbuf *out);
/* The same text, coloured as gcc colours it when `color` is true: the
 * location bold, "error:" bold red, "warning:" bold magenta, "note:" bold
 * cyan, the [check-name] in its severity's colour. */
void hv_diag_format_text_color(const hv_diag_sink *sink, bool color, hv_strbuf *out);
/* One line's "FILE:LINE:COL: SEVERITY: " (the parts `loc` has; "hvcpuid: "
 * without a file), in the same colours when `color`: for a command that
 * reports outside a sink, such as decode on a malformed dump. */
void hv_diag_format_prefix(hv_strbuf *out, hv_loc loc, hv_severity sev, bool color);
void hv_diag_format_json(const hv_diag_sink *sink, hv_strbuf *out);
/* SARIF 2.1.0 (diag_sarif.c): every check as a rule, every finding as a
 * result with its notes as relatedLocations. */
void hv_diag_format_sarif(const hv_diag_sink *sink, const char *tool_version, hv_strbuf *out);

#endif
