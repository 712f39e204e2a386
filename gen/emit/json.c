/* gen/emit/json.c - out/registry.json: every interface, leaf and field in a
 * stable order (interfaces, hypervisors and allocations by id; leaves by
 * offset and sub-leaf; fields by register, then lsb). The key set is a
 * contract documented in docs/json.md: add keys, never rename or drop. */
#include "gen/emit/json.h"

#include <string.h>

#include "validate/util/json_writer.h"
#include "validate/parse.h"
#include "gen/version.h"

static void put_signature(hv_json *j, const char *key_hex, const char *key_text,
                          const hv_signature *sig, size_t want)
{
    hv_json_key(j, key_hex);
    if (!sig->present || !sig->valid || sig->len != want) {
        hv_json_null(j);
        hv_json_key(j, key_text);
        hv_json_null(j);
        return;
    }
    char hex[64], text[128];
    hv_format_hex(sig->bytes, want, hex, sizeof hex);
    hv_json_string(j, hex);
    hv_format_signature(sig->bytes, want, text, sizeof text);
    hv_json_key(j, key_text);
    hv_json_string_n(j, text + 1, strlen(text) - 2); /* without the quotes */
}

static void put_optional_uint(hv_json *j, const char *key, bool has, bool valid, uint32_t v)
{
    hv_json_key(j, key);
    if (has && valid)
        hv_json_uint(j, v);
    else
        hv_json_null(j);
}

