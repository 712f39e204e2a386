/* test_claims.c - the collision model (validate/claims.c) and the free-space
 * query on it (validate/free.c), over tests/free/fixture.xml: what each
 * interface uses and holds, who its neighbours are, what a query refuses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "validate/checks.h"
#include "validate/claims.h"
#include "validate/free.h"
#include "validate/load.h"

typedef struct loaded {
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg;
} loaded;

static int setup(void **state)
{
    loaded *l = calloc(1, sizeof *l);
    hv_check_config_init(&l->cfg);
    hv_diag_sink_init(&l->sink, &l->cfg);
    const char *paths[] = {"tests/free/fixture.xml"};
    l->reg = hv_registry_load(paths, 1, &l->sink);
    if (!l->reg || l->sink.errors)
        return -1;
    *state = l;
    return 0;
}

static int teardown(void **state)
{
    loaded *l = *state;
    hv_registry_free(l->reg);
    hv_diag_sink_free(&l->sink);
    free(l);
    return 0;
}

static const hv_interface *iface(void **state, const char *id)
{
    const hv_interface *i = hv_registry_find_interface(((loaded *)*state)->reg, id);
    assert_non_null(i);
    return i;
}

/* "0x00..0x03, 0x40" for the offsets in the set (hv_offsets_format, the
 * words the checks use), "" for none, to compare in one line. */
static const char *shown(const hv_offsets *set)
{
    static char buf[1024];
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_offsets_format(set, &sb);
    snprintf(buf, sizeof buf, "%s", strcmp(hv_strbuf_cstr(&sb), "none") ? hv_strbuf_cstr(&sb) : "");
    hv_strbuf_free(&sb);
    return buf;
}

static const char *offsets_of(const hv_interface *i, const hv_presents *pr, unsigned what)
{
    hv_offsets set;
    memset(&set, 0, sizeof set);
    hv_offsets_of_interface(i, pr, what, &set);
    return shown(&set);
}

static const hv_presents *placement(const hv_interface *i, uint32_t base)
{
    for (size_t p = 0; p < i->placement_count; p++)
        if (i->placements[p]->base == base)
            return i->placements[p];
    fail_msg("no placement of %s at 0x%08x", i->id, base);
    return NULL;
}

/* Used: leaves and identifying signatures (a product's own string too);
 * held: allocations that are not withdrawn. */
static void interfaces_use_and_hold(void **state)
{
    const hv_interface *alpha = iface(state, "alpha"), *delta = iface(state, "delta");
    assert_string_equal(offsets_of(alpha, NULL, HV_OFFSETS_USED), "0x00..0x01, 0x03");
    assert_string_equal(offsets_of(alpha, NULL, HV_OFFSETS_HELD), "0x00..0x03");
    assert_string_equal(offsets_of(delta, NULL, HV_OFFSETS_USED), "0x01..0x02, 0x40");
    const hv_presents *next = placement(delta, 0x40000200);
    assert_string_equal(offsets_of(delta, next, HV_OFFSETS_USED), "0x00..0x02, 0x40");
    assert_string_equal(offsets_of(delta, NULL, HV_OFFSETS_HELD), "0x00..0x02"); /* not 0x10 */
    assert_string_equal(offsets_of(iface(state, "epsilon"), NULL, HV_OFFSETS_HELD), "");
    assert_string_equal(offsets_of(iface(state, "zeta"), NULL, HV_OFFSETS_USED | HV_OFFSETS_HELD),
                        "0x01..0x03");
}

/* Generic allocations hold their offsets unless withdrawn. */
static void generics_hold_unless_withdrawn(void **state)
{
    hv_offsets set;
    memset(&set, 0, sizeof set);
    hv_offsets_of_generics(((loaded *)*state)->reg, &set);
    assert_string_equal(shown(&set), "0x40, 0x50..0x5f");
}

static void count_claim(void *arg, const hv_claim *c)
{
    char *kinds = arg;
    size_t n = strlen(kinds);
    kinds[n] = c->kind == HV_CLAIM_ALLOCATION ? 'A' : c->kind == HV_CLAIM_LEAF ? 'L' : 'S';
    kinds[n + 1] = '\0';
}

/* Claims come allocations first, then leaves (one per sub-leaf), then
 * signatures: the order the leaf map draws them in. */
