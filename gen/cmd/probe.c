/* gen/cmd/probe.c - `hvcpuid probe`: CPUID on this machine, decoded like a dump
 * (text, json) or printed as `cpuid -r` lines that `decode` reads back. */
#include <stdlib.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/decode/report.h"

#define HV_PROBE_CAPACITY (1u << 17)

static int probe_help(void)
{
    printf("usage: hvcpuid probe [--registry FILE] [--format=text|json|raw]\n\n"
           "Runs CPUID on this CPU (x86 only): leaf 0, leaf 1, the highest basic leaf, every\n"
           "base 0x40000000..0x4000FF00 that answers, and the leaves of each hypervisor found.\n"
           "text and json print what `hvcpuid decode` prints; raw prints `cpuid -r` lines,\n"
           "and `hvcpuid probe --format=raw | hvcpuid decode` prints what `hvcpuid probe`\n"
           "prints. Exit status: 0 clean, 1 data that contradicts the registry, 2 usage error\n"
           "or not an x86 CPU.\n");
    return HV_EXIT_OK;
}

static int run_probe(const hvcpuid_tables *t, int format)
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
    if (format == 'r') {
        hv_decode_print_raw(&set, &out);
    } else {
        hv_decode_input in = {t, &set, 1, 0, 0, 0, 0};
        c = hv_decode_report(&in, format == 'j', &out);
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
    const char *registry = NULL;
    int format = 't';
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
            return probe_help();
        if (strcmp(arg, "--registry") == 0 && i + 1 < argc)
            registry = argv[++i];
        else if (strncmp(arg, "--registry=", 11) == 0)
            registry = arg + 11;
        else if (!strcmp(arg, "--format=text") || !strcmp(arg, "--format=json") ||
                 !strcmp(arg, "--format=raw"))
            format = arg[9];
        else if (strncmp(arg, "--format=", 9) == 0)
            return hv_usage_error("probe", "unknown format '%s' (text, json, raw)", arg + 9);
        else
            return hv_usage_error("probe", "unexpected argument '%s'", arg);
    }
    if (!hvcpuid_probe_supported()) {
        fprintf(stderr, "hvcpuid probe: error: this is not an x86 CPU, so there is no CPUID "
                        "to run; decode a dump taken on one instead\n");
        return HV_EXIT_USAGE;
    }
    hv_session s;
    hvcpuid_tables storage;
    const hvcpuid_tables *t = NULL;
    hv_session_init(&s);
    int status = hv_decode_tables("probe", registry, &s, &storage, &t);
    if (status == HV_EXIT_OK)
        status = run_probe(t, format);
    hv_session_free(&s);
    return status;
}
