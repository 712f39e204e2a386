/* validate/checks.c - the check table, level configuration and the runner. */
#include "validate/checks.h"

#include <stdio.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/diag.h"

/* Order matters twice: it is the run order, and the loader's checks come
 * first so hv_check_id_* below stay valid. Add new checks at the end of their
 * group; names are a stable contract (tests, docs/checks.md, users' -W flags). */
static const hv_check check_table[] = {
    {"xml", HV_LEVEL_ERROR, true, NULL,
     "well-formed XML, readable regular file within the size limit, no DOCTYPE", NULL},
    {"include", HV_LEVEL_ERROR, true, "xml",
     "include paths stay inside the registry folder; each file loaded once", NULL},
    {"schema", HV_LEVEL_ERROR, true, "include",
     "document structure matches the built-in RelaxNG schema", NULL},
    {"number", HV_LEVEL_ERROR, true, NULL,
     "numbers are decimal or 0x-hex, unsigned, within 32 bits, no octal-looking zeros", NULL},
    {"signature", HV_LEVEL_ERROR, false, "schema",
     "signatures unescape cleanly to exactly 12 (vendor) or 4 (interface) bytes",
     hv_check_signature},
    {"name-syntax", HV_LEVEL_ERROR, false, "schema",
     "ids are [a-z][a-z0-9-]*; leaf, field and value names are C identifier fragments",
     hv_check_name_syntax},
    {"duplicate-id", HV_LEVEL_ERROR, false, "schema",
     "vendor, interface, hypervisor and allocation ids are unique", hv_check_duplicate_id},
    {"unknown-reference", HV_LEVEL_ERROR, false, "schema",
     "every referenced interface, allocation and field exists", hv_check_unknown_reference},
    {"duplicate-vendor-signature", HV_LEVEL_ERROR, false, "schema",
     "no two interfaces share a vendor signature", hv_check_duplicate_vendor_signature},
    {"base-range", HV_LEVEL_ERROR, false, "schema",
     "bases are 0x100-aligned within 0x40000000..0x4000FF00 and respect min-base",
     hv_check_base_range},
    {"leaf-offset-range", HV_LEVEL_ERROR, false, "schema",
     "leaf offsets, allocation bounds and max-leaf lie within a base window (0x00..0xFF)",
     hv_check_leaf_offset_range},
    {"duplicate-leaf", HV_LEVEL_ERROR, false, "schema",
     "each leaf (offset and sub-leaf) is defined once per interface", hv_check_duplicate_leaf},
    {"max-leaf", HV_LEVEL_ERROR, false, "schema",
     "a declared max-leaf covers every leaf the interface defines", hv_check_max_leaf},
    {"duplicate-register", HV_LEVEL_ERROR, false, "schema", "each register appears once per leaf",
     hv_check_duplicate_register},
    {"bit-range", HV_LEVEL_ERROR, false, "schema", "field bits lie within 0..31 with msb >= lsb",
     hv_check_bit_range},
    {"field-overlap", HV_LEVEL_ERROR, false, "schema",
     "fields of one register do not overlap unless declared alternative readings",
     hv_check_field_overlap},
    {"duplicate-field-name", HV_LEVEL_ERROR, false, "schema",
     "field names are unique within a leaf", hv_check_duplicate_field_name},
    {"enum-value", HV_LEVEL_ERROR, false, "schema",
     "enumerated values fit their field and are unique by value and by name", hv_check_enum_value},
    {"c-identifier", HV_LEVEL_ERROR, false, "name-syntax",
     "generated C names and header files are unique, not keywords, not reserved",
     hv_check_c_identifier},
    /* the CI gate: identity, allocations and placement (docs/checks.md) */
    {"duplicate-iface-signature", HV_LEVEL_ERROR, false, "signature",
     "no two interfaces share an interface signature (base+1 EAX)",
     hv_check_duplicate_interface_signature},
    {"allocation-overlap", HV_LEVEL_ERROR, false, "leaf-offset-range",
     "allocations in force (active, deprecated, disputed) do not overlap in one namespace",
     hv_check_allocation_overlap},
    {"reservation-overlap", HV_LEVEL_WARNING, false, "leaf-offset-range",
     "a proposed or reserved allocation does not overlap another in one namespace",
     hv_check_reservation_overlap},
    {"withdrawn-overlap", HV_LEVEL_OFF, false, "leaf-offset-range",
     "informational: a withdrawn allocation overlaps another in one namespace",
     hv_check_withdrawn_overlap},
    {"leaf-outside-allocation", HV_LEVEL_ERROR, false, "leaf-offset-range",
     "leaves lie in their interface's allocations or followed generic ones, never in a "
     "foreign generic one",
     hv_check_leaf_outside_allocation},
    {"placement-overlap", HV_LEVEL_ERROR, false, "unknown-reference",
     "interfaces one hypervisor places at one base use distinct leaves unless one overrides",
     hv_check_placement_overlap},
    {"register-gap", HV_LEVEL_OFF, false, "bit-range",
     "every bit of a present register is a field or reserved", hv_check_register_gap},
};

