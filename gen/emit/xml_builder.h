/* gen/emit/xml_builder.h - the libxml2 node helpers the canonical XML
 * (canonical_xml.c, canonical_facts.c) is built with. Each records an
 * allocation failure in the builder instead of crashing, so a whole document
 * is checked once at the end; every string goes in as a text node or an
 * attribute value, never pasted into markup, so the serialiser escapes all
 * registry text. The builder also carries what both halves of the document
 * consult: the run's diagnostics and the anchors of every object. */
#ifndef HVCPUID_EMIT_XML_BUILDER_H
#define HVCPUID_EMIT_XML_BUILDER_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "gen/emit/anchors.h"
#include "validate/diag.h"
#include "validate/model.h"

typedef struct hv_xml_builder {
    xmlDocPtr doc;
    bool failed;
    const hv_registry *reg;
    const hv_diag_sink *diags; /* the run's findings, sorted; NULL for none */
    size_t strip;              /* length of the folder prefix every registry file shares */
    hv_anchor_index index;
} hv_xml_builder;

xmlNodePtr hv_xb_el(hv_xml_builder *b, xmlNodePtr parent, const char *name);
/* <name>text</name> as an escaped text node; nothing when text is NULL. */
xmlNodePtr hv_xb_text_el(hv_xml_builder *b, xmlNodePtr parent, const char *name, const char *text);
/* Attribute setters; a NULL node or value leaves the attribute out. */
void hv_xb_set(hv_xml_builder *b, xmlNodePtr n, const char *name, const char *value);
void hv_xb_setf(hv_xml_builder *b, xmlNodePtr n, const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void hv_xb_set_owned(hv_xml_builder *b, xmlNodePtr n, const char *name, char *value);

size_t hv_xb_common_folder(const hv_registry *reg);
const char *hv_xb_display_file(const hv_xml_builder *b, const char *file);

/* Which diagnostic (1-based, 0 for none) names `loc` as either side. */
size_t hv_xb_diag_naming(const hv_xml_builder *b, hv_loc loc);
/* report="report_N" on an object a finding names, so the page links back. */
void hv_xb_report_ref(hv_xml_builder *b, xmlNodePtr n, hv_loc loc);

#endif
