/* gen/emit/headers.c - one C header per interface plus the umbrella hvcpuid.h.
 *
 * The headers are for vendoring into any C or C++ project: plain ASCII,
 * macros only (no C bitfields, no inline functions), no #include of libc or
 * compiler headers, every identifier prefixed HVCPUID_ and built by
 * validate/c_names.c (whose walk the [c-identifier] check uses), every piece
 * of registry text passed through gen/emit/c_text.c. No dates, no absolute paths:
 * the same registry always gives the same bytes. */
#include "gen/emit/headers.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "validate/c_names.h"
#include "gen/emit/c_preamble.h"
#include "gen/emit/c_text.h"
#include "gen/emit/headers_msr.h"

#define HEADER_DIR "include/hvcpuid/"

/* The 32-bit type. Each header carries it (guarded) so any one compiles alone. */
static void put_u32_block(hv_strbuf *sb)
{
    hv_strbuf_puts(sb, "\n/* The unsigned 32-bit type register values are computed in: define "
                       "HVCPUID_U32\n"
                       " * before including (e.g. as __u32, u32 or uint32_t) to use your own. */\n"
                       "#ifndef HVCPUID_U32\n"
                       "#define HVCPUID_U32 unsigned int\n"
                       "#endif\n"
                       "#ifndef HVCPUID_U32_CHECKED\n"
                       "#define HVCPUID_U32_CHECKED\n"
                       "/* A conversion that C++'s -Wold-style-cast accepts. */\n"
                       "#ifdef __cplusplus\n"
                       "#define HVCPUID_U32_CAST(x) (static_cast<HVCPUID_U32>(x))\n"
                       "#else\n"
                       "#define HVCPUID_U32_CAST(x) ((HVCPUID_U32)(x))\n"
                       "#endif\n"
                       "/* Does not compile unless HVCPUID_U32 is unsigned and 32 bits wide. */\n"
                       "typedef char hvcpuid_u32_check[(sizeof(HVCPUID_U32) == 4 && "
                       "HVCPUID_U32_CAST(0) - 1 > HVCPUID_U32_CAST(0)) ? 1 : -1];\n"
                       "#endif\n");
}

