/* validate/diff.c - compares two registries object by object (interfaces by id,
 * leaves by offset and sub-leaf, fields by name within their leaf, generic
 * allocations by id, hypervisors by id) and classifies each difference; see
 * validate/diff.h for what counts as incompatible. Both registries are sorted, so the
 * walk and its output are deterministic. */
#include "validate/diff.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/diff_record.h"
#include "validate/parse.h"
#include "validate/util/grow.h"

static const hv_loc NO_LOC = {NULL, 0, 0};

hv_change *hv_diff_add(hv_diff *d, hv_change_kind kind, const char *object, hv_loc old_loc,
                       hv_loc new_loc, const char *subject, const char *detail_fmt, ...)
{
    if (!HV_GROW(d->items, d->count, d->cap)) {
        d->failed = true;
        return NULL;
    }
    hv_change *c = &d->items[d->count];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->object = object;
    c->old_loc = old_loc;
    c->new_loc = new_loc;
    c->anchor = new_loc;
    c->subject = strdup(subject);
    if (detail_fmt) {
        va_list ap;
        va_start(ap, detail_fmt);
        c->detail = hv_vasprintf(detail_fmt, ap);
        va_end(ap);
    }
    if (!c->subject || (detail_fmt && !c->detail)) {
        free(c->subject);
        free(c->detail);
        d->failed = true;
        return NULL;
    }
    d->count++;
    if (kind == HV_CHANGE_ADDED)
        d->added++;
    else if (kind == HV_CHANGE_REMOVED)
        d->removed++;
    else
        d->changed++;
    return c;
}

/* A removal shows in the new registry at the object that held it. */
void hv_diff_anchor_at(hv_change *c, hv_loc parent)
{
    if (c)
        c->anchor = parent;
}

/* Where the vendor `id` is declared in `reg`, or nowhere. */
static hv_loc vendor_loc(const hv_registry *reg, const char *id)
{
    for (size_t v = 0; v < reg->vendor_count; v++)
        if (id && reg->vendors[v]->id && strcmp(reg->vendors[v]->id, id) == 0)
            return reg->vendors[v]->loc;
    return NO_LOC;
}

void hv_diff_mark_incompatible(hv_diff *d, hv_change *c, bool incompatible)
{
    if (c && incompatible && !c->incompatible) {
        c->incompatible = true;
        d->incompatible++;
    }
}

void hv_diff_free(hv_diff *diff)
{
    for (size_t i = 0; i < diff->count; i++) {
        free(diff->items[i].subject);
        free(diff->items[i].detail);
    }
    free(diff->items);
    memset(diff, 0, sizeof *diff);
}

bool hv_diff_leaf_published(const hv_leaf *leaf)
{
    return hv_status_in_force(leaf->status) && hv_status_in_force(leaf->iface->status);
}

/* "eax bit 3" or "eax bits 23:18" */
const char *hv_diff_describe_bits(const hv_field *f, char *buf, size_t cap)
{
    if (f->msb == f->lsb)
        snprintf(buf, cap, "%s bit %u", hv_reg_name(f->reg->reg), f->lsb);
    else
        snprintf(buf, cap, "%s bits %u:%u", hv_reg_name(f->reg->reg), f->msb, f->lsb);
    return buf;
}

const char *hv_diff_leaf_subject(const hv_leaf *leaf, char *buf, size_t cap)
{
    if (leaf->has_subleaf)
        snprintf(buf, cap, "%s leaf 0x%02x sub-leaf %u", leaf->iface->id, leaf->offset,
                 leaf->subleaf);
    else
        snprintf(buf, cap, "%s leaf 0x%02x", leaf->iface->id, leaf->offset);
    return buf;
}

/* ---- leaves ----------------------------------------------------------- */

static int compare_leaf_keys(const hv_leaf *a, const hv_leaf *b)
{
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    if (a->has_subleaf != b->has_subleaf)
        return a->has_subleaf ? 1 : -1;
    return (a->subleaf > b->subleaf) - (a->subleaf < b->subleaf);
}

