/* gen/cmd/probe.c - `hvcpuid probe`: CPUID on this machine, decoded like a dump
 * (text, json) or printed as `cpuid -r` lines that `decode` reads back. */
#include <stdlib.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/decode/report.h"

#define HV_PROBE_CAPACITY (1u << 17)

typedef enum probe_format { PROBE_TEXT, PROBE_JSON, PROBE_RAW } probe_format;

typedef struct probe_args {
    const char *registry;
    int format; /* a probe_format */
    hv_color_opt color;
} probe_args;

static const char *const probe_formats[] = {"text", "json", "raw", NULL};

static const hv_option probe_options[] = {
    HV_OPT_DECODE_REGISTRY(probe_args, registry),
    HV_OPT_CHOICE(0, "format", probe_args, format, probe_formats,
                  "what `hvcpuid decode` prints (text, the default,\n"
                  "or json), or `cpuid -r` lines decode reads back"),
    HV_OPT_COLOR(probe_args, color),
    HV_OPT_END,
};

const hv_usage hv_probe_usage = {
    .name = "probe",
    .about = "Runs CPUID on this CPU (x86 only): leaf 0, leaf 1, the highest basic leaf, every\n"
             "base 0x40000000..0x4000FF00 that answers, and the leaves of each hypervisor found.\n"
             "`hvcpuid probe --format=raw | hvcpuid decode` prints what `hvcpuid probe` prints.",
    .notes = "Exit status: 0 clean, 1 data that contradicts the registry, 2 usage error or not\n"
             "an x86 CPU.",
    .options = probe_options,
};

static int run_probe(const hvcpuid_tables *t, probe_format format)
{
    hvcpuid_result *storage = calloc(HV_PROBE_CAPACITY, sizeof *storage);
    hvcpuid_results set;
    if (!storage) {
        fprintf(stderr, "hvcpuid probe: error: out of memory\n");
        return HV_EXIT_USAGE;
    }
    hvcpuid_results_init(&set, storage, HV_PROBE_CAPACITY);
    if (hvcpuid_probe(t, &set) != 0) {
        free(storage);
        fprintf(stderr, "hvcpuid probe: error: cannot run CPUID\n");
        return HV_EXIT_USAGE;
    }
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_decode_counts c = {0, 0};
    if (format == PROBE_RAW) {
        hv_decode_print_raw(&set, &out);
    } else {
        hv_decode_input in = {t, &set, 1, 0, 0, 0, 0};
        c = hv_decode_report(&in, format == PROBE_JSON, &out);
    }
    bool ok = !out.failed && hv_write_stdout(out.data, out.len);
    hv_strbuf_free(&out);
    free(storage);
    if (!ok) {
        fprintf(stderr, "hvcpuid probe: error: cannot write the output\n");
        return HV_EXIT_USAGE;
    }
    return c.errors ? HV_EXIT_FINDINGS : HV_EXIT_OK;
}

int hv_cmd_probe(int argc, char **argv)
{
    probe_args args = {.format = PROBE_TEXT};
    int nargs = 0;
    int status = hv_cli_parse(&hv_probe_usage, &args, argc, argv, &nargs);
    if (status != HV_CLI_RUN)
        return status;
    if (nargs)
        return hv_usage_error("probe", "unexpected argument '%s'", argv[0]);
    if (!hvcpuid_probe_supported()) {
        fprintf(stderr, "hvcpuid probe: error: this is not an x86 CPU, so there is no CPUID "
                        "to run; decode a dump taken on one instead\n");
        return HV_EXIT_USAGE;
    }
    hv_session s;
    hvcpuid_tables storage;
    const hvcpuid_tables *t = NULL;
    hv_session_init(&s, NULL);
    s.color = args.color.when;
    status = hv_decode_tables("probe", args.registry, &s, &storage, &t);
    if (status == HV_EXIT_OK)
        status = run_probe(t, (probe_format)args.format);
    hv_session_free(&s);
    return status;
}
