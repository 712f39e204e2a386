/* validate/model.c - small queries over a loaded registry. */
#include "validate/model.h"

#include <stdlib.h>
#include <string.h>

const char *hv_status_name(hv_status status)
{
    static const char *const names[HV_STATUS_COUNT] = {
        "active", "deprecated", "proposed", "withdrawn", "reserved", "disputed", "lapsed"};
    return status < HV_STATUS_COUNT ? names[status] : "?";
}

bool hv_status_retired(hv_status status)
{
    return status == HV_STATUS_WITHDRAWN || status == HV_STATUS_LAPSED;
}

bool hv_status_in_force(hv_status status)
{
    return status == HV_STATUS_ACTIVE || status == HV_STATUS_DEPRECATED ||
           status == HV_STATUS_DISPUTED;
}

const char *hv_reg_name(hv_reg reg)
{
    static const char *const names[] = {"eax", "ebx", "ecx", "edx"};
    return reg < HV_REG_COUNT ? names[reg] : "?";
}

const char *hv_upstream_kind_name(hv_upstream_kind kind)
{
    static const char *const names[] = {NULL, "bit", "mask", "label"};
    return names[kind];
}

hv_interface *hv_registry_find_interface(const hv_registry *reg, const char *id)
{
    size_t lo = 0, hi = reg->interface_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(reg->interfaces[mid]->id, id);
        if (c == 0) {
            while (mid > 0 && strcmp(reg->interfaces[mid - 1]->id, id) == 0)
                mid--;
            return reg->interfaces[mid];
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

hv_allocation *hv_registry_find_allocation(const hv_registry *reg, const char *id)
{
    size_t lo = 0, hi = reg->allocation_id_count;
    while (lo < hi) { /* leftmost match: the first written */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(reg->allocations_by_id[mid]->id, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < reg->allocation_id_count && strcmp(reg->allocations_by_id[lo]->id, id) == 0
               ? reg->allocations_by_id[lo]
               : NULL;
}

size_t hv_interface_bases(const hv_registry *reg, const hv_interface *iface, uint32_t *bases,
                          size_t max)
{
    (void)reg; /* the loader lists each interface's bases (hv_interface.bases) */
    size_t n = iface->base_count < max ? iface->base_count : max;
    if (n)
        memcpy(bases, iface->bases, n * sizeof *bases);
    return n;
}

uint32_t hv_field_mask(const hv_field *field)
{
    unsigned width = field->msb - field->lsb + 1;
    uint32_t ones = width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u);
    return ones << field->lsb;
}

void hv_registry_free(hv_registry *reg)
{
    if (reg)
        hv_arena_free(reg->arena);
}

int hv_loc_compare(hv_loc a, hv_loc b)
{
    int c = strcmp(a.file ? a.file : "", b.file ? b.file : "");
    if (c)
        return c;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    return (a.col > b.col) - (a.col < b.col);
}

const hv_field *hv_register_find_field(const hv_register *reg, const char *name)
{
    if (reg->by_name) {
        size_t lo = 0, hi = reg->named_count;
        while (lo < hi) { /* the leftmost match: the first in bit order */
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(reg->by_name[mid]->name, name) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < reg->named_count && strcmp(reg->by_name[lo]->name, name) == 0 ? reg->by_name[lo]
                                                                                  : NULL;
    }
    for (size_t i = 0; i < reg->field_count; i++)
        if (reg->fields[i].name && strcmp(reg->fields[i].name, name) == 0)
            return &reg->fields[i];
    return NULL;
}
