/* validate/checks/ids.c - what objects are called and how they refer to each other:
 * id and name syntax ([name-syntax]: names become parts of C identifiers,
 * JSON keys and HTML anchors, so they need one safe spelling), unique ids
 * ([duplicate-id]) and references that resolve ([unknown-reference]),
 * acknowledged overlaps included. */
#include <stdio.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"
#include "validate/parse.h"

/* ---- name-syntax ---------------------------------------------------------- */

void hv_bad_id(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *id)
{
    if (id && !hv_valid_id(id))
        hv_report(ctx->sink, ctx->check, loc,
                  "%s id '%s' is not valid; use lowercase letters, digits and '-', starting "
                  "with a letter (e.g. 'xen-viridian')",
                  kind, id);
}

void hv_bad_name(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *name)
{
    if (name && !hv_valid_name(name))
        hv_report(ctx->sink, ctx->check, loc,
                  "%s name '%s' is not a C identifier fragment; use lowercase letters, digits "
                  "and single '_', starting with a letter (e.g. 'tsc_khz')",
                  kind, name);
}

void hv_names_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        hv_bad_name(ctx, f->loc, "field", f->name);
        for (size_t v = 0; v < f->value_count; v++)
            hv_bad_name(ctx, f->values[v].loc, "value", f->values[v].name);
    }
}

void hv_check_name_syntax(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t v = 0; v < reg->vendor_count; v++)
        hv_bad_id(ctx, reg->vendors[v]->loc, "vendor", reg->vendors[v]->id);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        hv_bad_id(ctx, iface->loc, "interface", iface->id);
        for (size_t l = 0; l < iface->leaf_count; l++)
            hv_bad_name(ctx, iface->leaves[l].loc, "leaf", iface->leaves[l].name);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        hv_bad_id(ctx, reg->hypervisors[h]->loc, "hypervisor", reg->hypervisors[h]->id);
    for (size_t a = 0; a < reg->allocation_count; a++)
        hv_bad_id(ctx, reg->allocations[a]->loc, "allocation", reg->allocations[a]->id);
    hv_visit_registers(ctx, hv_names_in);
    hv_msr_name_syntax(ctx);
}

/* ---- duplicate-id --------------------------------------------------------- */

/* An object known by id, what it belongs to (its vendor; a vendor's own
 * name) so a baseline can tell two of one id apart, and where it is. */
typedef struct id_entry {
    const char *id, *context;
    hv_loc loc;
} id_entry;

typedef id_entry (*id_fn)(const hv_registry *reg, size_t i);

/* Vendors, interfaces and hypervisors are sorted by id, so duplicates sit
 * side by side; each later one is reported against the first of its run,
 * unless a baseline shows the first is the newcomer (validate/blame.h). */
static void duplicate_ids(const hv_check_ctx *ctx, const char *kind, size_t n, id_fn id_at)
{
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        id_entry a = id_at(ctx->reg, first), b = id_at(ctx->reg, i);
        if (!a.id || !b.id || strcmp(a.id, b.id) != 0) {
            first = i;
            continue;
        }
        hv_conflict c;
        hv_conflict_init(&c, ctx->baseline, hv_fp_object(kind, a.id, a.context),
                         hv_fp_object(kind, b.id, b.context), false);
        hv_diag *d = hv_report(ctx->sink, ctx->check, c.blamed ? b.loc : a.loc,
                               "%s id '%s' is already used; ids must be unique", kind, a.id);
        hv_diag_add_note(d, c.blamed ? a.loc : b.loc, "first used here");
        hv_conflict_done(&c, d, ctx->check);
    }
}

static id_entry vendor_id(const hv_registry *reg, size_t i)
{
    const hv_vendor *v = reg->vendors[i];
    return (id_entry){v->id, v->name, v->loc};
}

static id_entry interface_id(const hv_registry *reg, size_t i)
{
    const hv_interface *iface = reg->interfaces[i];
    return (id_entry){iface->id, iface->vendor->id, iface->loc};
}

static id_entry hypervisor_id(const hv_registry *reg, size_t i)
{
    const hv_hypervisor *hv = reg->hypervisors[i];
    return (id_entry){hv->id, hv->vendor->id, hv->loc};
}

static id_entry allocation_id(const hv_registry *reg, size_t i)
{
    const hv_allocation *a = reg->allocations_by_id[i];
    return (id_entry){a->id, a->owner ? a->owner->id : a->vendor->id, a->loc};
}

void hv_check_duplicate_id(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    duplicate_ids(ctx, "vendor", reg->vendor_count, vendor_id);
    duplicate_ids(ctx, "interface", reg->interface_count, interface_id);
    duplicate_ids(ctx, "hypervisor", reg->hypervisor_count, hypervisor_id);
    duplicate_ids(ctx, "allocation", reg->allocation_id_count, allocation_id);
}

