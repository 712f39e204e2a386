/* gen/emit/tables_from_model.c - converts the model into lib/ decoder tables: interfaces by
 * id, leaves by offset and sub-leaf, fields by register and lsb, enumerated
 * values by value, and the signature indexes sorted by bytes, so every lookup
 * in lib/ is a binary search.
 *
 * The tables' strings are what a decoder prints on a terminal (`hvcpuid
 * decode`, with the compiled-in tables or --registry's), so each registry
 * string goes in with visible escapes (validate/util/text.h): no name or
 * description can move the cursor, end a line or reorder the text. */
#include "gen/emit/tables_from_model.h"

#include <stdlib.h>
#include <string.h>

#include "validate/util/text.h"

/* `s` as the tables hold it: itself when nothing in it needs an escape,
 * else an escaped copy in the arena (NULL when that runs out: the caller's
 * allocations fail next, and the conversion with them). */
static const char *shown(hv_arena *arena, const char *s)
{
    if (!s || hv_visible_clean(s))
        return s;
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_visible_str(&sb, s);
    const char *copy = sb.failed ? NULL : hv_arena_strdup(arena, hv_strbuf_cstr(&sb));
    hv_strbuf_free(&sb);
    return copy;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* How a field's value reads best, from its registered name (the registry
 * names units and kinds: guest_tsc_khz, msr_base, vendor_signature_0; see
 * docs/decoder.md, "How values are shown"). */
static uint8_t field_show(const char *name)
{
    static const char *const hex_suffixes[] = {"_base", "_lo", "_hi", "_mul"};
    static const char *const reg_suffixes[] = {"_eax", "_ebx", "_ecx", "_edx"};
    if (!name)
        return HVCPUID_SHOW_HEX; /* a reserved range: the stray bits */
    if (strstr(name, "signature"))
        return HVCPUID_SHOW_HEX_TEXT;
    for (size_t i = 0; i < 4; i++)
        if (ends_with(name, reg_suffixes[i])) /* a string's bytes, one register each */
            return HVCPUID_SHOW_HEX_TEXT;
    if (strcmp(name, "max_leaf") == 0)
        return HVCPUID_SHOW_HEX;
    for (size_t i = 0; i < sizeof hex_suffixes / sizeof hex_suffixes[0]; i++)
        if (ends_with(name, hex_suffixes[i]))
            return HVCPUID_SHOW_HEX;
    return ends_with(name, "_shift") ? HVCPUID_SHOW_SIGNED : HVCPUID_SHOW_DEC;
}

/* The unit a frequency field's name ends with, or NULL. */
static const char *field_unit(const char *name)
{
    if (!name)
        return NULL;
    if (ends_with(name, "_khz"))
        return "kHz";
    if (ends_with(name, "_mhz"))
        return "MHz";
    return ends_with(name, "_hz") ? "Hz" : NULL;
}

static int enum_cmp(const void *a, const void *b)
{
    uint32_t x = ((const hvcpuid_enum *)a)->value, y = ((const hvcpuid_enum *)b)->value;
    return x < y ? -1 : x > y;
}

static bool convert_field(hv_arena *arena, const hv_field *src, hv_reg reg, hvcpuid_field *dst)
{
    dst->reg = (uint8_t)reg;
    dst->msb = (uint8_t)src->msb;
    dst->lsb = (uint8_t)src->lsb;
    bool undocumented = !src->reserved && src->status == HV_STATUS_RESERVED;
    dst->flags = (uint8_t)((src->reserved ? HVCPUID_FIELD_RESERVED : 0) |
                           (src->status == HV_STATUS_DEPRECATED ? HVCPUID_FIELD_DEPRECATED : 0) |
                           (src->alternative_to ? HVCPUID_FIELD_ALTERNATIVE : 0) |
                           (undocumented ? HVCPUID_FIELD_UNDOCUMENTED : 0));
    dst->name = shown(arena, src->name);
    dst->upstream = shown(arena, src->upstream);
    dst->description = shown(arena, src->doc);
    dst->show = field_show(src->name);
    dst->unit = field_unit(src->name);
    if (src->value_count == 0)
        return true;
    hvcpuid_enum *values = hv_arena_array(arena, src->value_count, sizeof *values);
    if (!values)
        return false;
    for (size_t i = 0; i < src->value_count; i++)
        values[i] = (hvcpuid_enum){src->values[i].value, shown(arena, src->values[i].name),
                                   shown(arena, src->values[i].doc)};
    qsort(values, src->value_count, sizeof *values, enum_cmp);
    dst->values = values;
    dst->value_count = (uint32_t)src->value_count;
    return true;
}

