/* gen/emit/canonical_msrs.c - synthetic MSRs in the canonical XML (see
 * gen/emit/canonical_msrs.h): the registry's MSR content, with anchors and
 * 64-bit diagrams, and each product's MSR map as validate/msr_claims.h
 * computes it (relocation, implemented subsets, the software range). */
#include "gen/emit/canonical_msrs.h"

#include <stdlib.h>

#include "gen/emit/canonical_facts.h"
#include "validate/msr_claims.h"

#define SOFTWARE_CHECK "msr-software-range"

void hv_canonical_announces(hv_xml_builder *b, hv_xb_node field_node, const hv_field *f)
{
    for (size_t i = 0; i < f->announces.count; i++) {
        hv_xb_node n = hv_xb_el(b, field_node, "announces");
        hv_xb_set(b, n, "msr", f->announces.names[i]);
        if (f->announces.msrs[i])
            hv_xb_set_owned(b, n, "anchor", hv_anchor_msr(f->announces.msrs[i]));
    }
}

static void put_acks(hv_xml_builder *b, hv_xb_node parent, const hv_check_acks *acks)
{
    for (size_t i = 0; i < acks->count; i++) {
        hv_xb_node n = hv_xb_text_el(b, parent, "acknowledge",
                                     acks->items[i].reason ? acks->items[i].reason : "");
        hv_xb_set(b, n, "check", acks->items[i].check);
    }
}

static void put_msr_base(hv_xml_builder *b, hv_xb_node parent, const hv_interface *iface)
{
    const hv_msr_base *mb = &iface->msr_base;
    if (!mb->present || !mb->valid)
        return;
    hv_xb_node n = hv_xb_el(b, parent, "msr-base");
    hv_xb_setf(b, n, "default", "0x%08x", mb->default_base);
    hv_xb_setf(b, n, "leaf", "0x%02x", mb->leaf_offset);
    hv_xb_set(b, n, "field", mb->field_name);
    if (mb->field && !mb->field->reserved)
        hv_xb_set_owned(b, n, "field-anchor", hv_anchor_field(mb->field));
}

static void put_msr_allocation(hv_xml_builder *b, hv_xb_node parent, const hv_allocation *a)
{
    hv_xb_node n = hv_xb_el(b, parent, "msr-allocation");
    hv_xb_set(b, n, "name", a->name);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_msr_allocation(a));
    hv_xb_setf(b, n, "first", "0x%08x", a->first);
    hv_xb_setf(b, n, "last", "0x%08x", a->last);
    hv_xb_set(b, n, "status", hv_status_name(a->status));
    if (!hv_msr_in_software_range(a->first, a->last))
        hv_xb_set(b, n, "outside-software-range", "true");
    hv_xb_report_ref(b, n, a->loc);
    hv_xb_text_el(b, n, "doc", a->doc);
    hv_canonical_sources(b, n, &a->sources);
    put_acks(b, n, &a->check_acks);
}

/* <announced-by>: one CPUID field of the interface that announces the MSR. */
typedef struct announced_by {
    hv_xml_builder *b;
    hv_xb_node n;
} announced_by;

static void put_announced_by(void *ctx, const hv_field *f)
{
    announced_by *ab = ctx;
    hv_xb_node a = hv_xb_el(ab->b, ab->n, "announced-by");
    hv_xb_set(ab->b, a, "field", f->name);
    hv_xb_setf(ab->b, a, "leaf", "0x%02x", f->reg->leaf->offset);
    hv_xb_set(ab->b, a, "register", hv_reg_name(f->reg->reg));
    hv_xb_set_owned(ab->b, a, "anchor", hv_anchor_field(f));
}

static void put_msr(hv_xml_builder *b, hv_xb_node parent, const hv_msr *m)
{
    hv_xb_node n = hv_xb_el(b, parent, "msr");
    hv_xb_setf(b, n, "address", "0x%08x", m->address);
    hv_xb_set(b, n, "name", m->name);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_msr(m));
    hv_xb_set(b, n, "upstream", m->upstream);
    hv_xb_set(b, n, "upstream-alias", m->upstream_alias);
    hv_xb_set(b, n, "access", hv_msr_access_name(m->access));
    hv_xb_set(b, n, "status", hv_status_name(m->status));
    if (m->iface->msr_base.present && m->iface->msr_base.valid)
        hv_xb_setf(b, n, "offset", "0x%x", m->address - m->iface->msr_base.default_base);
    hv_xb_report_ref(b, n, m->loc);
    hv_xb_text_el(b, n, "doc", m->doc);
    hv_canonical_sources(b, n, &m->sources);
    hv_msr_announcers(m, put_announced_by, &(announced_by){b, n});
    hv_canonical_diagram(b, n, &m->value);
    for (size_t i = 0; i < m->value.field_count; i++)
        if (m->value.fields[i].valid)
            hv_canonical_field(b, n, &m->value.fields[i]);
}

