/* test_overlaps.c - the allocation and placement overlap checks
 * (validate/checks/allocations.c, placement.c) find pairs through the
 * offsets they share: where no offset is crowded they must report exactly
 * what comparing every pair reports, in the same order (checked here
 * against that plain loop on random registries); where one is, one finding
 * per overlapped range with an exact count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "validate/checks.h"
#include "validate/checks/internal.h"
#include "validate/claims.h"
#include "validate/load.h"

static const char *const statuses[] = {"active",    "deprecated", "proposed", "reserved",
                                       "withdrawn", "disputed",   "lapsed"};
static const hv_overlap_kind standings[] = {{HV_STANDING_IN_FORCE, false},
                                            {HV_STANDING_TENTATIVE, false},
                                            {HV_STANDING_RETIRED, false},
                                            {HV_STANDING_RETIRED, true}};
static const hv_check_id overlap_checks[] = {
    HV_CHECK_ALLOCATION_OVERLAP, HV_CHECK_RESERVATION_OVERLAP, HV_CHECK_WITHDRAWN_OVERLAP,
    HV_CHECK_ACKNOWLEDGED_OVERLAP};

typedef struct run {
    char path[64];
    hv_check_config cfg;
    hv_diag_sink load_sink, sink;
    hv_registry *reg;
} run;

/* Loads `xml` from a temporary file; every check reports at warning level. */
static void load(run *r, const char *xml)
{
    snprintf(r->path, sizeof r->path, "/tmp/hvcpuid-overlaps-%ld.xml", (long)getpid());
    FILE *f = fopen(r->path, "w");
    assert_non_null(f);
    fputs(xml, f);
    fclose(f);
    hv_check_config_init(&r->cfg);
    for (int c = 0; c < HV_CHECK_COUNT; c++)
        r->cfg.levels[c] = HV_LEVEL_WARNING;
    hv_diag_sink_init(&r->load_sink, &r->cfg);
    const char *paths[] = {r->path};
    r->reg = hv_registry_load(paths, 1, &r->load_sink);
    assert_non_null(r->reg);
    assert_int_equal(r->load_sink.errors + r->load_sink.warnings, 0);
    hv_diag_sink_init(&r->sink, &r->cfg);
}

static void unload(run *r)
{
    hv_registry_free(r->reg);
    hv_diag_sink_free(&r->load_sink);
    hv_diag_sink_free(&r->sink);
    unlink(r->path);
}

static void run_check(run *r, hv_check_id id, hv_check_fn fn, const void *data)
{
    hv_diag_sink_free(&r->sink);
    hv_diag_sink_init(&r->sink, &r->cfg);
    hv_check_ctx ctx = {r->reg, &r->sink, id, data, NULL};
    fn(&ctx);
}

/* ---- the plain pair loops, as the checks were before ----------------------- */

typedef struct pair {
    hv_loc at, other;
    size_t notes;
} pair;

typedef struct pairs {
    pair items[512];
    size_t count;
} pairs;

static bool ref_acks(const hv_allocation *a, const hv_allocation *b)
{
    for (size_t k = 0; k < a->ack_count; k++)
        if (a->acks[k].allocation == b)
            return true;
    return false;
}

static void ref_allocation_pair(pairs *out, const hv_allocation *a, const hv_allocation *b,
                                const hv_overlap_kind *want)
{
    if (!hv_allocation_in_window(a) || !hv_allocation_in_window(b) || b->first > a->last ||
        a->first > b->last || !hv_allocations_share_namespace(a, b))
        return;
    hv_standing sa = hv_status_standing(a->status), sb = hv_status_standing(b->status);
    hv_standing weaker = sa > sb ? sa : sb;
    bool acked = ref_acks(a, b) || ref_acks(b, a);
    bool ack = acked && weaker != HV_STANDING_IN_FORCE;
    if (want->acknowledged ? !ack : ack || weaker != want->standing)
        return;
    bool swap = sa != sb ? sa > sb : hv_loc_compare(b->loc, a->loc) < 0;
    assert_true(out->count < 512);
    out->items[out->count++] =
        swap ? (pair){a->loc, b->loc, 1 + acked} : (pair){b->loc, a->loc, 1 + acked};
}

