/* vendor_decode.c - what a project that vendors hvcpuid writes to decode a
 * CPUID dump: the runtime (lib/) parses the dump, finds the hypervisors at
 * every base and gives every field of every leaf; the generated umbrella
 * header adds the registry's constants. Both headers live in one folder:
 *
 *   include/hvcpuid/   every header of out/include/hvcpuid/ (hvcpuid.h,
 *                      kvm.h, ...) and lib/hvcpuid-runtime.h
 *   src/hvcpuid/       the .c files of lib/ and out/src/hvcpuid_tables.c
 *
 * Compile the src/hvcpuid/ files as C99 with -Iinclude/hvcpuid, this file as
 * C89 (or C++98) with -Iinclude, link them, and run `vendor_decode DUMP` on a
 * `cpuid -r` or AIDA64 dump.
 *
 * This file is C89 and C++98; lib/ and the tables are C99, compiled apart
 * (docs/vendoring.md, "The runtime beside the headers"). */
#include <stdio.h>

#include "hvcpuid/hvcpuid-runtime.h" /* parse, identify, decode */
#include "hvcpuid/hvcpuid.h"         /* the registry's constants */

#define MAX_RESULTS 4096

static hvcpuid_result cpu0[MAX_RESULTS], scratch[MAX_RESULTS];
static hvcpuid_dump dump;
static hvcpuid_analysis analysis;
static char text[1 << 20];

/* Reads `path` into text; its length, or -1 when unreadable or too big. */
static long read_dump(const char *path)
{
    FILE *f = fopen(path, "rb");
    size_t n;
    if (!f)
        return -1;
    n = fread(text, 1, sizeof text, f);
    if (ferror(f) || n == sizeof text)
        n = (size_t)-1;
    fclose(f);
    return n == (size_t)-1 ? -1 : (long)n;
}

/* Bytes a dump supplied, printable ASCII as is and the rest as \xNN. */
static void print_bytes(const uint8_t *b, unsigned n)
{
    unsigned i;
    for (i = 0; i < n; i++)
        if (b[i] >= 0x20 && b[i] < 0x7f && b[i] != '\\' && b[i] != '"')
            putchar(b[i]);
        else
            printf("\\x%02x", (unsigned)b[i]);
}

/* One field: "    eax[3] clocksource2 = 1", "    ebx[31:0] tsc_mode =
 * never_emulate (2)". Reserved ranges are not fields: skipped. */
static void print_field(const hvcpuid_field *f, const uint32_t regs[4])
{
    unsigned long v = (unsigned long)hvcpuid_field_value(f, regs);
    const hvcpuid_enum *e = hvcpuid_find_enum(f, (uint32_t)v);
    if (f->flags & HVCPUID_FIELD_RESERVED)
        return;
    printf("    %s[%u", hvcpuid_reg_name(f->reg), (unsigned)f->msb);
    if (f->msb != f->lsb)
        printf(":%u", (unsigned)f->lsb);
    printf("] %s%s = ", f->name, f->flags & HVCPUID_FIELD_ALTERNATIVE ? " (another reading)" : "");
    if (e)
        printf("%s (%lu)\n", e->name, v);
    else if (f->unit)
        printf("%lu %s\n", v, f->unit);
    else if (f->show == HVCPUID_SHOW_SIGNED && v >> (f->msb - f->lsb))
        printf("-%lu\n", ((~v & (hvcpuid_field_mask(f) >> f->lsb)) + 1));
    else if (f->show == HVCPUID_SHOW_HEX || f->show == HVCPUID_SHOW_HEX_TEXT)
        printf("0x%0*lx\n", (f->msb - f->lsb + 4) / 4, v);
    else
        printf("%lu\n", v);
}