void hv_canonical_interface_msrs(hv_xml_builder *b, hv_xb_node iface_node,
                                 const hv_interface *iface)
{
    if (b->stub_leaves) { /* the page's index only counts them */
        for (size_t m = 0; m < iface->msr_count; m++)
            if (iface->msrs[m].valid)
                hv_xb_el(b, iface_node, "msr");
        return;
    }
    put_msr_base(b, iface_node, iface);
    for (size_t a = 0; a < iface->msr_allocation_count; a++)
        if (iface->msr_allocations[a].valid)
            put_msr_allocation(b, iface_node, &iface->msr_allocations[a]);
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid)
            put_msr(b, iface_node, &iface->msrs[m]);
}

void hv_canonical_presents_msr_attrs(hv_xml_builder *b, hv_xb_node pn, const hv_presents *pr)
{
    if (pr->has_msr_base && pr->msr_base_valid)
        hv_xb_setf(b, pn, "msr-base", "0x%08x", pr->msr_base);
    if (pr->msrs.present)
        hv_xb_setf(b, pn, "msrs-implemented", "%zu", pr->msrs.sorted_count);
}

void hv_canonical_presents_msrs(hv_xml_builder *b, hv_xb_node pn, const hv_presents *pr)
{
    if (pr->msrs.present) {
        for (size_t i = 0; i < pr->msrs.count; i++) {
            hv_xb_node n = hv_xb_el(b, pn, "implements");
            hv_xb_set(b, n, "msr", pr->msrs.names[i]);
            if (pr->msrs.msrs[i])
                hv_xb_set_owned(b, n, "anchor", hv_anchor_msr(pr->msrs.msrs[i]));
        }
    }
    put_acks(b, pn, &pr->check_acks);
}

/* ---- the MSR map of every product ----------------------------------------------- */

/* How the allocation got where the product shows it, and whether that
 * place is in the software range or acknowledged. */
static void put_placement_facts(hv_xml_builder *b, hv_xb_node c, const hv_msr_claim *cl,
                                const hv_presents *pr)
{
    const hv_allocation *a = cl->alloc;
    bool moved = cl->first != a->first;
    if (moved)
        hv_xb_setf(b, c, "relocated-from", "0x%08x", a->first);
    if (hv_msr_in_software_range(cl->first, cl->last))
        return;
    hv_xb_set(b, c, "outside-software-range", "true");
    const hv_check_ack *ack =
        hv_check_acks_find(moved ? &pr->check_acks : &a->check_acks, SOFTWARE_CHECK);
    if (ack)
        hv_xb_set(b, c, "acknowledged", ack->reason ? ack->reason : "");
}

/* The MSR claims of a product, by address (then by place in the product's
 * claim list): each allocation finds its MSRs with a binary search instead
 * of a scan of every claim. */
typedef struct keyed_claim {
    uint32_t first;
    size_t at; /* index into the product's claim list */
} keyed_claim;

typedef struct msr_index {
    keyed_claim *by_addr;
    size_t count;
    size_t *hits; /* scratch: one allocation's MSRs, in claim-list order */
} msr_index;

static int compare_keyed_claims(const void *pa, const void *pb)
{
    const keyed_claim *a = pa, *b = pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return (a->at > b->at) - (a->at < b->at);
}

static int compare_sizes(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return (a > b) - (a < b);
}

static bool msr_index_build(const hv_msr_claim_list *g, msr_index *x)
{
    x->count = 0;
    x->by_addr = malloc((g->count + 1) * sizeof *x->by_addr);
    x->hits = malloc((g->count + 1) * sizeof *x->hits);
    if (!x->by_addr || !x->hits)
        return false;
    for (size_t i = 0; i < g->count; i++)
        if (g->items[i].kind == HV_MSR_CLAIM_MSR)
            x->by_addr[x->count++] = (keyed_claim){g->items[i].first, i};
    qsort(x->by_addr, x->count, sizeof *x->by_addr, compare_keyed_claims);
    return true;
}

static void msr_index_free(msr_index *x)
{
    free(x->by_addr);
    free(x->hits);
}

/* The MSRs of the allocation claim `cl` where the product puts them (its
 * interface's, at addresses it covers), in claim-list order, in x->hits. */
static size_t msrs_in(const msr_index *x, const hv_msr_claim_list *g, const hv_msr_claim *cl)
{
    size_t lo = 0, hi = x->count, n = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->by_addr[mid].first < cl->first)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < x->count && x->by_addr[k].first <= cl->last; k++)
        if (g->items[x->by_addr[k].at].iface == cl->iface)
            x->hits[n++] = x->by_addr[k].at;
    if (n > 1)
        qsort(x->hits, n, sizeof *x->hits, compare_sizes);
    return n;
}

