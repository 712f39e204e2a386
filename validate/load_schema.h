/* validate/load_schema.h - schema errors a vendor can act on. libxml2's RelaxNG
 * validator says "Element interface has extra content: allocation" and
 * reports one misplaced element twice; this file reads the built-in
 * schema (validate/registry.rng) into a small content model and words one
 * error per offending element from what the schema expects there: the
 * order of the parent's children, the missing attribute, the allowed
 * values. Derived from the schema the binary validates with, the messages
 * cannot drift from it. Internal to the loader. */
#ifndef HVCPUID_LOAD_SCHEMA_H
#define HVCPUID_LOAD_SCHEMA_H

#include <libxml/tree.h>
#include <stddef.h>

#include "validate/diag.h"
#include "validate/load_xml.h"

/* One element libxml2's validator complained about, with its words. */
typedef struct hv_schema_complaint {
    xmlNodePtr node; /* NULL when libxml2 named none */
    char message[256];
    unsigned line;
} hv_schema_complaint;

/* Reports [schema] findings for the complaints: for each element named, the
 * mistake the schema model finds at it (or at the child it is about), at
 * most one per element; libxml2's own words only where the model finds
 * nothing. */
void hv_schema_explain(const hv_xml_file *file, const hv_schema_complaint *complaints, size_t count,
                       hv_diag_sink *sink);

#endif
