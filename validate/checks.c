/* validate/checks.c - the check table, level configuration and the runner. */
#include "validate/checks.h"

#include <stdio.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/claims.h"
#include "validate/diag.h"

/* Which overlapping pairs each of the four overlap rows reports: one
 * function, four levels of loudness (validate/checks/allocations.c). */
static const hv_overlap_kind in_force = {HV_STANDING_IN_FORCE, false},
                             tentative = {HV_STANDING_TENTATIVE, false},
                             withdrawn = {HV_STANDING_RETIRED, false},
                             acknowledged = {HV_STANDING_RETIRED, true};

/* Row i is check i (check_ids.h gives the run order). Names are a stable
 * contract: tests, docs/checks.md, users' -W flags. */
static const hv_check check_table[HV_CHECK_COUNT] = {
    [HV_CHECK_XML] = {"xml", HV_LEVEL_ERROR, true, HV_CHECK_NONE,
                      "well-formed XML, readable regular file within the size limit, no DOCTYPE",
                      NULL, NULL},
    [HV_CHECK_INCLUDE] = {"include", HV_LEVEL_ERROR, true, HV_CHECK_XML,
                          "include paths stay inside the registry folder; each file loaded once",
                          NULL, NULL},
    [HV_CHECK_SCHEMA] = {"schema", HV_LEVEL_ERROR, true, HV_CHECK_INCLUDE,
                         "document structure matches the built-in RelaxNG schema", NULL, NULL},
    [HV_CHECK_NUMBER] = {"number", HV_LEVEL_ERROR, true, HV_CHECK_NONE,
                         "numbers are decimal or 0x-hex, unsigned, within 32 bits, no "
                         "octal-looking zeros",
                         NULL, NULL},
    [HV_CHECK_SIGNATURE] = {"signature", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                            "signatures unescape cleanly to exactly 12 (vendor) or 4 (interface) "
                            "bytes",
                            hv_check_signature, NULL},
    [HV_CHECK_NAME_SYNTAX] = {"name-syntax", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                              "ids are [a-z][a-z0-9-]*; leaf, field and value names are C "
                              "identifier fragments",
                              hv_check_name_syntax, NULL},
    [HV_CHECK_DUPLICATE_ID] = {"duplicate-id", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                               "vendor, interface, hypervisor and allocation ids are unique",
                               hv_check_duplicate_id, NULL},
    [HV_CHECK_UNKNOWN_REFERENCE] = {"unknown-reference", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                    "every referenced interface, allocation and field exists; "
                                    "acknowledged overlaps exist and say why",
                                    hv_check_unknown_reference, NULL},
    [HV_CHECK_DUPLICATE_VENDOR_SIGNATURE] = {"duplicate-vendor-signature", HV_LEVEL_ERROR, false,
                                             HV_CHECK_SCHEMA,
                                             "a vendor signature, an interface's or one a product "
                                             "shows, identifies one interface",
                                             hv_check_duplicate_vendor_signature, NULL},
    [HV_CHECK_BASE_RANGE] = {"base-range", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                             "bases are 0x100-aligned within 0x40000000..0x4000FF00, respect "
                             "min-base, at most 16 per interface",
                             hv_check_base_range, NULL},
    [HV_CHECK_LEAF_OFFSET_RANGE] = {"leaf-offset-range", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                    "leaf offsets, allocation bounds and max-leaf lie within a "
                                    "base window (0x00..0xFF)",
                                    hv_check_leaf_offset_range, NULL},
    [HV_CHECK_DUPLICATE_LEAF] = {"duplicate-leaf", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                 "each leaf (offset and sub-leaf) is defined once per interface",
                                 hv_check_duplicate_leaf, NULL},
    [HV_CHECK_MAX_LEAF] = {"max-leaf", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                           "a declared max-leaf covers every leaf the interface defines",
                           hv_check_max_leaf, NULL},
    [HV_CHECK_DUPLICATE_REGISTER] = {"duplicate-register", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                     "each register appears once per leaf",
                                     hv_check_duplicate_register, NULL},
    [HV_CHECK_BIT_RANGE] = {"bit-range", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                            "field bits lie within 0..31 with msb >= lsb", hv_check_bit_range,
                            NULL},
    [HV_CHECK_FIELD_OVERLAP] = {"field-overlap", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                "fields of one register do not overlap unless declared "
                                "alternative readings",
                                hv_check_field_overlap, NULL},
    [HV_CHECK_DUPLICATE_FIELD_NAME] = {"duplicate-field-name", HV_LEVEL_ERROR, false,
                                       HV_CHECK_SCHEMA, "field names are unique within a leaf",
                                       hv_check_duplicate_field_name, NULL},
    [HV_CHECK_ENUM_VALUE] = {"enum-value", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                             "enumerated values fit their field and are unique by value and by "
                             "name",
                             hv_check_enum_value, NULL},
    [HV_CHECK_C_IDENTIFIER] = {"c-identifier", HV_LEVEL_ERROR, false, HV_CHECK_NAME_SYNTAX,
                               "generated C names and header files are unique, not keywords, not "
                               "reserved",
                               hv_check_c_identifier, NULL},
    [HV_CHECK_DUPLICATE_IFACE_SIGNATURE] = {"duplicate-iface-signature", HV_LEVEL_ERROR, false,
                                            HV_CHECK_SIGNATURE,
                                            "no two interfaces share an interface signature "
                                            "(base+1 EAX)",
                                            hv_check_duplicate_interface_signature, NULL},
    [HV_CHECK_ALLOCATION_OVERLAP] = {"allocation-overlap", HV_LEVEL_ERROR, false,
                                     HV_CHECK_LEAF_OFFSET_RANGE,
                                     "allocations in force (active, deprecated, disputed) do not "
                                     "overlap in one namespace",
                                     hv_check_allocation_overlap, &in_force},
    [HV_CHECK_RESERVATION_OVERLAP] = {"reservation-overlap", HV_LEVEL_WARNING, false,
                                      HV_CHECK_LEAF_OFFSET_RANGE,
                                      "a proposed or reserved allocation does not overlap another "
                                      "in one namespace",
                                      hv_check_allocation_overlap, &tentative},
    [HV_CHECK_WITHDRAWN_OVERLAP] = {"withdrawn-overlap", HV_LEVEL_OFF, false,
                                    HV_CHECK_LEAF_OFFSET_RANGE,
                                    "informational: a withdrawn or lapsed allocation overlaps "
                                    "another in one namespace",
                                    hv_check_allocation_overlap, &withdrawn},
    [HV_CHECK_ACKNOWLEDGED_OVERLAP] = {"acknowledged-overlap", HV_LEVEL_OFF, false,
                                       HV_CHECK_LEAF_OFFSET_RANGE,
                                       "informational: an overlap the registry acknowledges, with "
                                       "its reason",
                                       hv_check_allocation_overlap, &acknowledged},
    [HV_CHECK_LEAF_OUTSIDE_ALLOCATION] = {"leaf-outside-allocation", HV_LEVEL_ERROR, false,
                                          HV_CHECK_LEAF_OFFSET_RANGE,
                                          "leaves lie in their interface's allocations or "
                                          "followed generic ones, never in a foreign generic one",
                                          hv_check_leaf_outside_allocation, NULL},
    [HV_CHECK_PLACEMENT_OVERLAP] = {"placement-overlap", HV_LEVEL_ERROR, false,
                                    HV_CHECK_UNKNOWN_REFERENCE,
                                    "interfaces one hypervisor places at one base claim distinct "
                                    "offsets unless one may override the other; none is placed "
                                    "there twice",
                                    hv_check_placement_overlap, NULL},
    [HV_CHECK_MSR_BIT_RANGE] = {"msr-bit-range", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                "MSR field bits lie within 0..63 with msb >= lsb",
                                hv_check_msr_bit_range, NULL},
    [HV_CHECK_MSR_FIELD_OVERLAP] = {"msr-field-overlap", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                    "fields of one MSR do not overlap unless declared "
                                    "alternative readings",
                                    hv_check_msr_field_overlap, NULL},
    [HV_CHECK_DUPLICATE_MSR] = {"duplicate-msr", HV_LEVEL_ERROR, false, HV_CHECK_SCHEMA,
                                "each MSR address and name is defined once per interface, each "
                                "field name once per MSR",
                                hv_check_duplicate_msr, NULL},
    [HV_CHECK_UNKNOWN_MSR] = {"unknown-msr", HV_LEVEL_ERROR, false, HV_CHECK_UNKNOWN_REFERENCE,
                              "MSRs a feature bit announces or a product implements exist; MSR "
                              "bases are relocatable and reported by a field that exists",
                              hv_check_unknown_msr, NULL},
    [HV_CHECK_MSR_OUTSIDE_ALLOCATION] = {"msr-outside-allocation", HV_LEVEL_ERROR, false,
                                         HV_CHECK_SCHEMA,
                                         "MSRs lie in their interface's MSR allocations, which "
                                         "run first..last upwards",
                                         hv_check_msr_outside_allocation, NULL},
    [HV_CHECK_MSR_PLACEMENT_OVERLAP] = {"msr-placement-overlap", HV_LEVEL_ERROR, false,
                                        HV_CHECK_UNKNOWN_MSR,
                                        "MSRs of the interfaces one hypervisor presents do not "
                                        "overlap where it places them",
                                        hv_check_msr_placement_overlap, NULL},
    [HV_CHECK_MSR_SOFTWARE_RANGE] = {"msr-software-range", HV_LEVEL_WARNING, false,
                                     HV_CHECK_MSR_OUTSIDE_ALLOCATION,
                                     "MSR allocations lie in 0x40000000..0x400000FF, the range "
                                     "Intel keeps for software, unless acknowledged",
                                     hv_check_msr_software_range, NULL},
    [HV_CHECK_REGISTER_GAP] = {"register-gap", HV_LEVEL_OFF, false, HV_CHECK_BIT_RANGE,
                               "every bit of a present register is a field or reserved",
                               hv_check_register_gap, NULL},
};

