/* validate/free.c - the free-space query (see validate/free.h), on the collision
 * model of validate/claims.h. */
#include "validate/free.h"

#include <stdio.h>
#include <string.h>

/* Everything a neighbour uses or holds at its base counts as taken. */
static void take_neighbour(void *arg, const hv_presents *pr)
{
    hv_offsets_of_interface(pr->iface, pr, HV_OFFSETS_USED | HV_OFFSETS_HELD, arg);
}

/* What the interface and everything shown beside it at any of its bases
 * (by a product that is not withdrawn) use or hold. */
static void take_interface(const hv_registry *reg, const hv_interface *iface, hv_offsets *taken)
{
    hv_offsets_of_interface(iface, NULL, HV_OFFSETS_USED | HV_OFFSETS_HELD, taken);
    for (size_t p = 0; p < iface->placement_count; p++) {
        const hv_presents *pr = iface->placements[p];
        if (!pr->valid)
            continue;
        hv_offsets_of_interface(iface, pr, HV_OFFSETS_USED, taken); /* a product's own string */
        hv_neighbours_at(reg, pr->base, iface, take_neighbour, taken);
    }
}

bool hv_free_offsets(const hv_registry *reg, const hv_free_query *q, hv_offsets *free_set,
                     char *err, size_t errlen)
{
    hv_offsets taken;
    memset(&taken, 0, sizeof taken);
    hv_offsets_of_generics(reg, &taken);
    if (q->has_base) {
        if (!hv_is_base(q->base)) {
            snprintf(err, errlen,
                     "0x%08x is not a hypervisor base; bases are multiples of 0x100 from "
                     "0x40000000 to 0x4000ff00",
                     q->base);
            return false;
        }
        hv_neighbours_at(reg, q->base, NULL, take_neighbour, &taken);
    }
    if (q->interface_id) {
        const hv_interface *iface = hv_registry_find_interface(reg, q->interface_id);
        if (!iface) {
            snprintf(err, errlen, "no interface '%s' in the registry", q->interface_id);
            return false;
        }
        take_interface(reg, iface, &taken);
    }
    for (size_t o = 0; o < HV_WINDOW_SIZE; o++)
        free_set->at[o] = !taken.at[o];
    return true;
}

static const hv_leaf *find_leaf(const hv_interface *iface, const hv_free_query *q)
{
    for (size_t l = 0; l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && leaf->offset == q->leaf && leaf->has_subleaf == q->has_subleaf &&
            (!q->has_subleaf || leaf->subleaf == q->subleaf))
            return leaf;
    }
    return NULL;
}

bool hv_free_bits_of(const hv_registry *reg, const hv_free_query *q, hv_free_bits *out, char *err,
                     size_t errlen)
{
    memset(out, 0, sizeof *out);
    const hv_interface *iface = hv_registry_find_interface(reg, q->interface_id);
    if (!iface) {
        snprintf(err, errlen, "no interface '%s' in the registry", q->interface_id);
        return false;
    }
    const hv_leaf *leaf = find_leaf(iface, q);
    if (!leaf) {
        snprintf(err, errlen, "interface '%s' defines no leaf 0x%02x%s", iface->id, q->leaf,
                 q->has_subleaf ? " with that sub-leaf" : "");
        return false;
    }
    uint32_t reserved = 0;
    for (size_t r = 0; r < leaf->register_count; r++) {
        const hv_register *rg = &leaf->registers[r];
        if (strcmp(hv_reg_name(rg->reg), q->reg_name) != 0)
            continue;
        for (size_t f = 0; f < rg->field_count; f++)
            if (rg->fields[f].valid)
                *(rg->fields[f].reserved ? &reserved : &out->named) |=
                    hv_field_mask(&rg->fields[f]);
    }
    out->reserved = reserved & ~out->named;
    return true;
}
