/* gen/cmd/diff.c - `hvcpuid diff OLD NEW`: what a change to the registry adds,
 * removes and changes, and whether it breaks something published (exit 1).
 * Both registries must check without errors first: a diff of a broken model
 * would be noise, and `hvcpuid check` reports the errors better. */
#include <stdlib.h>
#include <string.h>

#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "validate/diff.h"

static void print_diff_help(void)
{
    printf("usage: hvcpuid diff [--format=text|json] OLD NEW\n\n"
           "Compares two registries (each a root registry.xml or a vendor file), e.g. the\n"
           "target branch's spec/registry.xml and a pull request's. Lists added, removed and\n"
           "changed interfaces, leaves, fields, allocations and hypervisors on stdout.\n\n"
           "Incompatible: a published (active, deprecated or disputed) interface, leaf or\n"
           "field removed, a field moved or resized, an enumerated value removed or\n"
           "renumbered, a leaf renamed, a signature changed, an allocation in force shrunk or\n"
           "moved. A field kept with status=\"deprecated\" and\n"
           "replaced-by=\"SUCCESSOR\" may move (docs/format.md).\n\n"
           "Exit status: 0 compatible, 1 incompatible, 2 usage or I/O error, or a registry\n"
           "with check errors (run hvcpuid check on it).\n");
}

/* Loads and checks one side; prints its diagnostics only when it fails. */
static bool load_side(hv_session *s, const char *path, const char *which)
{
    int status = hv_session_run(s, &path, 1);
    if (status == HV_EXIT_OK)
        return true;
    hv_session_print_text(s);
    fprintf(stderr,
            "hvcpuid diff: error: the %s registry %s does not check cleanly; fix it first\n", which,
            path);
    return false;
}

static int run_diff(const char *old_path, const char *new_path, bool json)
{
    hv_session o, n;
    hv_session_init(&o);
    hv_session_init(&n);
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
    const char *paths[2];
    size_t npaths = 0;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            print_diff_help();
            return HV_EXIT_OK;
        }
        if (strcmp(arg, "--format=json") == 0 || strcmp(arg, "--format=text") == 0)
            json = arg[9] == 'j';
        else if (strncmp(arg, "--format=", 9) == 0)
            return hv_usage_error("diff", "unknown format '%s' (text or json)", arg + 9);
        else if (arg[0] == '-' && arg[1])
            return hv_usage_error("diff", "unknown option '%s'", arg);
        else if (npaths == 2)
            return hv_usage_error("diff", "give exactly two registries, OLD and NEW");
        else
            paths[npaths++] = arg;
    }
    if (npaths != 2)
        return hv_usage_error("diff", "give exactly two registries, OLD and NEW");
    return run_diff(paths[0], paths[1], json);
}
