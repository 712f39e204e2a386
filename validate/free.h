/* validate/free.h - the free-space query behind `hvcpuid free`: the leaf offsets
 * and register bits a vendor can still take and pass the gate. It answers
 * from the collision model (validate/claims.h) the checks use, so an offset
 * it offers does not collide; it is conservative in one documented way
 * (docs/ci.md): an offset a neighbour holds by allocation but has not
 * defined counts as taken, because that neighbour may define it next.
 *
 *   offsets, no option      what no generic allocation holds
 *   offsets at a base       ... and no interface shown at that base by a
 *                           product that is not withdrawn uses or holds
 *   offsets for interface   ... and the interface itself does not use or
 *                           hold, nor its neighbours at any of its bases
 *   bits of one register    the bits no named field covers, split into
 *                           documented-reserved and undocumented ones
 *
 * Withdrawn allocations and withdrawn products claim nothing; proposals and
 * reservations do. A query that cannot be answered returns false with the
 * reason in `err`; printing it is the caller's business. */
#ifndef HVCPUID_FREE_H
#define HVCPUID_FREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/claims.h"
#include "validate/model.h"

typedef struct hv_free_query {
    const char *interface_id; /* NULL: no interface */
    bool has_base, has_leaf, has_subleaf;
    uint32_t base, leaf, subleaf;
    const char *reg_name; /* "eax".."edx" for free bits, else NULL */
} hv_free_query;

/* The offsets still free for the query (interface and/or base). */
bool hv_free_offsets(const hv_registry *reg, const hv_free_query *q, hv_offsets *free_set,
                     char *err, size_t errlen);

/* What the registry says about each bit of one register of one leaf. */
typedef struct hv_free_bits {
    uint32_t named;    /* bits of named fields: taken */
    uint32_t reserved; /* bits only <reserved> ranges cover: free, documented as reserved */
} hv_free_bits;

/* The bits of register q->reg_name of leaf q->leaf (and q->subleaf) of
 * interface q->interface_id. */
bool hv_free_bits_of(const hv_registry *reg, const hv_free_query *q, hv_free_bits *out, char *err,
                     size_t errlen);

#endif
