/* gen/emit/c_preamble.h - the opening lines every generated C header has: the
 * SPDX line and "FILE - WHAT. Generated from SOURCES by hvcpuid VERSION", the
 * same text whatever order and path the registry files were named by. */
#ifndef HVCPUID_EMIT_C_PREAMBLE_H
#define HVCPUID_EMIT_C_PREAMBLE_H

#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Appends the SPDX line and the provenance comment of header `file` (its
 * name as shown): SOURCES is the interface's vendor file, or every vendor
 * file of `reg` (iface NULL), without the folders above spec/. */
void hv_c_preamble(hv_strbuf *sb, const char *file, const char *what, const hv_registry *reg,
                   const hv_interface *iface);

#endif
