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

#endif
