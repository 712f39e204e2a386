/* gen/emit/headers_msr.c - the synthetic-MSR part of an interface's header: each
 * MSR's address (and, for a relocatable MSR base, its offset and its address
 * at every registered base), each 64-bit field's shift and width, and the
 * masks, GET and SET macros in a 64-bit type.
 *
 * C89 and C++98 have no 64-bit integer type, and the headers compile in every
 * standard with -pedantic-errors. So the 64-bit macros live inside
 * `#ifdef HVCPUID_U64`: C99 and C++11 onwards get `unsigned long long` by
 * default; in C89 a project defines HVCPUID_U64 (`unsigned long` on LP64,
 * __u64, ...) to have them. Constants never carry a ULL suffix (an error in
 * C89): HVCPUID_U64_C(hi, lo) joins two 32-bit halves in the 64-bit type.
 * Names come from validate/c_names.c, text goes through gen/emit/c_text.c. */
#include "gen/emit/headers_msr.h"

#include <stdio.h>

#include "gen/emit/c_text.h"
#include "validate/c_names.h"
#include "validate/msr_claims.h"

#define MAX_MSR_BASES 256

/* The 64-bit type, once per translation unit, in every header with MSRs
 * and in the umbrella. */
void hv_headers_put_u64_block(hv_strbuf *sb)
{
    hv_strbuf_puts(
        sb, "\n/* The unsigned 64-bit type MSR values are computed in: define HVCPUID_U64\n"
            " * before including (e.g. as __u64, u64 or uint64_t) to use your own. C99 and\n"
            " * C++11 and later default to unsigned long long; C89 and C++98 have no 64-bit\n"
            " * type, so there the MSR masks and GET/SET macros exist only when HVCPUID_U64\n"
            " * is defined. MSR addresses, shifts and widths are always defined. */\n"
            "#ifndef HVCPUID_U64\n"
            "#if defined(__cplusplus)\n"
            "#if __cplusplus >= 201103L\n"
            "#define HVCPUID_U64 unsigned long long\n"
            "#endif\n"
            "#elif defined(__STDC_VERSION__)\n"
            "#if __STDC_VERSION__ >= 199901L\n"
            "#define HVCPUID_U64 unsigned long long\n"
            "#endif\n"
            "#endif\n"
            "#endif\n"
            "#if defined(HVCPUID_U64) && !defined(HVCPUID_U64_CHECKED)\n"
            "#define HVCPUID_U64_CHECKED\n"
            "#ifdef __cplusplus\n"
            "#define HVCPUID_U64_CAST(x) (static_cast<HVCPUID_U64>(x))\n"
            "#else\n"
            "#define HVCPUID_U64_CAST(x) ((HVCPUID_U64)(x))\n"
            "#endif\n"
            "/* A 64-bit constant from two 32-bit halves, with no suffix C89 rejects. */\n"
            "#define HVCPUID_U64_C(hi, lo) ((HVCPUID_U64_CAST(hi) << 32) | "
            "HVCPUID_U64_CAST(lo))\n"
            "/* Does not compile unless HVCPUID_U64 is unsigned and 64 bits wide. */\n"
            "typedef char hvcpuid_u64_check[(sizeof(HVCPUID_U64) == 8 && "
            "HVCPUID_U64_CAST(0) - 1 > HVCPUID_U64_CAST(0)) ? 1 : -1];\n"
            "#endif\n");
}

/* "HVCPUID_U64_C(0xFFFFFFFFU, 0xFFFFF000U)" */
static void put_u64(char *buf, size_t cap, uint64_t v)
{
    snprintf(buf, cap, "HVCPUID_U64_C(0x%08XU, 0x%08XU)", (unsigned)(v >> 32),
             (unsigned)(v & 0xFFFFFFFFu));
}

/* "default, xen-viridian": who puts the interface's MSR base there. */
static void put_base_users(hv_strbuf *text, const hv_registry *reg, const hv_interface *iface,
                           uint32_t base)
{
    const char *sep = "";
    if (iface->msr_base.default_base == base) {
        hv_strbuf_puts(text, "default");
        sep = ", ";
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; !hv_status_retired(hv->status) && p < hv->presents_count; p++) {
            const hv_presents *pr = &hv->presents[p];
            uint32_t at = 0;
            if (pr->iface == iface && hv_msr_base_at(iface, pr, &at) && at == base) {
                hv_strbuf_printf(text, "%s%s", sep, hv->id);
                sep = ", ";
            }
        }
    }
}

static void put_base_comment(hv_strbuf *sb, const hv_registry *reg, const hv_interface *iface,
                             const hv_strbuf *stem, const uint32_t *bases, size_t n)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text,
                     "The MSRs below are relocatable: their base is 0x%08X by default, and "
                     "leaf 0x%02X field %s reports where it is. Registered MSR bases:",
                     (unsigned)iface->msr_base.default_base, (unsigned)iface->msr_base.leaf_offset,
                     iface->msr_base.field_name ? iface->msr_base.field_name : "?");
    for (size_t b = 0; b < n; b++) {
        hv_strbuf_printf(&text, "%s 0x%08X (", b ? ";" : "", (unsigned)bases[b]);
        put_base_users(&text, reg, iface, bases[b]);
        hv_strbuf_putc(&text, ')');
    }
    hv_strbuf_putc(&text, '.');
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    hv_c_define(sb, stem, "_MSR_BASE_DEFAULT", "0x%08XU", (unsigned)iface->msr_base.default_base);
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
}

