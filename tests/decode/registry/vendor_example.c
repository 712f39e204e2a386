/* vendor_example.c - what a project that vendors lib/ and
 * out/src/hvcpuid_tables.c writes (docs/decoder.md): parse a dump, identify
 * the hypervisors, print one line per base. Built by tests/cli/decode.sh
 * with nothing but those files and a C99 compiler. */
#include <stdio.h>
#include <string.h>

#include "hvcpuid-runtime.h"

static hvcpuid_result cpu0[512], scratch[512];

int main(void)
{
    static char text[1 << 16];
    size_t len = fread(text, 1, sizeof text, stdin);
    hvcpuid_dump d;
    hvcpuid_dump_error err;
    hvcpuid_analysis a;
    hvcpuid_dump_init(&d, cpu0, scratch, 512);
    if (hvcpuid_dump_parse(&d, text, len, &err) != HVCPUID_DUMP_OK) {
        printf("line %lu: %s\n", err.line, err.message);
        return 1;
    }
    hvcpuid_analyze(&hvcpuid_registry_tables, &d.cpu0, &a);
    for (unsigned k = 0; k < a.found_count; k++)
        printf("0x%08lx %s max 0x%08lx\n", (unsigned long)a.found[k].base,
               a.found[k].iface ? a.found[k].iface->id : "unknown",
               (unsigned long)a.found[k].max_leaf);
    return 0;
}
