/* gen/emit/canonical_xml.h - the checked registry as one canonical XML document
 * (docs/html.md): every vendor, interface, leaf, field, hypervisor and
 * allocation in a stable order, plus facts the checks and the model compute
 * (absolute leaves per base, the map of each base window, the diagnostics of
 * the run, stable anchors, safe link targets). It is what the HTML templates
 * transform and what `hvcpuid export --format=xml` prints. */
#ifndef HVCPUID_EMIT_CANONICAL_XML_H
#define HVCPUID_EMIT_CANONICAL_XML_H

#include <libxml/tree.h>
#include <stdbool.h>

#include "gen/emit/emit.h"
#include "gen/emit/xml_builder.h"

/* Builds the document with libxml2's tree API. `diags` holds the findings
 * of the run (sorted) that go into the report; NULL for none. Returns NULL
 * when out of memory. The caller frees it with xmlFreeDoc. */
xmlDocPtr hv_canonical_xml_build(const hv_registry *reg, const hv_diag_sink *diags);
/* Writes the same document as text, as libxml2 would serialise it (UTF-8,
 * indented), without holding it: what `export --format=xml` prints. */
bool hv_canonical_xml_write(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out);

/* The two kinds of part the HTML page is made from (gen/emit/html.c), one
 * at a time so no tree holds the whole registry: the index, the document
 * with each leaf cut to what is counted of it (<leaf><register><field/>),
 * and one interface's section, a document of the interface and its vendor.
 * NULL when out of memory; the caller frees with xmlFreeDoc. */
xmlDocPtr hv_canonical_index_build(const hv_xb_context *ctx);
xmlDocPtr hv_canonical_section_build(const hv_xb_context *ctx, const hv_interface *iface);

/* The document as canonical.xml: an output of `export --format=xml` only;
 * `gen` writes the page made from it. */
bool hv_emit_canonical_xml(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
