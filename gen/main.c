/* gen/main.c - the hvcpuid command: dispatches to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/version.h"

static const hv_command commands[] = {
    {"check", hv_cmd_check,
     "check [-W[no-]NAME] [-E[no-]NAME] [-Werror] [--format=text|json|sarif] [--list] [FILE...]",
     "check a registry; diagnostics on stderr (text) or stdout (json, sarif)"},
    {"gen", hv_cmd_gen, "gen [-o DIR] [FILE...]",
     "check, then write every generated output below DIR (default: out)"},
    {"export", hv_cmd_export, "export [--format=json|csv|xml] [FILE...]",
     "check, then print the registry in a machine-readable form"},
    {"decode", hv_cmd_decode, "decode [--registry FILE] [--format=text|json] [DUMP|-]",
     "identify and decode the hypervisor CPUID leaves of a dump"},
    {"probe", hv_cmd_probe, "probe [--registry FILE] [--format=text|json|raw]",
     "run CPUID on this machine and decode the hypervisor leaves"},
    {"diff", hv_cmd_diff, "diff [--format=text|json] OLD NEW",
     "list what changed between two registries; exit 1 on an incompatible change"},
    {"free", hv_cmd_free,
     "free [--base B | --interface ID [--leaf OFF [--subleaf N] --register REG]] [FILE...]",
     "list free leaf offsets in a window, or free bits in a register"},
};

const hv_command *hv_commands(size_t *count)
{
    *count = sizeof commands / sizeof commands[0];
    return commands;
}

static void print_help(FILE *to)
{
    fprintf(to, "usage: hvcpuid COMMAND [OPTIONS] [FILE...]\n\n"
                "The registry and compiler for x86 hypervisor CPUID leaves "
                "(0x40000000-0x4000FFFF).\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(to, "  hvcpuid %s\n      %s\n", commands[i].synopsis, commands[i].summary);
    fprintf(to,
            "\nFILE defaults to %s. 'hvcpuid COMMAND --help' describes one command.\n"
            "Exit status: 0 clean, 1 errors found, 2 usage, I/O or internal error.\n",
            HV_DEFAULT_REGISTRY);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return HV_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        print_help(stdout);
        return HV_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("hvcpuid %s\n", HVCPUID_VERSION);
        return HV_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "hvcpuid: unknown command '%s' (see 'hvcpuid --help')\n", argv[1]);
    return HV_EXIT_USAGE;
}
