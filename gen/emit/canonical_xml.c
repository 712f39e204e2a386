/* gen/emit/canonical_xml.c - the checked model as a canonical XML document,
 * built node by node with libxml2's tree API (gen/emit/xml_builder.h; never
 * by pasting strings, so every registry string is escaped by the serialiser).
 * This file writes the registry's own content: vendors, interfaces with
 * their leaves, registers and fields, hypervisors and generic allocations,
 * with absolute leaf numbers per base, stable anchors and link targets that
 * passed the http(s)/GitHub validation. What is computed beside it (diagram
 * rows, the map of each base window, the run's diagnostics) comes from
 * gen/emit/canonical_facts.c. The layout is documented in docs/html.md. */
#include "gen/emit/canonical_xml.h"

#include <string.h>

#include "validate/parse.h"
#include "gen/emit/canonical_facts.h"
#include "gen/emit/canonical_msrs.h"
#include "gen/emit/links.h"
#include "gen/version.h"

/* ---- sources and links ---------------------------------------------- */

void hv_canonical_sources(hv_xml_builder *b, hv_xb_node parent, const hv_sources *sources)
{
    for (size_t i = 0; i < sources->count; i++) {
        const hv_source *s = &sources->items[i];
        hv_xb_node n = hv_xb_el(b, parent, "source");
        hv_xb_set(b, n, "repo", s->repo);
        hv_xb_set(b, n, "path", s->path);
        hv_xb_set(b, n, "commit", s->commit);
        hv_xb_set(b, n, "url", s->url);
        hv_xb_set(b, n, "title", s->title);
        hv_xb_set(b, n, "note", s->note);
        char *href = hv_source_href(s);
        if (href)
            hv_xb_set_owned(b, n, "href", href);
    }
}

/* ---- signatures --------------------------------------------------------- */

static void put_signature(hv_xml_builder *b, hv_xb_node parent, const char *name,
                          const hv_signature *sig, size_t want)
{
    if (!sig->present || !sig->valid || sig->len != want)
        return;
    hv_xb_node n = hv_xb_el(b, parent, name);
    char text[128], hex[64];
    hv_format_signature(sig->bytes, want, text, sizeof text);
    size_t tl = strlen(text);
    if (tl >= 2) { /* without the quotes */
        text[tl - 1] = '\0';
        hv_xb_set(b, n, "text", text + 1);
    }
    hv_format_hex(sig->bytes, want, hex, sizeof hex);
    hv_xb_set(b, n, "hex", hex);
    static const char *const regs[] = {"ebx", "ecx", "edx"};
    for (size_t r = 0; r < want / 4; r++) {
        const unsigned char *p = sig->bytes + 4 * r;
        uint32_t v =
            (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        hv_xb_setf(b, n, want == 4 ? "eax" : regs[r], "0x%08x", v);
    }
}

static void put_values(hv_xml_builder *b, hv_xb_node parent, const hv_field *f)
{
    for (size_t v = 0; v < f->value_count; v++) {
        const hv_enum_value *ev = &f->values[v];
        if (!ev->valid)
            continue;
        hv_xb_node n = hv_xb_text_el(b, parent, "value", ev->doc ? ev->doc : "");
        hv_xb_setf(b, n, "value", "%u", ev->value);
        hv_xb_setf(b, n, "hex", "0x%x", ev->value);
        hv_xb_set(b, n, "name", ev->name);
    }
}

void hv_canonical_field(hv_xml_builder *b, hv_xb_node parent, const hv_field *f)
{
    hv_xb_node n = hv_xb_el(b, parent, f->reserved ? "reserved" : "field");
    hv_xb_setf(b, n, "msb", "%u", f->msb);
    hv_xb_setf(b, n, "lsb", "%u", f->lsb);
    if (f->msb == f->lsb)
        hv_xb_setf(b, n, "bits", "%u", f->msb);
    else
        hv_xb_setf(b, n, "bits", "%u:%u", f->msb, f->lsb);
    if (f->reg->msr)
        hv_xb_setf(b, n, "mask", "0x%016llx", (unsigned long long)hv_field_mask64(f));
    else
        hv_xb_setf(b, n, "mask", "0x%08x", hv_field_mask(f));
    hv_xb_set(b, n, "name", f->name);
    if (!f->reserved)
        hv_xb_set_owned(b, n, "anchor", hv_anchor_field(f));
    hv_xb_set(b, n, "upstream", f->upstream);
    if (f->upstream)
        hv_xb_set(b, n, "upstream-kind", hv_upstream_kind_name(f->upstream_kind));
    hv_xb_set(b, n, "status", hv_status_name(f->status));
    hv_xb_set(b, n, "alternative-to", f->alternative_to);
    hv_xb_set(b, n, "upstream-shift", f->upstream_shift);
    hv_xb_report_ref(b, n, f->loc);
    hv_xb_text_el(b, n, "doc", f->doc);
    put_values(b, n, f);
    hv_canonical_announces(b, n, f);
    hv_canonical_sources(b, n, &f->sources);
}

static void put_register(hv_xml_builder *b, hv_xb_node parent, const hv_register *r)
{
    hv_xb_node n = hv_xb_el(b, parent, "register");
    hv_xb_set(b, n, "name", hv_reg_name(r->reg));
    hv_xb_set_owned(b, n, "anchor", hv_anchor_register(r));
    hv_canonical_diagram(b, n, r);
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid)
            hv_canonical_field(b, n, &r->fields[i]);
}

