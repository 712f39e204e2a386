/* gen/render_completion.c - the bash and zsh completion scripts, from the
 * command and option tables and the check table: commands, every option,
 * choices, check names for -W/-E, files and folders. Nothing is typed in
 * twice, so a new option or check completes without an edit here. */
#include <string.h>

#include "gen/render.h"
#include "validate/checks.h"

/* An argname in lower case is the one value the option takes ("error" for
 * decode's -Werror), not a placeholder such as FILE. */
static bool is_literal(const char *argname)
{
    if (!argname || !*argname)
        return false;
    for (const char *p = argname; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '-'))
            return false;
    return true;
}

hv_value_kind hv_option_value_kind(const hv_option *opt)
{
    switch (opt->kind) {
    case HV_OPT_KIND_CHOICE:
        return HV_VALUE_WORDS;
    case HV_OPT_KIND_CALLBACK: /* a list, check names, or one literal value (-Werror) */
        return opt->choices || opt->callback == hv_cli_check_level || is_literal(opt->argname)
                   ? HV_VALUE_WORDS
                   : HV_VALUE_FILE;
    case HV_OPT_KIND_STRING:
        return strcmp(opt->argname, "DIR") == 0 ? HV_VALUE_DIR : HV_VALUE_FILE;
    case HV_OPT_KIND_U32:
        return HV_VALUE_NUMBER;
    default:
        return HV_VALUE_NONE;
    }
}

/* -W takes NAME, no-NAME, error, error=NAME and no-error=NAME; -E takes
 * NAME and no-NAME (validate/checks.c's hv_check_config_apply). */
static void put_check_values(const hv_option *opt, hv_strbuf *out)
{
    static const char *const w_prefixes[] = {"", "no-", "error=", "no-error=", NULL};
    static const char *const e_prefixes[] = {"", "no-", NULL};
    const char *const *prefixes = opt->short_name == 'W' ? w_prefixes : e_prefixes;
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    if (opt->short_name == 'W')
        hv_strbuf_puts(out, "error");
    for (size_t p = 0; prefixes[p]; p++)
        for (size_t i = 0; i < count; i++)
            hv_strbuf_printf(out, "%s%s%s", out->len ? " " : "", prefixes[p], checks[i].name);
}

void hv_option_values(const hv_option *opt, hv_strbuf *out)
{
    hv_strbuf words;
    hv_strbuf_init(&words);
    if (opt->kind == HV_OPT_KIND_CALLBACK && !opt->choices && is_literal(opt->argname)) {
        hv_strbuf_puts(&words, opt->argname);
    } else if (opt->kind == HV_OPT_KIND_CALLBACK && !opt->choices) {
        put_check_values(opt, &words);
    } else {
        const char *c;
        for (size_t i = 0; (c = hv_option_choice(opt, i)); i++)
            hv_strbuf_printf(&words, "%s%s", i ? " " : "", c);
    }
    hv_strbuf_puts(out, hv_strbuf_cstr(&words));
    out->failed |= words.failed;
    hv_strbuf_free(&words);
}

/* ---- bash ------------------------------------------------------------------ */

/* What bash's reply for a value is, by kind: words, or compgen's files. */
static void bash_value(hv_strbuf *out, const hv_option *opt, const char *prefix)
{
    hv_value_kind kind = hv_option_value_kind(opt);
    if (kind == HV_VALUE_WORDS) {
        hv_strbuf_printf(out, "_hvcpuid_words '%s' '", prefix);
        hv_option_values(opt, out);
        hv_strbuf_puts(out, "'");
    } else if (kind == HV_VALUE_FILE || kind == HV_VALUE_DIR) {
        hv_strbuf_printf(out, "_hvcpuid_files '%s' %s", prefix, kind == HV_VALUE_DIR ? "-d" : "-f");
    } else {
        hv_strbuf_puts(out, "COMPREPLY=()");
    }
}

/* The forms a value can be written in: "--format json" (the previous word),
 * "--format=json", and short ones stuck on or apart ("-Wname", "-W name"). */
