/* gen/emit/canonical_xml.c - the checked model as a canonical XML document,
 * built node by node with libxml2's tree API (never by pasting strings, so
 * every registry string is escaped by the serialiser). Besides the registry's
 * own content it carries what readers need computed: absolute leaf numbers
 * per base, bitfield diagram rows, the map of each base window, the run's
 * diagnostics with anchors to both sides, and link targets that passed the
 * http(s)/GitHub validation. The layout is documented in docs/html.md. */
#include "gen/emit/canonical_xml.h"

#include <libxml/xmlsave.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks.h" /* hv_default_diagnostics; goes with it */
#include "validate/parse.h"
#include "gen/emit/anchors.h"
#include "gen/emit/leafmap.h"
#include "gen/emit/links.h"
#include "gen/version.h"

typedef struct builder {
    xmlDocPtr doc;
    bool failed;
    const hv_registry *reg;
    const hv_diag_sink *diags;
    size_t strip; /* length of the folder prefix every registry file shares */
    hv_anchor_index index;
} builder;

/* ---- node helpers: each records allocation failure instead of crashing -- */

static xmlNodePtr el(builder *b, xmlNodePtr parent, const char *name)
{
    if (!parent) {
        b->failed = true;
        return NULL;
    }
    xmlNodePtr n = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
    if (!n)
        b->failed = true;
    return n;
}

/* Sets an attribute to a literal value (xmlSetProp does not parse entity
 * references); a NULL value leaves the attribute out. */
static void set(builder *b, xmlNodePtr n, const char *name, const char *value)
{
    if (!n || !value)
        return;
    if (!xmlSetProp(n, BAD_CAST name, BAD_CAST value))
        b->failed = true;
}

