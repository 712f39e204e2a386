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

/* Loads one vendor file of `text` in a fresh sink: the number of errors
 * and whether the first names `want`. */
static size_t load_text(fixture *f, const char *text, const char *want)
{
    hv_diag_sink_free(&f->sink);
    hv_diag_sink_init(&f->sink, &f->cfg);
    hv_registry_free(f->reg);
    load_one(f, write_file(f, "limits.xml", text));
    if (want && f->sink.errors)
        assert_non_null(strstr(f->sink.items[0].message, want));
    return f->sink.errors;
}

static char *repeat(char c, size_t n)
{
    char *s = malloc(n + 1);
    memset(s, c, n);
    s[n] = '\0';
    return s;
}

/* Each attribute limit holds at its value: a value of exactly the limit
 * loads, one byte more is refused as [schema] and the file adds nothing. */
static void limits_hold_at_their_values(void **state)
{
    fixture *f = *state;
    static const struct {
        const char *before, *after; /* around the value */
        size_t limit;
    } cases[] = {
        {"<vendor id=\"", "\" name=\"V\"/>", 64},
        {"<vendor id=\"v\" name=\"", "\"/>", 256},
        {"<vendor id=\"v\" name=\"V\"><source note=\"", "\"/></vendor>", 1024},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" "
         "vendor-signature=\"IIIIIIIIIIII\">"
         "<leaf offset=\"1\" name=\"",
         "\"/></interface></vendor>", 64},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" "
         "vendor-signature=\"IIIIIIIIIIII\">"
         "<leaf offset=\"1\" name=\"l\" upstream=\"",
         "\"/></interface></vendor>", 128},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" vendor-signature=\"",
         "\"/>"
         "</vendor>",
         64},
        {"<registry format=\"1\"><include file=\"", "\"/></registry>", 255},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" "
         "vendor-signature=\"IIIIIIIIIIII\"><msr address=\"0x40000000\" name=\"",
         "\"/></interface></vendor>", 64},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" "
         "vendor-signature=\"IIIIIIIIIIII\"><msr address=\"0x40000000\" name=\"m\" "
         "upstream-alias=\"",
         "\"/></interface></vendor>", 128},
        {"<vendor id=\"v\" name=\"V\"><hypervisor id=\"h\" name=\"H\">"
         "<presents interface=\"i\" base=\"0x40000000\" msrs=\"",
         "\"/></hypervisor></vendor>", 256 * 65},
        {"<vendor id=\"v\" name=\"V\"><interface id=\"i\" name=\"I\" "
         "vendor-signature=\"IIIIIIIIIIII\"><leaf offset=\"1\" name=\"l\">"
         "<register name=\"eax\"><field bits=\"0\" name=\"f\" announces=\"",
         "\"/></register></leaf></interface></vendor>", 256 * 65},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t extra = 0; extra < 2; extra++) {
            char *value = repeat('a', cases[i].limit + extra);
            char *text = hv_asprintf("%s%s%s", cases[i].before, value, cases[i].after);
            size_t errors = load_text(f, text, extra ? "-byte limit" : NULL);
            if (extra) {
                assert_int_equal(errors, 1);
                assert_int_equal(f->sink.items[0].check, HV_CHECK_SCHEMA);
                assert_int_equal(f->reg->vendor_count, 0);
            } else {
                for (size_t k = 0; k < f->sink.count; k++) /* other findings, never the limit */
                    assert_null(strstr(f->sink.items[k].message, "-byte limit"));
            }
            free(text);
            free(value);
        }
    }
}

/* The pre-scan counts attributes in start tags only: 32 load, 33 are [xml];
 * 16 xmlns declarations load, 17 are [xml]; what looks like attributes in
 * comments, CDATA, processing instructions and values is not counted. */
static void prescan_counts_only_start_tags(void **state)
{
    fixture *f = *state;
    hv_strbuf sb;
    for (size_t n = 32; n <= 33; n++) {
        hv_strbuf_init(&sb);
        hv_strbuf_puts(&sb, "<vendor id=\"v\" name=\"V\"");
        for (size_t i = 2; i < n; i++)
            hv_strbuf_printf(&sb, " a%zu='>'", i);
        hv_strbuf_puts(&sb, "/>\n");
        size_t errors = load_text(f, hv_strbuf_cstr(&sb),
                                  n == 33 ? "33 attributes, over the limit of 32" : NULL);
        assert_true(errors >= 1); /* unknown attributes: [schema] at 32, [xml] past it */
        assert_int_equal(f->sink.items[0].check, n == 32 ? HV_CHECK_SCHEMA : HV_CHECK_XML);
        hv_strbuf_free(&sb);
    }
    for (size_t n = 16; n <= 17; n++) {
        hv_strbuf_init(&sb);
        hv_strbuf_puts(&sb, "<vendor id=\"v\" name=\"V\">");
        for (size_t i = 0; i < n; i++)
            hv_strbuf_printf(&sb, "<source xmlns:n%zu=\"urn:x\"/>", i);
        hv_strbuf_puts(&sb, "</vendor>\n");
        size_t errors =
            load_text(f, hv_strbuf_cstr(&sb), n == 17 ? "more than 16 xmlns declarations" : NULL);
        assert_int_equal(errors, n == 17);
        if (n == 17)
            assert_int_equal(f->sink.items[0].check, HV_CHECK_XML);
        hv_strbuf_free(&sb);
    }
    hv_strbuf_init(&sb);
    hv_strbuf_puts(&sb, "<?pi");
    for (size_t i = 0; i < 40; i++)
        hv_strbuf_printf(&sb, " p%zu=\"\"", i);
    hv_strbuf_puts(&sb, "?><!--");
    for (size_t i = 0; i < 40; i++)
        hv_strbuf_printf(&sb, " c%zu=\"\"", i);
    hv_strbuf_puts(&sb, "--><vendor id=\"v\" name=\"");
    for (size_t i = 0; i < 34; i++) /* 34 look-alikes in 254 bytes */
        hv_strbuf_printf(&sb, " n%zu=&apos;&apos;", i);
    hv_strbuf_puts(&sb, "\"><doc><![CDATA[");
    for (size_t i = 0; i < 40; i++)
        hv_strbuf_printf(&sb, "<x d%zu=\"\">", i);
    hv_strbuf_puts(&sb, "]]></doc></vendor>\n");
    assert_int_equal(load_text(f, hv_strbuf_cstr(&sb), NULL), 0);
    assert_int_equal(f->reg->vendor_count, 1);
    hv_strbuf_free(&sb);
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
        cmocka_unit_test_setup_teardown(limits_hold_at_their_values, setup, teardown),
        cmocka_unit_test_setup_teardown(prescan_counts_only_start_tags, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