static uint32_t le32(const unsigned char *b)
{
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* The vendor strings products show for the interface (docs/format.md, "An
 * interface under another vendor string"): a guest recognises the interface
 * at base+0 by any of them, as by its own. */
static void put_shown_signatures(hv_strbuf *sb, const hv_interface *iface)
{
    hv_strbuf stem;
    hv_strbuf_init(&stem);
    for (size_t p = 0; p < iface->placement_count; p++) {
        const hv_presents *pr = iface->placements[p];
        if (!hv_c_shows_other_string(pr))
            continue;
        stem.len = 0;
        hv_c_shown_stem(&stem, iface, pr);
        hv_strbuf_printf(
            sb, "\n/* Vendor signature hypervisor %s shows for this interface at 0x%08X. */\n",
            pr->hypervisor->id, (unsigned)pr->base);
        hv_strbuf_printf(sb, "#define %s_VENDOR_SIGNATURE ", hv_strbuf_cstr(&stem));
        hv_c_string_literal(sb, pr->vendor_sig.bytes, 12);
        hv_strbuf_putc(sb, '\n');
        hv_c_define(sb, &stem, "_VENDOR_SIGNATURE_EBX", "0x%08XU",
                    (unsigned)le32(pr->vendor_sig.bytes));
        hv_c_define(sb, &stem, "_VENDOR_SIGNATURE_ECX", "0x%08XU",
                    (unsigned)le32(pr->vendor_sig.bytes + 4));
        hv_c_define(sb, &stem, "_VENDOR_SIGNATURE_EDX", "0x%08XU",
                    (unsigned)le32(pr->vendor_sig.bytes + 8));
    }
    sb->failed |= stem.failed;
    hv_strbuf_free(&stem);
}

static void put_signatures(hv_strbuf *sb, const hv_interface *iface, const hv_strbuf *stem)
{
    const hv_signature *vs = &iface->vendor_sig, *is = &iface->iface_sig;
    if (vs->present && vs->valid && vs->len == 12) {
        hv_strbuf_puts(sb, "\n/* Vendor signature: base+0 EBX, ECX, EDX (12 bytes, no NUL "
                           "terminator of its own). */\n");
        hv_strbuf_printf(sb, "#define %s_VENDOR_SIGNATURE ", stem->data);
        hv_c_string_literal(sb, vs->bytes, 12);
        hv_strbuf_putc(sb, '\n');
        hv_c_define(sb, stem, "_VENDOR_SIGNATURE_EBX", "0x%08XU", (unsigned)le32(vs->bytes));
        hv_c_define(sb, stem, "_VENDOR_SIGNATURE_ECX", "0x%08XU", (unsigned)le32(vs->bytes + 4));
        hv_c_define(sb, stem, "_VENDOR_SIGNATURE_EDX", "0x%08XU", (unsigned)le32(vs->bytes + 8));
    }
    if (is->present && is->valid && is->len == 4) {
        hv_strbuf_puts(sb, "\n/* Interface signature: base+1 EAX (4 bytes). */\n");
        hv_strbuf_printf(sb, "#define %s_INTERFACE_SIGNATURE ", stem->data);
        hv_c_string_literal(sb, is->bytes, 4);
        hv_strbuf_putc(sb, '\n');
        hv_c_define(sb, stem, "_INTERFACE_SIGNATURE_EAX", "0x%08XU", (unsigned)le32(is->bytes));
    }
    if (iface->signature_uncertain)
        hv_strbuf_puts(sb, "/* The exact signature bytes are not confirmed by a primary source. "
                           "*/\n");
    put_shown_signatures(sb, iface);
}

/* Who presents the interface at `base`, for the bases comment. */
static void put_presenters(hv_strbuf *text, const hv_registry *reg, const hv_interface *iface,
                           uint32_t base)
{
    const char *sep = "";
    if (iface->has_default_base && iface->default_base_valid && iface->default_base == base) {
        hv_strbuf_puts(text, "default");
        sep = ", ";
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].iface == iface && hv->presents[p].valid &&
                hv->presents[p].base == base) {
                hv_strbuf_printf(text, "%s%s", sep, hv->id);
                sep = ", ";
            }
    }
}

static void put_bases(hv_strbuf *sb, const hv_registry *reg, const hv_interface *iface,
                      const hv_strbuf *stem, const uint32_t *bases, size_t n)
{
    hv_strbuf_putc(sb, '\n');
    if (iface->has_default_base && iface->default_base_valid)
        hv_c_define(sb, stem, "_DEFAULT_BASE", "0x%08XU", (unsigned)iface->default_base);
    if (iface->has_min_base && iface->min_base_valid)
        hv_c_define(sb, stem, "_MIN_BASE", "0x%08XU", (unsigned)iface->min_base);
    if (iface->has_max_leaf && iface->max_leaf_valid)
        hv_c_define(sb, stem, "_MAX_LEAF", "0x%02XU", (unsigned)iface->max_leaf);
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_puts(&text, "Registered bases (default base and every hypervisor's placement):");
    for (size_t b = 0; b < n; b++) {
        hv_strbuf_printf(&text, "%s 0x%08X (", b ? ";" : "", (unsigned)bases[b]);
        put_presenters(&text, reg, iface, bases[b]);
        hv_strbuf_puts(&text, ")");
    }
    if (n == 0)
        hv_strbuf_puts(&text, " none.");
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
    hv_c_define(sb, stem, "_BASE_COUNT", "%zuU", n);
    if (n) {
        hv_strbuf_printf(sb, "#define %s_BASES {", stem->data);
        for (size_t b = 0; b < n; b++)
            hv_strbuf_printf(sb, "%s0x%08XU", b ? ", " : "", (unsigned)bases[b]);
        hv_strbuf_puts(sb, "}\n");
    }
}