/* SHIFT, WIDTH and the enumerated values: no 64-bit type needed. */
static void put_field_scalars(hv_strbuf *sb, const hv_field *f)
{
    hv_strbuf stem, text;
    hv_strbuf_init(&stem);
    hv_strbuf_init(&text);
    hv_c_field_stem(&stem, f);
    hv_c_field_text(&text, f);
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    hv_c_define(sb, &stem, "_SHIFT", "%u", f->lsb);
    hv_c_define(sb, &stem, "_WIDTH", "%u", f->msb - f->lsb + 1);
    hv_c_field_values(sb, f);
    sb->failed |= stem.failed || text.failed;
    hv_strbuf_free(&stem);
    hv_strbuf_free(&text);
}

/* MASK, GET and SET of one field, in the 64-bit type. */
static void put_field_u64(hv_strbuf *sb, const hv_field *f)
{
    hv_strbuf stem;
    hv_strbuf_init(&stem);
    hv_c_field_stem(&stem, f);
    char m[64];
    put_u64(m, sizeof m, hv_field_mask64(f));
    hv_c_define(sb, &stem, "_MASK", "%s", m);
    hv_c_define(sb, &stem, "_GET(v)", "((HVCPUID_U64_CAST(v) & %s) >> %u)", m, f->lsb);
    hv_c_define(sb, &stem, "_SET(v, x)",
                "((HVCPUID_U64_CAST(v) & ~%s) | ((HVCPUID_U64_CAST(x) << %u) & %s))", m, f->lsb, m);
    sb->failed |= stem.failed;
    hv_strbuf_free(&stem);
}

static void put_msr_intro(hv_strbuf *sb, const hv_msr *msr)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text, "---- MSR 0x%08X %s", (unsigned)msr->address, msr->name);
    if (msr->access != HV_MSR_ACCESS_NONE)
        hv_strbuf_printf(&text, " (%s)", hv_msr_access_name(msr->access));
    if (*hv_c_status_tag(msr->status))
        hv_strbuf_printf(&text, " [%s]", hv_c_status_tag(msr->status));
    if (msr->upstream)
        hv_strbuf_printf(&text, " (upstream %s%s%s)", msr->upstream,
                         msr->upstream_alias ? ", also " : "",
                         msr->upstream_alias ? msr->upstream_alias : "");
    if (msr->doc)
        hv_strbuf_printf(&text, ": %s", msr->doc);
    hv_c_sources_text(&text, &msr->sources);
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
}

/* The address macros: at the default base, and for a relocatable base the
 * offset from it, the address at any base and at every registered one. */
static void put_msr_addresses(hv_strbuf *sb, const hv_msr *msr, const hv_strbuf *stem,
                              const uint32_t *bases, size_t n)
{
    hv_c_define(sb, stem, "", "0x%08XU", (unsigned)msr->address);
    if (n == 0)
        return;
    uint32_t offset = msr->address - msr->iface->msr_base.default_base;
    hv_c_define(sb, stem, "_OFFSET", "0x%XU", (unsigned)offset);
    hv_c_define(sb, stem, "_AT(base)", "(HVCPUID_U32_CAST(base) + 0x%XU)", (unsigned)offset);
    hv_strbuf suffix;
    hv_strbuf_init(&suffix);
    for (size_t b = 0; b < n; b++) {
        suffix.len = 0;
        hv_c_msr_base_suffix(&suffix, bases[b]);
        hv_c_define(sb, stem, hv_strbuf_cstr(&suffix), "0x%08XU", (unsigned)(bases[b] + offset));
    }
    sb->failed |= suffix.failed;
    hv_strbuf_free(&suffix);
}

static void put_msr(hv_strbuf *sb, const hv_msr *msr, const uint32_t *bases, size_t n)
{
    hv_strbuf stem;
    hv_strbuf_init(&stem);
    hv_c_msr_stem(&stem, msr);
    put_msr_intro(sb, msr);
    put_msr_addresses(sb, msr, &stem, bases, n);
    const hv_register *r = &msr->value;
    uint64_t reserved = 0;
    for (size_t i = 0; i < r->field_count; i++) {
        if (!r->fields[i].valid)
            continue;
        if (r->fields[i].reserved)
            reserved |= hv_field_mask64(&r->fields[i]);
        else
            put_field_scalars(sb, &r->fields[i]);
    }
    char m[64];
    put_u64(m, sizeof m, reserved);
    hv_strbuf_puts(sb, "#ifdef HVCPUID_U64\n");
    hv_strbuf_puts(sb,
                   "/* Bits with no meaning (they read as zero unless documented otherwise). */\n");
    hv_c_define(sb, &stem, "_RESERVED_MASK", "%s", m);
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid && !r->fields[i].reserved)
            put_field_u64(sb, &r->fields[i]);
    hv_strbuf_puts(sb, "#endif\n");
    sb->failed |= stem.failed;
    hv_strbuf_free(&stem);
}

bool hv_headers_has_msrs(const hv_interface *iface)
{
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid)
            return true;
    return false;
}

void hv_headers_put_msrs(hv_strbuf *sb, const hv_registry *reg, const hv_interface *iface,
                         const hv_strbuf *iface_stem)
{
    if (!hv_headers_has_msrs(iface))
        return;
    uint32_t bases[MAX_MSR_BASES];
    size_t n = hv_interface_msr_bases(iface, bases, MAX_MSR_BASES);
    hv_strbuf_puts(sb, "\n/* ==== Synthetic MSRs ==== */\n");
    hv_headers_put_u64_block(sb);
    if (n)
        put_base_comment(sb, reg, iface, iface_stem, bases, n);
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid)
            put_msr(sb, &iface->msrs[m], bases, n);
}
