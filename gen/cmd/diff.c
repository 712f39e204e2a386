/* gen/cmd/diff.c - `hvcpuid diff OLD NEW` (or `diff --baseline OLD [NEW]`): what
 * a change to the registry adds, removes and changes, and whether it breaks
 * something published (exit 1). Both registries must check without errors
 * first: a diff of a broken model would be noise, and `hvcpuid check`
 * reports the errors better. With --baseline, NEW is checked against OLD,
 * so its errors are worded at the newcomer of each conflict. */
#include <stdlib.h>
#include <string.h>

#include "validate/blame.h"
#include "validate/diff.h"
#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "gen/version.h"

typedef enum diff_format { DIFF_TEXT, DIFF_JSON, DIFF_SARIF } diff_format;

typedef struct diff_args {
    int format; /* a diff_format */
    hv_color_opt color;
    const char *baseline;
} diff_args;

static const char *const diff_formats[] = {"text", "json", "sarif", NULL};

static const hv_option diff_options[] = {
    HV_OPT_CHOICE(0, "format", diff_args, format, diff_formats,
                  "the changes as text (the default), JSON\n"
                  "(docs/json.md) or SARIF 2.1.0 (code scanning)"),
    HV_OPT_STRING(0, "baseline", diff_args, baseline, "OLD",
                  "compare OLD with NEW (default spec/registry.xml),\n"
                  "checking NEW against OLD as check --baseline does"),
    HV_OPT_COLOR(diff_args, color),
    HV_OPT_END,
};

const hv_usage hv_diff_usage = {
    .name = "diff",
    .args = "OLD NEW",
    .about = "Compares two registries (each a root registry.xml, a vendor file, or a folder\n"
             "holding registry.xml or spec/registry.xml), e.g. the target branch's and a pull\n"
             "request's. Lists added, removed and changed interfaces, leaves, fields,\n"
             "allocations and hypervisors on stdout.\n\n"
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

static void format_diff(const hv_diff *diff, diff_format format, const char *new_root,
                        hv_strbuf *out)
{
    if (format == DIFF_JSON)
        hv_diff_format_json(diff, out);
    else if (format == DIFF_SARIF)
        hv_diff_format_sarif(diff, HVCPUID_VERSION, new_root, out);
    else
        hv_diff_format_text(diff, out);
}

/* Both sides loaded and checked (NEW against OLD when `baseline`), then
 * compared. */
static int run_diff(const char *old_path, const char *new_path, diff_format format, bool baseline,
                    hv_color_when color)
{
    hv_session o, n;
    hv_session_init(&o, NULL);
    hv_session_init(&n, NULL);
    o.color = n.color = color;
    int status = HV_EXIT_USAGE;
    bool old_ok = load_side(&o, old_path, "old");
    if (old_ok && baseline && !(n.baseline = hv_baseline_new(o.reg, &o.sink))) {
        fprintf(stderr, "hvcpuid: error: out of memory\n");
        old_ok = false;
    }
    if (old_ok && load_side(&n, new_path, "new")) {
        hv_diff diff;
        hv_diff_registries(o.reg, n.reg, &diff);
        hv_strbuf out;
        hv_strbuf_init(&out);
        format_diff(&diff, format, new_path, &out);
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
    const char *old = args.baseline ? args.baseline : npaths > 0 ? argv[0] : NULL;
    const char *new = args.baseline ? (npaths ? argv[0] : HV_DEFAULT_REGISTRY)
                      : npaths > 1  ? argv[1]
                                    : NULL;
    if (args.baseline ? npaths > 1 : npaths != 2)
        return hv_usage_error("diff", "give exactly two registries, OLD and NEW, or --baseline "
                                      "OLD and at most NEW");
    if (strcmp(old, "-") == 0 && strcmp(new, "-") == 0)
        return hv_usage_error("diff", "only one of OLD and NEW can be '-' (standard input)");
    char *old_path = hv_registry_path("diff", old), *new_path = hv_registry_path("diff", new);
    status = old_path && new_path ? run_diff(old_path, new_path, (diff_format)args.format,
                                             args.baseline != NULL, args.color.when)
                                  : HV_EXIT_USAGE;
    free(old_path);
    free(new_path);
    return status;
}
