/* gen/emit/canonical_msrs.h - the synthetic-MSR part of the canonical XML
 * (gen/emit/canonical_msrs.c, layout in docs/html.md): each interface's MSR
 * base, MSR allocations and MSRs with their 64-bit diagrams, what each
 * <presents> says about MSRs, the feature bits' announces, and the MSR map of
 * every product, from validate/msr_claims.h. */
#ifndef HVCPUID_EMIT_CANONICAL_MSRS_H
#define HVCPUID_EMIT_CANONICAL_MSRS_H

#include "gen/emit/xml_builder.h"

/* Shared with gen/emit/canonical_xml.c, which defines them: a <source> per
 * source, and a <field> or <reserved> (CPUID or MSR). */
void hv_canonical_sources(hv_xml_builder *b, hv_xb_node parent, const hv_sources *sources);
void hv_canonical_field(hv_xml_builder *b, hv_xb_node parent, const hv_field *f);

/* <announces msr="NAME" anchor="..."/> under a CPUID field, per MSR it
 * announces (no anchor when the name did not resolve). */
void hv_canonical_announces(hv_xml_builder *b, hv_xb_node field_node, const hv_field *f);
/* <msr-base>, <msr-allocation>s and <msr>s under an <interface>; in the
 * page's index (stub_leaves), bare <msr/>s only, which it counts. */
void hv_canonical_interface_msrs(hv_xml_builder *b, hv_xb_node iface_node,
                                 const hv_interface *iface);
/* msr-base= and msrs-implemented= on a <presents> (before its children:
 * the text backend writes in document order), then its <implements> and
 * <acknowledge> children. */
void hv_canonical_presents_msr_attrs(hv_xml_builder *b, hv_xb_node pn, const hv_presents *pr);
void hv_canonical_presents_msrs(hv_xml_builder *b, hv_xb_node pn, const hv_presents *pr);
/* <msr-map>: for every product presenting MSRs, what occupies which MSRs. */
void hv_canonical_msr_map(hv_xml_builder *b, hv_xb_node root);

#endif
