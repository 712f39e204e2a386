/* validate/util/grow.c - the one realloc-doubling loop behind HV_GROW. */
#include "validate/util/grow.h"

#include <stdint.h>
#include <stdlib.h>

void *hv_grow_array(void *items, size_t count, size_t *cap, size_t size)
{
    if (count < *cap)
        return items;
    size_t want = *cap ? *cap : HV_GROW_FIRST;
    while (want <= count) {
        if (want > SIZE_MAX / 2)
            return items;
        want *= 2;
    }
    if (size == 0 || want > SIZE_MAX / size) /* sizeof is never 0; refuse, never realloc(0) */
        return items;
    void *grown = realloc(items, want * size);
    if (!grown)
        return items;
    *cap = want;
    return grown;
}
