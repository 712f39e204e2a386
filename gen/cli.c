/* gen/cli.c - the shared pipeline behind every subcommand: option parsing
 * with its messages, the check levels every checking command takes, and
 * the load-and-check session. */
#include "gen/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen/version.h"
#include "validate/blame.h"
#include "validate/load.h"
#include "validate/util/strbuf.h"
#include "validate/util/text.h"

int hv_cli_parse(const hv_usage *u, void *args, int argc, char **argv, int *nargs)
{
    char err[2048]; /* room for an unknown check's list of every name */
    hv_parse_status st = hv_options_parse(u, args, argc, argv, nargs, err, sizeof err);
    if (st == HV_PARSE_OK)
        return HV_CLI_RUN;
    if (st == HV_PARSE_ERROR)
        return hv_usage_error(u->name, "%s", err);
    if (st == HV_PARSE_VERSION)
        return hv_print_version();
    hv_strbuf help;
    hv_strbuf_init(&help);
    hv_usage_help(u, &help);
    bool ok = !help.failed && hv_write_stdout(help.data, help.len);
    hv_strbuf_free(&help);
    return ok ? HV_EXIT_OK : HV_EXIT_USAGE;
}

bool hv_cli_check_level(const hv_option *opt, void *config, const char *value, char *err,
                        size_t errlen)
{
    char option[256]; /* the config reads the one-word form: -WNAME, -Eno-NAME, -Werror */
    int n = snprintf(option, sizeof option, "-%c%s", opt->short_name, value);
    if (n < 0 || (size_t)n >= sizeof option) {
        snprintf(err, errlen, "unknown check '%.*s...' (hvcpuid check --list shows them all)",
                 (int)hv_utf8_cut(value, strlen(value), 64), value);
        return false;
    }
    return hv_check_config_apply(config, option, err, errlen);
}

void hv_session_init(hv_session *s, const hv_check_config *config)
{
    memset(s, 0, sizeof *s);
    if (config)
        s->config = *config;
    else
        hv_check_config_init(&s->config);
    hv_diag_sink_init(&s->sink, &s->config);
    s->limits = hv_load_limits_default();
}

void hv_session_limits(hv_session *s, bool large)
{
    s->limits = large ? hv_load_limits_large() : hv_load_limits_default();
}

const char *const hv_color_choices[] = {"auto", "always", "never", NULL};
/* -f's values, and the choice each makes (gcc: no WHEN means always). */
const char *const hv_color_flags[] = {"diagnostics-color=auto",  "diagnostics-color=always",
                                      "diagnostics-color=never", "diagnostics-color",
                                      "no-diagnostics-color",    NULL};
static const hv_color_when color_flag_when[] = {HV_COLOR_AUTO, HV_COLOR_ALWAYS, HV_COLOR_NEVER,
                                                HV_COLOR_ALWAYS, HV_COLOR_NEVER};

bool hv_cli_use_color(hv_color_when when, int fd)
{
    if (when != HV_COLOR_AUTO)
        return when == HV_COLOR_ALWAYS;
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    return !(no_color && *no_color) && term && strcmp(term, "dumb") != 0 && isatty(fd);
}

bool hv_cli_color(const hv_option *opt, void *target, const char *value, char *err, size_t errlen)
{
    hv_color_opt *color = target;
    bool is_flag = opt->short_name == 'f';
    if (color->given) {
        snprintf(err, errlen, "colour given more than once (--color, -fdiagnostics-color)");
        return false;
    }
    for (size_t i = 0; opt->choices[i]; i++) {
        if (strcmp(value, opt->choices[i]) == 0) {
            color->when = is_flag ? color_flag_when[i] : (hv_color_when)i;
            color->given = true;
            return true;
        }
    }
    if (is_flag && strncmp(value, "diagnostics-color=", 18) != 0)
        snprintf(err, errlen, "unknown option '-f%.100s'", value);
    else
        snprintf(err, errlen, "unknown %s '%.100s' (auto, always or never)",
                 is_flag ? "-fdiagnostics-color" : "--color", is_flag ? value + 18 : value);
    return false;
}

