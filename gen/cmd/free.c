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
 * Withdrawn allocations claim nothing; proposals and reservations do. */
#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"
#include "validate/util/strbuf.h"
#include "gen/cli.h"

#define WINDOW 256u

typedef struct free_query {
    const char *interface_id;
    bool has_base, has_leaf, has_subleaf;
    uint32_t base, leaf, subleaf;
    const char *reg_name;
} free_query;

static void claim_range(bool taken[WINDOW], const hv_allocation *a)
{
    if (!a->valid || a->status == HV_STATUS_WITHDRAWN || a->first > a->last || a->last >= WINDOW)
        return;
    for (uint32_t o = a->first; o <= a->last; o++)
        taken[o] = true;
}

static void claim_generics(const hv_registry *reg, bool taken[WINDOW])
{
    for (size_t i = 0; i < reg->allocation_count; i++)
        if (!reg->allocations[i]->owner)
            claim_range(taken, reg->allocations[i]);
}

/* Everything the interface occupies: its allocations, its leaves, and base+0
 * or base+1 when a signature identifies it there. */
static void claim_interface(const hv_interface *iface, bool taken[WINDOW])
{
    for (size_t a = 0; a < iface->allocation_count; a++)
        claim_range(taken, &iface->allocations[a]);
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid && iface->leaves[l].offset < WINDOW)
            taken[iface->leaves[l].offset] = true;
    if (iface->vendor_sig.present)
        taken[0] = true;
    if (iface->iface_sig.present)
        taken[1] = true;
}

static bool presents_at(const hv_hypervisor *hv, const hv_interface *iface, uint32_t base)
{
    for (size_t p = 0; p < hv->presents_count; p++)
        if (hv->presents[p].valid && hv->presents[p].iface == iface && hv->presents[p].base == base)
            return true;
    return false;
}

/* What hypervisors place at `base`. With `with` set, only products that
 * place that interface there count, and it is left out itself: those are
 * the neighbours it would collide with ([placement-overlap]). */
static void claim_base(const hv_registry *reg, uint32_t base, const hv_interface *with,
                       bool taken[WINDOW])
{
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        if (with && !presents_at(hv, with, base))
            continue;
        for (size_t p = 0; p < hv->presents_count; p++) {
            const hv_presents *pr = &hv->presents[p];
            if (!pr->valid || pr->base != base || !pr->iface)
                continue;
            if (pr->iface != with)
                claim_interface(pr->iface, taken);
            if (pr->vendor_sig.present) /* a product's own vendor string at base+0 */
                taken[0] = true;
        }
    }
}

static void print_free_offsets(const bool taken[WINDOW], hv_strbuf *out)
{
    for (unsigned o = 0; o < WINDOW; o++) {
        if (taken[o])
            continue;
        unsigned end = o;
        while (end + 1 < WINDOW && !taken[end + 1])
            end++;
        if (end == o)
            hv_strbuf_printf(out, "0x%02x\n", o);
        else
            hv_strbuf_printf(out, "0x%02x..0x%02x\n", o, end);
        o = end;
    }
}

static int free_offsets(const hv_registry *reg, const free_query *q, hv_strbuf *out)
{
    bool taken[WINDOW] = {false};
    claim_generics(reg, taken);
    if (q->has_base)
        claim_base(reg, q->base, NULL, taken);
    if (q->interface_id) {
        const hv_interface *iface = hv_registry_find_interface(reg, q->interface_id);
        if (!iface)
            return hv_usage_error("free", "no interface '%s' in the registry", q->interface_id);
        claim_interface(iface, taken);
        for (size_t h = 0; h < reg->hypervisor_count; h++) /* every base it is shown at */
            for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++) {
                const hv_presents *pr = &reg->hypervisors[h]->presents[p];
                if (pr->valid && pr->iface == iface)
                    claim_base(reg, pr->base, iface, taken);
            }
    }
    print_free_offsets(taken, out);
    return HV_EXIT_OK;
}

static const hv_leaf *find_leaf(const hv_interface *iface, const free_query *q)
{
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && leaf->offset == q->leaf && leaf->has_subleaf == q->has_subleaf &&
            (!q->has_subleaf || leaf->subleaf == q->subleaf))
            return leaf;
    }
    return NULL;
}

/* Free bits: not part of any named field. Each run is labelled by what the
 * registry says about it now, so the vendor knows whether it is documented
 * as reserved (the usual place for a new bit) or simply undescribed. */
static int free_bits(const hv_registry *reg, const free_query *q, hv_strbuf *out)
{
    const hv_interface *iface = hv_registry_find_interface(reg, q->interface_id);
    if (!iface)
        return hv_usage_error("free", "no interface '%s' in the registry", q->interface_id);
    const hv_leaf *leaf = find_leaf(iface, q);
    if (!leaf)
        return hv_usage_error("free", "interface '%s' defines no leaf 0x%02x%s", iface->id, q->leaf,
                              q->has_subleaf ? " with that sub-leaf" : "");
    uint32_t named = 0, reserved = 0;
    for (size_t r = 0; r < leaf->register_count; r++) {
        const hv_register *rg = &leaf->registers[r];
        if (strcmp(hv_reg_name(rg->reg), q->reg_name) != 0)
            continue;
        for (size_t f = 0; f < rg->field_count; f++)
            if (rg->fields[f].valid)
                *(rg->fields[f].reserved ? &reserved : &named) |= hv_field_mask(&rg->fields[f]);
    }
    for (int b = 31; b >= 0; b--) {
        if (named & (1u << b))
            continue;
        bool res = reserved & (1u << b);
        int lsb = b;
        while (lsb > 0 && !(named & (1u << (lsb - 1))) && !!(reserved & (1u << (lsb - 1))) == res)
            lsb--;
        if (lsb == b)
            hv_strbuf_printf(out, "%d %s\n", b, res ? "reserved" : "undocumented");
        else
            hv_strbuf_printf(out, "%d:%d %s\n", b, lsb, res ? "reserved" : "undocumented");
        b = lsb;
    }
    return HV_EXIT_OK;
}

static bool number_arg(const char *text, uint32_t *out)
{
    const char *why = NULL;
    return hv_parse_u32(text, 0xFFFFFFFFu, out, &why);
}

/* Parses the options into q; returns -1 when fine, else an exit status. */
static int parse_free_args(int argc, char **argv, free_query *q, const char **files, size_t *nfiles)
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
    free_query q;
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
            status = q.reg_name ? free_bits(s.reg, &q, &out) : free_offsets(s.reg, &q, &out);
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
