/* gen/cmd/free.c - `hvcpuid free`: the numbers a vendor can still pick and pass
 * the gate (in the style of Khronos' "next free" tools).
 *
 *   free                       offsets no generic allocation claims
 *   free --base B              offsets free at base B: no generic allocation,
 *                              no interface any hypervisor places at B
 *   free --interface ID        offsets ID can still allocate: not its own,
 *                              not generic, not used by an interface that a
 *                              hypervisor places at the same base as ID
 *   free --interface ID --leaf OFF [--subleaf N] --register REG
 *                              bits of that register no named field uses,
 *                              each marked reserved or undocumented
 *
 * The query itself is validate/free.c; this file parses the options and
 * prints the answer. */
#include <stdlib.h>
#include <string.h>

#include "validate/free.h"
#include "validate/parse.h"
#include "validate/util/strbuf.h"
#include "gen/cli.h"

/* One range per line: "0x06..0x0f", or "0x20" for a single offset. */
static void print_free_offsets(const hv_offsets *free_set, hv_strbuf *out)
{
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
        if (!free_set->at[o])
            continue;
        unsigned end = o;
        while (end + 1 < HV_WINDOW_SIZE && free_set->at[end + 1])
            end++;
        if (end == o)
            hv_strbuf_printf(out, "0x%02x\n", o);
        else
            hv_strbuf_printf(out, "0x%02x..0x%02x\n", o, end);
        o = end;
    }
}

/* Free bits from the top: each run is labelled by what the registry says
 * about it now, so the vendor knows whether it is documented as reserved
 * (the usual place for a new bit) or simply undescribed. */
static void print_free_bits(const hv_free_bits *bits, hv_strbuf *out)
{
    for (int b = 31; b >= 0; b--) {
        if (bits->named & (1u << b))
            continue;
        bool res = bits->reserved & (1u << b);
        int lsb = b;
        while (lsb > 0 && !(bits->named & (1u << (lsb - 1))) &&
               !!(bits->reserved & (1u << (lsb - 1))) == res)
            lsb--;
        if (lsb == b)
            hv_strbuf_printf(out, "%d %s\n", b, res ? "reserved" : "undocumented");
        else
            hv_strbuf_printf(out, "%d:%d %s\n", b, lsb, res ? "reserved" : "undocumented");
        b = lsb;
    }
}

/* Runs the query and prints its answer; a query that cannot be answered
 * (no such interface or leaf, not a base) is a usage error. */
static int run_query(const hv_registry *reg, const hv_free_query *q, hv_strbuf *out)
{
    char err[256];
    bool ok;
    if (q->reg_name) {
        hv_free_bits bits;
        if ((ok = hv_free_bits_of(reg, q, &bits, err, sizeof err)))
            print_free_bits(&bits, out);
    } else {
        hv_offsets free_set;
        if ((ok = hv_free_offsets(reg, q, &free_set, err, sizeof err)))
            print_free_offsets(&free_set, out);
    }
    return ok ? HV_EXIT_OK : hv_usage_error("free", "%s", err);
}

static bool number_arg(const char *text, uint32_t *out)
{
    const char *why = NULL;
    return hv_parse_u32(text, 0xFFFFFFFFu, out, &why);
}

/* Parses the options into q; returns -1 when fine, else an exit status. */
static int parse_free_args(int argc, char **argv, hv_free_query *q, const char **files,
                           size_t *nfiles)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        bool takes = strcmp(arg, "--base") == 0 || strcmp(arg, "--interface") == 0 ||
                     strcmp(arg, "--leaf") == 0 || strcmp(arg, "--subleaf") == 0 ||
                     strcmp(arg, "--register") == 0;
        if (takes && !val)
            return hv_usage_error("free", "%s needs a value", arg);
        if (strcmp(arg, "--base") == 0 && !(q->has_base = number_arg(val, &q->base)))
            return hv_usage_error("free", "--base: '%s' is not a number", val);
        else if (strcmp(arg, "--leaf") == 0 && !(q->has_leaf = number_arg(val, &q->leaf)))
            return hv_usage_error("free", "--leaf: '%s' is not a number", val);
        else if (strcmp(arg, "--subleaf") == 0 && !(q->has_subleaf = number_arg(val, &q->subleaf)))
            return hv_usage_error("free", "--subleaf: '%s' is not a number", val);
        else if (strcmp(arg, "--interface") == 0)
            q->interface_id = val;
        else if (strcmp(arg, "--register") == 0)
            q->reg_name = val;
        else if (!takes && arg[0] == '-' && arg[1])
            return hv_usage_error("free", "unknown option '%s'", arg);
        else if (!takes)
            files[(*nfiles)++] = arg;
        i += takes;
    }
    if (q->reg_name && strcmp(q->reg_name, "eax") && strcmp(q->reg_name, "ebx") &&
        strcmp(q->reg_name, "ecx") && strcmp(q->reg_name, "edx"))
        return hv_usage_error("free", "--register: eax, ebx, ecx or edx, not '%s'", q->reg_name);
    if ((q->has_leaf || q->reg_name || q->has_subleaf) &&
        !(q->has_leaf && q->reg_name && q->interface_id))
        return hv_usage_error("free", "free bits need --interface, --leaf and --register");
    if (q->has_base && q->interface_id)
        return hv_usage_error("free", "give --base or --interface, not both");
    return -1;
}

int hv_cmd_free(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        printf("usage: hvcpuid free [--base B | --interface ID] [FILE...]\n"
               "       hvcpuid free --interface ID --leaf OFF [--subleaf N] --register REG "
               "[FILE...]\n\n"
               "Lists what is still free, one range per line on stdout: leaf offsets (from the\n"
               "base) that no generic allocation claims; with --base, that no interface placed\n"
               "at B uses either; with --interface, that ID can still allocate without a\n"
               "collision. With --leaf and --register: the bits no named field uses, marked\n"
               "'reserved' or 'undocumented'. Exit status: 0, 1 registry errors, 2 usage.\n");
        return HV_EXIT_OK;
    }
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    hv_free_query q;
    memset(&q, 0, sizeof q);
    if (!files)
        return HV_EXIT_USAGE;
    int status = parse_free_args(argc, argv, &q, files, &nfiles);
    if (status < 0) {
        hv_session s;
        hv_session_init(&s);
        status = hv_session_run(&s, files, nfiles);
        if (status != HV_EXIT_OK) /* warnings do not change what is free */
            hv_session_print_text(&s);
        if (status == HV_EXIT_OK) {
            hv_strbuf out;
            hv_strbuf_init(&out);
            status = run_query(s.reg, &q, &out);
            if (status == HV_EXIT_OK &&
                (out.failed || !hv_write_stdout(out.data ? out.data : "", out.len)))
                status = HV_EXIT_USAGE;
            hv_strbuf_free(&out);
        }
        hv_session_free(&s);
    }
    free(files);
    return status;
}
