/* gen/builtin_tables.c - the final binary: the tables generated from the shipped
 * registry (out/src/hvcpuid_tables.c, linked beside this file). */
#include "gen/builtin.h"

const hvcpuid_tables *hv_builtin_tables(void)
{
    return &hvcpuid_registry_tables;
}
