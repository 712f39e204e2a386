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
    bool strict, wide, all;
    hv_color_opt color;
} probe_args;

static const char *const probe_formats[] = {"text", "json", "raw", NULL};

static const hv_option probe_options[] = {
    HV_OPT_DECODE_REGISTRY(probe_args, registry),
    HV_OPT_CHOICE(0, "format", probe_args, format, probe_formats,
                  "what `hvcpuid decode` prints (text, the default,\n"
                  "or json), or `cpuid -r` lines decode reads back"),
    HV_OPT_FLAG(0, "strict", probe_args, strict,
                "bits or leaves the registry does not describe\n"
                "are errors (exit 1), as with decode --strict"),
    HV_OPT_FLAG(0, "wide", probe_args, wide, "one line per field and finding"),
    HV_OPT_FLAG(0, "all", probe_args, all, "every field, clear flags too"),
    HV_OPT_COLOR(probe_args, color),
    HV_OPT_END,
};

const hv_usage hv_probe_usage = {
    .name = "probe",
    .about = "Runs CPUID on this CPU (x86 only): leaf 0, leaf 1, the highest basic leaf, every\n"
             "base 0x40000000..0x4000FF00 that answers, and the leaves of each hypervisor found.\n"
             "`hvcpuid probe --format=raw | hvcpuid decode` prints what `hvcpuid probe` prints.",
    .notes = "Findings name probe:LINE, the line of `hvcpuid probe --format=raw` they are\n"
             "about; the policy is decode's (see `hvcpuid decode --help`). Exit status: 0 no\n"
             "errors, 1 an error finding, 2 usage error or not an x86 CPU.",
    .options = probe_options,
};

/* Numbers the results as `probe --format=raw` prints them (a heading, then
 * one line each), so findings name a line of that output. */
static void number_lines(hvcpuid_results *set)
{
    for (size_t i = 0; i < set->count; i++)
        set->items[i].line = (uint32_t)(i + 2);
}

static int run_probe(const hvcpuid_tables *t, const probe_args *args)
{
    probe_format format = (probe_format)args->format;
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
        number_lines(&set);
        hv_decode_input in = {t, &set, "probe", args->strict, 1, 0, 0, 0, 0, 0};
        hv_decode_style style = {format == PROBE_JSON, args->wide, args->all};
        c = hv_decode_report(&in, style, &out);
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
        status = run_probe(t, &args);
    hv_session_free(&s);
    return status;
}
