/* gen/decode/text.c - the decode report for a person: one block per base, a
 * heading per leaf, aligned fields with their value (units, enumerated
 * names) and meaning, unknown leaves raw, the synthetic MSRs the guest may
 * use, other hypervisor-range leaves with the reason, then the findings as
 * DUMP:LINE: level: message [kind], and a count.
 *
 * Lines fit TEXT_WIDTH columns: descriptions and findings wrap, with
 * continuation lines indented under their start (`--wide` keeps each on one
 * line). Only fields that say something are shown: set flags, every
 * multi-bit value (zero is a value) of a leaf that is not all zero, stray
 * reserved bits; a leaf with none is one line. `--all` shows every field. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gen/decode/layouts.h"
#include "gen/decode/msrs.h"

#define TEXT_WIDTH      100
#define NAME_WIDTH_MAX  34 /* longer names push their own row's description right */
#define VALUE_WIDTH_MAX 24
#define DESC_COLUMN_MAX 64 /* past it, a description starts on the next line */

typedef struct text_ctx {
    hv_strbuf *out;
    const hv_decode_findings *r;
    hv_decode_style style;
} text_ctx;

/* Appends `text` to a line that already holds `col` characters, wrapping
 * at TEXT_WIDTH with continuation lines indented by `indent`, and ends the
 * line. A word longer than a line stays whole. */
static void put_wrapped(text_ctx *c, size_t col, size_t indent, const char *text)
{
    bool first = true;
    for (const char *p = text; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        if (!c->style.wide && col > indent && col + n + !first > TEXT_WIDTH) {
            hv_strbuf_printf(c->out, "\n%*s", (int)indent, "");
            col = indent;
        } else if (!first) {
            hv_strbuf_putc(c->out, ' ');
            col++;
        }
        while (!c->style.wide && col + n > TEXT_WIDTH && col < TEXT_WIDTH) {
            size_t part = TEXT_WIDTH - col; /* a word longer than a line: cut it */
            hv_strbuf_printf(c->out, "%.*s\n%*s", (int)part, p, (int)indent, "");
            p += part;
            n -= part;
            col = indent;
        }
        hv_strbuf_printf(c->out, "%.*s", (int)n, p);
        col += n;
        p += n;
        first = false;
    }
    hv_strbuf_putc(c->out, '\n');
}

/* The length of the longest word. */
static size_t longest_word(const char *text)
{
    size_t best = 0;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        if (n > best)
            best = n;
        p += n;
        p += strspn(p, " ");
    }
    return best;
}

/* Whether a field is shown: set flags, every multi-bit value, reserved
 * bits only when set; everything with --all. */
static bool shown(const text_ctx *c, const hvcpuid_field *fd, uint32_t v)
{
    if (c->style.all)
        return true;
    if (fd->flags & HVCPUID_FIELD_RESERVED)
        return v != 0;
    return fd->msb != fd->lsb || v != 0;
}

static void bits_text(const hvcpuid_field *fd, char *buf, size_t cap)
{
    if (fd->msb == fd->lsb)
        snprintf(buf, cap, "%u", fd->msb);
    else
        snprintf(buf, cap, "%u:%u", fd->msb, fd->lsb);
}

static void value_of(const hvcpuid_field *fd, uint32_t v, char *buf, size_t cap)
{
    if (fd->flags & HVCPUID_FIELD_RESERVED)
        snprintf(buf, cap, "0x%0*x", (fd->msb - fd->lsb + 4) / 4, v);
    else
        hv_decode_value_text(fd, v, buf, cap);
}

/* The widths of the name and value columns over the fields shown. */
static void column_widths(const text_ctx *c, const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                          int *wname, int *wvalue)
{
    *wname = 8;
    *wvalue = 1;
    for (uint32_t i = 0; i < def->field_count; i++) {
        const hvcpuid_field *fd = &def->fields[i];
        uint32_t v = hvcpuid_field_value(fd, res->regs);
        char buf[96];
        if (!shown(c, fd, v))
            continue;
        value_of(fd, v, buf, sizeof buf);
        int n = fd->name ? (int)strlen(fd->name) : 10;
        if (n > *wname && n <= NAME_WIDTH_MAX)
            *wname = n;
        n = (int)strlen(buf);
        if (n > *wvalue && n <= VALUE_WIDTH_MAX)
            *wvalue = n;
    }
}

