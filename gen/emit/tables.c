/* gen/emit/tables.c - out/src/hvcpuid_tables.c: the decoder tables as const C
 * data for lib/ (hvcpuid-runtime.h). The content is whatever hv_tables_from_model()
 * builds, printed in order, so `decode --registry` (which uses the converter
 * directly) and the compiled-in tables cannot disagree. */
#include "gen/emit/tables.h"

#include <stdio.h>

#include "gen/emit/tables_from_model.h"
#include "gen/version.h"

/* A C string literal, or NULL. Escapes quotes, backslashes, '?' (no
 * trigraphs) and every byte outside printable ASCII as three-digit octal. */
static void put_str(hv_strbuf *out, const char *s)
{
    if (!s) {
        hv_strbuf_puts(out, "NULL");
        return;
    }
    hv_strbuf_putc(out, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')
            hv_strbuf_printf(out, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f)
            hv_strbuf_printf(out, "\\%03o", *p);
        else
            hv_strbuf_putc(out, (char)*p);
    }
    hv_strbuf_putc(out, '"');
}

static void put_bytes(hv_strbuf *out, const uint8_t *b, size_t n)
{
    hv_strbuf_putc(out, '{');
    for (size_t i = 0; i < n; i++)
        hv_strbuf_printf(out, "%s0x%02x", i ? ", " : "", b[i]);
    hv_strbuf_putc(out, '}');
}

static void put_values(hv_strbuf *out, const hvcpuid_field *f, const char *name)
{
    hv_strbuf_printf(out, "static const hvcpuid_enum %s[] = {\n", name);
    for (uint32_t i = 0; i < f->value_count; i++) {
        hv_strbuf_printf(out, "    {0x%xu, ", f->values[i].value);
        put_str(out, f->values[i].name);
        hv_strbuf_puts(out, ", ");
        put_str(out, f->values[i].description);
        hv_strbuf_puts(out, "},\n");
    }
    hv_strbuf_puts(out, "};\n");
}

/* The enum arrays of one leaf's fields, then its field array. */
static void put_fields(hv_strbuf *out, const hvcpuid_leaf_def *leaf, uint32_t i, uint32_t l)
{
    for (uint32_t k = 0; k < leaf->field_count; k++)
        if (leaf->fields[k].value_count) {
            char name[64];
            snprintf(name, sizeof name, "values_%u_%u_%u", i, l, k);
            put_values(out, &leaf->fields[k], name);
        }
    hv_strbuf_printf(out, "static const hvcpuid_field fields_%u_%u[] = {\n", i, l);
    for (uint32_t k = 0; k < leaf->field_count; k++) {
        const hvcpuid_field *f = &leaf->fields[k];
        hv_strbuf_printf(out, "    {%u, %u, %u, 0x%02x, ", f->reg, f->msb, f->lsb, f->flags);
        put_str(out, f->name);
        hv_strbuf_puts(out, ", ");
        put_str(out, f->upstream);
        hv_strbuf_puts(out, ", ");
        put_str(out, f->description);
        if (f->value_count)
            hv_strbuf_printf(out, ", values_%u_%u_%u, %u, ", i, l, k, f->value_count);
        else
            hv_strbuf_puts(out, ", NULL, 0, ");
        hv_strbuf_printf(out, "%u, ", f->show);
        put_str(out, f->unit);
        hv_strbuf_puts(out, "},\n");
    }
    hv_strbuf_puts(out, "};\n");
}

static void put_interface_data(hv_strbuf *out, const hvcpuid_interface *iface, uint32_t i)
{
    hv_strbuf_printf(out, "\n/* %s */\n", iface->id);
    for (uint32_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].field_count)
            put_fields(out, &iface->leaves[l], i, l);
    hv_strbuf_printf(out, "static const hvcpuid_leaf_def leaves_%u[] = {\n", i);
    for (uint32_t l = 0; l < iface->leaf_count; l++) {
        const hvcpuid_leaf_def *d = &iface->leaves[l];
        hv_strbuf_printf(out, "    {0x%02xu, 0x%xu, %u, ", d->offset, d->subleaf, d->has_subleaf);
        put_str(out, d->name);
        hv_strbuf_puts(out, ", ");
        put_str(out, d->upstream);
        hv_strbuf_puts(out, ", ");
        put_str(out, d->description);
        if (d->field_count)
            hv_strbuf_printf(out, ", fields_%u_%u, %u},\n", i, l, d->field_count);
        else
            hv_strbuf_puts(out, ", NULL, 0},\n");
    }
    hv_strbuf_puts(out, "};\n");
}

