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

#include "validate/diag.h"
#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Builds the document with libxml2's tree API. `diags` holds the findings
 * of the run (sorted) that go into the report; NULL for none. Returns NULL
 * when out of memory. The caller frees it with xmlFreeDoc. */
xmlDocPtr hv_canonical_xml_build(const hv_registry *reg, const hv_diag_sink *diags);

/* Runs every check at its default level over an already loaded registry, as
 * `hvcpuid check` would without options, so emitters that show the findings
 * see exactly what a plain run reports. `sink` must be freed by the caller. */
void hv_default_diagnostics(const hv_registry *reg, hv_check_config *config, hv_diag_sink *sink);

/* Serialises the document (UTF-8, indented) into `out`. */
bool hv_emit_canonical_xml(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out);

#endif
