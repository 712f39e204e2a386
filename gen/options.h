/* gen/options.h - one option parser for every subcommand, and the --help it
 * prints, from one table per command (modelled on git's parse-options.h and
 * dtc's usage_long_opts[]/usage_opts_help[] arrays).
 *
 * A command declares a struct for its arguments, a table of hv_option rows
 * pointing into that struct by offset, and an hv_usage naming the command,
 * its positionals and its help paragraphs:
 *
 *     typedef struct gen_args { const char *dir; } gen_args;
 *     static const hv_option gen_options[] = {
 *         HV_OPT_STRING('o', NULL, gen_args, dir, "DIR", "write below DIR (default: out)"),
 *         HV_OPT_END,
 *     };
 *
 * hv_options_parse() then accepts `--opt=v` and `--opt v` (and `-oDIR` and
 * `-o DIR`) alike, collects positionals (options and positionals may mix;
 * after `--` everything is positional; `-` alone is a positional), refuses
 * a repeated single-valued option, checks CHOICE values, and answers --help
 * and --version, which every command takes without listing them. The tables
 * are static, so hv_usage_option() can walk them for man pages or shell
 * completion as well as for the help text. */
#ifndef HVCPUID_OPTIONS_H
#define HVCPUID_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/util/strbuf.h"

typedef enum hv_opt_kind {
    HV_OPT_KIND_END,      /* the row that ends a table */
    HV_OPT_KIND_FLAG,     /* bool, set to true; may be repeated */
    HV_OPT_KIND_STRING,   /* const char *, pointing into argv */
    HV_OPT_KIND_U32,      /* hv_opt_u32: a decimal or 0x-hex number */
    HV_OPT_KIND_CHOICE,   /* int: the index of the value among the choices */
    HV_OPT_KIND_CALLBACK, /* the callback, once per occurrence, left to right */
    HV_OPT_KIND_HELP,     /* --help, -h: the common rows, never in a table */
    HV_OPT_KIND_VERSION,  /* --version */
} hv_opt_kind;

/* The target of a U32 option: whether it was given, and its value. */
typedef struct hv_opt_u32 {
    bool given;
    uint32_t value;
} hv_opt_u32;

typedef struct hv_option hv_option;

/* A CALLBACK's work: apply `value` to `target`; false with a reason in
 * `err` refuses it (a usage error). */
typedef bool (*hv_opt_fn)(const hv_option *opt, void *target, const char *value, char *err,
                          size_t errlen);

/* Flags of a row. */
enum {
    HV_OPT_ATTACHED = 1u << 0, /* help and synopsis show the value stuck on: -W[no-]NAME */
    HV_OPT_ALIAS = 1u << 1,    /* another spelling of the row before it: not in the synopsis */
};

struct hv_option {
    hv_opt_kind kind;
    char short_name;                    /* 'o' for -o, or 0 */
    const char *long_name;              /* "format" for --format, or NULL */
    size_t offset;                      /* of the target in the command's argument struct */
    const char *argname;                /* "DIR": how help names the value (not for FLAG, CHOICE) */
    const char *help;                   /* one or more lines ('\n' between them) */
    const char *const *choices;         /* CHOICE: the values, NULL-terminated, or */
                                        /* (CALLBACK: the values it takes, if a list) */
    const char *(*choice_at)(size_t i); /* CHOICE: the i-th value, NULL past the end */
    hv_opt_fn callback;                 /* CALLBACK */
    unsigned flags;
};

/* The offset of `member`, which must have type `want`: a row pointing at a
 * member of the wrong type does not compile. (A CALLBACK's target is its
 * callback's business.) A type name cannot be parenthesised, hence NOLINT. */
#define HV_OPT_IS(expr, want)                                                                      \
    sizeof(char[_Generic((expr), want : 1)]) // NOLINT(bugprone-macro-parentheses)
#define HV_OPT_OFFSET(type, member, want)                                                          \
    (offsetof(type, member) + 0 * HV_OPT_IS(((type *)0)->member, want))
