/* test_checks.c - the check table and its configuration (validate/checks.c) and
 * the diagnostics sink (validate/diag.c) with its text formatter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/util/strbuf.h"

/* Every id has a row: a unique name that finds it again, a summary, and a
 * prerequisite that runs before it (so the prerequisite walk ends and a
 * skipped check's cause has already run). */
static void table_rows_match_their_ids(void **state)
{
    (void)state;
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    assert_int_equal(count, HV_CHECK_COUNT);
    for (int id = 0; id < HV_CHECK_COUNT; id++) {
        const hv_check *c = &checks[id];
        assert_non_null(c->name);
        assert_non_null(c->summary);
        assert_int_equal(hv_check_find(c->name), id);
        assert_string_equal(hv_check_name((hv_check_id)id), c->name);
        assert_true(c->prereq == HV_CHECK_NONE || (c->prereq >= 0 && c->prereq < id));
        if (c->fixed)
            assert_int_equal(c->default_level, HV_LEVEL_ERROR);
    }
    assert_null(hv_check_name(HV_CHECK_NONE));
    assert_null(hv_check_name(HV_CHECK_COUNT));
    assert_int_equal(hv_check_find("no-such-check"), HV_CHECK_NONE);
}

/* Rows that share a function differ by their data; otherwise two checks
 * would report the same findings under two names. */
static void shared_functions_have_distinct_data(void **state)
{
    (void)state;
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    for (size_t i = 0; i < count; i++)
        for (size_t j = i + 1; j < count; j++)
            if (checks[i].run && checks[i].run == checks[j].run) {
                assert_non_null(checks[i].data);
                assert_non_null(checks[j].data);
                assert_ptr_not_equal(checks[i].data, checks[j].data);
            }
}

/* An error of a prerequisite skips everything that depends on it, down the
 * chain, with one note naming it; checks that are off are not counted. */
static void failed_prerequisite_skips_dependants(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    hv_registry empty;
    memset(&empty, 0, sizeof empty);
    hv_report(&sink, HV_CHECK_SCHEMA, (hv_loc){"a.xml", 1, 1}, "broken");
    hv_run_checks(&empty, &sink);
    assert_int_equal(sink.count, 2);
    assert_int_equal(sink.items[1].check, HV_CHECK_NONE);
    assert_string_equal(sink.items[1].message,
                        "27 checks skipped because 'schema' reported errors; fix those first");
    hv_diag_sink_free(&sink);

    hv_diag_sink_init(&sink, &cfg); /* a leaf of the chain: only its dependants */
    hv_report(&sink, HV_CHECK_NAME_SYNTAX, (hv_loc){"a.xml", 1, 1}, "bad name");
    hv_run_checks(&empty, &sink);
    assert_int_equal(sink.count, 2);
    assert_string_equal(sink.items[1].message,
                        "1 check skipped because 'name-syntax' reported errors; fix those first");
    hv_diag_sink_free(&sink);
}

static void config_options_apply_in_order(void **state)
{
    (void)state;
    hv_check_config cfg;
    char err[256];
    hv_check_config_init(&cfg);
    int id = hv_check_find("field-overlap");
    assert_true(id >= 0);
    assert_int_equal(cfg.levels[id], HV_LEVEL_ERROR);
    assert_true(hv_check_config_apply(&cfg, "-Wfield-overlap", err, sizeof err));
    assert_int_equal(cfg.levels[id], HV_LEVEL_WARNING);
    assert_true(hv_check_config_apply(&cfg, "-Efield-overlap", err, sizeof err));
    assert_int_equal(cfg.levels[id], HV_LEVEL_ERROR);
    assert_true(hv_check_config_apply(&cfg, "-Wno-field-overlap", err, sizeof err));
    assert_int_equal(cfg.levels[id], HV_LEVEL_OFF);
    assert_true(hv_check_config_apply(&cfg, "-Werror", err, sizeof err));
    assert_true(cfg.werror);
    assert_false(hv_check_config_apply(&cfg, "-Wnope", err, sizeof err));
    assert_non_null(strstr(err, "unknown check 'nope'"));
    assert_false(hv_check_config_apply(&cfg, "-Wno-xml", err, sizeof err));
    assert_non_null(strstr(err, "cannot be disabled"));
}

