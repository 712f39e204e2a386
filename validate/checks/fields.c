/* validate/checks/fields.c - checks within one register or one leaf: bit ranges,
 * overlaps, duplicate names and registers, enumerated values, and the bits
 * no field describes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/parse.h"

static const char *field_label(const hv_field *f)
{
    return f->reserved ? "reserved range" : f->name ? f->name : "?";
}

void hv_bit_range_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    unsigned width = hv_register_width(reg);
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        uint32_t msb, lsb;
        const char *why;
        if (f->valid || !f->bits_text || !hv_parse_bits(f->bits_text, &msb, &lsb, &why))
            continue; /* valid, or already reported as [number] */
        if (msb >= width || lsb >= width)
            hv_report(ctx->sink, ctx->check, f->loc,
                      "bits=\"%s\" of %s: bit numbers run from 0 to %u in a %u-bit %s",
                      f->bits_text, field_label(f), width - 1, width,
                      reg->msr ? "MSR" : "register");
        else
            hv_report(ctx->sink, ctx->check, f->loc,
                      "bits=\"%s\" of %s: msb is below lsb; write the high bit first (%u:%u)",
                      f->bits_text, field_label(f), lsb, msb);
    }
}

void hv_check_bit_range(const hv_check_ctx *ctx)
{
    hv_visit_registers(ctx, hv_bit_range_in);
}

/* Fields that are declared readings of the same bits form a group: the
 * fields joined by alternative-to links, in either direction and through
 * chains of any length (a cycle is just a group). Groups are found with
 * union-find over field indices, so the cost stays near-linear. */
static size_t group_root(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]]; /* path halving */
        i = parent[i];
    }
    return i;
}

static size_t *alternative_groups(const hv_register *reg)
{
    size_t *parent = malloc(reg->field_count * sizeof *parent);
    if (!parent)
        return NULL;
    for (size_t i = 0; i < reg->field_count; i++)
        parent[i] = i;
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        const hv_field *other =
            f->alternative_to ? hv_register_find_field(reg, f->alternative_to) : NULL;
        if (other)
            parent[group_root(parent, i)] = group_root(parent, (size_t)(other - reg->fields));
    }
    return parent;
}

/* Each field is compared with the fields already seen on each of its bits,
 * at most 64 per field, so even thousands of overlapping fields cost little. */
void hv_field_overlap_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    const hv_field *owner[64] = {NULL};
    size_t owner_group[64] = {0};
    char where[128];
    size_t *parent = reg->field_count > 1 ? alternative_groups(reg) : NULL;
    if (reg->field_count > 1 && !parent) {
        hv_report(ctx->sink, ctx->check, reg->loc, "out of memory checking %zu fields",
                  reg->field_count);
        return;
    }
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        if (!f->valid || (f->alternative_to && !hv_register_find_field(reg, f->alternative_to)))
            continue; /* an unresolved alternative-to is [unknown-reference]'s finding */
        size_t group = parent ? group_root(parent, i) : i;
        const hv_field *clash = NULL;
        for (unsigned b = f->lsb; b <= f->msb && !clash; b++)
            if (owner[b] && owner_group[b] != group)
                clash = owner[b];
        if (clash) {
            hv_diag *d =
                hv_report(ctx->sink, ctx->check, f->loc,
                          "%s (bits %u:%u) overlaps %s (bits %u:%u) in %s; move one, or mark one "
                          "alternative-to the other if both readings are real",
                          field_label(f), f->msb, f->lsb, field_label(clash), clash->msb,
                          clash->lsb, hv_describe_register(reg, where, sizeof where));
            hv_diag_add_note(d, clash->loc, "%s is defined here", field_label(clash));
        }
        for (unsigned b = f->lsb; b <= f->msb; b++) {
            owner[b] = f;
            owner_group[b] = group;
        }
    }
    free(parent);
}

void hv_check_field_overlap(const hv_check_ctx *ctx)
{
    hv_visit_registers(ctx, hv_field_overlap_in);
}

