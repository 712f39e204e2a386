/* gen/emit/canonical_facts.h - the computed parts of the canonical XML
 * (gen/emit/canonical_facts.c), which canonical_xml.c places among the
 * registry's content. */
#ifndef HVCPUID_EMIT_CANONICAL_FACTS_H
#define HVCPUID_EMIT_CANONICAL_FACTS_H

#include "gen/emit/xml_builder.h"

/* <diagram> under a <register>: its fields placed in rows, each row a run
 * of cells from bit 31 down to 0. */
void hv_canonical_diagram(hv_xml_builder *b, hv_xb_node reg_node, const hv_register *r);
/* <map>: every base window with its segments and claims. */
void hv_canonical_map(hv_xml_builder *b, hv_xb_node root);
/* <report>: the run's diagnostics, with the anchors of both sides. */
void hv_canonical_report(hv_xml_builder *b, hv_xb_node root);

#endif
