/* validate/diff_fields.c - the fields of one leaf in two registries, and
 * their enumerated values, compared by name (validate/diff.h says what
 * counts as incompatible). */
#include "validate/diff_record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"

static const hv_loc NO_LOC = {NULL, 0, 0};

static const hv_field *find_field(const hv_leaf *leaf, const char *name)
{
    for (size_t r = 0; r < leaf->register_count; r++) {
        const hv_field *f = hv_register_find_field(&leaf->registers[r], name);
        if (f)
            return f;
    }
    return NULL;
}

/* The new registry's way of owning up to a moved field: it keeps the old
 * name as a deprecated field that names its successor. */
static bool deprecated_and_replaced(const hv_field *f)
{
    return f->status == HV_STATUS_DEPRECATED && f->replaced_by &&
           find_field(f->reg->leaf, f->replaced_by);
}

/* A field's named values sorted by name, then by position, so a lookup by
 * name is a binary search that finds the first of that name, as a scan in
 * source order would. */
typedef struct value_index {
    const hv_enum_value **by_name;
    size_t count;
} value_index;

static int compare_value_ptrs(const void *pa, const void *pb)
{
    const hv_enum_value *a = *(const hv_enum_value *const *)pa;
    const hv_enum_value *b = *(const hv_enum_value *const *)pb;
    int c = strcmp(a->name, b->name);
    return c ? c : (a > b) - (a < b); /* one field's array: address is position */
}

static bool index_values(const hv_field *f, value_index *ix)
{
    ix->count = 0;
    ix->by_name = malloc((f->value_count + 1) * sizeof *ix->by_name);
    if (!ix->by_name)
        return false;
    for (size_t i = 0; i < f->value_count; i++)
        if (f->values[i].name)
            ix->by_name[ix->count++] = &f->values[i];
    if (ix->count > 1)
        qsort(ix->by_name, ix->count, sizeof *ix->by_name, compare_value_ptrs);
    return true;
}

static const hv_enum_value *find_value(const value_index *ix, const char *name)
{
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ix->by_name[mid]->name, name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->count && strcmp(ix->by_name[lo]->name, name) == 0 ? ix->by_name[lo] : NULL;
}

/* Enumerated values by name: a published value renumbered or removed breaks
 * code comparing against its generated constant; new values are additions. */
static void diff_values(hv_diff *d, const hv_field *of, const hv_field *nf, const char *subject,
                        bool published)
{
    value_index oix, nix;
    if (!of->value_count && !nf->value_count)
        return;
    bool ok_o = index_values(of, &oix), ok_n = index_values(nf, &nix);
    if (!ok_o || !ok_n) {
        d->failed = true;
        free(oix.by_name);
        free(nix.by_name);
        return;
    }
    for (size_t i = 0; i < of->value_count; i++) {
        const hv_enum_value *ov = &of->values[i];
        const hv_enum_value *nv = ov->name ? find_value(&nix, ov->name) : NULL;
        if (!nv) {
            hv_change *c =
                hv_diff_add(d, HV_CHANGE_REMOVED, "value", ov->loc, NO_LOC, subject,
                            "value %s (%u) removed", ov->name ? ov->name : "?", ov->value);
            hv_diff_anchor_at(c, nf->loc);
            hv_diff_mark_incompatible(d, c, published);
        } else if (nv->value != ov->value) {
            hv_change *c =
                hv_diff_add(d, HV_CHANGE_CHANGED, "value", ov->loc, nv->loc, subject,
                            "value %s renumbered from %u to %u", ov->name, ov->value, nv->value);
            hv_diff_mark_incompatible(d, c, published);
        }
    }
    for (size_t i = 0; i < nf->value_count; i++) {
        const hv_enum_value *nv = &nf->values[i];
        if (nv->name && !find_value(&oix, nv->name))
            hv_diff_add(d, HV_CHANGE_ADDED, "value", NO_LOC, nv->loc, subject,
                        "value %s (%u) added", nv->name, nv->value);
    }
    free(oix.by_name);
    free(nix.by_name);
}

static void diff_field(hv_diff *d, const hv_field *of, const hv_field *nf, const char *subject,
                       bool published)
{
    char ob[48], nb[48];
    if (of->reg->reg != nf->reg->reg || of->msb != nf->msb || of->lsb != nf->lsb) {
        bool moved = of->reg->reg != nf->reg->reg || of->lsb != nf->lsb;
        bool resized = of->msb - of->lsb != nf->msb - nf->lsb;
        bool excused = deprecated_and_replaced(nf);
        hv_change *c = hv_diff_add(
            d, HV_CHANGE_CHANGED, "field", of->loc, nf->loc, subject, "%s from %s to %s%s%s",
            moved && resized ? "moved and resized"
            : moved          ? "moved"
                             : "resized",
            hv_diff_describe_bits(of, ob, sizeof ob), hv_diff_describe_bits(nf, nb, sizeof nb),
            excused ? "; deprecated, replaced by " : "", excused ? nf->replaced_by : "");
        hv_diff_mark_incompatible(d, c, published && !excused);
    }
    if (of->status != nf->status)
        hv_diff_add(d, HV_CHANGE_CHANGED, "field", of->loc, nf->loc, subject, "status %s -> %s",
                    hv_status_name(of->status), hv_status_name(nf->status));
    diff_values(d, of, nf, subject, published);
}

void hv_diff_fields(hv_diff *d, const hv_leaf *ol, const hv_leaf *nl)
{
    char lsubj[96], subject[192], bits[48];
    hv_diff_leaf_subject(nl ? nl : ol, lsubj, sizeof lsubj);
    for (size_t r = 0; ol && r < ol->register_count; r++)
        for (size_t i = 0; i < ol->registers[r].field_count; i++) {
            const hv_field *of = &ol->registers[r].fields[i];
            if (!of->name || !of->valid)
                continue;
            snprintf(subject, sizeof subject, "%s %s", lsubj, of->name);
            bool published = hv_diff_leaf_published(ol) && hv_status_in_force(of->status);
            const hv_field *nf = nl ? find_field(nl, of->name) : NULL;
            if (nf && nf->valid) {
                diff_field(d, of, nf, subject, published);
            } else if (nl) { /* a removed leaf is reported once, as a leaf */
                /* retiring is fine once a published deprecation named a successor */
                bool retired = of->status == HV_STATUS_DEPRECATED && of->replaced_by &&
                               find_field(nl, of->replaced_by);
                hv_change *c = hv_diff_add(
                    d, HV_CHANGE_REMOVED, "field", of->loc, NO_LOC, subject, "was %s%s%s",
                    hv_diff_describe_bits(of, bits, sizeof bits),
                    retired ? "; deprecated, replaced by " : "", retired ? of->replaced_by : "");
                hv_diff_anchor_at(c, nl->loc);
                hv_diff_mark_incompatible(d, c, published && !retired);
            }
        }
    for (size_t r = 0; nl && ol && r < nl->register_count; r++)
        for (size_t i = 0; i < nl->registers[r].field_count; i++) {
            const hv_field *nf = &nl->registers[r].fields[i];
            if (!nf->name || !nf->valid || find_field(ol, nf->name))
                continue;
            snprintf(subject, sizeof subject, "%s %s", lsubj, nf->name);
            hv_diff_add(d, HV_CHANGE_ADDED, "field", NO_LOC, nf->loc, subject, "%s",
                        hv_diff_describe_bits(nf, bits, sizeof bits));
        }
}