static void bash_command(hv_strbuf *out, const hv_command *c)
{
    const hv_usage *u = c->usage;
    const hv_option *opt;
    hv_strbuf_printf(out, "    %s)\n        case $prev in\n", u->name);
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        if (hv_option_value_kind(opt) == HV_VALUE_NONE)
            continue;
        hv_strbuf_puts(out, "        ");
        if (opt->long_name)
            hv_strbuf_printf(out, "--%s%s", opt->long_name, opt->short_name ? "|" : "");
        if (opt->short_name)
            hv_strbuf_printf(out, "-%c", opt->short_name);
        hv_strbuf_puts(out, ") ");
        bash_value(out, opt, "");
        hv_strbuf_puts(out, "; return ;;\n");
    }
    hv_strbuf_puts(out, "        esac\n        case $cur in\n");
    hv_strbuf names;
    hv_strbuf_init(&names);
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        bool value = hv_option_value_kind(opt) != HV_VALUE_NONE;
        char prefix[64];
        if (opt->long_name)
            snprintf(prefix, sizeof prefix, "--%s%s", opt->long_name, value ? "=" : "");
        else
            snprintf(prefix, sizeof prefix, "-%c", opt->short_name);
        hv_strbuf_printf(&names, "%s%s", names.len ? " " : "", prefix);
        if (opt->short_name && opt->long_name)
            hv_strbuf_printf(&names, " -%c", opt->short_name);
        if (!value)
            continue;
        hv_strbuf_printf(out, "        %s*) ", prefix);
        bash_value(out, opt, prefix);
        hv_strbuf_puts(out, " ;;\n");
    }
    hv_strbuf_printf(out, "        -*) _hvcpuid_words '' '%s' ;;\n", hv_strbuf_cstr(&names));
    out->failed |= names.failed;
    hv_strbuf_free(&names);
    hv_strbuf_printf(out, "        *) %s ;;\n        esac ;;\n",
                     u->args ? "_hvcpuid_files '' -f" : "COMPREPLY=()");
}

static const char bash_head[] =
    "# bash completion for hvcpuid(1): generated by `hvcpuid --render=bash` from its option\n"
    "# tables (gen/render_completion.c); do not edit.\n\n"
    "# _hvcpuid_words PREFIX WORDS: the PREFIXed words that start with $cur.\n"
    "_hvcpuid_words()\n{\n"
    "    local w\n    COMPREPLY=()\n"
    "    for w in $2; do\n"
    "        [[ $1$w == \"$cur\"* ]] || continue\n"
    "        COMPREPLY+=(\"$1$w\")\n"
    "        [[ $w == *= ]] && compopt -o nospace 2>/dev/null\n"
    "    done\n"
    "    _hvcpuid_unsplit\n}\n\n"
    "# _hvcpuid_files PREFIX -f|-d: files or folders after PREFIX.\n"
    "_hvcpuid_files()\n{\n"
    "    local IFS=$'\\n' w\n    COMPREPLY=()\n"
    "    for w in $(compgen $2 -- \"${cur#\"$1\"}\"); do COMPREPLY+=(\"$1$w\"); done\n"
    "    compopt -o filenames 2>/dev/null\n"
    "    _hvcpuid_unsplit\n}\n\n"
    "# With '=' in COMP_WORDBREAKS, bash hands \"--format=js\" over as three words and\n"
    "# replaces only the last: drop what lies before it from each reply.\n"
    "_hvcpuid_unsplit()\n{\n"
    "    [[ -n $split ]] && COMPREPLY=(\"${COMPREPLY[@]#\"$split\"}\")\n    return 0\n}\n\n"
    "_hvcpuid()\n{\n"
    "    local cur=${COMP_WORDS[COMP_CWORD]} prev= split=\n"
    "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
    "    if [[ $cur == = ]]; then\n"
    "        cur=$prev= split=$prev=\n"
    "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
    "    elif [[ $prev == = ]] && ((COMP_CWORD >= 2)); then\n"
    "        split=${COMP_WORDS[COMP_CWORD - 2]}=\n"
    "        cur=$split$cur\n"
    "        prev=${COMP_WORDS[COMP_CWORD - 3]}\n"
    "    fi\n";

void hv_render_bash(const hv_program *p, hv_strbuf *out)
{
    hv_strbuf_puts(out, bash_head);
    hv_strbuf_puts(out, "    if ((COMP_CWORD == 1)); then\n        _hvcpuid_words '' '");
    for (size_t i = 0; i < p->command_count; i++)
        hv_strbuf_printf(out, "%s ", p->commands[i].usage->name);
    hv_strbuf_puts(out, "--help -h --version --render='\n");
    hv_strbuf_puts(out,
                   "        [[ $cur == --render=* ]] && _hvcpuid_words --render= 'man bash zsh'\n"
                   "        return\n    fi\n    case ${COMP_WORDS[1]} in\n");
    for (size_t i = 0; i < p->command_count; i++)
        bash_command(out, &p->commands[i]);
    hv_strbuf_puts(out, "    esac\n}\n\ncomplete -F _hvcpuid hvcpuid\n");
}