enum { CHECK_COUNT = sizeof check_table / sizeof check_table[0] };
_Static_assert(CHECK_COUNT <= HV_MAX_CHECKS, "raise HV_MAX_CHECKS");

const hv_check *hv_checks(size_t *count)
{
    *count = CHECK_COUNT;
    return check_table;
}

int hv_check_find(const char *name)
{
    for (int i = 0; i < CHECK_COUNT; i++)
        if (strcmp(check_table[i].name, name) == 0)
            return i;
    return -1;
}

int hv_check_id_xml(void)
{
    return 0;
}
int hv_check_id_include(void)
{
    return 1;
}
int hv_check_id_schema(void)
{
    return 2;
}
int hv_check_id_number(void)
{
    return 3;
}
int hv_check_id_signature(void)
{
    return 4;
}

void hv_check_config_init(hv_check_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (int i = 0; i < CHECK_COUNT; i++)
        cfg->levels[i] = check_table[i].default_level;
}

bool hv_check_config_apply(hv_check_config *cfg, const char *option, char *err, size_t errlen)
{
    if (strcmp(option, "-Werror") == 0 || strcmp(option, "-Wno-error") == 0) {
        cfg->werror = option[3] != 'n';
        return true;
    }
    if (option[0] != '-' || (option[1] != 'W' && option[1] != 'E') || !option[2]) {
        snprintf(err, errlen, "unknown option '%s'", option);
        return false;
    }
    const char *name = option + 2;
    bool off = strncmp(name, "no-", 3) == 0;
    if (off)
        name += 3;
    int id = hv_check_find(name);
    if (id < 0) {
        snprintf(err, errlen, "unknown check '%s' in '%s' (hvcpuid check --list shows them all)",
                 name, option);
        return false;
    }
    hv_level level = off ? HV_LEVEL_OFF : option[1] == 'W' ? HV_LEVEL_WARNING : HV_LEVEL_ERROR;
    if (check_table[id].fixed && level != HV_LEVEL_ERROR) {
        snprintf(err, errlen, "check '%s' cannot be disabled or lowered: the model depends on it",
                 name);
        return false;
    }
    cfg->levels[id] = level;
    return true;
}

/* A check's prerequisite has failed when it, or anything it depends on,
 * reported an error. */
static bool prereq_failed(const hv_diag_sink *sink, const char *prereq, const char **culprit)
{
    for (int depth = 0; prereq && depth < CHECK_COUNT; depth++) {
        int id = hv_check_find(prereq);
        if (id < 0)
            return false;
        if (sink->per_check_errors[id]) {
            *culprit = prereq;
            return true;
        }
        prereq = check_table[id].prereq;
    }
    return false;
}

void hv_run_checks(const hv_registry *reg, hv_diag_sink *sink)
{
    const char *first_culprit = NULL;
    size_t skipped = 0;
    for (int i = 0; i < CHECK_COUNT; i++) {
        const hv_check *check = &check_table[i];
        if (!check->run || sink->config->levels[i] == HV_LEVEL_OFF)
            continue;
        const char *culprit = NULL;
        if (prereq_failed(sink, check->prereq, &culprit)) {
            if (!first_culprit)
                first_culprit = culprit;
            skipped++;
            continue;
        }
        hv_check_ctx ctx = {reg, sink, i};
        check->run(&ctx);
    }
    if (skipped)
        hv_report_note(sink, (hv_loc){NULL, 0, 0},
                       "%zu check%s skipped because '%s' reported errors; fix those first", skipped,
                       skipped == 1 ? "" : "s", first_culprit);
}

void hv_visit_registers(const hv_check_ctx *ctx, hv_register_visitor visit)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t l = 0; l < iface->leaf_count; l++)
            for (size_t r = 0; r < iface->leaves[l].register_count; r++)
                visit(ctx, &iface->leaves[l].registers[r]);
    }
}

const char *hv_describe_register(const hv_register *reg, char *buf, size_t cap)
{
    const hv_leaf *leaf = reg->leaf;
    if (leaf->has_subleaf)
        snprintf(buf, cap, "%s leaf 0x%02x sub-leaf %u %s", leaf->iface->id, leaf->offset,
                 leaf->subleaf, hv_reg_name(reg->reg));
    else
        snprintf(buf, cap, "%s leaf 0x%02x %s", leaf->iface->id, leaf->offset,
                 hv_reg_name(reg->reg));
    return buf;
}