static void ref_allocations(const hv_registry *reg, const hv_overlap_kind *want, pairs *out)
{
    out->count = 0;
    for (size_t i = 0; i < reg->allocation_count; i++)
        for (size_t j = i + 1; j < reg->allocation_count; j++)
            if (!reg->allocations[i]->owner && !reg->allocations[j]->owner)
                ref_allocation_pair(out, reg->allocations[i], reg->allocations[j], want);
    for (size_t i = 0; i < reg->interface_count; i++) {
        const hv_interface *iface = reg->interfaces[i];
        for (size_t a = 0; a < iface->allocation_count; a++) {
            for (size_t b = a + 1; b < iface->allocation_count; b++)
                ref_allocation_pair(out, &iface->allocations[a], &iface->allocations[b], want);
            for (size_t g = 0; g < reg->allocation_count; g++)
                if (!reg->allocations[g]->owner)
                    ref_allocation_pair(out, &iface->allocations[a], reg->allocations[g], want);
        }
    }
}

static bool share_claimed(const hv_presents *a, const hv_presents *b)
{
    hv_offsets ua = {{false}}, ub = {{false}};
    hv_offsets_of_interface(a->iface, a, HV_OFFSETS_CLAIMED, &ua);
    hv_offsets_of_interface(b->iface, b, HV_OFFSETS_CLAIMED, &ub);
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        if (ua.at[o] && ub.at[o])
            return true;
    return false;
}

static bool ref_declares(const hv_presents *over, const hv_presents *under)
{
    return over->overrides && strcmp(over->overrides, under->iface->id) == 0;
}

/* A <presents> repeating an earlier one's interface and base: at the
 * repeat, its note at the first. */
static void ref_repeats(const hv_hypervisor *hv, pairs *out)
{
    for (size_t j = 1; j < hv->presents_count; j++) {
        const hv_presents *b = &hv->presents[j];
        for (size_t i = 0; b->valid && b->interface_id && i < j; i++) {
            const hv_presents *a = &hv->presents[i];
            if (a->valid && a->interface_id && a->base == b->base &&
                strcmp(a->interface_id, b->interface_id) == 0) {
                assert_true(out->count < 512);
                out->items[out->count++] = (pair){b->loc, a->loc, 1};
                break;
            }
        }
    }
}

static void ref_placements(const hv_registry *reg, pairs *out)
{
    out->count = 0;
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        const hv_hypervisor *hv = reg->hypervisors[h];
        ref_repeats(hv, out);
        for (size_t j = 1; j < hv->presents_count; j++) {
            const hv_presents *b = &hv->presents[j];
            for (size_t i = 0; b->valid && b->iface && i < j; i++) {
                const hv_presents *a = &hv->presents[i];
                if (!a->valid || !a->iface || a->iface == b->iface || a->base != b->base ||
                    hv_presents_overrides(a, b))
                    continue;
                assert_true(out->count < 512);
                if (ref_declares(b, a)) /* a forbidden override, at the one declaring it */
                    out->items[out->count++] = (pair){b->loc, a->loc, 1};
                else if (ref_declares(a, b))
                    out->items[out->count++] = (pair){a->loc, b->loc, 1};
                else if (share_claimed(a, b))
                    out->items[out->count++] = (pair){b->loc, a->loc, 1};
            }
        }
    }
    /* as the sink sorts them: by location, then in the order found */
    for (size_t i = 1; i < out->count; i++)
        for (size_t k = i; k > 0 && hv_loc_compare(out->items[k].at, out->items[k - 1].at) < 0;
             k--) {
            pair t = out->items[k];
            out->items[k] = out->items[k - 1];
            out->items[k - 1] = t;
        }
}

/* The sink holds exactly the pairs, in order: each finding at `at` with its
 * first note at `other`. */
