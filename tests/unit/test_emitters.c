/* test_emitters.c - the table of outputs (gen/emit/emitters.c): every row's
 * files match the path it declares, export rows make exactly one file, the
 * --format names come from the table, and emitters show the diagnostics they
 * are handed instead of running the checks again. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fnmatch.h>
#include <string.h>

#include "gen/emit/emitters.h"
#include "validate/checks.h"
#include "validate/load.h"

/* A registry loaded and checked at the default levels. */
typedef struct loaded {
    hv_check_config config;
    hv_diag_sink sink;
    hv_registry *reg;
} loaded;

static bool load(loaded *l, const char *path)
{
    hv_check_config_init(&l->config);
    hv_diag_sink_init(&l->sink, &l->config);
    l->reg = hv_registry_load(&path, 1, &l->sink);
    if (!l->reg)
        return false;
    hv_run_checks(l->reg, &l->sink);
    hv_diag_sort(&l->sink);
    return l->sink.errors == 0;
}

static int load_shipped(void **state)
{
    static loaded l;
    *state = &l;
    return load(&l, "spec/registry.xml") ? 0 : -1;
}

static int unload(void **state)
{
    loaded *l = *state;
    hv_registry_free(l->reg);
    hv_diag_sink_free(&l->sink);
    return 0;
}

static void rows_write_what_they_declare(void **state)
{
    loaded *l = *state;
    size_t count;
    const hv_emitter *rows = hv_emitters(&count);
    char err[256] = "";
    hv_emit_ctx ctx = {l->reg, &l->sink, err, sizeof err};
    for (size_t i = 0; i < count; i++) {
        assert_true(rows[i].format || rows[i].path); /* a row nobody can reach */
        hv_outputs outs;
        hv_outputs_init(&outs);
        assert_true(rows[i].emit(&ctx, &outs));
        assert_true(outs.count >= 1);
        if (rows[i].format)
            assert_int_equal(outs.count, 1);
        for (size_t k = 0; rows[i].path && k < outs.count; k++) {
            if (fnmatch(rows[i].path, outs.items[k].path, FNM_PATHNAME) != 0)
                fail_msg("row %s wrote %s", rows[i].path, outs.items[k].path);
            assert_true(outs.items[k].data.len > 0);
        }
        hv_outputs_free(&outs);
    }
}

static void export_formats_come_from_the_table(void **state)
{
    (void)state;
    size_t count, formats = 0;
    const hv_emitter *rows = hv_emitters(&count);
    for (size_t i = 0; i < count; i++)
        if (rows[i].format) {
            assert_ptr_equal(hv_export_emitter(formats), &rows[i]);
            assert_string_equal(hv_export_format(formats), rows[i].format);
            formats++;
        }
    assert_null(hv_export_format(formats));
    assert_null(hv_export_emitter(formats));
    assert_string_equal(hv_export_format(0), "json"); /* export's default */
    assert_int_equal(formats, 3);
}

/* gen writes every row with a path, once each. */
static void gen_writes_every_path_row(void **state)
{
    loaded *l = *state;
    char err[256] = "";
    hv_emit_ctx ctx = {l->reg, &l->sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    assert_true(hv_emit_all(&ctx, &outs));
    size_t count;
    const hv_emitter *rows = hv_emitters(&count);
    for (size_t i = 0; i < count; i++) {
        size_t hits = 0;
        for (size_t k = 0; k < outs.count; k++)
            hits += rows[i].path && fnmatch(rows[i].path, outs.items[k].path, FNM_PATHNAME) == 0;
        assert_true(rows[i].path ? hits > 0 : hits == 0);
    }
    for (size_t k = 0; k < outs.count; k++)
        assert_null(strstr(outs.items[k].path, "canonical")); /* export only */
    hv_outputs_free(&outs);
}

/* The outputs of one run share one limit: past it every emitter stops, gen
 * writes nothing and the reason names the limit; the shipped registry's
 * outputs fit the budget its size gives (8 times its size; 256 allowed). */
static void outputs_stop_at_the_limit(void **state)
{
    loaded *l = *state;
    char err[512] = "";
    hv_emit_ctx ctx = {l->reg, &l->sink, err, sizeof err};
    hv_outputs outs;
    hv_outputs_init(&outs);
    hv_outputs_limit(&outs, 100000);
    assert_false(hv_emit_all(&ctx, &outs));
    assert_true(hv_outputs_over_budget(&outs));
    assert_non_null(strstr(err, "the outputs would pass"));
    size_t total = 0;
    for (size_t k = 0; k < outs.count; k++)
        total += outs.items[k].data.len;
    assert_true(total <= 100000);
    hv_outputs_free(&outs);

    hv_outputs_init(&outs);
    assert_true(hv_emit_all(&ctx, &outs));
    total = 0;
    for (size_t k = 0; k < outs.count; k++)
        total += outs.items[k].data.len;
    assert_true(total < 16 * l->reg->bytes);
    assert_true(l->reg->bytes > 100000 && hv_output_budget(l->reg) > total);
    hv_outputs_free(&outs);
}

/* The page shows the findings it is given: a registry's warning with the
 * run's sink, none without one. An emitter that ran the checks itself would
 * show it both times. */
static void html_shows_the_diagnostics_it_is_given(void **state)
{
    (void)state;
    loaded l;
    assert_true(load(&l, "tests/bad/reservation-overlap.xml")); /* a warning by default */
    assert_true(l.sink.warnings > 0);
    size_t count;
    const hv_emitter *rows = hv_emitters(&count), *html = NULL;
    for (size_t k = 0; k < count; k++)
        if (rows[k].path && strcmp(rows[k].path, "html/index.html") == 0)
            html = &rows[k];
    assert_non_null(html);
    const hv_diag_sink *given[] = {&l.sink, NULL};
    for (int i = 0; i < 2; i++) {
        char err[256] = "";
        hv_emit_ctx ctx = {l.reg, given[i], err, sizeof err};
        hv_outputs outs;
        hv_outputs_init(&outs);
        assert_true(html->emit(&ctx, &outs));
        const char *page = hv_strbuf_cstr(&outs.items[0].data);
        if (given[i])
            assert_non_null(strstr(page, "<li id=\"report_1\" class=\"warning\">"));
        else
            assert_null(strstr(page, "id=\"report_1\""));
        hv_outputs_free(&outs);
    }
    hv_registry_free(l.reg);
    hv_diag_sink_free(&l.sink);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows_write_what_they_declare),
        cmocka_unit_test(export_formats_come_from_the_table),
        cmocka_unit_test(gen_writes_every_path_row),
        cmocka_unit_test(outputs_stop_at_the_limit),
        cmocka_unit_test(html_shows_the_diagnostics_it_is_given),
    };
    return cmocka_run_group_tests(tests, load_shipped, unload);
}
