/* test_parse.c - numbers, bit ranges, signatures and names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "validate/parse.h"

static void numbers_accept_decimal_and_hex(void **state)
{
    (void)state;
    uint32_t v = 0;
    const char *why = NULL;
    assert_true(hv_parse_u32("0", 0xFFFFFFFFu, &v, &why));
    assert_int_equal(v, 0);
    assert_true(hv_parse_u32("31", 0xFFFFFFFFu, &v, &why));
    assert_int_equal(v, 31);
    assert_true(hv_parse_u32("0x1f", 0xFFFFFFFFu, &v, &why));
    assert_int_equal(v, 31);
    assert_true(hv_parse_u32("0XFFFFFFFF", 0xFFFFFFFFu, &v, &why));
    assert_int_equal(v, 0xFFFFFFFFu);
    assert_true(hv_parse_u32("4294967295", 0xFFFFFFFFu, &v, &why));
    assert_int_equal(v, 0xFFFFFFFFu);
}

static void numbers_reject_bad_forms(void **state)
{
    (void)state;
    uint32_t v = 7;
    const char *why = NULL;
    const char *bad[] = {"",    "-1", "+1", "010",        "0x",          "0x1G",
                         "12a", " 1", "1 ", "4294967296", "0x100000000", "99999999999999999999999"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        why = NULL;
        assert_false(hv_parse_u32(bad[i], 0xFFFFFFFFu, &v, &why));
        assert_non_null(why);
    }
    assert_false(hv_parse_u32("256", 255, &v, &why));
    assert_string_equal(why, "out of range");
    assert_int_equal(v, 7); /* untouched on failure */
}

static void bits_single_and_range(void **state)
{
    (void)state;
    uint32_t msb = 0, lsb = 0;
    const char *why = NULL;
    assert_true(hv_parse_bits("5", &msb, &lsb, &why));
    assert_int_equal(msb, 5);
    assert_int_equal(lsb, 5);
    assert_true(hv_parse_bits("23:18", &msb, &lsb, &why));
    assert_int_equal(msb, 23);
    assert_int_equal(lsb, 18);
    assert_true(hv_parse_bits("0x1f:0", &msb, &lsb, &why));
    assert_int_equal(msb, 31);
    assert_false(hv_parse_bits("3:", &msb, &lsb, &why));
    assert_false(hv_parse_bits(":3", &msb, &lsb, &why));
    assert_false(hv_parse_bits("1:2:3", &msb, &lsb, &why));
}

static void signatures_unescape_exactly(void **state)
{
    (void)state;
    unsigned char out[64];
    size_t len = 0;
    const char *why = NULL;
    assert_true(hv_unescape_signature("KVMKVMKVM\\0\\0\\0", out, sizeof out, &len, &why));
    assert_int_equal(len, 12);
    assert_memory_equal(out, "KVMKVMKVM\0\0\0", 12);
    assert_true(hv_unescape_signature("bhyve bhyve ", out, sizeof out, &len, &why));
    assert_int_equal(len, 12);
    assert_int_equal(out[11], ' ');
    assert_true(hv_unescape_signature("\\x41\\\\\\xff", out, sizeof out, &len, &why));
    assert_int_equal(len, 3);
    assert_int_equal(out[0], 'A');
    assert_int_equal(out[1], '\\');
    assert_int_equal(out[2], 0xff);
    assert_false(hv_unescape_signature("abc\\q", out, sizeof out, &len, &why));
    assert_false(hv_unescape_signature("abc\\x4", out, sizeof out, &len, &why));
    assert_false(hv_unescape_signature("abc\\", out, sizeof out, &len, &why));
}

static void signatures_count_past_capacity(void **state)
{
    (void)state;
    unsigned char out[4];
    size_t len = 0;
    const char *why = NULL;
    assert_true(hv_unescape_signature("ABCDEFGHIJ", out, sizeof out, &len, &why));
    assert_int_equal(len, 10);
    assert_memory_equal(out, "ABCD", 4);
}

static void signatures_format_unambiguously(void **state)
{
    (void)state;
    char buf[64];
    hv_format_signature((const unsigned char *)"KVM\0\"\\\x7f", 7, buf, sizeof buf);
    assert_string_equal(buf, "\"KVM\\0\\\"\\\\\\x7f\"");
    hv_format_hex((const unsigned char *)"KVM\0", 4, buf, sizeof buf);
    assert_string_equal(buf, "4b564d00");
    hv_format_signature((const unsigned char *)"ABCDEFGH", 8, buf, 6); /* truncates safely */
    assert_true(strlen(buf) < 6);
}

static void names_and_ids(void **state)
{
    (void)state;
    assert_true(hv_valid_name("tsc_khz"));
    assert_true(hv_valid_name("x2apic"));
    assert_false(hv_valid_name("Tsc"));
    assert_false(hv_valid_name("2fast"));
    assert_false(hv_valid_name("a__b"));
    assert_false(hv_valid_name("trailing_"));
    assert_false(hv_valid_name(""));
    assert_false(hv_valid_name("with-dash"));
    assert_true(hv_valid_id("xen-viridian"));
    assert_false(hv_valid_id("xen_viridian"));
    assert_false(hv_valid_id("-x"));
    assert_false(hv_valid_id("x-"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(numbers_accept_decimal_and_hex),
        cmocka_unit_test(numbers_reject_bad_forms),
        cmocka_unit_test(bits_single_and_range),
        cmocka_unit_test(signatures_unescape_exactly),
        cmocka_unit_test(signatures_count_past_capacity),
        cmocka_unit_test(signatures_format_unambiguously),
        cmocka_unit_test(names_and_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
