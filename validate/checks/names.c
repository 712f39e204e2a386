/* validate/checks/names.c - names that become parts of C identifiers, JSON keys and
 * HTML anchors must have one safe spelling. */
#include <stdio.h>

#include "validate/checks/internal.h"
#include "validate/parse.h"

static void bad_id(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *id)
{
    if (id && !hv_valid_id(id))
        hv_report(ctx->sink, ctx->check, loc,
                  "%s id '%s' is not valid; use lowercase letters, digits and '-', starting "
                  "with a letter (e.g. 'xen-viridian')",
                  kind, id);
}

static void bad_name(const hv_check_ctx *ctx, hv_loc loc, const char *kind, const char *name)
{
    if (name && !hv_valid_name(name))
        hv_report(ctx->sink, ctx->check, loc,
                  "%s name '%s' is not a C identifier fragment; use lowercase letters, digits "
                  "and single '_', starting with a letter (e.g. 'tsc_khz')",
                  kind, name);
}

static void names_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    for (size_t i = 0; i < reg->field_count; i++) {
        const hv_field *f = &reg->fields[i];
        bad_name(ctx, f->loc, "field", f->name);
        for (size_t v = 0; v < f->value_count; v++)
            bad_name(ctx, f->values[v].loc, "value", f->values[v].name);
    }
}

void hv_check_name_syntax(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t v = 0; v < reg->vendor_count; v++)
        bad_id(ctx, reg->vendors[v]->loc, "vendor", reg->vendors[v]->id);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        bad_id(ctx, iface->loc, "interface", iface->id);
        for (size_t l = 0; l < iface->leaf_count; l++)
            bad_name(ctx, iface->leaves[l].loc, "leaf", iface->leaves[l].name);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        bad_id(ctx, reg->hypervisors[h]->loc, "hypervisor", reg->hypervisors[h]->id);
    for (size_t a = 0; a < reg->allocation_count; a++)
        bad_id(ctx, reg->allocations[a]->loc, "allocation", reg->allocations[a]->id);
    hv_visit_registers(ctx, names_in);
}
