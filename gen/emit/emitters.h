/* gen/emit/emitters.h - the table of generated outputs `hvcpuid gen` writes. Each
 * emitter adds one or more files to an output set; the set is written only
 * after every emitter succeeded. */
#ifndef HVCPUID_EMITTERS_H
#define HVCPUID_EMITTERS_H

#include <stdbool.h>

#include "validate/model.h"
#include "gen/output.h"

typedef struct hv_emitter {
    const char *name;
    bool (*emit)(const hv_registry *reg, hv_outputs *outs);
} hv_emitter;

const hv_emitter *hv_emitters(size_t *count);

/* Runs every emitter; false (with nothing to write) when any failed. */
bool hv_emit_all(const hv_registry *reg, hv_outputs *outs);

#endif
