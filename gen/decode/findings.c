/* gen/decode/findings.c - runs lib/ over a set of CPUID results and words every
 * finding once (what lib/ checks about each interface found, and what the
 * walk itself noticed: max-leaf quirks, signatures, CPUs that differ), plus
 * the small questions both layouts ask of the results.
 *
 * The policy (docs/decoder.md, "Findings"): data that cannot be right is an
 * error; bits or leaves the registry does not describe are registry gaps,
 * warnings that name the interface, leaf, register and bits and say the
 * registry may be behind the hypervisor (errors with --strict); oddities
 * real hosts show are warnings that name the oddity. Each finding carries
 * the dump line it is about. */
#include "gen/decode/findings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"
#include "validate/util/grow.h"
#include "validate/util/strbuf.h"

/* How a finding counts. */
typedef enum level { LV_WARNING, LV_ERROR, LV_GAP } level;

static const char *const BEHIND = "the registry may be behind the hypervisor";

static hv_decode_finding *add_item(hv_decode_findings *r, level lv, const char *kind,
                                   const hvcpuid_result *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static hv_decode_finding *grow(hv_decode_findings *r)
{
    if (!HV_GROW(r->items, r->count, r->cap)) {
        r->failed = true;
        return NULL;
    }
    hv_decode_finding *it = &r->items[r->count];
    memset(it, 0, sizeof *it);
    return it;
}

static hv_decode_finding *add_item(hv_decode_findings *r, level lv, const char *kind,
                                   const hvcpuid_result *at, const char *fmt, ...)
{
    hv_decode_finding *it = grow(r);
    if (!it)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    char buf[2048];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    it->message = strdup(buf);
    if (!it->message) {
        r->failed = true;
        return NULL;
    }
    it->gap = lv == LV_GAP;
    it->error = lv == LV_ERROR || (it->gap && r->in->strict);
    it->kind = kind;
    it->reg = -1;
    if (at) {
        it->has_leaf = true;
        it->leaf = at->leaf;
        it->subleaf = at->subleaf;
        it->has_subleaf = at->has_subleaf;
        it->line = at->line;
    }
    it->seq = r->count++;
    if (it->error)
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

/* "   eax tsc_offset_lo 0x9b842c23," for each field of `def` in the
 * registers of `mask`. */
static void readings(hv_strbuf *b, const hvcpuid_leaf_def *def, const hvcpuid_result *res,
                     uint32_t mask)
{
    const char *sep = "";
    for (uint32_t i = 0; i < def->field_count; i++) {
        const hvcpuid_field *fd = &def->fields[i];
        if (!fd->name || !(mask & (1u << (fd->reg & 3u))))
            continue;
        char v[96];
        hv_decode_value_text(fd, hvcpuid_field_value(fd, res->regs), v, sizeof v);
        hv_strbuf_printf(b, "%s%s %s", sep, fd->name, v);
        sep = ", ";
    }
}

/* Registers (bit per register) a definition gives named fields in. */
static uint32_t described(const hvcpuid_leaf_def *def)
{
    uint32_t m = 0;
    for (uint32_t i = 0; i < def->field_count; i++)
        if (def->fields[i].name)
            m |= 1u << (def->fields[i].reg & 3u);
    return m;
}

/* A sub-leaf holding the layout of a missing one: what it holds, how it was
 * decoded, and what it would say read as itself. */
static void misplaced(hv_decode_findings *r, const hvcpuid_finding *f, const char *at)
{
    char own[32], extra[32];
    uint32_t s = f->result->subleaf, m = f->other_subleaf;
    if (!f->def || !f->as) { /* lib/ sets both for this kind */
        add_item(r, LV_WARNING, "subleaf-misplaced", f->result,
                 "%s holds sub-leaf %u's data, not its own", at, m);
        return;
    }
    hv_strbuf b;
    hv_strbuf_init(&b);
    hv_strbuf_printf(&b,
                     "%s (%s %s) holds sub-leaf %u's data (%s), not its own: the registry gives "
                     "sub-leaf %u fields in %s only, but this record also sets %s, which only "
                     "sub-leaf %u defines, and the dump has no sub-leaf %u. Decoded as sub-leaf "
                     "%u: ",
                     at, f->found->iface->id, f->def->name, m, f->as->name, s,
                     reg_list(described(f->def), own, sizeof own),
                     reg_list(f->regs_mask, extra, sizeof extra), m, m, m);
    readings(&b, f->as, f->result, f->regs_mask);
    hv_strbuf_printf(&b, ". Read as sub-leaf %u it would say ", s);
    readings(&b, f->def, f->result, 0xFu);
    hv_strbuf_puts(&b, ", which is not what the hypervisor meant");
    if (!b.failed)
        add_item(r, LV_WARNING, "subleaf-misplaced", f->result, "%s", hv_strbuf_cstr(&b));
    else
        r->failed = true;
    hv_strbuf_free(&b);
}

/* Reserved bits set, or bits no field describes: a registry gap. */
static void bit_gap(hv_decode_findings *r, const hvcpuid_finding *f, const char *at)
{
    char bits[96];
    const char *dname = f->def && f->def->name ? f->def->name : "?";
    bool reserved = f->kind == HVCPUID_FIND_RESERVED_SET;
    hv_decode_bits_text(f->bits, bits, sizeof bits);
    hv_decode_finding *it =
        add_item(r, LV_GAP, reserved ? "reserved-bits-set" : "undescribed-bits", f->result,
                 "%s (%s %s) %s %s (mask 0x%08x) set, which the registry %s; %s (shown raw)", at,
                 f->found->iface->id, dname, hvcpuid_reg_name(f->reg), bits, f->bits,
                 reserved ? "calls reserved" : "leaves undescribed", BEHIND);
    if (it) {
        it->reg = (int)f->reg;
        it->bits = f->bits;
    }
}

/* The lib/ callback: words each finding. */
static void on_finding(void *ctx, const hvcpuid_finding *f)
{
    hv_decode_findings *r = ctx;
    char at[64];
    const char *iface = f->found->iface->id;
    const char *dname = f->def && f->def->name ? f->def->name : "?";
    where(f->result, f->def, at, sizeof at);
    switch (f->kind) {
    case HVCPUID_FIND_RESERVED_SET:
    case HVCPUID_FIND_UNDESCRIBED:
        bit_gap(r, f, at);
        break;
    case HVCPUID_FIND_SUBLEAF_REPEAT:
        add_item(r, LV_ERROR, "subleaf-repeats", f->result,
                 "%s (%s) repeats sub-leaf %u exactly; a hypervisor that ignores ECX answers "
                 "every sub-leaf alike, so its sub-leaf data cannot be trusted",
                 at, iface, f->other_subleaf);
        break;
    case HVCPUID_FIND_SUBLEAF_LOOKS:
        misplaced(r, f, at);
        break;
    case HVCPUID_FIND_SUBLEAF_MISSING:
        add_item(r, LV_WARNING, "subleaf-missing", f->result,
                 "%s (%s): sub-leaf %u, which the registry defines, is not in the input", at, iface,
                 f->other_subleaf);
        break;
    case HVCPUID_FIND_IGNORES_ECX:
        add_item(r, LV_ERROR, "subleaf-differs", f->result,
                 "leaf 0x%08x sub-leaf %u (%s %s) differs from sub-leaf %u, but the registry "
                 "defines this leaf without sub-leaves (ECX is ignored)",
                 f->result->leaf, f->result->subleaf, iface, dname, f->other_subleaf);
        break;
    default:
        add_item(r, LV_GAP, "unknown-leaf", f->result,
                 "%s is set but %s defines no such leaf; %s (shown raw)", at, iface, BEHIND);
        break;
    }
}

/* Max-leaf quirks: EAX 0 is what old KVM hosts report (a warning); any
 * other EAX below the base cannot be right (an error). */
static void max_leaf_findings(hv_decode_findings *r, const hvcpuid_found *f,
                              const hvcpuid_result *at)
{
    if (f->max_quirk == HVCPUID_MAX_BELOW_BASE && f->max_leaf_reported == 0)
        add_item(r, LV_WARNING, "max-leaf-below-base", at,
                 "leaf 0x%08x reports max leaf 0, as old KVM hosts do "
                 "(Documentation/virt/kvm/x86/cpuid.rst); read as 0x%08x",
                 f->base, f->max_leaf);
    else if (f->max_quirk == HVCPUID_MAX_BELOW_BASE)
        add_item(r, LV_ERROR, "max-leaf-below-base", at,
                 "leaf 0x%08x reports max leaf 0x%08x, below its own base, which cannot be "
                 "right; read as 0x%08x",
                 f->base, f->max_leaf_reported, f->max_leaf);
    else if (f->max_quirk == HVCPUID_MAX_CLAMPED)
        add_item(r, LV_WARNING, "max-leaf-beyond-window", at,
                 "leaf 0x%08x reports max leaf 0x%08x, beyond its 0x100 window; decoded up to "
                 "0x%08x",
                 f->base, f->max_leaf_reported, f->max_leaf);
    if (f->iface && f->iface->has_max_leaf && f->max_quirk == HVCPUID_MAX_AS_REPORTED &&
        f->max_leaf - f->base > f->iface->max_leaf)
        add_item(r, LV_GAP, "max-leaf-beyond-registry", at,
                 "leaf 0x%08x reports max leaf 0x%08x, but the registry says %s's highest leaf "
                 "is base+0x%02x; %s (leaves it does not define are shown raw)",
                 f->base, f->max_leaf, f->iface->id, f->iface->max_leaf, BEHIND);
}

static void signature_findings(hv_decode_findings *r, const hvcpuid_found *f,
                               const hvcpuid_result *at)
{
    if (!f->signature_mismatch || !f->iface)
        return;
    char sig[64];
    hv_decode_signature_text(f->signature, sig, sizeof sig);
    if (f->how == HVCPUID_BY_INTERFACE_SIG)
        add_item(r, LV_WARNING, "signature-mismatch", at,
                 "leaf 0x%08x: %s recognised by its interface signature, but the vendor string "
                 "%s is not one the registry lists for it (a product not registered yet?)",
                 f->base, f->iface->id, sig);
    else
        add_item(r, LV_WARNING, "signature-mismatch", at,
                 "leaf 0x%08x: vendor string %s is %s's, but leaf 0x%08x EAX is not its "
                 "interface signature; decoded as %s anyway",
                 f->base, sig, f->iface->id, f->base + 1, f->iface->id);
}

/* Findings about the walk itself: max-leaf quirks, signatures, CPUs. */
static void analysis_findings(hv_decode_findings *r)
{
    const hvcpuid_results *set = r->in->results;
    const hvcpuid_result *leaf1 = hvcpuid_results_find(set, 1, 0);
    for (unsigned k = 0; k < r->a.found_count; k++) {
        const hvcpuid_found *f = &r->a.found[k];
        const hvcpuid_result *at = hvcpuid_results_find(set, f->base, 0);
        max_leaf_findings(r, f, at);
        signature_findings(r, f, at);
        if (r->a.hypervisor_present == 0)
            add_item(r, LV_WARNING, "present-bit-clear", leaf1,
                     "leaf 0x%08x holds a hypervisor signature but CPUID.1:ECX[31] is 0", f->base);
    }
    if (r->in->cpus_differing) {
        hv_decode_finding *it = add_item(
            r, LV_WARNING, "cpus-differ", NULL,
            "%u of %u CPUs differ from CPU 0 in the hypervisor range (first: CPU %u at leaf "
            "0x%08x sub-leaf %u); CPU 0 is decoded (per-CPU values such as vCPU ids differ "
            "legitimately)",
            r->in->cpus_differing, r->in->cpus, r->in->first_diff_cpu, r->in->first_diff_leaf,
            r->in->first_diff_subleaf);
        if (it)
            it->line = r->in->first_diff_line;
    }
}

/* Dump-line order, as a compiler's diagnostics read; no line sorts last,
 * and ties keep the order they were found in. */
static int by_line(const void *a, const void *b)
{
    const hv_decode_finding *x = a, *y = b;
    uint64_t kx = x->line ? x->line : UINT64_MAX, ky = y->line ? y->line : UINT64_MAX;
    if (kx != ky)
        return kx < ky ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

bool hv_decode_findings_collect(hv_decode_findings *r, const hv_decode_input *in)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    hvcpuid_analyze(in->tables, in->results, &r->a);
    analysis_findings(r);
    for (unsigned k = 0; k < r->a.found_count; k++)
        hvcpuid_check_found(&r->a.found[k], in->results, on_finding, r);
    if (r->count > 1)
        qsort(r->items, r->count, sizeof *r->items, by_line);
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

const hvcpuid_leaf_def *hv_decode_def_of(const hv_decode_findings *r, const hvcpuid_found *f,
                                         const hvcpuid_result *res)
{
    const hvcpuid_leaf_def *own;
    return hvcpuid_decode_def(f, r->in->results, res, &own);
}
