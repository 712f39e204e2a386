/* gen/cmd/diff.c - `hvcpuid diff OLD NEW`: what a change to the registry adds,
 * removes and changes, and whether it breaks something published (exit 1).
 * Both registries must check without errors first: a diff of a broken model
 * would be noise, and `hvcpuid check` reports the errors better. */
#include <string.h>

#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "validate/diff.h"

typedef enum diff_format { DIFF_TEXT, DIFF_JSON } diff_format;

typedef struct diff_args {
    int format; /* a diff_format */
    hv_color_opt color;
} diff_args;

static const char *const diff_formats[] = {"text", "json", NULL};

static const hv_option diff_options[] = {
    HV_OPT_CHOICE(0, "format", diff_args, format, diff_formats,
                  "the changes as text (the default) or JSON\n"
                  "(docs/json.md)"),
    HV_OPT_COLOR(diff_args, color),
    HV_OPT_END,
};

const hv_usage hv_diff_usage = {
    .name = "diff",
    .args = "OLD NEW",
    .about = "Compares two registries (each a root registry.xml or a vendor file), e.g. the\n"
             "target branch's spec/registry.xml and a pull request's. Lists added, removed and\n"
             "changed interfaces, leaves, fields, allocations and hypervisors on stdout.\n\n"
             "Incompatible: a published (active, deprecated or disputed) interface, leaf or\n"
             "field removed, a field moved or resized, an enumerated value removed or\n"
             "renumbered, a leaf renamed, a signature changed, an allocation in force shrunk or\n"
             "moved. A field kept with status=\"deprecated\" and\n"
             "replaced-by=\"SUCCESSOR\" may move (docs/format.md).",
    .notes = "Either registry may be '-', standard input. Exit status: 0 compatible, 1 "
             "incompatible, 2 usage or I/O error, or a registry\n"
             "with check errors (run hvcpuid check on it).",
    .options = diff_options,
};

/* Loads and checks one side; prints its diagnostics only when it fails: a
 * file that cannot be read says so (the loader names it), a broken one is
 * sent to `hvcpuid check`. */
static bool load_side(hv_session *s, const char *path, const char *which)
{
    int status = hv_session_run(s, &path, 1);
    if (status == HV_EXIT_OK)
        return true;
    hv_session_print_text(s);
    if (status == HV_EXIT_FINDINGS)
        fprintf(stderr,
                "hvcpuid diff: error: the %s registry %s does not check cleanly; fix it first\n",
                which, path);
    else if (s->sink.io_error)
        fprintf(stderr, "hvcpuid diff: error: the %s registry %s cannot be read\n", which, path);
    return false;
}

static int run_diff(const char *old_path, const char *new_path, bool json, hv_color_when color)
{
    hv_session o, n;
    hv_session_init(&o, NULL);
    hv_session_init(&n, NULL);
    o.color = n.color = color;
    int status = HV_EXIT_USAGE;
    if (load_side(&o, old_path, "old") && load_side(&n, new_path, "new")) {
        hv_diff diff;
        hv_diff_registries(o.reg, n.reg, &diff);
        hv_strbuf out;
        hv_strbuf_init(&out);
        if (json)
            hv_diff_format_json(&diff, &out);
        else
            hv_diff_format_text(&diff, &out);
        if (diff.failed || out.failed || !hv_write_stdout(out.data, out.len))
            fprintf(stderr, "hvcpuid diff: error: out of memory or cannot write the output\n");
        else
            status = diff.incompatible ? HV_EXIT_FINDINGS : HV_EXIT_OK;
        hv_strbuf_free(&out);
        hv_diff_free(&diff);
    }
    hv_session_free(&o);
    hv_session_free(&n);
    return status;
}

int hv_cmd_diff(int argc, char **argv)
{
    diff_args args = {.format = DIFF_TEXT};
    int npaths = 0;
    int status = hv_cli_parse(&hv_diff_usage, &args, argc, argv, &npaths);
    if (status != HV_CLI_RUN)
        return status;
    if (npaths != 2)
        return hv_usage_error("diff", "give exactly two registries, OLD and NEW");
    if (strcmp(argv[0], "-") == 0 && strcmp(argv[1], "-") == 0)
        return hv_usage_error("diff", "only one of OLD and NEW can be '-' (standard input)");
    return run_diff(argv[0], argv[1], args.format == DIFF_JSON, args.color.when);
}
