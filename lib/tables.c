/* tables.c - lookups over the generated decoder tables. Every table is
 * sorted when it is generated, so each lookup is a binary search. */
#include <string.h>

#include "hvcpuid-runtime.h"

const char *hvcpuid_reg_name(unsigned reg)
{
    static const char *const names[] = {"eax", "ebx", "ecx", "edx"};
    return reg < 4 ? names[reg] : "?";
}

const hvcpuid_interface *hvcpuid_find_interface(const hvcpuid_tables *t, const char *id)
{
    size_t lo = 0, hi = t->interface_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->interfaces[mid].id, id);
        if (c == 0)
            return &t->interfaces[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const hvcpuid_interface *hvcpuid_find_by_vendor_sig(const hvcpuid_tables *t, const uint8_t sig[12])
{
    size_t lo = 0, hi = t->vendor_sig_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = memcmp(t->vendor_sigs[mid].bytes, sig, 12);
        if (c == 0)
            return &t->interfaces[t->vendor_sigs[mid].interface];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const hvcpuid_interface *hvcpuid_find_by_interface_sig(const hvcpuid_tables *t,
                                                       const uint8_t sig[4])
{
    size_t lo = 0, hi = t->interface_sig_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = memcmp(t->interface_sigs[mid].bytes, sig, 4);
        if (c == 0)
            return &t->interfaces[t->interface_sigs[mid].interface];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Index of the first definition with offset >= `offset`. */
static size_t leaf_lower_bound(const hvcpuid_interface *iface, uint32_t offset)
{
    size_t lo = 0, hi = iface->leaf_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (iface->leaves[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const hvcpuid_leaf_def *hvcpuid_find_leaf(const hvcpuid_interface *iface, uint32_t offset,
                                          uint32_t subleaf)
{
    size_t lo = leaf_lower_bound(iface, offset), hi = lo;
    while (hi < iface->leaf_count && iface->leaves[hi].offset == offset)
        hi++;
    if (lo == hi)
        return NULL;
    if (!iface->leaves[lo].has_subleaf)
        return &iface->leaves[lo];
    while (lo < hi) { /* sub-leaves of one offset are sorted too */
        size_t mid = lo + (hi - lo) / 2;
        uint32_t s = iface->leaves[mid].subleaf;
        if (s == subleaf)
            return &iface->leaves[mid];
        if (s < subleaf)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int hvcpuid_leaf_is_indexed(const hvcpuid_interface *iface, uint32_t offset)
{
    size_t i = leaf_lower_bound(iface, offset);
    return i < iface->leaf_count && iface->leaves[i].offset == offset &&
           iface->leaves[i].has_subleaf;
}

const hvcpuid_enum *hvcpuid_find_enum(const hvcpuid_field *field, uint32_t value)
{
    size_t lo = 0, hi = field->value_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (field->values[mid].value == value)
            return &field->values[mid];
        if (field->values[mid].value < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

uint32_t hvcpuid_field_mask(const hvcpuid_field *field)
{
    unsigned width = (unsigned)field->msb - field->lsb + 1u;
    uint32_t ones = width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u);
    return ones << field->lsb;
}

uint32_t hvcpuid_field_value(const hvcpuid_field *field, const uint32_t regs[4])
{
    return (regs[field->reg & 3u] & hvcpuid_field_mask(field)) >> field->lsb;
}

const hvcpuid_interface_msrs *hvcpuid_find_msrs(const hvcpuid_tables *t,
                                                const hvcpuid_interface *iface)
{
    if (!t->msrs || iface < t->interfaces || iface >= t->interfaces + t->interface_count)
        return NULL;
    uint32_t index = (uint32_t)(iface - t->interfaces);
    size_t lo = 0, hi = t->msr_interface_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->msrs[mid].interface == index)
            return &t->msrs[mid];
        if (t->msrs[mid].interface < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
