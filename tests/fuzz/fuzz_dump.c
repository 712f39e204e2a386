/* fuzz_dump.c - libFuzzer harness for lib/'s dump parser and everything
 * `hvcpuid decode` runs on its result: each input is one dump text (cpuid -r
 * or AIDA64), parsed into result sets, analysed against the decoder tables
 * generated from the shipped registry (out/src/hvcpuid_tables.c), every
 * found interface checked field by field, and the report printed in each
 * layout (text, wrapped and wide; JSON).
 *
 * The result arrays are allocated per input at a small capacity, so a dump
 * that fills them exercises the "full" path too. What must always hold is
 * asserted (abort): a refusal says why, and what it relates to; a dump read
 * is sorted with no leaf given twice; every result of a found interface
 * decodes with a definition of its own leaf; products never exceed their
 * count. tests/fuzz/dump.dict holds the tokens of each dump class. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "gen/decode/report.h"
#include "lib/hvcpuid-runtime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CAPACITY = 4096 };

static void count_finding(void *ctx, const hvcpuid_finding *f)
{
    unsigned *n = ctx;
    *n += f->error ? 1u : 0u;
    if (f->kind == HVCPUID_FIND_SUBLEAF_LOOKS && (!f->as || f->as == f->def || f->error))
        abort(); /* a misplaced sub-leaf names the layout it holds, as a warning */
}

/* Sorted by (leaf, sub-leaf), each once: what every lookup relies on. */
static void check_sorted(const hvcpuid_results *set)
{
    for (size_t i = 1; i < set->count; i++) {
        const hvcpuid_result *a = &set->items[i - 1], *b = &set->items[i];
        if (a->leaf > b->leaf || (a->leaf == b->leaf && a->subleaf >= b->subleaf))
            abort();
    }
}

/* Every result of a found interface decodes with its own leaf's layout. */
static void check_layouts(const hvcpuid_found *f, const hvcpuid_results *set)
{
    for (size_t i = hvcpuid_results_lower_bound(set, f->base);
         i < set->count && set->items[i].leaf <= f->max_leaf; i++) {
        const hvcpuid_leaf_def *own, *as = hvcpuid_decode_def(f, set, &set->items[i], &own);
        if (as && as->offset != set->items[i].leaf - f->base)
            abort();
        if (as != own && (!as || !own || !as->has_subleaf))
            abort();
    }
}

/* The report in every layout: what `decode` prints of this dump. */
static void print_reports(const hvcpuid_dump *d)
{
    static const hv_decode_style styles[] = {
        {false, false, false}, {false, true, true}, {true, false, false}};
    hv_decode_input in = {&hvcpuid_registry_tables,
                          &d->cpu0,
                          "fuzz",
                          true,
                          d->cpus,
                          d->cpus_differing,
                          d->first_diff_cpu,
                          d->first_diff_leaf,
                          d->first_diff_subleaf,
                          d->first_diff_line};
    for (size_t k = 0; k < sizeof styles / sizeof styles[0]; k++) {
        hv_strbuf out;
        hv_strbuf_init(&out);
        (void)hv_decode_report(&in, styles[k], &out);
        hv_strbuf_free(&out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hvcpuid_result *cpu0 = calloc(CAPACITY, sizeof *cpu0);
    hvcpuid_result *scratch = calloc(CAPACITY, sizeof *scratch);
    if (!cpu0 || !scratch)
        abort();
    hvcpuid_dump d;
    hvcpuid_dump_error err = {0, NULL, 0, NULL};
    hvcpuid_dump_init(&d, cpu0, scratch, CAPACITY);
    int rc = hvcpuid_dump_parse(&d, (const char *)data, size, &err);
    if (rc != HVCPUID_DUMP_OK && !err.message)
        abort(); /* every refusal must say why */
    if (rc != HVCPUID_DUMP_OK && err.related_line && (!err.related || err.related_line > err.line))
        abort(); /* ... and points back at a line before it */
    if (rc == HVCPUID_DUMP_OK) {
        hvcpuid_analysis a;
        check_sorted(&d.cpu0);
        hvcpuid_analyze(&hvcpuid_registry_tables, &d.cpu0, &a);
        if (a.product_count > a.product_total)
            abort();
        unsigned errors = 0;
        for (unsigned i = 0; i < a.found_count; i++)
            if (a.found[i].iface) {
                hvcpuid_check_found(&a.found[i], &d.cpu0, count_finding, &errors);
                check_layouts(&a.found[i], &d.cpu0);
            }
        for (uint32_t leaf = 0x40000000u; leaf < 0x40010000u; leaf += 0x40)
            (void)hvcpuid_owner(&a, leaf);
        print_reports(&d);
    }
    free(cpu0);
    free(scratch);
    return 0;
}