static void put_sources(hv_json *j, const hv_sources *sources)
{
    hv_json_key(j, "sources");
    hv_json_array_begin(j);
    for (size_t i = 0; i < sources->count; i++) {
        const hv_source *s = &sources->items[i];
        hv_json_object_begin(j);
        const char *keys[] = {"repo", "path", "commit", "url", "title", "note"};
        const char *vals[] = {s->repo, s->path, s->commit, s->url, s->title, s->note};
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            if (vals[k]) {
                hv_json_key(j, keys[k]);
                hv_json_string(j, vals[k]);
            }
        }
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

/* A list of MSR names (announces=, msrs=) as written; null when absent. */
static void put_msr_names(hv_json *j, const char *key, const hv_msr_refs *refs)
{
    hv_json_key(j, key);
    if (!refs->present) {
        hv_json_null(j);
        return;
    }
    hv_json_array_begin(j);
    for (size_t i = 0; i < refs->count; i++)
        hv_json_string(j, refs->names[i]);
    hv_json_array_end(j);
}

/* A CPUID register's field, or (without "register", with "upstream_shift")
 * an MSR's. */
static void put_field(hv_json *j, const hv_field *f)
{
    hv_json_object_begin(j);
    if (!f->reg->msr)
        hv_json_kv_string(j, "register", hv_reg_name(f->reg->reg));
    hv_json_kv_uint(j, "msb", f->msb);
    hv_json_kv_uint(j, "lsb", f->lsb);
    hv_json_kv_string(j, "name", f->reserved ? "reserved" : f->name);
    hv_json_kv_string(j, "upstream", f->upstream);
    hv_json_kv_string(j, "upstream_kind", hv_upstream_kind_name(f->upstream_kind));
    if (f->reg->msr)
        hv_json_kv_string(j, "upstream_shift", f->upstream_shift);
    hv_json_kv_bool(j, "reserved", f->reserved);
    hv_json_kv_string(j, "status", hv_status_name(f->status));
    hv_json_kv_string(j, "alternative_to", f->alternative_to);
    hv_json_kv_string(j, "replaced_by", f->replaced_by);
    hv_json_kv_string(j, "description", f->doc);
    hv_json_key(j, "values");
    hv_json_array_begin(j);
    for (size_t v = 0; v < f->value_count; v++) {
        hv_json_object_begin(j);
        hv_json_kv_uint(j, "value", f->values[v].value);
        hv_json_kv_string(j, "name", f->values[v].name);
        hv_json_kv_string(j, "description", f->values[v].doc);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
    if (!f->reg->msr)
        put_msr_names(j, "announces", &f->announces);
    put_sources(j, &f->sources);
    hv_json_object_end(j);
}

static void put_leaf(hv_json *j, const hv_leaf *leaf)
{
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "offset", leaf->offset);
    hv_json_key(j, "subleaf");
    if (leaf->has_subleaf)
        hv_json_uint(j, leaf->subleaf);
    else
        hv_json_null(j);
    hv_json_kv_string(j, "name", leaf->name);
    hv_json_kv_string(j, "upstream", leaf->upstream);
    hv_json_kv_string(j, "status", hv_status_name(leaf->status));
    hv_json_kv_string(j, "description", leaf->doc);
    hv_json_key(j, "fields");
    hv_json_array_begin(j);
    for (size_t r = 0; r < leaf->register_count; r++)
        for (size_t f = 0; f < leaf->registers[r].field_count; f++)
            if (leaf->registers[r].fields[f].valid)
                put_field(j, &leaf->registers[r].fields[f]);
    hv_json_array_end(j);
    put_sources(j, &leaf->sources);
    hv_json_object_end(j);
}

static void put_allocation(hv_json *j, const hv_allocation *a)
{
    hv_json_object_begin(j);
    hv_json_kv_string(j, "id", a->id);
    hv_json_kv_string(j, "name", a->name);
    hv_json_kv_uint(j, "first", a->first);
    hv_json_kv_uint(j, "last", a->last);
    hv_json_kv_string(j, "status", hv_status_name(a->status));
    if (!a->owner) {
        hv_json_kv_string(j, "vendor", a->vendor->id);
    }
    hv_json_kv_string(j, "description", a->doc);
    put_sources(j, &a->sources);
    hv_json_key(j, "acknowledges"); /* overlaps recorded as history (docs/format.md) */
    hv_json_array_begin(j);
    for (size_t k = 0; k < a->ack_count; k++) {
        hv_json_object_begin(j);
        hv_json_kv_string(j, "allocation", a->acks[k].allocation_id);
        hv_json_kv_string(j, "reason", a->acks[k].reason);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
    hv_json_object_end(j);
}

/* ---- synthetic MSRs ---------------------------------------------------------- */

static void put_check_acks(hv_json *j, const hv_check_acks *acks)
{
    hv_json_key(j, "acknowledgements");
    hv_json_array_begin(j);
    for (size_t i = 0; i < acks->count; i++) {
        hv_json_object_begin(j);
        hv_json_kv_string(j, "check", acks->items[i].check);
        hv_json_kv_string(j, "reason", acks->items[i].reason);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
}

static void put_msr_allocation(hv_json *j, const hv_allocation *a)
{
    hv_json_object_begin(j);
    hv_json_kv_string(j, "name", a->name);
    hv_json_kv_uint(j, "first", a->first);
    hv_json_kv_uint(j, "last", a->last);
    hv_json_kv_string(j, "status", hv_status_name(a->status));
    hv_json_kv_string(j, "description", a->doc);
    put_check_acks(j, &a->check_acks);
    put_sources(j, &a->sources);
    hv_json_object_end(j);
}

static void put_msr(hv_json *j, const hv_msr *m)
{
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "address", m->address);
    hv_json_kv_string(j, "name", m->name);
    hv_json_kv_string(j, "upstream", m->upstream);
    hv_json_kv_string(j, "upstream_alias", m->upstream_alias);
    hv_json_kv_string(j, "access", hv_msr_access_name(m->access));
    hv_json_kv_string(j, "status", hv_status_name(m->status));
    hv_json_kv_string(j, "description", m->doc);
    hv_json_key(j, "fields");
    hv_json_array_begin(j);
    for (size_t f = 0; f < m->value.field_count; f++)
        if (m->value.fields[f].valid)
            put_field(j, &m->value.fields[f]);
    hv_json_array_end(j);
    put_sources(j, &m->sources);
    hv_json_object_end(j);
}

/* "msr_base", "msr_allocations" and "msrs" of an interface. */
static void put_interface_msrs(hv_json *j, const hv_interface *iface)
{
    const hv_msr_base *mb = &iface->msr_base;
    hv_json_key(j, "msr_base");
    if (mb->present && mb->valid) {
        hv_json_object_begin(j);
        hv_json_kv_uint(j, "default", mb->default_base);
        hv_json_kv_uint(j, "leaf", mb->leaf_offset);
        hv_json_kv_string(j, "field", mb->field_name);
        hv_json_object_end(j);
    } else {
        hv_json_null(j);
    }
    hv_json_key(j, "msr_allocations");
    hv_json_array_begin(j);
    for (size_t a = 0; a < iface->msr_allocation_count; a++)
        if (iface->msr_allocations[a].valid)
            put_msr_allocation(j, &iface->msr_allocations[a]);
    hv_json_array_end(j);
    hv_json_key(j, "msrs");
    hv_json_array_begin(j);
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid)
            put_msr(j, &iface->msrs[m]);
    hv_json_array_end(j);
}

static void put_interface(hv_json *j, const hv_registry *reg, const hv_interface *iface)
{
    hv_json_object_begin(j);
    hv_json_kv_string(j, "id", iface->id);
    hv_json_kv_string(j, "name", iface->name);
    hv_json_kv_string(j, "vendor", iface->vendor->id);
    hv_json_kv_string(j, "status", hv_status_name(iface->status));
    put_signature(j, "vendor_signature_hex", "vendor_signature", &iface->vendor_sig, 12);
    put_signature(j, "interface_signature_hex", "interface_signature", &iface->iface_sig, 4);
    hv_json_kv_string(j, "signature_certainty",
                      iface->signature_uncertain ? "uncertain" : "confirmed");
    put_optional_uint(j, "default_base", iface->has_default_base, iface->default_base_valid,
                      iface->default_base);
    put_optional_uint(j, "min_base", iface->has_min_base, iface->min_base_valid, iface->min_base);
    put_optional_uint(j, "max_leaf", iface->has_max_leaf, iface->max_leaf_valid, iface->max_leaf);
    uint32_t bases[256];
    size_t nb = hv_interface_bases(reg, iface, bases, sizeof bases / sizeof bases[0]);
    hv_json_key(j, "bases");
    hv_json_array_begin(j);
    for (size_t b = 0; b < nb; b++)
        hv_json_uint(j, bases[b]);
    hv_json_array_end(j);
    hv_json_kv_string(j, "description", iface->doc);
    put_sources(j, &iface->sources);
    hv_json_key(j, "allocations");
    hv_json_array_begin(j);
    for (size_t a = 0; a < iface->allocation_count; a++)
        if (iface->allocations[a].valid)
            put_allocation(j, &iface->allocations[a]);
    hv_json_array_end(j);
    hv_json_key(j, "follows");
    hv_json_array_begin(j);
    for (size_t f = 0; f < iface->follows_count; f++)
        hv_json_string(j, iface->follows[f].allocation_id);
    hv_json_array_end(j);
    hv_json_key(j, "leaves");
    hv_json_array_begin(j);
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid)
            put_leaf(j, &iface->leaves[l]);
    hv_json_array_end(j);
    put_interface_msrs(j, iface);
    hv_json_object_end(j);
}