static void claims_in_order(void **state)
{
    char kinds[32] = "";
    hv_interface_claims(iface(state, "delta"), NULL, count_claim, kinds);
    assert_string_equal(kinds, "AALLLS");
    kinds[0] = '\0';
    hv_interface_claims(iface(state, "epsilon"), NULL, count_claim, kinds);
    assert_string_equal(kinds, "LLS");
}

static void collect_neighbour(void *arg, const hv_presents *pr)
{
    char *ids = arg;
    strcat(ids, pr->iface->id);
    strcat(ids, " ");
}

/* The interfaces shown at a base, or (with `beside`) those its product
 * shows beside its placement there. */
static const char *neighbours(void **state, uint32_t base, const char *beside)
{
    static char ids[128];
    ids[0] = '\0';
    if (beside)
        hv_beside(placement(iface(state, beside), base), collect_neighbour, ids);
    else
        hv_shown_at(((loaded *)*state)->reg, base, collect_neighbour, ids);
    return ids;
}

/* Products that place anything place interfaces; beside one placement,
 * only the same product's others at that base count, not itself, and not
 * one that overrides it (or that it overrides). */
static void neighbours_at_a_base(void **state)
{
    assert_string_equal(neighbours(state, 0x40000100, NULL), "alpha beta ");
    assert_string_equal(neighbours(state, 0x40000100, "beta"), ""); /* different products */
    assert_string_equal(neighbours(state, 0x40000300, "beta"), ""); /* beta overrides alpha */
    assert_string_equal(neighbours(state, 0x40000500, "zeta"), "epsilon ");
    assert_string_equal(neighbours(state, 0x40000400, NULL), "");      /* a withdrawn product */
    assert_string_equal(neighbours(state, 0x40000000, NULL), "beta "); /* not alpha nor eta */
    const hv_interface *beta = iface(state, "beta");
    const hv_presents *mode_beta = placement(beta, 0x40000300);
    const hv_presents *mode_alpha = placement(iface(state, "alpha"), 0x40000300);
    assert_true(hv_presents_overrides(mode_alpha, mode_beta));
    assert_false(hv_presents_overrides(placement(iface(state, "alpha"), 0x40000100),
                                       placement(beta, 0x40000100)));
    assert_true(hv_override_allowed(iface(state, "alpha")));
    assert_false(hv_override_allowed(beta)); /* identified by Bt#1 at base+1 */
}

/* Namespaces: an interface's own, shared with generics it does not follow. */
static void namespaces_and_follows(void **state)
{
    const hv_registry *reg = ((loaded *)*state)->reg;
    const hv_interface *alpha = iface(state, "alpha"), *delta = iface(state, "delta");
    const hv_allocation *shared = hv_registry_find_allocation(reg, "shared");
    assert_non_null(shared);
    assert_true(hv_interface_follows(delta, shared));
    assert_false(hv_allocations_share_namespace(&delta->allocations[0], shared));
    assert_true(hv_allocations_share_namespace(&alpha->allocations[0], shared));
    assert_false(hv_allocations_share_namespace(&alpha->allocations[0],
                                                &iface(state, "beta")->allocations[0]));
    assert_true(hv_interface_holds(delta, 0x40));  /* through <follows> */
    assert_false(hv_interface_holds(delta, 0x10)); /* its own, but withdrawn */
    assert_false(hv_interface_holds(alpha, 0x04));
}

static void standings_and_bases(void **state)
{
    (void)state;
    assert_int_equal(hv_status_standing(HV_STATUS_ACTIVE), HV_STANDING_IN_FORCE);
    assert_int_equal(hv_status_standing(HV_STATUS_DEPRECATED), HV_STANDING_IN_FORCE);
    assert_int_equal(hv_status_standing(HV_STATUS_DISPUTED), HV_STANDING_IN_FORCE);
    assert_int_equal(hv_status_standing(HV_STATUS_PROPOSED), HV_STANDING_TENTATIVE);
    assert_int_equal(hv_status_standing(HV_STATUS_RESERVED), HV_STANDING_TENTATIVE);
    assert_int_equal(hv_status_standing(HV_STATUS_WITHDRAWN), HV_STANDING_RETIRED);
    assert_int_equal(hv_status_standing(HV_STATUS_LAPSED), HV_STANDING_RETIRED);
    assert_true(hv_is_base(0x40000000));
    assert_true(hv_is_base(0x4000ff00));
    assert_false(hv_is_base(0x40000080));
    assert_false(hv_is_base(0x40010000));
    assert_false(hv_is_base(0x3fffff00));
}

