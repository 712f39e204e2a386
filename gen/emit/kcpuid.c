/* gen/emit/kcpuid.c - kcpuid CSV: "LEAF, SUBLEAVES, reg, bits, short_name,
 * long_description", laid out as the x86-cpuid-db generator lays out Linux's
 * tools/arch/x86/kcpuid/cpuid.csv.
 *
 * kcpuid knows one meaning per leaf and never checks the vendor, while the
 * hypervisor range means something else for every vendor. So out/cpuid.csv
 * lists every interface in its own commented section (a reference and for
 * grep), and out/kcpuid/<id>.csv holds one interface each, which is what to
 * give `kcpuid -f` on a guest of that hypervisor. Only named, primary fields
 * are listed: kcpuid prints reserved ranges and alternative readings as if
 * they were features. */
#include "gen/emit/kcpuid.h"

#include <stdio.h>
#include <string.h>

#include "validate/parse.h"
#include "gen/version.h"

static void put_header(hv_strbuf *out, const char *what)
{
    hv_strbuf_printf(out,
                     "# Generator: hvcpuid %s, from spec/ - do not edit\n"
                     "#\n"
                     "# %s\n"
                     "#\n"
                     "# The basic row format is:\n"
                     "#     LEAF, SUBLEAVES,  reg,    bits,    short_name             , "
                     "long_description\n",
                     HVCPUID_VERSION, what);
}

/* A description kcpuid can hold: one line, at most HV_KCPUID_DETAIL_MAX
 * bytes, cut at a UTF-8 character boundary with "..." when too long. */
static void put_detail(hv_strbuf *out, const hv_field *f)
{
    char buf[HV_KCPUID_DETAIL_MAX + 1];
    const char *doc = f->doc ? f->doc : f->name;
    const char *suffix = f->status == HV_STATUS_DEPRECATED ? " (deprecated)" : "";
    size_t room = HV_KCPUID_DETAIL_MAX - strlen(suffix);
    size_t n = strlen(doc);
    if (n > room) {
        n = room - 3;
        while (n > 0 && ((unsigned char)doc[n] & 0xC0) == 0x80)
            n--;
        memcpy(buf, doc, n);
        memcpy(buf + n, "...", 4);
    } else {
        memcpy(buf, doc, n + 1);
    }
    for (char *p = buf; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    hv_strbuf_printf(out, "%s%s\n", buf, suffix);
}

static void put_row(hv_strbuf *out, uint32_t leaf, const hv_leaf *l, const hv_field *f)
{
    char bits[8], name[HV_KCPUID_NAME_MAX + 1];
    if (f->msb == f->lsb)
        snprintf(bits, sizeof bits, "%u", f->lsb);
    else
        snprintf(bits, sizeof bits, "%u:%u", f->msb, f->lsb);
    snprintf(name, sizeof name, "%s", f->name);
    hv_strbuf_printf(out, "0x%08x, %9u, %4s, %7s,    %-23s, ", leaf,
                     l->has_subleaf ? l->subleaf : 0, hv_reg_name(f->reg->reg), bits, name);
    put_detail(out, f);
}

static void put_leaf(hv_strbuf *out, const hv_interface *iface, uint32_t base, const hv_leaf *l)
{
    hv_strbuf_printf(out, "\n# Leaf %XH", base + l->offset);
    if (l->has_subleaf)
        hv_strbuf_printf(out, ", subleaf %u", l->subleaf);
    hv_strbuf_printf(out, "\n# %s: %s\n\n", iface->id, l->name);
    for (size_t r = 0; r < l->register_count; r++)
        for (size_t i = 0; i < l->registers[r].field_count; i++) {
            const hv_field *f = &l->registers[r].fields[i];
            if (f->valid && !f->reserved && !f->alternative_to)
                put_row(out, base + l->offset, l, f);
        }
}

static void put_identity(hv_strbuf *out, const hv_interface *iface)
{
    char text[160];
    hv_strbuf_printf(out, "#\n# Interface %s: %s\n", iface->id, iface->name);
    if (iface->vendor_sig.present && iface->vendor_sig.valid && iface->vendor_sig.len == 12) {
        hv_format_signature(iface->vendor_sig.bytes, 12, text, sizeof text);
        hv_strbuf_printf(out, "# Vendor signature at base+0 EBX:ECX:EDX: %s\n", text);
    }
    if (iface->iface_sig.present && iface->iface_sig.valid && iface->iface_sig.len == 4) {
        hv_format_signature(iface->iface_sig.bytes, 4, text, sizeof text);
        hv_strbuf_printf(out, "# Interface signature at base+1 EAX: %s\n", text);
    }
}

/* Rows of one interface at every base it is registered at. */
static void put_interface(const hv_registry *reg, const hv_interface *iface, hv_strbuf *out)
{
    uint32_t bases[256];
    size_t nb = hv_interface_bases(reg, iface, bases, sizeof bases / sizeof bases[0]);
    put_identity(out, iface);
    if (nb == 0)
        hv_strbuf_puts(out, "# (registered at no base: no rows)\n");
    for (size_t b = 0; b < nb; b++) {
        hv_strbuf_printf(out, "#\n# At base 0x%08x\n", bases[b]);
        for (size_t l = 0; l < iface->leaf_count; l++)
            if (iface->leaves[l].valid)
                put_leaf(out, iface, bases[b], &iface->leaves[l]);
    }
}

bool hv_emit_kcpuid_files(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        char path[160];
        snprintf(path, sizeof path, "kcpuid/%s.csv", reg->interfaces[i]->id);
        hv_strbuf *out = hv_outputs_add(outs, path);
        if (!out)
            return false;
        put_header(out, "One interface, for `kcpuid -f` on a guest of a hypervisor presenting it.");
        hv_strbuf_puts(out, "\n");
        put_interface(reg, reg->interfaces[i], out);
        if (out->failed)
            return false;
    }
    return true;
}

bool hv_emit_kcpuid_all(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "cpuid.csv");
    if (!out)
        return false;
    put_header(out, "Every hypervisor interface of the registry, one section each. Leaves above "
                    "base+0 mean something different for every vendor: point kcpuid -f at "
                    "kcpuid/<interface>.csv for the hypervisor you run under.");
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        hv_strbuf_puts(out, "\n");
        put_interface(ctx->reg, ctx->reg->interfaces[i], out);
    }
    return !out->failed;
}
