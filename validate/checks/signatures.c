/* validate/checks/signatures.c - how interfaces are identified: signatures of the
 * right length ([signature]), and one interface per vendor signature
 * ([duplicate-vendor-signature], which also holds every vendor string a
 * product shows to one interface) and per interface signature
 * ([duplicate-iface-signature]). Both duplicate checks are one scan
 * (scan_duplicates): sort the signatures, then report every later claim
 * against the first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks/internal.h"
#include "validate/parse.h"

static void signature_length(const hv_check_ctx *ctx, const hv_signature *sig, size_t want,
                             const char *what)
{
    if (!sig->present || !sig->valid || sig->len == want)
        return;
    char shown[160];
    hv_format_signature(sig->bytes, sig->len < sizeof sig->bytes ? sig->len : sizeof sig->bytes,
                        shown, sizeof shown);
    hv_report(ctx->sink, ctx->check, sig->loc, "%s %s is %zu bytes; it must be exactly %zu%s", what,
              shown, sig->len, want,
              want == 12 ? " (EBX, ECX, EDX): pad it with \\0 or spaces exactly as the "
                           "hypervisor returns it"
                         : " (base+1 EAX), e.g. \"Hv#1\"");
}

void hv_check_signature(const hv_check_ctx *ctx)
{
    const hv_registry *reg = ctx->reg;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        signature_length(ctx, &iface->vendor_sig, 12, "vendor signature");
        signature_length(ctx, &iface->iface_sig, 4, "interface signature");
        if (!iface->vendor_sig.present && !iface->iface_sig.present)
            hv_report(ctx->sink, ctx->check, iface->loc,
                      "interface '%s' has neither vendor-signature nor interface-signature; "
                      "give the one decoders identify it by",
                      iface->id);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            signature_length(ctx, &hv->presents[p].vendor_sig, 12, "vendor signature");
    }
}

/* ---- the duplicate scan --------------------------------------------------- */

/* An interface and one of its signatures. Within one scan every signature
 * has the same length, the one its kind requires. */
typedef struct sig_entry {
    const hv_interface *iface;
    const hv_signature *sig;
} sig_entry;

static bool usable(const hv_signature *sig, size_t len)
{
    return sig->present && sig->valid && sig->len == len;
}

static int compare_entries(const void *pa, const void *pb)
{
    const sig_entry *a = pa, *b = pb;
    int c = memcmp(a->sig->bytes, b->sig->bytes, a->sig->len);
    return c ? c : hv_loc_compare(a->sig->loc, b->sig->loc);
}

/* The interfaces with a usable vendor (or interface) signature, sorted by
 * its bytes and then by where it is written: equal signatures sit side by
 * side, the first written first, so finding duplicates is a sort and a walk
 * (and a product's vendor string a binary search) instead of all pairs.
 * NULL when out of memory. */
static sig_entry *sorted_signatures(const hv_registry *reg, bool vendor, size_t *count)
{
    size_t len = vendor ? 12 : 4;
    sig_entry *s = malloc((reg->interface_count + 1) * sizeof *s);
    *count = 0;
    if (!s)
        return NULL;
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        const hv_signature *sig = vendor ? &iface->vendor_sig : &iface->iface_sig;
        if (usable(sig, len))
            s[(*count)++] = (sig_entry){iface, sig};
    }
    if (*count > 1)
        qsort(s, *count, sizeof *s, compare_entries);
    return s;
}

typedef void (*duplicate_fn)(const hv_check_ctx *ctx, const sig_entry *first,
                             const sig_entry *again);
typedef void (*sorted_fn)(const hv_check_ctx *ctx, const sig_entry *s, size_t n);

/* Sorts the vendor (or interface) signatures, calls `report` for every
 * later claim of a signature with its first one, then hands the sorted
 * list to `then` (when given) for lookups. */
static void scan_duplicates(const hv_check_ctx *ctx, bool vendor, duplicate_fn report,
                            sorted_fn then)
{
    size_t n;
    sig_entry *s = sorted_signatures(ctx->reg, vendor, &n);
    if (!s) {
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0}, "out of memory");
        return;
    }
    for (size_t i = 1, first = 0; i < n; i++) {
        if (memcmp(s[i].sig->bytes, s[first].sig->bytes, s[i].sig->len) != 0) {
            first = i;
            continue;
        }
        report(ctx, &s[first], &s[i]);
    }
    if (then)
        then(ctx, s, n);
    free(s);
}

