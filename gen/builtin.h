/* gen/builtin.h - the decoder tables compiled into this hvcpuid binary.
 *
 * The build has two stages (docs/decoder.md): a stage-1 binary without
 * tables regenerates out/, then the final binary links the fresh
 * out/src/hvcpuid_tables.c. gen/builtin_tables.c and gen/builtin_none.c
 * define this function for each stage; they stay out of the core library. */
#ifndef HVCPUID_BUILTIN_H
#define HVCPUID_BUILTIN_H

#include "lib/hvcpuid-runtime.h"

/* The compiled-in tables, or NULL in the stage-1 binary. */
const hvcpuid_tables *hv_builtin_tables(void);

#endif
