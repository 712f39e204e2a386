/* gen/decode/json.c - the decode report as JSON (docs/json.md, "Decoded CPUID"):
 * keys in a fixed order, integers as numbers, every field of every leaf
 * (zero flags and reserved ranges too: the text layout's selection is for
 * people, not tools). */
#include <string.h>

#include "validate/util/json_writer.h"
#include "validate/parse.h"
#include "gen/decode/layouts.h"
#include "gen/decode/msrs.h"

static void json_opt_uint(hv_json *j, const char *key, bool has, uint32_t v)
{
    hv_json_key(j, key);
    if (has)
        hv_json_uint(j, v);
    else
        hv_json_null(j);
}

/* The sub-leaf whose layout a record holds when it is not its own, or
 * null (docs/json.md: decoded_as_subleaf). */
static void json_as(hv_json *j, const hvcpuid_result *res, const hvcpuid_leaf_def *def)
{
    json_opt_uint(j, "decoded_as_subleaf", def->has_subleaf && def->subleaf != res->subleaf,
                  def->subleaf);
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
    hv_json_kv_string(j, "unit", fd->unit);
    hv_json_kv_bool(j, "reserved", (fd->flags & HVCPUID_FIELD_RESERVED) != 0);
    hv_json_kv_bool(j, "undocumented", (fd->flags & HVCPUID_FIELD_UNDOCUMENTED) != 0);
    hv_json_kv_string(j, "leaf_name", def->name);
    json_as(j, res, def);
    hv_json_object_end(j);
}

/* Bits no field describes: one entry per register, name null, in place. */
static void json_undescribed(hv_json *j, const hvcpuid_result *res, const hvcpuid_leaf_def *def)
{
    uint32_t loose[4];
    hv_decode_undescribed(res, def, loose);
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
        hv_json_kv_string(j, "unit", NULL);
        hv_json_kv_bool(j, "reserved", false);
        hv_json_kv_bool(j, "undocumented", false);
        hv_json_kv_string(j, "leaf_name", def->name);
        json_as(j, res, def);
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

static void json_msr(void *ctx, const hv_decode_msr *m)
{
    hv_json *j = ctx;
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "address", m->address);
    hv_json_kv_string(j, "name", m->def->name);
    hv_json_kv_string(j, "upstream", m->def->upstream);
    json_opt_uint(j, "announced_by_leaf", m->announced != NULL, m->announced_leaf);
    hv_json_kv_string(j, "announced_by_register",
                      m->announced ? hvcpuid_reg_name(m->announced->reg) : NULL);
    hv_json_kv_string(j, "announced_by", m->announced ? m->announced->name : NULL);
    hv_json_object_end(j);
}

/* "msrs", "msrs_defined" and "msr_base" of one found interface. */
static void json_msrs(hv_json *j, const hv_decode_findings *r, const hvcpuid_found *f)
{
    hv_decode_msr_base base;
    hv_json_key(j, "msrs");
    hv_json_array_begin(j);
    size_t defined = hv_decode_msrs(r, f, &base, json_msr, j);
    hv_json_array_end(j);
    hv_json_kv_uint(j, "msrs_defined", defined);
    json_opt_uint(j, "msr_base", base.relocatable, base.base);
    json_opt_uint(j, "msr_base_leaf", base.from_dump, base.leaf);
}

static void json_found(hv_json *j, const hv_decode_findings *r, const hvcpuid_found *f)
{
    const hvcpuid_results *set = r->in->results;
    size_t first = hvcpuid_results_lower_bound(set, f->base);
    char hex[32], sig[64];
    hv_format_hex(f->signature, 12, hex, sizeof hex);
    hv_decode_signature_text(f->signature, sig, sizeof sig);
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
        const hvcpuid_leaf_def *def = hv_decode_def_of(r, f, &set->items[i]);
        for (uint32_t k = 0; def && k < def->field_count; k++)
            json_field(j, &set->items[i], def, &def->fields[k]);
        if (def)
            json_undescribed(j, &set->items[i], def);
    }
    hv_json_array_end(j);
    hv_json_key(j, "unknown_leaves");
    hv_json_array_begin(j);
    for (size_t i = first; i < set->count && set->items[i].leaf <= f->max_leaf; i++)
        if (!hv_decode_def_of(r, f, &set->items[i])) {
            hv_json_object_begin(j);
            json_raw(j, &set->items[i]);
            hv_json_object_end(j);
        }
    hv_json_array_end(j);
    json_msrs(j, r, f);
    hv_json_object_end(j);
}

static void json_others(hv_json *j, const hv_decode_findings *r)
{
    const hvcpuid_results *set = r->in->results;
    hv_json_key(j, "other_leaves");
    hv_json_array_begin(j);
    for (size_t i = hvcpuid_results_lower_bound(set, HVCPUID_RANGE_FIRST); i < set->count; i++) {
        if (!hv_decode_is_other(r, &set->items[i]))
            continue;
        uint32_t ref;
        const char *reason = hv_decode_other_reason(r, &set->items[i], &ref);
        hv_json_object_begin(j);
        json_raw(j, &set->items[i]);
        hv_json_kv_string(j, "reason", reason);
        json_opt_uint(j, "repeats", ref != HVCPUID_NONE, ref);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

static void json_findings(hv_json *j, const hv_decode_findings *r)
{
    hv_json_key(j, "findings");
    hv_json_array_begin(j);
    for (size_t i = 0; i < r->count; i++) {
        const hv_decode_finding *it = &r->items[i];
        hv_json_object_begin(j);
        hv_json_kv_string(j, "level", it->error ? "error" : "warning");
        hv_json_kv_string(j, "kind", it->kind);
        json_opt_uint(j, "leaf", it->has_leaf, it->leaf);
        json_opt_uint(j, "subleaf", it->has_leaf, it->subleaf);
        json_opt_uint(j, "line", it->line != 0, it->line);
        hv_json_kv_string(j, "register", it->reg >= 0 ? hvcpuid_reg_name((unsigned)it->reg) : NULL);
        json_opt_uint(j, "bits", it->reg >= 0, it->bits);
        hv_json_kv_bool(j, "registry_gap", it->gap);
        hv_json_kv_string(j, "message", it->message);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

void hv_decode_json(hv_strbuf *out, const hv_decode_findings *r)
{
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-decode", 1);
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
