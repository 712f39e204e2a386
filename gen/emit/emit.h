/* gen/emit/emit.h - what every emitter is given and the one signature it has
 * (gen/emit/emitters.c lists them). An emitter adds its file or files to an
 * output set; nothing is written until every emitter of a run succeeded. */
#ifndef HVCPUID_EMIT_H
#define HVCPUID_EMIT_H

#include <stdbool.h>
#include <stddef.h>

#include "gen/output.h"
#include "validate/diag.h"
#include "validate/model.h"

typedef struct hv_emit_ctx {
    const hv_registry *reg;    /* loaded, checked, without errors */
    const hv_diag_sink *diags; /* the run's findings, sorted (NULL: none) */
    char *err;                 /* errlen >= 1 bytes where an emitter says why it failed */
    size_t errlen;
} hv_emit_ctx;

/* Adds the output's files to `outs`; false when it could not (out of
 * memory, or a reason in ctx->err). */
typedef bool (*hv_emit_fn)(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
