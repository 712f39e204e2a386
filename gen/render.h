/* gen/render.h - the command line described once (gen/main.c's command table,
 * each command's option table and help texts) and rendered several ways:
 * `hvcpuid --help`, the hvcpuid(1) manual page, and the bash and zsh
 * completion scripts. `hvcpuid --render=man|bash|zsh` prints the last
 * three; the Makefile installs what it prints, so none can drift from the
 * parser (tests/cli/manual.sh and completion.sh hold them to --help). */
#ifndef HVCPUID_RENDER_H
#define HVCPUID_RENDER_H

#include <stddef.h>

#include "gen/cli.h"
#include "validate/util/strbuf.h"

/* Everything the program says about itself outside one command's help. */
typedef struct hv_program {
    const char *tagline;     /* "the registry and compiler for ...": the NAME line */
    const char *description; /* the paragraph after the synopsis */
    const char *exit_status; /* the exit status contract */
    const char *environment; /* variables the program reads */
    const hv_command *commands;
    size_t command_count;
} hv_program;

/* hvcpuid(1) in man(7) markup: synopsis, every command with every option
 * (its --help text), exit status, environment. Deterministic: the date is
 * the release's (gen/version.h), never today's. */
void hv_render_man(const hv_program *p, hv_strbuf *out);

/* A bash completion script: `complete -F _hvcpuid hvcpuid`, completing
 * commands, options, their values (choices, check names, files, folders)
 * and files. */
void hv_render_bash(const hv_program *p, hv_strbuf *out);

/* A zsh completion function (#compdef hvcpuid) built on _arguments. */
void hv_render_zsh(const hv_program *p, hv_strbuf *out);

/* How a completion completes an option's value. */
typedef enum hv_value_kind {
    HV_VALUE_NONE,   /* a flag */
    HV_VALUE_WORDS,  /* a list: choices or check names (hv_option_values) */
    HV_VALUE_FILE,   /* a file name */
    HV_VALUE_DIR,    /* a folder name */
    HV_VALUE_NUMBER, /* nothing to offer */
} hv_value_kind;

hv_value_kind hv_option_value_kind(const hv_option *opt);

/* The words an HV_VALUE_WORDS option takes, space-separated: its choices,
 * for -W/-E every check name with the prefixes they accept, or the one
 * literal value a callback's lower-case argname spells (decode's -Werror). */
void hv_option_values(const hv_option *opt, hv_strbuf *out);

#endif
