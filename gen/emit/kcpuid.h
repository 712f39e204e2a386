/* gen/emit/kcpuid.h - the registry in Linux kcpuid's cpuid.csv row format. */
#ifndef HVCPUID_EMIT_KCPUID_H
#define HVCPUID_EMIT_KCPUID_H

#include <stdbool.h>

#include "gen/emit/emit.h"

/* Longest short name and description kcpuid can hold (it copies them into
 * char[32] and char[256] without a bound); longer ones are cut to fit. */
#define HV_KCPUID_NAME_MAX   31
#define HV_KCPUID_DETAIL_MAX 255

/* cpuid.csv: every interface, one commented section per interface. */
bool hv_emit_kcpuid_all(const hv_emit_ctx *ctx, hv_outputs *outs);
/* kcpuid/<id>.csv: one file per interface, for `kcpuid -f` on a guest of
 * that hypervisor. */
bool hv_emit_kcpuid_files(const hv_emit_ctx *ctx, hv_outputs *outs);

#endif