static void setf(builder *b, xmlNodePtr n, const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void setf(builder *b, xmlNodePtr n, const char *name, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    set(b, n, name, buf);
}

/* Sets an attribute from a malloc'd string and frees it. */
static void set_owned(builder *b, xmlNodePtr n, const char *name, char *value)
{
    if (!value)
        b->failed = true;
    set(b, n, name, value);
    free(value);
}

/* <name>text</name> as an escaped text node; nothing when text is NULL. */
static xmlNodePtr text_el(builder *b, xmlNodePtr parent, const char *name, const char *text)
{
    if (!text || !parent)
        return NULL;
    xmlNodePtr n = xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
    if (!n)
        b->failed = true;
    return n;
}

/* A registry file name without the folder all files share, so the output
 * does not depend on where the registry lies or how it was named. */
static const char *display_file(const builder *b, const char *file)
{
    if (!file)
        return NULL;
    if (b->strip && strlen(file) > b->strip && strncmp(file, b->reg->files[0], b->strip) == 0)
        return file + b->strip;
    return file;
}

static size_t common_folder(const hv_registry *reg)
{
    if (reg->file_count == 0)
        return 0;
    const char *first = reg->files[0];
    const char *slash = strrchr(first, '/');
    size_t n = slash ? (size_t)(slash - first) + 1 : 0;
    for (size_t i = 1; i < reg->file_count; i++) {
        while (n && strncmp(first, reg->files[i], n) != 0) {
            n--;
            while (n && first[n - 1] != '/')
                n--;
        }
    }
    return n;
}

/* ---- sources and links ---------------------------------------------- */

static void put_sources(builder *b, xmlNodePtr parent, const hv_sources *sources)
{
    for (size_t i = 0; i < sources->count; i++) {
        const hv_source *s = &sources->items[i];
        xmlNodePtr n = el(b, parent, "source");
        set(b, n, "repo", s->repo);
        set(b, n, "path", s->path);
        set(b, n, "commit", s->commit);
        set(b, n, "url", s->url);
        set(b, n, "title", s->title);
        set(b, n, "note", s->note);
        char *href = hv_source_href(s);
        if (href)
            set_owned(b, n, "href", href);
    }
}

/* ---- signatures --------------------------------------------------------- */

static void put_signature(builder *b, xmlNodePtr parent, const char *name, const hv_signature *sig,
                          size_t want)
{
    if (!sig->present || !sig->valid || sig->len != want)
        return;
    xmlNodePtr n = el(b, parent, name);
    char text[128], hex[64];
    hv_format_signature(sig->bytes, want, text, sizeof text);
    size_t tl = strlen(text);
    if (tl >= 2) { /* without the quotes */
        text[tl - 1] = '\0';
        set(b, n, "text", text + 1);
    }
    hv_format_hex(sig->bytes, want, hex, sizeof hex);
    set(b, n, "hex", hex);
    static const char *const regs[] = {"ebx", "ecx", "edx"};
    for (size_t r = 0; r < want / 4; r++) {
        const unsigned char *p = sig->bytes + 4 * r;
        uint32_t v =
            (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        setf(b, n, want == 4 ? "eax" : regs[r], "0x%08x", v);
    }
}

/* ---- leaves, registers, fields ------------------------------------------ */

/* Which diagnostic (1-based, 0 for none) names a location as either side. */
static size_t diag_naming(const builder *b, hv_loc loc)
{
    const hv_diag_sink *d = b->diags;
    for (size_t i = 0; d && loc.file && i < d->count; i++) {
        if (hv_loc_compare(d->items[i].loc, loc) == 0)
            return i + 1;
        for (size_t k = 0; k < d->items[i].note_count; k++)
            if (hv_loc_compare(d->items[i].notes[k].loc, loc) == 0)
                return i + 1;
    }
    return 0;
}

/* Marks an object a finding names, so the page can link back to it. */
static void put_report_ref(builder *b, xmlNodePtr n, hv_loc loc)
{
    size_t diag = diag_naming(b, loc);
    if (diag)
        setf(b, n, "report", "report_%zu", diag);
}

static void put_values(builder *b, xmlNodePtr parent, const hv_field *f)
{
    for (size_t v = 0; v < f->value_count; v++) {
        const hv_enum_value *ev = &f->values[v];
        if (!ev->valid)
            continue;
        xmlNodePtr n = text_el(b, parent, "value", ev->doc ? ev->doc : "");
        setf(b, n, "value", "%u", ev->value);
        setf(b, n, "hex", "0x%x", ev->value);
        set(b, n, "name", ev->name);
    }
}

static void put_field(builder *b, xmlNodePtr parent, const hv_field *f)
{
    xmlNodePtr n = el(b, parent, f->reserved ? "reserved" : "field");
    setf(b, n, "msb", "%u", f->msb);
    setf(b, n, "lsb", "%u", f->lsb);
    if (f->msb == f->lsb)
        setf(b, n, "bits", "%u", f->msb);
    else
        setf(b, n, "bits", "%u:%u", f->msb, f->lsb);
    setf(b, n, "mask", "0x%08x", hv_field_mask(f));
    set(b, n, "name", f->name);
    if (!f->reserved)
        set_owned(b, n, "anchor", hv_anchor_field(f));
    set(b, n, "upstream", f->upstream);
    if (f->upstream)
        set(b, n, "upstream-kind", hv_upstream_kind_name(f->upstream_kind));
    set(b, n, "status", hv_status_name(f->status));
    set(b, n, "alternative-to", f->alternative_to);
    put_report_ref(b, n, f->loc);
    text_el(b, n, "doc", f->doc);
    put_values(b, n, f);
    put_sources(b, n, &f->sources);
}

/* Places each field of a register in the first diagram row where it overlaps
 * nothing: plain fields first, then alternative readings, so the first row
 * is the primary reading and overlaps never share a row. */
static size_t assign_rows(const hv_register *r, size_t *row_of, uint32_t *row_bits)
{
    size_t rows = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < r->field_count; i++) {
            const hv_field *f = &r->fields[i];
            if (!f->valid || (pass == 0) != (f->alternative_to == NULL))
                continue;
            uint32_t mask = hv_field_mask(f);
            size_t row = 0;
            while (row < rows && (row_bits[row] & mask))
                row++;
            if (row == rows)
                row_bits[rows++] = 0;
            row_bits[row] |= mask;
            row_of[i] = row;
        }
    }
    return rows;
}

