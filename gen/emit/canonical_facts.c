/* gen/emit/canonical_facts.c - what the canonical XML carries beyond the
 * registry's own content: the bitfield diagram rows of each register, the
 * map of every base window (from gen/emit/leafmap.c) and the report of the
 * run's diagnostics, each finding linked to the objects on both sides. */
#include "gen/emit/canonical_facts.h"

#include <stdlib.h>
#include <string.h>

#include "gen/emit/leafmap.h"

/* ---- bitfield diagrams ------------------------------------------------------ */

/* First-fit rows without scanning them: a tree over the rows, where each
 * node keeps, for every bit l, the longest run of free bits starting at l
 * in any row below it. The first row a field fits in is found by walking
 * down to the leftmost leaf with room, in log(rows) steps; rows not yet
 * used are empty, so a field that fits no used row lands in the next one.
 * Rows are as wide as the register: 32 bits, or 64 for an MSR. */
typedef struct row_tree {
    size_t size;               /* leaves: a power of two, at least one per field */
    unsigned width;            /* bits per row: 32 or 64 */
    unsigned char (*room)[64]; /* room[node][l]: longest free run from bit l */
} row_tree;

static void row_room(uint64_t bits, unsigned width, unsigned char room[64])
{
    for (int l = (int)width - 1; l >= 0; l--)
        room[l] = (bits >> l) & 1u ? 0 : (unsigned char)(l == (int)width - 1 ? 1 : room[l + 1] + 1);
}

static bool row_tree_init(row_tree *t, size_t fields, unsigned width)
{
    t->size = 1;
    t->width = width;
    while (t->size < fields)
        t->size *= 2;
    t->room = malloc(2 * t->size * sizeof *t->room);
    if (!t->room)
        return false;
    unsigned char empty[64] = {0};
    row_room(0, width, empty);
    for (size_t i = 1; i < 2 * t->size; i++)
        memcpy(t->room[i], empty, sizeof empty);
    return true;
}

static void row_tree_set(row_tree *t, size_t row, uint64_t bits)
{
    size_t n = t->size + row;
    row_room(bits, t->width, t->room[n]);
    for (n /= 2; n >= 1; n /= 2)
        for (unsigned l = 0; l < t->width; l++)
            t->room[n][l] = t->room[2 * n][l] > t->room[2 * n + 1][l] ? t->room[2 * n][l]
                                                                      : t->room[2 * n + 1][l];
}

/* The first row with bits lsb..msb free. */
static size_t row_tree_first(const row_tree *t, unsigned msb, unsigned lsb)
{
    unsigned need = msb - lsb + 1;
    size_t n = 1;
    while (n < t->size)
        n = t->room[2 * n][lsb] >= need ? 2 * n : 2 * n + 1;
    return n - t->size;
}

/* Places each field of a register in the first diagram row where it overlaps
 * nothing: plain fields first, then alternative readings, so the first row
 * is the primary reading and overlaps never share a row. */
static size_t assign_rows(const hv_register *r, size_t *row_of, uint64_t *row_bits, bool *ok)
{
    size_t rows = 0;
    row_tree t;
    if (!(*ok = row_tree_init(&t, r->field_count, hv_register_width(r))))
        return 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < r->field_count; i++) {
            const hv_field *f = &r->fields[i];
            if (!f->valid || (pass == 0) != (f->alternative_to == NULL))
                continue;
            size_t row = row_tree_first(&t, f->msb, f->lsb);
            if (row == rows)
                row_bits[rows++] = 0;
            row_bits[row] |= hv_field_mask64(f);
            row_tree_set(&t, row, row_bits[row]);
            row_of[i] = row;
        }
    }
    free(t.room);
    return rows;
}

static void put_cell(hv_xml_builder *b, hv_xb_node row, const char *kind, unsigned msb,
                     unsigned lsb, const hv_field *f)
{
    hv_xb_node c = hv_xb_el(b, row, "cell");
    hv_xb_set(b, c, "kind", kind);
    hv_xb_setf(b, c, "msb", "%u", msb);
    hv_xb_setf(b, c, "lsb", "%u", lsb);
    hv_xb_setf(b, c, "width", "%u", msb - lsb + 1);
    if (f && !f->reserved) {
        hv_xb_set(b, c, "name", f->name);
        hv_xb_set_owned(b, c, "anchor", hv_anchor_field(f));
    }
    if (f)
        hv_xb_set(b, c, "status", hv_status_name(f->status));
}

/* One <row> of cells from the top bit (`width` - 1: 31, or 63 for an MSR)
 * down to 0: fields, reserved ranges, and "undefined" cells for bits nothing
 * in this row describes. `at_msb[b]` is the row's field whose msb is b (a
 * row's fields never overlap). */
