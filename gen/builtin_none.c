/* gen/builtin_none.c - the stage-1 binary, which regenerates out/ before the
 * tables it would link exist: no compiled-in tables. decode and probe then
 * need --registry FILE. */
#include "gen/builtin.h"

#include <stddef.h>

const hvcpuid_tables *hv_builtin_tables(void)
{
    return NULL;
}