static void put_cell(builder *b, xmlNodePtr row, const char *kind, unsigned msb, unsigned lsb,
                     const hv_field *f)
{
    xmlNodePtr c = el(b, row, "cell");
    set(b, c, "kind", kind);
    setf(b, c, "msb", "%u", msb);
    setf(b, c, "lsb", "%u", lsb);
    setf(b, c, "width", "%u", msb - lsb + 1);
    if (f && !f->reserved) {
        set(b, c, "name", f->name);
        set_owned(b, c, "anchor", hv_anchor_field(f));
    }
    if (f)
        set(b, c, "status", hv_status_name(f->status));
}

/* One <row> of cells from bit 31 down to 0: fields, reserved ranges, and
 * "undefined" cells for bits nothing in this row describes. */
static void put_diagram_row(builder *b, xmlNodePtr diagram, const hv_register *r,
                            const size_t *row_of, size_t row, uint32_t bits)
{
    xmlNodePtr n = el(b, diagram, "row");
    setf(b, n, "index", "%zu", row);
    int bit = 31;
    while (bit >= 0) {
        const hv_field *hit = NULL;
        for (size_t i = 0; i < r->field_count && !hit; i++)
            if (r->fields[i].valid && row_of[i] == row && (int)r->fields[i].msb == bit)
                hit = &r->fields[i];
        if (hit) {
            put_cell(b, n, hit->reserved ? "reserved" : "field", hit->msb, hit->lsb, hit);
            bit = (int)hit->lsb - 1;
            continue;
        }
        int low = bit;
        while (low > 0 && !(bits & (1u << (low - 1))))
            low--;
        put_cell(b, n, "undefined", (unsigned)bit, (unsigned)low, NULL);
        bit = low - 1;
    }
}

static void put_register(builder *b, xmlNodePtr parent, const hv_register *r)
{
    xmlNodePtr n = el(b, parent, "register");
    set(b, n, "name", hv_reg_name(r->reg));
    set_owned(b, n, "anchor", hv_anchor_register(r));
    size_t cap = r->field_count + 1;
    size_t *row_of = calloc(cap, sizeof *row_of);
    uint32_t *row_bits = calloc(cap, sizeof *row_bits);
    if (!row_of || !row_bits) {
        b->failed = true;
    } else {
        size_t rows = assign_rows(r, row_of, row_bits);
        xmlNodePtr diagram = el(b, n, "diagram");
        if (rows == 0)
            put_diagram_row(b, diagram, r, row_of, 0, 0);
        for (size_t row = 0; row < rows; row++)
            put_diagram_row(b, diagram, r, row_of, row, row_bits[row]);
    }
    free(row_of);
    free(row_bits);
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid)
            put_field(b, n, &r->fields[i]);
}

static void put_leaf(builder *b, xmlNodePtr parent, const hv_leaf *leaf, const uint32_t *bases,
                     size_t nb)
{
    xmlNodePtr n = el(b, parent, "leaf");
    setf(b, n, "offset", "0x%02x", leaf->offset);
    if (leaf->has_subleaf)
        setf(b, n, "subleaf", "0x%x", leaf->subleaf);
    set(b, n, "name", leaf->name);
    set_owned(b, n, "anchor", hv_anchor_leaf(leaf));
    set(b, n, "upstream", leaf->upstream);
    set(b, n, "status", hv_status_name(leaf->status));
    for (size_t i = 0; i < nb; i++) {
        xmlNodePtr at = el(b, n, "at");
        setf(b, at, "base", "0x%08x", bases[i]);
        setf(b, at, "leaf", "0x%08x", bases[i] + leaf->offset);
    }
    text_el(b, n, "doc", leaf->doc);
    put_sources(b, n, &leaf->sources);
    for (size_t r = 0; r < leaf->register_count; r++)
        put_register(b, n, &leaf->registers[r]);
}

/* ---- allocations, interfaces, hypervisors, vendors ---------------------- */