static void assert_pairs(const hv_diag_sink *sink, const pairs *want)
{
    assert_int_equal(sink->count, want->count);
    for (size_t i = 0; i < want->count; i++) {
        assert_int_equal(hv_loc_compare(sink->items[i].loc, want->items[i].at), 0);
        assert_int_equal(sink->items[i].note_count, want->items[i].notes);
        assert_int_equal(hv_loc_compare(sink->items[i].notes[0].loc, want->items[i].other), 0);
    }
}

/* ---- random registries ------------------------------------------------------- */

static uint32_t next(uint32_t *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return (*seed >> 8) & 0xffffff;
}

/* An allocation; one in three acknowledges a generic one (of `ngen`). */
static size_t put_allocation(char *buf, size_t len, size_t cap, uint32_t *seed, const char *id,
                             unsigned ngen)
{
    uint32_t first = next(seed) % 8, last = first + next(seed) % 4;
    if (next(seed) % 10 == 0)
        last = 0x100; /* outside the window: claims nothing */
    len += (size_t)snprintf(buf + len, cap - len, "<allocation ");
    if (id)
        len += (size_t)snprintf(buf + len, cap - len, "id=\"%s\" name=\"G\" ", id);
    len += (size_t)snprintf(buf + len, cap - len, "first=\"0x%02x\" last=\"0x%02x\" status=\"%s\">",
                            first, last, statuses[next(seed) % 7]);
    if (ngen && next(seed) % 3 == 0)
        len += (size_t)snprintf(buf + len, cap - len,
                                "<acknowledges allocation=\"g%u\">known</acknowledges>",
                                next(seed) % ngen);
    return len + (size_t)snprintf(buf + len, cap - len, "</allocation>\n");
}

/* At most two allocations per interface and two generic ones: no offset
 * of any namespace has more than four claimants, so no range reporting. */
static void random_allocations(char *buf, size_t cap, uint32_t *seed)
{
    size_t len = (size_t)snprintf(buf, cap, "<vendor id=\"v\" name=\"V\">\n");
    unsigned ngen = next(seed) % 3, nif = 1 + next(seed) % 3;
    for (unsigned i = 0; i < nif; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "<interface id=\"i%u\" name=\"I\">\n", i);
        for (unsigned a = next(seed) % 3; a > 0; a--)
            len = put_allocation(buf, len, cap, seed, NULL, ngen);
        for (unsigned g = 0; g < ngen; g++)
            if (next(seed) % 3 == 0)
                len += (size_t)snprintf(buf + len, cap - len, "<follows allocation=\"g%u\"/>\n", g);
        len += (size_t)snprintf(buf + len, cap - len, "</interface>\n");
    }
    for (unsigned g = 0; g < ngen; g++) {
        char id[8];
        snprintf(id, sizeof id, "g%u", g);
        len = put_allocation(buf, len, cap, seed, id, ngen);
    }
    snprintf(buf + len, cap - len, "</vendor>\n");
}

static void allocation_pairs_match_the_pair_loop(void **state)
{
    (void)state;
    uint32_t seed = 11;
    char xml[8192];
    for (int round = 0; round < 300; round++) {
        random_allocations(xml, sizeof xml, &seed);
        run r;
        load(&r, xml);
        for (size_t s = 0; s < 4; s++) {
            pairs want;
            ref_allocations(r.reg, &standings[s], &want);
            run_check(&r, overlap_checks[s], hv_check_allocation_overlap, &standings[s]);
            assert_pairs(&r.sink, &want);
        }
        unload(&r);
    }
}

/* Up to four placements by one product over two bases, of interfaces
 * with random leaves and signatures, some shown under another vendor
 * string, some overriding another. */
