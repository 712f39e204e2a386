/* fuzz_registry.c - libFuzzer harness for the registry front end and the
 * emitters: each input is one registry file, loaded (hardened libxml2 parse,
 * schema, model), checked, its diagnostics formatted as text and JSON, and,
 * when clean, every `gen` output built in memory.
 *
 * The loader reads files by path (it must fstat them), so the input goes to
 * an anonymous memfd opened once and reached as /proc/self/fd/N: no file
 * system writes, nothing left behind. That descriptor is the harness's only
 * state, which libFuzzer's C entry points give no other place to keep. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gen/emit/emitters.h"
#include "gen/output.h"
#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/load.h"
#include "validate/util/strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int input_fd = -1;

static void emit_outputs(const hv_registry *reg, const hv_diag_sink *sink)
{
    char err[256];
    hv_emit_ctx ctx = {reg, sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    if (!hv_emit_all(&ctx, &outs))
        abort(); /* a clean registry must always emit (or the harness found OOM) */
    hv_outputs_free(&outs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (input_fd < 0) {
        input_fd = memfd_create("hvcpuid-fuzz", MFD_CLOEXEC);
        if (input_fd < 0)
            abort();
    }
    if (ftruncate(input_fd, 0) != 0 || pwrite(input_fd, data, size, 0) != (ssize_t)size)
        abort();
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", input_fd);
    const char *paths[] = {path};

    hv_check_config config;
    hv_check_config_init(&config);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &config);
    hv_registry *reg = hv_registry_load(paths, 1, &sink);
    if (reg) {
        hv_run_checks(reg, &sink);
        hv_diag_sort(&sink);
        hv_strbuf text, json;
        hv_strbuf_init(&text);
        hv_strbuf_init(&json);
        hv_diag_format_text(&sink, &text);
        hv_diag_format_json(&sink, &json);
        hv_strbuf_free(&text);
        hv_strbuf_free(&json);
        if (sink.errors == 0 && !sink.io_error)
            emit_outputs(reg, &sink);
    }
    hv_diag_sink_free(&sink);
    hv_registry_free(reg);
    return 0;
}
