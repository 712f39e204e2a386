/* test_blame.c - first come, first served (validate/blame.c): which side of a
 * conflict is the newcomer, and which findings of a run a baseline already
 * had, counted once per occurrence, with -Werror undone for those. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "validate/blame.h"
#include "validate/checks.h"
#include "validate/load.h"

typedef struct loaded {
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg;
} loaded;

static void load(loaded *l, const char *path)
{
    hv_check_config_init(&l->cfg);
    hv_diag_sink_init(&l->sink, &l->cfg);
    l->reg = hv_registry_load(&path, 1, &l->sink);
    assert_non_null(l->reg);
    assert_int_equal(l->sink.errors, 0);
}

static void unload(loaded *l)
{
    hv_registry_free(l->reg);
    hv_diag_sink_free(&l->sink);
}

/* Fingerprints name the object and its claim, never where it is written. */
static void fingerprints_name_object_and_claim(void **state)
{
    (void)state;
    loaded l;
    load(&l, "tests/free/fixture.xml");
    const hv_interface *alpha = hv_registry_find_interface(l.reg, "alpha");
    char *fp = hv_fp_vendor_signature(alpha);
    assert_string_equal(fp, "vendor-signature 416c706861416c706861416c of alpha");
    free(fp);
    fp = hv_fp_allocation(&alpha->allocations[0]);
    assert_string_equal(fp, "allocation 0x0..0x3 active of interface alpha");
    free(fp);
    fp = hv_fp_placement(alpha->placements[0]);
    assert_string_equal(fp, "placement of alpha at 0x40000100 by box claiming 0x00..0x03");
    free(fp);
    unload(&l);
}

/* Without a baseline the check's rule stands; with one, the side OLD does
 * not have is blamed, whichever the rule picked; with both or neither in
 * OLD, the rule stands again. */
static void the_newcomer_is_blamed(void **state)
{
    (void)state;
    loaded l;
    load(&l, "tests/free/fixture.xml");
    hv_baseline *b = hv_baseline_new(l.reg, &l.sink);
    assert_non_null(b);
    const hv_interface *alpha = hv_registry_find_interface(l.reg, "alpha");
    hv_conflict c;
    hv_conflict_init(&c, NULL, strdup("x"), hv_fp_vendor_signature(alpha), false);
    assert_int_equal(c.blamed, 1);
    hv_conflict_done(&c, NULL, HV_CHECK_DUPLICATE_VENDOR_SIGNATURE);
    hv_conflict_init(&c, b, strdup("new"), hv_fp_vendor_signature(alpha), false);
    assert_int_equal(c.blamed, 0);
    hv_conflict_done(&c, NULL, HV_CHECK_DUPLICATE_VENDOR_SIGNATURE);
    hv_conflict_init(&c, b, hv_fp_vendor_signature(alpha), strdup("new"), true);
    assert_int_equal(c.blamed, 1);
    hv_conflict_done(&c, NULL, HV_CHECK_DUPLICATE_VENDOR_SIGNATURE);
    hv_conflict_init(&c, b, strdup("new"), strdup("also new"), true);
    assert_int_equal(c.blamed, 0);
    hv_conflict_done(&c, NULL, HV_CHECK_DUPLICATE_VENDOR_SIGNATURE);
    hv_baseline_free(b);
    unload(&l);
}

/* Reports one finding keyed `key` (NULL: keyed by its message). */
static hv_diag *finding(hv_diag_sink *sink, hv_check_id check, const char *key, const char *msg)
{
    hv_diag *d = hv_report(sink, check, (hv_loc){"f.xml", 1, 1}, "%s", msg);
    if (key)
        hv_diag_set_key(d, strdup(key));
    return d;
}

/* OLD had key k twice and message m once: of three k and one m now, two k
 * and the m are unchanged; the third k is new. Unchanged findings leave
 * the counts, and -Werror's promotion of them is undone. */
static void classify_counts_occurrences(void **state)
{
    (void)state;
    loaded l;
    load(&l, "tests/free/fixture.xml");
    finding(&l.sink, HV_CHECK_RESERVATION_OVERLAP, "k", "one");
    finding(&l.sink, HV_CHECK_RESERVATION_OVERLAP, "k", "two");
    finding(&l.sink, HV_CHECK_NAME_SYNTAX, NULL, "m");
    hv_baseline *b = hv_baseline_new(l.reg, &l.sink);
    assert_non_null(b);
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    cfg.werror = true;
    hv_diag_sink now;
    hv_diag_sink_init(&now, &cfg);
    for (int i = 0; i < 3; i++)
        finding(&now, HV_CHECK_RESERVATION_OVERLAP, "k", "again");
    finding(&now, HV_CHECK_NAME_SYNTAX, NULL, "m");
    finding(&now, HV_CHECK_NAME_SYNTAX, NULL, "other message");
    assert_int_equal(now.errors, 5);
    hv_baseline_classify(b, &now);
    assert_true(now.baseline);
    assert_int_equal(now.unchanged, 3);
    assert_int_equal(now.errors, 2);
    assert_int_equal(now.warnings, 0);
    assert_int_equal(now.items[0].baseline, HV_BASELINE_UNCHANGED);
    assert_int_equal(now.items[0].severity, HV_SEV_WARNING); /* promoted, then undone */
    assert_int_equal(now.items[2].baseline, HV_BASELINE_NEW);
    assert_int_equal(now.items[2].severity, HV_SEV_ERROR);
    assert_int_equal(now.items[3].baseline, HV_BASELINE_UNCHANGED);
    assert_int_equal(now.items[3].severity, HV_SEV_ERROR); /* an error of its own */
    assert_int_equal(now.items[4].baseline, HV_BASELINE_NEW);
    hv_diag_sink_free(&now);
    hv_baseline_free(b);
    unload(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fingerprints_name_object_and_claim),
        cmocka_unit_test(the_newcomer_is_blamed),
        cmocka_unit_test(classify_counts_occurrences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