static void random_placements(char *buf, size_t cap, uint32_t *seed)
{
    size_t len = (size_t)snprintf(buf, cap, "<vendor id=\"v\" name=\"V\">\n");
    for (unsigned i = 0; i < 4; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "<interface id=\"i%u\" name=\"I\"%s%s>\n", i,
                                next(seed) % 2 ? " vendor-signature=\"VendVendVend\"" : "",
                                next(seed) % 3 == 0 ? " interface-signature=\"Ab#1\"" : "");
        for (unsigned o = 2; o < 6; o++)
            if (next(seed) % 3 == 0)
                len += (size_t)snprintf(buf + len, cap - len,
                                        "<leaf offset=\"0x%02x\" name=\"l%u\"/>\n", o, o);
        len += (size_t)snprintf(buf + len, cap - len, "</interface>\n");
    }
    len += (size_t)snprintf(buf + len, cap - len, "<hypervisor id=\"h\" name=\"H\">\n");
    for (unsigned p = 1 + next(seed) % 4; p > 0; p--) {
        unsigned iface = next(seed) % 4, over = next(seed) % 4;
        bool base1 = next(seed) % 2, shown = next(seed) % 4 == 0, overrides = next(seed) % 4 == 0;
        char attrs[96];
        snprintf(attrs, sizeof attrs, "%s%s%u%s", shown ? " vendor-signature=\"ShowShowShow\"" : "",
                 overrides ? " overrides=\"i" : "", overrides ? over : 0u, overrides ? "\"" : "");
        if (!overrides) /* drop the stray number */
            attrs[strlen(attrs) - 1] = '\0';
        len += (size_t)snprintf(buf + len, cap - len,
                                "<presents interface=\"i%u\" base=\"0x4000%s00\"%s/>\n", iface,
                                base1 ? "01" : "00", attrs);
    }
    snprintf(buf + len, cap - len, "</hypervisor>\n</vendor>\n");
}

static void placement_pairs_match_the_pair_loop(void **state)
{
    (void)state;
    uint32_t seed = 5;
    char xml[8192];
    for (int round = 0; round < 300; round++) {
        random_placements(xml, sizeof xml, &seed);
        run r;
        load(&r, xml);
        pairs want;
        ref_placements(r.reg, &want);
        run_check(&r, HV_CHECK_PLACEMENT_OVERLAP, hv_check_placement_overlap, NULL);
        hv_diag_sort(&r.sink); /* the old loop went by presents, the new one base by base */
        assert_pairs(&r.sink, &want);
        unload(&r);
    }
}

/* ---- crowded offsets: per range ---------------------------------------------- */

static void assert_finding(const hv_diag *d, unsigned line, const char *text, size_t notes)
{
    if (!strstr(d->message, text))
        fail_msg("'%s' does not contain '%s'", d->message, text);
    assert_int_equal(d->loc.line, line);
    assert_int_equal(d->note_count, notes);
}

/* Five generic allocations on 0x10 (more than four: per range), two on
 * 0x11; each standing's check reports the ranges where its pairs are. */
static void crowded_generics_per_range(void **state)
{
    (void)state;
    run r;
    load(&r,
         "<vendor id=\"v\" name=\"V\">\n" /* 1 */
         "<allocation id=\"g0\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
         "<allocation id=\"g1\" name=\"G\" first=\"0x10\" last=\"0x11\" status=\"proposed\"/>\n"
         "<allocation id=\"g2\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
         "<allocation id=\"g3\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"withdrawn\"/>\n"
         "<allocation id=\"g4\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"reserved\"/>\n"
         "<allocation id=\"g5\" name=\"G\" first=\"0x11\" last=\"0x11\" status=\"active\"/>\n"
         "</vendor>\n");
    run_check(&r, overlap_checks[0], hv_check_allocation_overlap, &standings[0]);
    assert_int_equal(r.sink.count, 1);
    assert_finding(&r.sink.items[0], 4,
                   "active generic allocation 'g2' (0x10..0x10) and 1 other allocation overlap "
                   "at 0x10..0x10: active generic allocation 'g0' (0x10..0x10); generic",
                   1);
    run_check(&r, overlap_checks[1], hv_check_allocation_overlap, &standings[1]);
    assert_int_equal(r.sink.count, 2);
    assert_finding(&r.sink.items[0], 6,
                   "reserved generic allocation 'g4' (0x10..0x10) and 3 other allocations "
                   "overlap at 0x10..0x10: active generic allocation 'g0' (0x10..0x10), active "
                   "generic allocation 'g2' (0x10..0x10), proposed generic allocation 'g1' "
                   "(0x10..0x11); a proposal",
                   3);
    assert_finding(&r.sink.items[1], 3,
                   "proposed generic allocation 'g1' (0x10..0x11) and 1 other allocation overlap "
                   "at 0x11..0x11: active generic allocation 'g5' (0x11..0x11)",
                   1);
    run_check(&r, overlap_checks[2], hv_check_allocation_overlap, &standings[2]);
    assert_int_equal(r.sink.count, 1);
    assert_finding(&r.sink.items[0], 5, "'g3' (0x10..0x10) and 4 other allocations overlap", 3);
    assert_non_null(strstr(r.sink.items[0].message, ", proposed generic allocation 'g1' "
                                                    "(0x10..0x11) and 1 more; "));
    unload(&r);
}

