/* validate/blame.c - declarations, conflicts and the baseline (see
 * validate/blame.h): OLD's declarations and finding keys as two sorted
 * string arrays, asked by binary search. */
#include "validate/blame.h"

#include <stdlib.h>
#include <string.h>

#include "validate/claims.h"
#include "validate/msr_claims.h"
#include "validate/util/grow.h"
#include "validate/util/strbuf.h"

struct hv_baseline {
    char **decls; /* OLD's declarations, sorted */
    size_t decl_count, decl_cap;
    char **keys; /* OLD's finding keys, sorted, repeats kept */
    size_t key_count, key_cap;
    bool failed;
};

/* ---- fingerprints ------------------------------------------------------------ */

static void put_hex(hv_strbuf *sb, const unsigned char *bytes, size_t len)
{
    for (size_t i = 0; i < len; i++)
        hv_strbuf_printf(sb, "%02x", bytes[i]);
}

static char *finish(hv_strbuf *sb)
{
    if (sb->failed) {
        hv_strbuf_free(sb);
        return NULL;
    }
    char *s = strdup(hv_strbuf_cstr(sb));
    hv_strbuf_free(sb);
    return s;
}

static const char *or_empty(const char *s)
{
    return s ? s : "";
}

static char *signature_fp(const char *what, const hv_signature *sig, const char *owner)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_strbuf_printf(&sb, "%s ", what);
    put_hex(&sb, sig->bytes, sig->len < sizeof sig->bytes ? sig->len : sizeof sig->bytes);
    hv_strbuf_printf(&sb, " of %s", owner);
    return finish(&sb);
}

char *hv_fp_vendor_signature(const hv_interface *iface)
{
    return signature_fp("vendor-signature", &iface->vendor_sig, or_empty(iface->id));
}

char *hv_fp_interface_signature(const hv_interface *iface)
{
    return signature_fp("interface-signature", &iface->iface_sig, or_empty(iface->id));
}

char *hv_fp_allocation(const hv_allocation *a)
{
    if (a->owner)
        return hv_asprintf("allocation 0x%x..0x%x %s of interface %s", a->first, a->last,
                           hv_status_name(a->status), or_empty(a->owner->id));
    return hv_asprintf("generic allocation %s 0x%x..0x%x %s", or_empty(a->id), a->first, a->last,
                       hv_status_name(a->status));
}

char *hv_fp_placement(const hv_presents *pr)
{
    hv_offsets claimed = {{false}};
    hv_offsets_of_interface(pr->iface, pr, HV_OFFSETS_CLAIMED, &claimed);
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_strbuf_printf(&sb, "placement of %s at 0x%x by %s claiming ", or_empty(pr->interface_id),
                     pr->base, pr->hypervisor ? or_empty(pr->hypervisor->id) : "");
    hv_offsets_format(&claimed, &sb);
    return finish(&sb);
}

static int compare_msr_claims(const void *pa, const void *pb)
{
    const hv_msr_claim *a = pa, *b = pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    if (a->last != b->last)
        return a->last < b->last ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

char *hv_fp_msr_placement(const hv_presents *pr)
{
    hv_msr_claim_list claims = {NULL, 0, 0};
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    sb.failed |= !hv_msr_claims_append(pr->iface, pr, &claims);
    if (claims.count > 1)
        qsort(claims.items, claims.count, sizeof *claims.items, compare_msr_claims);
    hv_strbuf_printf(&sb, "MSR placement of %s by %s claiming", or_empty(pr->interface_id),
                     pr->hypervisor ? or_empty(pr->hypervisor->id) : "");
    for (size_t i = 0; i < claims.count; i++) {
        const hv_msr_claim *c = &claims.items[i];
        if (c->kind == HV_MSR_CLAIM_MSR)
            hv_strbuf_printf(&sb, " msr %s@0x%x", or_empty(c->msr->name), c->first);
        else
            hv_strbuf_printf(&sb, " 0x%x..0x%x", c->first, c->last);
    }
    hv_msr_claim_list_free(&claims);
    return finish(&sb);
}

char *hv_fp_product_signature(const hv_presents *pr)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_strbuf_puts(&sb, "vendor string ");
    put_hex(&sb, pr->vendor_sig.bytes, pr->vendor_sig.len < 64 ? pr->vendor_sig.len : 64);
    hv_strbuf_printf(&sb, " shown for %s at 0x%x by %s", or_empty(pr->interface_id), pr->base,
                     pr->hypervisor ? or_empty(pr->hypervisor->id) : "");
    return finish(&sb);
}

char *hv_fp_leaf(const hv_leaf *leaf)
{
    return hv_asprintf("leaf 0x%x of interface %s", leaf->offset, or_empty(leaf->iface->id));
}

char *hv_fp_object(const char *kind, const char *id, const char *context)
{
    return hv_asprintf("%s %s (%s)", kind, or_empty(id), or_empty(context));
}

/* ---- the baseline -------------------------------------------------------------- */

static void add_string(hv_baseline *b, char ***items, size_t *count, size_t *cap, char *s)
{
    if (!s || !HV_GROW(*items, *count, *cap)) {
        free(s);
        b->failed = true;
        return;
    }
    (*items)[(*count)++] = s;
}

static void add_decl(hv_baseline *b, char *fp)
{
    add_string(b, &b->decls, &b->decl_count, &b->decl_cap, fp);
}

static bool usable(const hv_signature *sig, size_t len)
{
    return sig->present && sig->valid && sig->len == len;
}

static void interface_decls(hv_baseline *b, const hv_interface *iface)
{
    add_decl(b, hv_fp_object("interface", iface->id, iface->vendor->id));
    if (usable(&iface->vendor_sig, 12))
        add_decl(b, hv_fp_vendor_signature(iface));
    if (usable(&iface->iface_sig, 4))
        add_decl(b, hv_fp_interface_signature(iface));
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid)
            add_decl(b, hv_fp_leaf(&iface->leaves[l]));
}

