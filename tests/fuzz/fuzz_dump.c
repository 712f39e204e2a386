/* fuzz_dump.c - libFuzzer harness for lib/'s dump parser and everything
 * `hvcpuid decode` runs on its result: each input is one dump text (cpuid -r
 * or AIDA64), parsed into result sets, analysed against the decoder tables
 * generated from the shipped registry (out/src/hvcpuid_tables.c), and every
 * found interface checked field by field.
 *
 * The result arrays are allocated per input at a small capacity, so a dump
 * that fills them exercises the "full" path too. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lib/hvcpuid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CAPACITY = 4096 };

static void count_finding(void *ctx, const hvcpuid_finding *f)
{
    unsigned *n = ctx;
    *n += f->error ? 1u : 0u;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hvcpuid_result *cpu0 = calloc(CAPACITY, sizeof *cpu0);
    hvcpuid_result *scratch = calloc(CAPACITY, sizeof *scratch);
    if (!cpu0 || !scratch)
        abort();
    hvcpuid_dump d;
    hvcpuid_dump_error err = {0, NULL};
    hvcpuid_dump_init(&d, cpu0, scratch, CAPACITY);
    int rc = hvcpuid_dump_parse(&d, (const char *)data, size, &err);
    if (rc != HVCPUID_DUMP_OK && !err.message)
        abort(); /* every refusal must say why */
    if (rc == HVCPUID_DUMP_OK) {
        hvcpuid_analysis a;
        hvcpuid_analyze(&hvcpuid_registry_tables, &d.cpu0, &a);
        unsigned errors = 0;
        for (unsigned i = 0; i < a.found_count; i++)
            if (a.found[i].iface)
                hvcpuid_check_found(&a.found[i], &d.cpu0, count_finding, &errors);
        for (uint32_t leaf = 0x40000000u; leaf < 0x40010000u; leaf += 0x40)
            (void)hvcpuid_owner(&a, leaf);
    }
    free(cpu0);
    free(scratch);
    return 0;
}
