/* gen/cmd/check.c - `hvcpuid check`: the gate a registry change must pass. */
#include <stdlib.h>
#include <string.h>

#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "gen/version.h"

static void print_check_help(void)
{
    printf("usage: hvcpuid check [OPTIONS] [FILE...]\n\n"
           "Loads the registry (spec/registry.xml when no FILE is given; several FILEs form one\n"
           "registry, so a new vendor file can be checked together with the root) and runs\n"
           "every named check.\n\n"
           "  -W NAME, -WNAME        report check NAME as a warning\n"
           "  -E NAME, -ENAME        report check NAME as an error\n"
           "  -W no-NAME, -Wno-NAME  turn check NAME off (also -Eno-NAME)\n"
           "  -Werror                report every warning as an error\n"
           "  --format=text|json|sarif  text diagnostics on stderr (default), or JSON or\n"
           "                         SARIF 2.1.0 (for code-scanning uploads) on stdout\n"
           "  --list                 list the checks with their default levels and exit\n\n"
           "Options apply left to right. Exit status: 0 no errors, 1 errors, 2 usage or I/O.\n");
}

static void print_check_list(void)
{
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    static const char *const levels[] = {"off", "warning", "error"};
    for (size_t i = 0; i < count; i++)
        printf("%-28s %-8s %s\n", checks[i].name, levels[checks[i].default_level],
               checks[i].summary);
}

/* Joins "-W" "NAME" into "-WNAME" so the config sees one form. */
static const char *check_option(char **argv, int argc, int *i, char *buf, size_t cap)
{
    const char *arg = argv[*i];
    if ((strcmp(arg, "-W") == 0 || strcmp(arg, "-E") == 0) && *i + 1 < argc) {
        snprintf(buf, cap, "%s%s", arg, argv[++*i]);
        return buf;
    }
    return arg;
}

int hv_cmd_check(int argc, char **argv)
{
    hv_session s;
    hv_session_init(&s);
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    enum { FMT_TEXT, FMT_JSON, FMT_SARIF } format = FMT_TEXT;
    bool options_done = false;
    int status = HV_EXIT_OK;
    if (!files)
        return HV_EXIT_USAGE;
    for (int i = 1; i < argc && status == HV_EXIT_OK; i++) {
        const char *arg = argv[i];
        char joined[256], err[256];
        if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
            files[nfiles++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            options_done = true;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            print_check_help();
            free(files);
            return HV_EXIT_OK;
        } else if (strcmp(arg, "--list") == 0) {
            print_check_list();
            free(files);
            return HV_EXIT_OK;
        } else if (strncmp(arg, "--format=", 9) == 0) {
            if (strcmp(arg + 9, "json") == 0)
                format = FMT_JSON;
            else if (strcmp(arg + 9, "sarif") == 0)
                format = FMT_SARIF;
            else if (strcmp(arg + 9, "text") == 0)
                format = FMT_TEXT;
            else
                status =
                    hv_usage_error("check", "unknown format '%s' (text, json or sarif)", arg + 9);
        } else if (arg[1] == 'W' || arg[1] == 'E') {
            const char *opt = check_option(argv, argc, &i, joined, sizeof joined);
            if (!hv_check_config_apply(&s.config, opt, err, sizeof err))
                status = hv_usage_error("check", "%s", err);
        } else {
            status = hv_usage_error("check", "unknown option '%s'", arg);
        }
    }
    if (status == HV_EXIT_OK) {
        status = hv_session_run(&s, files, nfiles);
        if (format != FMT_TEXT) {
            hv_strbuf out;
            hv_strbuf_init(&out);
            if (format == FMT_JSON)
                hv_diag_format_json(&s.sink, &out);
            else
                hv_diag_format_sarif(&s.sink, HVCPUID_VERSION, &out);
            if (!hv_write_stdout(out.data ? out.data : "", out.len))
                status = HV_EXIT_USAGE;
            hv_strbuf_free(&out);
        } else {
            hv_session_print_text(&s);
        }
    }
    free(files);
    hv_session_free(&s);
    return status;
}
