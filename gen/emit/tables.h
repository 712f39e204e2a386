/* gen/emit/tables.h - the decoder tables as C source (out/src/hvcpuid_tables.c). */
#ifndef HVCPUID_EMIT_TABLES_H
#define HVCPUID_EMIT_TABLES_H

#include <stdbool.h>

#include "gen/emit/emit.h"

/* src/hvcpuid_tables.c: the registry converted (hv_tables_from_model) and
 * printed as C data defining hvcpuid_registry_tables. */
bool hv_emit_tables(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
