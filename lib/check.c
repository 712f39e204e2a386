/* check.c - what a dump says that the registry does not: bits of reserved
 * ranges or of no field, leaves it does not define (gaps: the registry may
 * be behind the hypervisor), sub-leaves that repeat one another or differ
 * where ECX is ignored (errors: the data cannot be right), and a sub-leaf
 * that holds what a missing sub-leaf defines (the Xen AWS dump's leaf
 * 0x40000003 sub-leaf 2 carries sub-leaf 1: a warning, decoded with the
 * layout it holds). Findings go to a callback; nothing is allocated. */
#include <string.h>

#include "hvcpuid-runtime.h"

typedef struct checker {
    const hvcpuid_found *f;
    const hvcpuid_results *set;
    hvcpuid_finding_fn fn;
    void *ctx;
    unsigned errors;
} checker;

static void report(checker *c, hvcpuid_finding *x)
{
    x->found = c->f;
    c->errors += x->error != 0;
    c->fn(c->ctx, x);
}

/* Bits of each register that fields (or reserved ranges) cover. */
static void covered(const hvcpuid_leaf_def *def, uint32_t fields[4], uint32_t reserved[4])
{
    memset(fields, 0, 4 * sizeof *fields);
    memset(reserved, 0, 4 * sizeof *reserved);
    for (uint32_t i = 0; i < def->field_count; i++) {
        const hvcpuid_field *fd = &def->fields[i];
        if (fd->flags & HVCPUID_FIELD_RESERVED)
            reserved[fd->reg & 3u] |= hvcpuid_field_mask(fd);
        else
            fields[fd->reg & 3u] |= hvcpuid_field_mask(fd);
    }
}

static void check_bits(checker *c, const hvcpuid_result *r, const hvcpuid_leaf_def *def)
{
    uint32_t fields[4], reserved[4];
    covered(def, fields, reserved);
    for (unsigned reg = 0; reg < 4; reg++) {
        uint32_t res = r->regs[reg] & reserved[reg] & ~fields[reg];
        uint32_t loose = r->regs[reg] & ~reserved[reg] & ~fields[reg];
        if (res) {
            hvcpuid_finding x = {HVCPUID_FIND_RESERVED_SET, 0, 0, r, def, reg, res, 0, 0, 1, def};
            report(c, &x);
        }
        if (loose) {
            hvcpuid_finding x = {HVCPUID_FIND_UNDESCRIBED, 0, 0, r, def, reg, loose, 0, 0, 1, def};
            report(c, &x);
        }
    }
}

/* Registers (bit per register) a definition describes with named fields. */
static uint32_t described_regs(const hvcpuid_leaf_def *def)
{
    uint32_t m = 0;
    for (uint32_t i = 0; def && i < def->field_count; i++)
        if (!(def->fields[i].flags & HVCPUID_FIELD_RESERVED))
            m |= 1u << (def->fields[i].reg & 3u);
    return m;
}

static uint32_t nonzero_regs(const hvcpuid_result *r)
{
    uint32_t m = 0;
    for (unsigned k = 0; k < 4; k++)
        m |= (uint32_t)(r->regs[k] != 0) << k;
    return m;
}

const hvcpuid_leaf_def *hvcpuid_decode_def(const hvcpuid_found *f, const hvcpuid_results *results,
                                           const hvcpuid_result *r, const hvcpuid_leaf_def **own)
{
    uint32_t offset = r->leaf - f->base;
    const hvcpuid_leaf_def *def = f->iface ? hvcpuid_find_leaf(f->iface, offset, r->subleaf) : NULL;
    *own = def;
    if (!def || !def->has_subleaf)
        return def;
    uint32_t set = nonzero_regs(r);
    if (!(set & ~described_regs(def)))
        return def; /* its own layout describes every register it sets */
    for (uint32_t i = 0; i < f->iface->leaf_count; i++) { /* defined sub-leaves below it */
        const hvcpuid_leaf_def *m = &f->iface->leaves[i];
        if (m->offset == offset && m->has_subleaf && m->subleaf < r->subleaf &&
            !(set & ~described_regs(m)) && !hvcpuid_results_find(results, r->leaf, m->subleaf))
            return m;
    }
    return def;
}

