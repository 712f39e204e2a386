/* gen/cmd/export.c - `hvcpuid export`: the checked registry on stdout, in any
 * format the output table (gen/emit/emitters.c) gives a name. */
#include "gen/cli.h"
#include "gen/emit/emitters.h"

typedef struct export_args {
    int format; /* index of the row among hv_export_format()'s */
    bool large;
    hv_color_opt color;
} export_args;

static const hv_option export_options[] = {
    HV_OPT_CHOICE_FN(0, "format", export_args, format, hv_export_format,
                     "json (the default; docs/json.md), the kcpuid CSV\n"
                     "rows of every interface (csv: out/cpuid.csv), or\n"
                     "the canonical XML the HTML spec is made from (xml;\n"
                     "docs/html.md)"),
    HV_OPT_COLOR(export_args, color),
    HV_OPT_LARGE_REGISTRY(export_args, large),
    HV_OPT_END,
};

const hv_usage hv_export_usage = {
    .name = "export",
    .args = "[FILE...]",
    .about = "Checks the registry and prints it on stdout, as JSON unless --format names\n"
             "another format; the canonical XML carries computed facts and the run's\n"
             "warnings. Nothing is printed when the registry has errors.",
    .options = export_options,
};

/* Runs the format's emitter and prints the one file it made. */
static int print_export(const hv_session *s, const hv_emitter *e)
{
    char err[512] = "";
    hv_emit_ctx ctx = {s->reg, &s->sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    int status = HV_EXIT_OK;
    if (!hv_emit_run(&ctx, e, &outs) || outs.count != 1 ||
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
    export_args args = {0};
    int nfiles = 0;
    int status = hv_cli_parse(&hv_export_usage, &args, argc, argv, &nfiles);
    if (status != HV_CLI_RUN)
        return status;
    hv_session s;
    hv_session_init(&s, NULL);
    hv_session_limits(&s, args.large);
    s.color = args.color.when;
    status = hv_session_run(&s, (const char *const *)argv, (size_t)nfiles);
    hv_session_print_text(&s);
    if (status == HV_EXIT_OK)
        status = print_export(&s, hv_export_emitter((size_t)args.format));
    hv_session_free(&s);
    return status;
}