/* gcc's -Werror=NAME and -Wno-error=NAME: one check raised, or kept a
 * warning under -Werror (an error by default is lowered); fixed checks stay. */
static void werror_name_and_no_error_name(void **state)
{
    (void)state;
    hv_check_config cfg;
    char err[256];
    hv_check_config_init(&cfg);
    int overlap = hv_check_find("field-overlap"), gap = hv_check_find("register-gap");
    int resv = hv_check_find("reservation-overlap");
    assert_int_equal(cfg.levels[gap], HV_LEVEL_OFF);
    assert_true(hv_check_config_apply(&cfg, "-Werror=register-gap", err, sizeof err));
    assert_int_equal(cfg.levels[gap], HV_LEVEL_ERROR);
    assert_true(hv_check_config_apply(&cfg, "-Wno-error=field-overlap", err, sizeof err));
    assert_int_equal(cfg.levels[overlap], HV_LEVEL_WARNING);
    assert_true(hv_check_config_apply(&cfg, "-Werror", err, sizeof err));
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    hv_report(&sink, overlap, (hv_loc){"a.xml", 1, 1}, "kept a warning");
    hv_report(&sink, resv, (hv_loc){"a.xml", 2, 1}, "raised by -Werror");
    assert_int_equal(sink.warnings, 1);
    assert_int_equal(sink.errors, 1);
    hv_diag_sink_free(&sink);
    assert_true(hv_check_config_apply(&cfg, "-Efield-overlap", err, sizeof err));
    assert_false(cfg.keep_warning[overlap]); /* a later -E makes it an error again */
    assert_false(hv_check_config_apply(&cfg, "-Wno-error=schema", err, sizeof err));
    assert_non_null(strstr(err, "cannot be lowered"));
    assert_false(hv_check_config_apply(&cfg, "-Werror=nope", err, sizeof err));
    assert_non_null(strstr(err, "unknown check 'nope' in '-Werror=nope'"));
}

/* An unknown name: the closest first, "did you mean" only when close. */
static void unknown_check_lists_closest_first(void **state)
{
    (void)state;
    hv_check_config cfg;
    char err[2048];
    hv_check_config_init(&cfg);
    hv_check_id order[HV_CHECK_COUNT];
    assert_int_equal(hv_check_closest("field-overlp", order), 1);
    assert_string_equal(hv_check_name(order[0]), "field-overlap");
    assert_false(hv_check_config_apply(&cfg, "-Wfield-overlp", err, sizeof err));
    assert_non_null(strstr(err, "did you mean 'field-overlap'?\nthe checks, closest first: "
                                "field-overlap, "));
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    for (size_t i = 0; i < count; i++)
        assert_non_null(strstr(err, checks[i].name));
    assert_false(hv_check_config_apply(&cfg, "-Wzzzzzzzzzzzzzzz", err, sizeof err));
    assert_null(strstr(err, "did you mean"));
}