static void hypervisor_decls(hv_baseline *b, const hv_hypervisor *hv)
{
    add_decl(b, hv_fp_object("hypervisor", hv->id, hv->vendor->id));
    for (size_t p = 0; p < hv->presents_count; p++) {
        const hv_presents *pr = &hv->presents[p];
        if (pr->valid && pr->iface)
            add_decl(b, hv_fp_placement(pr));
        if (pr->valid && pr->iface && (pr->iface->msr_count || pr->iface->msr_allocation_count))
            add_decl(b, hv_fp_msr_placement(pr));
        if (usable(&pr->vendor_sig, 12))
            add_decl(b, hv_fp_product_signature(pr));
    }
}

static void registry_decls(hv_baseline *b, const hv_registry *reg)
{
    for (size_t v = 0; v < reg->vendor_count; v++)
        add_decl(b, hv_fp_object("vendor", reg->vendors[v]->id, reg->vendors[v]->name));
    for (size_t i = 0; i < reg->interface_count; i++)
        interface_decls(b, reg->interfaces[i]);
    for (size_t a = 0; a < reg->allocation_count; a++) {
        const hv_allocation *al = reg->allocations[a];
        if (al->valid)
            add_decl(b, hv_fp_allocation(al));
        if (al->id)
            add_decl(
                b, hv_fp_object("allocation", al->id, al->owner ? al->owner->id : al->vendor->id));
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        hypervisor_decls(b, reg->hypervisors[h]);
}

/* A finding's key: the one its check gave it, or its check and message. */
static char *key_of(const hv_diag *d)
{
    return d->key ? strdup(d->key) : hv_asprintf("%s|%s", hv_check_name(d->check), d->message);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

hv_baseline *hv_baseline_new(const hv_registry *old_reg, const hv_diag_sink *old_findings)
{
    hv_baseline *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    registry_decls(b, old_reg);
    for (size_t i = 0; i < old_findings->count; i++)
        if (old_findings->items[i].check != HV_CHECK_NONE)
            add_string(b, &b->keys, &b->key_count, &b->key_cap, key_of(&old_findings->items[i]));
    if (b->failed) {
        hv_baseline_free(b);
        return NULL;
    }
    if (b->decl_count > 1)
        qsort(b->decls, b->decl_count, sizeof *b->decls, compare_strings);
    if (b->key_count > 1)
        qsort(b->keys, b->key_count, sizeof *b->keys, compare_strings);
    return b;
}

void hv_baseline_free(hv_baseline *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->decl_count; i++)
        free(b->decls[i]);
    for (size_t i = 0; i < b->key_count; i++)
        free(b->keys[i]);
    free(b->decls);
    free(b->keys);
    free(b);
}

/* The first index whose string is not below `s`. */
static size_t lower_bound(char *const *items, size_t count, const char *s)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(items[mid], s) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool has_decl(const hv_baseline *b, const char *fp)
{
    size_t i = lower_bound(b->decls, b->decl_count, fp);
    return i < b->decl_count && strcmp(b->decls[i], fp) == 0;
}

/* ---- one conflict --------------------------------------------------------------- */

void hv_conflict_init(hv_conflict *c, const hv_baseline *baseline, char *fp0, char *fp1,
                      bool blame_first)
{
    c->fp[0] = fp0;
    c->fp[1] = fp1;
    c->blamed = blame_first ? 0 : 1;
    if (!baseline || !fp0 || !fp1)
        return;
    bool in0 = has_decl(baseline, fp0), in1 = has_decl(baseline, fp1);
    if (in0 != in1)
        c->blamed = in0 ? 1 : 0; /* the one OLD does not have is the newcomer */
}

void hv_conflict_done(hv_conflict *c, hv_diag *d, hv_check_id check)
{
    if (c->fp[0] && c->fp[1]) {
        bool order = strcmp(c->fp[0], c->fp[1]) <= 0;
        hv_diag_set_key(d, hv_asprintf("%s|%s|%s", hv_check_name(check), c->fp[order ? 0 : 1],
                                       c->fp[order ? 1 : 0]));
    }
    free(c->fp[0]);
    free(c->fp[1]);
    c->fp[0] = c->fp[1] = NULL;
}

/* ---- the run ---------------------------------------------------------------------- */

/* Consumes one occurrence of `key` among OLD's keys, so a finding two runs
 * share is unchanged once per occurrence. */
static bool take_key(const hv_baseline *b, bool *used, const char *key)
{
    for (size_t i = lower_bound(b->keys, b->key_count, key);
         i < b->key_count && strcmp(b->keys[i], key) == 0; i++)
        if (!used[i]) {
            used[i] = true;
            return true;
        }
    return false;
}

void hv_baseline_classify(const hv_baseline *baseline, hv_diag_sink *sink)
{
    bool *used = calloc(baseline->key_count + 1, sizeof *used);
    sink->baseline = true;
    for (size_t i = 0; i < sink->count; i++) {
        hv_diag *d = &sink->items[i];
        if (d->check == HV_CHECK_NONE)
            continue;
        char *key = key_of(d);
        bool unchanged = used && key && take_key(baseline, used, key);
        free(key);
        d->baseline = unchanged ? HV_BASELINE_UNCHANGED : HV_BASELINE_NEW;
        if (!unchanged)
            continue;
        if (d->severity == HV_SEV_ERROR)
            sink->errors--;
        else
            sink->warnings--;
        if (d->promoted)
            d->severity = HV_SEV_WARNING; /* -Werror is about the change's findings */
        sink->unchanged++;
    }
    free(used);
}
