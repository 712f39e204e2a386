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

uint64_t hv_field_mask64(const hv_field *field)
{
    unsigned width = field->msb - field->lsb + 1;
    uint64_t ones = width >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << width) - 1u);
    return field->lsb < 64 ? ones << field->lsb : 0;
}

unsigned hv_register_width(const hv_register *reg)
{
    return reg->msr ? 64 : 32;
}

const char *hv_msr_access_name(hv_msr_access access)
{
    static const char *const names[] = {NULL, "r", "w", "rw"};
    return names[access];
}

size_t hv_msr_announcers(const hv_msr *m, void (*fn)(void *ctx, const hv_field *f), void *ctx)
{
    const hv_interface *iface = m->iface;
    size_t n = 0;
    for (size_t l = 0; l < iface->leaf_count; l++)
        for (size_t r = 0; r < iface->leaves[l].register_count; r++) {
            const hv_register *rg = &iface->leaves[l].registers[r];
            for (size_t f = 0; f < rg->field_count; f++)
                for (size_t k = 0; k < rg->fields[f].announces.count; k++)
                    if (rg->fields[f].announces.msrs[k] == m) {
                        if (fn)
                            fn(ctx, &rg->fields[f]);
                        n++;
                        break;
                    }
        }
    return n;
}

const hv_msr *hv_interface_find_msr(const hv_interface *iface, const char *name)
{
    if (iface->msrs_by_name) {
        size_t lo = 0, hi = iface->msr_named_count;
        while (lo < hi) { /* the leftmost match */
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(iface->msrs_by_name[mid]->name, name) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < iface->msr_named_count && strcmp(iface->msrs_by_name[lo]->name, name) == 0
                   ? iface->msrs_by_name[lo]
                   : NULL;
    }
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].name && strcmp(iface->msrs[m].name, name) == 0)
            return &iface->msrs[m];
    return NULL;
}

const hv_check_ack *hv_check_acks_find(const hv_check_acks *acks, const char *check)
{
    for (size_t i = 0; i < acks->count; i++)
        if (acks->items[i].check && strcmp(acks->items[i].check, check) == 0)
            return &acks->items[i];
    return NULL;
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
