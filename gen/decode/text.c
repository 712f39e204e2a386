/* gen/decode/text.c - the decode report for a person: one block per base, a
 * heading per leaf, aligned fields with value, enumerated name and meaning,
 * unknown leaves raw, the synthetic MSRs the guest may use, other
 * hypervisor-range leaves with the reason, then the findings and a count. */
#include <stdio.h>
#include <string.h>

#include "gen/decode/layouts.h"
#include "gen/decode/msrs.h"

static void put_value(hv_strbuf *out, const hvcpuid_field *fd, uint32_t v)
{
    char buf[48];
    if (fd->msb == fd->lsb)
        snprintf(buf, sizeof buf, "%u", v);
    else if (v < 10)
        snprintf(buf, sizeof buf, "0x%x", v);
    else
        snprintf(buf, sizeof buf, "0x%x (%u)", v, v);
    hv_strbuf_printf(out, "%-24s", buf);
}

static void put_bits(hv_strbuf *out, const hvcpuid_field *fd)
{
    char bits[8];
    if (fd->msb == fd->lsb)
        snprintf(bits, sizeof bits, "%u", fd->msb);
    else
        snprintf(bits, sizeof bits, "%u:%u", fd->msb, fd->lsb);
    hv_strbuf_printf(out, "    %s %-5s ", hvcpuid_reg_name(fd->reg), bits);
}

static void text_fields(hv_strbuf *out, const hvcpuid_result *res, const hvcpuid_leaf_def *def)
{
    int width = 8;
    for (uint32_t i = 0; i < def->field_count; i++)
        if (def->fields[i].name && (int)strlen(def->fields[i].name) > width)
            width = (int)strlen(def->fields[i].name);
    for (uint32_t i = 0; i < def->field_count; i++) {
        const hvcpuid_field *fd = &def->fields[i];
        uint32_t v = hvcpuid_field_value(fd, res->regs);
        if ((fd->flags & HVCPUID_FIELD_RESERVED) && v == 0)
            continue;
        put_bits(out, fd);
        hv_strbuf_printf(out, "%-*s ", width, fd->name ? fd->name : "(reserved)");
        put_value(out, fd, v);
        const hvcpuid_enum *e = hvcpuid_find_enum(fd, v);
        if (e)
            hv_strbuf_printf(out, " %s:", e->name);
        const char *desc = e && e->description ? e->description : fd->description;
        if (fd->flags & HVCPUID_FIELD_ALTERNATIVE)
            hv_strbuf_puts(out, " (another reading of these bits)");
        if (desc)
            hv_strbuf_printf(out, " %s", desc);
        while (out->len && out->data[out->len - 1] == ' ')
            out->len--;
        hv_strbuf_putc(out, '\n');
    }
    uint32_t loose[4];
    hv_decode_undescribed(res, def, loose);
    for (unsigned k = 0; k < 4; k++)
        if (loose[k])
            hv_strbuf_printf(out, "    %s       %-*s 0x%08x (bits no registered field describes)\n",
                             hvcpuid_reg_name(k), width, "(undescribed)", loose[k]);
}

static void text_raw(hv_strbuf *out, const hvcpuid_result *res, const char *indent)
{
    hv_strbuf_printf(out, "%seax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n", indent, res->regs[0],
                     res->regs[1], res->regs[2], res->regs[3]);
}

static void text_leaf(hv_strbuf *out, const hvcpuid_found *f, const hvcpuid_result *res)
{
    const hvcpuid_leaf_def *def =
        f->iface ? hvcpuid_find_leaf(f->iface, res->leaf - f->base, res->subleaf) : NULL;
    hv_strbuf_printf(out, "  0x%08x", res->leaf);
    if (def && def->has_subleaf)
        hv_strbuf_printf(out, " sub-leaf %u", res->subleaf);
    else if (!def && res->subleaf)
        hv_strbuf_printf(out, " sub-leaf %u", res->subleaf);
    if (!def) {
        hv_strbuf_puts(out, f->iface ? " (not in the registry)\n" : "\n");
        text_raw(out, res, "    ");
        return;
    }
    hv_strbuf_printf(out, " %s", def->name);
    if (def->upstream)
        hv_strbuf_printf(out, " (%s)", def->upstream);
    hv_strbuf_putc(out, '\n');
    text_fields(out, res, def);
}

/* Counts the MSRs first (the heading says how many), then prints them. */
typedef struct msr_lines {
    hv_strbuf *out;
    size_t announced, unannounced;
    bool print;
} msr_lines;

static void msr_line(void *ctx, const hv_decode_msr *m)
{
    msr_lines *l = ctx;
    if (m->announced)
        l->announced++;
    else
        l->unannounced++;
    if (!l->print)
        return;
    hv_strbuf_printf(l->out, "    0x%08x %s", m->address, m->def->name ? m->def->name : "?");
    if (m->def->upstream)
        hv_strbuf_printf(l->out, " (%s)", m->def->upstream);
    if (m->announced)
        hv_strbuf_printf(l->out, ", announced by 0x%08x %s %s\n", m->announced_leaf,
                         hvcpuid_reg_name(m->announced->reg),
                         m->announced->name ? m->announced->name : "?");
    else
        hv_strbuf_puts(l->out, ", no feature bit announces it\n");
}

