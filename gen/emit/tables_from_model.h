/* gen/emit/tables_from_model.h - the checked registry as lib/ decoder tables.
 *
 * One converter for both users: `hvcpuid gen` prints these tables as C
 * (out/src/hvcpuid_tables.c) and `hvcpuid decode --registry FILE` decodes with
 * them directly, so the generated tables and the in-memory ones cannot
 * disagree. */
#ifndef HVCPUID_TABLES_MODEL_H
#define HVCPUID_TABLES_MODEL_H

#include "lib/hvcpuid-runtime.h"
#include "validate/model.h"

/* Builds the tables in the registry's arena (they live as long as it).
 * The registry must have passed its checks. Returns false when out of memory. */
bool hv_tables_from_model(const hv_registry *reg, hvcpuid_tables *out);

/* gen/emit/tables_msr.c: the MSR table (out->msrs) of the same tables; run
 * by hv_tables_from_model. */
bool hv_tables_msrs_from_model(const hv_registry *reg, hvcpuid_tables *out);

#endif