const hv_check *hv_checks(size_t *count)
{
    *count = HV_CHECK_COUNT;
    return check_table;
}

hv_check_id hv_check_find(const char *name)
{
    for (int i = 0; i < HV_CHECK_COUNT; i++)
        if (check_table[i].name && strcmp(check_table[i].name, name) == 0)
            return (hv_check_id)i;
    return HV_CHECK_NONE;
}

const char *hv_check_name(hv_check_id id)
{
    return id > HV_CHECK_NONE && id < HV_CHECK_COUNT ? check_table[id].name : NULL;
}

void hv_check_config_init(hv_check_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (int i = 0; i < HV_CHECK_COUNT; i++)
        cfg->levels[i] = check_table[i].default_level;
}

/* Edit distance between two names (insertions, deletions, substitutions),
 * for "did you mean": names are short, so one row of the table suffices. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t lb = strlen(b), row[64];
    if (lb >= sizeof row / sizeof row[0])
        lb = sizeof row / sizeof row[0] - 1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; a[i - 1]; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            if (up + 1 < best)
                best = up + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

size_t hv_check_closest(const char *name, hv_check_id *order)
{
    size_t dist[HV_CHECK_COUNT] = {0}, n = 0;
    for (int i = 0; i < HV_CHECK_COUNT; i++) {
        size_t d = edit_distance(name, check_table[i].name), k = n++;
        for (; k > 0 && dist[k - 1] > d; k--) { /* insertion sort: stable, ties by table order */
            dist[k] = dist[k - 1];
            order[k] = order[k - 1];
        }
        dist[k] = d;
        order[k] = (hv_check_id)i;
    }
    return dist[0];
}