/* An interface with four allocations on 0x02 beside one generic it follows
 * and one it does not: per range, the followed one left out. */
static void crowded_interface_per_range(void **state)
{
    (void)state;
    run r;
    load(&r, "<vendor id=\"v\" name=\"V\">\n"                                     /* 1 */
             "<interface id=\"x\" name=\"X\">\n"                                  /* 2 */
             "<allocation first=\"0x00\" last=\"0x03\" status=\"active\"/>\n"     /* 3 */
             "<allocation first=\"0x02\" last=\"0x02\" status=\"active\"/>\n"     /* 4 */
             "<allocation first=\"0x02\" last=\"0x05\" status=\"proposed\"/>\n"   /* 5 */
             "<allocation first=\"0x02\" last=\"0x02\" status=\"deprecated\"/>\n" /* 6 */
             "<follows allocation=\"g0\"/>\n"                                     /* 7 */
             "</interface>\n"                                                     /* 8 */
             "<allocation id=\"g0\" name=\"G\" first=\"0x02\" last=\"0x02\" status=\"active\"/>\n"
             "<allocation id=\"g1\" name=\"G\" first=\"0x02\" last=\"0x03\" status=\"active\"/>\n"
             "<allocation id=\"g2\" name=\"G\" first=\"0x03\" last=\"0x03\" status=\"proposed\"/>\n"
             "</vendor>\n");
    run_check(&r, overlap_checks[0], hv_check_allocation_overlap, &standings[0]);
    hv_diag_sort(&r.sink);
    assert_int_equal(r.sink.count, 3);
    /* the generic namespace is not crowded: g0 and g1 as a pair */
    assert_finding(&r.sink.items[0], 10,
                   "active generic allocation 'g1' (0x02..0x03) overlaps active generic "
                   "allocation 'g0' (0x02..0x02) at 0x02..0x02",
                   1);
    assert_finding(&r.sink.items[1], 10,
                   "active generic allocation 'g1' (0x02..0x03) and 3 other allocations overlap "
                   "at 0x02..0x02: active allocation 0x00..0x03 of interface 'x', active "
                   "allocation 0x02..0x02 of interface 'x', deprecated allocation 0x02..0x02 of "
                   "interface 'x'; move the interface's allocation",
                   3);
    assert_finding(&r.sink.items[2], 10,
                   "'g1' (0x02..0x03) and 1 other allocation overlap at 0x03..0x03: active "
                   "allocation 0x00..0x03 of interface 'x';",
                   1);
    run_check(&r, overlap_checks[1], hv_check_allocation_overlap, &standings[1]);
    hv_diag_sort(&r.sink);
    assert_int_equal(r.sink.count, 3);
    assert_finding(&r.sink.items[0], 5,
                   "proposed allocation 0x02..0x05 of interface 'x' and 4 other allocations "
                   "overlap at 0x02..0x02: active allocation 0x00..0x03 of interface 'x'",
                   3);
    assert_non_null(strstr(r.sink.items[0].message, " and 1 more; a proposal"));
    assert_finding(&r.sink.items[1], 11,
                   "proposed generic allocation 'g2' (0x03..0x03) overlaps active generic "
                   "allocation 'g1' (0x02..0x03) at 0x03..0x03",
                   1);
    assert_finding(&r.sink.items[2], 11,
                   "proposed generic allocation 'g2' (0x03..0x03) and 3 other allocations overlap "
                   "at 0x03..0x03: active allocation 0x00..0x03 of interface 'x', active generic "
                   "allocation 'g1' (0x02..0x03), proposed allocation 0x02..0x05 of interface 'x'",
                   3);
    unload(&r);
}