/* ---- unknown-reference ---------------------------------------------------- */

void hv_alternative_refs_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    char where[128];
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        if (!f->alternative_to)
            continue;
        if (f->name && strcmp(f->alternative_to, f->name) == 0)
            hv_report(ctx->sink, ctx->check, f->loc,
                      "field '%s' names itself in alternative-to; name the other reading", f->name);
        else if (!hv_register_find_field(reg, f->alternative_to))
            hv_report(ctx->sink, ctx->check, f->loc, "alternative-to '%s': no such field in %s",
                      f->alternative_to, hv_describe_register(reg, where, sizeof where));
    }
}

static bool leaf_has_field(const hv_leaf *leaf, const char *name)
{
    for (size_t r = 0; r < leaf->register_count; r++)
        if (hv_register_find_field(&leaf->registers[r], name))
            return true;
    return false;
}

/* replaced-by names the successor of a deprecated field: a field of the same
 * leaf, in any register (a field may move to another register). */
static void replaced_by_refs_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        if (f->replaced_by && (!leaf_has_field(reg->leaf, f->replaced_by) ||
                               (f->name && strcmp(f->replaced_by, f->name) == 0)))
            hv_report(ctx->sink, ctx->check, f->loc,
                      "replaced-by '%s' of field '%s': name another field of %s leaf 0x%02x",
                      f->replaced_by, f->name ? f->name : "?", reg->leaf->iface->id,
                      reg->leaf->offset);
    }
}

static bool presents_at(const hv_hypervisor *hv, const char *iface_id, uint32_t base)
{
    for (size_t p = 0; p < hv->presents_count; p++)
        if (hv->presents[p].interface_id && strcmp(hv->presents[p].interface_id, iface_id) == 0 &&
            hv->presents[p].valid && hv->presents[p].base == base)
            return true;
    return false;
}

static void presents_refs(const hv_check_ctx *ctx, const hv_hypervisor *hv)
{
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (!pr->iface)
            hv_report(ctx->sink, ctx->check, pr->loc,
                      "hypervisor '%s' presents unknown interface '%s'; define it or fix the id",
                      hv->id, pr->interface_id ? pr->interface_id : "");
        if (pr->overrides && pr->valid && !presents_at(hv, pr->overrides, pr->base))
            hv_report(ctx->sink, ctx->check, pr->loc,
                      "overrides='%s': hypervisor '%s' does not present '%s' at base 0x%08x",
                      pr->overrides, hv->id, pr->overrides, pr->base);
    }
}

/* An <acknowledges> names another allocation it overlaps in one namespace,
 * and says why; anything else records history that is not there. */
static void ack_refs(const hv_check_ctx *ctx, const hv_allocation *a)
{
    for (size_t k = 0; k < a->ack_count; k++) {
        const hv_ack *ack = &a->acks[k];
        const hv_allocation *o = ack->allocation;
        if (!o) {
            hv_report(ctx->sink, ctx->check, ack->loc, "acknowledges unknown allocation '%s'",
                      ack->allocation_id ? ack->allocation_id : "");
        } else if (o == a || !hv_allocation_in_window(a) || !hv_allocation_in_window(o) ||
                   o->first > a->last || a->first > o->last ||
                   !hv_allocations_share_namespace(a, o)) {
            hv_diag *d = hv_report(ctx->sink, ctx->check, ack->loc,
                                   "acknowledges an overlap with allocation '%s', but the two do "
                                   "not overlap in one namespace; remove the acknowledgement",
                                   ack->allocation_id);
            hv_diag_add_note(d, o->loc, "'%s' is declared here", ack->allocation_id);
        } else if (!ack->reason || !*ack->reason) {
            hv_report(ctx->sink, ctx->check, ack->loc,
                      "acknowledges the overlap with allocation '%s' without saying why; give "
                      "the reason as the element's text",
                      ack->allocation_id);
        }
    }
}

void hv_check_unknown_reference(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        presents_refs(ctx, reg->hypervisors[h]);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t f = 0; f < iface->follows_count; f++) {
            const hv_follows *fo = &iface->follows[f];
            if (!fo->allocation)
                hv_report(ctx->sink, ctx->check, fo->loc, "follows unknown allocation '%s'",
                          fo->allocation_id);
            else if (fo->allocation->owner)
                hv_report(ctx->sink, ctx->check, fo->loc,
                          "follows '%s', which belongs to interface '%s'; only generic "
                          "allocations (directly inside a <vendor>) can be followed",
                          fo->allocation_id, fo->allocation->owner->id);
        }
    }
    for (size_t a = 0; a < reg->allocation_count; a++)
        ack_refs(ctx, reg->allocations[a]);
    hv_visit_registers(ctx, hv_alternative_refs_in);
    hv_visit_msr_registers(ctx, hv_alternative_refs_in);
    hv_visit_registers(ctx, replaced_by_refs_in);
}