static void diff_leaf_pair(hv_diff *d, const hv_leaf *ol, const hv_leaf *nl)
{
    char subject[96];
    hv_diff_leaf_subject(nl, subject, sizeof subject);
    if (strcmp(ol->name, nl->name) != 0) {
        hv_change *c =
            hv_diff_add(d, HV_CHANGE_CHANGED, "leaf", ol->loc, nl->loc, subject,
                        "renamed from %s to %s (generated names change)", ol->name, nl->name);
        hv_diff_mark_incompatible(d, c, hv_diff_leaf_published(ol));
    }
    if (ol->status != nl->status)
        hv_diff_add(d, HV_CHANGE_CHANGED, "leaf", ol->loc, nl->loc, subject, "status %s -> %s",
                    hv_status_name(ol->status), hv_status_name(nl->status));
    hv_diff_fields(d, ol, nl);
}

static void diff_leaves(hv_diff *d, const hv_interface *oi, const hv_interface *ni)
{
    size_t i = 0, j = 0;
    char subject[96];
    while (i < oi->leaf_count || j < ni->leaf_count) {
        const hv_leaf *ol = i < oi->leaf_count ? &oi->leaves[i] : NULL;
        const hv_leaf *nl = j < ni->leaf_count ? &ni->leaves[j] : NULL;
        int c = !ol ? 1 : !nl ? -1 : compare_leaf_keys(ol, nl);
        if (c < 0) {
            hv_change *ch =
                hv_diff_add(d, HV_CHANGE_REMOVED, "leaf", ol->loc, NO_LOC,
                            hv_diff_leaf_subject(ol, subject, sizeof subject), "was %s", ol->name);
            hv_diff_anchor_at(ch, ni->loc);
            hv_diff_mark_incompatible(d, ch, hv_diff_leaf_published(ol));
            i++;
        } else if (c > 0) {
            /* the analyzer misses an invariant: c > 0 only while the new side is left */
            // NOLINTBEGIN(clang-analyzer-core.NullDereference)
            hv_diff_add(d, HV_CHANGE_ADDED, "leaf", NO_LOC, nl->loc,
                        hv_diff_leaf_subject(nl, subject, sizeof subject), "%s", nl->name);
            // NOLINTEND(clang-analyzer-core.NullDereference)
            j++;
        } else {
            diff_leaf_pair(d, ol, nl);
            i++;
            j++;
        }
    }
}

/* ---- allocations ------------------------------------------------------ */

/* Offsets 0x00..0xff claimed in force by the allocations. */
static void claimed(const hv_allocation *allocs, size_t n, bool out[256])
{
    memset(out, 0, 256 * sizeof out[0]);
    for (size_t a = 0; a < n; a++)
        if (allocs[a].valid && hv_status_in_force(allocs[a].status) && allocs[a].last <= 0xFF)
            for (uint32_t o = allocs[a].first; o <= allocs[a].last; o++)
                out[o] = true;
}

/* "0x04..0x05" for the first run of offsets the old claim held and the new
 * one does not; false when nothing was lost. */
static bool lost_range(const bool before[256], const bool after[256], char *buf, size_t cap)
{
    for (unsigned o = 0; o < 256; o++) {
        if (!before[o] || after[o])
            continue;
        unsigned end = o;
        while (end + 1 < 256 && before[end + 1] && !after[end + 1])
            end++;
        snprintf(buf, cap, "0x%02x..0x%02x", o, end);
        return true;
    }
    return false;
}

static void diff_own_allocations(hv_diff *d, const hv_interface *oi, const hv_interface *ni)
{
    bool before[256], after[256];
    char lost[32], subject[96];
    claimed(oi->allocations, oi->allocation_count, before);
    claimed(ni->allocations, ni->allocation_count, after);
    snprintf(subject, sizeof subject, "%s allocations", ni->id);
    if (lost_range(before, after, lost, sizeof lost)) {
        hv_change *c =
            hv_diff_add(d, HV_CHANGE_CHANGED, "allocation", oi->loc, ni->loc, subject,
                        "shrunk or moved: offsets %s are no longer allocated in force", lost);
        hv_diff_mark_incompatible(d, c, hv_status_in_force(oi->status));
    }
    if (lost_range(after, before, lost, sizeof lost))
        hv_diff_add(d, HV_CHANGE_CHANGED, "allocation", oi->loc, ni->loc, subject,
                    "grown: offsets %s are newly allocated", lost);
}

