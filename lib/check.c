/* check.c - values that contradict the registry: reserved bits set, bits no
 * field describes, and sub-leaves that repeat one another or hold what a
 * missing sub-leaf defines (the Xen AWS dump's leaf 0x40000003 sub-leaf 2
 * carries sub-leaf 1's layout). Findings go to a callback; nothing is
 * allocated. */
#include <string.h>

#include "hvcpuid.h"

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
            hvcpuid_finding x = {HVCPUID_FIND_RESERVED_SET, 1, 0, r, def, reg, res, 0, 0};
            report(c, &x);
        }
        if (loose) {
            hvcpuid_finding x = {HVCPUID_FIND_UNDESCRIBED, 0, 0, r, def, reg, loose, 0, 0};
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

/* An indexed leaf: sub-leaves identical to an earlier one, defined
 * sub-leaves missing below a present one, and a present sub-leaf holding
 * values in registers only a missing sub-leaf describes. */
static void check_indexed(checker *c, size_t first, size_t end, uint32_t offset)
{
    const hvcpuid_interface *iface = c->f->iface;
    const hvcpuid_result *items = c->set->items;
    for (size_t i = first; i < end; i++) {
        for (size_t j = first; j < i; j++)
            if (!memcmp(items[i].regs, items[j].regs, sizeof items[i].regs) &&
                nonzero_regs(&items[i])) {
                hvcpuid_finding x = {HVCPUID_FIND_SUBLEAF_REPEAT,
                                     1,
                                     0,
                                     &items[i],
                                     hvcpuid_find_leaf(iface, offset, items[i].subleaf),
                                     0,
                                     0,
                                     items[j].subleaf,
                                     0};
                report(c, &x);
                break;
            }
        const hvcpuid_leaf_def *def = hvcpuid_find_leaf(iface, offset, items[i].subleaf);
        for (uint32_t s = 0; def && s < items[i].subleaf; s++) {
            const hvcpuid_leaf_def *missing = hvcpuid_find_leaf(iface, offset, s);
            if (!missing || hvcpuid_results_find(c->set, items[i].leaf, s))
                continue;
            uint32_t odd = nonzero_regs(&items[i]) & ~described_regs(def) & described_regs(missing);
            hvcpuid_finding x = {odd ? HVCPUID_FIND_SUBLEAF_LOOKS : HVCPUID_FIND_SUBLEAF_MISSING,
                                 odd != 0,
                                 0,
                                 &items[i],
                                 def,
                                 0,
                                 0,
                                 s,
                                 odd};
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
                                 items[first].subleaf,     0};
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
        for (size_t k = i; k < end; k++) {
            const hvcpuid_result *r = &results->items[k];
            const hvcpuid_leaf_def *def = hvcpuid_find_leaf(f->iface, offset, r->subleaf);
            if (def && (indexed || k == i)) {
                check_bits(&c, r, def);
            } else if (!def && (indexed || k == i) && nonzero_regs(r)) {
                hvcpuid_finding x = {HVCPUID_FIND_UNKNOWN_LEAF, 0, 0, r, NULL, 0, 0, 0, 0};
                report(&c, &x);
            }
        }
        if (indexed)
            check_indexed(&c, i, end, offset);
        else if (end - i > 1)
            check_plain(&c, i, end, hvcpuid_find_leaf(f->iface, offset, 0));
        i = end;
    }
    return c.errors;
}