static void put_interface(hv_strbuf *out, const hvcpuid_interface *iface, uint32_t i)
{
    hv_strbuf_puts(out, "    {");
    put_str(out, iface->id);
    hv_strbuf_puts(out, ", ");
    put_str(out, iface->name);
    hv_strbuf_puts(out, ", ");
    put_str(out, iface->vendor);
    hv_strbuf_printf(out, ", %u, %u, %u, ", iface->has_vendor_signature,
                     iface->has_interface_signature, iface->has_max_leaf);
    put_bytes(out, iface->vendor_signature, 12);
    hv_strbuf_puts(out, ", ");
    put_bytes(out, iface->interface_signature, 4);
    hv_strbuf_printf(out, ", 0x%08xu, 0x%02xu, ", iface->default_base, iface->max_leaf);
    if (iface->leaf_count)
        hv_strbuf_printf(out, "leaves_%u, %u, ", i, iface->leaf_count);
    else
        hv_strbuf_puts(out, "NULL, 0, ");
    put_str(out, iface->vendor_name);
    hv_strbuf_puts(out, "},\n");
}

static void put_hypervisors(hv_strbuf *out, const hvcpuid_tables *t)
{
    for (uint32_t h = 0; h < t->hypervisor_count; h++) {
        const hvcpuid_hypervisor *hv = &t->hypervisors[h];
        if (!hv->presents_count)
            continue;
        hv_strbuf_printf(out, "static const hvcpuid_placement presents_%u[] = {\n", h);
        for (uint32_t p = 0; p < hv->presents_count; p++) {
            const hvcpuid_placement *pl = &hv->presents[p];
            hv_strbuf_printf(out, "    {%u, 0x%08xu, %u, ", pl->interface, pl->base,
                             pl->has_signature);
            put_bytes(out, pl->signature, 12);
            hv_strbuf_puts(out, "},\n");
        }
        hv_strbuf_puts(out, "};\n");
    }
    hv_strbuf_puts(out, "static const hvcpuid_hypervisor hypervisors[] = {\n");
    for (uint32_t h = 0; h < t->hypervisor_count; h++) {
        const hvcpuid_hypervisor *hv = &t->hypervisors[h];
        hv_strbuf_puts(out, "    {");
        put_str(out, hv->id);
        hv_strbuf_puts(out, ", ");
        put_str(out, hv->name);
        if (hv->presents_count)
            hv_strbuf_printf(out, ", presents_%u, %u, ", h, hv->presents_count);
        else
            hv_strbuf_puts(out, ", NULL, 0, ");
        put_str(out, hv->vendor);
        hv_strbuf_puts(out, "},\n");
    }
    hv_strbuf_puts(out, "    {NULL, NULL, NULL, 0, NULL}\n};\n"); /* never empty (C forbids it) */
}

static void put_indexes(hv_strbuf *out, const hvcpuid_tables *t)
{
    hv_strbuf_puts(out, "static const hvcpuid_vendor_sig vendor_sigs[] = {\n");
    for (uint32_t i = 0; i < t->vendor_sig_count; i++) {
        hv_strbuf_puts(out, "    {");
        put_bytes(out, t->vendor_sigs[i].bytes, 12);
        hv_strbuf_printf(out, ", %u}, /* %s */\n", t->vendor_sigs[i].interface,
                         t->interfaces[t->vendor_sigs[i].interface].id);
    }
    hv_strbuf_puts(out,
                   "    {{0}, 0}\n};\nstatic const hvcpuid_interface_sig interface_sigs[] = {\n");
    for (uint32_t i = 0; i < t->interface_sig_count; i++) {
        hv_strbuf_puts(out, "    {");
        put_bytes(out, t->interface_sigs[i].bytes, 4);
        hv_strbuf_printf(out, ", %u}, /* %s */\n", t->interface_sigs[i].interface,
                         t->interfaces[t->interface_sigs[i].interface].id);
    }
    hv_strbuf_puts(out, "    {{0}, 0}\n};\n");
}

