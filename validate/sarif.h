/* validate/sarif.h - the pieces of a SARIF 2.1.0 result that every SARIF writer
 * shares (diag_sarif.c writes them for check, diff_sarif.c for diff), so a
 * location and a message are encoded one way: paths as URI references, a
 * finding about a whole file at its line 1. */
#ifndef HVCPUID_SARIF_H
#define HVCPUID_SARIF_H

#include <stdbool.h>

#include "validate/model.h"
#include "validate/util/json_writer.h"

#define HV_SARIF_SCHEMA                                                                            \
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

/* One SARIF log with one run: hv_sarif_begin opens it and the run's tool
 * driver `name` `version` (write its "rules" next), hv_sarif_driver_end
 * closes the tool, then the caller writes the run's members ("results"...)
 * and hv_sarif_end closes the run and the log. */
void hv_sarif_begin(hv_json *j, hv_strbuf *out, const char *name, const char *version);
void hv_sarif_driver_end(hv_json *j);
/* One object of the driver's "rules": id, shortDescription, defaultConfiguration. */
void hv_sarif_rule(hv_json *j, const char *id, const char *text, const char *level, bool enabled);
void hv_sarif_end(hv_json *j);

/* "physicalLocation": {"artifactLocation": {"uri": ...}, "region": {...}}.
 * `loc.file` must not be NULL. */
void hv_sarif_physical(hv_json *j, hv_loc loc);
/* "message": {"text": ...} */
void hv_sarif_message(hv_json *j, const char *text);

#endif