static bool convert_leaf(hv_arena *arena, const hv_leaf *src, hvcpuid_leaf_def *dst)
{
    size_t n = 0, k = 0;
    for (size_t r = 0; r < src->register_count; r++)
        n += src->registers[r].field_count;
    hvcpuid_field *fields = NULL;
    if (n && !(fields = hv_arena_array(arena, n, sizeof *fields)))
        return false;
    for (size_t r = 0; fields && r < src->register_count; r++) /* eax..edx, fields by lsb */
        for (size_t i = 0; i < src->registers[r].field_count && k < n; i++)
            if (!convert_field(arena, &src->registers[r].fields[i], src->registers[r].reg,
                               &fields[k++]))
                return false;
    dst->offset = src->offset;
    dst->subleaf = src->has_subleaf ? src->subleaf : 0;
    dst->has_subleaf = src->has_subleaf;
    dst->name = shown(arena, src->name);
    dst->upstream = shown(arena, src->upstream);
    dst->description = shown(arena, src->doc);
    dst->fields = fields;
    dst->field_count = (uint32_t)n;
    return true;
}

static bool sig_ok(const hv_signature *sig, size_t want)
{
    return sig->present && sig->valid && sig->len == want;
}

static bool convert_interface(hv_arena *arena, const hv_interface *src, hvcpuid_interface *dst)
{
    hvcpuid_leaf_def *leaves =
        src->leaf_count ? hv_arena_array(arena, src->leaf_count, sizeof *leaves) : NULL;
    if (src->leaf_count && !leaves)
        return false;
    for (size_t i = 0; i < src->leaf_count; i++)
        if (!convert_leaf(arena, &src->leaves[i], &leaves[i]))
            return false;
    dst->id = shown(arena, src->id);
    dst->name = shown(arena, src->name);
    dst->vendor = src->vendor ? shown(arena, src->vendor->id) : NULL;
    dst->vendor_name = src->vendor ? shown(arena, src->vendor->name) : NULL;
    dst->has_vendor_signature = sig_ok(&src->vendor_sig, 12);
    if (dst->has_vendor_signature)
        memcpy(dst->vendor_signature, src->vendor_sig.bytes, 12);
    dst->has_interface_signature = sig_ok(&src->iface_sig, 4);
    if (dst->has_interface_signature)
        memcpy(dst->interface_signature, src->iface_sig.bytes, 4);
    dst->default_base = src->has_default_base && src->default_base_valid ? src->default_base : 0;
    dst->has_max_leaf = src->has_max_leaf && src->max_leaf_valid;
    dst->max_leaf = dst->has_max_leaf ? src->max_leaf : 0;
    dst->leaves = leaves;
    dst->leaf_count = (uint32_t)src->leaf_count;
    return true;
}

static int vendor_sig_cmp(const void *a, const void *b)
{
    const hvcpuid_vendor_sig *x = a, *y = b;
    int c = memcmp(x->bytes, y->bytes, 12);
    return c ? c : (x->interface > y->interface) - (x->interface < y->interface);
}

static int interface_sig_cmp(const void *a, const void *b)
{
    const hvcpuid_interface_sig *x = a, *y = b;
    int c = memcmp(x->bytes, y->bytes, 4);
    return c ? c : (x->interface > y->interface) - (x->interface < y->interface);
}

static uint32_t index_of(const hv_registry *reg, const hv_interface *iface)
{
    for (size_t i = 0; i < reg->interface_count; i++)
        if (reg->interfaces[i] == iface)
            return (uint32_t)i;
    return HVCPUID_NONE;
}

/* Vendor strings: each interface's own and each product's placement string,
 * sorted, without repeats. */
