/* gen/cmd/decode.c - `hvcpuid decode`: identify and decode the hypervisor leaves
 * of a CPUID dump (cpuid -r, AIDA64/InstLatx64, or `probe --format=raw`). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/decode/report.h"

#define HV_MAX_DUMP_SIZE (16u * 1024u * 1024u)
#define HV_DUMP_CAPACITY (1u << 17) /* results kept per CPU: the whole range and more */

/* Reads the whole dump (at most HV_MAX_DUMP_SIZE bytes). */
static char *read_dump(const char *path, const char *name, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: error: cannot open: %s\n", name, strerror(errno));
        return NULL;
    }
    char *buf = malloc(HV_MAX_DUMP_SIZE + 1);
    size_t n = buf ? fread(buf, 1, HV_MAX_DUMP_SIZE + 1, f) : 0;
    bool bad = !buf || ferror(f);
    if (f != stdin)
        fclose(f);
    if (bad) {
        fprintf(stderr, "%s: error: cannot read the dump\n", name);
        free(buf);
        return NULL;
    }
    if (n > HV_MAX_DUMP_SIZE) {
        fprintf(stderr, "%s: error: larger than 16 MiB; not a CPUID dump\n", name);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static int print_report(const hv_decode_input *in, bool json)
{
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_decode_counts c = hv_decode_report(in, json, &out);
    bool ok = !out.failed && hv_write_stdout(out.data, out.len);
    hv_strbuf_free(&out);
    if (!ok) {
        fprintf(stderr, "hvcpuid: error: cannot write the output\n");
        return HV_EXIT_USAGE;
    }
    return c.errors ? HV_EXIT_FINDINGS : HV_EXIT_OK;
}

static int decode_dump(const hvcpuid_tables *t, const char *path, bool json)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    size_t len = 0;
    char *text = read_dump(path, name, &len);
    hvcpuid_result *cpu0 = calloc(HV_DUMP_CAPACITY, sizeof *cpu0);
    hvcpuid_result *scratch = calloc(HV_DUMP_CAPACITY, sizeof *scratch);
    int status = HV_EXIT_USAGE;
    if (text && cpu0 && scratch) {
        hvcpuid_dump d;
        hvcpuid_dump_error err;
        hvcpuid_dump_init(&d, cpu0, scratch, HV_DUMP_CAPACITY);
        if (hvcpuid_dump_parse(&d, text, len, &err) != HVCPUID_DUMP_OK) {
            if (err.line)
                fprintf(stderr, "%s:%lu: error: %s\n", name, err.line, err.message);
            else
                fprintf(stderr, "%s: error: %s\n", name, err.message);
            status = HV_EXIT_FINDINGS;
        } else {
            hv_decode_input in = {t,
                                  &d.cpu0,
                                  d.cpus,
                                  d.cpus_differing,
                                  d.first_diff_cpu,
                                  d.first_diff_leaf,
                                  d.first_diff_subleaf};
            status = print_report(&in, json);
        }
    } else if (text) {
        fprintf(stderr, "hvcpuid decode: error: out of memory\n");
    }
    free(text);
    free(cpu0);
    free(scratch);
    return status;
}

typedef enum decode_format { DECODE_TEXT, DECODE_JSON } decode_format;

typedef struct decode_args {
    const char *registry;
    int format; /* a decode_format */
    hv_color_opt color;
} decode_args;

static const char *const decode_formats[] = {"text", "json", NULL};

static const hv_option decode_options[] = {
    HV_OPT_DECODE_REGISTRY(decode_args, registry),
    HV_OPT_CHOICE(0, "format", decode_args, format, decode_formats,
                  "text for a person (the default), or JSON\n"
                  "(docs/json.md)"),
    HV_OPT_COLOR(decode_args, color),
    HV_OPT_END,
};

const hv_usage hv_decode_usage = {
    .name = "decode",
    .args = "[DUMP|-]",
    .about = "Identifies every hypervisor interface in a CPUID dump (bases 0x40000000 to\n"
             "0x4000FF00) and decodes each field. DUMP is a `cpuid -r` dump (with or without\n"
             "the sub-leaf column), an AIDA64/InstLatx64 dump (libcpuid .test files too) or\n"
             "`hvcpuid probe --format=raw` output; '-' or nothing reads stdin.",
    .notes = "Exit status: 0 clean, 1 a malformed dump or data that contradicts the registry,\n"
             "2 usage or I/O error.",
    .options = decode_options,
};

int hv_cmd_decode(int argc, char **argv)
{
    decode_args args = {.format = DECODE_TEXT};
    int ndumps = 0;
    int status = hv_cli_parse(&hv_decode_usage, &args, argc, argv, &ndumps);
    if (status != HV_CLI_RUN)
        return status;
    if (ndumps > 1)
        return hv_usage_error("decode", "one dump at a time ('%s' and '%s')", argv[0], argv[1]);
    hv_session s;
    hvcpuid_tables storage;
    const hvcpuid_tables *t = NULL;
    hv_session_init(&s, NULL);
    s.color = args.color.when;
    status = hv_decode_tables("decode", args.registry, &s, &storage, &t);
    if (status == HV_EXIT_OK)
        status = decode_dump(t, ndumps ? argv[0] : "-", args.format == DECODE_JSON);
    hv_session_free(&s);
    return status;
}
