/* gen/emit/headers_msr.h - the synthetic-MSR part of the generated headers
 * (gen/emit/headers_msr.c): called by gen/emit/headers.c for each interface
 * and for the umbrella's 64-bit type. */
#ifndef HVCPUID_EMIT_HEADERS_MSR_H
#define HVCPUID_EMIT_HEADERS_MSR_H

#include <stdbool.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Does the interface define any MSR (so its header needs the 64-bit type)? */
bool hv_headers_has_msrs(const hv_interface *iface);
/* The HVCPUID_U64 block: the 64-bit type, its cast, HVCPUID_U64_C and the
 * width check, guarded so it may appear in many headers. */
void hv_headers_put_u64_block(hv_strbuf *sb);
/* Every MSR of the interface: addresses, field shifts, widths and values,
 * and under #ifdef HVCPUID_U64 the reserved mask and each field's MASK,
 * GET and SET. `iface_stem` is HVCPUID_<IFACE>. */
void hv_headers_put_msrs(hv_strbuf *sb, const hv_registry *reg, const hv_interface *iface,
                         const hv_strbuf *iface_stem);

#endif
