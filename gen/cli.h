/* gen/cli.h - what the subcommands share: the command table, option parsing
 * with its usage messages, the load-and-check session every command starts
 * with, the decoder tables of decode and probe, and exit statuses.
 *
 * Adding a subcommand: there are 4 things to do.
 *
 *  1. Write gen/cmd/NAME.c: a struct for its arguments, an hv_option table
 *     pointing into it (gen/options.h; HV_OPT_CHECK_LEVELS adds -W/-E),
 *     `const hv_usage hv_NAME_usage` (name, positionals, about, table) and
 *     `int hv_cmd_NAME(int argc, char **argv)`, which starts with
 *     hv_cli_parse() and usually goes on with hv_session_run(). A command
 *     file includes what lies below it, never another gen/cmd/ file.
 *  2. Declare both at the end of this file.
 *  3. Add one row to gen/main.c's command table: the usage, the function and
 *     a one-line summary. The synopsis in `hvcpuid --help`, the command's
 *     --help and its --version all come from the usage and the table.
 *  4. Test it: a group tests/cli/NAME.sh (or cases in one that exists), and
 *     the --help/--version lines in tests/cli/contract.sh; document it in
 *     README.md and docs/.
 *
 * Exit status contract (docs/ci.md): 0 clean, 1 diagnostics at error level
 * (or inconsistent data found), 2 usage, I/O or internal error. */
#ifndef HVCPUID_CLI_H
#define HVCPUID_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gen/options.h"
#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/load.h"
#include "validate/model.h"

enum { HV_EXIT_OK = 0, HV_EXIT_FINDINGS = 1, HV_EXIT_USAGE = 2 };

/* hv_cli_parse's "no exit status yet: run the command". */
#define HV_CLI_RUN (-1)

#define HV_DEFAULT_REGISTRY "spec/registry.xml"

typedef struct hv_command {
    const hv_usage *usage;             /* name, synopsis, options, --help */
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
    const char *summary;               /* the line `hvcpuid --help` shows */
} hv_command;

/* The commands in gen/main.c's table, for help, man pages or completion
 * (walk each one's options with hv_usage_option). */
const hv_command *hv_commands(size_t *count);

/* Parses a command's options into `args` (gen/options.h). Prints the help
 * or the version on stdout and returns HV_EXIT_OK, or a usage error on
 * stderr and returns HV_EXIT_USAGE; returns HV_CLI_RUN when the command
 * should run, with its positionals in argv[0..*nargs). */
int hv_cli_parse(const hv_usage *u, void *args, int argc, char **argv, int *nargs);

/* -W[no-]NAME, -Werror and -E[no-]NAME onto an hv_check_config member of
 * a command's argument struct: the same levels `hvcpuid check` takes. */
bool hv_cli_check_level(const hv_option *opt, void *config, const char *value, char *err,
                        size_t errlen);
#define HV_OPT_CHECK_LEVELS(type, member)                                                          \
    HV_OPT_CALLBACK('W', NULL, type, member, "[no-]NAME|error", hv_cli_check_level,                \
                    HV_OPT_ATTACHED,                                                               \
                    "report check NAME as a warning; -Wno-NAME turns\n"                            \
                    "it off; -Werror makes every warning an error"),                               \
        HV_OPT_CALLBACK('E', NULL, type, member, "[no-]NAME", hv_cli_check_level, HV_OPT_ATTACHED, \
                        "report check NAME as an error; -Eno-NAME turns\n"                         \
                        "it off")

/* --large-registry: the loader's hostile-input limits raised for a trusted
 * registry past them (validate/load.h, docs/robustness.md). */
#define HV_OPT_LARGE_REGISTRY(type, member)                                                        \
    HV_OPT_FLAG(0, "large-registry", type, member,                                                 \
                "raise the hostile-input limits for a trusted\n"                                   \
                "registry past them: files of up to 1 GiB (not\n"                                  \
                "16 MiB), 65,536 files (not 256), a model of up to\n"                              \
                "64 GiB (not 512 MiB)")

/* When text diagnostics are coloured, as gcc decides it: --color=WHEN or
 * -fdiagnostics-color=WHEN (auto is the default). */
typedef enum hv_color_when { HV_COLOR_AUTO, HV_COLOR_ALWAYS, HV_COLOR_NEVER } hv_color_when;

/* auto: only when `fd` is a terminal, TERM is set and not "dumb", and
 * NO_COLOR is unset or empty; never into a pipe or a file. */
bool hv_cli_use_color(hv_color_when when, int fd);

/* The target of the colour options: the choice, and whether one was made
 * (a second --color or -fdiagnostics-color is refused like any repeated
 * single-valued option). */
typedef struct hv_color_opt {
    hv_color_when when;
    bool given;
} hv_color_opt;

/* --color=WHEN, and gcc's -fdiagnostics-color[=WHEN] and
 * -fno-diagnostics-color, onto an hv_color_opt. The rows list the values
 * they take (for help, man pages and completion). */
