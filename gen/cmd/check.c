/* gen/cmd/check.c - `hvcpuid check`: the gate a registry change must pass. */
#include "validate/util/json_writer.h"
#include "validate/util/strbuf.h"
#include "gen/cli.h"
#include "gen/version.h"

typedef enum check_format { CHECK_TEXT, CHECK_JSON, CHECK_SARIF } check_format;

typedef struct check_args {
    hv_check_config levels;
    int format; /* a check_format */
    bool list;
    hv_color_opt color;
    const char *baseline; /* OLD, or NULL */
    bool large;
} check_args;

static const char *const check_formats[] = {"text", "json", "sarif", NULL};

static const hv_option check_options[] = {
    HV_OPT_CHECK_LEVELS(check_args, levels),
    HV_OPT_CHOICE(0, "format", check_args, format, check_formats,
                  "text diagnostics on stderr (the default), or JSON\n"
                  "or SARIF 2.1.0 (for code-scanning uploads) on\n"
                  "stdout"),
    HV_OPT_STRING(0, "baseline", check_args, baseline, "OLD",
                  "the registry this one changes (a file, or a\n"
                  "folder with registry.xml or spec/registry.xml):\n"
                  "blame each conflict on its newcomer, and mark what\n"
                  "OLD had too as unchanged (not counted)"),
    HV_OPT_FLAG(0, "list", check_args, list,
                "list the checks with their default levels, and\n"
                "exit (as text, or JSON with --format=json)"),
    HV_OPT_COLOR(check_args, color),
    HV_OPT_LARGE_REGISTRY(check_args, large),
    HV_OPT_END,
};

const hv_usage hv_check_usage = {
    .name = "check",
    .args = "[FILE...]",
    .about = "Loads the registry (spec/registry.xml when no FILE is given; several FILEs form one\n"
             "registry, so a new vendor file can be checked together with the root) and runs\n"
             "every named check.",
    .notes = "-W and -E take NAME stuck on or as the next word (-W NAME); -Werror=NAME and\n"
             "-Wno-error=NAME, as gcc spells them, make one check an error, or keep it a\n"
             "warning under -Werror. Options apply left to right. FILE '-' is standard\n"
             "input. With --baseline, findings OLD had too are shown as unchanged and\n"
             "neither -Werror nor the exit status counts them (docs/checks.md). Exit\n"
             "status: 0 no errors, 1 errors, 2 usage or I/O (a file that cannot be read).",
    .options = check_options,
};

/* `check --list`: the check table as text columns, or as the JSON document
 * "hvcpuid-checks" (docs/json.md); the exit status says whether all of it
 * reached stdout. */
static int print_check_list(check_format format)
{
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    static const char *const levels[] = {"off", "warning", "error"};
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_json j;
    if (format == CHECK_JSON) {
        hv_json_document_begin(&j, &out, "hvcpuid-checks", 1);
        hv_json_key(&j, "checks");
        hv_json_array_begin(&j);
    }
    for (size_t i = 0; i < count; i++) {
        if (format != CHECK_JSON) {
            hv_strbuf_printf(&out, "%-28s %-8s %s\n", checks[i].name,
                             levels[checks[i].default_level], checks[i].summary);
            continue;
        }
        hv_json_object_begin(&j);
        hv_json_kv_string(&j, "name", checks[i].name);
        hv_json_kv_string(&j, "level", levels[checks[i].default_level]);
        hv_json_kv_bool(&j, "fixed", checks[i].fixed);
        hv_json_kv_string(&j, "prerequisite", hv_check_name(checks[i].prereq));
        hv_json_kv_string(&j, "summary", checks[i].summary);
        hv_json_object_end(&j);
    }
    if (format == CHECK_JSON) {
        hv_json_array_end(&j);
        hv_json_object_end(&j);
        hv_json_finish(&j);
    }
    bool ok = !out.failed && hv_write_stdout(out.data ? out.data : "", out.len);
    hv_strbuf_free(&out);
    return ok ? HV_EXIT_OK : HV_EXIT_USAGE;
}

/* The findings in the chosen format: text on stderr, JSON or SARIF on stdout. */
static int print_findings(hv_session *s, check_format format, int status)
{
    if (format == CHECK_TEXT) {
        hv_session_print_text(s);
        return status;
    }
    hv_strbuf out;
    hv_strbuf_init(&out);
    if (format == CHECK_JSON)
        hv_diag_format_json(&s->sink, &out);
    else
        hv_diag_format_sarif(&s->sink, HVCPUID_VERSION, &out);
    if (!hv_write_stdout(out.data ? out.data : "", out.len))
        status = HV_EXIT_USAGE;
    hv_strbuf_free(&out);
    return status;
}

int hv_cmd_check(int argc, char **argv)
{
    check_args args = {.format = CHECK_TEXT};
    hv_check_config_init(&args.levels);
    int nfiles = 0;
    int status = hv_cli_parse(&hv_check_usage, &args, argc, argv, &nfiles);
    if (status != HV_CLI_RUN)
        return status;
    if (args.list && args.format == CHECK_SARIF)
        return hv_usage_error("check", "--list prints text or json, not sarif");
    if (args.list)
        return print_check_list((check_format)args.format);
    hv_session s;
    hv_session_init(&s, &args.levels);
    hv_session_limits(&s, args.large);
    s.color = args.color.when;
    status = args.baseline ? hv_session_set_baseline(&s, "check", args.baseline) : HV_EXIT_OK;
    if (status == HV_EXIT_OK) {
        status = hv_session_run(&s, (const char *const *)argv, (size_t)nfiles);
        status = print_findings(&s, (check_format)args.format, status);
    }
    hv_session_free(&s);
    return status;
}
