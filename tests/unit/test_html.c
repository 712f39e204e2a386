/* test_html.c - the HTML spec's safety and computed facts: the libxslt
 * lockdown (no file reads or writes from a stylesheet), the CSS parameter
 * passed literally, which sources become links, the anchor scheme, and
 * diagnostics in the canonical XML pointing at both sides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <libxml/xpath.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen/emit/anchors.h"
#include "gen/emit/canonical_xml.h"
#include "gen/emit/html.h"
#include "gen/emit/links.h"
#include "validate/checks.h"
#include "validate/load.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/hvcpuid-html-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static xmlDocPtr tiny_doc(void)
{
    static const char xml[] = "<r>data</r>";
    return xmlReadMemory(xml, (int)sizeof xml - 1, "tiny.xml", NULL, XML_PARSE_NONET);
}

/* Applies a stylesheet with libxslt's defaults (no lockdown): the control
 * that shows the stylesheet really would reach outside. */
static char *unlocked(const char *xsl)
{
    xmlDocPtr sdoc = xmlReadMemory(xsl, (int)strlen(xsl), "t.xsl", NULL, XML_PARSE_NONET);
    xsltStylesheetPtr style = xsltParseStylesheetDoc(sdoc);
    assert_non_null(style);
    xmlDocPtr data = tiny_doc();
    xmlDocPtr res = xsltApplyStylesheet(style, data, NULL);
    xmlChar *mem = NULL;
    int len = 0;
    if (res)
        xsltSaveResultToString(&mem, &len, res, style);
    char *out = strdup(mem ? (const char *)mem : "");
    xmlFree(mem);
    xmlFreeDoc(res);
    xmlFreeDoc(data);
    xsltFreeStylesheet(style);
    return out;
}

static bool locked(const char *xsl, const char *css, hv_strbuf *out)
{
    xmlDocPtr data = tiny_doc();
    char err[128] = "";
    bool ok = hv_xslt_transform(xsl, strlen(xsl), data, css, out, err, sizeof err);
    xmlFreeDoc(data);
    return ok;
}

static void lockdown_forbids_reading_files(void **state)
{
    (void)state;
    char secret[128], xsl[1024];
    snprintf(secret, sizeof secret, "%s/secret.xml", dir);
    FILE *f = fopen(secret, "w");
    assert_non_null(f);
    fputs("<s>SECRET-CONTENT</s>", f);
    fclose(f);
    snprintf(xsl, sizeof xsl,
             "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
             "<xsl:output method='text'/><xsl:template match='/'>"
             "<xsl:value-of select=\"document('file://%s')\"/></xsl:template></xsl:stylesheet>",
             secret);
    char *control = unlocked(xsl);
    assert_non_null(strstr(control, "SECRET-CONTENT"));
    free(control);

    hv_strbuf out;
    hv_strbuf_init(&out);
    bool ok = locked(xsl, "", &out);
    assert_false(ok);
    assert_null(strstr(hv_strbuf_cstr(&out), "SECRET-CONTENT"));
    hv_strbuf_free(&out);
}

static void lockdown_forbids_writing_files(void **state)
{
    (void)state;
    char target[128], xsl[1024];
    snprintf(target, sizeof target, "%s/pwned.txt", dir);
    snprintf(xsl, sizeof xsl,
             "<xsl:stylesheet version='1.1' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
             "<xsl:output method='text'/><xsl:template match='/'>"
             "<xsl:document href='%s' method='text'>pwned</xsl:document>ok"
             "</xsl:template></xsl:stylesheet>",
             target);
    char *control = unlocked(xsl);
    free(control);
    struct stat st;
    assert_int_equal(stat(target, &st), 0); /* libxslt alone would write it */
    assert_int_equal(unlink(target), 0);

    hv_strbuf out;
    hv_strbuf_init(&out);
    assert_false(locked(xsl, "", &out));
    assert_int_not_equal(stat(target, &st), 0);
    hv_strbuf_free(&out);
}

static void css_parameter_is_literal(void **state)
{
    (void)state;
    static const char xsl[] =
        "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
        "<xsl:output method='text'/><xsl:param name='css'/>"
        "<xsl:template match='/'><xsl:value-of select='$css'/></xsl:template></xsl:stylesheet>";
    static const char css[] = "a[title=\"x\"]::after { content: 'y' } concat('z', /r)";
    hv_strbuf out;
    hv_strbuf_init(&out);
    assert_true(locked(xsl, css, &out));
    assert_string_equal(hv_strbuf_cstr(&out), css);
    hv_strbuf_free(&out);
    /* CSS that could end the <style> element is refused outright. */
    hv_strbuf_init(&out);
    assert_false(locked(xsl, "a { } </style><script>x()</script>", &out));
    assert_int_equal(out.len, 0);
    hv_strbuf_free(&out);
}