/* Six interfaces on one base (one of them placed twice, itself a finding),
 * all with a vendor signature: one finding for offset 0x00, naming each
 * interface once; two of them also share leaf 0x05. */
static void crowded_base_per_range(void **state)
{
    (void)state;
    run r;
    load(&r, "<vendor id=\"v\" name=\"V\">\n"
             "<interface id=\"a\" name=\"A\" vendor-signature=\"AAAAAAAAAAAA\">"
             "<leaf offset=\"0x05\" name=\"l\"/></interface>\n"
             "<interface id=\"b\" name=\"B\" vendor-signature=\"BBBBBBBBBBBB\"/>\n"
             "<interface id=\"c\" name=\"C\" vendor-signature=\"CCCCCCCCCCCC\"/>\n"
             "<interface id=\"d\" name=\"D\" vendor-signature=\"DDDDDDDDDDDD\"/>\n"
             "<interface id=\"e\" name=\"E\" vendor-signature=\"EEEEEEEEEEEE\">"
             "<leaf offset=\"0x05\" name=\"l\"/></interface>\n"
             "<interface id=\"f\" name=\"F\" interface-signature=\"Ff#1\"/>\n"
             "<hypervisor id=\"h\" name=\"H\">\n"                /* 8 */
             "<presents interface=\"a\" base=\"0x40000000\"/>\n" /* 9 */
             "<presents interface=\"b\" base=\"0x40000000\"/>\n" /* 10 */
             "<presents interface=\"a\" base=\"0x40000000\"/>\n" /* 11 */
             "<presents interface=\"c\" base=\"0x40000000\"/>\n" /* 12 */
             "<presents interface=\"d\" base=\"0x40000000\"/>\n" /* 13 */
             "<presents interface=\"e\" base=\"0x40000000\"/>\n" /* 14 */
             "<presents interface=\"f\" base=\"0x40000000\"/>\n" /* 15 */
             "</hypervisor>\n</vendor>\n");
    run_check(&r, HV_CHECK_PLACEMENT_OVERLAP, hv_check_placement_overlap, NULL);
    assert_int_equal(r.sink.count, 3);
    assert_finding(&r.sink.items[0], 11,
                   "hypervisor 'h' presents 'a' at base 0x40000000 again; present an interface at "
                   "a base once",
                   1);
    assert_finding(&r.sink.items[1], 14,
                   "hypervisor 'h' presents 'e' and 4 other interfaces at base 0x40000000, all "
                   "claiming offset 0x00 there: 'a', 'b', 'c' and 1 more;",
                   3);
    assert_finding(&r.sink.items[2], 14,
                   "hypervisor 'h' presents 'e' and 1 other interface at base 0x40000000, all "
                   "claiming offset 0x05 there: 'a';",
                   1);
    unload(&r);
}

/* Five generic allocations on 0x10, one withdrawn one acknowledging g0:
 * the withdrawn-overlap range leaves g0 out of its list and its count, and
 * acknowledged-overlap reports that pair alone, from the acknowledgement. */