static void put_field(hv_strbuf *sb, const hv_field *f)
{
    hv_strbuf stem, text;
    hv_strbuf_init(&stem);
    hv_strbuf_init(&text);
    hv_c_field_stem(&stem, f);
    uint32_t mask = hv_field_mask(f);
    hv_strbuf_puts(&text, hv_reg_name(f->reg->reg));
    hv_c_field_text(&text, f);
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    hv_c_define(sb, &stem, "_SHIFT", "%u", f->lsb);
    hv_c_define(sb, &stem, "_WIDTH", "%u", f->msb - f->lsb + 1);
    hv_c_define(sb, &stem, "_MASK", "0x%08XU", (unsigned)mask);
    hv_c_define(sb, &stem, "_GET(r)", "((HVCPUID_U32_CAST(r) & 0x%08XU) >> %u)", (unsigned)mask,
                f->lsb);
    hv_c_define(sb, &stem, "_SET(r, v)",
                "((HVCPUID_U32_CAST(r) & ~0x%08XU) | ((HVCPUID_U32_CAST(v) << %u) & 0x%08XU))",
                (unsigned)mask, f->lsb, (unsigned)mask);
    hv_c_field_values(sb, f);
    sb->failed |= stem.failed || text.failed;
    hv_strbuf_free(&stem);
    hv_strbuf_free(&text);
}

static void put_register(hv_strbuf *sb, const hv_register *r)
{
    hv_strbuf stem;
    hv_strbuf_init(&stem);
    hv_c_reg_stem(&stem, r);
    uint32_t reserved = 0;
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].reserved)
            reserved |= hv_field_mask(&r->fields[i]);
    hv_strbuf_printf(sb,
                     "\n/* %s: bits with no meaning (they read as zero unless documented "
                     "otherwise). */\n",
                     hv_reg_name(r->reg));
    hv_c_define(sb, &stem, "_RESERVED_MASK", "0x%08XU", (unsigned)reserved);
    for (size_t i = 0; i < r->field_count; i++)
        if (!r->fields[i].reserved)
            put_field(sb, &r->fields[i]);
    sb->failed |= stem.failed;
    hv_strbuf_free(&stem);
}

static void put_leaf(hv_strbuf *sb, const hv_leaf *leaf, const uint32_t *bases, size_t n)
{
    const hv_interface *iface = leaf->iface;
    hv_strbuf stem, text;
    hv_strbuf_init(&stem);
    hv_strbuf_init(&text);
    hv_c_leaf_stem(&stem, leaf);
    hv_strbuf_printf(&text, "---- Leaf 0x%02X %s", (unsigned)leaf->offset, leaf->name);
    if (leaf->has_subleaf)
        hv_strbuf_printf(&text, ", sub-leaf %u", (unsigned)leaf->subleaf);
    if (*hv_c_status_tag(leaf->status))
        hv_strbuf_printf(&text, " [%s]", hv_c_status_tag(leaf->status));
    if (leaf->upstream)
        hv_strbuf_printf(&text, " (upstream %s)", leaf->upstream);
    if (leaf->doc)
        hv_strbuf_printf(&text, ": %s", leaf->doc);
    hv_c_sources_text(&text, &leaf->sources);
    hv_strbuf_puts(sb, "\n");
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    hv_c_define(sb, &stem, "_OFFSET", "0x%02XU", (unsigned)leaf->offset);
    if (leaf->has_subleaf)
        hv_c_define(sb, &stem, "_SUBLEAF", "%uU", (unsigned)leaf->subleaf);
    if (iface->has_default_base && iface->default_base_valid)
        hv_c_define(sb, &stem, "_LEAF", "0x%08XU", (unsigned)(iface->default_base + leaf->offset));
    hv_c_define(sb, &stem, "_LEAF_AT(base)", "(HVCPUID_U32_CAST(base) + 0x%02XU)",
                (unsigned)leaf->offset);
    for (size_t b = 0; b < n; b++) {
        text.len = 0;
        hv_c_base_suffix(&text, bases[b]);
        hv_c_define(sb, &stem, hv_strbuf_cstr(&text), "0x%08XU",
                    (unsigned)(bases[b] + leaf->offset));
    }
    for (size_t r = 0; r < leaf->register_count; r++)
        put_register(sb, &leaf->registers[r]);
    sb->failed |= stem.failed || text.failed;
    hv_strbuf_free(&stem);
    hv_strbuf_free(&text);
}