static void check_href(const char *url, const char *repo, const char *path, const char *commit,
                       const char *want)
{
    hv_source s = {.url = url, .repo = repo, .path = path, .commit = commit};
    char *href = hv_source_href(&s);
    if (want) {
        assert_non_null(href);
        assert_string_equal(href, want);
    } else {
        assert_null(href);
    }
    free(href);
}

static void only_safe_sources_become_links(void **state)
{
    (void)state;
    check_href("https://example.org/a?b=c#d", NULL, NULL, NULL, "https://example.org/a?b=c#d");
    check_href("http://example.org/", NULL, NULL, NULL, "http://example.org/");
    check_href("javascript:alert(1)", NULL, NULL, NULL, NULL);
    check_href("JAVASCRIPT:alert(1)", NULL, NULL, NULL, NULL);
    check_href(" https://example.org/", NULL, NULL, NULL, NULL);
    check_href("data:text/html,x", NULL, NULL, NULL, NULL);
    check_href("https://example.org/\"onclick=\"x", NULL, NULL, NULL, NULL);
    check_href("https://example.org/<b>", NULL, NULL, NULL, NULL);
    check_href("https://exämple.org/", NULL, NULL, NULL, NULL);
    check_href(NULL, "torvalds/linux", "arch/x86/include/uapi/asm/kvm_para.h", "693270471d96",
               "https://github.com/torvalds/linux/blob/693270471d96/arch/x86/include/uapi/asm/"
               "kvm_para.h");
    check_href(NULL, "torvalds/linux", "a/b.h", NULL, NULL);        /* no commit */
    check_href(NULL, "../evil", "a/b.h", "abcdef1", NULL);          /* repo traversal */
    check_href(NULL, "torvalds/linux/x", "a/b.h", "abcdef1", NULL); /* not owner/name */
    check_href(NULL, "torvalds/linux", "../../etc/passwd", "abcdef1", NULL);
    check_href(NULL, "torvalds/linux", "/etc/passwd", "abcdef1", NULL);
    check_href(NULL, "torvalds/linux", "a//b", "abcdef1", NULL);
    check_href(NULL, "torvalds/linux", "a/b?x=1", "abcdef1", NULL);
    check_href(NULL, "torvalds/linux", "a/b.h", "javascript", NULL); /* not hex */
    check_href(NULL, "torvalds/linux", "a/b.h", "ABCDEF1", NULL);
    check_href(NULL, "torvalds/linux", "a/b.h", "abc", NULL); /* too short */
}

static void anchors_follow_the_scheme(void **state)
{
    (void)state;
    hv_interface iface = {.id = "kvm"};
    hv_leaf leaf = {.offset = 1, .iface = &iface};
    hv_register reg = {.reg = HV_REG_EAX, .leaf = &leaf};
    hv_field field = {.name = "clocksource2", .reg = &reg};
    char *a = hv_anchor_field(&field);
    assert_string_equal(a, "kvm-0x1-eax-clocksource2");
    free(a);
    leaf.has_subleaf = true;
    leaf.subleaf = 0x1f;
    leaf.offset = 0x10;
    a = hv_anchor_register(&reg);
    assert_string_equal(a, "kvm-0x10.0x1f-eax");
    free(a);
    a = hv_anchor_interface(&iface);
    assert_string_equal(a, "interface_kvm");
    free(a);
    hv_allocation allocs[2] = {{.owner = &iface}, {.owner = &iface}};
    iface.allocations = allocs;
    iface.allocation_count = 2;
    a = hv_anchor_allocation(&allocs[1]);
    assert_string_equal(a, "allocation_kvm.2");
    free(a);
}

/* XPath string value in the document, or "" (caller frees). */
static char *xpath_string(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr obj = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlChar *s = obj ? xmlXPathCastToString(obj) : NULL;
    char *out = strdup(s ? (const char *)s : "");
    xmlFree(s);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctx);
    return out;
}

static void assert_xpath(xmlDocPtr doc, const char *expr, const char *want)
{
    char *got = xpath_string(doc, expr);
    assert_string_equal(got, want);
    free(got);
}

/* A finding lowered to a warning reaches the canonical document with links
 * to both sides, and the overlapping fields get separate diagram rows. */
