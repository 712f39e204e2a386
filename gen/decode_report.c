/* decode_report.c - prints a decoded set of CPUID results (see the header).
 * lib/ identifies and checks; this file only words and lays out what it
 * found: one block per base, a heading per leaf, aligned fields with value,
 * enumerated name and meaning, unknown leaves raw, then the findings. */
#include "decode_report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../validate/json_writer.h"
#include "../validate/parse.h"

/* One finding, worded. */
typedef struct report_item {
    bool error;
    const char *kind;
    uint32_t leaf, subleaf;
    bool has_leaf, has_subleaf;
    int reg; /* -1: none */
    uint32_t bits;
    char *message;
} report_item;

typedef struct report {
    const hv_decode_input *in;
    hvcpuid_analysis a;
    report_item *items;
    size_t count, cap;
    hv_decode_counts counts;
} report;

static report_item *add_item(report *r, bool error, const char *kind, const hvcpuid_result *at,
                             const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static report_item *add_item(report *r, bool error, const char *kind, const hvcpuid_result *at,
                             const char *fmt, ...)
{
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        report_item *items = realloc(r->items, cap * sizeof *items);
        if (!items)
            return NULL;
        r->items = items;
        r->cap = cap;
    }
    report_item *it = &r->items[r->count];
    memset(it, 0, sizeof *it);
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    it->message = strdup(buf);
    if (!it->message)
        return NULL;
    it->error = error;
    it->kind = kind;
    it->reg = -1;
    if (at) {
        it->has_leaf = true;
        it->leaf = at->leaf;
        it->subleaf = at->subleaf;
        it->has_subleaf = at->has_subleaf;
    }
    r->count++;
    if (error)
        r->counts.errors++;
    else
        r->counts.warnings++;
    return it;
}

static const char *reg_list(uint32_t mask, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (unsigned k = 0; k < 4; k++)
        if (mask & (1u << k)) {
            if (buf[0])
                strncat(buf, ", ", cap - strlen(buf) - 1);
            strncat(buf, hvcpuid_reg_name(k), cap - strlen(buf) - 1);
        }
    return buf;
}

/* "leaf 0x40000003 sub-leaf 2" or "leaf 0x40000001". */
static const char *where(const hvcpuid_result *res, const hvcpuid_leaf_def *def, char *buf,
                         size_t cap)
{
    if (res->has_subleaf && (!def || def->has_subleaf))
        snprintf(buf, cap, "leaf 0x%08x sub-leaf %u", res->leaf, res->subleaf);
    else
        snprintf(buf, cap, "leaf 0x%08x", res->leaf);
    return buf;
}

/* The lib/ callback: words each finding. */
static void on_finding(void *ctx, const hvcpuid_finding *f)
{
    report *r = ctx;
    char at[64], regs[32];
    const char *iface = f->found->iface->id;
    const char *dname = f->def && f->def->name ? f->def->name : "?";
    where(f->result, f->def, at, sizeof at);
    report_item *it = NULL;
    switch (f->kind) {
    case HVCPUID_FIND_RESERVED_SET:
        it = add_item(r, true, "reserved-bits-set", f->result,
                      "%s (%s %s) %s: reserved bits set (mask 0x%08x); the registry says they "
                      "read as zero: the hypervisor sets bits nobody registered, or the dump is "
                      "not what it claims",
                      at, iface, dname, hvcpuid_reg_name(f->reg), f->bits);
        break;
    case HVCPUID_FIND_UNDESCRIBED:
        it = add_item(r, false, "undescribed-bits", f->result,
                      "%s (%s %s) %s: bits set that no registered field describes (mask "
                      "0x%08x); shown raw",
                      at, iface, dname, hvcpuid_reg_name(f->reg), f->bits);
        break;
    case HVCPUID_FIND_SUBLEAF_REPEAT:
        it = add_item(r, true, "subleaf-repeats", f->result,
                      "%s (%s) repeats sub-leaf %u exactly; a hypervisor that ignores ECX "
                      "answers every sub-leaf alike, so its sub-leaf data cannot be trusted",
                      at, iface, f->other_subleaf);
        break;
    case HVCPUID_FIND_SUBLEAF_LOOKS:
        it = add_item(r, true, "subleaf-misplaced", f->result,
                      "%s (%s %s) sets %s, which the registry defines only for sub-leaf %u "
                      "(absent here); this looks like sub-leaf %u's data recorded as sub-leaf %u",
                      at, iface, dname, reg_list(f->regs_mask, regs, sizeof regs), f->other_subleaf,
                      f->other_subleaf, f->result->subleaf);
        break;
    case HVCPUID_FIND_SUBLEAF_MISSING:
        it = add_item(r, false, "subleaf-missing", f->result,
                      "%s (%s): sub-leaf %u, which the registry defines, is not in the input", at,
                      iface, f->other_subleaf);
        break;
    case HVCPUID_FIND_IGNORES_ECX:
        it = add_item(r, true, "subleaf-differs", f->result,
                      "leaf 0x%08x sub-leaf %u (%s %s) differs from sub-leaf %u, but the registry "
                      "defines this leaf without sub-leaves (ECX is ignored)",
                      f->result->leaf, f->result->subleaf, iface, dname, f->other_subleaf);
        break;
    default:
        it = add_item(r, false, "unknown-leaf", f->result, "%s is not defined by %s; shown raw", at,
                      iface);
        break;
    }
    if (it && (f->kind == HVCPUID_FIND_RESERVED_SET || f->kind == HVCPUID_FIND_UNDESCRIBED)) {
        it->reg = (int)f->reg;
        it->bits = f->bits;
    }
}