static void put_leaf(hv_xml_builder *b, hv_xb_node parent, const hv_leaf *leaf,
                     const uint32_t *bases, size_t nb)
{
    hv_xb_node n = hv_xb_el(b, parent, "leaf");
    hv_xb_setf(b, n, "offset", "0x%02x", leaf->offset);
    if (leaf->has_subleaf)
        hv_xb_setf(b, n, "subleaf", "0x%x", leaf->subleaf);
    hv_xb_set(b, n, "name", leaf->name);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_leaf(leaf));
    hv_xb_set(b, n, "upstream", leaf->upstream);
    hv_xb_set(b, n, "status", hv_status_name(leaf->status));
    for (size_t i = 0; i < nb; i++) {
        hv_xb_node at = hv_xb_el(b, n, "at");
        hv_xb_setf(b, at, "base", "0x%08x", bases[i]);
        hv_xb_setf(b, at, "leaf", "0x%08x", bases[i] + leaf->offset);
    }
    hv_xb_text_el(b, n, "doc", leaf->doc);
    hv_canonical_sources(b, n, &leaf->sources);
    for (size_t r = 0; r < leaf->register_count; r++)
        put_register(b, n, &leaf->registers[r]);
}

/* What the page's index counts of a leaf (its leaves and fields, in the
 * header and the overview) without what only the interface's own section
 * shows: <leaf><register><field/>..., no attributes. */
static void put_leaf_stub(hv_xml_builder *b, hv_xb_node parent, const hv_leaf *leaf)
{
    hv_xb_node n = hv_xb_el(b, parent, "leaf");
    for (size_t r = 0; r < leaf->register_count; r++) {
        hv_xb_node rn = hv_xb_el(b, n, "register");
        for (size_t i = 0; i < leaf->registers[r].field_count; i++)
            if (leaf->registers[r].fields[i].valid && !leaf->registers[r].fields[i].reserved)
                hv_xb_el(b, rn, "field");
    }
}

/* ---- allocations, interfaces, hypervisors, vendors ---------------------- */

static void put_allocation(hv_xml_builder *b, hv_xb_node parent, const hv_allocation *a)
{
    hv_xb_node n = hv_xb_el(b, parent, "allocation");
    hv_xb_set(b, n, "id", a->id);
    hv_xb_set(b, n, "name", a->name);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_allocation(a));
    hv_xb_setf(b, n, "first", "0x%02x", a->first);
    hv_xb_setf(b, n, "last", "0x%02x", a->last);
    hv_xb_set(b, n, "status", hv_status_name(a->status));
    if (!a->owner)
        hv_xb_set(b, n, "vendor", a->vendor->id);
    hv_xb_report_ref(b, n, a->loc);
    hv_xb_text_el(b, n, "doc", a->doc);
    hv_canonical_sources(b, n, &a->sources);
    for (size_t k = 0; k < a->ack_count; k++) { /* an overlap recorded as history */
        const hv_ack *ack = &a->acks[k];
        hv_xb_node c = hv_xb_text_el(b, n, "acknowledges", ack->reason ? ack->reason : "");
        hv_xb_set(b, c, "allocation", ack->allocation_id);
        if (ack->allocation)
            hv_xb_set_owned(b, c, "anchor", hv_anchor_allocation(ack->allocation));
    }
}

