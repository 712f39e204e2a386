/* fuzz_registry.c - libFuzzer harness for the registry front end and the
 * emitters: each input is one registry file, loaded (hardened libxml2 parse,
 * schema, model), checked, its diagnostics formatted as text, JSON and
 * SARIF, and, when clean, every `gen` output built in memory. Beyond memory
 * errors it aborts on what issue 15 closed: a diagnostic with a raw control
 * or hidden character, or bytes that are not UTF-8 (docs/robustness.md); a
 * clean registry whose outputs fail or pass their limit; a kcpuid CSV line
 * longer than kcpuid reads or holding such a character.
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
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gen/emit/emitters.h"
#include "gen/output.h"
#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/load.h"
#include "validate/util/strbuf.h"
#include "validate/util/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int input_fd = -1;

/* Aborts unless `s` is UTF-8 holding no control character but line feeds
 * and nothing hv_char_hidden() names, and no line that does not start with
 * '#' is longer than `row_max` bytes (kcpuid skips comments unread). */
static void assert_shown(const char *s, size_t n, size_t row_max)
{
    size_t line = 0;
    bool comment = n && s[0] == '#';
    for (size_t i = 0; i < n;) {
        uint32_t c = 0;
        size_t len = hv_utf8_decode(s + i, n - i, &c);
        if (len == 0 || (c < 0x20 && c != '\n') || c == 0x7F || hv_char_hidden(c))
            abort();
        line = c == '\n' ? 0 : line + len;
        if (!comment && line > row_max)
            abort();
        i += len;
        if (c == '\n')
            comment = i < n && s[i] == '#';
    }
}

static void emit_outputs(const hv_registry *reg, const hv_diag_sink *sink)
{
    char err[512];
    hv_emit_ctx ctx = {reg, sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    if (!hv_emit_all(&ctx, &outs))
        abort(); /* a clean registry must always emit within its limit (or the harness found OOM) */
    for (size_t i = 0; i < outs.count; i++) {
        size_t len = strlen(outs.items[i].path);
        if (len > 4 && strcmp(outs.items[i].path + len - 4, ".csv") == 0)
            assert_shown(outs.items[i].data.data, outs.items[i].data.len, 510);
    }
    hv_outputs_free(&outs);
}

/* The findings in all three formats: nothing a registry says reaches them
 * raw. */
static void format_findings(const hv_diag_sink *sink)
{
    hv_strbuf text, json, sarif;
    hv_strbuf_init(&text);
    hv_strbuf_init(&json);
    hv_strbuf_init(&sarif);
    hv_diag_format_text(sink, &text);
    hv_diag_format_json(sink, &json);
    hv_diag_format_sarif(sink, "fuzz", &sarif);
    assert_shown(text.data, text.len, SIZE_MAX);
    assert_shown(json.data, json.len, SIZE_MAX);
    assert_shown(sarif.data, sarif.len, SIZE_MAX);
    hv_strbuf_free(&text);
    hv_strbuf_free(&json);
    hv_strbuf_free(&sarif);
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
        format_findings(&sink);
        if (sink.errors == 0 && !sink.io_error)
            emit_outputs(reg, &sink);
    }
    hv_diag_sink_free(&sink);
    hv_registry_free(reg);
    return 0;
}