/* `parent`: where a removed allocation's vendor is in the new registry. */
static void diff_generic(hv_diff *d, const hv_allocation *oa, const hv_allocation *na,
                         hv_loc parent)
{
    char subject[96];
    snprintf(subject, sizeof subject, "generic %s", oa ? oa->id : na->id);
    if (!na) {
        hv_change *c =
            hv_diff_add(d, HV_CHANGE_REMOVED, "allocation", oa->loc, NO_LOC, subject,
                        "was %s 0x%02x..0x%02x", hv_status_name(oa->status), oa->first, oa->last);
        hv_diff_anchor_at(c, parent);
        hv_diff_mark_incompatible(d, c, hv_status_in_force(oa->status));
        return;
    }
    if (!oa) {
        hv_diff_add(d, HV_CHANGE_ADDED, "allocation", NO_LOC, na->loc, subject, "%s 0x%02x..0x%02x",
                    hv_status_name(na->status), na->first, na->last);
        return;
    }
    if (oa->first == na->first && oa->last == na->last && oa->status == na->status)
        return;
    bool shrunk = hv_status_in_force(oa->status) &&
                  (!hv_status_in_force(na->status) || na->first > oa->first || na->last < oa->last);
    hv_change *c = hv_diff_add(
        d, HV_CHANGE_CHANGED, "allocation", oa->loc, na->loc, subject,
        "%s 0x%02x..0x%02x -> %s 0x%02x..0x%02x%s", hv_status_name(oa->status), oa->first, oa->last,
        hv_status_name(na->status), na->first, na->last, shrunk ? " (shrunk or moved)" : "");
    hv_diff_mark_incompatible(d, c, shrunk);
}

static bool generic_usable(const hv_allocation *a)
{
    return !a->owner && a->id && a->valid;
}

static void diff_generics(hv_diff *d, const hv_registry *o, const hv_registry *n)
{
    for (size_t i = 0; i < o->allocation_count; i++) {
        const hv_allocation *oa = o->allocations[i];
        if (generic_usable(oa)) {
            const hv_allocation *na = hv_registry_find_allocation(n, oa->id);
            diff_generic(d, oa, na && generic_usable(na) ? na : NULL,
                         vendor_loc(n, oa->vendor->id));
        }
    }
    for (size_t i = 0; i < n->allocation_count; i++) {
        const hv_allocation *na = n->allocations[i];
        if (generic_usable(na) && !hv_registry_find_allocation(o, na->id))
            diff_generic(d, NULL, na, NO_LOC);
    }
}

/* ---- interfaces ------------------------------------------------------- */

static bool same_signature(const hv_signature *a, const hv_signature *b)
{
    if (a->present != b->present)
        return false;
    return !a->present || (a->len == b->len && memcmp(a->bytes, b->bytes, a->len) == 0);
}

static void diff_signature(hv_diff *d, const hv_interface *oi, const hv_interface *ni,
                           const hv_signature *os, const hv_signature *ns, const char *what)
{
    if (same_signature(os, ns))
        return;
    char was[64] = "none", now[64] = "none";
    if (os->present)
        hv_format_signature(os->bytes, os->len, was, sizeof was);
    if (ns->present)
        hv_format_signature(ns->bytes, ns->len, now, sizeof now);
    hv_change *c = hv_diff_add(d, HV_CHANGE_CHANGED, "interface", os->present ? os->loc : oi->loc,
                               ns->present ? ns->loc : ni->loc, ni->id, "%s changed from %s to %s",
                               what, was, now);
    hv_diff_mark_incompatible(d, c, hv_status_in_force(oi->status));
}

static void diff_interface_pair(hv_diff *d, const hv_interface *oi, const hv_interface *ni)
{
    diff_signature(d, oi, ni, &oi->vendor_sig, &ni->vendor_sig, "vendor signature");
    diff_signature(d, oi, ni, &oi->iface_sig, &ni->iface_sig, "interface signature");
    if (oi->status != ni->status)
        hv_diff_add(d, HV_CHANGE_CHANGED, "interface", oi->loc, ni->loc, ni->id, "status %s -> %s",
                    hv_status_name(oi->status), hv_status_name(ni->status));
    if (oi->has_default_base != ni->has_default_base || oi->default_base != ni->default_base)
        hv_diff_add(d, HV_CHANGE_CHANGED, "interface", oi->loc, ni->loc, ni->id,
                    "default-base 0x%08x -> 0x%08x", oi->has_default_base ? oi->default_base : 0,
                    ni->has_default_base ? ni->default_base : 0);
    if (oi->has_max_leaf != ni->has_max_leaf || oi->max_leaf != ni->max_leaf)
        hv_diff_add(d, HV_CHANGE_CHANGED, "interface", oi->loc, ni->loc, ni->id,
                    "max-leaf 0x%02x -> 0x%02x", oi->has_max_leaf ? oi->max_leaf : 0,
                    ni->has_max_leaf ? ni->max_leaf : 0);
    diff_own_allocations(d, oi, ni);
    diff_leaves(d, oi, ni);
}