/* One leaf of a found interface, every field of the layout it decodes with. */
static void print_leaf(const hvcpuid_found *fd, const hvcpuid_result *r)
{
    const hvcpuid_leaf_def *own, *def = hvcpuid_decode_def(fd, &dump.cpu0, r, &own);
    unsigned k;
    printf("  0x%08lx", (unsigned long)r->leaf);
    if (def && def->has_subleaf)
        printf(" sub-leaf %lu", (unsigned long)r->subleaf);
    if (!def) {
        printf(" eax=0x%08lx ebx=0x%08lx ecx=0x%08lx edx=0x%08lx (not in the registry)\n",
               (unsigned long)r->regs[HVCPUID_EAX], (unsigned long)r->regs[HVCPUID_EBX],
               (unsigned long)r->regs[HVCPUID_ECX], (unsigned long)r->regs[HVCPUID_EDX]);
        return;
    }
    printf(" %s", def->name);
    if (def != own)
        printf(" (holds sub-leaf %lu's data)", (unsigned long)def->subleaf);
    putchar('\n');
    for (k = 0; k < def->field_count; k++)
        print_field(&def->fields[k], r->regs);
}

/* One base: what was found there, then each of its leaves in the dump. */
static void print_found(const hvcpuid_found *fd)
{
    size_t i = hvcpuid_results_lower_bound(&dump.cpu0, fd->base);
    printf("base 0x%08lx: ", (unsigned long)fd->base);
    if (fd->iface) {
        printf("%s (%s)", fd->iface->id, fd->iface->name);
    } else {
        printf("unknown hypervisor \"");
        print_bytes(fd->signature, 12);
        putchar('"');
    }
    printf(", max leaf 0x%08lx\n", (unsigned long)fd->max_leaf);
    for (; i < dump.cpu0.count && dump.cpu0.items[i].leaf <= fd->max_leaf; i++)
        if (fd->iface)
            print_leaf(fd, &dump.cpu0.items[i]);
}

/* CPUID.1:ECX[31], the "hypervisor present" bit, as the umbrella names it. */
static const char *present(const hvcpuid_result *leaf1)
{
    if (!leaf1)
        return "not in the dump";
    return leaf1->regs[HVCPUID_ECX] & HVCPUID_PRESENT_ECX_MASK ? "yes" : "no";
}

/* How many of the dump's leaves lie in the hypervisor range. */
static unsigned long range_leaves(void)
{
    unsigned long n = 0;
    size_t i;
    for (i = 0; i < dump.cpu0.count; i++)
        n += dump.cpu0.items[i].leaf >= HVCPUID_RANGE_FIRST &&
             dump.cpu0.items[i].leaf <= HVCPUID_RANGE_LAST;
    return n;
}

int main(int argc, char **argv)
{
    hvcpuid_dump_error err;
    const hvcpuid_result *leaf1;
    unsigned k;
    long len;
    if (argc != 2) {
        fprintf(stderr, "usage: vendor_decode DUMP\n");
        return 2;
    }
    len = read_dump(argv[1]);
    if (len < 0) {
        fprintf(stderr, "vendor_decode: cannot read %s\n", argv[1]);
        return 2;
    }
    hvcpuid_dump_init(&dump, cpu0, scratch, MAX_RESULTS);
    if (hvcpuid_dump_parse(&dump, text, (size_t)len, &err) != HVCPUID_DUMP_OK) {
        fprintf(stderr, "%s:%lu: %s\n", argv[1], err.line, err.message);
        return 1;
    }
    hvcpuid_analyze(&hvcpuid_registry_tables, &dump.cpu0, &analysis);
    leaf1 = hvcpuid_results_find(&dump.cpu0, HVCPUID_PRESENT_LEAF, 0);
    printf("hypervisor present: %s\n", present(leaf1));
    printf("leaves 0x%08lx-0x%08lx in the dump: %lu\n", (unsigned long)HVCPUID_RANGE_FIRST,
           (unsigned long)HVCPUID_RANGE_LAST, range_leaves());
    for (k = 0; k < analysis.product_count; k++)
        printf("product: %s\n", analysis.products[k]->name);
    for (k = 0; k < analysis.found_count; k++)
        print_found(&analysis.found[k]);
    return 0;
}
