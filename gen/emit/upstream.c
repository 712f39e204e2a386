/* gen/emit/upstream.c - out/include/hvcpuid/upstream/<iface>.h: the macros the
 * registry records under upstream names (KVM_FEATURE_CLOCKSOURCE2,
 * HV_MSR_TIME_REF_COUNT_AVAILABLE, XEN_HVM_CPUID_APIC_ACCESS_VIRT,
 * MSR_KVM_STEAL_TIME), with upstream's kinds and values, for projects that
 * hand-copy them today.
 *
 * One header per interface with a field whose upstream name is a bit number
 * or a mask (upstream-kind="bit" or "mask") or an MSR with an upstream name,
 * holding those fields' macros, its leaves' upstream names (the leaf at the
 * default base) and its MSRs' (gen/emit/upstream_msr.c). Each macro is
 *
 *     #ifndef NAME
 *     #define NAME VALUE      spelled token for token as upstream spells it
 *     #else
 *     typedef char hvcpuid_upstream_differs_NAME[(NAME == VALUE) ? 1 : -1];
 *     #endif
 *
 * so it can be included before the upstream header (whose identical
 * redefinition is silent, C11 6.10.3p2) or after it (then it only checks
 * upstream's value at compile time). Upstream names are registry text, so
 * only upper-case C identifiers outside HVCPUID_ are written; the rest, and
 * names the registry gives two values, become a comment saying why. */
#include "gen/emit/upstream.h"

#include <stdlib.h>
#include <string.h>

#include "validate/c_names.h"
#include "gen/emit/c_preamble.h"
#include "gen/emit/c_text.h"
#include "gen/emit/upstream_entry.h"

#define UPSTREAM_DIR "include/hvcpuid/upstream/"

/* How a mask is written. The registry records an upstream macro's name, kind
 * and bits, not its spelling; these are the spellings the upstream headers
 * use (tests/cli/vendoring.sh includes them with ours first to prove it). */
typedef enum spelling {
    SPELL_SHIFT,       /* (1u << 3), (0xffu << 0): Xen's public headers; the default */
    SPELL_SHIFT_TIGHT, /* (1u<<0) */
    SPELL_KERNEL,      /* BIT(3), GENMASK(11, 6) under __KERNEL__, else SPELL_SHIFT */
    SPELL_HEX,         /* 0xff */
} spelling;

/* Interfaces whose upstream header is a Linux kernel-internal one, written with
 * <linux/bits.h>'s BIT() and GENMASK(), which exist only in the kernel. */
static const char *const kernel_spelled[] = {
    "acrn",   /* arch/x86/include/asm/acrn.h */
    "hyperv", /* arch/x86/include/asm/hyperv-tlfs.h, include/hyperv/hvgdk_mini.h (6.10+) */
    "vmware", /* arch/x86/include/asm/vmware.h */
};

/* Macros their upstream header spells unlike its others. */
static const struct {
    const char *name;
    spelling spell;
} exceptions[] = {
    {"HV_X64_ENLIGHTENED_VMCS_VERSION", SPELL_HEX},                   /* 0xff */
    {"XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD", SPELL_SHIFT_TIGHT}, /* (1u<<0) */
};

bool hv_upstream_kernel_spelled(const hv_interface *iface)
{
    for (size_t i = 0; i < sizeof kernel_spelled / sizeof kernel_spelled[0]; i++)
        if (strcmp(iface->id, kernel_spelled[i]) == 0)
            return true;
    return false;
}

static spelling spelling_of(const entry *e)
{
    for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
        if (strcmp(e->name, exceptions[i].name) == 0)
            return exceptions[i].spell;
    if (e->msr)
        return SPELL_SHIFT; /* gen/emit/upstream_msr.c spells MSR entries */
    return hv_upstream_kernel_spelled(e->leaf->iface) ? SPELL_KERNEL : SPELL_SHIFT;
}