static void crowded_generics_acknowledged(void **state)
{
    (void)state;
    run r;
    load(&r, "<vendor id=\"v\" name=\"V\">\n" /* 1 */
             "<allocation id=\"g0\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
             "<allocation id=\"g1\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
             "<allocation id=\"g2\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
             "<allocation id=\"g3\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"withdrawn\">"
             "<acknowledges allocation=\"g0\">history</acknowledges></allocation>\n" /* 5 */
             "<allocation id=\"g4\" name=\"G\" first=\"0x10\" last=\"0x10\" status=\"active\"/>\n"
             "</vendor>\n");
    run_check(&r, overlap_checks[2], hv_check_allocation_overlap, &standings[2]);
    assert_int_equal(r.sink.count, 1);
    assert_finding(&r.sink.items[0], 5,
                   "withdrawn generic allocation 'g3' (0x10..0x10) and 3 other allocations "
                   "overlap at 0x10..0x10: active generic allocation 'g1' (0x10..0x10), active "
                   "generic allocation 'g2' (0x10..0x10), active generic allocation 'g4' "
                   "(0x10..0x10); ",
                   3);
    run_check(&r, overlap_checks[3], hv_check_allocation_overlap, &standings[3]);
    assert_int_equal(r.sink.count, 1);
    assert_finding(&r.sink.items[0], 5,
                   "'g3' (0x10..0x10) overlaps active generic allocation 'g0' (0x10..0x10) at "
                   "0x10..0x10, an overlap the registry acknowledges: history",
                   2);
    unload(&r);
}

/* A crowded base with a placement overriding an interface identified by
 * an interface signature, with no offset in common: the forbidden override
 * is still reported, and the range leaves the declared pair alone. */
static void crowded_base_forbidden_override(void **state)
{
    (void)state;
    run r;
    load(&r, "<vendor id=\"v\" name=\"V\">\n"
             "<interface id=\"a\" name=\"A\" vendor-signature=\"AAAAAAAAAAAA\"/>\n"
             "<interface id=\"b\" name=\"B\" vendor-signature=\"BBBBBBBBBBBB\"/>\n"
             "<interface id=\"c\" name=\"C\" vendor-signature=\"CCCCCCCCCCCC\"/>\n"
             "<interface id=\"d\" name=\"D\" vendor-signature=\"DDDDDDDDDDDD\"/>\n"
             "<interface id=\"e\" name=\"E\" vendor-signature=\"EEEEEEEEEEEE\"/>\n"
             "<interface id=\"f\" name=\"F\" interface-signature=\"Ff#1\"/>\n"
             "<hypervisor id=\"h\" name=\"H\">\n"                                /* 8 */
             "<presents interface=\"f\" base=\"0x40000000\"/>\n"                 /* 9 */
             "<presents interface=\"a\" base=\"0x40000000\"/>\n"                 /* 10 */
             "<presents interface=\"b\" base=\"0x40000000\"/>\n"                 /* 11 */
             "<presents interface=\"c\" base=\"0x40000000\"/>\n"                 /* 12 */
             "<presents interface=\"d\" base=\"0x40000000\"/>\n"                 /* 13 */
             "<presents interface=\"e\" base=\"0x40000000\" overrides=\"f\"/>\n" /* 14 */
             "</hypervisor>\n</vendor>\n");
    run_check(&r, HV_CHECK_PLACEMENT_OVERLAP, hv_check_placement_overlap, NULL);
    hv_diag_sort(&r.sink);
    assert_int_equal(r.sink.count, 2);
    assert_finding(&r.sink.items[0], 14,
                   "hypervisor 'h' presents 'e' at base 0x40000000 with overrides=\"f\", but "
                   "'f' is identified by interface signature",
                   1);
    assert_finding(&r.sink.items[1], 14,
                   "hypervisor 'h' presents 'e' and 4 other interfaces at base 0x40000000, all "
                   "claiming offset 0x00 there: 'a', 'b', 'c' and 1 more;",
                   3);
    unload(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocation_pairs_match_the_pair_loop),
        cmocka_unit_test(placement_pairs_match_the_pair_loop),
        cmocka_unit_test(crowded_generics_per_range),
        cmocka_unit_test(crowded_interface_per_range),
        cmocka_unit_test(crowded_base_per_range),
        cmocka_unit_test(crowded_generics_acknowledged),
        cmocka_unit_test(crowded_base_forbidden_override),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