static void put_allocation(builder *b, xmlNodePtr parent, const hv_allocation *a)
{
    xmlNodePtr n = el(b, parent, "allocation");
    set(b, n, "id", a->id);
    set(b, n, "name", a->name);
    set_owned(b, n, "anchor", hv_anchor_allocation(a));
    setf(b, n, "first", "0x%02x", a->first);
    setf(b, n, "last", "0x%02x", a->last);
    set(b, n, "status", hv_status_name(a->status));
    if (!a->owner)
        set(b, n, "vendor", a->vendor->id);
    put_report_ref(b, n, a->loc);
    text_el(b, n, "doc", a->doc);
    put_sources(b, n, &a->sources);
}

static void put_interface(builder *b, xmlNodePtr parent, const hv_interface *iface)
{
    xmlNodePtr n = el(b, parent, "interface");
    set(b, n, "id", iface->id);
    set(b, n, "name", iface->name);
    set(b, n, "vendor", iface->vendor->id);
    set_owned(b, n, "anchor", hv_anchor_interface(iface));
    set(b, n, "status", hv_status_name(iface->status));
    set(b, n, "signature-certainty", iface->signature_uncertain ? "uncertain" : "confirmed");
    if (iface->has_default_base && iface->default_base_valid)
        setf(b, n, "default-base", "0x%08x", iface->default_base);
    if (iface->has_min_base && iface->min_base_valid)
        setf(b, n, "min-base", "0x%08x", iface->min_base);
    if (iface->has_max_leaf && iface->max_leaf_valid)
        setf(b, n, "max-leaf", "0x%02x", iface->max_leaf);
    put_signature(b, n, "vendor-signature", &iface->vendor_sig, 12);
    put_signature(b, n, "interface-signature", &iface->iface_sig, 4);
    uint32_t bases[256];
    size_t nb = hv_interface_bases(b->reg, iface, bases, sizeof bases / sizeof bases[0]);
    for (size_t i = 0; i < nb; i++)
        setf(b, el(b, n, "base"), "value", "0x%08x", bases[i]);
    text_el(b, n, "doc", iface->doc);
    put_sources(b, n, &iface->sources);
    for (size_t a = 0; a < iface->allocation_count; a++)
        if (iface->allocations[a].valid)
            put_allocation(b, n, &iface->allocations[a]);
    for (size_t f = 0; f < iface->follows_count; f++) {
        xmlNodePtr fo = el(b, n, "follows");
        set(b, fo, "allocation", iface->follows[f].allocation_id);
        if (iface->follows[f].allocation)
            set_owned(b, fo, "anchor", hv_anchor_allocation(iface->follows[f].allocation));
    }
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid)
            put_leaf(b, n, &iface->leaves[l], bases, nb);
}

static void put_hypervisor(builder *b, xmlNodePtr parent, const hv_hypervisor *hv)
{
    xmlNodePtr n = el(b, parent, "hypervisor");
    set(b, n, "id", hv->id);
    set(b, n, "name", hv->name);
    set(b, n, "vendor", hv->vendor->id);
    set_owned(b, n, "anchor", hv_anchor_hypervisor(hv));
    set(b, n, "status", hv_status_name(hv->status));
    text_el(b, n, "doc", hv->doc);
    put_sources(b, n, &hv->sources);
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->valid)
            continue;
        xmlNodePtr pn = el(b, n, "presents");
        set(b, pn, "interface", pr->interface_id);
        if (pr->iface)
            set_owned(b, pn, "anchor", hv_anchor_interface(pr->iface));
        setf(b, pn, "base", "0x%08x", pr->base);
        set(b, pn, "overrides", pr->overrides);
        /* The vendor string the guest sees: the product's own, else the
         * interface's. */
        const hv_signature *sig = &pr->vendor_sig;
        if (!sig->present && pr->iface)
            sig = &pr->iface->vendor_sig;
        put_signature(b, pn, "vendor-signature", sig, 12);
        text_el(b, pn, "doc", pr->doc);
    }
}

