/* gen/emit/anchors.c - fragment identifiers for the HTML spec (scheme in gen/emit/anchors.h)
 * and the location index that links diagnostics to what they are about. */
#include "gen/emit/anchors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"
#include "validate/util/strbuf.h"

char *hv_anchor_vendor(const hv_vendor *v)
{
    return hv_asprintf("vendor_%s", v->id);
}

char *hv_anchor_interface(const hv_interface *iface)
{
    return hv_asprintf("interface_%s", iface->id);
}

char *hv_anchor_hypervisor(const hv_hypervisor *hv)
{
    return hv_asprintf("hypervisor_%s", hv->id);
}

char *hv_anchor_allocation(const hv_allocation *a)
{
    if (a->id || !a->owner)
        return hv_asprintf("allocation_%s", a->id ? a->id : "");
    size_t n = (size_t)(a - a->owner->allocations) + 1;
    return hv_asprintf("allocation_%s.%zu", a->owner->id, n);
}

char *hv_anchor_leaf(const hv_leaf *leaf)
{
    if (leaf->has_subleaf)
        return hv_asprintf("%s-0x%x.0x%x", leaf->iface->id, leaf->offset, leaf->subleaf);
    return hv_asprintf("%s-0x%x", leaf->iface->id, leaf->offset);
}

char *hv_anchor_msr(const hv_msr *m)
{
    return hv_asprintf("msr_%s-0x%x", m->iface->id, m->address);
}

char *hv_anchor_msr_allocation(const hv_allocation *a)
{
    size_t n = (size_t)(a - a->owner->msr_allocations) + 1;
    return hv_asprintf("msr-allocation_%s.%zu", a->owner->id, n);
}

char *hv_anchor_msr_map(const hv_hypervisor *hv)
{
    return hv_asprintf("msrmap_%s", hv->id);
}

char *hv_anchor_register(const hv_register *r)
{
    if (r->msr)
        return hv_anchor_msr(r->msr);
    char *leaf = hv_anchor_leaf(r->leaf);
    char *s = leaf ? hv_asprintf("%s-%s", leaf, hv_reg_name(r->reg)) : NULL;
    free(leaf);
    return s;
}

char *hv_anchor_field(const hv_field *f)
{
    char *reg = hv_anchor_register(f->reg);
    char *s = reg ? hv_asprintf("%s-%s", reg, f->name ? f->name : "reserved") : NULL;
    free(reg);
    return s;
}

/* ---- the location index ------------------------------------------------- */

static bool add(hv_anchor_index *index, hv_loc loc, char *anchor)
{
    if (!anchor)
        return false;
    if (!loc.file) {
        free(anchor);
        return true;
    }
    if (!HV_GROW(index->items, index->count, index->cap)) {
        free(anchor);
        return false;
    }
    index->items[index->count++] = (hv_anchor_entry){loc, anchor};
    return true;
}

static bool add_leaf(hv_anchor_index *index, const hv_leaf *leaf)
{
    bool ok = add(index, leaf->loc, hv_anchor_leaf(leaf));
    for (size_t r = 0; r < leaf->register_count; r++) {
        const hv_register *reg = &leaf->registers[r];
        ok = ok && add(index, reg->loc, hv_anchor_register(reg));
        for (size_t f = 0; f < reg->field_count; f++) {
            const hv_field *field = &reg->fields[f];
            /* A reserved range has no section of its own: its register's. */
            ok = ok && add(index, field->loc,
                           field->reserved ? hv_anchor_register(reg) : hv_anchor_field(field));
        }
    }
    return ok;
}

static bool add_msrs(hv_anchor_index *index, const hv_interface *iface)
{
    bool ok = true;
    for (size_t a = 0; a < iface->msr_allocation_count; a++)
        ok = ok && add(index, iface->msr_allocations[a].loc,
                       hv_anchor_msr_allocation(&iface->msr_allocations[a]));
    for (size_t m = 0; m < iface->msr_count && ok; m++) {
        const hv_register *value = &iface->msrs[m].value;
        ok = add(index, iface->msrs[m].loc, hv_anchor_msr(&iface->msrs[m]));
        for (size_t f = 0; f < value->field_count; f++) {
            const hv_field *field = &value->fields[f];
            ok = ok && add(index, field->loc,
                           field->reserved ? hv_anchor_register(value) : hv_anchor_field(field));
        }
    }
    return ok;
}

static bool add_interface(hv_anchor_index *index, const hv_interface *iface)
{
    bool ok = add(index, iface->loc, hv_anchor_interface(iface)) && add_msrs(index, iface);
    for (size_t a = 0; a < iface->allocation_count; a++)
        ok = ok &&
             add(index, iface->allocations[a].loc, hv_anchor_allocation(&iface->allocations[a]));
    for (size_t l = 0; l < iface->leaf_count; l++)
        ok = ok && add_leaf(index, &iface->leaves[l]);
    return ok;
}

static int compare_entries(const void *a, const void *b)
{
    const hv_anchor_entry *x = a, *y = b;
    int c = hv_loc_compare(x->loc, y->loc);
    return c ? c : strcmp(x->anchor, y->anchor);
}

bool hv_anchor_index_build(const hv_registry *reg, hv_anchor_index *index)
{
    memset(index, 0, sizeof *index);
    bool ok = true;
    for (size_t v = 0; v < reg->vendor_count; v++) {
        const hv_vendor *vendor = reg->vendors[v];
        ok = ok && add(index, vendor->loc, hv_anchor_vendor(vendor));
        for (size_t i = 0; i < vendor->interface_count; i++)
            ok = ok && add_interface(index, &vendor->interfaces[i]);
        for (size_t h = 0; h < vendor->hypervisor_count; h++) {
            const hv_hypervisor *hv = &vendor->hypervisors[h];
            ok = ok && add(index, hv->loc, hv_anchor_hypervisor(hv));
            for (size_t p = 0; p < hv->presents_count; p++)
                ok = ok && add(index, hv->presents[p].loc, hv_anchor_hypervisor(hv));
        }
        for (size_t a = 0; a < vendor->allocation_count; a++)
            ok = ok && add(index, vendor->allocations[a].loc,
                           hv_anchor_allocation(&vendor->allocations[a]));
    }
    if (!ok) {
        hv_anchor_index_free(index);
        return false;
    }
    qsort(index->items, index->count, sizeof *index->items, compare_entries);
    return true;
}

const char *hv_anchor_index_find(const hv_anchor_index *index, hv_loc loc)
{
    if (!loc.file)
        return NULL;
    /* Binary search for the first entry after loc; the one before it is
     * the innermost object at or before loc, if it is in the same file. */
    size_t lo = 0, hi = index->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hv_loc_compare(index->items[mid].loc, loc) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || strcmp(index->items[lo - 1].loc.file, loc.file) != 0)
        return NULL;
    return index->items[lo - 1].anchor;
}

void hv_anchor_index_free(hv_anchor_index *index)
{
    for (size_t i = 0; i < index->count; i++)
        free(index->items[i].anchor);
    free(index->items);
    memset(index, 0, sizeof *index);
}
