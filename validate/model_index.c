/* validate/model_index.c - the loaded model's sorted views and resolved
 * references: the registry-wide arrays sorted by id (so every output's
 * order is independent of file and element order), <presents> and
 * <follows> resolved to their objects, each interface's placements and
 * bases, and the allocations indexed by id. It works on model objects only;
 * nothing here knows XML or files. */
#include "validate/model_index.h"

#include <stdlib.h>
#include <string.h>

typedef struct indexer {
    hv_registry *reg;
    bool oom;
} indexer;

static void *array(indexer *x, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    void *p = hv_arena_array(x->reg->arena, n, size);
    if (!p)
        x->oom = true;
    return p;
}

static int compare_ids(const char *a, const char *b, hv_loc la, hv_loc lb)
{
    int c = strcmp(a ? a : "", b ? b : "");
    if (c)
        return c;
    c = strcmp(la.file ? la.file : "", lb.file ? lb.file : "");
    if (c)
        return c;
    return (la.line > lb.line) - (la.line < lb.line);
}

static int compare_vendor_ptrs(const void *pa, const void *pb)
{
    const hv_vendor *a = *(hv_vendor *const *)pa, *b = *(hv_vendor *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static int compare_interface_ptrs(const void *pa, const void *pb)
{
    const hv_interface *a = *(hv_interface *const *)pa, *b = *(hv_interface *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static int compare_hypervisor_ptrs(const void *pa, const void *pb)
{
    const hv_hypervisor *a = *(hv_hypervisor *const *)pa, *b = *(hv_hypervisor *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static const char *allocation_key(const hv_allocation *a)
{
    return a->owner ? a->owner->id : a->id;
}

static int compare_allocation_ptrs(const void *pa, const void *pb)
{
    const hv_allocation *a = *(hv_allocation *const *)pa, *b = *(hv_allocation *const *)pb;
    int c = strcmp(allocation_key(a) ? allocation_key(a) : "",
                   allocation_key(b) ? allocation_key(b) : "");
    if (c)
        return c;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return compare_ids(NULL, NULL, a->loc, b->loc);
}

static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The interface's bases: its default base and each placement's, sorted and
 * unique, listed once here so no later pass scans every hypervisor. */
static void list_bases(indexer *x, hv_interface *iface)
{
    size_t n = 0;
    iface->bases = array(x, iface->placement_count + 1, sizeof *iface->bases);
    if (!iface->bases)
        return;
    if (iface->has_default_base && iface->default_base_valid)
        iface->bases[n++] = iface->default_base;
    for (size_t p = 0; p < iface->placement_count; p++)
        if (iface->placements[p]->valid)
            iface->bases[n++] = iface->placements[p]->base;
    qsort(iface->bases, n, sizeof *iface->bases, compare_u32);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++)
        if (unique == 0 || iface->bases[unique - 1] != iface->bases[i])
            iface->bases[unique++] = iface->bases[i];
    iface->base_count = unique;
}

/* Gives each interface the list of <presents> that place it (hypervisors
 * in id order), so its bases never need a scan of every hypervisor. A
 * retired (withdrawn or lapsed) hypervisor's placements are history, not
 * registered bases. Every placement learns its product. */
static void link_placements(indexer *x)
{
    hv_registry *reg = x->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++)
            reg->hypervisors[h]->presents[p].hypervisor = reg->hypervisors[h];
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++)
            if (reg->hypervisors[h]->presents[p].iface &&
                !hv_status_retired(reg->hypervisors[h]->status))
                reg->hypervisors[h]->presents[p].iface->placement_count++;
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_interface *iface = reg->interfaces[i];
        size_t want = iface->placement_count;
        iface->placement_count = 0;
        iface->placements = array(x, want, sizeof *iface->placements);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; !hv_status_retired(hv->status) && p < hv->presents_count; p++) {
            hv_interface *iface = hv->presents[p].iface;
            if (iface && iface->placements)
                iface->placements[iface->placement_count++] = &hv->presents[p];
        }
    }
    for (size_t i = 0; i < reg->interface_count; i++)
        list_bases(x, reg->interfaces[i]);
}

static int compare_allocation_ids(const void *pa, const void *pb)
{
    const hv_allocation *a = *(hv_allocation *const *)pa, *b = *(hv_allocation *const *)pb;
    int c = strcmp(a->id, b->id);
    return c ? c : hv_loc_compare(a->loc, b->loc);
}

/* Allocations with an id, sorted by id then location: lookups by id are a
 * binary search and duplicate ids sit side by side. */
static void index_allocation_ids(indexer *x)
{
    hv_registry *reg = x->reg;
    size_t n = 0;
    for (size_t a = 0; a < reg->allocation_count; a++)
        n += reg->allocations[a]->id != NULL;
    reg->allocations_by_id = array(x, n, sizeof *reg->allocations_by_id);
    if (!reg->allocations_by_id)
        return;
    for (size_t a = 0; a < reg->allocation_count; a++)
        if (reg->allocations[a]->id)
            reg->allocations_by_id[reg->allocation_id_count++] = reg->allocations[a];
    qsort(reg->allocations_by_id, reg->allocation_id_count, sizeof *reg->allocations_by_id,
          compare_allocation_ids);
}

/* The registry-wide arrays, in load order: every vendor, interface,
 * hypervisor and allocation (generic and owned). */
static void collect(indexer *x, hv_vendor *const *vendors, size_t vendor_count)
{
    hv_registry *reg = x->reg;
    size_t ni = 0, nh = 0, na = 0;
    for (size_t v = 0; v < vendor_count; v++) {
        ni += vendors[v]->interface_count;
        nh += vendors[v]->hypervisor_count;
        na += vendors[v]->allocation_count;
        for (size_t i = 0; i < vendors[v]->interface_count; i++)
            na += vendors[v]->interfaces[i].allocation_count;
    }
    reg->vendors = array(x, vendor_count, sizeof *reg->vendors);
    reg->interfaces = array(x, ni, sizeof *reg->interfaces);
    reg->hypervisors = array(x, nh, sizeof *reg->hypervisors);
    reg->allocations = array(x, na, sizeof *reg->allocations);
    if (x->oom)
        return;
    for (size_t v = 0; v < vendor_count; v++) {
        hv_vendor *vendor = vendors[v];
        reg->vendors[reg->vendor_count++] = vendor;
        for (size_t i = 0; i < vendor->interface_count; i++) {
            hv_interface *iface = &vendor->interfaces[i];
            reg->interfaces[reg->interface_count++] = iface;
            for (size_t a = 0; a < iface->allocation_count; a++)
                reg->allocations[reg->allocation_count++] = &iface->allocations[a];
        }
        for (size_t h = 0; h < vendor->hypervisor_count; h++)
            reg->hypervisors[reg->hypervisor_count++] = &vendor->hypervisors[h];
        for (size_t a = 0; a < vendor->allocation_count; a++)
            reg->allocations[reg->allocation_count++] = &vendor->allocations[a];
    }
}

static void sort_by_id(hv_registry *reg)
{
    if (reg->vendor_count)
        qsort(reg->vendors, reg->vendor_count, sizeof *reg->vendors, compare_vendor_ptrs);
    if (reg->interface_count)
        qsort(reg->interfaces, reg->interface_count, sizeof *reg->interfaces,
              compare_interface_ptrs);
    if (reg->hypervisor_count)
        qsort(reg->hypervisors, reg->hypervisor_count, sizeof *reg->hypervisors,
              compare_hypervisor_ptrs);
    if (reg->allocation_count)
        qsort(reg->allocations, reg->allocation_count, sizeof *reg->allocations,
              compare_allocation_ptrs);
}

static void resolve_presents(hv_registry *reg)
{
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].interface_id)
                hv->presents[p].iface =
                    hv_registry_find_interface(reg, hv->presents[p].interface_id);
    }
}

/* <follows> and <acknowledges> name allocations by id. */
static void resolve_follows(hv_registry *reg)
{
    for (size_t i = 0; i < reg->allocation_count; i++) {
        hv_allocation *a = reg->allocations[i];
        for (size_t k = 0; k < a->ack_count; k++)
            if (a->acks[k].allocation_id)
                a->acks[k].allocation = hv_registry_find_allocation(reg, a->acks[k].allocation_id);
    }
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_interface *iface = reg->interfaces[i];
        for (size_t f = 0; f < iface->follows_count; f++)
            if (iface->follows[f].allocation_id)
                iface->follows[f].allocation =
                    hv_registry_find_allocation(reg, iface->follows[f].allocation_id);
    }
}

bool hv_model_index(hv_registry *reg, hv_vendor *const *vendors, size_t vendor_count)
{
    indexer x = {reg, false};
    collect(&x, vendors, vendor_count);
    if (x.oom)
        return false;
    sort_by_id(reg);
    resolve_presents(reg);
    link_placements(&x);
    index_allocation_ids(&x);
    resolve_follows(reg);
    if (!hv_model_index_msrs(reg))
        x.oom = true;
    return !x.oom;
}
