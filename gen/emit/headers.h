/* gen/emit/headers.h - out/include/hvcpuid/: one C header per interface and the
 * umbrella hvcpuid.h (docs/vendoring.md describes what they define). */
#ifndef HVCPUID_EMIT_HEADERS_H
#define HVCPUID_EMIT_HEADERS_H

#include <stdbool.h>

#include "gen/emit/emit.h"

/* Adds include/hvcpuid/<iface>.h for every interface and
 * include/hvcpuid/hvcpuid.h to `outs`; false when out of memory. */
bool hv_emit_headers(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