/* ---- zsh ------------------------------------------------------------------- */

/* Help text as one line inside a single-quoted _arguments description:
 * lines joined, quotes and brackets escaped. */
static void zsh_text(hv_strbuf *out, const char *text, bool in_brackets)
{
    for (const char *p = text; p && *p; p++) {
        if (*p == '\n')
            hv_strbuf_putc(out, ' ');
        else if (*p == '\'')
            hv_strbuf_puts(out, "'\\''");
        else if (in_brackets && (*p == '[' || *p == ']' || *p == '\\'))
            hv_strbuf_printf(out, "\\%c", *p);
        else if (!in_brackets && *p == ':')
            hv_strbuf_puts(out, "\\:");
        else
            hv_strbuf_putc(out, *p);
    }
}

/* ":message:action" of a value. */
static void zsh_action(hv_strbuf *out, const hv_option *opt)
{
    hv_value_kind kind = hv_option_value_kind(opt);
    const char *what = opt->argname ? opt->argname : "value";
    if (kind == HV_VALUE_WORDS) {
        hv_strbuf_printf(out, ":%s:(", what);
        hv_option_values(opt, out);
        hv_strbuf_putc(out, ')');
    } else if (kind == HV_VALUE_DIR) {
        hv_strbuf_printf(out, ":%s:_files -/", what);
    } else if (kind == HV_VALUE_FILE) {
        hv_strbuf_printf(out, ":%s:_files", what);
    } else if (kind == HV_VALUE_NUMBER) {
        hv_strbuf_printf(out, ":%s: ", what);
    }
}

/* One _arguments spec per spelling: '-o+[help]:DIR:_files -/',
 * '--format=[help]:value:(text json)', '*-W+[...]' when repeatable. */
static void zsh_spec(hv_strbuf *out, const hv_option *opt, bool is_long)
{
    bool value = hv_option_value_kind(opt) != HV_VALUE_NONE;
    bool repeat =
        opt->kind == HV_OPT_KIND_FLAG || (opt->kind == HV_OPT_KIND_CALLBACK && !opt->choices);
    bool stops = opt->kind == HV_OPT_KIND_HELP || opt->kind == HV_OPT_KIND_VERSION;
    hv_strbuf_printf(out, "        '%s%s", stops ? "(- *)" : "", repeat ? "*" : "");
    if (is_long)
        hv_strbuf_printf(out, "--%s%s", opt->long_name, value ? "=" : "");
    else
        hv_strbuf_printf(out, "-%c%s", opt->short_name, value ? "+" : "");
    hv_strbuf_putc(out, '[');
    zsh_text(out, opt->help, true);
    hv_strbuf_putc(out, ']');
    zsh_action(out, opt);
    hv_strbuf_puts(out, "' \\\n");
}

static void zsh_command(hv_strbuf *out, const hv_command *c)
{
    const hv_usage *u = c->usage;
    hv_strbuf_printf(out, "    %s)\n        _arguments -s -S \\\n", u->name);
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        if (opt->short_name)
            zsh_spec(out, opt, false);
        if (opt->long_name)
            zsh_spec(out, opt, true);
    }
    if (u->args)
        hv_strbuf_puts(out, "        '*:file:_files'\n        ;;\n");
    else
        hv_strbuf_puts(out, "        ;;\n");
}

void hv_render_zsh(const hv_program *p, hv_strbuf *out)
{
    hv_strbuf_puts(out, "#compdef hvcpuid\n"
                        "# zsh completion for hvcpuid(1): generated by `hvcpuid --render=zsh` from "
                        "its option\n# tables (gen/render_completion.c); do not edit.\n\n"
                        "_hvcpuid() {\n    local -a commands\n    commands=(\n");
    for (size_t i = 0; i < p->command_count; i++) {
        hv_strbuf_printf(out, "        '%s:", p->commands[i].usage->name);
        zsh_text(out, p->commands[i].summary, false);
        hv_strbuf_puts(out, "'\n");
    }
    hv_strbuf_puts(out, "    )\n    if ((CURRENT == 2)); then\n"
                        "        _describe -t commands 'hvcpuid command' commands\n"
                        "        return\n    fi\n"
                        "    local cmd=$words[2]\n    shift words\n    ((CURRENT--))\n"
                        "    case $cmd in\n");
    for (size_t i = 0; i < p->command_count; i++)
        zsh_command(out, &p->commands[i]);
    hv_strbuf_puts(out, "    esac\n}\n\n_hvcpuid \"$@\"\n");
}