static void put_iface_intro(hv_strbuf *sb, const hv_interface *iface)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text, "Interface %s: %s (vendor %s, %s).", iface->id,
                     iface->name ? iface->name : iface->id, iface->vendor->id,
                     iface->vendor->name ? iface->vendor->name : iface->vendor->id);
    if (*hv_c_status_tag(iface->status))
        hv_strbuf_printf(&text, " [%s]", hv_c_status_tag(iface->status));
    if (iface->doc)
        hv_strbuf_printf(&text, " %s", iface->doc);
    hv_c_sources_text(&text, &iface->sources);
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
}

static bool emit_iface(const hv_registry *reg, const hv_interface *iface, hv_outputs *outs)
{
    hv_strbuf path, stem;
    hv_strbuf_init(&path);
    hv_strbuf_init(&stem);
    hv_strbuf_puts(&path, HEADER_DIR);
    hv_c_iface_file(&path, iface);
    hv_c_iface_stem(&stem, iface);
    hv_strbuf *sb = path.failed ? NULL : hv_outputs_add(outs, hv_strbuf_cstr(&path));
    const uint32_t *bases = iface->bases;
    size_t n = iface->base_count;
    if (sb) {
        hv_c_preamble(sb, strrchr(path.data, '/') + 1, iface->name ? iface->name : iface->id, reg,
                      iface);
        hv_strbuf_printf(sb, "#ifndef %s_H\n#define %s_H\n", stem.data, stem.data);
        put_u32_block(sb);
        put_iface_intro(sb, iface);
        put_signatures(sb, iface, &stem);
        put_bases(sb, reg, iface, &stem, bases, n);
        for (size_t l = 0; l < iface->leaf_count; l++)
            put_leaf(sb, &iface->leaves[l], bases, n);
        hv_headers_put_msrs(sb, reg, iface, &stem);
        hv_strbuf_printf(sb, "\n#endif /* %s_H */\n", stem.data);
    }
    bool ok = sb && !sb->failed && !stem.failed;
    hv_strbuf_free(&path);
    hv_strbuf_free(&stem);
    return ok;
}

/* "#define NAME(X) \" followed by one X(...) row per selected interface. */
static void put_x_macro(hv_strbuf *sb, const hv_registry *reg, const char *name, const char *what,
                        int kind)
{
    hv_strbuf_printf(sb, "\n/* %s */\n#define %s(X)", what, name);
    hv_strbuf row;
    hv_strbuf_init(&row);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *f = reg->interfaces[i];
        const hv_signature *sig = kind == 1 ? &f->vendor_sig : &f->iface_sig;
        if (kind && !(sig->present && sig->valid && sig->len == (kind == 1 ? 12u : 4u)))
            continue;
        row.len = 0;
        hv_strbuf_puts(&row, "X(");
        hv_c_token(&row, f->id);
        hv_strbuf_puts(&row, ", ");
        hv_c_string_literal(&row, (const unsigned char *)f->id, strlen(f->id));
        for (size_t w = 0; kind && w < (kind == 1 ? 3u : 1u); w++)
            hv_strbuf_printf(&row, ", 0x%08XU", (unsigned)le32(sig->bytes + 4 * w));
        hv_strbuf_printf(sb, " \\\n    %s)", hv_strbuf_cstr(&row));
    }
    hv_strbuf_putc(sb, '\n');
    sb->failed |= row.failed;
    hv_strbuf_free(&row);
}

/* X(token, "hypervisor", ebx, ecx, edx): each vendor string a product shows
 * for an interface other than its own, by interface then hypervisor id. */
static void put_shown_x_macro(hv_strbuf *sb, const hv_registry *reg)
{
    hv_strbuf_puts(sb, "\n/* X(token, \"hypervisor\", ebx, ecx, edx): each vendor string a "
                       "product shows at base+0\n * for an interface, other than the "
                       "interface's own. */\n#define HVCPUID_SHOWN_VENDOR_SIGNATURES(X)");
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *f = reg->interfaces[i];
        for (size_t p = 0; p < f->placement_count; p++) {
            const hv_presents *pr = f->placements[p];
            if (!hv_c_shows_other_string(pr))
                continue;
            hv_strbuf_puts(sb, " \\\n    X(");
            hv_c_token(sb, f->id);
            hv_strbuf_puts(sb, ", ");
            hv_c_string_literal(sb, (const unsigned char *)pr->hypervisor->id,
                                strlen(pr->hypervisor->id));
            for (size_t w = 0; w < 3; w++)
                hv_strbuf_printf(sb, ", 0x%08XU", (unsigned)le32(pr->vendor_sig.bytes + 4 * w));
            hv_strbuf_putc(sb, ')');
        }
    }
    hv_strbuf_putc(sb, '\n');
}

