/* test_diff.c - the compatibility rules of `hvcpuid diff` (validate/diff.c), one
 * small pair of registries per rule: what is listed, and what counts as an
 * incompatible change to something published. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "validate/checks.h"
#include "validate/diff.h"
#include "validate/load.h"

#define HEAD                                                                                       \
    "<vendor id=\"demo\" name=\"Demo\">"                                                           \
    "<interface id=\"demo\" name=\"Demo\" vendor-signature=\"DemoDemoDemo\">"
#define TAIL "</interface></vendor>"

typedef struct side {
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg;
} side;

/* Loads one registry from text; the checks must pass. */
static void load_text(side *s, const char *name, const char *text)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/hvcpuid-diff-%ld-%s.xml", (long)getpid(), name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    hv_check_config_init(&s->cfg);
    hv_diag_sink_init(&s->sink, &s->cfg);
    const char *paths[] = {path};
    s->reg = hv_registry_load(paths, 1, &s->sink);
    assert_non_null(s->reg);
    hv_run_checks(s->reg, &s->sink);
    unlink(path);
    assert_int_equal(s->sink.errors, 0);
}

static void unload(side *s)
{
    hv_diag_sink_free(&s->sink);
    hv_registry_free(s->reg);
}

/* Diffs OLD against NEW. The change records own their subject and detail;
 * their locations point into the registries, freed here, so tests read only
 * kinds, flags, counts and text. */
static hv_diff run(const char *old_text, const char *new_text)
{
    side o, n;
    load_text(&o, "old", old_text);
    load_text(&n, "new", new_text);
    hv_diff d;
    hv_diff_registries(o.reg, n.reg, &d);
    unload(&o);
    unload(&n);
    assert_false(d.failed);
    return d;
}

static void identical_registries_have_no_changes(void **state)
{
    (void)state;
    const char *text = HEAD "<allocation first=\"0x00\" last=\"0x01\" status=\"active\"/>"
                            "<leaf offset=\"0x01\" name=\"f\"><register name=\"eax\">"
                            "<field bits=\"0\" name=\"a\"/></register></leaf>" TAIL;
    hv_diff d = run(text, text);
    assert_int_equal(d.count, 0);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
}

#define LEAF1(FIELDS)                                                                              \
    HEAD "<allocation first=\"0x00\" last=\"0x01\" status=\"active\"/>"                            \
         "<leaf offset=\"0x01\" name=\"f\"><register name=\"eax\">" FIELDS                         \
         "</register></leaf>" TAIL

static void moved_field_is_incompatible(void **state)
{
    (void)state;
    hv_diff d =
        run(LEAF1("<field bits=\"0\" name=\"a\"/>"), LEAF1("<field bits=\"5\" name=\"a\"/>"));
    assert_int_equal(d.count, 1);
    assert_int_equal(d.items[0].kind, HV_CHANGE_CHANGED);
    assert_true(d.items[0].incompatible);
    assert_string_equal(d.items[0].detail, "moved from eax bit 0 to eax bit 5");
    hv_diff_free(&d);
}

static void resized_field_is_incompatible(void **state)
{
    (void)state;
    hv_diff d =
        run(LEAF1("<field bits=\"1:0\" name=\"a\"/>"), LEAF1("<field bits=\"2:0\" name=\"a\"/>"));
    assert_int_equal(d.incompatible, 1);
    assert_string_equal(d.items[0].detail, "resized from eax bits 1:0 to eax bits 2:0");
    hv_diff_free(&d);
}

static void deprecated_and_replaced_field_may_move(void **state)
{
    (void)state;
    hv_diff d = run(LEAF1("<field bits=\"0\" name=\"a\"/>"),
                    LEAF1("<field bits=\"4\" name=\"a\" status=\"deprecated\" replaced-by=\"b\"/>"
                          "<field bits=\"5\" name=\"b\"/>"));
    assert_int_equal(d.incompatible, 0);
    assert_int_equal(d.added, 1);
    hv_diff_free(&d);
}

static void deprecated_without_successor_may_not_move(void **state)
{
    (void)state;
    hv_diff d = run(LEAF1("<field bits=\"0\" name=\"a\"/>"),
                    LEAF1("<field bits=\"4\" name=\"a\" status=\"deprecated\"/>"));
    assert_int_equal(d.incompatible, 1);
    hv_diff_free(&d);
}

static void removing_needs_a_published_deprecation(void **state)
{
    (void)state;
    hv_diff d = run(LEAF1("<field bits=\"0\" name=\"a\"/><field bits=\"5\" name=\"b\"/>"),
                    LEAF1("<field bits=\"5\" name=\"b\"/>"));
    assert_int_equal(d.removed, 1);
    assert_int_equal(d.incompatible, 1);
    hv_diff_free(&d);
    d = run(LEAF1("<field bits=\"0\" name=\"a\" status=\"deprecated\" replaced-by=\"b\"/>"
                  "<field bits=\"5\" name=\"b\"/>"),
            LEAF1("<field bits=\"5\" name=\"b\"/>"));
    assert_int_equal(d.removed, 1);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
}

