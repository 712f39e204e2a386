/* validate/util/grow.h - growing an array one item at a time (git's ALLOC_GROW).
 *
 *   if (!HV_GROW(list->items, list->count, list->cap))
 *       return false;              out of memory: items and cap are unchanged
 *   list->items[list->count++] = item;
 *
 * The capacity doubles (starting at HV_GROW_FIRST), so n appends cost O(n)
 * copies in total, and the size arithmetic is overflow-checked. The macro
 * evaluates its arguments more than once: pass plain lvalues. */
#ifndef HVCPUID_GROW_H
#define HVCPUID_GROW_H

#include <stdbool.h>
#include <stddef.h>

#define HV_GROW_FIRST 16

/* Returns `items` regrown so that items[count] exists (updating *cap), or
 * `items` unchanged, with *cap unchanged, when the memory is not there. */
void *hv_grow_array(void *items, size_t count, size_t *cap, size_t size);

/* True when items[count] may be written. */
#define HV_GROW(items, count, cap)                                                                 \
    ((items) = hv_grow_array((items), (count), &(cap), sizeof *(items)), (count) < (cap))

#endif
