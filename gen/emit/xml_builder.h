/* gen/emit/xml_builder.h - the element and attribute calls the canonical XML
 * (canonical_xml.c, canonical_facts.c) is made with, over two backends:
 *
 *   a tree   libxml2 nodes, what the HTML stylesheet transforms;
 *   text     the document written as it is built, byte for byte what
 *            libxml2 would serialise for that tree (UTF-8, two-space indent),
 *            holding only the open elements: `export --format=xml` of any
 *            size in the memory of its output.
 *
 * Elements are built in document order: a new child of an element closes
 * whatever was open below it, and attributes go on the element last opened
 * (the text backend refuses anything else, as a build failure). Each call
 * records an allocation failure in the builder instead of crashing, so a
 * whole document is checked once at the end; every string goes in as a text
 * node or an attribute value, never pasted into markup, so every registry
 * string is escaped. What all documents of one run consult (the run's
 * diagnostics, the anchors of every object) is built once, in a context. */
#ifndef HVCPUID_EMIT_XML_BUILDER_H
#define HVCPUID_EMIT_XML_BUILDER_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "gen/emit/anchors.h"
#include "validate/diag.h"
#include "validate/model.h"
#include "validate/util/strbuf.h"

/* What every document of one run shares. */
typedef struct hv_xb_context {
    const hv_registry *reg;
    const hv_diag_sink *diags; /* the run's findings, sorted; NULL for none */
    size_t strip;              /* length of the folder prefix every registry file shares */
    hv_anchor_index anchors;
    struct hv_xb_named {
        hv_loc loc;
        size_t diag; /* 1-based: the first finding naming loc */
    } * named;       /* every location a finding or its notes name, sorted */
    size_t named_count;
} hv_xb_context;

bool hv_xb_context_init(hv_xb_context *c, const hv_registry *reg, const hv_diag_sink *diags);
void hv_xb_context_free(hv_xb_context *c);

/* An element being built: a tree node, or a depth in the text writer's
 * stack of open elements (1 the root). Neither set: no element. */
typedef struct hv_xb_node {
    xmlNodePtr node;
    size_t depth;
} hv_xb_node;

typedef struct hv_xml_builder {
    const hv_xb_context *ctx;
    xmlDocPtr doc;   /* the tree backend: the document */
    hv_strbuf *text; /* the text backend: where the document is written */
    struct hv_xb_open {
        const char *name; /* static or registry-owned */
        bool children;    /* its start tag is closed and children follow */
        bool has_text;    /* a text element: `pending` is its content */
    } * open;             /* text: the open elements, root first */
    size_t depth, cap;
    hv_strbuf pending;
    bool stub_leaves; /* leaves as bare <leaf><register><field/> (what the page's index counts) */
    bool failed;
} hv_xml_builder;

/* Starts a document whose root element is `name`: a tree when `text` is
 * NULL, else written to `text` (with the XML declaration). */
hv_xb_node hv_xb_start(hv_xml_builder *b, const hv_xb_context *ctx, hv_strbuf *text,
                       const char *name);
/* Closes every open element (text) and frees the builder's own memory; the
 * tree, if any, stays in b->doc. Returns false when anything failed. */
bool hv_xb_finish(hv_xml_builder *b);

bool hv_xb_ok(hv_xb_node n);
hv_xb_node hv_xb_el(hv_xml_builder *b, hv_xb_node parent, const char *name);
/* <name>text</name> as an escaped text node; nothing when text is NULL. */
hv_xb_node hv_xb_text_el(hv_xml_builder *b, hv_xb_node parent, const char *name, const char *text);
/* Attribute setters; no node or a NULL value leaves the attribute out. */
void hv_xb_set(hv_xml_builder *b, hv_xb_node n, const char *name, const char *value);
void hv_xb_setf(hv_xml_builder *b, hv_xb_node n, const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
void hv_xb_set_owned(hv_xml_builder *b, hv_xb_node n, const char *name, char *value);
void hv_xb_set_uint(hv_xml_builder *b, hv_xb_node n, const char *name, unsigned long value);

const char *hv_xb_display_file(const hv_xb_context *c, const char *file);

/* Which diagnostic (1-based, 0 for none) names `loc` as either side. */
size_t hv_xb_diag_naming(const hv_xb_context *c, hv_loc loc);
/* report="report_N" on an object a finding names, so the page links back. */
void hv_xb_report_ref(hv_xml_builder *b, hv_xb_node n, hv_loc loc);

#endif