static void unpublished_fields_change_freely(void **state)
{
    (void)state;
    hv_diff d = run(LEAF1("<field bits=\"0\" name=\"a\" status=\"proposed\"/>"
                          "<field bits=\"1\" name=\"b\" status=\"withdrawn\"/>"),
                    LEAF1("<field bits=\"7\" name=\"a\" status=\"proposed\"/>"));
    assert_int_equal(d.count, 2);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
}

static void enumerated_values_by_name(void **state)
{
    (void)state;
    const char *old_text =
        LEAF1("<field bits=\"1:0\" name=\"mode\"><value value=\"0\" name=\"off\"/>"
              "<value value=\"1\" name=\"on\"/></field>");
    hv_diff d =
        run(old_text, LEAF1("<field bits=\"1:0\" name=\"mode\"><value value=\"0\" name=\"off\"/>"
                            "<value value=\"1\" name=\"on\"/><value value=\"2\" "
                            "name=\"auto\"/></field>"));
    assert_int_equal(d.added, 1);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
    d = run(old_text, LEAF1("<field bits=\"1:0\" name=\"mode\"><value value=\"0\" name=\"off\"/>"
                            "<value value=\"3\" name=\"on\"/></field>"));
    assert_int_equal(d.incompatible, 1);
    assert_string_equal(d.items[0].detail, "value on renumbered from 1 to 3");
    hv_diff_free(&d);
    d = run(old_text, LEAF1("<field bits=\"1:0\" name=\"mode\"><value value=\"0\" name=\"off\"/>"
                            "</field>"));
    assert_int_equal(d.removed, 1);
    assert_int_equal(d.incompatible, 1);
    hv_diff_free(&d);
}

#define ALLOC(FIRST, LAST, STATUS)                                                                 \
    HEAD "<allocation first=\"" FIRST "\" last=\"" LAST "\" status=\"" STATUS "\"/>" TAIL

static void allocations_may_grow_but_not_shrink(void **state)
{
    (void)state;
    hv_diff d = run(ALLOC("0x00", "0x03", "active"), ALLOC("0x00", "0x05", "active"));
    assert_int_equal(d.count, 1);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
    d = run(ALLOC("0x00", "0x05", "active"), ALLOC("0x00", "0x03", "active"));
    assert_int_equal(d.incompatible, 1);
    assert_non_null(strstr(d.items[0].detail, "0x04..0x05"));
    hv_diff_free(&d);
    d = run(ALLOC("0x00", "0x05", "active"), ALLOC("0x00", "0x05", "withdrawn"));
    assert_int_equal(d.incompatible, 1);
    hv_diff_free(&d);
    d = run(ALLOC("0x00", "0x05", "proposed"), ALLOC("0x10", "0x15", "proposed"));
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
}

#define GENERIC(FIRST, LAST, STATUS)                                                               \
    "<vendor id=\"g\" name=\"G\"><allocation id=\"timing\" name=\"T\" first=\"" FIRST              \
    "\" last=\"" LAST "\" status=\"" STATUS "\"/></vendor>"

static void generic_allocations_by_id(void **state)
{
    (void)state;
    hv_diff d = run(GENERIC("0x10", "0x10", "active"), GENERIC("0x10", "0x11", "active"));
    assert_int_equal(d.changed, 1);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
    d = run(GENERIC("0x10", "0x11", "active"), GENERIC("0x11", "0x11", "active"));
    assert_int_equal(d.incompatible, 1);
    hv_diff_free(&d);
    d = run(GENERIC("0x10", "0x11", "proposed"), "<vendor id=\"g\" name=\"G\"/>");
    assert_int_equal(d.removed, 1);
    assert_int_equal(d.incompatible, 0);
    hv_diff_free(&d);
}

static void signature_change_is_incompatible(void **state)
{
    (void)state;
    hv_diff d =
        run(HEAD TAIL, "<vendor id=\"demo\" name=\"Demo\">"
                       "<interface id=\"demo\" name=\"Demo\" vendor-signature=\"DemoDemoDem0\">"
                       "</interface></vendor>");
    assert_int_equal(d.count, 1);
    assert_true(d.items[0].incompatible);
    assert_non_null(strstr(d.items[0].detail, "\"DemoDemoDem0\""));
    hv_diff_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(identical_registries_have_no_changes),
        cmocka_unit_test(moved_field_is_incompatible),
        cmocka_unit_test(resized_field_is_incompatible),
        cmocka_unit_test(deprecated_and_replaced_field_may_move),
        cmocka_unit_test(deprecated_without_successor_may_not_move),
        cmocka_unit_test(removing_needs_a_published_deprecation),
        cmocka_unit_test(unpublished_fields_change_freely),
        cmocka_unit_test(enumerated_values_by_name),
        cmocka_unit_test(allocations_may_grow_but_not_shrink),
        cmocka_unit_test(generic_allocations_by_id),
        cmocka_unit_test(signature_change_is_incompatible),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
