/* gen/emit/upstream.h - out/include/hvcpuid/upstream/<iface>.h: the registry's
 * upstream macro names, kinds and values, written so each header can sit next
 * to the upstream one it mirrors (docs/vendoring.md, "Upstream names"). */
#ifndef HVCPUID_EMIT_UPSTREAM_H
#define HVCPUID_EMIT_UPSTREAM_H

#include <stdbool.h>

#include "gen/emit/emit.h"

/* Adds include/hvcpuid/upstream/<iface>.h for every interface with a field
 * whose upstream name is a bit number or a mask; false when out of memory. */
bool hv_emit_upstream(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