static void report_links_both_sides(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    char err[128];
    assert_true(hv_check_config_apply(&cfg, "-Wfield-overlap", err, sizeof err));
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    const char *paths[] = {"tests/bad/field-overlap.xml"};
    hv_registry *reg = hv_registry_load(paths, 1, &sink);
    assert_non_null(reg);
    hv_run_checks(reg, &sink);
    hv_diag_sort(&sink);
    assert_int_equal(sink.warnings, 2);
    xmlDocPtr doc = hv_canonical_xml_build(reg, &sink);
    assert_non_null(doc);
    assert_xpath(doc, "string(/hvcpuid-registry/report/@warnings)", "2");
    assert_xpath(doc, "string(//diagnostic[1]/@check)", "field-overlap");
    assert_xpath(doc, "string(//diagnostic[1]/@file)", "field-overlap.xml");
    assert_xpath(doc, "string(//diagnostic[1]/@target)", "demo-0x1-eax-middle");
    assert_xpath(doc, "string(//diagnostic[1]/note/@target)", "demo-0x1-eax-low");
    /* the reserved range has no section of its own: its register's */
    assert_xpath(doc, "string(//diagnostic[2]/@target)", "demo-0x1-eax");
    assert_xpath(doc, "string(//field[@name='low']/@report)", "report_1");
    assert_xpath(doc, "string(//reserved/@report)", "report_2");
    assert_xpath(doc, "count(//register/diagram/row)", "2");
    assert_xpath(doc, "string(//diagram/row[2]/cell[@kind='field']/@name)", "middle");

    /* the page through the emitter's table entry: the run's diagnostics */
    hv_emit_ctx ctx = {reg, &sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    assert_true(hv_emit_html(&ctx, &outs));
    assert_int_equal(outs.count, 1);
    assert_string_equal(outs.items[0].path, "html/index.html");
    const char *page = hv_strbuf_cstr(&outs.items[0].data);
    assert_non_null(strstr(page, "<li id=\"report_1\" class=\"warning\">"));
    assert_non_null(strstr(page, "href=\"#demo-0x1-eax-middle\"><code>field-overlap.xml:7:9"));
    assert_non_null(strstr(page, "href=\"#demo-0x1-eax-low\"><code>field-overlap.xml:6:9"));
    assert_non_null(strstr(page, "<a class=\"conflict-link\" href=\"#report_2\">finding</a>"));
    hv_outputs_free(&outs);
    xmlFreeDoc(doc);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

/* A finding that names an allocation marks its row in the leaf map as a
 * conflict linked to the report; rows nobody reported stay unmarked. */
static void map_marks_reported_allocations(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    char err[128];
    assert_true(hv_check_config_apply(&cfg, "-Wleaf-offset-range", err, sizeof err));
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    const char *paths[] = {"tests/data/small/registry.xml"};
    hv_registry *reg = hv_registry_load(paths, 1, &sink);
    assert_non_null(reg);
    const hv_interface *acme = hv_registry_find_interface(reg, "acme");
    assert_non_null(acme);
    assert_int_equal(acme->allocation_count, 1);
    hv_diag *d = hv_report(&sink, hv_check_find("leaf-offset-range"), acme->allocations[0].loc,
                           "test finding");
    assert_non_null(d);
    const hv_allocation *timing = hv_registry_find_allocation(reg, "shared-timing");
    hv_diag_add_note(d, timing->loc, "the other side");
    hv_diag_sort(&sink);
    xmlDocPtr doc = hv_canonical_xml_build(reg, &sink);
    assert_non_null(doc);
    assert_xpath(doc, "count(//claim[@conflict='true'])", "3"); /* acme + timing twice */
    assert_xpath(doc, "string(//window[1]/claim[@owner='acme']/@report)", "report_1");
    assert_xpath(doc, "count(//window[2]/claim[@owner='zeta'][@conflict])", "0");
    assert_xpath(doc, "string(//diagnostic[1]/@target)", "allocation_acme.1");
    assert_xpath(doc, "string(//diagnostic[1]/note/@target)", "allocation_shared-timing");
    xmlFreeDoc(doc);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

/* A location inside an element's start tag (an attribute) belongs to that
 * element; one in another file to nothing of this file. */
static void locations_map_to_the_innermost_object(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    const char *paths[] = {"tests/data/small/registry.xml"};
    hv_registry *reg = hv_registry_load(paths, 1, &sink);
    assert_non_null(reg);
    const hv_interface *acme = hv_registry_find_interface(reg, "acme");
    hv_anchor_index index;
    assert_true(hv_anchor_index_build(reg, &index));
    hv_loc at = acme->leaves[0].loc;
    assert_string_equal(hv_anchor_index_find(&index, at), "acme-0x1");
    at.col += 20; /* the offset= attribute */
    assert_string_equal(hv_anchor_index_find(&index, at), "acme-0x1");
    hv_loc value = acme->leaves[0].registers[0].fields[1].values[1].loc;
    assert_string_equal(hv_anchor_index_find(&index, value), "acme-0x1-eax-mode");
    hv_loc reserved = acme->leaves[0].registers[0].fields[3].loc;
    assert_true(acme->leaves[0].registers[0].fields[3].reserved);
    assert_string_equal(hv_anchor_index_find(&index, reserved), "acme-0x1-eax");
    hv_loc elsewhere = {"no-such-file.xml", 1000, 1};
    assert_null(hv_anchor_index_find(&index, elsewhere));
    hv_loc top = {acme->loc.file, 1, 1};
    assert_null(hv_anchor_index_find(&index, top));
    hv_anchor_index_free(&index);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

/* A placement only by a proposed product shows as proposed in the map;
 * the same allocation at its default base stays active. */
static void map_shows_placement_status(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    const char *paths[] = {"tests/html/proposed-placement.xml"};
    hv_registry *reg = hv_registry_load(paths, 1, &sink);
    assert_non_null(reg);
    hv_run_checks(reg, &sink);
    assert_int_equal(sink.errors + sink.warnings, 0);
    xmlDocPtr doc = hv_canonical_xml_build(reg, &sink);
    assert_non_null(doc);
    assert_xpath(doc, "string(//window[@base='0x40000000']/claim/@shown-status)", "active");
    assert_xpath(doc, "string(//window[@base='0x40000100']/claim/@status)", "active");
    assert_xpath(doc, "string(//window[@base='0x40000100']/claim/@shown-status)", "proposed");
    assert_xpath(doc, "string(//window[@base='0x40000100']/claim/placed-by/@status)", "proposed");
    xmlFreeDoc(doc);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

/* The text backend writes byte for byte what libxml2 serialises for the
 * tree the same calls build: on the shipped registry, hostile strings, and
 * findings whose messages hold every character either escapes. */
static void text_backend_matches_the_tree(void **state)
{
    (void)state;
    const char *registries[] = {"spec/registry.xml", "tests/html/hostile/registry.xml",
                                "tests/hostile/valid/hostile-text.xml",
                                "tests/data/small/registry.xml"};
    for (size_t i = 0; i < sizeof registries / sizeof registries[0]; i++) {
        hv_check_config cfg;
        hv_check_config_init(&cfg);
        hv_diag_sink sink;
        hv_diag_sink_init(&sink, &cfg);
        hv_registry *reg = hv_registry_load(&registries[i], 1, &sink);
        assert_non_null(reg);
        hv_run_checks(reg, &sink);
        hv_loc at = reg->interfaces[0]->loc;
        hv_diag *d = hv_report(&sink, hv_check_find("field-overlap"), at,
                               "tab\there, lf\nhere, cr\rhere, <&> \"q\" 'a' \xc3\xa4");
        hv_diag_add_note(d, at, "note\r\n\t<&>\"");
        hv_diag_sort(&sink);
        xmlDocPtr doc = hv_canonical_xml_build(reg, &sink);
        assert_non_null(doc);
        xmlChar *mem = NULL;
        int len = 0;
        xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
        hv_strbuf text;
        hv_strbuf_init(&text);
        assert_true(hv_canonical_xml_write(reg, &sink, &text));
        assert_int_equal(text.len, (size_t)len);
        assert_memory_equal(text.data, mem, text.len);
        /* messages hold visible escapes (validate/util/text.h): no raw CR */
        assert_non_null(strstr(text.data, "cr\\rhere"));
        xmlFree(mem);
        hv_strbuf_free(&text);
        xmlFreeDoc(doc);
        hv_registry_free(reg);
        hv_diag_sink_free(&sink);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(lockdown_forbids_reading_files, setup, teardown),
        cmocka_unit_test_setup_teardown(lockdown_forbids_writing_files, setup, teardown),
        cmocka_unit_test(css_parameter_is_literal),
        cmocka_unit_test(only_safe_sources_become_links),
        cmocka_unit_test(anchors_follow_the_scheme),
        cmocka_unit_test(report_links_both_sides),
        cmocka_unit_test(map_marks_reported_allocations),
        cmocka_unit_test(locations_map_to_the_innermost_object),
        cmocka_unit_test(map_shows_placement_status),
        cmocka_unit_test(text_backend_matches_the_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