/* An indexed leaf: sub-leaves identical to an earlier one, and defined
 * sub-leaves missing below a present one (unless a present one holds the
 * missing one's layout, reported as SUBLEAF_LOOKS). Only defined sub-leaves
 * are compared with each other, so the cost is bounded by the registry,
 * not by a dump that lists thousands of sub-leaves. */
static void check_indexed(checker *c, size_t first, size_t end, uint32_t offset)
{
    const hvcpuid_interface *iface = c->f->iface;
    const hvcpuid_result *items = c->set->items;
    for (size_t i = first; i < end; i++) {
        const hvcpuid_leaf_def *def = hvcpuid_find_leaf(iface, offset, items[i].subleaf), *own;
        if (!def)
            continue;
        for (size_t j = first; j < i; j++)
            if (hvcpuid_find_leaf(iface, offset, items[j].subleaf) &&
                !memcmp(items[i].regs, items[j].regs, sizeof items[i].regs) &&
                nonzero_regs(&items[i])) {
                hvcpuid_finding x = {HVCPUID_FIND_SUBLEAF_REPEAT,
                                     1,
                                     0,
                                     &items[i],
                                     def,
                                     0,
                                     0,
                                     items[j].subleaf,
                                     0,
                                     0,
                                     def};
                report(c, &x);
                break;
            }
        const hvcpuid_leaf_def *as = hvcpuid_decode_def(c->f, c->set, &items[i], &own);
        for (uint32_t s = 0; s < items[i].subleaf; s++) {
            const hvcpuid_leaf_def *missing = hvcpuid_find_leaf(iface, offset, s);
            if (!missing || missing == as || hvcpuid_results_find(c->set, items[i].leaf, s))
                continue;
            hvcpuid_finding x = {
                HVCPUID_FIND_SUBLEAF_MISSING, 0, 0, &items[i], def, 0, 0, s, 0, 0, def};
            report(c, &x);
        }
    }
}

/* A leaf defined without sub-leaves ignores ECX: other sub-leaves must
 * repeat the first. */
static void check_plain(checker *c, size_t first, size_t end, const hvcpuid_leaf_def *def)
{
    const hvcpuid_result *items = c->set->items;
    for (size_t i = first + 1; i < end; i++)
        if (memcmp(items[i].regs, items[first].regs, sizeof items[i].regs) != 0) {
            hvcpuid_finding x = {HVCPUID_FIND_IGNORES_ECX, 1, 0, &items[i], def, 0, 0,
                                 items[first].subleaf,     0, 0, def};
            report(c, &x);
        }
}

/* One result: the layout it holds, its bits against that layout, or a leaf
 * the interface does not define. */
static void check_result(checker *c, const hvcpuid_result *r)
{
    const hvcpuid_leaf_def *own, *as = hvcpuid_decode_def(c->f, c->set, r, &own);
    if (as && as != own) {
        hvcpuid_finding x = {HVCPUID_FIND_SUBLEAF_LOOKS,
                             0,
                             0,
                             r,
                             own,
                             0,
                             0,
                             as->subleaf,
                             nonzero_regs(r) & ~described_regs(own),
                             0,
                             as};
        report(c, &x);
    }
    if (as) {
        check_bits(c, r, as);
    } else if (nonzero_regs(r)) {
        hvcpuid_finding x = {HVCPUID_FIND_UNKNOWN_LEAF, 0, 0, r, NULL, 0, 0, 0, 0, 1, NULL};
        report(c, &x);
    }
}

unsigned hvcpuid_check_found(const hvcpuid_found *f, const hvcpuid_results *results,
                             hvcpuid_finding_fn fn, void *ctx)
{
    checker c = {f, results, fn, ctx, 0};
    size_t i = hvcpuid_results_lower_bound(results, f->base);
    if (!f->iface)
        return 0;
    while (i < results->count && results->items[i].leaf <= f->max_leaf) {
        size_t end = i;
        uint32_t leaf = results->items[i].leaf, offset = leaf - f->base;
        while (end < results->count && results->items[end].leaf == leaf)
            end++;
        int indexed = hvcpuid_leaf_is_indexed(f->iface, offset);
        for (size_t k = i; k < (indexed ? end : i + 1); k++)
            check_result(&c, &results->items[k]);
        if (indexed)
            check_indexed(&c, i, end, offset);
        else if (end - i > 1)
            check_plain(&c, i, end, hvcpuid_find_leaf(f->iface, offset, 0));
        i = end;
    }
    return c.errors;
}
