/* gen/emit/upstream_msr.c - the synthetic-MSR part of the upstream-named
 * headers (gen/emit/upstream.c writes them): every MSR's upstream address
 * macro and its alias (HV_X64_MSR_HYPERCALL, HV_MSR_VP_INDEX, MSR_KVM_STEAL_TIME),
 * every MSR field's upstream shift macro and every mask macro of a field or
 * reserved range (HV_X64_MSR_HYPERCALL_ENABLE, KVM_ASYNC_PF_ENABLED), with
 * the registry's values, spelled as the upstream headers spell them.
 *
 * MSR values are 64 bits wide. A mask that needs more than 31 bits is written
 * with upstream's `ull` (BIT_ULL() and GENMASK_ULL() in the kernel): defining
 * it is fine in C89, evaluating it is not, so its check of upstream's value
 * is compiled only in C99 and C++11 and later. */
#include "gen/emit/upstream_entry.h"

#include <string.h>

/* How an MSR mask is written. The registry records a macro's name, kind and
 * bits, not its spelling; these are the spellings Linux's hvgdk_mini.h
 * (7.2) and uapi asm/kvm_para.h use (tests/vendoring/upstream_tu.py includes
 * them after ours to prove it). */
typedef enum msr_spelling {
    MSR_SPELL_DEFAULT, /* the interface's: BIT_ULL(0) / (1ull << 0), or KVM's (1 << 0) */
    MSR_SPELL_HEX8,    /* 0x00000001 */
    MSR_SPELL_DECIMAL, /* 1 */
    /* written as MSR_SPELL_DEFAULT, and upstream's value is not checked:
     * upstream writes it with a macro user space may lack */
    MSR_SPELL_UNCHECKED,
} msr_spelling;

static const struct {
    const char *name;
    msr_spelling spell;
} msr_exceptions[] = {
    {"HV_X64_MSR_HYPERCALL_ENABLE", MSR_SPELL_HEX8},
    {"HV_X64_MSR_TSC_REFERENCE_ENABLE", MSR_SPELL_HEX8},
    {"HV_X64_MSR_VP_ASSIST_PAGE_ENABLE", MSR_SPELL_HEX8},
    {"KVM_MSR_ENABLED", MSR_SPELL_DECIMAL},
    /* GENMASK(7, 0) (6.1) or __GENMASK(7, 0) (7.2): uapi asm/kvm_para.h uses
     * <linux/bits.h> without including it */
    {"KVM_ASYNC_PF_VEC_MASK", MSR_SPELL_UNCHECKED},
};

size_t hv_upstream_msr_capacity(const hv_interface *iface)
{
    size_t cap = 0;
    for (size_t m = 0; m < iface->msr_count; m++)
        cap += 2 + 2 * iface->msrs[m].value.field_count;
    return cap;
}

/* Appends the entries of one MSR field or reserved range. */
static void collect_field(const hv_msr *m, const hv_field *f, entry *out, size_t *n)
{
    if (!f->valid)
        return;
    const entry *shift = NULL;
    if (f->upstream_shift && !f->reserved) {
        out[*n] = (entry){.name = f->upstream_shift,
                          .kind = ENTRY_MSR_SHIFT,
                          .msr = m,
                          .field = f,
                          .value = f->lsb};
        shift = &out[(*n)++];
    }
    if (!f->upstream)
        return;
    if (f->upstream_kind == HV_UPSTREAM_MASK)
        out[(*n)++] = (entry){.name = f->upstream,
                              .kind = ENTRY_MSR_MASK,
                              .msr = m,
                              .field = f,
                              .value = hv_field_mask64(f),
                              .primary = shift};
    else if (f->upstream_kind == HV_UPSTREAM_BIT && !f->reserved)
        out[(*n)++] =
            (entry){.name = f->upstream, .kind = ENTRY_BIT, .msr = m, .field = f, .value = f->lsb};
}

void hv_upstream_msr_collect(const hv_interface *iface, entry *out, size_t *n)
{
    for (size_t i = 0; i < iface->msr_count; i++) {
        const hv_msr *m = &iface->msrs[i];
        if (!m->valid)
            continue;
        size_t primary = *n;
        if (m->upstream)
            out[(*n)++] =
                (entry){.name = m->upstream, .kind = ENTRY_MSR, .msr = m, .value = m->address};
        if (m->upstream_alias)
            out[(*n)++] = (entry){.name = m->upstream_alias,
                                  .kind = ENTRY_MSR_ALIAS,
                                  .msr = m,
                                  .value = m->address,
                                  .primary = m->upstream ? &out[primary] : NULL};
        for (size_t k = 0; k < m->value.field_count; k++)
            collect_field(m, &m->value.fields[k], out, n);
    }
}

