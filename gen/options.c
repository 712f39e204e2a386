/* gen/options.c - the one option parser and help printer (gen/options.h says
 * what a table row means). Nothing here prints: the parser words a usage
 * error into the caller's buffer and the help goes into a string buffer, so
 * gen/cli.c decides where they go and the unit tests can read them. */
#include "gen/options.h"

#include <stdio.h>
#include <string.h>

#include "validate/parse.h"
#include "validate/util/text.h"

/* The rows every command takes without listing them. */
static const hv_option common_options[] = {
    {.kind = HV_OPT_KIND_HELP,
     .short_name = 'h',
     .long_name = "help",
     .help = "print this help and exit"},
    {.kind = HV_OPT_KIND_VERSION, .long_name = "version", .help = "print the version and exit"},
};

#define COMMON_COUNT (sizeof common_options / sizeof common_options[0])
#define MAX_ROWS     64 /* a bit per row records that it was given */
#define HELP_COLUMN  24 /* width of the option column in --help; help text starts 4 later */

static size_t table_rows(const hv_usage *u)
{
    size_t n = 0;
    while (u->options && u->options[n].kind != HV_OPT_KIND_END)
        n++;
    return n;
}

const hv_option *hv_usage_option(const hv_usage *u, size_t i)
{
    size_t n = table_rows(u);
    if (i < n)
        return &u->options[i];
    return i - n < COMMON_COUNT ? &common_options[i - n] : NULL;
}

const char *hv_option_choice(const hv_option *opt, size_t i)
{
    if (opt->choice_at)
        return opt->choice_at(i);
    for (size_t k = 0; opt->choices && opt->choices[k]; k++)
        if (k == i)
            return opt->choices[k];
    return NULL;
}

static bool takes_value(const hv_option *opt)
{
    return opt->kind == HV_OPT_KIND_STRING || opt->kind == HV_OPT_KIND_U32 ||
           opt->kind == HV_OPT_KIND_CHOICE || opt->kind == HV_OPT_KIND_CALLBACK;
}

/* ---- help and synopsis ---------------------------------------------------- */

/* "a|b|c" */
static void put_choices(const hv_option *opt, const char *sep, const char *last, hv_strbuf *out)
{
    for (size_t i = 0; hv_option_choice(opt, i); i++) {
        if (i)
            hv_strbuf_puts(out, hv_option_choice(opt, i + 1) ? sep : last);
        hv_strbuf_puts(out, hv_option_choice(opt, i));
    }
}

/* What follows the option's name: "=a|b", "ARG" stuck on, or " ARG". */
static void put_value(const hv_option *opt, bool as_long, hv_strbuf *out)
{
    if (opt->kind == HV_OPT_KIND_CHOICE || (as_long && opt->choices)) {
        hv_strbuf_putc(out, '=');
        put_choices(opt, "|", "|", out);
    } else if (takes_value(opt)) {
        if (as_long || !(opt->flags & HV_OPT_ATTACHED))
            hv_strbuf_putc(out, ' ');
        hv_strbuf_puts(out, opt->argname);
    }
}

void hv_option_spelling(const hv_option *opt, hv_strbuf *out)
{
    if (opt->short_name)
        hv_strbuf_printf(out, "-%c", opt->short_name);
    if (opt->short_name && opt->long_name)
        hv_strbuf_puts(out, ", ");
    if (opt->long_name)
        hv_strbuf_printf(out, "--%s", opt->long_name);
    put_value(opt, opt->long_name != NULL, out);
}

void hv_usage_synopsis(const hv_usage *u, hv_strbuf *out)
{
    hv_strbuf_puts(out, u->name);
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        if (opt->kind == HV_OPT_KIND_HELP || opt->kind == HV_OPT_KIND_VERSION ||
            (opt->flags & HV_OPT_ALIAS))
            continue;
        if (opt->long_name)
            hv_strbuf_printf(out, " [--%s", opt->long_name);
        else
            hv_strbuf_printf(out, " [-%c", opt->short_name);
        put_value(opt, opt->long_name != NULL, out);
        hv_strbuf_putc(out, ']');
    }
    if (u->args)
        hv_strbuf_printf(out, " %s", u->args);
}