static void put_diagram_row(hv_xml_builder *b, hv_xb_node diagram, unsigned width, size_t row,
                            uint64_t bits, const hv_field *const at_msb[64])
{
    hv_xb_node n = hv_xb_el(b, diagram, "row");
    hv_xb_setf(b, n, "index", "%zu", row);
    int bit = (int)width - 1;
    while (bit >= 0) {
        const hv_field *hit = at_msb[bit];
        if (hit) {
            put_cell(b, n, hit->reserved ? "reserved" : "field", hit->msb, hit->lsb, hit);
            bit = (int)hit->lsb - 1;
            continue;
        }
        int low = bit;
        while (low > 0 && !(bits & ((uint64_t)1 << (low - 1))))
            low--;
        put_cell(b, n, "undefined", (unsigned)bit, (unsigned)low, NULL);
        bit = low - 1;
    }
}

/* The fields of each row, in register order: members[start[row]..start[row+1]). */
static bool fields_by_row(const hv_register *r, const size_t *row_of, size_t rows, size_t *start,
                          size_t *members)
{
    memset(start, 0, (rows + 1) * sizeof *start);
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid)
            start[row_of[i] + 1]++;
    for (size_t row = 0; row < rows; row++)
        start[row + 1] += start[row];
    size_t *fill = malloc((rows + 1) * sizeof *fill);
    if (!fill)
        return false;
    memcpy(fill, start, (rows + 1) * sizeof *fill);
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid)
            members[fill[row_of[i]]++] = i;
    free(fill);
    return true;
}

static void put_rows(hv_xml_builder *b, hv_xb_node diagram, const hv_register *r,
                     const size_t *start, const size_t *members, size_t rows,
                     const uint64_t *row_bits)
{
    for (size_t row = 0; row < rows; row++) {
        const hv_field *at_msb[64] = {NULL};
        for (size_t k = start[row]; k < start[row + 1]; k++) {
            const hv_field *f = &r->fields[members[k]];
            if (!at_msb[f->msb])
                at_msb[f->msb] = f;
        }
        put_diagram_row(b, diagram, hv_register_width(r), row, row_bits[row], at_msb);
    }
}

void hv_canonical_diagram(hv_xml_builder *b, hv_xb_node reg_node, const hv_register *r)
{
    size_t cap = r->field_count + 1;
    size_t *row_of = calloc(cap, sizeof *row_of), *start = calloc(cap + 1, sizeof *start);
    size_t *members = calloc(cap, sizeof *members);
    uint64_t *row_bits = calloc(cap, sizeof *row_bits);
    bool ok = row_of && start && members && row_bits;
    size_t rows = ok ? assign_rows(r, row_of, row_bits, &ok) : 0;
    if (ok && (ok = fields_by_row(r, row_of, rows, start, members))) {
        hv_xb_node diagram = hv_xb_el(b, reg_node, "diagram");
        hv_xb_setf(b, diagram, "width", "%u", hv_register_width(r));
        const hv_field *none[64] = {NULL};
        if (rows == 0)
            put_diagram_row(b, diagram, hv_register_width(r), 0, 0, none);
        put_rows(b, diagram, r, start, members, rows, row_bits);
    }
    b->failed |= !ok;
    free(row_of);
    free(start);
    free(members);
    free(row_bits);
}

/* ---- the run's diagnostics ---------------------------------------------- */

static void put_loc(hv_xml_builder *b, hv_xb_node n, hv_loc loc)
{
    if (!loc.file)
        return;
    hv_xb_set(b, n, "file", hv_xb_display_file(b->ctx, loc.file));
    hv_xb_setf(b, n, "line", "%u", loc.line);
    hv_xb_setf(b, n, "column", "%u", loc.col);
    hv_xb_set(b, n, "target", hv_anchor_index_find(&b->ctx->anchors, loc));
}

void hv_canonical_report(hv_xml_builder *b, hv_xb_node root)
{
    hv_xb_node n = hv_xb_el(b, root, "report");
    const hv_diag_sink *d = b->ctx->diags;
    size_t errors = d ? d->errors : 0, warnings = d ? d->warnings : 0;
    hv_xb_setf(b, n, "errors", "%zu", errors);
    hv_xb_setf(b, n, "warnings", "%zu", warnings);
    static const char *const levels[] = {"note", "warning", "error"};
    for (size_t i = 0; d && i < d->count; i++) {
        const hv_diag *dg = &d->items[i];
        hv_xb_node dn = hv_xb_el(b, n, "diagnostic");
        hv_xb_setf(b, dn, "anchor", "report_%zu", i + 1);
        hv_xb_set(b, dn, "level", levels[dg->severity]);
        if (hv_check_name(dg->check))
            hv_xb_set(b, dn, "check", hv_check_name(dg->check));
        put_loc(b, dn, dg->loc);
        hv_xb_text_el(b, dn, "message", dg->message);
        for (size_t k = 0; k < dg->note_count; k++)
            put_loc(b, hv_xb_text_el(b, dn, "note", dg->notes[k].message), dg->notes[k].loc);
    }
}

