/* detect.c - which hypervisor is this CPU running under? An example of the
 * vendored hvcpuid headers: the "hypervisor present" bit CPUID.1:ECX[31], then
 * every 0x100-aligned base from 0x40000000 up, matched against every
 * registered vendor signature (base+0 EBX:ECX:EDX) and interface signature
 * (base+1 EAX), and one decoded field of KVM's feature leaf.
 *
 *   cc -std=c99 -I out/include docs/examples/detect.c -o detect && ./detect
 *
 * The headers need nothing else; <cpuid.h> (GCC and Clang) and <stdio.h> are
 * this program's own needs. */
#include <stdio.h>
#include <string.h>

#include "hvcpuid/hvcpuid.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

/* r[0..3] = EAX, EBX, ECX, EDX of CPUID(leaf), sub-leaf 0. */
static void cpuid(HVCPUID_U32 leaf, HVCPUID_U32 r[4])
{
    unsigned int a, b, c, d;
    __cpuid_count(leaf, 0, a, b, c, d);
    r[0] = a;
    r[1] = b;
    r[2] = c;
    r[3] = d;
}

struct vendor_signature {
    const char *id;
    HVCPUID_U32 ebx, ecx, edx;
};
#define VENDOR_ROW(token, id, ebx, ecx, edx) {id, ebx, ecx, edx},
static const struct vendor_signature vendors[] = {
    HVCPUID_VENDOR_SIGNATURES(VENDOR_ROW){NULL, 0, 0, 0}};

struct interface_signature {
    const char *id;
    HVCPUID_U32 eax;
};
#define INTERFACE_ROW(token, id, eax) {id, eax},
static const struct interface_signature interfaces[] = {
    HVCPUID_INTERFACE_SIGNATURES(INTERFACE_ROW){NULL, 0}};

/* What the registry says about the interface found at `base`. */
static void describe(const char *id, HVCPUID_U32 base)
{
    HVCPUID_U32 r[4];
    printf("  %s at 0x%08x\n", id, (unsigned)base);
    if (strcmp(id, "kvm") == 0) {
        cpuid(HVCPUID_KVM_FEATURES_LEAF_AT(base), r);
        printf("    kvmclock (clocksource2): %u\n",
               (unsigned)HVCPUID_KVM_FEATURES_EAX_CLOCKSOURCE2_GET(r[0]));
    }
}

static void scan(HVCPUID_U32 base)
{
    HVCPUID_U32 r[4], one[4];
    size_t i;
    cpuid(base, r);
    for (i = 0; vendors[i].id; i++)
        if (r[1] == vendors[i].ebx && r[2] == vendors[i].ecx && r[3] == vendors[i].edx)
            describe(vendors[i].id, base);
    if (r[0] < base + 1 || r[0] > base + 0xFF)
        return; /* no leaf base+1 here */
    cpuid(base + 1, one);
    for (i = 0; interfaces[i].id; i++)
        if (one[0] == interfaces[i].eax)
            describe(interfaces[i].id, base);
}

int main(void)
{
    HVCPUID_U32 r[4], base;
    cpuid(HVCPUID_PRESENT_LEAF, r);
    if (!(r[2] & HVCPUID_PRESENT_ECX_MASK)) {
        puts("no hypervisor (CPUID.1:ECX[31] is clear)");
        return 0;
    }
    puts("hypervisor present (CPUID.1:ECX[31] is set); registered interfaces found:");
    for (base = HVCPUID_BASE_FIRST; base <= HVCPUID_BASE_LAST; base += HVCPUID_BASE_STEP)
        scan(base);
    return 0;
}
#else
int main(void)
{
    puts("not an x86 CPU: nothing to detect");
    return 0;
}
#endif