static bool emit_umbrella(const hv_registry *reg, hv_outputs *outs)
{
    hv_strbuf *sb = hv_outputs_add(outs, HEADER_DIR HV_C_UMBRELLA);
    if (!sb)
        return false;
    hv_c_preamble(sb, HV_C_UMBRELLA, "every interface of the hvcpuid registry", reg, NULL);
    bool msrs = false; /* the 64-bit type only where some header needs it */
    for (size_t i = 0; i < reg->interface_count && !msrs; i++)
        msrs = hv_headers_has_msrs(reg->interfaces[i]);
    hv_strbuf_puts(sb, "#ifndef HVCPUID_HVCPUID_H\n#define HVCPUID_HVCPUID_H\n");
    put_u32_block(sb);
    if (msrs)
        hv_headers_put_u64_block(sb);
    hv_strbuf_putc(sb, '\n');
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_strbuf_puts(sb, "#include \"");
        hv_c_iface_file(sb, reg->interfaces[i]);
        hv_strbuf_puts(sb, "\"\n");
    }
    /* The three range constants lib/hvcpuid-runtime.h defines too, in the
     * same guarded lines, so a unit may include both headers. */
    hv_strbuf_puts(sb, "\n/* The hypervisor range; bases are 0x100-aligned within it. The first\n"
                       " * three are lib/hvcpuid-runtime.h's too, in the same lines. */\n"
                       "#ifndef HVCPUID_RANGE_FIRST\n"
                       "#define HVCPUID_RANGE_FIRST 0x40000000U\n"
                       "#endif\n"
                       "#ifndef HVCPUID_RANGE_LAST\n"
                       "#define HVCPUID_RANGE_LAST 0x4000FFFFU\n"
                       "#endif\n"
                       "#ifndef HVCPUID_BASE_LAST\n"
                       "#define HVCPUID_BASE_LAST 0x4000FF00U\n"
                       "#endif\n"
                       "#define HVCPUID_BASE_FIRST 0x40000000U\n"
                       "#define HVCPUID_BASE_STEP 0x00000100U\n"
                       "\n/* CPUID.1:ECX[31]: a hypervisor is present. */\n"
                       "#define HVCPUID_PRESENT_LEAF 0x00000001U\n"
                       "#define HVCPUID_PRESENT_ECX_SHIFT 31\n"
                       "#define HVCPUID_PRESENT_ECX_MASK 0x80000000U\n");
    if (msrs)
        hv_strbuf_puts(sb, "\n/* The MSRs Intel's SDM keeps free of architectural MSRs, for "
                           "software. */\n"
                           "#define HVCPUID_MSR_SOFTWARE_FIRST 0x40000000U\n"
                           "#define HVCPUID_MSR_SOFTWARE_LAST 0x400000FFU\n");
    put_x_macro(sb, reg, "HVCPUID_INTERFACES", "X(token, \"id\") for every interface, by id.", 0);
    put_x_macro(sb, reg, "HVCPUID_VENDOR_SIGNATURES",
                "X(token, \"id\", ebx, ecx, edx): each vendor signature at base+0.", 1);
    put_x_macro(sb, reg, "HVCPUID_INTERFACE_SIGNATURES",
                "X(token, \"id\", eax): each interface signature at base+1.", 2);
    put_shown_x_macro(sb, reg);
    hv_strbuf_puts(sb, "\n#endif /* HVCPUID_HVCPUID_H */\n");
    return !sb->failed;
}

bool hv_emit_headers(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (!emit_iface(reg, reg->interfaces[i], outs))
            return false;
    return emit_umbrella(reg, outs);
}