/* ---- the map of base windows --------------------------------------------- */

static void put_claim_common(hv_xml_builder *b, hv_xb_node c, const hv_map_claim *cl, uint32_t base,
                             const hv_map_window *w)
{
    hv_xb_setf(b, c, "first", "0x%02x", cl->first);
    hv_xb_setf(b, c, "last", "0x%02x", cl->last);
    hv_xb_setf(b, c, "first-leaf", "0x%08x", base + cl->first);
    hv_xb_setf(b, c, "last-leaf", "0x%08x", base + cl->last);
    hv_xb_setf(b, c, "segment-first", "%zu", hv_map_segment_of(w, cl->first) + 1);
    hv_xb_setf(b, c, "segment-count", "%zu",
               hv_map_segment_of(w, cl->last) - hv_map_segment_of(w, cl->first) + 1);
}

static void put_placements(hv_xml_builder *b, hv_xb_node c, const hv_map_claim *cl)
{
    for (size_t h = 0; h < cl->placed_count; h++) {
        hv_xb_node p = hv_xb_el(b, c, "placed-by");
        const hv_hypervisor *hv = cl->placed_by[h];
        hv_xb_set(b, p, "hypervisor", hv ? hv->id : NULL);
        hv_xb_set(b, p, "name", hv ? hv->name : NULL);
        hv_xb_set(b, p, "status", hv ? hv_status_name(hv->status) : NULL);
        hv_xb_set(b, p, "default-base", hv ? NULL : "true");
        if (hv)
            hv_xb_set_owned(b, p, "anchor", hv_anchor_hypervisor(hv));
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

/* Attributes first, then the placed-by children: the text backend writes
 * in document order. */
static void put_claim(hv_xml_builder *b, hv_xb_node wn, const hv_map_claim *cl,
                      const hv_map_window *w)
{
    hv_xb_node c = hv_xb_el(b, wn, "claim");
    const hv_allocation *a = cl->alloc;
    bool generic = a && !a->owner;
    hv_status status;
    size_t diag = 0;
    if (generic) {
        hv_xb_set(b, c, "kind", "generic");
        hv_xb_set(b, c, "owner", a->id);
        hv_xb_set(b, c, "owner-name", a->name);
        hv_xb_set_owned(b, c, "owner-anchor", hv_anchor_allocation(a));
        status = a->status;
        diag = hv_xb_diag_naming(b->ctx, a->loc);
    } else {
        hv_xb_set(b, c, "kind", a ? "interface" : "leaves");
        hv_xb_set(b, c, "owner", cl->iface->id);
        hv_xb_set(b, c, "owner-name", cl->iface->name);
        hv_xb_set_owned(b, c, "owner-anchor",
                        a ? hv_anchor_allocation(a) : hv_anchor_interface(cl->iface));
        status = a ? a->status : cl->iface->status;
        diag = a ? hv_xb_diag_naming(b->ctx, a->loc) : hv_xb_diag_naming(b->ctx, cl->iface->loc);
    }
    hv_xb_set(b, c, "status", hv_status_name(status));
    hv_xb_set(b, c, "shown-status", hv_status_name(shown_status(cl, status)));
    put_claim_common(b, c, cl, w->base, w);
    if (diag) {
        hv_xb_set(b, c, "conflict", "true");
        hv_xb_setf(b, c, "report", "report_%zu", diag);
    }
    if (!generic)
        put_placements(b, c, cl);
}

void hv_canonical_map(hv_xml_builder *b, hv_xb_node root)
{
    hv_xb_node n = hv_xb_el(b, root, "map");
    hv_map map;
    if (!hv_map_build(b->ctx->reg, &map)) {
        b->failed = true;
        return;
    }
    for (size_t i = 0; i < map.window_count; i++) {
        const hv_map_window *w = &map.windows[i];
        hv_xb_node wn = hv_xb_el(b, n, "window");
        hv_xb_setf(b, wn, "base", "0x%08x", w->base);
        hv_xb_setf(b, wn, "anchor", "map_0x%08x", w->base);
        for (size_t s = 0; s < w->segment_count; s++) {
            hv_xb_node sn = hv_xb_el(b, wn, "segment");
            hv_xb_setf(b, sn, "first", "0x%02x", w->segments[s].first);
            hv_xb_setf(b, sn, "last", "0x%02x", w->segments[s].last);
            hv_xb_setf(b, sn, "claims", "%zu", w->segments[s].claims);
        }
        for (size_t c = 0; c < w->claim_count; c++)
            put_claim(b, wn, &w->claims[c], w);
    }
    hv_map_free(&map);
}