/* Why `e` cannot be written as a macro, or NULL. */
static const char *name_problem(const entry *e)
{
    const char *n = e->name;
    if (!(n[0] >= 'A' && n[0] <= 'Z'))
        return "is not an upper-case C identifier";
    for (const char *p = n; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return "is not an upper-case C identifier";
    if (strncmp(n, "HVCPUID_", 8) == 0)
        return "is in hvcpuid's own HVCPUID_ namespace";
    if (e->kind == ENTRY_BIT && e->field->msb != e->field->lsb)
        return "is a bit number, but the field has more than one bit";
    return NULL;
}

static int compare_by_name(const void *a, const void *b)
{
    const entry *x = *(const entry *const *)a, *y = *(const entry *const *)b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x < y ? -1 : x > y);
}

/* Marks repeats of one name with one value, and every entry of a name given
 * two values (or two kinds). O(n log n): bench registries have 500k names. */
static bool mark_duplicates(entry *entries, size_t n)
{
    entry **by = malloc((n ? n : 1) * sizeof *by);
    if (!by)
        return false;
    for (size_t i = 0; i < n; i++)
        by[i] = &entries[i];
    qsort(by, n, sizeof *by, compare_by_name);
    for (size_t i = 0, j; i < n; i = j) {
        bool clash = false;
        for (j = i + 1; j < n && strcmp(by[i]->name, by[j]->name) == 0; j++) {
            clash |= by[j]->value != by[i]->value || by[j]->kind != by[i]->kind;
            by[j]->repeat = true;
        }
        for (size_t k = i; clash && k < j; k++)
            by[k]->skip = "is given two values by the registry, so neither is written";
    }
    free(by);
    return true;
}

/* An alias (through its MSR's primary name) or a mask (through its shift
 * macro) is written through another name only when that name is written. */
static void unlink_skipped_primaries(entry *entries, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (entries[i].primary && entries[i].primary->skip)
            entries[i].primary = NULL;
}

/* Every upstream name of `iface` that stands for a value: its leaves' (when
 * it has a default base), its fields' bit numbers and masks, and its MSRs'.
 * *fields counts the entries other than leaves. NULL when out of memory. */
static entry *collect(const hv_interface *iface, size_t *n, size_t *fields)
{
    size_t cap = 1 + hv_upstream_msr_capacity(iface);
    for (size_t l = 0; l < iface->leaf_count; l++) {
        cap++;
        for (size_t r = 0; r < iface->leaves[l].register_count; r++)
            cap += iface->leaves[l].registers[r].field_count;
    }
    entry *out = calloc(cap, sizeof *out);
    *n = *fields = 0;
    for (size_t l = 0; out && l < iface->leaf_count; l++) {
        const hv_leaf *leaf = &iface->leaves[l];
        if (leaf->valid && leaf->upstream && iface->has_default_base && iface->default_base_valid)
            out[(*n)++] = (entry){.name = leaf->upstream,
                                  .kind = ENTRY_LEAF,
                                  .leaf = leaf,
                                  .value = iface->default_base + leaf->offset};
        for (size_t r = 0; leaf->valid && r < leaf->register_count; r++)
            for (size_t k = 0; k < leaf->registers[r].field_count; k++) {
                const hv_field *f = &leaf->registers[r].fields[k];
                bool bit = f->upstream_kind == HV_UPSTREAM_BIT;
                if (!f->valid || f->reserved || !f->upstream ||
                    (!bit && f->upstream_kind != HV_UPSTREAM_MASK))
                    continue;
                out[(*n)++] = (entry){.name = f->upstream,
                                      .kind = bit ? ENTRY_BIT : ENTRY_MASK,
                                      .leaf = leaf,
                                      .field = f,
                                      .value = bit ? f->lsb : hv_field_mask(f)};
                (*fields)++;
            }
    }
    size_t cpuid = *n;
    if (out)
        hv_upstream_msr_collect(iface, out, n);
    *fields += *n - cpuid;
    for (size_t i = 0; out && i < *n; i++)
        out[i].skip = name_problem(&out[i]);
    if (out && mark_duplicates(out, *n))
        unlink_skipped_primaries(out, *n);
    else if (out) {
        free(out);
        out = NULL;
    }
    return out;
}