static void put_interface(hv_xml_builder *b, hv_xb_node parent, const hv_interface *iface)
{
    hv_xb_node n = hv_xb_el(b, parent, "interface");
    hv_xb_set(b, n, "id", iface->id);
    hv_xb_set(b, n, "name", iface->name);
    hv_xb_set(b, n, "vendor", iface->vendor->id);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_interface(iface));
    hv_xb_set(b, n, "status", hv_status_name(iface->status));
    hv_xb_set(b, n, "signature-certainty", iface->signature_uncertain ? "uncertain" : "confirmed");
    if (iface->has_default_base && iface->default_base_valid)
        hv_xb_setf(b, n, "default-base", "0x%08x", iface->default_base);
    if (iface->has_min_base && iface->min_base_valid)
        hv_xb_setf(b, n, "min-base", "0x%08x", iface->min_base);
    if (iface->has_max_leaf && iface->max_leaf_valid)
        hv_xb_setf(b, n, "max-leaf", "0x%02x", iface->max_leaf);
    put_signature(b, n, "vendor-signature", &iface->vendor_sig, 12);
    put_signature(b, n, "interface-signature", &iface->iface_sig, 4);
    uint32_t bases[256];
    size_t nb = hv_interface_bases(b->ctx->reg, iface, bases, sizeof bases / sizeof bases[0]);
    for (size_t i = 0; i < nb; i++)
        hv_xb_setf(b, hv_xb_el(b, n, "base"), "value", "0x%08x", bases[i]);
    hv_xb_text_el(b, n, "doc", iface->doc);
    hv_canonical_sources(b, n, &iface->sources);
    for (size_t a = 0; a < iface->allocation_count; a++)
        if (iface->allocations[a].valid)
            put_allocation(b, n, &iface->allocations[a]);
    for (size_t f = 0; f < iface->follows_count; f++) {
        hv_xb_node fo = hv_xb_el(b, n, "follows");
        hv_xb_set(b, fo, "allocation", iface->follows[f].allocation_id);
        if (iface->follows[f].allocation)
            hv_xb_set_owned(b, fo, "anchor", hv_anchor_allocation(iface->follows[f].allocation));
    }
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid && b->stub_leaves)
            put_leaf_stub(b, n, &iface->leaves[l]);
        else if (iface->leaves[l].valid)
            put_leaf(b, n, &iface->leaves[l], bases, nb);
    hv_canonical_interface_msrs(b, n, iface);
}

static void put_hypervisor(hv_xml_builder *b, hv_xb_node parent, const hv_hypervisor *hv)
{
    hv_xb_node n = hv_xb_el(b, parent, "hypervisor");
    hv_xb_set(b, n, "id", hv->id);
    hv_xb_set(b, n, "name", hv->name);
    hv_xb_set(b, n, "vendor", hv->vendor->id);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_hypervisor(hv));
    hv_xb_set(b, n, "status", hv_status_name(hv->status));
    hv_xb_text_el(b, n, "doc", hv->doc);
    hv_canonical_sources(b, n, &hv->sources);
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->valid)
            continue;
        hv_xb_node pn = hv_xb_el(b, n, "presents");
        hv_xb_set(b, pn, "interface", pr->interface_id);
        if (pr->iface)
            hv_xb_set_owned(b, pn, "anchor", hv_anchor_interface(pr->iface));
        hv_xb_setf(b, pn, "base", "0x%08x", pr->base);
        hv_xb_set(b, pn, "overrides", pr->overrides);
        hv_canonical_presents_msr_attrs(b, pn, pr);
        /* The vendor string the guest sees: the product's own, else the
         * interface's. */
        const hv_signature *sig = &pr->vendor_sig;
        if (!sig->present && pr->iface)
            sig = &pr->iface->vendor_sig;
        put_signature(b, pn, "vendor-signature", sig, 12);
        hv_xb_text_el(b, pn, "doc", pr->doc);
        hv_canonical_presents_msrs(b, pn, pr);
    }
}