static int compare_named_fields(const void *pa, const void *pb)
{
    const hv_field *a = *(const hv_field *const *)pa, *b = *(const hv_field *const *)pb;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

/* Sorting the leaf's named fields by name puts duplicates side by side. */
static void duplicate_names_in_leaf(const hv_check_ctx *ctx, const hv_leaf *leaf)
{
    size_t n = 0;
    for (size_t r = 0; r < leaf->register_count; r++)
        n += leaf->registers[r].field_count;
    if (n < 2)
        return;
    const hv_field **named = malloc(n * sizeof *named);
    if (!named)
        return;
    size_t count = 0;
    for (size_t r = 0; r < leaf->register_count; r++)
        for (size_t i = 0; i < leaf->registers[r].field_count; i++)
            if (leaf->registers[r].fields[i].name)
                named[count++] = &leaf->registers[r].fields[i];
    qsort(named, count, sizeof *named, compare_named_fields);
    size_t first = 0; /* start of the current run of equal names */
    for (size_t i = 1; i < count; i++) {
        if (strcmp(named[first]->name, named[i]->name) != 0) {
            first = i;
            continue;
        }
        hv_diag *d = hv_report(ctx->sink, ctx->check, named[i]->loc,
                               "field name '%s' is used twice in %s leaf 0x%02x; field names "
                               "must be unique within a leaf",
                               named[i]->name, leaf->iface->id, leaf->offset);
        hv_diag_add_note(d, named[first]->loc, "first used here");
    }
    free(named);
}

void hv_check_duplicate_field_name(const hv_check_ctx *ctx)
{
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        for (size_t l = 0; l < iface->leaf_count; l++)
            duplicate_names_in_leaf(ctx, &iface->leaves[l]);
    }
}

void hv_check_duplicate_register(const hv_check_ctx *ctx)
{
    for (size_t i = 0; i < ctx->reg->interface_count; i++) {
        const hv_interface *iface = ctx->reg->interfaces[i];
        for (size_t l = 0; l < iface->leaf_count; l++) {
            const hv_leaf *leaf = &iface->leaves[l];
            for (size_t r = 1; r < leaf->register_count; r++) {
                const hv_register *prev = &leaf->registers[r - 1], *reg = &leaf->registers[r];
                if (prev->reg != reg->reg)
                    continue;
                hv_diag *d = hv_report(ctx->sink, ctx->check, reg->loc,
                                       "register %s appears twice in %s leaf 0x%02x; put all "
                                       "its fields in one <register>",
                                       hv_reg_name(reg->reg), iface->id, leaf->offset);
                hv_diag_add_note(d, prev->loc, "first appears here");
            }
        }
    }
}

static int compare_values_by_value(const void *pa, const void *pb)
{
    const hv_enum_value *a = *(const hv_enum_value *const *)pa;
    const hv_enum_value *b = *(const hv_enum_value *const *)pb;
    if (a->value != b->value)
        return a->value < b->value ? -1 : 1;
    return (a > b) - (a < b); /* same array: address order is source order */
}

static int compare_values_by_name(const void *pa, const void *pb)
{
    const hv_enum_value *a = *(const hv_enum_value *const *)pa;
    const hv_enum_value *b = *(const hv_enum_value *const *)pb;
    int c = strcmp(a->name, b->name);
    return c ? c : (a > b) - (a < b);
}

/* For each value, the index of the first earlier value it repeats (by value
 * or by name, whichever comes first; SIZE_MAX for none), found by sorting
 * pointers so that thousands of values cost n log n, not n squared. */
static void first_repeats(const hv_field *f, const hv_enum_value **sorted, size_t *by_value,
                          size_t *by_name)
{
    size_t n = 0;
    for (size_t i = 0; i < f->value_count; i++) {
        by_value[i] = by_name[i] = SIZE_MAX;
        if (f->values[i].valid)
            sorted[n++] = &f->values[i];
    }
    qsort(sorted, n, sizeof *sorted, compare_values_by_value);
    for (size_t k = 1, first = 0; k < n; k++) {
        if (sorted[k]->value != sorted[first]->value)
            first = k;
        else
            by_value[sorted[k] - f->values] = (size_t)(sorted[first] - f->values);
    }
    n = 0;
    for (size_t i = 0; i < f->value_count; i++)
        if (f->values[i].name)
            sorted[n++] = &f->values[i];
    qsort(sorted, n, sizeof *sorted, compare_values_by_name);
    for (size_t k = 1, first = 0; k < n; k++) {
        if (strcmp(sorted[k]->name, sorted[first]->name) != 0)
            first = k;
        else
            by_name[sorted[k] - f->values] = (size_t)(sorted[first] - f->values);
    }
}