static void signature_text(const uint8_t sig[12], char *buf, size_t cap)
{
    hv_format_signature(sig, 12, buf, cap);
}

/* Findings about the walk itself: max-leaf quirks, signatures, CPUs. */
static void analysis_findings(report *r)
{
    const hvcpuid_results *set = r->in->results;
    for (unsigned k = 0; k < r->a.found_count; k++) {
        const hvcpuid_found *f = &r->a.found[k];
        const hvcpuid_result *at = hvcpuid_results_find(set, f->base, 0);
        if (f->max_quirk == HVCPUID_MAX_BELOW_BASE)
            add_item(r, false, "max-leaf-below-base", at,
                     "leaf 0x%08x reports max leaf 0x%08x, below its base; read as 0x%08x "
                     "(old KVM hosts report 0, Documentation/virt/kvm/x86/cpuid.rst)",
                     f->base, f->max_leaf_reported, f->max_leaf);
        else if (f->max_quirk == HVCPUID_MAX_CLAMPED)
            add_item(r, false, "max-leaf-beyond-window", at,
                     "leaf 0x%08x reports max leaf 0x%08x, beyond its 0x100 window; decoded up "
                     "to 0x%08x",
                     f->base, f->max_leaf_reported, f->max_leaf);
        if (f->iface && f->iface->has_max_leaf && f->max_quirk == HVCPUID_MAX_AS_REPORTED &&
            f->max_leaf - f->base > f->iface->max_leaf)
            add_item(r, false, "max-leaf-beyond-registry", at,
                     "leaf 0x%08x reports max leaf 0x%08x, but the registry says %s's highest leaf "
                     "is base+0x%02x; leaves it does not define are shown raw",
                     f->base, f->max_leaf, f->iface->id, f->iface->max_leaf);
        if (f->signature_mismatch) {
            char sig[64];
            signature_text(f->signature, sig, sizeof sig);
            if (f->how == HVCPUID_BY_INTERFACE_SIG)
                add_item(r, false, "signature-mismatch", at,
                         "leaf 0x%08x: %s recognised by its interface signature, but the vendor "
                         "string %s is not one the registry lists for it (a product not "
                         "registered yet?)",
                         f->base, f->iface->id, sig);
            else
                add_item(r, false, "signature-mismatch", at,
                         "leaf 0x%08x: vendor string %s is %s's, but leaf 0x%08x EAX is not its "
                         "interface signature; decoded as %s anyway",
                         f->base, sig, f->iface->id, f->base + 1, f->iface->id);
        }
        if (r->a.hypervisor_present == 0)
            add_item(r, false, "present-bit-clear", at,
                     "leaf 0x%08x holds a hypervisor signature but CPUID.1:ECX[31] is 0", f->base);
    }
    if (r->in->cpus_differing)
        add_item(r, false, "cpus-differ", NULL,
                 "%u of %u CPUs differ from CPU 0 in the hypervisor range (first: CPU %u at "
                 "leaf 0x%08x sub-leaf %u); CPU 0 is decoded (per-CPU values such as vCPU ids "
                 "differ legitimately)",
                 r->in->cpus_differing, r->in->cpus, r->in->first_diff_cpu, r->in->first_diff_leaf,
                 r->in->first_diff_subleaf);
}