/* ---- duplicate-vendor-signature ----------------------------------------- */

/* The later claim of a signature is the one reported, unless the baseline
 * shows the earlier one is the newcomer (validate/blame.h). */
static void vendor_duplicate(const hv_check_ctx *ctx, const sig_entry *one, const sig_entry *two)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_vendor_signature(one->iface),
                     hv_fp_vendor_signature(two->iface), false);
    const sig_entry *blamed = c.blamed ? two : one, *other = c.blamed ? one : two;
    char shown[64];
    hv_format_signature(blamed->sig->bytes, 12, shown, sizeof shown);
    hv_diag *d = hv_report(ctx->sink, ctx->check, blamed->sig->loc,
                           "interface '%s' claims vendor signature %s, which already "
                           "identifies interface '%s'; pick another, or present '%s' "
                           "under it from a <hypervisor>",
                           blamed->iface->id, shown, other->iface->id, other->iface->id);
    hv_diag_add_note(d, other->sig->loc, "'%s' claims it here", other->iface->id);
    hv_conflict_done(&c, d, ctx->check);
}

/* The first interface (in sorted order) with signature `sig` other than `not`. */
static const sig_entry *sig_owner(const sig_entry *s, size_t count, const hv_signature *sig,
                                  const hv_interface * not )
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (memcmp(s[mid].sig->bytes, sig->bytes, 12) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < count && memcmp(s[lo].sig->bytes, sig->bytes, 12) == 0; lo++)
        if (s[lo].iface != not )
            return &s[lo];
    return NULL;
}

/* A product shows a vendor string that identifies another interface:
 * reported at the product's string, or, when the baseline shows the
 * interface's signature is the newcomer, at that. */
static void owned_string(const hv_check_ctx *ctx, const hv_presents *pr, const sig_entry *owner)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_vendor_signature(owner->iface),
                     hv_fp_product_signature(pr), false);
    char shown[64];
    hv_format_signature(pr->vendor_sig.bytes, 12, shown, sizeof shown);
    hv_diag *d;
    if (c.blamed) {
        d = hv_report(ctx->sink, ctx->check, pr->vendor_sig.loc,
                      "hypervisor '%s' shows vendor signature %s for '%s', but that signature "
                      "identifies interface '%s'",
                      pr->hypervisor->id, shown, pr->interface_id, owner->iface->id);
        hv_diag_add_note(d, owner->sig->loc, "'%s' claims it here", owner->iface->id);
    } else {
        d = hv_report(ctx->sink, ctx->check, owner->sig->loc,
                      "interface '%s' claims vendor signature %s, which hypervisor '%s' already "
                      "shows for '%s'; pick another",
                      owner->iface->id, shown, pr->hypervisor->id, pr->interface_id);
        hv_diag_add_note(d, pr->vendor_sig.loc, "'%s' shows it for '%s' here", pr->hypervisor->id,
                         pr->interface_id);
    }
    hv_conflict_done(&c, d, ctx->check);
}

/* A product may show another vendor string, but not one that already
 * identifies a different interface: decoders would misread it. */
static void owned_strings(const hv_check_ctx *ctx, const sig_entry *s, size_t n)
{
    const hv_registry *reg = ctx->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++) {
            const hv_presents *pr = &hv->presents[p];
            const sig_entry *other =
                usable(&pr->vendor_sig, 12) ? sig_owner(s, n, &pr->vendor_sig, pr->iface) : NULL;
            if (other)
                owned_string(ctx, pr, other);
        }
    }
}

static int compare_shown(const void *pa, const void *pb)
{
    const hv_presents *a = *(const hv_presents *const *)pa, *b = *(const hv_presents *const *)pb;
    int c = memcmp(a->vendor_sig.bytes, b->vendor_sig.bytes, 12);
    return c ? c : hv_loc_compare(a->vendor_sig.loc, b->vendor_sig.loc);
}

/* The placements that show a vendor string of their own, sorted by its
 * bytes, then where it is written; NULL when out of memory. Strings that
 * identify an interface are left out: owned_strings reports those. */
