/* gen/cmd/export.c - `hvcpuid export`: the checked registry on stdout, in any
 * format the output table (gen/emit/emitters.c) gives a name. */
#include <stdlib.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/emit/emitters.h"

/* The output table's row for a format name, or NULL. */
static const hv_emitter *find_format(const char *name)
{
    for (size_t i = 0; hv_export_format(i); i++)
        if (strcmp(name, hv_export_format(i)) == 0)
            return hv_export_emitter(i);
    return NULL;
}

/* Runs the format's emitter and prints the one file it made. */
static int print_export(const hv_session *s, const hv_emitter *e)
{
    char err[512] = "";
    hv_emit_ctx ctx = {s->reg, &s->sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    int status = HV_EXIT_OK;
    if (!e->emit(&ctx, &outs) || !hv_outputs_complete(&outs) || outs.count != 1 ||
        !hv_write_stdout(outs.items[0].data.data, outs.items[0].data.len)) {
        fprintf(stderr, "hvcpuid export: error: cannot write the output%s%s\n", err[0] ? ": " : "",
                err);
        status = HV_EXIT_USAGE;
    }
    hv_outputs_free(&outs);
    return status;
}

int hv_cmd_export(int argc, char **argv)
{
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    const hv_emitter *format = hv_export_emitter(0);
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
            if (!(format = find_format(arg + 9))) {
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
    if (status == HV_EXIT_OK)
        status = print_export(&s, format);
    free(files);
    hv_session_free(&s);
    return status;
}
