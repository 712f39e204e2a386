/* validate/load_xml.h - one registry file in memory: bounded read, hardened libxml2
 * parse, schema validation, and byte-exact locations for nodes and
 * attributes. Internal to the loader. */
#ifndef HVCPUID_LOAD_XML_H
#define HVCPUID_LOAD_XML_H

#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "validate/diag.h"

typedef struct hv_xml_file {
    const char *path; /* as reported in diagnostics; owned by the registry arena */
    char *buf;
    size_t len;
    size_t *line_starts; /* byte offset of each line's first byte */
    size_t line_count;
    xmlDocPtr doc;
    size_t max_size; /* the largest file it may be (0: HV_MAX_FILE_SIZE) */
} hv_xml_file;

/* Reads `path` (a regular file of at most file->max_size bytes) and parses
 * it. On failure reports [xml] diagnostics and returns false; `file->doc` is
 * then NULL. `cause` locates the reference that named the file, if any. */
bool hv_xml_read(hv_xml_file *file, const char *path, hv_diag_sink *sink, hv_loc cause);

/* Validates the parsed document; reports [schema] diagnostics. */
bool hv_xml_validate(hv_xml_file *file, xmlRelaxNGPtr schema, hv_diag_sink *sink);

/* Compiles the built-in schema; NULL only on internal failure. */
xmlRelaxNGPtr hv_xml_schema_new(void);

void hv_xml_close(hv_xml_file *file);

/* Line and column of a byte offset in the file. */
hv_loc hv_xml_offset_loc(const hv_xml_file *file, size_t offset);

/* Location of an element's start tag, and of one of its attributes (the
 * element's location when the attribute is absent). */
hv_loc hv_xml_node_loc(const hv_xml_file *file, xmlNodePtr node);
hv_loc hv_xml_attr_loc(const hv_xml_file *file, xmlNodePtr node, const char *attr);

#endif