static const hv_presents **shown_strings(const hv_registry *reg, const sig_entry *s, size_t n,
                                         size_t *count)
{
    size_t cap = 1;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        cap += reg->hypervisors[h]->presents_count;
    const hv_presents **list = malloc(cap * sizeof *list);
    *count = 0;
    for (size_t h = 0; list && h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++) {
            const hv_presents *pr = &reg->hypervisors[h]->presents[p];
            if (pr->iface && usable(&pr->vendor_sig, 12) && !sig_owner(s, n, &pr->vendor_sig, NULL))
                list[(*count)++] = pr;
        }
    if (list && *count > 1)
        qsort(list, *count, sizeof *list, compare_shown);
    return list;
}

/* `again` shows the vendor string `first` shows, for another interface. */
static void shared_string(const hv_check_ctx *ctx, const hv_presents *first,
                          const hv_presents *again)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_product_signature(first),
                     hv_fp_product_signature(again), false);
    const hv_presents *blamed = c.blamed ? again : first, *other = c.blamed ? first : again;
    char shown[64];
    hv_format_signature(blamed->vendor_sig.bytes, 12, shown, sizeof shown);
    hv_diag *d = hv_report(
        ctx->sink, ctx->check, blamed->vendor_sig.loc,
        "hypervisor '%s' shows vendor signature %s for '%s', but hypervisor '%s' shows it for "
        "'%s': a guest reading %s at base+0 cannot tell the two apart; show another string "
        "for one of them",
        blamed->hypervisor->id, shown, blamed->iface->id, other->hypervisor->id, other->iface->id,
        shown);
    hv_diag_add_note(d, other->vendor_sig.loc, "'%s' shows it for '%s' here", other->hypervisor->id,
                     other->iface->id);
    hv_conflict_done(&c, d, ctx->check);
}

/* One vendor string shown for two different interfaces: a guest reading it
 * at base+0 cannot tell them apart, and decoder tables map each vendor
 * string to one interface. Reported at every later placement against the
 * first one that shows the string for another interface. */
static void shared_strings(const hv_check_ctx *ctx, const sig_entry *s, size_t n)
{
    size_t count;
    const hv_presents **list = shown_strings(ctx->reg, s, n, &count);
    if (!list) {
        hv_report(ctx->sink, ctx->check, (hv_loc){NULL, 0, 0}, "out of memory");
        return;
    }
    for (size_t i = 1, run = 0; i < count; i++) {
        if (memcmp(list[i]->vendor_sig.bytes, list[run]->vendor_sig.bytes, 12) != 0) {
            run = i;
            continue;
        }
        size_t j = run;
        while (j < i && list[j]->iface == list[i]->iface)
            j++;
        if (j == i)
            continue;
        shared_string(ctx, list[j], list[i]);
    }
    free((void *)list);
}

static void product_strings(const hv_check_ctx *ctx, const sig_entry *s, size_t n)
{
    owned_strings(ctx, s, n);
    shared_strings(ctx, s, n);
}

void hv_check_duplicate_vendor_signature(const hv_check_ctx *ctx)
{
    scan_duplicates(ctx, true, vendor_duplicate, product_strings);
}

/* ---- duplicate-iface-signature ------------------------------------------- */

static void iface_duplicate(const hv_check_ctx *ctx, const sig_entry *head, const sig_entry *again)
{
    hv_conflict c;
    hv_conflict_init(&c, ctx->baseline, hv_fp_interface_signature(head->iface),
                     hv_fp_interface_signature(again->iface), false);
    const sig_entry *blamed = c.blamed ? again : head, *other = c.blamed ? head : again;
    char shown[32];
    hv_format_signature(blamed->sig->bytes, 4, shown, sizeof shown);
    hv_diag *d = hv_report(ctx->sink, ctx->check, blamed->sig->loc,
                           "interface '%s' claims interface signature %s, which already "
                           "identifies interface '%s'; an interface signature names one "
                           "layout: present '%s' from a <hypervisor> instead of redefining it",
                           blamed->iface->id, shown, other->iface->id, other->iface->id);
    hv_diag_add_note(d, other->sig->loc, "'%s' claims it here", other->iface->id);
    hv_conflict_done(&c, d, ctx->check);
}

void hv_check_duplicate_interface_signature(const hv_check_ctx *ctx)
{
    scan_duplicates(ctx, false, iface_duplicate, NULL);
}
