/* gen/decode/findings.c - runs lib/ over a set of CPUID results and words every
 * finding once (what lib/ checks about each interface found, and what the
 * walk itself noticed: max-leaf quirks, signatures, CPUs that differ), plus
 * the small questions both layouts ask of the results. */
#include "gen/decode/findings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"

static hv_decode_finding *add_item(hv_decode_findings *r, bool error, const char *kind,
                                   const hvcpuid_result *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static hv_decode_finding *add_item(hv_decode_findings *r, bool error, const char *kind,
                                   const hvcpuid_result *at, const char *fmt, ...)
{
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        hv_decode_finding *items = realloc(r->items, cap * sizeof *items);
        if (!items) {
            r->failed = true;
            return NULL;
        }
        r->items = items;
        r->cap = cap;
    }
    hv_decode_finding *it = &r->items[r->count];
    memset(it, 0, sizeof *it);
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    it->message = strdup(buf);
    if (!it->message) {
        r->failed = true;
        return NULL;
    }
    it->error = error;
    it->kind = kind;
    it->reg = -1;
    if (at) {
        it->has_leaf = true;
        it->leaf = at->leaf;
        it->subleaf = at->subleaf;
        it->has_subleaf = at->has_subleaf;
    }
    r->count++;
    if (error)
        r->counts.errors++;
    else
        r->counts.warnings++;
    return it;
}

static const char *reg_list(uint32_t mask, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (unsigned k = 0; k < 4; k++)
        if (mask & (1u << k)) {
            if (buf[0])
                strncat(buf, ", ", cap - strlen(buf) - 1);
            strncat(buf, hvcpuid_reg_name(k), cap - strlen(buf) - 1);
        }
    return buf;
}

/* "leaf 0x40000003 sub-leaf 2" or "leaf 0x40000001". */
static const char *where(const hvcpuid_result *res, const hvcpuid_leaf_def *def, char *buf,
                         size_t cap)
{
    if (res->has_subleaf && (!def || def->has_subleaf))
        snprintf(buf, cap, "leaf 0x%08x sub-leaf %u", res->leaf, res->subleaf);
    else
        snprintf(buf, cap, "leaf 0x%08x", res->leaf);
    return buf;
}

/* The lib/ callback: words each finding. */
static void on_finding(void *ctx, const hvcpuid_finding *f)
{
    hv_decode_findings *r = ctx;
    char at[64], regs[32];
    const char *iface = f->found->iface->id;
    const char *dname = f->def && f->def->name ? f->def->name : "?";
    where(f->result, f->def, at, sizeof at);
    hv_decode_finding *it = NULL;
    switch (f->kind) {
    case HVCPUID_FIND_RESERVED_SET:
        it = add_item(r, true, "reserved-bits-set", f->result,
                      "%s (%s %s) %s: reserved bits set (mask 0x%08x); the registry says they "
                      "read as zero: the hypervisor sets bits nobody registered, or the dump is "
                      "not what it claims",
                      at, iface, dname, hvcpuid_reg_name(f->reg), f->bits);
        break;
    case HVCPUID_FIND_UNDESCRIBED:
        it = add_item(r, false, "undescribed-bits", f->result,
                      "%s (%s %s) %s: bits set that no registered field describes (mask "
                      "0x%08x); shown raw",
                      at, iface, dname, hvcpuid_reg_name(f->reg), f->bits);
        break;
    case HVCPUID_FIND_SUBLEAF_REPEAT:
        it = add_item(r, true, "subleaf-repeats", f->result,
                      "%s (%s) repeats sub-leaf %u exactly; a hypervisor that ignores ECX "
                      "answers every sub-leaf alike, so its sub-leaf data cannot be trusted",
                      at, iface, f->other_subleaf);
        break;
    case HVCPUID_FIND_SUBLEAF_LOOKS:
        it = add_item(r, true, "subleaf-misplaced", f->result,
                      "%s (%s %s) sets %s, which the registry defines only for sub-leaf %u "
                      "(absent here); this looks like sub-leaf %u's data recorded as sub-leaf %u",
                      at, iface, dname, reg_list(f->regs_mask, regs, sizeof regs), f->other_subleaf,
                      f->other_subleaf, f->result->subleaf);
        break;
    case HVCPUID_FIND_SUBLEAF_MISSING:
        it = add_item(r, false, "subleaf-missing", f->result,
                      "%s (%s): sub-leaf %u, which the registry defines, is not in the input", at,
                      iface, f->other_subleaf);
        break;
    case HVCPUID_FIND_IGNORES_ECX:
        it = add_item(r, true, "subleaf-differs", f->result,
                      "leaf 0x%08x sub-leaf %u (%s %s) differs from sub-leaf %u, but the registry "
                      "defines this leaf without sub-leaves (ECX is ignored)",
                      f->result->leaf, f->result->subleaf, iface, dname, f->other_subleaf);
        break;
    default:
        it = add_item(r, false, "unknown-leaf", f->result, "%s is not defined by %s; shown raw", at,
                      iface);
        break;
    }
    if (it && (f->kind == HVCPUID_FIND_RESERVED_SET || f->kind == HVCPUID_FIND_UNDESCRIBED)) {
        it->reg = (int)f->reg;
        it->bits = f->bits;
    }
}