/* The meaning: the enumerated value's description or the field's, with
 * what kind of reading it is. */
static void meaning(const hvcpuid_field *fd, uint32_t v, char *buf, size_t cap)
{
    const hvcpuid_enum *e = hvcpuid_find_enum(fd, v);
    const char *desc = e && e->description ? e->description : fd->description;
    snprintf(buf, cap, "%s%s%s%s", fd->flags & HVCPUID_FIELD_ALTERNATIVE ? "another reading: " : "",
             fd->flags & HVCPUID_FIELD_DEPRECATED ? "deprecated: " : "",
             fd->flags & HVCPUID_FIELD_UNDOCUMENTED ? "undocumented (seen on real hosts): " : "",
             desc ? desc : "");
}

static void put_field(text_ctx *c, const hvcpuid_field *fd, uint32_t v, int wname, int wvalue)
{
    char bits[8], value[96], desc[1024];
    bits_text(fd, bits, sizeof bits);
    value_of(fd, v, value, sizeof value);
    meaning(fd, v, desc, sizeof desc);
    size_t start = c->out->len;
    hv_strbuf_printf(c->out, "    %s %-5s  %-*s  %-*s", hvcpuid_reg_name(fd->reg), bits, wname,
                     fd->name ? fd->name : "(reserved)", wvalue, value);
    size_t col = c->out->len - start;
    if (!desc[0]) {
        while (c->out->len > start && c->out->data[c->out->len - 1] == ' ')
            c->out->len--;
        hv_strbuf_putc(c->out, '\n');
    } else if (!c->style.wide &&
               (col + 2 > DESC_COLUMN_MAX || col + 2 + longest_word(desc) > TEXT_WIDTH)) {
        while (c->out->len > start && c->out->data[c->out->len - 1] == ' ')
            c->out->len--;
        hv_strbuf_printf(c->out, "\n%*s", 8, "");
        put_wrapped(c, 8, 8, desc);
    } else {
        hv_strbuf_puts(c->out, "  ");
        put_wrapped(c, col + 2, col + 2, desc);
    }
}

/* The fields shown and the bits no field describes; false when nothing was
 * shown. */
static bool text_fields(text_ctx *c, const hvcpuid_result *res, const hvcpuid_leaf_def *def)
{
    int wname, wvalue;
    bool any = false;
    column_widths(c, res, def, &wname, &wvalue);
    for (uint32_t i = 0; i < def->field_count; i++) {
        const hvcpuid_field *fd = &def->fields[i];
        uint32_t v = hvcpuid_field_value(fd, res->regs);
        if (shown(c, fd, v)) {
            put_field(c, fd, v, wname, wvalue);
            any = true;
        }
    }
    uint32_t loose[4];
    hv_decode_undescribed(res, def, loose);
    for (unsigned k = 0; k < 4; k++)
        if (loose[k]) {
            hv_strbuf_printf(c->out,
                             "    %s %-5s  %-*s  0x%08x  bits no registered field describes\n",
                             hvcpuid_reg_name(k), "", wname, "(undescribed)", loose[k]);
            any = true;
        }
    return any;
}

static void text_raw(hv_strbuf *out, const hvcpuid_result *res, const char *indent)
{
    hv_strbuf_printf(out, "%seax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n", indent, res->regs[0],
                     res->regs[1], res->regs[2], res->regs[3]);
}

/* "  0x40000003 sub-leaf 2, holding sub-leaf 1: time_scale (...)" etc. */
static void leaf_heading(text_ctx *c, const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                         const hvcpuid_leaf_def *own)
{
    hv_strbuf_printf(c->out, "  0x%08x", res->leaf);
    if ((def && def->has_subleaf) || (!def && res->subleaf))
        hv_strbuf_printf(c->out, " sub-leaf %u", res->subleaf);
    if (def && def != own) {
        hv_strbuf_printf(c->out, " %s: holds sub-leaf %u's data, decoded as %s (see the warning)",
                         own->name, def->subleaf, def->name);
    } else if (def) {
        hv_strbuf_printf(c->out, " %s", def->name);
        if (def->upstream)
            hv_strbuf_printf(c->out, " (%s)", def->upstream);
    }
}

