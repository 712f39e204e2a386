/* validate/load_build.h - from one validated XML document to model objects
 * (validate/load_build.c). Internal to the loader. */
#ifndef HVCPUID_LOAD_BUILD_H
#define HVCPUID_LOAD_BUILD_H

#include <libxml/tree.h>
#include <stdbool.h>

#include "validate/diag.h"
#include "validate/load_xml.h"
#include "validate/model.h"

/* What building needs: where objects live and findings go, the file being
 * converted (for locations), and whether an allocation failed. */
typedef struct hv_build {
    hv_arena *arena;
    hv_diag_sink *sink;
    hv_xml_file *file;
    bool oom; /* the arena's budget ran out: the model is incomplete */
} hv_build;

/* The <vendor> element `node` as a vendor object in the arena, with its
 * interfaces, hypervisors and generic allocations; NULL (and b->oom) when
 * out of memory. References stay unresolved until hv_model_index. */
hv_vendor *hv_build_vendor(hv_build *b, xmlNodePtr node);

/* DOM helpers the include walk shares: is `n` the element `name`; the
 * attribute's value copied into the arena (NULL when absent). */
bool hv_build_is_element(xmlNodePtr n, const char *name);
const char *hv_build_attr(hv_build *b, xmlNodePtr node, const char *name);

/* ---- validate/load_dom.c: shared by load_build.c and load_msr.c ---------- */

/* How many `name` elements `parent` holds. */
size_t hv_build_count_children(xmlNodePtr parent, const char *name);
/* n elements of `size` in the arena (NULL for none, or out of memory: then b->oom). */
void *hv_build_alloc_array(hv_build *b, size_t n, size_t size);
/* How much of a value a message quotes: HV_QUOTE_MAX bytes at most, cut on a
 * character boundary (the limits in load_limits.c keep values shorter). */
#define HV_QUOTE_MAX 64
int hv_build_quoted_len(const char *s);
/* A signature attribute: its 4 bytes of text, checked ([signature]). */
void hv_build_signature(hv_build *b, xmlNodePtr node, const char *name, hv_signature *sig);

hv_loc hv_build_loc(hv_build *b, xmlNodePtr node);
/* An arena array for every `child` element of `parent` (NULL for none, or
 * out of memory: then b->oom); *n is set to 0 for the caller to count up. */
void *hv_build_array(hv_build *b, xmlNodePtr parent, const char *child, size_t size, size_t *n);
/* A numeric attribute ([number] reported when malformed); false when absent
 * or malformed, *present (if given) telling which. */
bool hv_build_number(hv_build *b, xmlNodePtr node, const char *name, uint32_t *out, bool *present);
hv_status hv_build_status(hv_build *b, xmlNodePtr node, hv_status fallback);
/* The folded text of the element's <doc>, or of the element itself. */
const char *hv_build_doc(hv_build *b, xmlNodePtr node);
const char *hv_build_text(hv_build *b, xmlNodePtr node);
hv_sources hv_build_sources(hv_build *b, xmlNodePtr node);
/* An <allocation>-shaped element (first, last, status, id, name, head). */
void hv_build_allocation(hv_build *b, xmlNodePtr node, hv_allocation *a, hv_interface *owner);
/* The <field> and <reserved> children of `node` into `r`, sorted by bit and
 * indexed by name; r->msr must be set first for an MSR's 64-bit value. */
void hv_build_fields(hv_build *b, xmlNodePtr node, hv_register *r);

/* validate/load_msr.c: an interface's <msr-base>, <msr-allocation>s and
 * <msr>s; a <presents>' msr-base=, msrs= and <acknowledge>s; a list
 * attribute of MSR names. */
void hv_build_interface_msrs(hv_build *b, xmlNodePtr node, hv_interface *iface);
void hv_build_presents_msrs(hv_build *b, xmlNodePtr node, hv_presents *p);
void hv_build_msr_refs(hv_build *b, xmlNodePtr node, const char *attr, hv_msr_refs *refs);

#endif
