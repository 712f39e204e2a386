/* gen/emit/leafmap.h - the map of the leaf space: for every base window some
 * interface is registered at, which interface allocations (or, for an
 * interface that declares none, the span of its leaves) and which generic
 * allocations claim which offsets, and the segments that cut the window at
 * every claim's boundaries (the columns of the HTML map). */
#ifndef HVCPUID_LEAFMAP_H
#define HVCPUID_LEAFMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/model.h"

typedef struct hv_map_claim {
    uint32_t first, last;       /* offsets within the window */
    const hv_allocation *alloc; /* NULL: the span of iface's leaves */
    const hv_interface *iface;  /* NULL for a generic allocation */
    /* Who puts iface at this base; a NULL entry stands for its default base. */
    const hv_hypervisor **placed_by;
    size_t placed_count;
    size_t seq; /* discovery order, the last sort key */
} hv_map_claim;

typedef struct hv_map_segment {
    uint32_t first, last;
    size_t claims; /* how many claims cover it */
} hv_map_segment;

typedef struct hv_map_window {
    uint32_t base;
    hv_map_claim *claims; /* sorted by first, last, then discovery order */
    size_t claim_count;
    hv_map_segment *segments; /* cover 0x00..0xff in order */
    size_t segment_count;
    uint16_t segment_at[0x100]; /* the segment holding each offset */
} hv_map_window;

typedef struct hv_map {
    hv_arena *arena;
    hv_map_window *windows; /* sorted by base */
    size_t window_count;
} hv_map;

/* False when out of memory (nothing to free then). */
bool hv_map_build(const hv_registry *reg, hv_map *map);
/* Index of the segment holding an offset of the window. */
size_t hv_map_segment_of(const hv_map_window *w, uint32_t offset);
void hv_map_free(hv_map *map);

#endif
