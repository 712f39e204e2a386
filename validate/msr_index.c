/* validate/msr_index.c - the MSR half of indexing a loaded registry: every
 * interface's MSRs sorted by name for lookups, and the three kinds of MSR
 * reference resolved to objects (NULL when unknown, which [unknown-msr]
 * reports): the MSRs a CPUID field announces, the MSRs a product's
 * <presents msrs=...> implements, and the field an <msr-base> names. */
#include <stdlib.h>
#include <string.h>

#include "validate/model_index.h"

static int compare_msr_names(const void *pa, const void *pb)
{
    const hv_msr *a = *(const hv_msr *const *)pa, *b = *(const hv_msr *const *)pb;
    int c = strcmp(a->name, b->name);
    return c ? c : (a > b) - (a < b); /* same array: address order */
}

static bool index_names(hv_registry *reg, hv_interface *iface)
{
    size_t named = 0;
    for (size_t m = 0; m < iface->msr_count; m++)
        named += iface->msrs[m].name != NULL;
    if (named == 0)
        return true;
    const hv_msr **index = hv_arena_array(reg->arena, named, sizeof *index);
    if (!index)
        return false;
    size_t n = 0;
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].name)
            index[n++] = &iface->msrs[m];
    qsort(index, n, sizeof *index, compare_msr_names);
    iface->msrs_by_name = index;
    iface->msr_named_count = n;
    return true;
}

static int compare_ptrs(const void *pa, const void *pb)
{
    const hv_msr *a = *(const hv_msr *const *)pa, *b = *(const hv_msr *const *)pb;
    return (a > b) - (a < b); /* one array: address order */
}

/* Resolves each name, then keeps the resolved MSRs sorted and unique. */
static bool resolve_refs(hv_registry *reg, const hv_interface *iface, hv_msr_refs *refs)
{
    if (!iface || refs->count == 0)
        return true;
    refs->sorted = hv_arena_array(reg->arena, refs->count, sizeof *refs->sorted);
    if (!refs->sorted)
        return false;
    for (size_t i = 0; i < refs->count; i++) {
        refs->msrs[i] = hv_interface_find_msr(iface, refs->names[i]);
        if (refs->msrs[i])
            refs->sorted[refs->sorted_count++] = refs->msrs[i];
    }
    qsort(refs->sorted, refs->sorted_count, sizeof *refs->sorted, compare_ptrs);
    size_t unique = 0;
    for (size_t i = 0; i < refs->sorted_count; i++)
        if (unique == 0 || refs->sorted[unique - 1] != refs->sorted[i])
            refs->sorted[unique++] = refs->sorted[i];
    refs->sorted_count = unique;
    return true;
}

/* The field an <msr-base> names: in the interface's leaf at that offset
 * (any sub-leaf, any register), by name. */
static void resolve_base_field(hv_interface *iface)
{
    hv_msr_base *base = &iface->msr_base;
    if (!base->present || !base->valid || !base->field_name)
        return;
    for (size_t l = 0; l < iface->leaf_count && !base->field; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (!leaf->valid || leaf->offset != base->leaf_offset)
            continue;
        for (size_t r = 0; r < leaf->register_count && !base->field; r++)
            base->field = hv_register_find_field(&leaf->registers[r], base->field_name);
    }
}

static bool resolve_announces(hv_registry *reg, hv_interface *iface)
{
    bool ok = true;
    for (size_t l = 0; l < iface->leaf_count; l++)
        for (size_t r = 0; r < iface->leaves[l].register_count; r++) {
            hv_register *rg = &iface->leaves[l].registers[r];
            for (size_t f = 0; f < rg->field_count; f++)
                ok &= resolve_refs(reg, iface, &rg->fields[f].announces);
        }
    return ok;
}

bool hv_model_index_msrs(hv_registry *reg)
{
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_interface *iface = reg->interfaces[i];
        if (!index_names(reg, iface) || !resolve_announces(reg, iface))
            return false;
        resolve_base_field(iface);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (!resolve_refs(reg, hv->presents[p].iface, &hv->presents[p].msrs))
                return false;
    }
    return true;
}