static bool build_vendor_sigs(const hv_registry *reg, hvcpuid_tables *t)
{
    size_t n = reg->interface_count, k = 0;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        n += reg->hypervisors[h]->presents_count;
    hvcpuid_vendor_sig *sigs = n ? hv_arena_array(reg->arena, n, sizeof *sigs) : NULL;
    if (n && !sigs)
        return false;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (sig_ok(&reg->interfaces[i]->vendor_sig, 12)) {
            memcpy(sigs[k].bytes, reg->interfaces[i]->vendor_sig.bytes, 12);
            sigs[k++].interface = (uint32_t)i;
        }
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++) {
            const hv_presents *pr = &reg->hypervisors[h]->presents[p];
            if (!pr->iface || !sig_ok(&pr->vendor_sig, 12))
                continue;
            memcpy(sigs[k].bytes, pr->vendor_sig.bytes, 12);
            sigs[k++].interface = index_of(reg, pr->iface);
        }
    if (k)
        qsort(sigs, k, sizeof *sigs, vendor_sig_cmp);
    size_t u = 0;
    for (size_t i = 0; i < k; i++) /* one entry per string: the first interface */
        if (u == 0 || memcmp(sigs[u - 1].bytes, sigs[i].bytes, 12) != 0)
            sigs[u++] = sigs[i];
    t->vendor_sigs = sigs;
    t->vendor_sig_count = (uint32_t)u;
    return true;
}

static bool build_interface_sigs(const hv_registry *reg, hvcpuid_tables *t)
{
    size_t k = 0;
    hvcpuid_interface_sig *sigs =
        reg->interface_count ? hv_arena_array(reg->arena, reg->interface_count, sizeof *sigs)
                             : NULL;
    if (reg->interface_count && !sigs)
        return false;
    for (size_t i = 0; i < reg->interface_count; i++)
        if (sig_ok(&reg->interfaces[i]->iface_sig, 4)) {
            memcpy(sigs[k].bytes, reg->interfaces[i]->iface_sig.bytes, 4);
            sigs[k++].interface = (uint32_t)i;
        }
    if (k)
        qsort(sigs, k, sizeof *sigs, interface_sig_cmp);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (u == 0 || memcmp(sigs[u - 1].bytes, sigs[i].bytes, 4) != 0)
            sigs[u++] = sigs[i];
    t->interface_sigs = sigs;
    t->interface_sig_count = (uint32_t)u;
    return true;
}

static bool convert_hypervisor(const hv_registry *reg, const hv_hypervisor *src,
                               hvcpuid_hypervisor *dst)
{
    size_t n = src->presents_count, k = 0;
    hvcpuid_placement *p = n ? hv_arena_array(reg->arena, n, sizeof *p) : NULL;
    if (n && !p)
        return false;
    for (size_t i = 0; i < n; i++) {
        const hv_presents *pr = &src->presents[i];
        if (!pr->iface || !pr->valid)
            continue;
        p[k].interface = index_of(reg, pr->iface);
        p[k].base = pr->base;
        const hv_signature *sig =
            sig_ok(&pr->vendor_sig, 12) ? &pr->vendor_sig : &pr->iface->vendor_sig;
        p[k].has_signature = sig_ok(sig, 12);
        if (p[k].has_signature)
            memcpy(p[k].signature, sig->bytes, 12);
        k++;
    }
    dst->id = shown(reg->arena, src->id);
    dst->name = shown(reg->arena, src->name);
    dst->vendor = src->vendor ? shown(reg->arena, src->vendor->id) : NULL;
    dst->presents = p;
    dst->presents_count = (uint32_t)k;
    return true;
}

bool hv_tables_from_model(const hv_registry *reg, hvcpuid_tables *out)
{
    memset(out, 0, sizeof *out);
    size_t ni = reg->interface_count, nh = reg->hypervisor_count;
    hvcpuid_interface *ifaces = ni ? hv_arena_array(reg->arena, ni, sizeof *ifaces) : NULL;
    hvcpuid_hypervisor *hvs = nh ? hv_arena_array(reg->arena, nh, sizeof *hvs) : NULL;
    if ((ni && !ifaces) || (nh && !hvs))
        return false;
    for (size_t i = 0; i < ni; i++) /* reg->interfaces is sorted by id */
        if (!convert_interface(reg->arena, reg->interfaces[i], &ifaces[i]))
            return false;
    for (size_t i = 0; i < nh; i++)
        if (!convert_hypervisor(reg, reg->hypervisors[i], &hvs[i]))
            return false;
    out->interfaces = ifaces;
    out->interface_count = (uint32_t)ni;
    out->hypervisors = hvs;
    out->hypervisor_count = (uint32_t)nh;
    return build_vendor_sigs(reg, out) && build_interface_sigs(reg, out) &&
           hv_tables_msrs_from_model(reg, out);
}
