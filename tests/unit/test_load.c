/* test_load.c - loading registry files into the model: values, order,
 * locations, and refusal of hostile documents. */
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
#include "validate/load.h"

typedef struct fixture {
    char dir[64];
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/hvcpuid-test-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    hv_check_config_init(&f->cfg);
    hv_diag_sink_init(&f->sink, &f->cfg);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[128];
    hv_diag_sink_free(&f->sink);
    hv_registry_free(f->reg);
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    int rc = system(cmd);
    free(f);
    return rc == 0 ? 0 : -1;
}

static const char *write_file(fixture *f, const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    return path;
}

static void load_one(fixture *f, const char *path)
{
    const char *paths[] = {path};
    f->reg = hv_registry_load(paths, 1, &f->sink);
    assert_non_null(f->reg);
}

static const char demo[] =
    "<vendor id=\"demo\" name=\"Demo\">\n"
    "  <interface id=\"demo\" name=\"Demo\" vendor-signature=\"Demo\\0\\0\\0\\0\\0\\0\\0\\0\"\n"
    "             default-base=\"0x40000100\" max-leaf=\"3\">\n"
    "    <leaf offset=\"0x03\" name=\"late\"/>\n"
    "    <leaf offset=\"0x01\" name=\"early\">\n"
    "      <doc>  Wrapped\n        text.  </doc>\n"
    "      <register name=\"edx\"><field bits=\"7:4\" name=\"hi\"/></register>\n"
    "      <register name=\"eax\"><field bits=\"9\" name=\"b\"/><field bits=\"3:0\" "
    "name=\"a\"/></register>\n"
    "    </leaf>\n"
    "  </interface>\n"
    "</vendor>\n";

static void builds_model_in_sorted_order(void **state)
{
    fixture *f = *state;
    load_one(f, write_file(f, "demo.xml", demo));
    assert_int_equal(f->sink.errors, 0);
    assert_int_equal(f->reg->interface_count, 1);
    const hv_interface *iface = f->reg->interfaces[0];
    assert_string_equal(iface->id, "demo");
    assert_int_equal(iface->vendor_sig.len, 12);
    assert_memory_equal(iface->vendor_sig.bytes, "Demo\0\0\0\0\0\0\0\0", 12);
    assert_int_equal(iface->default_base, 0x40000100);
    assert_int_equal(iface->max_leaf, 3);
    assert_int_equal(iface->leaf_count, 2);
    const hv_leaf *early = &iface->leaves[0];
    assert_string_equal(early->name, "early"); /* sorted by offset, not source order */
    assert_string_equal(early->doc, "Wrapped text.");
    assert_int_equal(early->register_count, 2);
    assert_int_equal(early->registers[0].reg, HV_REG_EAX);
    assert_ptr_equal(early->registers[0].leaf, early);
    const hv_field *a = &early->registers[0].fields[0];
    assert_string_equal(a->name, "a"); /* sorted by lsb */
    assert_int_equal(a->msb, 3);
    assert_int_equal(a->lsb, 0);
    assert_ptr_equal(a->reg, &early->registers[0]);
    assert_int_equal(hv_field_mask(a), 0xf);
    assert_int_equal(hv_field_mask(&early->registers[1].fields[0]), 0xf0);
}

static void remembers_line_and_column(void **state)
{
    fixture *f = *state;
    load_one(f, write_file(f, "demo.xml", demo));
    const hv_interface *iface = f->reg->interfaces[0];
    assert_int_equal(iface->loc.line, 2);
    assert_int_equal(iface->loc.col, 3);
    assert_int_equal(iface->vendor_sig.loc.line, 2);
    assert_int_equal(iface->vendor_sig.loc.col, 36);
    assert_int_equal(iface->max_leaf_loc.line, 3);
    assert_int_equal(iface->max_leaf_loc.col, 40);
    const hv_leaf *early = &iface->leaves[0];
    assert_int_equal(early->loc.line, 5);
    assert_int_equal(early->loc.col, 5);
    /* two fields on one line: each gets its own column */
    assert_int_equal(early->registers[0].fields[0].loc.line, 9);
    assert_int_equal(early->registers[0].fields[0].loc.col, 54);
    assert_int_equal(early->registers[0].fields[1].loc.col, 28);
}

static void doctype_is_refused_before_expansion(void **state)
{
    fixture *f = *state;
    load_one(f, write_file(f, "lol.xml",
                           "<?xml version=\"1.0\"?>\n<!DOCTYPE v [<!ENTITY a \"aaaa\">"
                           "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                           "<vendor id=\"x\" name=\"&b;\"/>\n"));
    assert_int_equal(f->sink.errors, 1);
    assert_int_equal(f->reg->vendor_count, 0);
    assert_non_null(strstr(f->sink.items[0].message, "DOCTYPE is not allowed"));
    assert_int_equal(f->sink.items[0].loc.line, 2);
    assert_int_equal(f->sink.items[0].loc.col, 1);
}

static void includes_resolve_relative_to_root(void **state)
{
    fixture *f = *state;
    write_file(f, "v.xml", demo);
    load_one(f, write_file(f, "registry.xml",
                           "<registry format=\"1\"><include file=\"v.xml\"/></registry>\n"));
    assert_int_equal(f->sink.errors, 0);
    assert_int_equal(f->reg->file_count, 2);
    assert_int_equal(f->reg->interface_count, 1);
    assert_non_null(strstr(f->reg->interfaces[0]->loc.file, "/v.xml"));
}

