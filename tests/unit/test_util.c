/* test_util.c - the base layer (validate/util/): arena budget, JSON writer,
 * array growth, printf into a fresh string, visible escapes and cuts on
 * character boundaries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/arena.h"
#include "validate/util/grow.h"
#include "validate/util/json_writer.h"
#include "validate/util/strbuf.h"
#include "validate/util/text.h"

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

/* Appends grow the array by doubling from HV_GROW_FIRST and keep every item. */
static void grow_appends_and_doubles(void **state)
{
    (void)state;
    int *items = NULL;
    size_t count = 0, cap = 0;
    for (int i = 0; i < 1000; i++) {
        assert_true(HV_GROW(items, count, cap));
        items[count++] = i;
    }
    assert_int_equal(cap, 1024); /* 16 doubled six times */
    for (int i = 0; i < 1000; i++)
        assert_int_equal(items[i], i);
    assert_true(HV_GROW(items, 5, cap)); /* room already there: nothing moves */
    assert_int_equal(cap, 1024);
    free(items);
}

/* Sizes that would overflow are refused, leaving the array as it was. */
static void grow_refuses_overflow(void **state)
{
    (void)state;
    size_t cap = 0;
    char *p = hv_grow_array(NULL, SIZE_MAX / 2 + 1, &cap, 1);
    assert_null(p);
    assert_int_equal(cap, 0);
    p = hv_grow_array(NULL, 0, &cap, SIZE_MAX / 8); /* 16 elements of that size */
    assert_null(p);
    assert_int_equal(cap, 0);
    char one[1] = {'x'};
    size_t full = 1;
    assert_ptr_equal(hv_grow_array(one, 0, &full, 1), one); /* count < cap: untouched */
}

static char *printed(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = hv_vasprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* hv_vasprintf measures first, so long output is never cut. */
static void vasprintf_prints_whole_strings(void **state)
{
    (void)state;
    char *s = printed("%s-%d-%05u", "leaf", 7, 42u);
    assert_string_equal(s, "leaf-7-00042");
    free(s);
    char long_arg[5000];
    memset(long_arg, 'a', sizeof long_arg - 1);
    long_arg[sizeof long_arg - 1] = '\0';
    s = hv_asprintf("[%s]", long_arg);
    assert_int_equal(strlen(s), sizeof long_arg + 1);
    assert_int_equal(s[sizeof long_arg], ']');
    free(s);
    s = hv_asprintf("%s", "");
    assert_string_equal(s, "");
    free(s);
}

static char *shown(const char *s, size_t n)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_visible(&sb, s, n);
    hv_strbuf_putc(&sb, '\0');
    return sb.data;
}

/* Every line break, control, bidirectional or invisible character and every
 * byte that is not UTF-8 becomes a visible escape; the rest, backslash and
 * printable non-ASCII included, stays as it is. */
static void visible_escapes_what_hides_text(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"plain kvm-1 \\0 \"q\"", "plain kvm-1 \\0 \"q\""},
        {"a\nb\rc\td", "a\\nb\\rc\\td"},
        {"\x1b[31m\x7f\x01", "\\x1b[31m\\x7f\\x01"},
        {"\xc2\x85\xc2\x9b", "\\u0085\\u009b"}, /* C1: NEL, CSI */
        {"\xe2\x80\xae\xe2\x81\xa6\xe2\x80\x8f\xd8\x9c", "\\u202e\\u2066\\u200f\\u061c"}, /* bidi */
        {"\xe2\x80\xa8\xe2\x80\xa9\xef\xbb\xbf", "\\u2028\\u2029\\ufeff"},
        {"\xf3\xa0\x80\x81", "\\U000e0001"},                                       /* a tag */
        {"caf\xc3\xa9 \xe2\x80\x94", "caf\xc3\xa9 \xe2\x80\x94"},                  /* printable */
        {"\xff\xc3(\xed\xa0\x80\xc0\xaf", "\\xff\\xc3(\\xed\\xa0\\x80\\xc0\\xaf"}, /* not UTF-8 */
        {"\xe2\x80", "\\xe2\\x80"},                                                /* cut short */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = shown(cases[i].in, strlen(cases[i].in));
        assert_string_equal(s, cases[i].out);
        assert_true(hv_visible_clean(s));
        assert_int_equal(hv_visible_clean(cases[i].in), strcmp(cases[i].in, cases[i].out) == 0);
        free(s);
    }
}

/* A cut never ends inside a character; shorter strings are left whole. */
static void utf8_cut_keeps_characters_whole(void **state)
{
    (void)state;
    const char *s = "ab\xc3\xa9\xe2\x80\xae\xf0\x9f\x98\x80z"; /* a b é U+202E U+1F600 z */
    size_t n = strlen(s);
    static const size_t want[] = {0, 1, 2, 2, 4, 4, 4, 7, 7, 7, 7, 11, 12, 12};
    for (size_t max = 0; max < sizeof want / sizeof want[0]; max++)
        assert_int_equal(hv_utf8_cut(s, n, max), want[max]);
    assert_int_equal(hv_utf8_cut("\x80\x80\x80\x80\x80\x80", 6, 5),
                     1); /* garbage: 4 back at most */
}

/* JSON strings hide nothing and always parse: hidden characters as \u
 * escapes (a surrogate pair past U+FFFF), bytes that are not UTF-8 as
 * U+FFFD. */
static void json_writer_escapes_hidden_characters(void **state)
{
    (void)state;
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_json j;
    hv_json_init(&j, &sb);
    hv_json_string(&j, "x\xe2\x80\xae\xc2\x85\xf3\xa0\x80\x81\xff\xc3\xa9");
    assert_string_equal(hv_strbuf_cstr(&sb), "\"x\\u202e\\u0085\\udb40\\udc01\\ufffd\xc3\xa9\"");
    hv_strbuf_free(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_refuses_past_budget),
        cmocka_unit_test(json_writer_escapes_and_nests),
        cmocka_unit_test(grow_appends_and_doubles),
        cmocka_unit_test(grow_refuses_overflow),
        cmocka_unit_test(vasprintf_prints_whole_strings),
        cmocka_unit_test(visible_escapes_what_hides_text),
        cmocka_unit_test(utf8_cut_keeps_characters_whole),
        cmocka_unit_test(json_writer_escapes_hidden_characters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