static void text_msrs(hv_strbuf *out, const hv_decode_findings *r, const hvcpuid_found *f)
{
    hv_decode_msr_base base;
    msr_lines l = {out, 0, 0, false};
    size_t defined = hv_decode_msrs(r, f, &base, msr_line, &l);
    if (!defined)
        return;
    hv_strbuf_printf(out,
                     "  MSRs the guest may use (%zu defined): %zu announced by a set feature "
                     "bit, %zu that no feature bit announces",
                     defined, l.announced, l.unannounced);
    if (base.relocatable && base.from_dump)
        hv_strbuf_printf(out, "; MSR base 0x%08x (leaf 0x%08x)", base.base, base.leaf);
    else if (base.relocatable)
        hv_strbuf_printf(out, "; MSR base 0x%08x (the default: its leaf is not in the input)",
                         base.base);
    hv_strbuf_puts(out, (l.announced + l.unannounced) ? ":\n" : "\n");
    l = (msr_lines){out, 0, 0, true};
    hv_decode_msrs(r, f, &base, msr_line, &l);
}

static void text_found(hv_strbuf *out, const hv_decode_findings *r, const hvcpuid_found *f)
{
    char sig[64];
    const hvcpuid_results *set = r->in->results;
    hv_decode_signature_text(f->signature, sig, sizeof sig);
    hv_strbuf_printf(out, "\nbase 0x%08x: ", f->base);
    if (f->iface)
        hv_strbuf_printf(out, "%s (%s)", f->iface->id, f->iface->name);
    else
        hv_strbuf_puts(out, "unknown hypervisor");
    hv_strbuf_printf(out, ", vendor %s, max leaf 0x%08x", sig, f->max_leaf);
    if (f->max_leaf != f->max_leaf_reported)
        hv_strbuf_printf(out, " (reports 0x%08x)", f->max_leaf_reported);
    hv_strbuf_putc(out, '\n');
    for (size_t i = hvcpuid_results_lower_bound(set, f->base);
         i < set->count && set->items[i].leaf <= f->max_leaf; i++)
        text_leaf(out, f, &set->items[i]);
    text_msrs(out, r, f);
}

static const char *reason_text(const char *reason)
{
    if (!strcmp(reason, "beyond-max-leaf"))
        return "beyond the max leaf of the hypervisor at its base";
    if (!strcmp(reason, "no-hypervisor-at-base"))
        return "no hypervisor at its base";
    if (!strcmp(reason, "empty"))
        return "all zero: no hypervisor at this base";
    if (!strcmp(reason, "repeats-basic-leaf"))
        return "repeats the highest basic leaf (the CPU's answer to an unused leaf): no "
               "hypervisor at this base";
    if (!strcmp(reason, "mirror"))
        return "repeats a leaf of the hypervisor below (bhyve answers every higher leaf with "
               "its features leaf): not another hypervisor";
    return "no plausible max leaf or vendor string: not a hypervisor";
}

static void text_others(hv_strbuf *out, const hv_decode_findings *r)
{
    const hvcpuid_results *set = r->in->results;
    bool any = false;
    for (size_t i = hvcpuid_results_lower_bound(set, HVCPUID_RANGE_FIRST); i < set->count; i++) {
        const hvcpuid_result *res = &set->items[i];
        if (!hv_decode_is_other(r, res))
            continue;
        uint32_t ref;
        const char *reason = hv_decode_other_reason(r, res, &ref);
        if (!any)
            hv_strbuf_puts(out, "\nother leaves in the hypervisor range (raw):\n");
        any = true;
        hv_strbuf_printf(out, "  0x%08x sub-leaf %u: %s", res->leaf, res->subleaf,
                         reason_text(reason));
        if (ref != HVCPUID_NONE)
            hv_strbuf_printf(out, " (as leaf 0x%08x)", ref);
        hv_strbuf_putc(out, '\n');
        text_raw(out, res, "    ");
    }
}

void hv_decode_text(hv_strbuf *out, const hv_decode_findings *r)
{
    static const char *const present[] = {"unknown (no leaf 1 in the input)", "no", "yes"};
    hv_strbuf_printf(out, "hypervisor present (CPUID.1:ECX[31]): %s\n",
                     present[r->a.hypervisor_present + 1]);
    hv_strbuf_printf(out, "CPUs: %u", r->in->cpus);
    if (r->in->cpus > 1)
        hv_strbuf_printf(out, " (CPU 0 decoded)");
    hv_strbuf_printf(out, "\nhypervisor product: ");
    for (unsigned k = 0; k < r->a.product_count; k++)
        hv_strbuf_printf(out, "%s%s (%s)", k ? " or " : "", r->a.products[k]->id,
                         r->a.products[k]->name);
    hv_strbuf_puts(out, r->a.product_count ? "\n" : "none registered matches\n");
    if (r->a.found_count == 0)
        hv_strbuf_puts(out, "no hypervisor leaves found\n");
    for (unsigned k = 0; k < r->a.found_count; k++)
        text_found(out, r, &r->a.found[k]);
    text_others(out, r);
    if (r->count)
        hv_strbuf_putc(out, '\n');
    for (size_t i = 0; i < r->count; i++)
        hv_strbuf_printf(out, "%s: %s [%s]\n", r->items[i].error ? "error" : "warning",
                         r->items[i].message, r->items[i].kind);
    hv_strbuf_printf(out, "%u error%s, %u warning%s\n", r->counts.errors,
                     r->counts.errors == 1 ? "" : "s", r->counts.warnings,
                     r->counts.warnings == 1 ? "" : "s");
}
