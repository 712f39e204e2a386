/* consumer.c - a program built against an installed hvcpuid with nothing but
 * `pkg-config --cflags --libs hvcpuid` (tests/cli/install.sh): the runtime
 * header and library decode a dump; a generated header gives a macro. It
 * prints each base found and the field KVM's features leaf names bit 3. */
#include <stdio.h>
#include <string.h>

#include HVCPUID_RUNTIME_HEADER /* "hvcpuid.h" until issue 17 renames it */
#include <hvcpuid/kvm.h>

static hvcpuid_result cpu0[1024], scratch[1024];
static char text[1 << 20];

int main(int argc, char **argv)
{
    FILE *f = argc == 2 ? fopen(argv[1], "rb") : NULL;
    if (!f)
        return 2;
    size_t len = fread(text, 1, sizeof text, f);
    fclose(f);
    hvcpuid_dump d;
    hvcpuid_dump_error err;
    hvcpuid_analysis a;
    hvcpuid_dump_init(&d, cpu0, scratch, 1024);
    if (hvcpuid_dump_parse(&d, text, len, &err) != HVCPUID_DUMP_OK) {
        printf("line %lu: %s\n", err.line, err.message);
        return 1;
    }
    hvcpuid_analyze(&hvcpuid_registry_tables, &d.cpu0, &a);
    for (unsigned k = 0; k < a.found_count; k++)
        printf("0x%08lx %s max 0x%08lx\n", (unsigned long)a.found[k].base,
               a.found[k].iface ? a.found[k].iface->id : "unknown",
               (unsigned long)a.found[k].max_leaf);
    printf("KVM features leaf 0x%08x, clocksource2 mask 0x%08x\n",
           (unsigned)HVCPUID_KVM_FEATURES_LEAF,
           (unsigned)HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_MASK);
    return 0;
}