static void sink_applies_levels_and_sorts(void **state)
{
    (void)state;
    hv_check_config cfg;
    char err[64];
    hv_check_config_init(&cfg);
    int overlap = hv_check_find("field-overlap"), dup = hv_check_find("duplicate-leaf");
    assert_true(hv_check_config_apply(&cfg, "-Wfield-overlap", err, sizeof err));
    assert_true(hv_check_config_apply(&cfg, "-Wno-duplicate-leaf", err, sizeof err));
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    hv_diag *d = hv_report(&sink, overlap, (hv_loc){"b.xml", 9, 1}, "second %d", 2);
    hv_diag_add_note(d, (hv_loc){"b.xml", 3, 4}, "other side");
    hv_report(&sink, overlap, (hv_loc){"a.xml", 12, 3}, "first");
    assert_null(hv_report(&sink, dup, (hv_loc){"a.xml", 1, 1}, "silenced"));
    assert_int_equal(sink.warnings, 2);
    assert_int_equal(sink.errors, 0);
    hv_diag_sort(&sink);
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_diag_format_text(&sink, &sb);
    assert_string_equal(hv_strbuf_cstr(&sb), "a.xml:12:3: warning: first [field-overlap]\n"
                                             "b.xml:9:1: warning: second 2 [field-overlap]\n"
                                             "b.xml:3:4: note: other side\n"
                                             "0 errors, 2 warnings\n");
    hv_strbuf_free(&sb);
    hv_diag_sink_free(&sink);
}

/* gcc's colours and escapes, byte for byte (gcc 12 -fdiagnostics-color):
 * the location bold, the severity and the [name] in its colour, the
 * message plain; the uncoloured text is the same with the escapes gone. */
static void text_is_coloured_as_gcc(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    int overlap = hv_check_find("field-overlap"), resv = hv_check_find("reservation-overlap");
    hv_diag *d = hv_report(&sink, overlap, (hv_loc){"a.xml", 2, 3}, "bad");
    hv_diag_add_note(d, (hv_loc){"a.xml", 1, 1}, "here");
    hv_report(&sink, resv, (hv_loc){NULL, 0, 0}, "odd");
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_diag_format_text_color(&sink, true, &sb);
    assert_string_equal(
        hv_strbuf_cstr(&sb),
        "\033[01m\033[Ka.xml:2:3:\033[m\033[K \033[01;31m\033[Kerror: \033[m\033[Kbad "
        "[\033[01;31m\033[Kfield-overlap\033[m\033[K]\n"
        "\033[01m\033[Ka.xml:1:1:\033[m\033[K \033[01;36m\033[Knote: \033[m\033[Khere\n"
        "\033[01m\033[Khvcpuid:\033[m\033[K \033[01;35m\033[Kwarning: \033[m\033[Kodd "
        "[\033[01;35m\033[Kreservation-overlap\033[m\033[K]\n"
        "1 error, 1 warning\n");
    hv_strbuf_free(&sb);
    hv_strbuf_init(&sb);
    hv_diag_format_text_color(&sink, false, &sb);
    assert_string_equal(hv_strbuf_cstr(&sb), "a.xml:2:3: error: bad [field-overlap]\n"
                                             "a.xml:1:1: note: here\n"
                                             "hvcpuid: warning: odd [reservation-overlap]\n"
                                             "1 error, 1 warning\n");
    hv_strbuf_free(&sb);
    hv_diag_sink_free(&sink);
}

static void sink_is_bounded(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_check_config_init(&cfg);
    hv_diag_sink sink;
    hv_diag_sink_init(&sink, &cfg);
    for (int i = 0; i < HV_DIAG_LIMIT + 50; i++)
        hv_report(&sink, 0, (hv_loc){"x.xml", (unsigned)i + 1, 1}, "finding");
    assert_int_equal(sink.count, HV_DIAG_LIMIT);
    assert_int_equal(sink.dropped, 50);
    assert_int_equal(sink.errors, HV_DIAG_LIMIT + 50); /* still counted for the exit status */
    hv_diag_sink_free(&sink);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_rows_match_their_ids),
        cmocka_unit_test(shared_functions_have_distinct_data),
        cmocka_unit_test(failed_prerequisite_skips_dependants),
        cmocka_unit_test(config_options_apply_in_order),
        cmocka_unit_test(werror_name_and_no_error_name),
        cmocka_unit_test(unknown_check_lists_closest_first),
        cmocka_unit_test(sink_applies_levels_and_sorts),
        cmocka_unit_test(text_is_coloured_as_gcc),
        cmocka_unit_test(sink_is_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
