/* gen/emit/json.h - the machine-readable registry (docs/json.md). */
#ifndef HVCPUID_EMIT_JSON_H
#define HVCPUID_EMIT_JSON_H

#include "validate/model.h"
#include "validate/util/strbuf.h"

void hv_emit_registry_json(const hv_registry *reg, hv_strbuf *out);

#endif
