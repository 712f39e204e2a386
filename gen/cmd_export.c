/* cmd_export.c - `hvcpuid export`: the checked registry on stdout. */
#include <stdlib.h>
#include <string.h>

#include "../validate/strbuf.h"
#include "cli.h"
#include "emit_json.h"

int hv_cmd_export(int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    if (!files)
        return HV_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            printf("usage: hvcpuid export [--format=json] [FILE...]\n\n"
                   "Checks the registry and prints it on stdout (docs/json.md describes the\n"
                   "JSON). Nothing is printed when the registry has errors.\n");
            free(files);
            return HV_EXIT_OK;
        }
        if (strncmp(arg, "--format=", 9) == 0) {
            if (strcmp(arg + 9, "json") != 0) {
                free(files);
                return hv_usage_error("export", "unknown format '%s' (json)", arg + 9);
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
        hv_emit_registry_json(s.reg, &out);
        if (out.failed || !hv_write_stdout(out.data, out.len)) {
            fprintf(stderr, "hvcpuid export: error: cannot write the output\n");
            status = HV_EXIT_USAGE;
        }
        hv_strbuf_free(&out);
    }
    free(files);
    hv_session_free(&s);
    return status;
}
