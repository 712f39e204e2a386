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
#include <string.h>

#include "validate/free.h"
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

typedef struct free_args {
    hv_opt_u32 base, leaf, subleaf;
    const char *interface_id;
    int reg; /* index in free_registers, or -1 */
    hv_color_opt color;
} free_args;

static const char *const free_registers[] = {"eax", "ebx", "ecx", "edx", NULL};

static const hv_option free_options[] = {
    HV_OPT_U32(0, "base", free_args, base, "B", "offsets free at base B"),
    HV_OPT_STRING(0, "interface", free_args, interface_id, "ID",
                  "offsets ID can still allocate (not with --base)"),
    HV_OPT_U32(0, "leaf", free_args, leaf, "OFF", "with --interface and --register: free bits"),
    HV_OPT_U32(0, "subleaf", free_args, subleaf, "N", "of sub-leaf N of that leaf"),
    HV_OPT_CHOICE(0, "register", free_args, reg, free_registers, "of this register"),
    HV_OPT_COLOR(free_args, color),
    HV_OPT_END,
};

const hv_usage hv_free_usage = {
    .name = "free",
    .args = "[FILE...]",
    .about = "Lists what is still free, one range per line on stdout: leaf offsets (from the\n"
             "base) that no generic allocation claims; with --base, that no interface placed\n"
             "at B uses either; with --interface, that ID can still allocate without a\n"
             "collision. With --interface, --leaf and --register: the bits no named field\n"
             "uses, marked 'reserved' or 'undocumented'.",
    .notes = "Exit status: 0, 1 registry errors, 2 usage.",
    .options = free_options,
};

/* The query the options ask; HV_CLI_RUN when they make one. */
static int make_query(const free_args *a, hv_free_query *q)
{
    q->interface_id = a->interface_id;
    q->has_base = a->base.given;
    q->base = a->base.value;
    q->has_leaf = a->leaf.given;
    q->leaf = a->leaf.value;
    q->has_subleaf = a->subleaf.given;
    q->subleaf = a->subleaf.value;
    q->reg_name = a->reg >= 0 ? free_registers[a->reg] : NULL;
    if ((q->has_leaf || q->reg_name || q->has_subleaf) &&
        !(q->has_leaf && q->reg_name && q->interface_id))
        return hv_usage_error("free", "free bits need --interface, --leaf and --register");
    if (q->has_base && q->interface_id)
        return hv_usage_error("free", "give --base or --interface, not both");
    return HV_CLI_RUN;
}

static int run_session(const hv_free_query *q, hv_color_when color, const char *const *files,
                       size_t nfiles)
{
    hv_session s;
    hv_session_init(&s, NULL);
    s.color = color;
    int status = hv_session_run(&s, files, nfiles);
    if (status != HV_EXIT_OK) /* warnings do not change what is free */
        hv_session_print_text(&s);
    if (status == HV_EXIT_OK) {
        hv_strbuf out;
        hv_strbuf_init(&out);
        status = run_query(s.reg, q, &out);
        if (status == HV_EXIT_OK &&
            (out.failed || !hv_write_stdout(out.data ? out.data : "", out.len)))
            status = HV_EXIT_USAGE;
        hv_strbuf_free(&out);
    }
    hv_session_free(&s);
    return status;
}

int hv_cmd_free(int argc, char **argv)
{
    free_args args = {.reg = -1};
    hv_free_query q;
    memset(&q, 0, sizeof q);
    int nfiles = 0;
    int status = hv_cli_parse(&hv_free_usage, &args, argc, argv, &nfiles);
    if (status == HV_CLI_RUN)
        status = make_query(&args, &q);
    if (status == HV_CLI_RUN)
        status = run_session(&q, args.color.when, (const char *const *)argv, (size_t)nfiles);
    return status;
}