static void invalid_numbers_mark_objects_invalid(void **state)
{
    fixture *f = *state;
    load_one(f, write_file(f, "n.xml",
                           "<vendor id=\"d\" name=\"D\"><interface id=\"d\" name=\"D\" "
                           "vendor-signature=\"DDDDDDDDDDDD\"><leaf offset=\"0x1z\" name=\"x\">"
                           "<register name=\"eax\"><field bits=\"40:1\" name=\"f\"/></register>"
                           "</leaf></interface></vendor>\n"));
    assert_int_equal(f->sink.errors, 1); /* [number]; bit-range is a check, not a load error */
    const hv_leaf *leaf = &f->reg->interfaces[0]->leaves[0];
    assert_false(leaf->valid);
    assert_false(leaf->registers[0].fields[0].valid);
}

/* A root naming `n` vendor files v0.xml.. (each the demo vendor renamed). */
static const char *many_files(fixture *f, int n)
{
    char root[8192] = "<registry format=\"1\">";
    for (int i = 0; i < n; i++) {
        char name[24], text[256];
        snprintf(name, sizeof name, "v%d.xml", i);
        snprintf(text, sizeof text,
                 "<vendor id=\"v%d\" name=\"V\"><interface id=\"v%d\" name=\"V\" "
                 "vendor-signature=\"S%011d\"><leaf offset=\"0x01\" name=\"l\"/></interface>"
                 "</vendor>\n",
                 i, i, i);
        write_file(f, name, text);
        snprintf(root + strlen(root), sizeof root - strlen(root), "<include file=\"%s\"/>", name);
    }
    strcat(root, "</registry>\n");
    return write_file(f, "registry.xml", root);
}

static size_t findings_containing(const hv_diag_sink *sink, const char *text)
{
    size_t n = 0;
    for (size_t i = 0; i < sink->count; i++)
        n += strstr(sink->items[i].message, text) != NULL;
    return n;
}

/* A model past its budget is one finding naming the budget, how far the
 * load got and the option that raises it: not, as it was, one "bad
 * include ''" per include left once no name could be copied any more. */
static void budget_used_up_is_one_finding(void **state)
{
    fixture *f = *state;
    const char *root = many_files(f, 200);
    const char *paths[] = {root};
    /* every budget between two of its allocations: one of them runs out
     * exactly where an include's name would be copied */
    for (size_t budget = 16 * 1024; budget < 16 * 1024 + 64 * 16; budget += 16) {
        hv_load_limits limits = hv_load_limits_default();
        limits.arena_budget = budget;
        hv_diag_sink_free(&f->sink);
        hv_diag_sink_init(&f->sink, &f->cfg);
        hv_registry_free(f->reg);
        f->reg = hv_registry_load_limited(paths, 1, &limits, &f->sink);
        assert_non_null(f->reg);
        assert_int_equal(f->sink.errors, 1);
        assert_int_equal(findings_containing(&f->sink, "memory budget is used up, after "), 1);
        assert_int_equal(findings_containing(&f->sink, "--large-registry"), 1);
        assert_int_equal(findings_containing(&f->sink, "bad include"), 0);
    }
}

/* The file-count and file-size limits come from the limits given: the
 * defaults, or the raised ones (--large-registry), which admit more. */
static void limits_are_the_ones_given(void **state)
{
    fixture *f = *state;
    const char *root = many_files(f, 5);
    hv_load_limits limits = hv_load_limits_default();
    limits.max_files = 3;
    const char *paths[] = {root};
    f->reg = hv_registry_load_limited(paths, 1, &limits, &f->sink);
    assert_int_equal(findings_containing(&f->sink, "more than 3 registry files"), 3);
    hv_registry_free(f->reg);
    hv_diag_sink_free(&f->sink);
    hv_diag_sink_init(&f->sink, &f->cfg);
    limits = hv_load_limits_default();
    limits.max_file_size = 100;
    f->reg = hv_registry_load_limited(paths, 1, &limits, &f->sink);
    assert_true(findings_containing(&f->sink, "over the 100-byte limit") >= 1);
    hv_registry_free(f->reg);
    hv_diag_sink_free(&f->sink);
    hv_diag_sink_init(&f->sink, &f->cfg);
    limits = hv_load_limits_large();
    assert_true(limits.max_files > HV_MAX_FILES && limits.max_file_size > HV_MAX_FILE_SIZE &&
                limits.arena_budget > HV_ARENA_BUDGET);
    f->reg = hv_registry_load_limited(paths, 1, &limits, &f->sink);
    assert_int_equal(f->sink.errors, 0);
    assert_int_equal(f->reg->file_count, 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(builds_model_in_sorted_order, setup, teardown),
        cmocka_unit_test_setup_teardown(remembers_line_and_column, setup, teardown),
        cmocka_unit_test_setup_teardown(doctype_is_refused_before_expansion, setup, teardown),
        cmocka_unit_test_setup_teardown(includes_resolve_relative_to_root, setup, teardown),
        cmocka_unit_test_setup_teardown(invalid_numbers_mark_objects_invalid, setup, teardown),
        cmocka_unit_test_setup_teardown(budget_used_up_is_one_finding, setup, teardown),
        cmocka_unit_test_setup_teardown(limits_are_the_ones_given, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
