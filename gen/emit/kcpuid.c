/* gen/emit/kcpuid.c - kcpuid CSV: "LEAF, SUBLEAVES, reg, bits, short_name,
 * long_description", laid out as the x86-cpuid-db generator lays out Linux's
 * tools/arch/x86/kcpuid/cpuid.csv.
 *
 * kcpuid knows one meaning per leaf and never checks the vendor, while the
 * hypervisor range means something else for every vendor. So out/cpuid.csv
 * lists every interface in its own commented section (a reference and for
 * grep), and out/kcpuid/<id>.csv holds one interface each, which is what to
 * give `kcpuid -f` on a guest of that hypervisor. Only named, primary fields
 * are listed: kcpuid prints reserved ranges and alternative readings as if
 * they were features.
 *
 * kcpuid trusts the file: it strcpy()s the short name into char[32] and the
 * rest of the line into char[256], and keeps 32 rows per register. So every
 * string of every CSV goes through put_csv_text(): no line break or control
 * can end a row early, no comma can shift a cell, no cell starts a
 * spreadsheet formula, and the cuts fall on character boundaries. A short
 * name cut to fit gets a "~N" that keeps it apart from the interface's other
 * cut names, and in cpuid.csv the rows of a leaf several interfaces describe
 * are commented out, so no register gets more than one interface's rows
 * (tests/kcpuid/check_csv.py reads the files as kcpuid does). */
#include "gen/emit/kcpuid.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen/version.h"
#include "validate/parse.h"
#include "validate/util/text.h"

/* ---- the one way text gets into a CSV --------------------------------- */

#define CSV_CELL 1u /* the text begins a cell */
#define CSV_WORD 2u /* the short-name cell: one word, spaces and commas escaped too */

/* What a spreadsheet reads as the start of a formula. */
static bool formula_start(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@';
}

/* Renders the character at s[0..n) and returns the bytes it took. A piece
 * that a spreadsheet would read as a cell (the text's start in CSV_CELL,
 * whatever follows a comma) never starts with a formula character: a "'"
 * goes first. */
static size_t render_char(hv_strbuf *out, const char *s, size_t n, unsigned flags,
                          bool *piece_start)
{
    if (*piece_start && s[0] != ' ') {
        if (formula_start(s[0]))
            hv_strbuf_putc(out, '\'');
        *piece_start = false;
    }
    if ((flags & CSV_WORD) && (s[0] == ' ' || s[0] == ',')) {
        hv_strbuf_printf(out, "\\x%02x", (unsigned char)s[0]);
        return 1;
    }
    if (s[0] == ',')
        *piece_start = true;
    return hv_visible_step(out, s, n);
}

/* Appends `s` (NULL: nothing) as CSV text of at most `max` bytes; when it
 * does not fit, as many whole characters as leave room for `more`, then
 * `more`. Returns true when it was cut. */
static bool put_csv_text(hv_strbuf *out, const char *s, unsigned flags, size_t max,
                         const char *more)
{
    size_t n = s ? strlen(s) : 0;
    hv_strbuf whole, one;
    hv_strbuf_init(&whole);
    hv_strbuf_init(&one);
    bool piece = flags & CSV_CELL;
    for (size_t i = 0; i < n;)
        i += render_char(&whole, s + i, n - i, flags, &piece);
    bool cut = whole.len > max;
    if (!cut) {
        hv_strbuf_append(out, hv_strbuf_cstr(&whole), whole.len);
    } else {
        size_t room = max - strlen(more), used = 0;
        piece = flags & CSV_CELL;
        for (size_t i = 0; i < n;) {
            one.len = 0;
            size_t k = render_char(&one, s + i, n - i, flags, &piece);
            if (used + one.len > room)
                break;
            hv_strbuf_append(out, hv_strbuf_cstr(&one), one.len);
            used += one.len;
            i += k;
        }
        hv_strbuf_puts(out, more);
    }
    out->failed |= whole.failed || one.failed;
    hv_strbuf_free(&whole);
    hv_strbuf_free(&one);
    return cut;
}

/* Registry text in a comment line. */
static void put_comment_text(hv_strbuf *out, const char *s)
{
    put_csv_text(out, s, 0, SIZE_MAX, "");
}

/* ---- short names --------------------------------------------------------- */

/* kcpuid holds 31 bytes of a short name. A longer one is cut to 31 bytes;
 * when that cut equals another name of the interface (or another's cut),
 * it is cut shorter and gets "~N" instead, N its rank among such names, so
 * no two names kcpuid shows for an interface are equal. `items` are those
 * names as rendered, sorted and unique. */
typedef struct long_names {
    char **items;
    size_t count;
} long_names;