/* "unknown check 'X' in 'OPT'; did you mean 'Y'?" and every name, closest
 * first, so a typo is fixed from the message alone. */
static void unknown_check(const char *name, const char *option, char *err, size_t errlen)
{
    hv_check_id order[HV_CHECK_COUNT];
    size_t best = hv_check_closest(name, order);
    size_t len = strlen(name);
    int n = snprintf(err, errlen, "unknown check '%.64s' in '%.80s'", name, option);
    if (best <= (len < 6 ? 1 : len / 3) && n >= 0 && (size_t)n < errlen)
        n += snprintf(err + n, errlen - (size_t)n, "; did you mean '%s'?",
                      check_table[order[0]].name);
    for (int i = 0; i < HV_CHECK_COUNT && n >= 0 && (size_t)n < errlen; i++)
        n += snprintf(err + n, errlen - (size_t)n, "%s%s",
                      i ? ", " : "\nthe checks, closest first: ", check_table[order[i]].name);
}

/* -Werror=NAME and -Wno-error=NAME, gcc's spellings: NAME becomes an error
 * (enabled if it was off), or stays a warning even under -Werror (an error
 * by default is lowered to one; an off check stays off until enabled). */
static bool apply_error_toggle(hv_check_config *cfg, const char *option, char *err, size_t errlen)
{
    bool raise = strncmp(option, "-Werror=", 8) == 0;
    const char *name = option + (raise ? 8 : 11);
    hv_check_id id = hv_check_find(name);
    if (id == HV_CHECK_NONE) {
        unknown_check(name, option, err, errlen);
        return false;
    }
    if (!raise && check_table[id].fixed) {
        snprintf(err, errlen, "check '%s' cannot be lowered to a warning: the model depends on it",
                 name);
        return false;
    }
    cfg->keep_warning[id] = !raise;
    if (raise)
        cfg->levels[id] = HV_LEVEL_ERROR;
    else if (cfg->levels[id] == HV_LEVEL_ERROR)
        cfg->levels[id] = HV_LEVEL_WARNING;
    return true;
}

