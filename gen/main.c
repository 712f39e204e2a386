/* gen/main.c - the hvcpuid command: the table of subcommands (git.c's
 * commands[]) and the dispatch to one. Each row names the command's usage
 * (gen/cmd/NAME.c: its options, synopsis and --help) and a one-line summary;
 * gen/cli.h says how to add a row. */
#include <stdio.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "gen/cli.h"

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

const hv_command *hv_commands(size_t *count)
{
    *count = sizeof commands / sizeof commands[0];
    return commands;
}

/* The command table as `hvcpuid --help` shows it; false when it could not
 * all be written. */
static bool print_help(FILE *to)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_puts(&text, "usage: hvcpuid COMMAND [OPTIONS] [FILE...]\n\n"
                          "The registry and compiler for x86 hypervisor CPUID leaves "
                          "(0x40000000-0x4000FFFF).\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        hv_strbuf_puts(&text, "  hvcpuid ");
        hv_usage_synopsis(commands[i].usage, &text);
        hv_strbuf_printf(&text, "\n      %s\n", commands[i].summary);
    }
    hv_strbuf_printf(&text,
                     "\nFILE defaults to %s. 'hvcpuid COMMAND --help' describes one command.\n"
                     "Exit status: 0 clean, 1 errors found, 2 usage, I/O or internal error.\n",
                     HV_DEFAULT_REGISTRY);
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
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].usage->name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "hvcpuid: unknown command '%s' (see 'hvcpuid --help')\n", argv[1]);
    return HV_EXIT_USAGE;
}
