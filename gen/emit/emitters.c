/* gen/emit/emitters.c - every output of `hvcpuid gen`, in one table. */
#include "gen/emit/emitters.h"

#include <stdio.h>

#include "gen/emit/canonical_xml.h"
#include "gen/emit/html.h"
#include "gen/emit/headers.h"
#include "gen/emit/json.h"
#include "gen/emit/kcpuid.h"
#include "gen/emit/tables.h"

static bool emit_registry_json(const hv_registry *reg, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "registry.json");
    if (!out)
        return false;
    hv_emit_registry_json(reg, out);
    return !out->failed;
}

/* The page shows the findings a plain `hvcpuid check` reports, so it runs
 * the checks at their default levels (deterministic, whatever options the
 * calling command had). */
static bool emit_html_index(const hv_registry *reg, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "html/index.html");
    if (!out)
        return false;
    hv_check_config config;
    hv_diag_sink sink;
    hv_default_diagnostics(reg, &config, &sink);
    char err[128];
    bool ok = hv_emit_html(reg, &sink, out, err, sizeof err);
    if (!ok)
        fprintf(stderr, "hvcpuid: error: html/index.html: %s\n", err);
    hv_diag_sink_free(&sink);
    return ok;
}

static bool emit_decoder_tables(const hv_registry *reg, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "src/hvcpuid_tables.c");
    return out && hv_emit_tables(reg, out);
}

static bool emit_kcpuid_all(const hv_registry *reg, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "cpuid.csv");
    if (!out)
        return false;
    hv_emit_kcpuid_all(reg, out);
    return !out->failed;
}

/* One file per interface, for `kcpuid -f` on a guest of that hypervisor. */
static bool emit_kcpuid_files(const hv_registry *reg, hv_outputs *outs)
{
    for (size_t i = 0; i < reg->interface_count; i++) {
        char path[160];
        snprintf(path, sizeof path, "kcpuid/%s.csv", reg->interfaces[i]->id);
        hv_strbuf *out = hv_outputs_add(outs, path);
        if (!out)
            return false;
        hv_emit_kcpuid_file(reg, reg->interfaces[i], out);
        if (out->failed)
            return false;
    }
    return true;
}

static const hv_emitter emitters[] = {
    {"registry.json", emit_registry_json},         {"cpuid.csv", emit_kcpuid_all},
    {"kcpuid/*.csv", emit_kcpuid_files},           {"include/hvcpuid/*.h", hv_emit_headers},
    {"src/hvcpuid_tables.c", emit_decoder_tables}, {"html/index.html", emit_html_index},
};

const hv_emitter *hv_emitters(size_t *count)
{
    *count = sizeof emitters / sizeof emitters[0];
    return emitters;
}

bool hv_emit_all(const hv_registry *reg, hv_outputs *outs)
{
    for (size_t i = 0; i < sizeof emitters / sizeof emitters[0]; i++)
        if (!emitters[i].emit(reg, outs))
            return false;
    return hv_outputs_complete(outs);
}
