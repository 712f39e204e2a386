/* gen/emit/kcpuid.h - the registry in Linux kcpuid's cpuid.csv row format. */
#ifndef HVCPUID_EMIT_KCPUID_H
#define HVCPUID_EMIT_KCPUID_H

#include <stdbool.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Longest short name and description kcpuid can hold (it copies them into
 * char[32] and char[256] without a bound); longer ones are cut to fit. */
#define HV_KCPUID_NAME_MAX   31
#define HV_KCPUID_DETAIL_MAX 255

/* Rows of one interface at every base it is registered at. */
void hv_emit_kcpuid_interface(const hv_registry *reg, const hv_interface *iface, hv_strbuf *out);
/* A whole file for one interface (out/kcpuid/<id>.csv). */
void hv_emit_kcpuid_file(const hv_registry *reg, const hv_interface *iface, hv_strbuf *out);
/* Every interface, one commented section per interface (out/cpuid.csv). */
void hv_emit_kcpuid_all(const hv_registry *reg, hv_strbuf *out);

#endif
