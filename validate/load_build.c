/* validate/load_build.c - from one validated XML document to model objects.
 * Element and attribute names here are the ones validate/registry.rng
 * allows; the schema has already rejected anything else, so this file only
 * converts, never second-guesses the structure. Bad numbers and signature
 * escapes are the two things the schema cannot see: they are reported here
 * as [number] and [signature], and the object is kept with valid == false. */
#include "validate/load_build.h"

#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"
#include "validate/util/text.h"

/* ---- registers, fields, leaves ---------------------------------------- */

static void build_field(hv_build *b, xmlNodePtr node, hv_field *f, hv_register *reg)
{
    f->loc = hv_build_loc(b, node);
    f->reg = reg;
    f->reserved = hv_build_is_element(node, "reserved");
    f->name = hv_build_attr(b, node, "name");
    f->upstream = hv_build_attr(b, node, "upstream");
    f->alternative_to = hv_build_attr(b, node, "alternative-to");
    f->replaced_by = hv_build_attr(b, node, "replaced-by");
    f->status = hv_build_status(b, node, f->reserved ? HV_STATUS_RESERVED : HV_STATUS_ACTIVE);
    f->doc = hv_build_doc(b, node);
    f->sources = hv_build_sources(b, node);
    f->bits_text = hv_build_attr(b, node, "bits");
    if (reg->msr)
        f->upstream_shift = hv_build_attr(b, node, "upstream-shift");
    else
        hv_build_msr_refs(b, node, "announces", &f->announces);
    const char *kind = hv_build_attr(b, node, "upstream-kind");
    f->upstream_kind = !f->upstream                          ? HV_UPSTREAM_NONE
                       : !kind || strcmp(kind, "label") == 0 ? HV_UPSTREAM_LABEL
                       : strcmp(kind, "bit") == 0            ? HV_UPSTREAM_BIT
                                                             : HV_UPSTREAM_MASK;
    uint32_t msb = 0, lsb = 0, top = hv_register_width(reg) - 1;
    const char *why = NULL;
    if (f->bits_text && hv_parse_bits(f->bits_text, &msb, &lsb, &why)) {
        f->msb = msb;
        f->lsb = lsb;
        f->valid = msb <= top && lsb <= top && msb >= lsb;
    } else if (f->bits_text) {
        hv_report(b->sink, HV_CHECK_NUMBER, hv_xml_attr_loc(b->file, node, "bits"),
                  "invalid bit range '%.*s' (write a bit number like 5 or msb:lsb like 23:18): %s",
                  hv_build_quoted_len(f->bits_text), f->bits_text, why);
    }
    f->values = hv_build_alloc_array(b, hv_build_count_children(node, "value"), sizeof *f->values);
    for (xmlNodePtr c = node->children; c && f->values; c = c->next) {
        if (!hv_build_is_element(c, "value"))
            continue;
        hv_enum_value *v = &f->values[f->value_count++];
        v->loc = hv_build_loc(b, c);
        v->name = hv_build_attr(b, c, "name");
        v->valid = hv_build_number(b, c, "value", &v->value, NULL);
        v->doc = hv_build_text(b, c);
    }
}

static int compare_fields(const void *pa, const void *pb)
{
    const hv_field *a = pa, *b = pb;
    if (a->lsb != b->lsb)
        return a->lsb < b->lsb ? -1 : 1;
    if (a->msb != b->msb)
        return a->msb < b->msb ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

static int compare_field_names(const void *pa, const void *pb)
{
    const hv_field *a = *(const hv_field *const *)pa, *b = *(const hv_field *const *)pb;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    return (a > b) - (a < b); /* same array: address order is bit order */
}

/* The by-name index hv_register_find_field searches: with thousands of
 * fields, a scan per alternative-to lookup would make the checks quadratic. */
static void index_field_names(hv_build *b, hv_register *r)
{
    size_t named = 0;
    for (size_t i = 0; i < r->field_count; i++)
        named += r->fields[i].name != NULL;
    /* never NULL, even with no names: NULL would mean "scan" */
    const hv_field **index = hv_build_alloc_array(b, named ? named : 1, sizeof *index);
    if (!index)
        return;
    size_t n = 0;
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].name)
            index[n++] = &r->fields[i];
    qsort(index, n, sizeof *index, compare_field_names);
    r->by_name = index;
    r->named_count = n;
}

static hv_reg reg_from_name(const char *name)
{
    for (int r = 0; r < HV_REG_COUNT; r++)
        if (name && strcmp(name, hv_reg_name((hv_reg)r)) == 0)
            return (hv_reg)r;
    return HV_REG_EAX;
}