static bool listed(const hv_field *f)
{
    return f->valid && !f->reserved && !f->alternative_to && f->name;
}

/* The short-name cell's text, cut to `max` bytes; NULL when out of memory. */
static char *rendered_name(const char *name, size_t max)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    put_csv_text(&sb, name, CSV_WORD, max, "");
    hv_strbuf_putc(&sb, '\0');
    if (sb.failed) {
        hv_strbuf_free(&sb);
        return NULL;
    }
    return sb.data;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **items, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(items[i]);
    free(items);
}

/* Sorts and drops repeats. */
static size_t sort_unique(char **items, size_t count)
{
    if (count)
        qsort(items, count, sizeof *items, compare_names);
    size_t u = 0;
    for (size_t i = 0; i < count; i++) {
        if (u && strcmp(items[u - 1], items[i]) == 0)
            free(items[i]);
        else
            items[u++] = items[i];
    }
    return u;
}

/* How many of the sorted `items` equal `key`. */
static size_t occurrences(char *const *items, size_t count, const char *key)
{
    char *const *hit = bsearch(&key, items, count, sizeof *items, compare_names);
    if (!hit)
        return 0;
    char *const *lo = hit, *const *hi = hit;
    while (lo > items && strcmp(lo[-1], key) == 0)
        lo--;
    while (hi + 1 < items + count && strcmp(hi[1], key) == 0)
        hi++;
    return (size_t)(hi - lo) + 1;
}

/* Every listed field name of `iface`, rendered whole (sorted, unique);
 * NULL with *count 0 for none; false when out of memory. */
static bool names_of(const hv_interface *iface, char ***items, size_t *count)
{
    size_t cap = 0;
    *items = NULL;
    *count = 0;
    for (size_t l = 0; l < iface->leaf_count; l++)
        for (size_t r = 0; r < iface->leaves[l].register_count; r++)
            cap += iface->leaves[l].registers[r].field_count;
    if (!cap)
        return true;
    if (!(*items = calloc(cap, sizeof **items)))
        return false;
    for (size_t l = 0; l < iface->leaf_count; l++)
        for (size_t r = 0; r < iface->leaves[l].register_count; r++)
            for (size_t i = 0; i < iface->leaves[l].registers[r].field_count; i++) {
                const hv_field *f = &iface->leaves[l].registers[r].fields[i];
                if (listed(f) && !((*items)[(*count)++] = rendered_name(f->name, SIZE_MAX)))
                    return false;
            }
    *count = sort_unique(*items, *count);
    return true;
}

/* The long names of `iface` whose plain cut is not unique; false when out
 * of memory. */
static bool long_names_of(const hv_interface *iface, long_names *ln)
{
    char **names = NULL, **cuts = NULL;
    size_t count = 0;
    memset(ln, 0, sizeof *ln);
    bool ok = names_of(iface, &names, &count);
    if (ok && count) {
        cuts = calloc(count, sizeof *cuts);
        ln->items = calloc(count, sizeof *ln->items);
        ok = cuts && ln->items;
    }
    for (size_t i = 0; ok && i < count; i++)
        ok = (cuts[i] = rendered_name(names[i], HV_KCPUID_NAME_MAX)) != NULL;
    if (ok && count)
        qsort(cuts, count, sizeof *cuts, compare_names);
    for (size_t i = 0; ok && i < count; i++) {
        if (strlen(names[i]) <= HV_KCPUID_NAME_MAX)
            continue;
        char *cut = rendered_name(names[i], HV_KCPUID_NAME_MAX);
        ok = cut != NULL;
        if (ok && occurrences(cuts, count, cut) > 1)
            ln->items[ln->count++] = names[i];
        else
            free(names[i]);
        names[i] = NULL;
        free(cut);
    }
    free_names(names, count);
    free_names(cuts, cuts ? count : 0);
    return ok; /* ln->items came sorted from names */
}

/* The short-name cell, padded to the column. */
static void put_name(hv_strbuf *out, const long_names *ln, const char *name)
{
    size_t start = out->len;
    char *shown = rendered_name(name, SIZE_MAX);
    char *const *hit = shown && ln->count
                           ? bsearch(&shown, ln->items, ln->count, sizeof *ln->items, compare_names)
                           : NULL;
    if (hit) {
        char mark[24];
        snprintf(mark, sizeof mark, "~%zu", (size_t)(hit - ln->items) + 1);
        put_csv_text(out, name, CSV_WORD, HV_KCPUID_NAME_MAX - strlen(mark), "");
        hv_strbuf_puts(out, mark);
    } else {
        put_csv_text(out, name, CSV_WORD, HV_KCPUID_NAME_MAX, "");
    }
    out->failed |= !shown;
    free(shown);
    for (size_t w = out->len - start; w < 23; w++)
        hv_strbuf_putc(out, ' ');
}

