/* validate/model_index.h - turning the vendors a load produced into the indexed
 * registry every check and emitter reads (validate/model_index.c). */
#ifndef HVCPUID_MODEL_INDEX_H
#define HVCPUID_MODEL_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/model.h"

/* Fills `reg` (whose arena owns the vendors) from the vendors in load
 * order: the sorted registry-wide arrays, resolved <presents> and
 * <follows>, each interface's placements and bases, the allocation id
 * index. Returns false when the arena's budget ran out (the registry is
 * then incomplete). */
bool hv_model_index(hv_registry *reg, hv_vendor *const *vendors, size_t vendor_count);

/* validate/msr_index.c: each interface's MSRs indexed by name, and the MSR
 * references resolved (a field's announces=, a <presents>' msrs=, the field
 * an <msr-base> names). Run by hv_model_index after <presents> resolve.
 * Returns false when out of memory. */
bool hv_model_index_msrs(hv_registry *reg);

#endif
