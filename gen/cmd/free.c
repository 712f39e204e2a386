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
#include <string.h>

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

typedef struct free_args {
    hv_opt_u32 base, leaf, subleaf;
    const char *interface_id;
    int reg; /* index in free_registers, or -1 */
} free_args;

static const char *const free_registers[] = {"eax", "ebx", "ecx", "edx", NULL};

static const hv_option free_options[] = {
    HV_OPT_U32(0, "base", free_args, base, "B", "offsets free at base B"),
    HV_OPT_STRING(0, "interface", free_args, interface_id, "ID",
                  "offsets ID can still allocate (not with --base)"),
    HV_OPT_U32(0, "leaf", free_args, leaf, "OFF", "with --interface and --register: free bits"),
    HV_OPT_U32(0, "subleaf", free_args, subleaf, "N", "of sub-leaf N of that leaf"),
    HV_OPT_CHOICE(0, "register", free_args, reg, free_registers, "of this register"),
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
static int make_query(const free_args *a, free_query *q)
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

static int run_query(const free_query *q, const char *const *files, size_t nfiles)
{
    hv_session s;
    hv_session_init(&s, NULL);
    int status = hv_session_run(&s, files, nfiles);
    if (status != HV_EXIT_OK) /* warnings do not change what is free */
        hv_session_print_text(&s);
    if (status == HV_EXIT_OK) {
        hv_strbuf out;
        hv_strbuf_init(&out);
        status = q->reg_name ? free_bits(s.reg, q, &out) : free_offsets(s.reg, q, &out);
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
    free_query q;
    memset(&q, 0, sizeof q);
    int nfiles = 0;
    int status = hv_cli_parse(&hv_free_usage, &args, argc, argv, &nfiles);
    if (status == HV_CLI_RUN)
        status = make_query(&args, &q);
    if (status == HV_CLI_RUN)
        status = run_query(&q, (const char *const *)argv, (size_t)nfiles);
    return status;
}