void hv_build_fields(hv_build *b, xmlNodePtr node, hv_register *r)
{
    size_t n = hv_build_count_children(node, "field") + hv_build_count_children(node, "reserved");
    hv_field *fields = hv_build_alloc_array(b, n, sizeof *fields);
    size_t count = 0;
    for (xmlNodePtr c = node->children; c && fields; c = c->next)
        if (hv_build_is_element(c, "field") || hv_build_is_element(c, "reserved"))
            build_field(b, c, &fields[count++], r);
    if (count > 1)
        qsort(fields, count, sizeof *fields, compare_fields);
    r->fields = fields;
    r->field_count = count;
    /* qsort moved the fields: nothing points at them yet, so no fix-up needed */
    index_field_names(b, r);
}

static void build_register(hv_build *b, xmlNodePtr node, hv_register *r, hv_leaf *leaf)
{
    r->loc = hv_build_loc(b, node);
    r->leaf = leaf;
    r->reg = reg_from_name(hv_build_attr(b, node, "name"));
    hv_build_fields(b, node, r);
}

static int compare_registers(const void *pa, const void *pb)
{
    const hv_register *a = pa, *b = pb;
    if (a->reg != b->reg)
        return a->reg < b->reg ? -1 : 1;
    return (a->loc.line > b->loc.line) - (a->loc.line < b->loc.line);
}

static void build_leaf(hv_build *b, xmlNodePtr node, hv_leaf *leaf, hv_interface *iface)
{
    leaf->loc = hv_build_loc(b, node);
    leaf->iface = iface;
    leaf->name = hv_build_attr(b, node, "name");
    leaf->upstream = hv_build_attr(b, node, "upstream");
    leaf->status = hv_build_status(b, node, HV_STATUS_ACTIVE);
    leaf->doc = hv_build_doc(b, node);
    leaf->sources = hv_build_sources(b, node);
    bool has_offset = false;
    leaf->valid = hv_build_number(b, node, "offset", &leaf->offset, &has_offset);
    bool sub_ok = hv_build_number(b, node, "subleaf", &leaf->subleaf, &leaf->has_subleaf);
    if (leaf->has_subleaf && !sub_ok)
        leaf->valid = false;
    leaf->registers =
        hv_build_alloc_array(b, hv_build_count_children(node, "register"), sizeof *leaf->registers);
    for (xmlNodePtr c = node->children; c && leaf->registers; c = c->next)
        if (hv_build_is_element(c, "register"))
            build_register(b, c, &leaf->registers[leaf->register_count++], leaf);
    if (leaf->registers && leaf->register_count > 1)
        qsort(leaf->registers, leaf->register_count, sizeof *leaf->registers, compare_registers);
    for (size_t r = 0; leaf->registers && r < leaf->register_count; r++)
        for (size_t f = 0; leaf->registers[r].fields && f < leaf->registers[r].field_count; f++)
            leaf->registers[r].fields[f].reg = &leaf->registers[r];
}

static int compare_leaves(const void *pa, const void *pb)
{
    const hv_leaf *a = pa, *b = pb;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    if (a->has_subleaf != b->has_subleaf)
        return a->has_subleaf ? 1 : -1;
    if (a->subleaf != b->subleaf)
        return a->subleaf < b->subleaf ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

/* ---- allocations, interfaces, hypervisors, vendors ---------------------- */

static void build_allocation(hv_build *b, xmlNodePtr node, hv_allocation *a, hv_interface *owner,
                             hv_vendor *vendor)
{
    a->loc = hv_build_loc(b, node);
    a->owner = owner;
    a->vendor = vendor;
    a->id = hv_build_attr(b, node, "id");
    a->name = hv_build_attr(b, node, "name");
    a->status = hv_build_status(b, node, HV_STATUS_ACTIVE);
    a->doc = hv_build_doc(b, node);
    a->sources = hv_build_sources(b, node);
    a->acks =
        hv_build_alloc_array(b, hv_build_count_children(node, "acknowledges"), sizeof *a->acks);
    for (xmlNodePtr c = node->children; c && a->acks; c = c->next) {
        if (!hv_build_is_element(c, "acknowledges"))
            continue;
        hv_ack *ack = &a->acks[a->ack_count++];
        ack->loc = hv_build_loc(b, c);
        ack->allocation_id = hv_build_attr(b, c, "allocation");
        ack->reason = hv_build_text(b, c);
    }
    bool first_ok = hv_build_number(b, node, "first", &a->first, NULL);
    bool last_ok = hv_build_number(b, node, "last", &a->last, NULL);
    a->valid = first_ok && last_ok;
}

static void build_interface(hv_build *b, xmlNodePtr node, hv_interface *iface, hv_vendor *vendor)
{
    iface->loc = hv_build_loc(b, node);
    iface->vendor = vendor;
    iface->id = hv_build_attr(b, node, "id");
    iface->name = hv_build_attr(b, node, "name");
    iface->doc = hv_build_doc(b, node);
    iface->status = hv_build_status(b, node, HV_STATUS_ACTIVE);
    iface->sources = hv_build_sources(b, node);
    hv_build_signature(b, node, "vendor-signature", &iface->vendor_sig);
    hv_build_signature(b, node, "interface-signature", &iface->iface_sig);
    const char *certainty = hv_build_attr(b, node, "signature-certainty");
    iface->signature_uncertain = certainty && strcmp(certainty, "uncertain") == 0;
    iface->default_base_valid =
        hv_build_number(b, node, "default-base", &iface->default_base, &iface->has_default_base);
    iface->min_base_valid =
        hv_build_number(b, node, "min-base", &iface->min_base, &iface->has_min_base);
    iface->max_leaf_valid =
        hv_build_number(b, node, "max-leaf", &iface->max_leaf, &iface->has_max_leaf);
    iface->max_leaf_loc = hv_xml_attr_loc(b->file, node, "max-leaf");

    iface->allocations = hv_build_alloc_array(b, hv_build_count_children(node, "allocation"),
                                              sizeof *iface->allocations);
    iface->follows =
        hv_build_alloc_array(b, hv_build_count_children(node, "follows"), sizeof *iface->follows);
    iface->leaves =
        hv_build_alloc_array(b, hv_build_count_children(node, "leaf"), sizeof *iface->leaves);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (hv_build_is_element(c, "allocation") && iface->allocations) {
            build_allocation(b, c, &iface->allocations[iface->allocation_count++], iface, vendor);
        } else if (hv_build_is_element(c, "follows") && iface->follows) {
            hv_follows *f = &iface->follows[iface->follows_count++];
            f->loc = hv_build_loc(b, c);
            f->allocation_id = hv_build_attr(b, c, "allocation");
        } else if (hv_build_is_element(c, "leaf") && iface->leaves) {
            build_leaf(b, c, &iface->leaves[iface->leaf_count++], iface);
        }
    }
    hv_build_interface_msrs(b, node, iface);
    if (iface->leaf_count > 1)
        qsort(iface->leaves, iface->leaf_count, sizeof *iface->leaves, compare_leaves);
    for (size_t i = 0; i < iface->leaf_count; i++) {
        hv_leaf *leaf = &iface->leaves[i];
        for (size_t r = 0; r < leaf->register_count; r++)
            leaf->registers[r].leaf = leaf;
    }
}

