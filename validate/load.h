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

/* Loads the given files (roots or single vendor files) into one registry.
 * Always returns a registry (NULL only when out of memory); problems are
 * reported to the sink under the xml, include, schema, number and signature
 * checks. A file with xml or schema errors contributes no model objects. */
hv_registry *hv_registry_load(const char *const *paths, size_t count, hv_diag_sink *sink);

/* The schema text compiled into the binary (validate/registry.rng). */
extern const char hv_registry_schema[];
extern const unsigned long hv_registry_schema_len;

#endif