/* Text whose later lines start at `indent`. */
static void put_indented(const char *text, int indent, hv_strbuf *out)
{
    for (const char *p = text; *p; p++) {
        hv_strbuf_putc(out, *p);
        if (*p == '\n')
            hv_strbuf_printf(out, "%*s", indent, "");
    }
}

static void put_option_help(const hv_option *opt, hv_strbuf *out)
{
    hv_strbuf spelled;
    hv_strbuf_init(&spelled);
    hv_option_spelling(opt, &spelled);
    const char *left = hv_strbuf_cstr(&spelled);
    if (strlen(left) > HELP_COLUMN)
        hv_strbuf_printf(out, "  %s\n%*s", left, HELP_COLUMN + 4, "");
    else
        hv_strbuf_printf(out, "  %-*s  ", HELP_COLUMN, left);
    put_indented(opt->help ? opt->help : "", HELP_COLUMN + 4, out);
    hv_strbuf_putc(out, '\n');
    out->failed |= spelled.failed;
    hv_strbuf_free(&spelled);
}

void hv_usage_help(const hv_usage *u, hv_strbuf *out)
{
    hv_strbuf_puts(out, "usage: hvcpuid ");
    hv_usage_synopsis(u, out);
    hv_strbuf_puts(out, "\n\n");
    if (u->about)
        hv_strbuf_printf(out, "%s\n\n", u->about);
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++)
        put_option_help(opt, out);
    if (u->notes)
        hv_strbuf_printf(out, "\n%s\n", u->notes);
    if (u->more) {
        hv_strbuf_putc(out, '\n');
        u->more(out);
    }
}

/* ---- the table itself ----------------------------------------------------- */

static bool same_name(const hv_option *a, const hv_option *b)
{
    return (a->short_name && a->short_name == b->short_name) ||
           (a->long_name && b->long_name && strcmp(a->long_name, b->long_name) == 0);
}

/* A table the parser can trust: named rows, complete kinds, no two rows with
 * one name. Every run checks it, so every command-line test checks them all. */
static bool table_valid(const hv_usage *u, char *err, size_t errlen)
{
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        bool complete = (opt->short_name || opt->long_name) &&
                        (opt->kind != HV_OPT_KIND_CHOICE || hv_option_choice(opt, 0)) &&
                        (opt->kind != HV_OPT_KIND_CALLBACK || opt->callback) &&
                        (!takes_value(opt) || opt->kind == HV_OPT_KIND_CHOICE || opt->argname);
        for (size_t k = 0; complete && k < i; k++)
            complete = !same_name(opt, hv_usage_option(u, k));
        if (!complete || i >= MAX_ROWS) {
            snprintf(err, errlen, "internal error: option row %zu of '%s' is malformed", i,
                     u->name);
            return false;
        }
    }
    return true;
}

/* ---- parsing --------------------------------------------------------------- */

/* One option as written on the command line, split into name and value. */
typedef struct given {
    const hv_option *opt;
    size_t row;
    char spelled[48];  /* "--format" or "-o", for messages */
    const char *value; /* after '=' or stuck on; NULL when the next word may be it */
} given;

static bool find_option(const hv_usage *u, const char *arg, given *g)
{
    bool is_long = arg[1] == '-';
    const char *name = arg + (is_long ? 2 : 1);
    size_t len = is_long ? strcspn(name, "=") : 1;
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        bool hit = is_long ? opt->long_name && strlen(opt->long_name) == len &&
                                 strncmp(opt->long_name, name, len) == 0
                           : opt->short_name == name[0];
        if (hit) {
            g->opt = opt;
            g->row = i;
            snprintf(g->spelled, sizeof g->spelled, "%s%.*s", is_long ? "--" : "-", (int)len, name);
            g->value = name[len] ? name + len + (is_long ? 1 : 0) : NULL;
            return true;
        }
    }
    return false;
}

/* Names the choices in an error: "text, json or sarif". */
static const char *choice_list(const hv_option *opt, char *buf, size_t cap)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    put_choices(opt, ", ", " or ", &sb);
    snprintf(buf, cap, "%s", hv_strbuf_cstr(&sb));
    hv_strbuf_free(&sb);
    return buf;
}

/* How much of a value a usage error quotes: 100 bytes, cut on a character
 * boundary. */