/* Each value is reported at most once: against the earliest value before it
 * with the same number or the same name (the number wins a tie). */
static void enum_values_of(const hv_check_ctx *ctx, const hv_field *f)
{
    uint64_t max = hv_field_mask64(f) >> f->lsb;
    size_t n = f->value_count;
    const hv_enum_value **sorted = malloc((n ? n : 1) * sizeof *sorted);
    size_t *by_value = malloc((n ? n : 1) * sizeof *by_value);
    size_t *by_name = malloc((n ? n : 1) * sizeof *by_name);
    if (!sorted || !by_value || !by_name) {
        hv_report(ctx->sink, ctx->check, f->loc, "out of memory checking %zu values", n);
        n = 0;
    } else {
        first_repeats(f, sorted, by_value, by_name);
    }
    for (size_t i = 0; i < n; i++) {
        const hv_enum_value *v = &f->values[i];
        if (!v->valid)
            continue;
        if (v->value > max) {
            hv_report(ctx->sink, ctx->check, v->loc,
                      "value %u of %s does not fit its %u-bit field (largest is %llu)", v->value,
                      field_label(f), f->msb - f->lsb + 1, (unsigned long long)max);
        }
        if (by_value[i] != SIZE_MAX && by_value[i] <= by_name[i]) {
            hv_diag *d = hv_report(ctx->sink, ctx->check, v->loc, "value %u of %s is defined twice",
                                   v->value, field_label(f));
            hv_diag_add_note(d, f->values[by_value[i]].loc, "first defined here");
        } else if (by_name[i] != SIZE_MAX) {
            hv_diag *d = hv_report(ctx->sink, ctx->check, v->loc,
                                   "value name '%s' of %s is used twice", v->name, field_label(f));
            hv_diag_add_note(d, f->values[by_name[i]].loc, "first used here");
        }
    }
    free(sorted);
    free(by_value);
    free(by_name);
}

void hv_enum_values_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    for (size_t i = 0; i < reg->field_count; i++)
        if (reg->fields[i].valid)
            enum_values_of(ctx, &reg->fields[i]);
}

void hv_check_enum_value(const hv_check_ctx *ctx)
{
    hv_visit_registers(ctx, hv_enum_values_in);
    hv_visit_msr_registers(ctx, hv_enum_values_in);
}

/* ---- register-gap ------------------------------------------------------------
 * Bits of a present register that are neither a field nor reserved. Off by
 * default (many vendors document only what they use); a registry that wants
 * every bit accounted for turns it on. */

/* Appends "23:18" or "8" for the run of gap bits lsb..msb. */
static size_t put_run(char *buf, size_t cap, size_t len, unsigned msb, unsigned lsb)
{
    if (len >= cap)
        return len;
    const char *sep = len ? ", " : "";
    int n = msb == lsb ? snprintf(buf + len, cap - len, "%s%u", sep, msb)
                       : snprintf(buf + len, cap - len, "%s%u:%u", sep, msb, lsb);
    return n > 0 ? len + (size_t)n : len;
}

static void gaps_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    uint32_t covered = 0;
    for (size_t i = 0; i < reg->field_count; i++) {
        if (!reg->fields[i].valid)
            return; /* [bit-range] or [number] already reported this register */
        covered |= hv_field_mask(&reg->fields[i]);
    }
    if (covered == 0xFFFFFFFFu)
        return;
    char runs[160] = "";
    size_t len = 0;
    for (unsigned b = 0; b < 32;) {
        if (covered & (1u << b)) {
            b++;
            continue;
        }
        unsigned lsb = b;
        while (b < 32 && !(covered & (1u << b)))
            b++;
        len = put_run(runs, sizeof runs, len, b - 1, lsb);
    }
    char where[128];
    hv_report(ctx->sink, ctx->check, reg->loc,
              "bits %s of %s are neither a field nor reserved; describe them, or mark them "
              "<reserved> if they have no meaning",
              runs, hv_describe_register(reg, where, sizeof where));
}

void hv_check_register_gap(const hv_check_ctx *ctx)
{
    hv_visit_registers(ctx, gaps_in);
}
