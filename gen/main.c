/* gen/main.c - the hvcpuid command: the table of subcommands (git.c's
 * commands[]) and the dispatch to one. Each row names the command's usage
 * (gen/cmd/NAME.c: its options, synopsis and --help) and a one-line summary;
 * gen/cli.h says how to add a row. The texts about the whole program live
 * here once, for `hvcpuid --help` and the manual page (gen/render.h). */
#include <stdio.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "gen/cli.h"
#include "gen/render.h"
#include "gen/version.h"

static const hv_command commands[] = {
    {&hv_check_usage, hv_cmd_check,
     "check a registry; diagnostics on stderr (text) or stdout (json, sarif)"},
    {&hv_gen_usage, hv_cmd_gen,
     "check, then write every generated output below DIR (default: out)"},
    {&hv_export_usage, hv_cmd_export, "check, then print the registry in a machine-readable form"},
    {&hv_decode_usage, hv_cmd_decode, "identify and decode the hypervisor CPUID leaves of a dump"},
    {&hv_probe_usage, hv_cmd_probe, "run CPUID on this machine and decode the hypervisor leaves"},
    {&hv_diff_usage, hv_cmd_diff,
     "list what changed between two registries; exit 1 on an incompatible change"},
    {&hv_free_usage, hv_cmd_free,
     "list free leaf offsets, bases or register bits, and who holds the rest"},
};

static const hv_program program = {
    .tagline = "registry and compiler for x86 hypervisor CPUID leaves (0x40000000-0x4000FFFF)",
    .description =
        "hvcpuid checks a registry of hypervisor CPUID leaves (XML files, described in\n"
        "hvcpuid-registry(5)) for conflicts with the precision of a compiler, and generates\n"
        "C headers, decoder tables, JSON, kcpuid CSVs and an HTML spec from it. It decodes\n"
        "CPUID dumps and the live CPU with the same tables. FILE defaults to\n" HV_DEFAULT_REGISTRY
        "; '-' is standard input for check, decode and diff.\n"
        "'hvcpuid COMMAND --help' describes one command; every option takes --opt=v or\n"
        "--opt v alike. 'hvcpuid --render=man|bash|zsh' prints this manual page or a\n"
        "completion script, made from the same option tables as --help.",
    .exit_status = "0 clean, 1 errors found, 2 usage, I/O or internal error.",
    .environment = "NO_COLOR: when set and not empty, --color=auto (the default) does not colour.\n"
                   "TERM: --color=auto colours only when it is set and not 'dumb', and only\n"
                   "when stderr is a terminal; never into a pipe or a file.",
    .commands = commands,
    .command_count = sizeof commands / sizeof commands[0],
};

const hv_command *hv_commands(size_t *count)
{
    *count = program.command_count;
    return commands;
}

/* The command table as `hvcpuid --help` shows it; false when it could not
 * all be written. */
static bool print_help(FILE *to)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text, "usage: hvcpuid COMMAND [OPTIONS] [FILE...]\n\nThe %s.\n\ncommands:\n",
                     program.tagline);
    for (size_t i = 0; i < program.command_count; i++) {
        hv_strbuf_puts(&text, "  hvcpuid ");
        hv_usage_synopsis(commands[i].usage, &text);
        hv_strbuf_printf(&text, "\n      %s\n", commands[i].summary);
    }
    hv_strbuf_printf(&text, "\n%s\n\nExit status: %s\n\nEnvironment:\n%s\n", program.description,
                     program.exit_status, program.environment);
    bool ok = !text.failed && (to == stdout ? hv_write_stdout(text.data, text.len)
                                            : fputs(hv_strbuf_cstr(&text), to) >= 0);
    hv_strbuf_free(&text);
    return ok;
}

/* The loader frees each parsed file's millions of small nodes before the
 * next; glibc keeps small freed chunks in fastbins and coalesces them all at
 * the next large request (malloc_consolidate), a walk over the whole heap:
 * 17% of `check` at 500k fields (docs/performance.md). Without fastbins each
 * free coalesces at once. Set before any allocation; glibc only. */
static void tune_allocator(void)
{
#if defined(__GLIBC__)
    mallopt(M_MXFAST, 0);
#endif
}

/* --render=man|bash|zsh: the manual page or a completion script on stdout. */
static int render(const char *what)
{
    static const struct {
        const char *name;
        void (*fn)(const hv_program *, hv_strbuf *);
    } renderers[] = {{"man", hv_render_man}, {"bash", hv_render_bash}, {"zsh", hv_render_zsh}};
    for (size_t i = 0; i < sizeof renderers / sizeof renderers[0]; i++) {
        if (strcmp(what, renderers[i].name) != 0)
            continue;
        hv_strbuf out;
        hv_strbuf_init(&out);
        renderers[i].fn(&program, &out);
        bool ok = !out.failed && hv_write_stdout(out.data, out.len);
        hv_strbuf_free(&out);
        return ok ? HV_EXIT_OK : HV_EXIT_USAGE;
    }
    fprintf(stderr, "hvcpuid: unknown --render '%s' (man, bash or zsh)\n", what);
    return HV_EXIT_USAGE;
}

int main(int argc, char **argv)
{
    tune_allocator();
    if (argc < 2) {
        print_help(stderr);
        return HV_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        return print_help(stdout) ? HV_EXIT_OK : HV_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--version") == 0)
        return hv_print_version();
    if (strncmp(argv[1], "--render=", 9) == 0)
        return render(argv[1] + 9);
    if (strcmp(argv[1], "--render") == 0 && argc > 2)
        return render(argv[2]);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].usage->name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "hvcpuid: unknown command '%s' (see 'hvcpuid --help')\n", argv[1]);
    return HV_EXIT_USAGE;
}