bool hv_cli_color(const hv_option *opt, void *target, const char *value, char *err, size_t errlen);
extern const char *const hv_color_choices[], *const hv_color_flags[];
#define HV_OPT_COLOR(type, member)                                                                 \
    {.kind = HV_OPT_KIND_CALLBACK,                                                                 \
     .long_name = "color",                                                                         \
     .offset = HV_OPT_OFFSET(type, member, hv_color_opt),                                          \
     .argname = "WHEN",                                                                            \
     .choices = hv_color_choices,                                                                  \
     .callback = hv_cli_color,                                                                     \
     .help = "colour the diagnostics as gcc does: auto (the\n"                                     \
             "default: only on a terminal, and not when\n"                                         \
             "NO_COLOR is set and not empty), always or never"},                                   \
    {                                                                                              \
        .kind = HV_OPT_KIND_CALLBACK, .short_name = 'f',                                           \
        .offset = HV_OPT_OFFSET(type, member, hv_color_opt), .argname = "diagnostics-color=WHEN",  \
        .choices = hv_color_flags, .callback = hv_cli_color,                                       \
        .flags = HV_OPT_ATTACHED | HV_OPT_ALIAS,                                                   \
        .help = "gcc's spelling of --color=WHEN; also\n"                                           \
                "-fdiagnostics-color (always) and\n"                                               \
                "-fno-diagnostics-color (never)"                                                   \
    }

struct hv_baseline;

/* A loaded and checked registry with its diagnostics, and optionally the
 * registry it changes (validate/blame.h): then each conflict blames its
 * newcomer and findings OLD had too are "unchanged". */
typedef struct hv_session {
    hv_check_config config;
    hv_diag_sink sink;
    hv_registry *reg;
    hv_load_limits limits; /* the defaults, or raised by --large-registry */
    hv_color_when color;   /* of hv_session_print_text; HV_COLOR_AUTO after init */
    struct hv_baseline *baseline;
} hv_session;

/* Starts a session at the levels of `config`, or the defaults when NULL. */
void hv_session_init(hv_session *s, const hv_check_config *config);
/* Raises the session's load limits when `large` (--large-registry). */
void hv_session_limits(hv_session *s, bool large);
/* Loads OLD (hv_registry_path) at the session's check levels and load
 * limits and makes it the baseline of the next run. Returns HV_EXIT_OK, or
 * HV_EXIT_USAGE when OLD cannot be read (its diagnostics and the reason
 * printed on stderr); an OLD with check errors is a baseline like any other. */
int hv_session_set_baseline(hv_session *s, const char *cmd, const char *old);
/* Loads the files (spec/registry.xml when none; "-" is standard input, at
 * most once) and runs the checks. Returns the exit status the findings call
 * for (against the baseline: the new findings'); a file that cannot be read
 * is an I/O error (2), and then no check runs, since the registry is
 * incomplete. */
int hv_session_run(hv_session *s, const char *const *files, size_t count);
/* Prints the sorted diagnostics as text on stderr, coloured when
 * s->color says so (hv_cli_use_color). */
void hv_session_print_text(hv_session *s);
void hv_session_free(hv_session *s);

/* Usage error: "hvcpuid CMD: message" on stderr; returns HV_EXIT_USAGE. */
int hv_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* A registry named on the command line: a file as it is, or a folder
 * holding registry.xml, or spec/registry.xml (a checkout of the target
 * branch). Returns a malloc'd path, or NULL with the reason printed as
 * "hvcpuid CMD: ..." (a usage error). */
char *hv_registry_path(const char *cmd, const char *path);

/* Writes the whole buffer to stdout; false on a write error. Everything a
 * command prints on stdout goes through it, --help and --version included,
 * so output lost to a closed stdout or a full disk is exit status 2, never
 * a silent 0. */
bool hv_write_stdout(const char *data, size_t len);

/* Prints "hvcpuid VERSION"; HV_EXIT_OK, or HV_EXIT_USAGE when it was lost. */
int hv_print_version(void);

struct hvcpuid_tables;
/* The decoder tables for decode and probe (gen/cli_tables.c): the
 * compiled-in ones, or those converted from `registry` (loaded and checked
 * into `s`). */
int hv_decode_tables(const char *cmd, const char *registry, hv_session *s,
                     struct hvcpuid_tables *storage, const struct hvcpuid_tables **out);
/* The --registry FILE option of decode and probe, for hv_decode_tables. */
#define HV_OPT_DECODE_REGISTRY(type, member)                                                       \
    HV_OPT_STRING(0, "registry", type, member, "FILE",                                             \
                  "decode with the tables of this registry, not\n"                                 \
                  "those compiled in")

/* The subcommands (gen/cmd/NAME.c): their command lines and entry points. */
extern const hv_usage hv_check_usage, hv_gen_usage, hv_export_usage, hv_decode_usage,
    hv_probe_usage, hv_diff_usage, hv_free_usage;
int hv_cmd_check(int argc, char **argv);
int hv_cmd_gen(int argc, char **argv);
int hv_cmd_export(int argc, char **argv);
int hv_cmd_decode(int argc, char **argv);
int hv_cmd_probe(int argc, char **argv);
int hv_cmd_diff(int argc, char **argv);
int hv_cmd_free(int argc, char **argv);

#endif