static void build_hypervisor(hv_build *b, xmlNodePtr node, hv_hypervisor *hv, hv_vendor *vendor)
{
    hv->loc = hv_build_loc(b, node);
    hv->vendor = vendor;
    hv->id = hv_build_attr(b, node, "id");
    hv->name = hv_build_attr(b, node, "name");
    hv->doc = hv_build_doc(b, node);
    hv->status = hv_build_status(b, node, HV_STATUS_ACTIVE);
    hv->sources = hv_build_sources(b, node);
    hv->presents =
        hv_build_alloc_array(b, hv_build_count_children(node, "presents"), sizeof *hv->presents);
    for (xmlNodePtr c = node->children; c && hv->presents; c = c->next) {
        if (!hv_build_is_element(c, "presents"))
            continue;
        hv_presents *p = &hv->presents[hv->presents_count++];
        p->loc = hv_build_loc(b, c);
        p->interface_id = hv_build_attr(b, c, "interface");
        p->overrides = hv_build_attr(b, c, "overrides");
        p->doc = hv_build_doc(b, c);
        p->valid = hv_build_number(b, c, "base", &p->base, NULL);
        hv_build_signature(b, c, "vendor-signature", &p->vendor_sig);
        hv_build_presents_msrs(b, c, p);
    }
}

hv_vendor *hv_build_vendor(hv_build *b, xmlNodePtr node)
{
    hv_vendor *v = hv_arena_alloc(b->arena, sizeof *v);
    if (!v) {
        b->oom = true;
        return NULL;
    }
    v->loc = hv_build_loc(b, node);
    v->file = b->file->path;
    v->id = hv_build_attr(b, node, "id");
    v->name = hv_build_attr(b, node, "name");
    v->doc = hv_build_doc(b, node);
    v->sources = hv_build_sources(b, node);
    v->interfaces =
        hv_build_alloc_array(b, hv_build_count_children(node, "interface"), sizeof *v->interfaces);
    v->hypervisors = hv_build_alloc_array(b, hv_build_count_children(node, "hypervisor"),
                                          sizeof *v->hypervisors);
    v->allocations = hv_build_alloc_array(b, hv_build_count_children(node, "allocation"),
                                          sizeof *v->allocations);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (hv_build_is_element(c, "interface") && v->interfaces)
            build_interface(b, c, &v->interfaces[v->interface_count++], v);
        else if (hv_build_is_element(c, "hypervisor") && v->hypervisors)
            build_hypervisor(b, c, &v->hypervisors[v->hypervisor_count++], v);
        else if (hv_build_is_element(c, "allocation") && v->allocations)
            build_allocation(b, c, &v->allocations[v->allocation_count++], NULL, v);
    }
    return v;
}

void hv_build_allocation(hv_build *b, xmlNodePtr node, hv_allocation *a, hv_interface *owner)
{
    build_allocation(b, node, a, owner, owner->vendor);
}