static void collect(report *r)
{
    hvcpuid_analyze(r->in->tables, r->in->results, &r->a);
    analysis_findings(r);
    for (unsigned k = 0; k < r->a.found_count; k++)
        hvcpuid_check_found(&r->a.found[k], r->in->results, on_finding, r);
}

/* ---- text ------------------------------------------------------------- */

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

/* Bits of each register that no field or reserved range covers. */
static void undescribed(const hvcpuid_result *res, const hvcpuid_leaf_def *def, uint32_t loose[4])
{
    for (unsigned k = 0; k < 4; k++)
        loose[k] = res->regs[k];
    for (uint32_t i = 0; i < def->field_count; i++)
        loose[def->fields[i].reg & 3u] &= ~hvcpuid_field_mask(&def->fields[i]);
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
    undescribed(res, def, loose);
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

static void text_found(hv_strbuf *out, const report *r, const hvcpuid_found *f)
{
    char sig[64];
    const hvcpuid_results *set = r->in->results;
    signature_text(f->signature, sig, sizeof sig);
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
}

/* Why a hypervisor-range leaf outside every found window is there. */
static const char *other_reason(const report *r, const hvcpuid_result *res, uint32_t *ref)
{
    unsigned index = (res->leaf - HVCPUID_RANGE_FIRST) >> 8;
    *ref = HVCPUID_NONE;
    for (unsigned k = 0; k < r->a.found_count; k++)
        if (res->leaf > r->a.found[k].max_leaf && res->leaf <= r->a.found[k].base + 0xFFu)
            return "beyond-max-leaf";
    if ((res->leaf & 0xFFu) != 0 || res->subleaf != 0)
        return "no-hypervisor-at-base";
    *ref = r->a.base_ref[index];
    switch (r->a.base_kind[index]) {
    case HVCPUID_BASE_EMPTY:
        return "empty";
    case HVCPUID_BASE_ECHO:
        return "repeats-basic-leaf";
    case HVCPUID_BASE_MIRROR:
        return "mirror";
    default:
        return "not-a-signature";
    }
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

static bool is_other(const report *r, const hvcpuid_result *res)
{
    return res->leaf >= HVCPUID_RANGE_FIRST && !hvcpuid_owner(&r->a, res->leaf);
}

static void text_others(hv_strbuf *out, const report *r)
{
    const hvcpuid_results *set = r->in->results;
    bool any = false;
    for (size_t i = hvcpuid_results_lower_bound(set, HVCPUID_RANGE_FIRST); i < set->count; i++) {
        const hvcpuid_result *res = &set->items[i];
        if (!is_other(r, res))
            continue;
        uint32_t ref;
        const char *reason = other_reason(r, res, &ref);
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

static void text_report(hv_strbuf *out, const report *r)
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

/* ---- JSON --------------------------------------------------------------- */

static void json_opt_uint(hv_json *j, const char *key, bool has, uint32_t v)
{
    hv_json_key(j, key);
    if (has)
        hv_json_uint(j, v);
    else
        hv_json_null(j);
}

static void json_field(hv_json *j, const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                       const hvcpuid_field *fd)
{
    uint32_t v = hvcpuid_field_value(fd, res->regs);
    const hvcpuid_enum *e = hvcpuid_find_enum(fd, v);
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "leaf", res->leaf);
    json_opt_uint(j, "subleaf", def->has_subleaf, res->subleaf);
    hv_json_kv_string(j, "register", hvcpuid_reg_name(fd->reg));
    hv_json_kv_string(j, "name", fd->name ? fd->name : "reserved");
    hv_json_kv_string(j, "upstream", fd->upstream);
    hv_json_kv_uint(j, "msb", fd->msb);
    hv_json_kv_uint(j, "lsb", fd->lsb);
    hv_json_kv_uint(j, "value", v);
    hv_json_kv_string(j, "value_name", e ? e->name : NULL);
    hv_json_kv_bool(j, "reserved", (fd->flags & HVCPUID_FIELD_RESERVED) != 0);
    hv_json_kv_string(j, "leaf_name", def->name);
    hv_json_object_end(j);
}

/* Bits no field describes: one entry per register, name null, in place. */
static void json_undescribed(hv_json *j, const hvcpuid_result *res, const hvcpuid_leaf_def *def)
{
    uint32_t loose[4];
    undescribed(res, def, loose);
    for (unsigned k = 0; k < 4; k++) {
        if (!loose[k])
            continue;
        hv_json_object_begin(j);
        hv_json_kv_uint(j, "leaf", res->leaf);
        json_opt_uint(j, "subleaf", def->has_subleaf, res->subleaf);
        hv_json_kv_string(j, "register", hvcpuid_reg_name(k));
        hv_json_kv_string(j, "name", NULL);
        hv_json_kv_string(j, "upstream", NULL);
        hv_json_kv_uint(j, "msb", 31);
        hv_json_kv_uint(j, "lsb", 0);
        hv_json_kv_uint(j, "value", loose[k]);
        hv_json_kv_string(j, "value_name", NULL);
        hv_json_kv_bool(j, "reserved", false);
        hv_json_kv_string(j, "leaf_name", def->name);
        hv_json_object_end(j);
    }
}

static void json_raw(hv_json *j, const hvcpuid_result *res)
{
    hv_json_kv_uint(j, "leaf", res->leaf);
    hv_json_kv_uint(j, "subleaf", res->subleaf);
    hv_json_kv_uint(j, "eax", res->regs[0]);
    hv_json_kv_uint(j, "ebx", res->regs[1]);
    hv_json_kv_uint(j, "ecx", res->regs[2]);
    hv_json_kv_uint(j, "edx", res->regs[3]);
}

static const hvcpuid_leaf_def *def_of(const hvcpuid_found *f, const hvcpuid_result *res)
{
    return f->iface ? hvcpuid_find_leaf(f->iface, res->leaf - f->base, res->subleaf) : NULL;
}

static void json_found(hv_json *j, const report *r, const hvcpuid_found *f)
{
    const hvcpuid_results *set = r->in->results;
    size_t first = hvcpuid_results_lower_bound(set, f->base);
    char hex[32], sig[64];
    hv_format_hex(f->signature, 12, hex, sizeof hex);
    signature_text(f->signature, sig, sizeof sig);
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "base", f->base);
    hv_json_kv_uint(j, "max_leaf", f->max_leaf);
    hv_json_kv_uint(j, "max_leaf_reported", f->max_leaf_reported);
    hv_json_kv_string(j, "vendor_signature_hex", hex);
    hv_json_key(j, "vendor_signature");
    hv_json_string_n(j, sig + 1, strlen(sig) - 2);
    hv_json_kv_string(j, "interface", f->iface ? f->iface->id : NULL);
    hv_json_kv_string(j, "identified_by",
                      f->how == HVCPUID_BY_INTERFACE_SIG ? "interface-signature"
                      : f->how == HVCPUID_BY_VENDOR_SIG  ? "vendor-signature"
                                                         : NULL);
    hv_json_key(j, "fields");
    hv_json_array_begin(j);
    for (size_t i = first; i < set->count && set->items[i].leaf <= f->max_leaf; i++) {
        const hvcpuid_leaf_def *def = def_of(f, &set->items[i]);
        for (uint32_t k = 0; def && k < def->field_count; k++)
            json_field(j, &set->items[i], def, &def->fields[k]);
        if (def)
            json_undescribed(j, &set->items[i], def);
    }
    hv_json_array_end(j);
    hv_json_key(j, "unknown_leaves");
    hv_json_array_begin(j);
    for (size_t i = first; i < set->count && set->items[i].leaf <= f->max_leaf; i++)
        if (!def_of(f, &set->items[i])) {
            hv_json_object_begin(j);
            json_raw(j, &set->items[i]);
            hv_json_object_end(j);
        }
    hv_json_array_end(j);
    hv_json_object_end(j);
}

static void json_others(hv_json *j, const report *r)
{
    const hvcpuid_results *set = r->in->results;
    hv_json_key(j, "other_leaves");
    hv_json_array_begin(j);
    for (size_t i = hvcpuid_results_lower_bound(set, HVCPUID_RANGE_FIRST); i < set->count; i++) {
        if (!is_other(r, &set->items[i]))
            continue;
        uint32_t ref;
        const char *reason = other_reason(r, &set->items[i], &ref);
        hv_json_object_begin(j);
        json_raw(j, &set->items[i]);
        hv_json_kv_string(j, "reason", reason);
        json_opt_uint(j, "repeats", ref != HVCPUID_NONE, ref);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

static void json_findings(hv_json *j, const report *r)
{
    hv_json_key(j, "findings");
    hv_json_array_begin(j);
    for (size_t i = 0; i < r->count; i++) {
        const report_item *it = &r->items[i];
        hv_json_object_begin(j);
        hv_json_kv_string(j, "level", it->error ? "error" : "warning");
        hv_json_kv_string(j, "kind", it->kind);
        json_opt_uint(j, "leaf", it->has_leaf, it->leaf);
        json_opt_uint(j, "subleaf", it->has_leaf, it->subleaf);
        hv_json_kv_string(j, "register", it->reg >= 0 ? hvcpuid_reg_name((unsigned)it->reg) : NULL);
        json_opt_uint(j, "bits", it->reg >= 0, it->bits);
        hv_json_kv_string(j, "message", it->message);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

static void json_report(hv_strbuf *out, const report *r)
{
    hv_json j;
    hv_json_init(&j, out);
    hv_json_object_begin(&j);
    hv_json_kv_string(&j, "format", "hvcpuid-decode");
    hv_json_kv_uint(&j, "version", 1);
    hv_json_key(&j, "hypervisor_present");
    if (r->a.hypervisor_present < 0)
        hv_json_null(&j);
    else
        hv_json_bool(&j, r->a.hypervisor_present == 1);
    hv_json_kv_uint(&j, "cpus", r->in->cpus);
    hv_json_key(&j, "hypervisors");
    hv_json_array_begin(&j);
    for (unsigned k = 0; k < r->a.product_count; k++)
        hv_json_string(&j, r->a.products[k]->id);
    hv_json_array_end(&j);
    hv_json_key(&j, "found");
    hv_json_array_begin(&j);
    for (unsigned k = 0; k < r->a.found_count; k++)
        json_found(&j, r, &r->a.found[k]);
    hv_json_array_end(&j);
    json_others(&j, r);
    json_findings(&j, r);
    hv_json_kv_uint(&j, "errors", r->counts.errors);
    hv_json_kv_uint(&j, "warnings", r->counts.warnings);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}

hv_decode_counts hv_decode_report(const hv_decode_input *in, bool json, hv_strbuf *out)
{
    report *r = calloc(1, sizeof *r);
    hv_decode_counts counts = {0, 0};
    if (!r) {
        out->failed = true;
        return counts;
    }
    r->in = in;
    collect(r);
    if (json)
        json_report(out, r);
    else
        text_report(out, r);
    counts = r->counts;
    for (size_t i = 0; i < r->count; i++)
        free(r->items[i].message);
    free(r->items);
    free(r);
    return counts;
}

void hv_decode_print_raw(const hvcpuid_results *results, hv_strbuf *out)
{
    hv_strbuf_puts(out, "CPU 0:\n");
    for (size_t i = 0; i < results->count; i++) {
        const hvcpuid_result *res = &results->items[i];
        hv_strbuf_printf(out, "   0x%08x 0x%02x: eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n",
                         res->leaf, res->subleaf, res->regs[0], res->regs[1], res->regs[2],
                         res->regs[3]);
    }
}
