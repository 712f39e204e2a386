/* gen/emit/json.h - the machine-readable registry (docs/json.md). */
#ifndef HVCPUID_EMIT_JSON_H
#define HVCPUID_EMIT_JSON_H

#include "gen/emit/emit.h"

/* registry.json: every vendor, interface, hypervisor and generic allocation. */
bool hv_emit_json(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
