/* gen/emit/tables.h - the decoder tables as C source (out/src/hvcpuid_tables.c). */
#ifndef HVCPUID_EMIT_TABLES_H
#define HVCPUID_EMIT_TABLES_H

#include <stdbool.h>

#include "lib/hvcpuid.h"
#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Prints tables as C data defining hvcpuid_registry_tables. */
void hv_emit_tables_c(const hvcpuid_tables *t, hv_strbuf *out);
/* Converts the registry (hv_tables_from_model) and prints it. */
bool hv_emit_tables(const hv_registry *reg, hv_strbuf *out);

#endif
