/* gen/emit/tables_msr.c - the synthetic-MSR table of the lib/ decoder tables:
 * for every interface with MSRs, each MSR's address, name and upstream macro,
 * the CPUID fields that announce it, and a relocatable interface's default
 * MSR base with the field that reports it. Fields are named by their index
 * in the converted leaf (registers eax..edx, fields by lsb: the order
 * gen/emit/tables_from_model.c converts them in), so lib/ can read them
 * from a dump without a name lookup. */
#include "gen/emit/tables_from_model.h"

/* Where tables_from_model.c puts field `f` of `iface`. */
static hvcpuid_field_ref field_ref(const hv_interface *iface, const hv_field *f)
{
    const hv_leaf *leaf = f->reg->leaf;
    uint32_t k = 0;
    for (const hv_register *r = leaf->registers; r < f->reg; r++)
        k += (uint32_t)r->field_count;
    k += (uint32_t)(f - f->reg->fields);
    return (hvcpuid_field_ref){(uint32_t)(leaf - iface->leaves), k};
}

/* Collects the refs of the fields announcing one MSR. */
typedef struct refs {
    const hv_interface *iface;
    hvcpuid_field_ref *out;
    size_t n;
} refs;

static void add_ref(void *ctx, const hv_field *f)
{
    refs *r = ctx;
    r->out[r->n++] = field_ref(r->iface, f);
}

static bool convert_msr(hv_arena *arena, const hv_interface *iface, const hv_msr *src,
                        hvcpuid_msr_def *dst)
{
    size_t n = hv_msr_announcers(src, NULL, NULL);
    refs r = {iface, n ? hv_arena_array(arena, n, sizeof *r.out) : NULL, 0};
    if (n && !r.out)
        return false;
    if (n)
        hv_msr_announcers(src, add_ref, &r);
    *dst = (hvcpuid_msr_def){src->address, src->name, src->upstream, r.out, (uint32_t)n};
    return true;
}

static bool convert_interface_msrs(hv_arena *arena, const hv_interface *iface, uint32_t index,
                                   hvcpuid_interface_msrs *dst)
{
    size_t n = 0;
    for (size_t m = 0; m < iface->msr_count; m++)
        n += iface->msrs[m].valid;
    hvcpuid_msr_def *defs = hv_arena_array(arena, n, sizeof *defs);
    if (!defs)
        return false;
    size_t k = 0;
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid && !convert_msr(arena, iface, &iface->msrs[m], &defs[k++]))
            return false;
    const hv_msr_base *mb = &iface->msr_base;
    *dst = (hvcpuid_interface_msrs){index, 0, 0, {0, 0}, defs, (uint32_t)n};
    if (mb->present && mb->valid && mb->field) {
        dst->has_msr_base = 1;
        dst->msr_base_default = mb->default_base;
        dst->msr_base_from = field_ref(iface, mb->field);
    }
    return true;
}

static bool has_msrs(const hv_interface *iface)
{
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid)
            return true;
    return false;
}

bool hv_tables_msrs_from_model(const hv_registry *reg, hvcpuid_tables *out)
{
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        n += has_msrs(reg->interfaces[i]);
    out->msrs = NULL;
    out->msr_interface_count = 0;
    if (n == 0)
        return true;
    hvcpuid_interface_msrs *t = hv_arena_array(reg->arena, n, sizeof *t);
    if (!t)
        return false;
    size_t k = 0;
    for (size_t i = 0; i < reg->interface_count; i++) /* by index, as lib/ searches */
        if (has_msrs(reg->interfaces[i]) &&
            !convert_interface_msrs(reg->arena, reg->interfaces[i], (uint32_t)i, &t[k++]))
            return false;
    out->msrs = t;
    out->msr_interface_count = (uint32_t)n;
    return true;
}
