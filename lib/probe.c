/* probe.c - runs CPUID on this CPU and collects what `decode` needs: leaf 0,
 * leaf 1 (the hypervisor-present bit), the highest basic leaf, every base
 * 0x40000000..0x4000FF00 that answers something other than zeros or the
 * highest basic leaf, and the leaves of each hypervisor found, up to its
 * max leaf, with every sub-leaf the tables define. x86 only. */
#include <string.h>

#include "hvcpuid-runtime.h"

#if defined(__i386__) || defined(__x86_64__)

static void cpuid(uint32_t leaf, uint32_t subleaf, uint32_t regs[4])
{
    uint32_t a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(subleaf));
    regs[0] = a;
    regs[1] = b;
    regs[2] = c;
    regs[3] = d;
}

int hvcpuid_probe_supported(void)
{
    return 1;
}

#else

static void cpuid(uint32_t leaf, uint32_t subleaf, uint32_t regs[4])
{
    (void)leaf;
    (void)subleaf;
    memset(regs, 0, 4 * sizeof *regs);
}

int hvcpuid_probe_supported(void)
{
    return 0;
}

#endif

/* Runs one CPUID and stores it; -1 when the set is full. */
static int take(hvcpuid_results *set, uint32_t leaf, uint32_t subleaf, int has_subleaf)
{
    hvcpuid_result r;
    memset(&r, 0, sizeof r);
    r.leaf = leaf;
    r.subleaf = subleaf;
    r.has_subleaf = (uint8_t)has_subleaf;
    cpuid(leaf, subleaf, r.regs);
    int rc = hvcpuid_results_put(set, &r);
    return rc == HVCPUID_PUT_FULL ? -1 : 0;
}

static int useful_base(uint32_t base, const uint32_t basic[4])
{
    uint32_t regs[4];
    cpuid(base, 0, regs);
    if ((regs[0] | regs[1] | regs[2] | regs[3]) == 0)
        return 0;
    return memcmp(regs, basic, sizeof regs) != 0;
}

/* The leaves of one found hypervisor: each offset once (sub-leaf 0), or each
 * sub-leaf its interface defines. */
static int take_leaves(hvcpuid_results *set, const hvcpuid_found *f)
{
    for (uint32_t leaf = f->base + 1; leaf <= f->max_leaf; leaf++) {
        uint32_t offset = leaf - f->base;
        if (!f->iface || !hvcpuid_leaf_is_indexed(f->iface, offset)) {
            if (take(set, leaf, 0, 1) < 0)
                return -1;
            continue;
        }
        for (uint32_t i = 0; i < f->iface->leaf_count; i++) {
            const hvcpuid_leaf_def *def = &f->iface->leaves[i];
            if (def->offset == offset && take(set, leaf, def->subleaf, 1) < 0)
                return -1;
        }
    }
    return 0;
}

int hvcpuid_probe(const hvcpuid_tables *t, hvcpuid_results *set)
{
    uint32_t r0[4], basic[4];
    hvcpuid_analysis a;
    if (!hvcpuid_probe_supported())
        return -1;
    cpuid(0, 0, r0);
    cpuid(r0[0], 0, basic);
    if (take(set, 0, 0, 1) < 0 || take(set, 1, 0, 1) < 0)
        return -1;
    if (r0[0] > 1 && r0[0] <= 0xFFu && take(set, r0[0], 0, 1) < 0)
        return -1;
    for (uint32_t base = HVCPUID_RANGE_FIRST; base <= HVCPUID_BASE_LAST; base += 0x100u)
        if (useful_base(base, basic) && take(set, base, 0, 1) < 0)
            return -1;
    hvcpuid_analyze(t, set, &a);
    for (unsigned k = 0; k < a.found_count; k++)
        if (take_leaves(set, &a.found[k]) < 0)
            return -1;
    return 0;
}