static void diff_interfaces(hv_diff *d, const hv_registry *o, const hv_registry *n)
{
    size_t i = 0, j = 0;
    while (i < o->interface_count || j < n->interface_count) {
        const hv_interface *oi = i < o->interface_count ? o->interfaces[i] : NULL;
        const hv_interface *ni = j < n->interface_count ? n->interfaces[j] : NULL;
        int c = !oi ? 1 : !ni ? -1 : strcmp(oi->id, ni->id);
        if (c < 0) {
            hv_change *ch = hv_diff_add(d, HV_CHANGE_REMOVED, "interface", oi->loc, NO_LOC, oi->id,
                                        "was %s", oi->name);
            hv_diff_anchor_at(ch, vendor_loc(n, oi->vendor->id));
            hv_diff_mark_incompatible(d, ch, hv_status_in_force(oi->status));
            i++;
        } else if (c > 0) {
            /* the analyzer misses an invariant: c > 0 only while the new side is left */
            // NOLINTBEGIN(clang-analyzer-core.NullDereference)
            hv_diff_add(d, HV_CHANGE_ADDED, "interface", NO_LOC, ni->loc, ni->id, "%s", ni->name);
            // NOLINTEND(clang-analyzer-core.NullDereference)
            j++;
        } else {
            diff_interface_pair(d, oi, ni);
            i++;
            j++;
        }
    }
}

/* ---- hypervisors: products may change placements freely --------------- */

static bool same_presents(const hv_hypervisor *a, const hv_hypervisor *b)
{
    if (a->presents_count != b->presents_count)
        return false;
    for (size_t p = 0; p < a->presents_count; p++) {
        const hv_presents *x = &a->presents[p], *y = &b->presents[p];
        if (x->base != y->base || strcmp(x->interface_id, y->interface_id) != 0 ||
            !same_signature(&x->vendor_sig, &y->vendor_sig))
            return false;
    }
    return true;
}

static void diff_hypervisors(hv_diff *d, const hv_registry *o, const hv_registry *n)
{
    size_t i = 0, j = 0;
    while (i < o->hypervisor_count || j < n->hypervisor_count) {
        const hv_hypervisor *oh = i < o->hypervisor_count ? o->hypervisors[i] : NULL;
        const hv_hypervisor *nh = j < n->hypervisor_count ? n->hypervisors[j] : NULL;
        int c = !oh ? 1 : !nh ? -1 : strcmp(oh->id, nh->id);
        if (c < 0)
            hv_diff_anchor_at(hv_diff_add(d, HV_CHANGE_REMOVED, "hypervisor", oh->loc, NO_LOC,
                                          oh->id, "was %s", oh->name),
                              vendor_loc(n, oh->vendor->id));
        else if (c > 0)
            /* the analyzer misses an invariant: c > 0 only while the new side is left */
            // NOLINTBEGIN(clang-analyzer-core.NullDereference)
            hv_diff_add(d, HV_CHANGE_ADDED, "hypervisor", NO_LOC, nh->loc, nh->id, "%s", nh->name);
        // NOLINTEND(clang-analyzer-core.NullDereference)
        else if (!same_presents(oh, nh))
            hv_diff_add(d, HV_CHANGE_CHANGED, "hypervisor", oh->loc, nh->loc, nh->id,
                        "placements changed");
        i += c <= 0;
        j += c >= 0;
    }
}

void hv_diff_registries(const hv_registry *old_reg, const hv_registry *new_reg, hv_diff *out)
{
    memset(out, 0, sizeof *out);
    diff_interfaces(out, old_reg, new_reg);
    diff_generics(out, old_reg, new_reg);
    diff_hypervisors(out, old_reg, new_reg);
}