static bool is_free(const hv_free_answer *a, unsigned slot)
{
    return a->slot[slot].count == 0;
}

/* The reason that takes slot first, in words. */
static const char *first_reason(const hv_free_answer *a, unsigned slot)
{
    static char buf[256];
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    assert_true(a->slot[slot].count > 0);
    hv_taken_describe(&a->reasons[a->slot[slot].reasons[0]], &sb);
    snprintf(buf, sizeof buf, "%s", hv_strbuf_cstr(&sb));
    hv_strbuf_free(&sb);
    return buf;
}

/* The query answers with every reason, or refuses with its reason. */
static void free_query_answers_or_says_why(void **state)
{
    const hv_registry *reg = ((loaded *)*state)->reg;
    hv_free_answer a;
    char err[256] = "";
    hv_free_query q = {.interface_id = "beta"};
    assert_true(hv_free_offsets(reg, &q, &a, err, sizeof err));
    /* own 0x00-0x01 and 0x20-0x27, generics; alpha is overridden at 0x40000300 */
    assert_string_equal(first_reason(&a, 0x01), "'beta' already holds it (active allocation "
                                                "0x00..0x01)");
    assert_false(is_free(&a, 0x27));
    assert_string_equal(first_reason(&a, 0x50),
                        "generic allocation 'idea' (proposed 0x50..0x5f) holds it");
    assert_true(is_free(&a, 0x03)); /* alpha's, but beta overrides it there */
    assert_true(is_free(&a, 0x60)); /* a withdrawn generic holds nothing */
    hv_free_answer_free(&a);
    q = (hv_free_query){.interface_id = "eta"};
    assert_true(hv_free_offsets(reg, &q, &a, err, sizeof err));
    assert_true(is_free(&a, 0x00)); /* its own signature offset */
    assert_true(is_free(&a, 0x40)); /* a generic allocation it follows */
    assert_string_equal(first_reason(&a, 0x41),
                        "above the max-leaf 0x40 of 'eta' (raise max-leaf to take it)");
    hv_free_answer_free(&a);
    q = (hv_free_query){.interface_id = "zeta"};
    assert_true(hv_free_offsets(reg, &q, &a, err, sizeof err));
    assert_string_equal(first_reason(&a, 0x30), "'epsilon', which 'solo' shows beside 'zeta' at "
                                                "0x40000500, uses it (leaf 0x30 features)");
    hv_free_answer_free(&a);
    assert_true(hv_free_bases(reg, &a));
    assert_true(is_free(&a, 4)); /* 0x40000400: only a withdrawn product */
    assert_string_equal(first_reason(&a, 0), "'box' shows 'beta' there");
    hv_free_answer_free(&a);
    q = (hv_free_query){.has_base = true, .base = 0x40000080};
    assert_false(hv_free_offsets(reg, &q, &a, err, sizeof err));
    assert_string_equal(err, "0x40000080 is not a hypervisor base; bases are multiples of 0x100 "
                             "from 0x40000000 to 0x4000ff00");
    q = (hv_free_query){.interface_id = "nope"};
    assert_false(hv_free_offsets(reg, &q, &a, err, sizeof err));
    assert_string_equal(err, "no interface 'nope' in the registry");
    hv_free_bits bits;
    q = (hv_free_query){.interface_id = "delta", .has_leaf = true, .leaf = 2, .reg_name = "eax"};
    assert_false(hv_free_bits_of(reg, &q, &bits, err, sizeof err));
    assert_string_equal(err, "interface 'delta' defines no leaf 0x02");
    q.has_subleaf = true;
    q.subleaf = 1;
    assert_true(hv_free_bits_of(reg, &q, &bits, err, sizeof err));
    assert_int_equal(bits.named, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interfaces_use_and_hold),
        cmocka_unit_test(generics_hold_unless_withdrawn),
        cmocka_unit_test(claims_in_order),
        cmocka_unit_test(neighbours_at_a_base),
        cmocka_unit_test(namespaces_and_follows),
        cmocka_unit_test(standings_and_bases),
        cmocka_unit_test(free_query_answers_or_says_why),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
