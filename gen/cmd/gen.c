/* gen/cmd/gen.c - `hvcpuid gen`: check, then regenerate every output. A registry
 * with errors writes nothing; unchanged outputs keep their timestamps.
 *
 * gen takes no -W/-E: it checks at the default levels, so what it writes is
 * a function of the registry alone (the committed out/ cannot depend on who
 * ran gen with which options), an error an emitter relies on (c-identifier,
 * field-overlap) cannot be lowered to let a broken registry through, and the
 * report on the HTML page, made from this run's diagnostics, is what a plain
 * `hvcpuid check` prints. */
#include <string.h>

#include "gen/cli.h"
#include "gen/emit/emitters.h"

typedef struct gen_args {
    const char *dir;
    bool large;
    hv_color_opt color;
} gen_args;

static const hv_option gen_options[] = {
    HV_OPT_STRING('o', NULL, gen_args, dir, "DIR", "write below DIR (default: out)"),
    HV_OPT_COLOR(gen_args, color),
    HV_OPT_LARGE_REGISTRY(gen_args, large),
    HV_OPT_END,
};

static void list_outputs(hv_strbuf *out)
{
    hv_strbuf_puts(out, "Outputs, below DIR:\n");
    hv_emit_list_paths(out);
}

const hv_usage hv_gen_usage = {
    .name = "gen",
    .args = "[FILE...]",
    .about = "Checks the registry at the default check levels and, when it has no errors,\n"
             "writes every output below DIR. Files are replaced atomically and only when\n"
             "their content changes.",
    .options = gen_options,
    .more = list_outputs,
};

/* Builds every output in memory, then writes the set. */
static int write_outputs(const hv_session *s, const char *dir)
{
    char err[512];
    hv_emit_ctx ctx = {s->reg, &s->sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    hv_write_stats stats;
    int status = HV_EXIT_USAGE;
    if (!hv_emit_all(&ctx, &outs)) {
        fprintf(stderr, "hvcpuid gen: error: %s; nothing written\n", err);
    } else if (hv_outputs_write(&outs, dir, stderr, &stats)) {
        fprintf(stderr, "hvcpuid gen: %zu file%s written, %zu unchanged in %s/\n", stats.written,
                stats.written == 1 ? "" : "s", stats.unchanged, dir);
        status = HV_EXIT_OK;
    }
    hv_outputs_free(&outs);
    return status;
}

int hv_cmd_gen(int argc, char **argv)
{
    gen_args args = {.dir = "out"};
    int nfiles = 0;
    int status = hv_cli_parse(&hv_gen_usage, &args, argc, argv, &nfiles);
    if (status != HV_CLI_RUN)
        return status;
    if (strcmp(args.dir, "-") == 0) /* gen writes a folder; one output on stdout is export's */
        return hv_usage_error("gen", "-o names a folder; gen writes many files, so it cannot "
                                     "write to standard output ('-'): use 'hvcpuid export "
                                     "--format=FORMAT' for one output on stdout");
    if (!*args.dir)
        return hv_usage_error("gen", "refusing -o '': it needs a folder name, not an empty one");
    hv_session s;
    hv_session_init(&s, NULL);
    hv_session_limits(&s, args.large);
    s.color = args.color.when;
    status = hv_session_run(&s, (const char *const *)argv, (size_t)nfiles);
    hv_session_print_text(&s);
    if (status == HV_EXIT_OK)
        status = write_outputs(&s, args.dir);
    else if (status == HV_EXIT_FINDINGS)
        fprintf(stderr, "hvcpuid gen: errors found; nothing written\n");
    hv_session_free(&s);
    return status;
}