static void put_map_allocation(hv_xml_builder *b, hv_xb_node pn, const hv_msr_claim *cl,
                               const hv_msr_claim_list *g, const msr_index *x,
                               const hv_presents *pr)
{
    hv_xb_node c = hv_xb_el(b, pn, "claim");
    hv_xb_set(b, c, "interface", cl->iface->id);
    hv_xb_set_owned(b, c, "interface-anchor", hv_anchor_interface(cl->iface));
    hv_xb_set(b, c, "name", cl->alloc->name);
    hv_xb_set_owned(b, c, "anchor", hv_anchor_msr_allocation(cl->alloc));
    hv_xb_setf(b, c, "first", "0x%08x", cl->first);
    hv_xb_setf(b, c, "last", "0x%08x", cl->last);
    hv_xb_set(b, c, "status", hv_status_name(cl->alloc->status));
    put_placement_facts(b, c, cl, pr);
    size_t diag = hv_xb_diag_naming(b->ctx, pr->loc);
    if (!diag)
        diag = hv_xb_diag_naming(b->ctx, cl->alloc->loc);
    if (diag) {
        hv_xb_set(b, c, "conflict", "true");
        hv_xb_setf(b, c, "report", "report_%zu", diag);
    }
    size_t n = msrs_in(x, g, cl);
    hv_xb_setf(b, c, "msrs", "%zu", n); /* before the children: the text backend writes in order */
    for (size_t i = 0; i < n; i++) {
        const hv_msr_claim *m = &g->items[x->hits[i]];
        hv_xb_node mn = hv_xb_el(b, c, "msr");
        hv_xb_set(b, mn, "name", m->msr->name);
        hv_xb_setf(b, mn, "address", "0x%08x", m->first);
        hv_xb_set_owned(b, mn, "anchor", hv_anchor_msr(m->msr));
    }
}

/* One allocation where a product shows it, and the presents it came from. */
typedef struct placed {
    hv_msr_claim claim;
    const hv_presents *pr;
} placed;

static int compare_placed(const void *pa, const void *pb)
{
    const placed *a = pa, *b = pb;
    if (a->claim.first != b->claim.first)
        return a->claim.first < b->claim.first ? -1 : 1;
    if (a->claim.last != b->claim.last)
        return a->claim.last < b->claim.last ? -1 : 1;
    return hv_loc_compare(a->claim.alloc->loc, b->claim.alloc->loc);
}

static bool presents_msrs(const hv_hypervisor *hv)
{
    for (size_t p = 0; p < hv->presents_count; p++)
        if (hv->presents[p].valid && hv->presents[p].iface &&
            hv->presents[p].iface->msr_allocation_count)
            return true;
    return false;
}

/* Every allocation of every interface the product presents, where it puts
 * them, in address order; `all` also gets the MSR claims (to list under
 * their allocations). */
static bool gather_product(const hv_hypervisor *hv, hv_msr_claim_list *all, placed **out, size_t *n)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->valid || !pr->iface)
            continue;
        size_t before = all->count;
        if (!hv_msr_claims_append(pr->iface, pr, all))
            return false;
        for (size_t i = before; i < all->count; i++) {
            if (all->items[i].kind != HV_MSR_CLAIM_ALLOCATION)
                continue;
            if (*n == cap) {
                cap = cap ? 2 * cap : 8;
                placed *q = realloc(*out, cap * sizeof *q);
                if (!q)
                    return false;
                *out = q;
            }
            (*out)[(*n)++] = (placed){all->items[i], pr};
        }
    }
    if (*n > 1)
        qsort(*out, *n, sizeof **out, compare_placed);
    return true;
}

static void put_product(hv_xml_builder *b, hv_xb_node map, const hv_hypervisor *hv)
{
    hv_xb_node pn = hv_xb_el(b, map, "product");
    hv_xb_set(b, pn, "hypervisor", hv->id);
    hv_xb_set(b, pn, "name", hv->name);
    hv_xb_set(b, pn, "status", hv_status_name(hv->status));
    hv_xb_set_owned(b, pn, "anchor", hv_anchor_msr_map(hv));
    hv_xb_set_owned(b, pn, "hypervisor-anchor", hv_anchor_hypervisor(hv));
    hv_msr_claim_list all = {NULL, 0, 0};
    placed *list = NULL;
    size_t n = 0;
    msr_index x = {NULL, 0, NULL};
    if (!gather_product(hv, &all, &list, &n) || !msr_index_build(&all, &x))
        b->failed = true;
    for (size_t i = 0; !b->failed && i < n; i++)
        put_map_allocation(b, pn, &list[i].claim, &all, &x, list[i].pr);
    msr_index_free(&x);
    free(list);
    hv_msr_claim_list_free(&all);
}

void hv_canonical_msr_map(hv_xml_builder *b, hv_xb_node root)
{
    hv_xb_node map = hv_xb_el(b, root, "msr-map");
    hv_xb_setf(b, map, "software-first", "0x%08x", HV_MSR_SOFTWARE_FIRST);
    hv_xb_setf(b, map, "software-last", "0x%08x", HV_MSR_SOFTWARE_LAST);
    for (size_t h = 0; h < b->ctx->reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = b->ctx->reg->hypervisors[h];
        if (!hv_status_retired(hv->status) && presents_msrs(hv))
            put_product(b, map, hv);
    }
}