static void put_hypervisor(hv_json *j, const hv_hypervisor *hv)
{
    hv_json_object_begin(j);
    hv_json_kv_string(j, "id", hv->id);
    hv_json_kv_string(j, "name", hv->name);
    hv_json_kv_string(j, "vendor", hv->vendor->id);
    hv_json_kv_string(j, "status", hv_status_name(hv->status));
    hv_json_kv_string(j, "description", hv->doc);
    hv_json_key(j, "presents");
    hv_json_array_begin(j);
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        hv_json_object_begin(j);
        hv_json_kv_string(j, "interface", pr->interface_id);
        hv_json_kv_uint(j, "base", pr->base);
        put_signature(j, "vendor_signature_hex", "vendor_signature", &pr->vendor_sig, 12);
        hv_json_kv_string(j, "overrides", pr->overrides);
        hv_json_kv_string(j, "description", pr->doc);
        hv_json_key(j, "msr_base");
        if (pr->has_msr_base && pr->msr_base_valid)
            hv_json_uint(j, pr->msr_base);
        else
            hv_json_null(j);
        put_msr_names(j, "msrs", &pr->msrs);
        put_check_acks(j, &pr->check_acks);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
    put_sources(j, &hv->sources);
    hv_json_object_end(j);
}

static void put_registry(const hv_registry *reg, hv_strbuf *out)
{
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-registry", 1);
    hv_json_kv_string(&j, "generator", "hvcpuid " HVCPUID_VERSION);
    hv_json_key(&j, "vendors");
    hv_json_array_begin(&j);
    for (size_t v = 0; v < reg->vendor_count; v++) {
        hv_json_object_begin(&j);
        hv_json_kv_string(&j, "id", reg->vendors[v]->id);
        hv_json_kv_string(&j, "name", reg->vendors[v]->name);
        hv_json_kv_string(&j, "description", reg->vendors[v]->doc);
        put_sources(&j, &reg->vendors[v]->sources);
        hv_json_object_end(&j);
    }
    hv_json_array_end(&j);
    hv_json_key(&j, "interfaces");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < reg->interface_count; i++)
        put_interface(&j, reg, reg->interfaces[i]);
    hv_json_array_end(&j);
    hv_json_key(&j, "hypervisors");
    hv_json_array_begin(&j);
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        put_hypervisor(&j, reg->hypervisors[h]);
    hv_json_array_end(&j);
    hv_json_key(&j, "allocations");
    hv_json_array_begin(&j);
    for (size_t a = 0; a < reg->allocation_count; a++)
        if (!reg->allocations[a]->owner && reg->allocations[a]->valid)
            put_allocation(&j, reg->allocations[a]);
    hv_json_array_end(&j);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}

bool hv_emit_json(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "registry.json");
    if (!out)
        return false;
    put_registry(ctx->reg, out);
    return !out->failed;
}
