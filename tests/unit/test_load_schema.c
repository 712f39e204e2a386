/* test_load_schema.c - schema errors worded from the schema (validate/
 * load_schema.c): the model's finding for a mistake, none for a valid
 * element, and libxml2's own words only where the model sees nothing. */
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
#include "validate/load_schema.h"

typedef struct parsed {
    char path[64];
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_xml_file file;
} parsed;

/* Parses `text` as a registry file (hv_xml_read), without validating it. */
static void parse(parsed *p, const char *text)
{
    snprintf(p->path, sizeof p->path, "/tmp/hvcpuid-schema-XXXXXX");
    int fd = mkstemp(p->path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    hv_check_config_init(&p->cfg);
    hv_diag_sink_init(&p->sink, &p->cfg);
    memset(&p->file, 0, sizeof p->file);
    p->file.path = p->path;
    assert_true(hv_xml_read(&p->file, p->path, &p->sink, (hv_loc){NULL, 0, 0}));
}

static void done(parsed *p)
{
    hv_xml_close(&p->file);
    hv_diag_sink_free(&p->sink);
    unlink(p->path);
}

static hv_schema_complaint complaint(xmlNodePtr node, const char *words)
{
    hv_schema_complaint c = {node, "", 0};
    snprintf(c.message, sizeof c.message, "%s", words);
    return c;
}

/* A vendor that the model finds sound: the complaint keeps libxml2's words. */
static void valid_elements_leave_libxml2_words(void **state)
{
    (void)state;
    parsed p;
    parse(&p, "<?xml version=\"1.0\"?>\n<vendor id=\"v\" name=\"V\"/>\n");
    hv_schema_complaint c = complaint(xmlDocGetRootElement(p.file.doc), "Some complaint");
    hv_schema_explain(&p.file, &c, 1, &p.sink);
    assert_int_equal(p.sink.count, 1);
    assert_string_equal(p.sink.items[0].message,
                        "does not match the registry schema: Some complaint (see docs/format.md)");
    assert_int_equal(p.sink.items[0].loc.line, 2);
    done(&p);
}

/* A mistake the model sees is worded from the schema, once, and libxml2's
 * two complaints about it add nothing. */
static void one_finding_per_mistake(void **state)
{
    (void)state;
    parsed p;
    parse(&p, "<?xml version=\"1.0\"?>\n<vendor id=\"v\" name=\"V\">\n"
              "  <interface id=\"i\" name=\"I\" vendor-signature=\"IIIIIIIIIIII\">\n"
              "    <leaf offset=\"1\" name=\"a\"/>\n"
              "    <allocation first=\"0\" last=\"1\" status=\"active\"/>\n"
              "  </interface>\n</vendor>\n");
    xmlNodePtr iface = xmlDocGetRootElement(p.file.doc)->children;
    while (iface && iface->type != XML_ELEMENT_NODE)
        iface = iface->next;
    hv_schema_complaint c[2] = {complaint(iface, "Did not expect element allocation there"),
                                complaint(iface, "Element interface has extra content")};
    hv_schema_explain(&p.file, c, 2, &p.sink);
    assert_int_equal(p.sink.count, 1);
    assert_int_equal(p.sink.items[0].loc.line, 5);
    assert_non_null(strstr(p.sink.items[0].message, "<allocation> is out of place in <interface>"));
    done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_elements_leave_libxml2_words),
        cmocka_unit_test(one_finding_per_mistake),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