/* ---- rows, leaves, interfaces ----------------------------------------- */

static void put_header(hv_strbuf *out, const char *what)
{
    hv_strbuf_printf(out,
                     "# Generator: hvcpuid %s, from spec/ - do not edit\n"
                     "#\n"
                     "# %s\n"
                     "#\n"
                     "# The basic row format is:\n"
                     "#     LEAF, SUBLEAVES,  reg,    bits,    short_name             , "
                     "long_description\n",
                     HVCPUID_VERSION, what);
}

/* The description cell: kcpuid copies everything after the fifth comma,
 * the space included, into char[256], so the text gets 254 bytes with
 * " (deprecated)" and is cut at a character with "..." when longer. */
static void put_detail(hv_strbuf *out, const hv_field *f)
{
    const char *suffix = f->status == HV_STATUS_DEPRECATED ? " (deprecated)" : "";
    hv_strbuf_putc(out, ' ');
    put_csv_text(out, f->doc ? f->doc : f->name, CSV_CELL,
                 HV_KCPUID_DETAIL_MAX - 1 - strlen(suffix), "...");
    hv_strbuf_printf(out, "%s\n", suffix);
}

static void put_row(hv_strbuf *out, uint32_t leaf, const hv_leaf *l, const hv_field *f,
                    const long_names *ln, bool commented)
{
    char bits[8];
    if (f->msb == f->lsb)
        snprintf(bits, sizeof bits, "%u", f->lsb);
    else
        snprintf(bits, sizeof bits, "%u:%u", f->msb, f->lsb);
    hv_strbuf_printf(out, "%s0x%08x, %9u, %4s, %7s,    ", commented ? "# " : "", leaf,
                     l->has_subleaf ? l->subleaf : 0, hv_reg_name(f->reg->reg), bits);
    put_name(out, ln, f->name);
    hv_strbuf_putc(out, ',');
    put_detail(out, f);
}

static void put_leaf(hv_strbuf *out, const hv_interface *iface, uint32_t base, const hv_leaf *l,
                     const long_names *ln, bool shared)
{
    hv_strbuf_printf(out, "\n# Leaf %XH", base + l->offset);
    if (l->has_subleaf)
        hv_strbuf_printf(out, ", subleaf %u", l->subleaf);
    hv_strbuf_puts(out, "\n# ");
    put_comment_text(out, iface->id);
    hv_strbuf_puts(out, ": ");
    put_comment_text(out, l->name);
    hv_strbuf_puts(out, "\n");
    if (shared)
        hv_strbuf_puts(out, "# (other interfaces describe this leaf too: its rows are comments "
                            "here; kcpuid/<interface>.csv lists them)\n");
    hv_strbuf_puts(out, "\n");
    for (size_t r = 0; r < l->register_count; r++)
        for (size_t i = 0; i < l->registers[r].field_count; i++) {
            const hv_field *f = &l->registers[r].fields[i];
            if (listed(f))
                put_row(out, base + l->offset, l, f, ln, shared);
        }
}

static void put_identity(hv_strbuf *out, const hv_interface *iface)
{
    char text[160];
    hv_strbuf_puts(out, "#\n# Interface ");
    put_comment_text(out, iface->id);
    hv_strbuf_puts(out, ": ");
    put_comment_text(out, iface->name);
    hv_strbuf_puts(out, "\n");
    if (iface->vendor_sig.present && iface->vendor_sig.valid && iface->vendor_sig.len == 12) {
        hv_format_signature(iface->vendor_sig.bytes, 12, text, sizeof text);
        hv_strbuf_puts(out, "# Vendor signature at base+0 EBX:ECX:EDX: ");
        put_comment_text(out, text);
        hv_strbuf_puts(out, "\n");
    }
    if (iface->iface_sig.present && iface->iface_sig.valid && iface->iface_sig.len == 4) {
        hv_format_signature(iface->iface_sig.bytes, 4, text, sizeof text);
        hv_strbuf_puts(out, "# Interface signature at base+1 EAX: ");
        put_comment_text(out, text);
        hv_strbuf_puts(out, "\n");
    }
}

/* ---- leaves several interfaces describe (cpuid.csv) -------------------- */

/* One (leaf number, sub-leaf) an interface describes at one of its bases. */
typedef struct leaf_use {
    uint32_t leaf, subleaf;
    size_t iface;
} leaf_use;

typedef struct leaf_uses {
    leaf_use *items;
    size_t count;
} leaf_uses;