static void put_vendor(hv_xml_builder *b, hv_xb_node parent, const hv_vendor *v)
{
    hv_xb_node n = hv_xb_el(b, parent, "vendor");
    hv_xb_set(b, n, "id", v->id);
    hv_xb_set(b, n, "name", v->name);
    hv_xb_set_owned(b, n, "anchor", hv_anchor_vendor(v));
    hv_xb_set(b, n, "file", hv_xb_display_file(b->ctx, v->file));
    hv_xb_text_el(b, n, "doc", v->doc);
    hv_canonical_sources(b, n, &v->sources);
}

/* ---- the documents -------------------------------------------------------- */

static void put_registry(hv_xml_builder *b, hv_xb_node root)
{
    const hv_registry *reg = b->ctx->reg;
    for (size_t i = 0; i < reg->vendor_count; i++)
        put_vendor(b, root, reg->vendors[i]);
    for (size_t i = 0; i < reg->interface_count; i++)
        put_interface(b, root, reg->interfaces[i]);
    for (size_t i = 0; i < reg->hypervisor_count; i++)
        put_hypervisor(b, root, reg->hypervisors[i]);
    for (size_t i = 0; i < reg->allocation_count; i++)
        if (!reg->allocations[i]->owner && reg->allocations[i]->valid)
            put_allocation(b, root, reg->allocations[i]);
}

static hv_xb_node start(hv_xml_builder *b, const hv_xb_context *ctx, hv_strbuf *text)
{
    hv_xb_node root = hv_xb_start(b, ctx, text, "hvcpuid-registry");
    hv_xb_set(b, root, "format", "hvcpuid-canonical");
    hv_xb_set(b, root, "version", "1");
    hv_xb_set(b, root, "generator", "hvcpuid " HVCPUID_VERSION);
    return root;
}

/* The whole document through either backend. */
static bool build_whole(hv_xml_builder *b, const hv_xb_context *ctx, hv_strbuf *text,
                        bool stub_leaves)
{
    hv_xb_node root = start(b, ctx, text);
    b->stub_leaves = stub_leaves;
    put_registry(b, root);
    hv_canonical_map(b, root);
    hv_canonical_msr_map(b, root);
    hv_canonical_report(b, root);
    return hv_xb_finish(b);
}

static xmlDocPtr tree_or_null(hv_xml_builder *b, bool ok)
{
    if (!ok) {
        xmlFreeDoc(b->doc);
        return NULL;
    }
    return b->doc;
}

xmlDocPtr hv_canonical_xml_build(const hv_registry *reg, const hv_diag_sink *diags)
{
    hv_xb_context ctx;
    if (!hv_xb_context_init(&ctx, reg, diags))
        return NULL;
    hv_xml_builder b;
    memset(&b, 0, sizeof b);
    bool ok = build_whole(&b, &ctx, NULL, false);
    hv_xb_context_free(&ctx);
    return tree_or_null(&b, ok);
}

xmlDocPtr hv_canonical_index_build(const hv_xb_context *ctx)
{
    hv_xml_builder b;
    memset(&b, 0, sizeof b);
    return tree_or_null(&b, build_whole(&b, ctx, NULL, true));
}

xmlDocPtr hv_canonical_section_build(const hv_xb_context *ctx, const hv_interface *iface)
{
    hv_xml_builder b;
    hv_xb_node root = start(&b, ctx, NULL);
    put_vendor(&b, root, iface->vendor);
    put_interface(&b, root, iface);
    return tree_or_null(&b, hv_xb_finish(&b));
}

bool hv_canonical_xml_write(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out)
{
    hv_xb_context ctx;
    if (!hv_xb_context_init(&ctx, reg, diags))
        return false;
    hv_xml_builder b;
    bool ok = build_whole(&b, &ctx, out, false);
    hv_xb_context_free(&ctx);
    return ok;
}

bool hv_emit_canonical_xml(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "canonical.xml");
    return out && hv_canonical_xml_write(ctx->reg, ctx->diags, out);
}
