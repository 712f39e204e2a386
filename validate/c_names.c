/* validate/c_names.c - the one mangling from registry ids and names to C identifiers
 * and header file names (shared by gen/emit/headers.c and the [c-identifier]
 * check). The walk over every name the headers define is c_names_walk.c's;
 * the names C and POSIX reserve are c_reserved.c's. */
#include "validate/c_names.h"

#include <stdlib.h>
#include <string.h>

/* Appends s with '-' as '_' (and lowercase as uppercase): copied, then
 * mapped in place. */
static void append_mapped(hv_strbuf *sb, const char *s, bool upper)
{
    size_t n = s ? strlen(s) : 0, at = sb->len;
    hv_strbuf_append(sb, s ? s : "", n);
    if (sb->failed)
        return;
    for (char *p = sb->data + at, *end = p + n; p < end; p++) {
        if (*p == '-')
            *p = '_';
        else if (upper && *p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    }
}

void hv_c_upper(hv_strbuf *sb, const char *id_or_name)
{
    append_mapped(sb, id_or_name, true);
}

void hv_c_token(hv_strbuf *sb, const char *id)
{
    append_mapped(sb, id, false);
}

void hv_c_iface_file(hv_strbuf *sb, const hv_interface *iface)
{
    hv_c_token(sb, iface->id);
    hv_strbuf_puts(sb, ".h");
}

void hv_c_iface_stem(hv_strbuf *sb, const hv_interface *iface)
{
    hv_strbuf_puts(sb, "HVCPUID_");
    hv_c_upper(sb, iface->id);
}

void hv_c_shown_stem(hv_strbuf *sb, const hv_interface *iface, const hv_presents *pr)
{
    hv_c_iface_stem(sb, iface);
    hv_strbuf_puts(sb, "_SHOWN_BY_");
    hv_c_upper(sb, pr->hypervisor->id);
}

bool hv_c_shows_other_string(const hv_presents *pr)
{
    const hv_signature *own = &pr->iface->vendor_sig, *shown = &pr->vendor_sig;
    bool usable = shown->present && shown->valid && shown->len == 12;
    bool same =
        own->present && own->valid && own->len == 12 && memcmp(own->bytes, shown->bytes, 12) == 0;
    return pr->valid && usable && !same && pr->hypervisor && pr->hypervisor->id &&
           !hv_status_retired(pr->hypervisor->status);
}

void hv_c_leaf_stem(hv_strbuf *sb, const hv_leaf *leaf)
{
    hv_c_iface_stem(sb, leaf->iface);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, leaf->name);
}

void hv_c_msr_stem(hv_strbuf *sb, const hv_msr *msr)
{
    hv_c_iface_stem(sb, msr->iface);
    hv_strbuf_puts(sb, "_MSR_");
    hv_c_upper(sb, msr->name);
}

void hv_c_reg_stem(hv_strbuf *sb, const hv_register *reg)
{
    if (reg->msr) {
        hv_c_msr_stem(sb, reg->msr);
        return;
    }
    hv_c_leaf_stem(sb, reg->leaf);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, hv_reg_name(reg->reg));
}

void hv_c_field_stem(hv_strbuf *sb, const hv_field *field)
{
    hv_c_reg_stem(sb, field->reg);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, field->name);
}

void hv_c_value_name(hv_strbuf *sb, const hv_field *field, const hv_enum_value *value)
{
    hv_c_field_stem(sb, field);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, value->name);
}

/* Eight uppercase hex digits, as "%08X" prints them (no printf: the walk
 * formats one per leaf and base). */
static void put_hex8(hv_strbuf *sb, uint32_t v)
{
    char hex[8];
    for (int i = 7; i >= 0; i--, v >>= 4)
        hex[i] = "0123456789ABCDEF"[v & 0xF];
    hv_strbuf_append(sb, hex, sizeof hex);
}

void hv_c_base_suffix(hv_strbuf *sb, uint32_t base)
{
    hv_strbuf_puts(sb, "_LEAF_AT_");
    put_hex8(sb, base);
}

void hv_c_msr_base_suffix(hv_strbuf *sb, uint32_t base)
{
    hv_strbuf_puts(sb, "_AT_");
    put_hex8(sb, base);
}

const char *const *hv_c_builtin_macros(void)
{
    static const char *const names[] = {
        "HVCPUID_U32",
        "HVCPUID_U32_CAST",
        "HVCPUID_U32_CHECKED",
        "HVCPUID_HVCPUID_H",
        "HVCPUID_RANGE_FIRST",
        "HVCPUID_RANGE_LAST",
        "HVCPUID_BASE_FIRST",
        "HVCPUID_BASE_LAST",
        "HVCPUID_BASE_STEP",
        "HVCPUID_PRESENT_LEAF",
        "HVCPUID_PRESENT_ECX_SHIFT",
        "HVCPUID_PRESENT_ECX_MASK",
        "HVCPUID_INTERFACES",
        "HVCPUID_VENDOR_SIGNATURES",
        "HVCPUID_INTERFACE_SIGNATURES",
        "HVCPUID_SHOWN_VENDOR_SIGNATURES",
        NULL,
    };
    return names;
}

const char *const *hv_c_builtin_msr_macros(void)
{
    static const char *const names[] = {
        "HVCPUID_U64",
        "HVCPUID_U64_CAST",
        "HVCPUID_U64_C",
        "HVCPUID_U64_CHECKED",
        "HVCPUID_MSR_SOFTWARE_FIRST",
        "HVCPUID_MSR_SOFTWARE_LAST",
        NULL,
    };
    return names;
}

const char *const *hv_c_builtin_files(void)
{
    /* tables.h is kept for the decoder tables (out/include/hvcpuid/tables.h). */
    static const char *const names[] = {HV_C_UMBRELLA, "tables.h", NULL};
    return names;
}
