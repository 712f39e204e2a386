/* test_core.c - arena budget, string buffer, JSON writer, check options. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "validate/util/arena.h"
#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/util/json_writer.h"
#include "validate/util/strbuf.h"

static void arena_refuses_past_budget(void **state)
{
    (void)state;
    hv_arena *a = hv_arena_new(1000);
    assert_non_null(a);
    char *p = hv_arena_alloc(a, 500);
    assert_non_null(p);
    assert_int_equal(((uintptr_t)p) % 16, 0);
    assert_null(hv_arena_alloc(a, 600));
    assert_non_null(hv_arena_alloc(a, 480));         /* 512 + 480 of 1000 used */
    assert_null(hv_arena_array(a, SIZE_MAX / 2, 4)); /* overflow, not a huge allocation */
    char *s = hv_arena_printf(a, "%s-%d", "x", 7);
    assert_null(s); /* budget used up */
    hv_arena_free(a);
    a = hv_arena_new(1 << 20);
    s = hv_arena_printf(a, "%s-%d", "x", 7);
    assert_string_equal(s, "x-7");
    assert_string_equal(hv_arena_strndup(a, "abcdef", 3), "abc");
    hv_arena_free(a);
}

static void json_writer_escapes_and_nests(void **state)
{
    (void)state;
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_json j;
    hv_json_init(&j, &sb);
    hv_json_object_begin(&j);
    hv_json_key(&j, "s");
    hv_json_string(&j, "a\"b\\c\n\x01</script>");
    hv_json_key(&j, "n");
    hv_json_uint(&j, 4294967295u);
    hv_json_key(&j, "list");
    hv_json_array_begin(&j);
    hv_json_bool(&j, true);
    hv_json_null(&j);
    hv_json_array_end(&j);
    hv_json_key(&j, "empty");
    hv_json_array_begin(&j);
    hv_json_array_end(&j);
    hv_json_object_end(&j);
    hv_json_finish(&j);
    assert_false(sb.failed);
    assert_string_equal(hv_strbuf_cstr(&sb),
                        "{\n  \"s\": \"a\\\"b\\\\c\\n\\u0001</script>\",\n  \"n\": 4294967295,\n"
                        "  \"list\": [\n    true,\n    null\n  ],\n  \"empty\": []\n}\n");
    hv_strbuf_free(&sb);
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
        cmocka_unit_test(arena_refuses_past_budget),
        cmocka_unit_test(json_writer_escapes_and_nests),
        cmocka_unit_test(config_options_apply_in_order),
        cmocka_unit_test(sink_applies_levels_and_sorts),
        cmocka_unit_test(sink_is_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
