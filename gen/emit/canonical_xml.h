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

/* Builds the document with libxml2's tree API. `diags` holds the findings
 * of the run (sorted) that go into the report; NULL for none. Returns NULL
 * when out of memory. The caller frees it with xmlFreeDoc. */
xmlDocPtr hv_canonical_xml_build(const hv_registry *reg, const hv_diag_sink *diags);

/* The document serialised (UTF-8, indented) as canonical.xml: an output of
 * `export --format=xml` only; `gen` writes the page made from it. */
bool hv_emit_canonical_xml(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