/* The MSR table: per interface with MSRs, its announcing-field refs, its
 * MSRs, then the table itself (never empty: C forbids an empty array). */
static void put_msrs(hv_strbuf *out, const hvcpuid_tables *t)
{
    for (uint32_t i = 0; i < t->msr_interface_count; i++) {
        const hvcpuid_interface_msrs *im = &t->msrs[i];
        for (uint32_t m = 0; m < im->msr_count; m++) {
            const hvcpuid_msr_def *d = &im->msrs[m];
            if (!d->announced_by_count)
                continue;
            hv_strbuf_printf(out, "static const hvcpuid_field_ref announced_%u_%u[] = {", i, m);
            for (uint32_t k = 0; k < d->announced_by_count; k++)
                hv_strbuf_printf(out, "%s{%u, %u}", k ? ", " : "", d->announced_by[k].leaf,
                                 d->announced_by[k].field);
            hv_strbuf_puts(out, "};\n");
        }
        hv_strbuf_printf(out, "static const hvcpuid_msr_def msrs_%u[] = {\n", i);
        for (uint32_t m = 0; m < im->msr_count; m++) {
            const hvcpuid_msr_def *d = &im->msrs[m];
            hv_strbuf_printf(out, "    {0x%08xu, ", d->address);
            put_str(out, d->name);
            hv_strbuf_puts(out, ", ");
            put_str(out, d->upstream);
            if (d->announced_by_count)
                hv_strbuf_printf(out, ", announced_%u_%u, %u},\n", i, m, d->announced_by_count);
            else
                hv_strbuf_puts(out, ", NULL, 0},\n");
        }
        hv_strbuf_puts(out, "};\n");
    }
    hv_strbuf_puts(out, "static const hvcpuid_interface_msrs interface_msrs[] = {\n");
    for (uint32_t i = 0; i < t->msr_interface_count; i++) {
        const hvcpuid_interface_msrs *im = &t->msrs[i];
        hv_strbuf_printf(out, "    {%u, %u, 0x%08xu, {%u, %u}, msrs_%u, %u}, /* %s */\n",
                         im->interface, im->has_msr_base, im->msr_base_default,
                         im->msr_base_from.leaf, im->msr_base_from.field, i, im->msr_count,
                         t->interfaces[im->interface].id);
    }
    hv_strbuf_puts(out, "    {0, 0, 0, {0, 0}, NULL, 0}\n};\n");
}

/* Prints tables as C data defining hvcpuid_registry_tables. */
static void put_tables(const hvcpuid_tables *t, hv_strbuf *out)
{
    hv_strbuf_printf(
        out,
        "/* hvcpuid_tables.c - decoder tables generated by hvcpuid %s from the\n"
        " * registry. Do not edit: change spec/ and run `make`. Compile with lib/\n"
        " * (hvcpuid-runtime.h); see docs/decoder.md. */\n"
        "/* clang-format off */\n#include <stddef.h>\n\n#include \"hvcpuid-runtime.h\"\n",
        HVCPUID_VERSION);
    for (uint32_t i = 0; i < t->interface_count; i++)
        put_interface_data(out, &t->interfaces[i], i);
    hv_strbuf_puts(out, "\nstatic const hvcpuid_interface interfaces[] = {\n");
    for (uint32_t i = 0; i < t->interface_count; i++)
        put_interface(out, &t->interfaces[i], i);
    hv_strbuf_puts(out, "    {NULL, NULL, NULL, 0, 0, 0, {0}, {0}, 0, 0, NULL, 0, NULL}\n};\n\n");
    put_hypervisors(out, t);
    put_indexes(out, t);
    put_msrs(out, t);
    hv_strbuf_printf(out,
                     "\nconst hvcpuid_tables hvcpuid_registry_tables = {\n"
                     "    interfaces, %u, vendor_sigs, %u, interface_sigs, %u, hypervisors, %u,\n"
                     "    interface_msrs, %u\n"
                     "};\n",
                     t->interface_count, t->vendor_sig_count, t->interface_sig_count,
                     t->hypervisor_count, t->msr_interface_count);
}

bool hv_emit_tables(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hvcpuid_tables t;
    hv_strbuf *out = hv_outputs_add(outs, "src/hvcpuid_tables.c");
    if (!out || !hv_tables_from_model(ctx->reg, &t))
        return false;
    put_tables(&t, out);
    return !out->failed;
}