static int compare_uses(const void *pa, const void *pb)
{
    const leaf_use *a = pa, *b = pb;
    if (a->leaf != b->leaf)
        return a->leaf < b->leaf ? -1 : 1;
    if (a->subleaf != b->subleaf)
        return a->subleaf < b->subleaf ? -1 : 1;
    return (a->iface > b->iface) - (a->iface < b->iface);
}

/* Every leaf of every interface at every base, sorted; false when out of
 * memory. kcpuid reads a leaf without sub-leaves as sub-leaf 0. */
static bool collect_uses(const hv_registry *reg, leaf_uses *u)
{
    size_t n = 0;
    for (size_t i = 0; i < reg->interface_count; i++)
        n += reg->interfaces[i]->leaf_count * reg->interfaces[i]->base_count;
    u->count = 0;
    u->items = malloc((n ? n : 1) * sizeof *u->items);
    if (!u->items)
        return false;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t b = 0; b < iface->base_count; b++)
            for (size_t l = 0; l < iface->leaf_count && u->count < n; l++)
                if (iface->leaves[l].valid)
                    u->items[u->count++] =
                        (leaf_use){iface->bases[b] + iface->leaves[l].offset,
                                   iface->leaves[l].has_subleaf ? iface->leaves[l].subleaf : 0, i};
    }
    if (u->count)
        qsort(u->items, u->count, sizeof *u->items, compare_uses);
    return true;
}

/* True when an interface other than `iface` describes that leaf. */
static bool leaf_shared(const leaf_uses *u, uint32_t leaf, uint32_t subleaf, size_t iface)
{
    size_t lo = 0, hi = u->count;
    leaf_use key = {leaf, subleaf, 0};
    while (lo < hi) { /* the first use of (leaf, subleaf) */
        size_t mid = lo + (hi - lo) / 2;
        if (compare_uses(&u->items[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < u->count && u->items[i].leaf == leaf && u->items[i].subleaf == subleaf;
         i++)
        if (u->items[i].iface != iface)
            return true;
    return false;
}

/* Rows of one interface at every base it is registered at; `uses` (NULL
 * in the one-interface files) marks leaves other interfaces share. */
static bool put_interface(const hv_registry *reg, size_t index, const leaf_uses *uses,
                          hv_strbuf *out)
{
    const hv_interface *iface = reg->interfaces[index];
    long_names ln;
    if (!long_names_of(iface, &ln)) {
        free_names(ln.items, ln.count);
        return false;
    }
    put_identity(out, iface);
    if (iface->base_count == 0)
        hv_strbuf_puts(out, "# (registered at no base: no rows)\n");
    for (size_t b = 0; b < iface->base_count; b++) {
        hv_strbuf_printf(out, "#\n# At base 0x%08x\n", iface->bases[b]);
        for (size_t l = 0; l < iface->leaf_count; l++) {
            const hv_leaf *leaf = &iface->leaves[l];
            if (!leaf->valid)
                continue;
            bool shared = uses && leaf_shared(uses, iface->bases[b] + leaf->offset,
                                              leaf->has_subleaf ? leaf->subleaf : 0, index);
            put_leaf(out, iface, iface->bases[b], leaf, &ln, shared);
        }
    }
    free_names(ln.items, ln.count);
    return !out->failed;
}

bool hv_emit_kcpuid_files(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        char *path = hv_asprintf("kcpuid/%s.csv", reg->interfaces[i]->id);
        hv_strbuf *out = path ? hv_outputs_add(outs, path) : NULL;
        free(path);
        if (!out)
            return false;
        put_header(out, "One interface, for `kcpuid -f` on a guest of a hypervisor presenting it.");
        hv_strbuf_puts(out, "\n");
        if (!put_interface(reg, i, NULL, out))
            return false;
    }
    return true;
}

bool hv_emit_kcpuid_all(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "cpuid.csv");
    leaf_uses uses;
    if (!out || !collect_uses(ctx->reg, &uses))
        return false;
    put_header(out, "Every hypervisor interface of the registry, one section each. Leaves above "
                    "base+0 mean something different for every vendor: point kcpuid -f at "
                    "kcpuid/<interface>.csv for the hypervisor you run under. A leaf that "
                    "several interfaces describe has its rows as comments here, so kcpuid never "
                    "shows two vendors' meanings of one register.");
    bool ok = true;
    for (size_t i = 0; ok && i < ctx->reg->interface_count; i++) {
        hv_strbuf_puts(out, "\n");
        ok = put_interface(ctx->reg, i, &uses, out);
    }
    free(uses.items);
    return ok && !out->failed;
}
