/* gen/decode/msrs.c - which synthetic MSRs a found interface offers the guest
 * (see gen/decode/msrs.h). The registry says which CPUID bits announce each
 * MSR and which field reports a relocatable MSR base (lib/ tables); the dump
 * says which bits are set and where the base is. */
#include "gen/decode/msrs.h"

/* The dump's result for the interface's leaf `def`: the exact sub-leaf for
 * an indexed leaf, else the first sub-leaf given; NULL when the leaf is
 * absent or beyond the found max leaf. */
static const hvcpuid_result *result_of(const hv_decode_findings *r, const hvcpuid_found *f,
                                       const hvcpuid_leaf_def *def)
{
    const hvcpuid_results *set = r->in->results;
    uint32_t leaf = f->base + def->offset;
    if (leaf > f->max_leaf)
        return NULL;
    if (def->has_subleaf)
        return hvcpuid_results_find(set, leaf, def->subleaf);
    size_t at = hvcpuid_results_lower_bound(set, leaf);
    return at < set->count && set->items[at].leaf == leaf ? &set->items[at] : NULL;
}

/* The field a ref names, when the interface has that leaf and field. */
static const hvcpuid_field *field_of(const hvcpuid_interface *iface, hvcpuid_field_ref ref,
                                     const hvcpuid_leaf_def **def)
{
    if (ref.leaf >= iface->leaf_count || ref.field >= iface->leaves[ref.leaf].field_count)
        return NULL;
    *def = &iface->leaves[ref.leaf];
    return &(*def)->fields[ref.field];
}

static void find_base(const hv_decode_findings *r, const hvcpuid_found *f,
                      const hvcpuid_interface_msrs *im, hv_decode_msr_base *base)
{
    *base = (hv_decode_msr_base){im->has_msr_base != 0, false, im->msr_base_default, 0};
    const hvcpuid_leaf_def *def = NULL;
    const hvcpuid_field *fd = im->has_msr_base ? field_of(f->iface, im->msr_base_from, &def) : NULL;
    const hvcpuid_result *res = fd ? result_of(r, f, def) : NULL;
    if (res) {
        base->from_dump = true;
        base->base = hvcpuid_field_value(fd, res->regs);
        base->leaf = res->leaf;
    }
}

/* The first announcing bit of `m` the dump sets (*leaf: its absolute
 * leaf), or NULL. */
static const hvcpuid_field *set_announcer(const hv_decode_findings *r, const hvcpuid_found *f,
                                          const hvcpuid_msr_def *m, uint32_t *leaf)
{
    for (uint32_t k = 0; k < m->announced_by_count; k++) {
        const hvcpuid_leaf_def *def = NULL;
        const hvcpuid_field *fd = field_of(f->iface, m->announced_by[k], &def);
        const hvcpuid_result *res = fd ? result_of(r, f, def) : NULL;
        if (res && hvcpuid_field_value(fd, res->regs) != 0) {
            *leaf = res->leaf;
            return fd;
        }
    }
    return NULL;
}

size_t hv_decode_msrs(const hv_decode_findings *r, const hvcpuid_found *f, hv_decode_msr_base *base,
                      hv_decode_msr_fn fn, void *ctx)
{
    const hvcpuid_interface_msrs *im = f->iface ? hvcpuid_find_msrs(r->in->tables, f->iface) : NULL;
    *base = (hv_decode_msr_base){false, false, 0, 0};
    if (!im)
        return 0;
    find_base(r, f, im, base);
    for (uint32_t i = 0; i < im->msr_count; i++) {
        const hvcpuid_msr_def *m = &im->msrs[i];
        hv_decode_msr out = {m, m->address, NULL, 0};
        if (m->announced_by_count) {
            out.announced = set_announcer(r, f, m, &out.announced_leaf);
            if (!out.announced)
                continue;
        }
        if (base->relocatable)
            out.address = base->base + (m->address - im->msr_base_default);
        fn(ctx, &out);
    }
    return im->msr_count;
}
