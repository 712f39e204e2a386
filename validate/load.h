/* validate/load.h - reading registry files into the model.
 *
 * Files are read with hard limits and parsed by libxml2 with no network, no
 * DTD, no entities beyond the predefined five (any DOCTYPE is rejected), then
 * validated against the built-in RelaxNG schema and turned into model objects
 * that remember file, line and column. A root <registry> names vendor files
 * relative to its own folder; nothing outside that folder is ever opened. */
#ifndef HVCPUID_LOAD_H
#define HVCPUID_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/diag.h"
#include "validate/model.h"

#define HV_MAX_FILE_SIZE (16u * 1024u * 1024u)
#define HV_MAX_FILES     256
#define HV_ARENA_BUDGET  (512u * 1024u * 1024u)

/* What one load may read and build: the hostile-input defences. */
typedef struct hv_load_limits {
    size_t max_file_size; /* bytes in one file */
    size_t max_files;     /* files in one registry */
    size_t arena_budget;  /* bytes of model */
} hv_load_limits;

/* HV_MAX_FILE_SIZE, HV_MAX_FILES, HV_ARENA_BUDGET: what every command uses. */
hv_load_limits hv_load_limits_default(void);
/* For a trusted registry past the defaults (--large-registry): files of
 * up to 1 GiB (libxml2 takes no more), 65,536 of them, and a model of up to
 * 64 GiB. libxml2's own depth and length limits stay on. */
hv_load_limits hv_load_limits_large(void);

/* Loads the given files (roots or single vendor files) into one registry,
 * within the default limits. Always returns a registry (NULL only when out
 * of memory); problems are reported to the sink under the xml, include,
 * schema, number and signature checks. A file with xml or schema errors
 * contributes no model objects. A limit reached is reported (as [xml] or
 * [include]) with the option that raises it. */
hv_registry *hv_registry_load(const char *const *paths, size_t count, hv_diag_sink *sink);
/* The same within `limits`. */
hv_registry *hv_registry_load_limited(const char *const *paths, size_t count,
                                      const hv_load_limits *limits, hv_diag_sink *sink);

/* The schema text compiled into the binary (validate/registry.rng). */
extern const char hv_registry_schema[];
extern const unsigned long hv_registry_schema_len;

#endif