static msr_spelling spelling_of(const entry *e)
{
    for (size_t i = 0; i < sizeof msr_exceptions / sizeof msr_exceptions[0]; i++)
        if (strcmp(e->name, msr_exceptions[i].name) == 0)
            return msr_exceptions[i].spell;
    return MSR_SPELL_DEFAULT;
}

bool hv_upstream_msr_unchecked(const entry *e)
{
    return e->msr && spelling_of(e) == MSR_SPELL_UNCHECKED;
}

/* The mask of `e` by the interface's rule (see msr_spelling). A mask up to
 * bit 63 whose field's shift macro is written goes through that macro, as
 * Hyper-V writes it: (~((1ull << HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT) - 1)). */
static void put_default_mask(hv_strbuf *sb, const entry *e, bool kernel_iface, bool kernel,
                             bool literal)
{
    const hv_field *f = e->field;
    unsigned long long low = (unsigned long long)(hv_field_mask64(f) >> f->lsb);
    bool one = f->msb == f->lsb, wide = f->msb > 30 || kernel_iface;
    if (f->msb == 63 && e->primary && !literal)
        hv_strbuf_printf(sb, "(~((1ull << %s) - 1))", e->primary->name);
    else if (kernel && one)
        hv_strbuf_printf(sb, "BIT_ULL(%u)", f->lsb);
    else if (kernel)
        hv_strbuf_printf(sb, "GENMASK_ULL(%u, %u)", f->msb, f->lsb);
    else if (one)
        hv_strbuf_printf(sb, "(1%s << %u)", wide ? "ull" : "", f->lsb);
    else
        hv_strbuf_printf(sb, "(0x%llx%s << %u)", low, wide ? "ull" : "", f->lsb);
}

void hv_upstream_msr_value(hv_strbuf *sb, const entry *e, bool kernel, bool literal)
{
    bool kernel_iface = hv_upstream_kernel_spelled(e->msr->iface);
    if (e->kind == ENTRY_MSR_ALIAS && e->primary && !e->primary->skip && !literal)
        hv_strbuf_printf(sb, "(%s)", e->primary->name);
    else if (e->kind == ENTRY_MSR || e->kind == ENTRY_MSR_ALIAS)
        hv_strbuf_printf(sb, kernel_iface ? "0x%08X" : "0x%x", (unsigned)e->value);
    else if (e->kind != ENTRY_MSR_MASK || spelling_of(e) == MSR_SPELL_DECIMAL)
        hv_strbuf_printf(sb, "%llu", (unsigned long long)e->value);
    else if (spelling_of(e) == MSR_SPELL_HEX8)
        hv_strbuf_printf(sb, "0x%08llx", (unsigned long long)e->value);
    else
        put_default_mask(sb, e, kernel_iface, kernel && kernel_iface, literal);
}

bool hv_upstream_msr_needs_u64(const entry *e)
{
    hv_strbuf v;
    hv_strbuf_init(&v);
    hv_upstream_msr_value(&v, e, false, true);
    bool wide = v.failed || strstr(hv_strbuf_cstr(&v), "ull") != NULL;
    hv_strbuf_free(&v);
    return wide;
}

void hv_upstream_msr_origin(hv_strbuf *text, const entry *e)
{
    hv_strbuf_printf(text, "%s: MSR 0x%08X %s", e->name, (unsigned)e->msr->address, e->msr->name);
    if (e->kind == ENTRY_MSR || e->kind == ENTRY_MSR_ALIAS) {
        hv_strbuf_puts(text, e->kind == ENTRY_MSR ? ", its address." : ", its address (an alias).");
        return;
    }
    const hv_field *f = e->field;
    hv_strbuf_printf(text, " [%u", f->msb);
    if (f->msb != f->lsb)
        hv_strbuf_printf(text, ":%u", f->lsb);
    hv_strbuf_printf(text, "] %s, %s.", f->reserved ? "reserved" : f->name,
                     e->kind == ENTRY_MSR_SHIFT ? "its lsb (a shift)"
                     : e->kind == ENTRY_BIT     ? "a bit number"
                                                : "a mask");
}