/* Findings about the walk itself: max-leaf quirks, signatures, CPUs. */
static void analysis_findings(hv_decode_findings *r)
{
    const hvcpuid_results *set = r->in->results;
    for (unsigned k = 0; k < r->a.found_count; k++) {
        const hvcpuid_found *f = &r->a.found[k];
        const hvcpuid_result *at = hvcpuid_results_find(set, f->base, 0);
        if (f->max_quirk == HVCPUID_MAX_BELOW_BASE)
            add_item(r, false, "max-leaf-below-base", at,
                     "leaf 0x%08x reports max leaf 0x%08x, below its base; read as 0x%08x "
                     "(old KVM hosts report 0, Documentation/virt/kvm/x86/cpuid.rst)",
                     f->base, f->max_leaf_reported, f->max_leaf);
        else if (f->max_quirk == HVCPUID_MAX_CLAMPED)
            add_item(r, false, "max-leaf-beyond-window", at,
                     "leaf 0x%08x reports max leaf 0x%08x, beyond its 0x100 window; decoded up "
                     "to 0x%08x",
                     f->base, f->max_leaf_reported, f->max_leaf);
        if (f->iface && f->iface->has_max_leaf && f->max_quirk == HVCPUID_MAX_AS_REPORTED &&
            f->max_leaf - f->base > f->iface->max_leaf)
            add_item(r, false, "max-leaf-beyond-registry", at,
                     "leaf 0x%08x reports max leaf 0x%08x, but the registry says %s's highest leaf "
                     "is base+0x%02x; leaves it does not define are shown raw",
                     f->base, f->max_leaf, f->iface->id, f->iface->max_leaf);
        /* the analyzer misses an invariant: signature_mismatch is set only for a known interface */
        // NOLINTBEGIN(clang-analyzer-core.NullDereference)
        if (f->signature_mismatch) {
            char sig[64];
            hv_decode_signature_text(f->signature, sig, sizeof sig);
            if (f->how == HVCPUID_BY_INTERFACE_SIG)
                add_item(r, false, "signature-mismatch", at,
                         "leaf 0x%08x: %s recognised by its interface signature, but the vendor "
                         "string %s is not one the registry lists for it (a product not "
                         "registered yet?)",
                         f->base, f->iface->id, sig);
            else
                add_item(r, false, "signature-mismatch", at,
                         "leaf 0x%08x: vendor string %s is %s's, but leaf 0x%08x EAX is not its "
                         "interface signature; decoded as %s anyway",
                         f->base, sig, f->iface->id, f->base + 1, f->iface->id);
        }
        // NOLINTEND(clang-analyzer-core.NullDereference)
        if (r->a.hypervisor_present == 0)
            add_item(r, false, "present-bit-clear", at,
                     "leaf 0x%08x holds a hypervisor signature but CPUID.1:ECX[31] is 0", f->base);
    }
    if (r->in->cpus_differing)
        add_item(r, false, "cpus-differ", NULL,
                 "%u of %u CPUs differ from CPU 0 in the hypervisor range (first: CPU %u at "
                 "leaf 0x%08x sub-leaf %u); CPU 0 is decoded (per-CPU values such as vCPU ids "
                 "differ legitimately)",
                 r->in->cpus_differing, r->in->cpus, r->in->first_diff_cpu, r->in->first_diff_leaf,
                 r->in->first_diff_subleaf);
}

bool hv_decode_findings_collect(hv_decode_findings *r, const hv_decode_input *in)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    hvcpuid_analyze(in->tables, in->results, &r->a);
    analysis_findings(r);
    for (unsigned k = 0; k < r->a.found_count; k++)
        hvcpuid_check_found(&r->a.found[k], in->results, on_finding, r);
    return !r->failed;
}

void hv_decode_findings_free(hv_decode_findings *r)
{
    for (size_t i = 0; i < r->count; i++)
        free(r->items[i].message);
    free(r->items);
    r->items = NULL;
    r->count = r->cap = 0;
}

void hv_decode_signature_text(const uint8_t sig[12], char *buf, size_t cap)
{
    hv_format_signature(sig, 12, buf, cap);
}

/* Bits of each register that no field or reserved range covers. */
void hv_decode_undescribed(const hvcpuid_result *res, const hvcpuid_leaf_def *def,
                           uint32_t loose[4])
{
    for (unsigned k = 0; k < 4; k++)
        loose[k] = res->regs[k];
    for (uint32_t i = 0; i < def->field_count; i++)
        loose[def->fields[i].reg & 3u] &= ~hvcpuid_field_mask(&def->fields[i]);
}

/* Why a hypervisor-range leaf outside every found window is there. */
const char *hv_decode_other_reason(const hv_decode_findings *r, const hvcpuid_result *res,
                                   uint32_t *ref)
{
    unsigned index = (res->leaf - HVCPUID_RANGE_FIRST) >> 8;
    *ref = HVCPUID_NONE;
    for (unsigned k = 0; k < r->a.found_count; k++)
        if (res->leaf > r->a.found[k].max_leaf && res->leaf <= r->a.found[k].base + 0xFFu)
            return "beyond-max-leaf";
    if ((res->leaf & 0xFFu) != 0 || res->subleaf != 0)
        return "no-hypervisor-at-base";
    *ref = r->a.base_ref[index];
    switch (r->a.base_kind[index]) {
    case HVCPUID_BASE_EMPTY:
        return "empty";
    case HVCPUID_BASE_ECHO:
        return "repeats-basic-leaf";
    case HVCPUID_BASE_MIRROR:
        return "mirror";
    default:
        return "not-a-signature";
    }
}

bool hv_decode_is_other(const hv_decode_findings *r, const hvcpuid_result *res)
{
    return res->leaf >= HVCPUID_RANGE_FIRST && !hvcpuid_owner(&r->a, res->leaf);
}

const hvcpuid_leaf_def *hv_decode_def_of(const hvcpuid_found *f, const hvcpuid_result *res)
{
    return f->iface ? hvcpuid_find_leaf(f->iface, res->leaf - f->base, res->subleaf) : NULL;
}