static void text_leaf(text_ctx *c, const hvcpuid_found *f, const hvcpuid_result *res)
{
    const hvcpuid_leaf_def *own = NULL;
    const hvcpuid_leaf_def *def =
        f->iface ? hvcpuid_decode_def(f, c->r->in->results, res, &own) : NULL;
    leaf_heading(c, res, def, own);
    if (!def) {
        hv_strbuf_puts(c->out, f->iface ? " (not in the registry)\n" : "\n");
        text_raw(c->out, res, "    ");
        return;
    }
    size_t mark = c->out->len;
    bool zero = (res->regs[0] | res->regs[1] | res->regs[2] | res->regs[3]) == 0;
    hv_strbuf_putc(c->out, '\n');
    if ((zero && !c->style.all) || !text_fields(c, res, def)) {
        c->out->len = mark;
        hv_strbuf_puts(c->out, ": nothing set\n");
    }
}

/* Counts the MSRs first (the heading says how many), then prints them. */
typedef struct msr_lines {
    text_ctx *c;
    size_t announced, unannounced;
    bool print;
} msr_lines;

static void msr_line(void *ctx, const hv_decode_msr *m)
{
    msr_lines *l = ctx;
    char line[512];
    if (m->announced)
        l->announced++;
    else
        l->unannounced++;
    if (!l->print)
        return;
    int n = snprintf(line, sizeof line, "0x%08x %s", m->address, m->def->name ? m->def->name : "?");
    if (m->def->upstream && n > 0 && (size_t)n < sizeof line)
        n += snprintf(line + n, sizeof line - (size_t)n, " (%s)", m->def->upstream);
    if (n > 0 && (size_t)n < sizeof line) {
        if (m->announced)
            snprintf(line + n, sizeof line - (size_t)n, ", announced by 0x%08x %s %s",
                     m->announced_leaf, hvcpuid_reg_name(m->announced->reg),
                     m->announced->name ? m->announced->name : "?");
        else
            snprintf(line + n, sizeof line - (size_t)n, ", no feature bit announces it");
    }
    hv_strbuf_puts(l->c->out, "    ");
    put_wrapped(l->c, 4, 8, line);
}

static void text_msrs(text_ctx *c, const hvcpuid_found *f)
{
    hv_decode_msr_base base;
    char line[512];
    msr_lines l = {c, 0, 0, false};
    size_t defined = hv_decode_msrs(c->r, f, &base, msr_line, &l);
    if (!defined)
        return;
    int n = snprintf(line, sizeof line,
                     "MSRs the guest may use (%zu defined): %zu announced by a set bit, %zu "
                     "unannounced",
                     defined, l.announced, l.unannounced);
    if (n > 0 && (size_t)n < sizeof line && base.relocatable)
        n += base.from_dump
                 ? snprintf(line + n, sizeof line - (size_t)n, "; MSR base 0x%08x (leaf 0x%08x)",
                            base.base, base.leaf)
                 : snprintf(line + n, sizeof line - (size_t)n,
                            "; MSR base 0x%08x (the default: its leaf is not in the input)",
                            base.base);
    if (n > 0 && (size_t)n + 1 < sizeof line && l.announced + l.unannounced)
        strcat(line, ":");
    hv_strbuf_puts(c->out, "  ");
    put_wrapped(c, 2, 4, line);
    l = (msr_lines){c, 0, 0, true};
    hv_decode_msrs(c->r, f, &base, msr_line, &l);
}

