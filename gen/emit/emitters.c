/* gen/emit/emitters.c - every output, in one table that serves `hvcpuid gen`
 * (each row with a path is written below the output folder) and `hvcpuid
 * export --format=NAME` (each row with a format name prints its one file).
 *
 * Adding an output: there are 4 things to do.
 *
 *  1. Write gen/emit/NAME.c and NAME.h with one entry point of the common
 *     signature (gen/emit/emit.h):
 *         bool hv_emit_NAME(const hv_emit_ctx *ctx, hv_outputs *outs);
 *     It adds its file or files with hv_outputs_add() and fills them from
 *     the model (ctx->reg). An output that shows findings shows ctx->diags,
 *     the diagnostics of the run that loaded the registry: it never runs the
 *     checks itself (tools/check-layers.py refuses hv_run_checks here).
 *     libxml2 and libxslt stay in the files that tool lists.
 *  2. Add one row to the table below: {format, path, emit}. A format name
 *     makes it `export --format=NAME` (it must then add exactly one file); a
 *     path makes `gen` write it (a glob pattern for a row that writes
 *     several files). export's --format choices, its --help and the list in
 *     `gen --help` are read from the table.
 *  3. Run `make`, which writes it into out/, and commit out/ with it; name it
 *     in README.md's out/ row and document it in docs/.
 *  4. Test it: tests/unit/test_emitters.c holds every row to its path; add a
 *     golden or property test in tests/cli/ for its content. */
#include "gen/emit/emitters.h"

#include <stdint.h>
#include <stdio.h>

#include "gen/emit/canonical_xml.h"
#include "gen/emit/headers.h"
#include "gen/emit/html.h"
#include "gen/emit/json.h"
#include "gen/emit/kcpuid.h"
#include "gen/emit/tables.h"
#include "gen/emit/upstream.h"

static const hv_emitter emitters[] = {
    /* export --format, what gen writes, the emitter */
    {"json", "registry.json", hv_emit_json},
    {"csv", "cpuid.csv", hv_emit_kcpuid_all},
    {NULL, "kcpuid/*.csv", hv_emit_kcpuid_files},
    {NULL, "include/hvcpuid/*.h", hv_emit_headers},
    {NULL, "include/hvcpuid/upstream/*.h", hv_emit_upstream},
    {NULL, "src/hvcpuid_tables.c", hv_emit_tables},
    {NULL, "html/index.html", hv_emit_html},
    {"xml", NULL, hv_emit_canonical_xml},
};

#define EMITTER_COUNT (sizeof emitters / sizeof emitters[0])

const hv_emitter *hv_emitters(size_t *count)
{
    *count = EMITTER_COUNT;
    return emitters;
}

size_t hv_output_budget(const hv_registry *reg)
{
    size_t bytes =
        reg->bytes < SIZE_MAX / HV_OUTPUT_FACTOR ? reg->bytes : SIZE_MAX / HV_OUTPUT_FACTOR;
    return bytes * HV_OUTPUT_FACTOR + HV_OUTPUT_SLACK;
}

/* Puts "NAME: why" into ctx->err: past the output limit, the emitter's own
 * reason, or "out of memory". */
static void name_failure(const hv_emit_ctx *ctx, const hv_outputs *outs, const char *name)
{
    char why[256];
    if (hv_outputs_over_budget(outs))
        snprintf(why, sizeof why,
                 "the outputs would pass %zu bytes, the limit for a registry of %zu bytes (%d "
                 "times its size plus %u MiB; docs/robustness.md)",
                 hv_output_budget(ctx->reg), ctx->reg->bytes, HV_OUTPUT_FACTOR,
                 HV_OUTPUT_SLACK >> 20);
    else
        snprintf(why, sizeof why, "%s", ctx->err[0] ? ctx->err : "out of memory");
    snprintf(ctx->err, ctx->errlen, "%s: %s", name, why);
}

bool hv_emit_run(const hv_emit_ctx *ctx, const hv_emitter *e, hv_outputs *outs)
{
    if (!outs->limited)
        hv_outputs_limit(outs, hv_output_budget(ctx->reg));
    if (e->emit(ctx, outs) && hv_outputs_complete(outs))
        return true;
    name_failure(ctx, outs, e->path ? e->path : e->format);
    return false;
}

bool hv_emit_all(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    ctx->err[0] = '\0';
    for (size_t i = 0; i < EMITTER_COUNT; i++)
        if (emitters[i].path && !hv_emit_run(ctx, &emitters[i], outs))
            return false;
    return true;
}

const hv_emitter *hv_export_emitter(size_t i)
{
    for (size_t k = 0; k < EMITTER_COUNT; k++)
        if (emitters[k].format && i-- == 0)
            return &emitters[k];
    return NULL;
}

const char *hv_export_format(size_t i)
{
    const hv_emitter *e = hv_export_emitter(i);
    return e ? e->format : NULL;
}

void hv_emit_list_paths(hv_strbuf *out)
{
    for (size_t i = 0; i < EMITTER_COUNT; i++)
        if (emitters[i].path)
            hv_strbuf_printf(out, "  %s\n", emitters[i].path);
}