/* The value of a mask in `spell` (SPELL_KERNEL: the kernel's form). */
static void put_mask(hv_strbuf *sb, const hv_field *f, spelling spell)
{
    unsigned width = f->msb - f->lsb + 1, low = (unsigned)(hv_field_mask(f) >> f->lsb);
    const char *shift = spell == SPELL_SHIFT_TIGHT ? "<<" : " << ";
    if (spell == SPELL_HEX)
        hv_strbuf_printf(sb, "0x%x", (unsigned)hv_field_mask(f));
    else if (spell == SPELL_KERNEL && width == 1)
        hv_strbuf_printf(sb, "BIT(%u)", f->lsb);
    else if (spell == SPELL_KERNEL)
        hv_strbuf_printf(sb, "GENMASK(%u, %u)", f->msb, f->lsb);
    else if (width == 1)
        hv_strbuf_printf(sb, "(1u%s%u)", shift, f->lsb);
    else
        hv_strbuf_printf(sb, "(0x%xu%s%u)", low, shift, f->lsb);
}

/* The value as written outside the kernel; `kernel`: as written under
 * __KERNEL__; `literal`: naming no other macro, to compare upstream's with. */
static void put_value(hv_strbuf *sb, const entry *e, bool kernel, bool literal)
{
    spelling spell = spelling_of(e);
    if (e->msr)
        hv_upstream_msr_value(sb, e, kernel, literal);
    else if (kernel && e->kind == ENTRY_MASK && spell == SPELL_KERNEL)
        put_mask(sb, e->field, SPELL_KERNEL);
    else if (e->kind == ENTRY_LEAF)
        hv_strbuf_printf(sb, "0x%08X", (unsigned)e->value);
    else if (e->kind == ENTRY_BIT)
        hv_strbuf_printf(sb, "%u", (unsigned)e->value);
    else
        put_mask(sb, e->field, spell == SPELL_KERNEL ? SPELL_SHIFT : spell);
}

/* "leaf 0x01 features eax[3] clocksource2: a bit number", for the comment. */
static void put_origin(hv_strbuf *text, const entry *e)
{
    if (e->msr) {
        hv_upstream_msr_origin(text, e);
        return;
    }
    hv_strbuf_printf(text, "%s: leaf 0x%02X %s", e->name, (unsigned)e->leaf->offset, e->leaf->name);
    if (e->leaf->has_subleaf)
        hv_strbuf_printf(text, " sub-leaf %u", (unsigned)e->leaf->subleaf);
    if (e->kind == ENTRY_LEAF) {
        hv_strbuf_printf(text, ", at the default base 0x%08X.",
                         (unsigned)e->leaf->iface->default_base);
        return;
    }
    const hv_field *f = e->field;
    hv_strbuf_printf(text, " %s[%u", hv_reg_name(f->reg->reg), f->msb);
    if (f->msb != f->lsb)
        hv_strbuf_printf(text, ":%u", f->lsb);
    hv_strbuf_printf(text, "] %s, %s.", f->name, e->kind == ENTRY_BIT ? "a bit number" : "a mask");
}

/* Where a value with `ull` can be evaluated: C99, C++11 and later. */
#define HAS_LONG_LONG                                                                              \
    "#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || "                           \
    "(defined(__cplusplus) && __cplusplus >= 201103L)\n"