static void put_vendor(builder *b, xmlNodePtr parent, const hv_vendor *v)
{
    xmlNodePtr n = el(b, parent, "vendor");
    set(b, n, "id", v->id);
    set(b, n, "name", v->name);
    set_owned(b, n, "anchor", hv_anchor_vendor(v));
    set(b, n, "file", display_file(b, v->file));
    text_el(b, n, "doc", v->doc);
    put_sources(b, n, &v->sources);
}

/* ---- the run's diagnostics ---------------------------------------------- */

static void put_loc(builder *b, xmlNodePtr n, hv_loc loc)
{
    if (!loc.file)
        return;
    set(b, n, "file", display_file(b, loc.file));
    setf(b, n, "line", "%u", loc.line);
    setf(b, n, "column", "%u", loc.col);
    set(b, n, "target", hv_anchor_index_find(&b->index, loc));
}

static void put_report(builder *b, xmlNodePtr root)
{
    xmlNodePtr n = el(b, root, "report");
    const hv_diag_sink *d = b->diags;
    size_t errors = d ? d->errors : 0, warnings = d ? d->warnings : 0;
    setf(b, n, "errors", "%zu", errors);
    setf(b, n, "warnings", "%zu", warnings);
    static const char *const levels[] = {"note", "warning", "error"};
    for (size_t i = 0; d && i < d->count; i++) {
        const hv_diag *dg = &d->items[i];
        xmlNodePtr dn = el(b, n, "diagnostic");
        setf(b, dn, "anchor", "report_%zu", i + 1);
        set(b, dn, "level", levels[dg->severity]);
        set(b, dn, "check", hv_check_name(dg->check));
        put_loc(b, dn, dg->loc);
        text_el(b, dn, "message", dg->message);
        for (size_t k = 0; k < dg->note_count; k++)
            put_loc(b, text_el(b, dn, "note", dg->notes[k].message), dg->notes[k].loc);
    }
}

/* ---- the map of base windows --------------------------------------------- */

static void put_claim_common(builder *b, xmlNodePtr c, const hv_map_claim *cl, uint32_t base,
                             const hv_map_window *w)
{
    setf(b, c, "first", "0x%02x", cl->first);
    setf(b, c, "last", "0x%02x", cl->last);
    setf(b, c, "first-leaf", "0x%08x", base + cl->first);
    setf(b, c, "last-leaf", "0x%08x", base + cl->last);
    setf(b, c, "segment-first", "%zu", hv_map_segment_of(w, cl->first) + 1);
    setf(b, c, "segment-count", "%zu",
         hv_map_segment_of(w, cl->last) - hv_map_segment_of(w, cl->first) + 1);
}

static void put_placements(builder *b, xmlNodePtr c, const hv_map_claim *cl)
{
    for (size_t h = 0; h < cl->placed_count; h++) {
        xmlNodePtr p = el(b, c, "placed-by");
        const hv_hypervisor *hv = cl->placed_by[h];
        set(b, p, "hypervisor", hv ? hv->id : NULL);
        set(b, p, "name", hv ? hv->name : NULL);
        set(b, p, "status", hv ? hv_status_name(hv->status) : NULL);
        set(b, p, "default-base", hv ? NULL : "true");
        if (hv)
            set_owned(b, p, "anchor", hv_anchor_hypervisor(hv));
    }
}

/* What a reader should see for a claim: its own status, except that an
 * active allocation placed at this base only by products that are not active
 * (a proposal, a deprecated product) shows the placing product's status;
 * withdrawn products place nothing (hv_interface_bases). */
static hv_status shown_status(const hv_map_claim *cl, hv_status own)
{
    if (own != HV_STATUS_ACTIVE || cl->placed_count == 0)
        return own;
    for (size_t h = 0; h < cl->placed_count; h++)
        if (!cl->placed_by[h] || cl->placed_by[h]->status == HV_STATUS_ACTIVE)
            return own;
    return cl->placed_by[0]->status;
}