#define HV_OPT_FLAG(s, l, type, member, h)                                                         \
    {                                                                                              \
        .kind = HV_OPT_KIND_FLAG, .short_name = (s), .long_name = (l),                             \
        .offset = HV_OPT_OFFSET(type, member, bool), .help = (h)                                   \
    }
#define HV_OPT_STRING(s, l, type, member, arg, h)                                                  \
    {                                                                                              \
        .kind = HV_OPT_KIND_STRING, .short_name = (s), .long_name = (l),                           \
        .offset = HV_OPT_OFFSET(type, member, const char *), .argname = (arg), .help = (h)         \
    }
#define HV_OPT_U32(s, l, type, member, arg, h)                                                     \
    {                                                                                              \
        .kind = HV_OPT_KIND_U32, .short_name = (s), .long_name = (l),                              \
        .offset = HV_OPT_OFFSET(type, member, hv_opt_u32), .argname = (arg), .help = (h)           \
    }
#define HV_OPT_CHOICE(s, l, type, member, list, h)                                                 \
    {                                                                                              \
        .kind = HV_OPT_KIND_CHOICE, .short_name = (s), .long_name = (l),                           \
        .offset = HV_OPT_OFFSET(type, member, int), .choices = (list), .help = (h)                 \
    }
#define HV_OPT_CHOICE_FN(s, l, type, member, fn, h)                                                \
    {                                                                                              \
        .kind = HV_OPT_KIND_CHOICE, .short_name = (s), .long_name = (l),                           \
        .offset = HV_OPT_OFFSET(type, member, int), .choice_at = (fn), .help = (h)                 \
    }
#define HV_OPT_CALLBACK(s, l, type, member, arg, fn, fl, h)                                        \
    {                                                                                              \
        .kind = HV_OPT_KIND_CALLBACK, .short_name = (s), .long_name = (l),                         \
        .offset = offsetof(type, member), .argname = (arg), .callback = (fn), .flags = (fl),       \
        .help = (h)                                                                                \
    }
#define HV_OPT_END                                                                                 \
    {                                                                                              \
        .kind = HV_OPT_KIND_END                                                                    \
    }

/* A command's command line: everything its --help and synopsis say. */
typedef struct hv_usage {
    const char *name;          /* "check": the command word, and the prefix of its messages */
    const char *args;          /* positionals in the synopsis ("[FILE...]", "OLD NEW"), or NULL */
    const char *about;         /* the paragraph after the synopsis */
    const char *notes;         /* the paragraph after the options, or NULL */
    const hv_option *options;  /* ended by HV_OPT_END */
    void (*more)(hv_strbuf *); /* appends a computed paragraph after the notes, or NULL */
} hv_usage;

/* The i-th option `u` accepts: its table's rows, then --help and --version;
 * NULL past the end. */
const hv_option *hv_usage_option(const hv_usage *u, size_t i);

/* The CHOICE option's i-th value, NULL past the end. */
const char *hv_option_choice(const hv_option *opt, size_t i);

/* The option as the help's left column shows it: "-o DIR", "-h, --help",
 * "--format=text|json|sarif" (also for man pages and their test). */
void hv_option_spelling(const hv_option *opt, hv_strbuf *out);

/* "check [-W[no-]NAME] ... [FILE...]": the command and its options. */
void hv_usage_synopsis(const hv_usage *u, hv_strbuf *out);

/* The whole --help text. */
void hv_usage_help(const hv_usage *u, hv_strbuf *out);

typedef enum hv_parse_status {
    HV_PARSE_OK,      /* options applied; the positionals are in argv[0..*nargs) */
    HV_PARSE_HELP,    /* --help or -h was given: print hv_usage_help */
    HV_PARSE_VERSION, /* --version was given */
    HV_PARSE_ERROR,   /* a usage error, worded in `err` */
} hv_parse_status;

/* Parses argv[1..argc) (argv[0] is the command word) into `args`, the
 * command's argument struct, which holds the defaults on entry. Moves the
 * positionals to the front of argv, in order, and stores their number in
 * *nargs. Stops at the first --help, --version or error. */
hv_parse_status hv_options_parse(const hv_usage *u, void *args, int argc, char **argv, int *nargs,
                                 char *err, size_t errlen);

#endif
