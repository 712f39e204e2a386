/* validate/load_limits.h - the loader's limits on what one registry file may
 * hold, each with a documented value (docs/format.md, docs/robustness.md)
 * and a clear FILE:LINE:COL diagnostic. Internal to the loader. */
#ifndef HVCPUID_LOAD_LIMITS_H
#define HVCPUID_LOAD_LIMITS_H

#include <stdbool.h>

#include "validate/diag.h"
#include "validate/load_xml.h"

/* Attributes one element may carry; xmlns declarations one file may make.
 * Past them libxml2 itself is slow (its duplicate and namespace lookups
 * are quadratic): 40,000 attributes cost it 1.5 s, 300,000 declarations
 * 18 s. The richest element of the format has nine attributes. */
#define HV_MAX_ATTRIBUTES 32
#define HV_MAX_NAMESPACES 16

/* Attribute values, in bytes. Ids and names become parts of C identifiers,
 * file names and messages; a cap keeps every name built from them (and
 * the cost of building them) proportional to the number of objects. */
#define HV_MAX_ID_LEN       64   /* id=, and the ids that refer to one */
#define HV_MAX_NAME_LEN     64   /* leaf, field and value names, and references to them */
#define HV_MAX_LABEL_LEN    256  /* the name= of a vendor, interface, hypervisor, allocation */
#define HV_MAX_UPSTREAM_LEN 128  /* upstream=, upstream-alias=, upstream-shift= macro names */
#define HV_MAX_SOURCE_LEN   1024 /* the attributes of <source> */
#define HV_MAX_INCLUDE_LEN  255  /* <include file=>: a file name */
#define HV_MAX_VALUE_LEN    64   /* numbers, bits, signatures and every other attribute */
/* msrs= and announces=: MSR names separated by spaces, room for 256 names
 * of the longest length (an MSR software range holds 256 addresses). */
#define HV_MAX_NAME_LIST_LEN (256 * (HV_MAX_NAME_LEN + 1))

/* Scans the raw bytes before libxml2 parses them: refuses (as [xml]) an
 * element with more than HV_MAX_ATTRIBUTES attributes or a file with more
 * than HV_MAX_NAMESPACES xmlns declarations, in one linear pass. */
bool hv_xml_prescan(const hv_xml_file *file, hv_diag_sink *sink);

/* Walks the parsed document: refuses (as [schema]) every attribute value
 * longer than its limit. A file that fails contributes nothing. */
bool hv_xml_check_lengths(const hv_xml_file *file, hv_diag_sink *sink);

#endif