static void put_claim(builder *b, xmlNodePtr wn, const hv_map_claim *cl, const hv_map_window *w)
{
    xmlNodePtr c = el(b, wn, "claim");
    const hv_allocation *a = cl->alloc;
    hv_status status;
    size_t diag = 0;
    if (a && !a->owner) {
        set(b, c, "kind", "generic");
        set(b, c, "owner", a->id);
        set(b, c, "owner-name", a->name);
        set_owned(b, c, "owner-anchor", hv_anchor_allocation(a));
        status = a->status;
        diag = diag_naming(b, a->loc);
    } else {
        set(b, c, "kind", a ? "interface" : "leaves");
        set(b, c, "owner", cl->iface->id);
        set(b, c, "owner-name", cl->iface->name);
        set_owned(b, c, "owner-anchor",
                  a ? hv_anchor_allocation(a) : hv_anchor_interface(cl->iface));
        status = a ? a->status : cl->iface->status;
        diag = a ? diag_naming(b, a->loc) : diag_naming(b, cl->iface->loc);
        put_placements(b, c, cl);
    }
    set(b, c, "status", hv_status_name(status));
    set(b, c, "shown-status", hv_status_name(shown_status(cl, status)));
    put_claim_common(b, c, cl, w->base, w);
    if (diag) {
        set(b, c, "conflict", "true");
        setf(b, c, "report", "report_%zu", diag);
    }
}

static void put_map(builder *b, xmlNodePtr root)
{
    xmlNodePtr n = el(b, root, "map");
    hv_map map;
    if (!hv_map_build(b->reg, &map)) {
        b->failed = true;
        return;
    }
    for (size_t i = 0; i < map.window_count; i++) {
        const hv_map_window *w = &map.windows[i];
        xmlNodePtr wn = el(b, n, "window");
        setf(b, wn, "base", "0x%08x", w->base);
        setf(b, wn, "anchor", "map_0x%08x", w->base);
        for (size_t s = 0; s < w->segment_count; s++) {
            xmlNodePtr sn = el(b, wn, "segment");
            setf(b, sn, "first", "0x%02x", w->segments[s].first);
            setf(b, sn, "last", "0x%02x", w->segments[s].last);
            setf(b, sn, "claims", "%zu", w->segments[s].claims);
        }
        for (size_t c = 0; c < w->claim_count; c++)
            put_claim(b, wn, &w->claims[c], w);
    }
    hv_map_free(&map);
}

/* ---- the document -------------------------------------------------------- */

static void put_registry(builder *b, xmlNodePtr root)
{
    const hv_registry *reg = b->reg;
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

xmlDocPtr hv_canonical_xml_build(const hv_registry *reg, const hv_diag_sink *diags)
{
    builder b = {.reg = reg, .diags = diags, .strip = common_folder(reg)};
    b.doc = xmlNewDoc(BAD_CAST "1.0");
    if (!b.doc)
        return NULL;
    xmlNodePtr root = xmlNewDocNode(b.doc, NULL, BAD_CAST "hvcpuid-registry", NULL);
    if (!root || !hv_anchor_index_build(reg, &b.index)) {
        xmlFreeNode(root);
        xmlFreeDoc(b.doc);
        return NULL;
    }
    xmlDocSetRootElement(b.doc, root);
    set(&b, root, "format", "hvcpuid-canonical");
    set(&b, root, "version", "1");
    set(&b, root, "generator", "hvcpuid " HVCPUID_VERSION);
    put_registry(&b, root);
    put_map(&b, root);
    put_report(&b, root);
    hv_anchor_index_free(&b.index);
    if (b.failed) {
        xmlFreeDoc(b.doc);
        return NULL;
    }
    return b.doc;
}

void hv_default_diagnostics(const hv_registry *reg, hv_check_config *config, hv_diag_sink *sink)
{
    hv_check_config_init(config);
    hv_diag_sink_init(sink, config);
    hv_run_checks(reg, sink);
    hv_diag_sort(sink);
}

bool hv_emit_canonical_xml(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out)
{
    xmlDocPtr doc = hv_canonical_xml_build(reg, diags);
    if (!doc)
        return false;
    xmlChar *mem = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
    xmlFreeDoc(doc);
    if (!mem)
        return false;
    hv_strbuf_append(out, (const char *)mem, (size_t)len);
    xmlFree(mem);
    return !out->failed;
}