static int quoted_len(const char *value)
{
    return (int)hv_utf8_cut(value, strlen(value), 100);
}

static bool apply_choice(const given *g, int *target, char *err, size_t errlen)
{
    const char *name;
    for (size_t i = 0; (name = hv_option_choice(g->opt, i)); i++) {
        if (strcmp(name, g->value) == 0) {
            *target = (int)i;
            return true;
        }
    }
    char list[256];
    snprintf(err, errlen, "unknown %s '%.*s' (%s)", g->spelled, quoted_len(g->value), g->value,
             choice_list(g->opt, list, sizeof list));
    return false;
}

/* Stores the value into the command's argument struct. */
static bool apply(const given *g, void *args, char *err, size_t errlen)
{
    void *target = (char *)args + g->opt->offset;
    const char *why = NULL;
    switch (g->opt->kind) {
    case HV_OPT_KIND_FLAG:
        *(bool *)target = true;
        return true;
    case HV_OPT_KIND_STRING:
        *(const char **)target = g->value;
        return true;
    case HV_OPT_KIND_U32: {
        hv_opt_u32 *n = target;
        n->given = hv_parse_u32(g->value, UINT32_MAX, &n->value, &why);
        if (!n->given)
            snprintf(err, errlen, "%s: '%.*s' is not a number", g->spelled, quoted_len(g->value),
                     g->value);
        return n->given;
    }
    case HV_OPT_KIND_CHOICE:
        return apply_choice(g, target, err, errlen);
    case HV_OPT_KIND_CALLBACK:
        return g->opt->callback(g->opt, target, g->value, err, errlen);
    default: /* --help and --version end the parse before this */
        return false;
    }
}

/* Handles the option at argv[*i]; may take the next word as its value. */
static hv_parse_status one_option(const hv_usage *u, void *args, int argc, char **argv, int *i,
                                  uint64_t *seen, char *err, size_t errlen)
{
    given g;
    if (!find_option(u, argv[*i], &g)) {
        snprintf(err, errlen, "unknown option '%.*s'", (int)strcspn(argv[*i], "="), argv[*i]);
        return HV_PARSE_ERROR;
    }
    if (g.opt->kind == HV_OPT_KIND_HELP || g.opt->kind == HV_OPT_KIND_VERSION ||
        g.opt->kind == HV_OPT_KIND_FLAG) {
        if (g.value) {
            snprintf(err, errlen, "option '%s' takes no value", g.spelled);
            return HV_PARSE_ERROR;
        }
        if (g.opt->kind != HV_OPT_KIND_FLAG)
            return g.opt->kind == HV_OPT_KIND_HELP ? HV_PARSE_HELP : HV_PARSE_VERSION;
    } else if (!g.value) {
        if (*i + 1 >= argc) {
            snprintf(err, errlen, "option '%s' needs a value", g.spelled);
            return HV_PARSE_ERROR;
        }
        g.value = argv[++*i];
    }
    bool single = g.opt->kind != HV_OPT_KIND_FLAG && g.opt->kind != HV_OPT_KIND_CALLBACK;
    if (single && (*seen & (UINT64_C(1) << g.row))) {
        snprintf(err, errlen, "option '%s' given more than once", g.spelled);
        return HV_PARSE_ERROR;
    }
    *seen |= UINT64_C(1) << g.row;
    return apply(&g, args, err, errlen) ? HV_PARSE_OK : HV_PARSE_ERROR;
}

hv_parse_status hv_options_parse(const hv_usage *u, void *args, int argc, char **argv, int *nargs,
                                 char *err, size_t errlen)
{
    uint64_t seen = 0;
    bool positional_only = false;
    *nargs = 0;
    if (!table_valid(u, err, errlen))
        return HV_PARSE_ERROR;
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (positional_only || arg[0] != '-' || arg[1] == '\0') {
            argv[(*nargs)++] = arg; /* *nargs < i: that word has been read */
        } else if (strcmp(arg, "--") == 0) {
            positional_only = true;
        } else {
            hv_parse_status st = one_option(u, args, argc, argv, &i, &seen, err, errlen);
            if (st != HV_PARSE_OK)
                return st;
        }
    }
    return HV_PARSE_OK;
}