static void text_found(text_ctx *c, const hvcpuid_found *f)
{
    char sig[64], line[512];
    const hvcpuid_results *set = c->r->in->results;
    hv_decode_signature_text(f->signature, sig, sizeof sig);
    bool named = f->iface && strcasecmp(f->iface->id, f->iface->name) != 0;
    snprintf(line, sizeof line, "base 0x%08x: %s%s%s", f->base,
             f->iface ? f->iface->id : "unknown hypervisor", named ? ", " : "",
             named ? f->iface->name : "");
    hv_strbuf_putc(c->out, '\n');
    put_wrapped(c, 0, 4, line);
    int n = snprintf(line, sizeof line, "vendor %s, max leaf 0x%08x", sig, f->max_leaf);
    if (n > 0 && (size_t)n < sizeof line && f->max_leaf != f->max_leaf_reported)
        snprintf(line + n, sizeof line - (size_t)n, " (reports 0x%08x)", f->max_leaf_reported);
    hv_strbuf_puts(c->out, "  ");
    put_wrapped(c, 2, 4, line);
    for (size_t i = hvcpuid_results_lower_bound(set, f->base);
         i < set->count && set->items[i].leaf <= f->max_leaf; i++)
        text_leaf(c, f, &set->items[i]);
    text_msrs(c, f);
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

static void text_others(text_ctx *c)
{
    const hvcpuid_results *set = c->r->in->results;
    bool any = false;
    for (size_t i = hvcpuid_results_lower_bound(set, HVCPUID_RANGE_FIRST); i < set->count; i++) {
        const hvcpuid_result *res = &set->items[i];
        if (!hv_decode_is_other(c->r, res))
            continue;
        uint32_t ref;
        const char *reason = hv_decode_other_reason(c->r, res, &ref);
        char line[256];
        if (!any)
            hv_strbuf_puts(c->out, "\nother leaves in the hypervisor range (raw):\n");
        any = true;
        int n = snprintf(line, sizeof line, "0x%08x sub-leaf %u: %s", res->leaf, res->subleaf,
                         reason_text(reason));
        if (ref != HVCPUID_NONE && n > 0 && (size_t)n < sizeof line)
            snprintf(line + n, sizeof line - (size_t)n, " (as leaf 0x%08x)", ref);
        hv_strbuf_puts(c->out, "  ");
        put_wrapped(c, 2, 4, line);
        text_raw(c->out, res, "    ");
    }
}

static void text_findings(text_ctx *c)
{
    const hv_decode_findings *r = c->r;
    if (r->count)
        hv_strbuf_putc(c->out, '\n');
    for (size_t i = 0; i < r->count; i++) {
        const hv_decode_finding *it = &r->items[i];
        size_t start = c->out->len;
        if (it->line)
            hv_strbuf_printf(c->out, "%s:%u: ", r->in->source, it->line);
        else
            hv_strbuf_printf(c->out, "%s: ", r->in->source);
        hv_strbuf_printf(c->out, "%s: ", it->error ? "error" : "warning");
        size_t col = c->out->len - start;
        char tail[2048];
        snprintf(tail, sizeof tail, "%s [%s]", it->message, it->kind);
        put_wrapped(c, col, 4, tail);
    }
    hv_strbuf_printf(c->out, "%u error%s, %u warning%s\n", r->counts.errors,
                     r->counts.errors == 1 ? "" : "s", r->counts.warnings,
                     r->counts.warnings == 1 ? "" : "s");
}

void hv_decode_text(hv_strbuf *out, const hv_decode_findings *r, hv_decode_style style)
{
    static const char *const present[] = {"unknown (no leaf 1 in the input)", "no", "yes"};
    text_ctx c = {out, r, style};
    char products[1024];
    hv_strbuf_printf(out, "hypervisor present (CPUID.1:ECX[31]): %s\n",
                     present[r->a.hypervisor_present + 1]);
    hv_strbuf_printf(out, "CPUs: %u%s\n", r->in->cpus, r->in->cpus > 1 ? " (CPU 0 decoded)" : "");
    hv_decode_products_text(r, products, sizeof products);
    hv_strbuf_puts(out, "hypervisor: ");
    put_wrapped(&c, 12, 4, products);
    if (r->a.found_count == 0)
        hv_strbuf_puts(out, "no hypervisor leaves found\n");
    for (unsigned k = 0; k < r->a.found_count; k++)
        text_found(&c, &r->a.found[k]);
    text_others(&c);
    text_findings(&c);
}