bool hv_check_config_apply(hv_check_config *cfg, const char *option, char *err, size_t errlen)
{
    if (strcmp(option, "-Werror") == 0 || strcmp(option, "-Wno-error") == 0) {
        cfg->werror = option[3] != 'n';
        return true;
    }
    if (strncmp(option, "-Werror=", 8) == 0 || strncmp(option, "-Wno-error=", 11) == 0)
        return apply_error_toggle(cfg, option, err, errlen);
    if (option[0] != '-' || (option[1] != 'W' && option[1] != 'E') || !option[2]) {
        snprintf(err, errlen, "unknown option '%s'", option);
        return false;
    }
    const char *name = option + 2;
    bool off = strncmp(name, "no-", 3) == 0;
    if (off)
        name += 3;
    hv_check_id id = hv_check_find(name);
    if (id == HV_CHECK_NONE) {
        unknown_check(name, option, err, errlen);
        return false;
    }
    hv_level level = off ? HV_LEVEL_OFF : option[1] == 'W' ? HV_LEVEL_WARNING : HV_LEVEL_ERROR;
    if (check_table[id].fixed && level != HV_LEVEL_ERROR) {
        snprintf(err, errlen, "check '%s' cannot be disabled or lowered: the model depends on it",
                 name);
        return false;
    }
    cfg->levels[id] = level;
    if (level == HV_LEVEL_ERROR)
        cfg->keep_warning[id] = false;
    return true;
}

/* A check's prerequisite has failed when it, or anything it depends on,
 * reported an error. Prerequisites precede their dependants, so the walk
 * ends; the depth bound only guards a table that broke that rule. */
static bool prereq_failed(const hv_diag_sink *sink, hv_check_id prereq, hv_check_id *culprit)
{
    for (int depth = 0; prereq != HV_CHECK_NONE && depth < HV_CHECK_COUNT; depth++) {
        if (sink->per_check_errors[prereq]) {
            *culprit = prereq;
            return true;
        }
        prereq = check_table[prereq].prereq;
    }
    return false;
}

void hv_run_checks(const hv_registry *reg, hv_diag_sink *sink)
{
    hv_run_checks_against(reg, NULL, sink);
}

void hv_run_checks_against(const hv_registry *reg, const hv_baseline *baseline, hv_diag_sink *sink)
{
    hv_check_id first_culprit = HV_CHECK_NONE;
    size_t skipped = 0;
    for (int i = 0; i < HV_CHECK_COUNT; i++) {
        const hv_check *check = &check_table[i];
        if (!check->run || sink->config->levels[i] == HV_LEVEL_OFF)
            continue;
        hv_check_id culprit = HV_CHECK_NONE;
        if (prereq_failed(sink, check->prereq, &culprit)) {
            if (first_culprit == HV_CHECK_NONE)
                first_culprit = culprit;
            skipped++;
            continue;
        }
        hv_check_ctx ctx = {reg, sink, (hv_check_id)i, check->data, baseline};
        check->run(&ctx);
    }
    if (skipped)
        hv_report_note(sink, (hv_loc){NULL, 0, 0},
                       "%zu check%s skipped because '%s' reported errors; fix those first", skipped,
                       skipped == 1 ? "" : "s", hv_check_name(first_culprit));
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

void hv_visit_msr_registers(const hv_check_ctx *ctx, hv_register_visitor visit)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t m = 0; m < iface->msr_count; m++)
            visit(ctx, &iface->msrs[m].value);
    }
}

const char *hv_describe_register(const hv_register *reg, char *buf, size_t cap)
{
    const hv_leaf *leaf = reg->leaf;
    if (reg->msr)
        snprintf(buf, cap, "%s MSR 0x%08x %s", reg->msr->iface->id, reg->msr->address,
                 reg->msr->name ? reg->msr->name : "?");
    else if (leaf->has_subleaf)
        snprintf(buf, cap, "%s leaf 0x%02x sub-leaf %u %s", leaf->iface->id, leaf->offset,
                 leaf->subleaf, hv_reg_name(reg->reg));
    else
        snprintf(buf, cap, "%s leaf 0x%02x %s", leaf->iface->id, leaf->offset,
                 hv_reg_name(reg->reg));
    return buf;
}