/* The guarded definition of one name (see the top of this file). */
static void put_entry(hv_strbuf *sb, const entry *e)
{
    hv_strbuf text, value, kvalue, check;
    hv_strbuf_init(&text);
    hv_strbuf_init(&value);
    hv_strbuf_init(&kvalue);
    hv_strbuf_init(&check);
    put_origin(&text, e);
    if (e->skip)
        hv_strbuf_printf(&text, " Not written: the name %s.", e->skip);
    else if (hv_upstream_msr_unchecked(e))
        hv_strbuf_puts(&text, " Upstream writes it with a macro its header does not define, "
                              "so an earlier definition is not checked.");
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    put_value(&value, e, false, false);
    put_value(&kvalue, e, true, false);
    /* A value spelled through another name (an alias, a mask through its
     * shift) is checked against the number, not against that name, which
     * upstream may define as well. */
    put_value(&check, e, false, true);
    const char *v = hv_strbuf_cstr(&value), *kv = hv_strbuf_cstr(&kvalue);
    bool wide = e->msr && hv_upstream_msr_needs_u64(e);
    if (!e->skip && strcmp(v, kv) != 0)
        hv_strbuf_printf(
            sb, "#ifndef %s\n#ifdef __KERNEL__\n#define %s %s\n#else\n#define %s %s\n#endif\n",
            e->name, e->name, kv, e->name, v);
    else if (!e->skip)
        hv_strbuf_printf(sb, "#ifndef %s\n#define %s %s\n", e->name, e->name, v);
    if (!e->skip && hv_upstream_msr_unchecked(e))
        hv_strbuf_puts(sb, "#endif\n");
    else if (!e->skip)
        hv_strbuf_printf(sb,
                         "#else\n%stypedef char hvcpuid_upstream_differs_%s[(%s == %s) ? 1 : -1];\n"
                         "%s#endif\n",
                         wide ? HAS_LONG_LONG : "", e->name, e->name, hv_strbuf_cstr(&check),
                         wide ? "#endif\n" : "");
    sb->failed |= text.failed || value.failed || kvalue.failed || check.failed;
    hv_strbuf_free(&check);
    hv_strbuf_free(&text);
    hv_strbuf_free(&value);
    hv_strbuf_free(&kvalue);
}

static void put_intro(hv_strbuf *sb, const hv_interface *iface)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text,
                     "Interface %s (%s) under the upstream macro names the registry records: "
                     "its leaves at the default base, its bit numbers and its masks, with "
                     "upstream's kinds and values. Each macro is defined only when it is not "
                     "defined yet, spelled token for token as upstream spells it, so this header "
                     "and the upstream one can be included in either order without a warning; "
                     "included after the upstream header, it checks upstream's value instead "
                     "(an array of negative size, hvcpuid_upstream_differs_NAME, when they "
                     "differ).",
                     iface->id, iface->name ? iface->name : iface->id);
    if (hv_upstream_kernel_spelled(iface))
        hv_strbuf_puts(&text, " Masks are written with BIT() and GENMASK() of <linux/bits.h> "
                              "when __KERNEL__ is defined, as the kernel's own header writes "
                              "them, and as shifts elsewhere.");
    hv_strbuf_putc(sb, '\n');
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
}

static bool emit_iface(const hv_registry *reg, const hv_interface *iface, const entry *entries,
                       size_t n, hv_outputs *outs)
{
    hv_strbuf path, guard;
    hv_strbuf_init(&path);
    hv_strbuf_init(&guard);
    hv_strbuf_puts(&path, UPSTREAM_DIR);
    hv_c_iface_file(&path, iface);
    hv_strbuf_puts(&guard, "HVCPUID_UPSTREAM_");
    hv_c_upper(&guard, iface->id);
    hv_strbuf *sb = path.failed ? NULL : hv_outputs_add(outs, hv_strbuf_cstr(&path));
    if (sb) {
        hv_strbuf what;
        hv_strbuf_init(&what);
        hv_strbuf_printf(&what, "%s under upstream's macro names",
                         iface->name ? iface->name : iface->id);
        hv_c_preamble(sb, path.data + strlen(UPSTREAM_DIR) - strlen("upstream/"),
                      hv_strbuf_cstr(&what), reg, iface);
        sb->failed |= what.failed;
        hv_strbuf_free(&what);
        hv_strbuf_printf(sb, "#ifndef %s_H\n#define %s_H\n", guard.data, guard.data);
        put_intro(sb, iface);
        for (size_t i = 0; i < n; i++)
            if (!entries[i].repeat)
                put_entry(sb, &entries[i]);
        hv_strbuf_printf(sb, "\n#endif /* %s_H */\n", guard.data);
    }
    bool ok = sb && !sb->failed && !guard.failed;
    hv_strbuf_free(&path);
    hv_strbuf_free(&guard);
    return ok;
}

bool hv_emit_upstream(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        size_t n, fields;
        entry *entries = collect(reg->interfaces[i], &n, &fields);
        bool ok = entries && (fields == 0 || emit_iface(reg, reg->interfaces[i], entries, n, outs));
        free(entries);
        if (!ok)
            return false;
    }
    return true;
}
