/* gen/cmd/export.c - `hvcpuid export`: the checked registry on stdout. */
#include <stdlib.h>
#include <string.h>

#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "gen/emit/canonical_xml.h"
#include "gen/emit/json.h"
#include "gen/emit/kcpuid.h"

/* The forms `export` can print. */
typedef enum export_format { EXPORT_JSON, EXPORT_CSV, EXPORT_XML } export_format;

static bool parse_format(const char *name, export_format *out)
{
    static const char *const names[] = {"json", "csv", "xml"};
    for (int i = 0; i < 3; i++) {
        if (strcmp(name, names[i]) == 0) {
            *out = (export_format)i;
            return true;
        }
    }
    return false;
}

int hv_cmd_export(int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    export_format format = EXPORT_JSON;
    if (!files)
        return HV_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            printf("usage: hvcpuid export [--format=json|csv|xml] [FILE...]\n\n"
                   "Checks the registry and prints it on stdout: JSON (docs/json.md), the\n"
                   "kcpuid CSV rows of every interface (the content of out/cpuid.csv), or the\n"
                   "canonical XML the HTML spec is made from, with computed facts and the\n"
                   "run's warnings (docs/html.md). Nothing is printed when the registry has\n"
                   "errors.\n");
            free(files);
            return HV_EXIT_OK;
        }
        if (strncmp(arg, "--format=", 9) == 0) {
            if (!parse_format(arg + 9, &format)) {
                free(files);
                return hv_usage_error("export", "unknown format '%s' (json, csv, xml)", arg + 9);
            }
        } else if (arg[0] == '-' && arg[1]) {
            free(files);
            return hv_usage_error("export", "unknown option '%s'", arg);
        } else {
            files[nfiles++] = arg;
        }
    }
    hv_session s;
    hv_session_init(&s);
    int status = hv_session_run(&s, files, nfiles);
    hv_session_print_text(&s);
    if (status == HV_EXIT_OK) {
        hv_strbuf out;
        hv_strbuf_init(&out);
        bool built = true;
        if (format == EXPORT_XML)
            built = hv_emit_canonical_xml(s.reg, &s.sink, &out);
        else if (format == EXPORT_CSV)
            hv_emit_kcpuid_all(s.reg, &out);
        else
            hv_emit_registry_json(s.reg, &out);
        if (!built || out.failed || !hv_write_stdout(out.data, out.len)) {
            fprintf(stderr, "hvcpuid export: error: cannot write the output\n");
            status = HV_EXIT_USAGE;
        }
        hv_strbuf_free(&out);
    }
    free(files);
    hv_session_free(&s);
    return status;
}
