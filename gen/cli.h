/* gen/cli.h - what the subcommands share: the command table, the load-and-check
 * pipeline every command starts with, and exit statuses.
 *
 * Exit status contract (DESIGN.md): 0 clean, 1 diagnostics at error level
 * (or inconsistent data found), 2 usage, I/O or internal error. */
#ifndef HVCPUID_CLI_H
#define HVCPUID_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/model.h"

enum { HV_EXIT_OK = 0, HV_EXIT_FINDINGS = 1, HV_EXIT_USAGE = 2 };

#define HV_DEFAULT_REGISTRY "spec/registry.xml"

typedef struct hv_command {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
    const char *synopsis;
    const char *summary;
} hv_command;

const hv_command *hv_commands(size_t *count);

/* A loaded and checked registry with its diagnostics. */
typedef struct hv_session {
    hv_check_config config;
    hv_diag_sink sink;
    hv_registry *reg;
} hv_session;

void hv_session_init(hv_session *s);
/* Loads the files (spec/registry.xml when none) and runs the checks.
 * Returns the exit status the findings call for. */
int hv_session_run(hv_session *s, const char *const *files, size_t count);
/* Prints the sorted diagnostics as text on stderr. */
void hv_session_print_text(hv_session *s);
void hv_session_free(hv_session *s);

/* Usage error: "hvcpuid CMD: message" on stderr; returns HV_EXIT_USAGE. */
int hv_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Writes the whole buffer to stdout; false on a write error. */
bool hv_write_stdout(const char *data, size_t len);

/* The subcommands. */
int hv_cmd_check(int argc, char **argv);
int hv_cmd_export(int argc, char **argv);
int hv_cmd_gen(int argc, char **argv);
int hv_cmd_decode(int argc, char **argv);
int hv_cmd_probe(int argc, char **argv);

struct hvcpuid_tables;
/* The decoder tables for decode/probe: the compiled-in ones, or those
 * converted from `registry` (loaded and checked into `s`). */
int hv_decode_tables(const char *cmd, const char *registry, hv_session *s,
                     struct hvcpuid_tables *storage, const struct hvcpuid_tables **out);
int hv_cmd_diff(int argc, char **argv);
int hv_cmd_free(int argc, char **argv);

#endif
