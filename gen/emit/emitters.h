/* gen/emit/emitters.h - the table of outputs: what `hvcpuid gen` writes and
 * what `hvcpuid export --format=NAME` prints, one row each (emitters.c says
 * how to add one). */
#ifndef HVCPUID_EMITTERS_H
#define HVCPUID_EMITTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "gen/emit/emit.h"
#include "validate/util/strbuf.h"

typedef struct hv_emitter {
    const char *format; /* `export --format=` name, or NULL: gen only */
    const char *path;   /* what gen writes below its folder (a pattern for several), or NULL */
    hv_emit_fn emit;
} hv_emitter;

const hv_emitter *hv_emitters(size_t *count);

/* What all outputs of one run may hold together: HV_OUTPUT_FACTOR times
 * the registry's bytes plus HV_OUTPUT_SLACK (the page's stylesheet, the
 * fixed headers). The shipped registry's outputs are 8 times its size;
 * rows a registry multiplies (one kcpuid row per field per base: 256
 * bases) made 298 MB of a 272 KB registry before this limit. */
#define HV_OUTPUT_FACTOR 256
#define HV_OUTPUT_SLACK  (16u << 20)
size_t hv_output_budget(const hv_registry *reg);

/* Runs one row into `outs`, limited to hv_output_budget() unless the set
 * has a limit already; false with "PATH: reason" (or "FORMAT: reason") in
 * ctx->err when it failed or passed the limit. */
bool hv_emit_run(const hv_emit_ctx *ctx, const hv_emitter *e, hv_outputs *outs);

/* Runs every row `gen` writes, under one limit; false (with nothing to
 * write) when one failed, with "PATH: reason" in ctx->err. */
bool hv_emit_all(const hv_emit_ctx *ctx, hv_outputs *outs);

/* The rows `export` prints, in table order; the first is its default. The
 * i-th name (NULL past the end) is what `--format` accepts. */
const char *hv_export_format(size_t i);
const hv_emitter *hv_export_emitter(size_t i);

/* "PATH\n" for each output gen writes, indented (for `gen --help`). */
void hv_emit_list_paths(hv_strbuf *out);

#endif