/* "-" may stand for standard input once: a second one would read nothing. */
static bool stdin_once(const char *const *files, size_t count)
{
    size_t dashes = 0;
    for (size_t i = 0; i < count; i++)
        dashes += strcmp(files[i], "-") == 0;
    if (dashes > 1)
        fprintf(stderr,
                "hvcpuid: error: '-' (standard input) given %zu times; it can be read "
                "only once\n",
                dashes);
    return dashes <= 1;
}

int hv_session_run(hv_session *s, const char *const *files, size_t count)
{
    static const char *const fallback[] = {HV_DEFAULT_REGISTRY};
    if (!stdin_once(files, count))
        return HV_EXIT_USAGE;
    if (count == 0) {
        if (access(HV_DEFAULT_REGISTRY, F_OK) != 0) {
            fprintf(stderr, "hvcpuid: error: no registry file given and %s does not exist\n",
                    HV_DEFAULT_REGISTRY);
            return HV_EXIT_USAGE;
        }
        files = fallback;
        count = 1;
    }
    s->reg = hv_registry_load_limited(files, count, &s->limits, &s->sink);
    if (!s->reg) {
        fprintf(stderr, "hvcpuid: error: out of memory\n");
        return HV_EXIT_USAGE;
    }
    if (!s->sink.io_error) /* an unread file leaves nothing sound to check */
        hv_run_checks_against(s->reg, s->baseline, &s->sink);
    hv_diag_sort(&s->sink);
    if (s->baseline)
        hv_baseline_classify(s->baseline, &s->sink);
    if (s->sink.io_error)
        return HV_EXIT_USAGE;
    return s->sink.errors ? HV_EXIT_FINDINGS : HV_EXIT_OK;
}

void hv_session_print_text(hv_session *s)
{
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_diag_format_text_color(&s->sink, hv_cli_use_color(s->color, STDERR_FILENO), &out);
    fputs(hv_strbuf_cstr(&out), stderr);
    hv_strbuf_free(&out);
}

void hv_session_free(hv_session *s)
{
    hv_diag_sink_free(&s->sink);
    hv_registry_free(s->reg);
    hv_baseline_free(s->baseline);
    s->reg = NULL;
    s->baseline = NULL;
}

int hv_session_set_baseline(hv_session *s, const char *cmd, const char *old)
{
    char *path = hv_registry_path(cmd, old);
    if (!path)
        return HV_EXIT_USAGE;
    hv_session o;
    hv_session_init(&o, &s->config);
    o.config.werror = false;
    o.limits = s->limits;
    o.color = s->color;
    const char *files[] = {path};
    int status = hv_session_run(&o, files, 1);
    if (status == HV_EXIT_USAGE) {
        hv_session_print_text(&o);
        fprintf(stderr, "hvcpuid %s: error: cannot read the baseline %s\n", cmd, path);
    } else if (!(s->baseline = hv_baseline_new(o.reg, &o.sink))) {
        fprintf(stderr, "hvcpuid: error: out of memory\n");
        status = HV_EXIT_USAGE;
    } else {
        status = HV_EXIT_OK;
    }
    hv_session_free(&o);
    free(path);
    return status;
}

/* `dir`/`name` when that is a regular file, else NULL. */
static char *file_in(const char *dir, const char *name)
{
    char *path = hv_asprintf("%s/%s", dir, name);
    struct stat st;
    if (path && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return path;
    free(path);
    return NULL;
}

char *hv_registry_path(const char *cmd, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        char *copy = strdup(path); /* a file, or a path the loader reports on */
        if (!copy)
            fprintf(stderr, "hvcpuid: error: out of memory\n");
        return copy;
    }
    char *found = file_in(path, "registry.xml");
    if (!found)
        found = file_in(path, "spec/registry.xml");
    if (!found)
        hv_usage_error(cmd, "%s is a folder without registry.xml or spec/registry.xml", path);
    return found;
}

int hv_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "hvcpuid %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n(see 'hvcpuid %s --help')\n", cmd);
    va_end(ap);
    return HV_EXIT_USAGE;
}

bool hv_write_stdout(const char *data, size_t len)
{
    return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0;
}

int hv_print_version(void)
{
    static const char line[] = "hvcpuid " HVCPUID_VERSION "\n";
    return hv_write_stdout(line, sizeof line - 1) ? HV_EXIT_OK : HV_EXIT_USAGE;
}
