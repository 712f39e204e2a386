/* test_lib_dump.c - lib/ dump parser and result sets: both formats, CPUs,
 * the optional sub-leaf column, and every error with its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "lib/hvcpuid.h"

#define CAP 64

typedef struct parsed {
    hvcpuid_result a[CAP], b[CAP];
    hvcpuid_dump d;
    hvcpuid_dump_error err;
    int rc;
} parsed;

static parsed P;

static int parse(const char *text)
{
    hvcpuid_dump_init(&P.d, P.a, P.b, CAP);
    P.rc = hvcpuid_dump_parse(&P.d, text, strlen(text), &P.err);
    return P.rc;
}

static const char *KVM = "   0x40000000 0x00: eax=0x40000001 ebx=0x4b4d564b ecx=0x564b4d56 "
                         "edx=0x0000004d\n";

static void results_stay_sorted(void **state)
{
    (void)state;
    hvcpuid_result store[4];
    hvcpuid_results set;
    hvcpuid_results_init(&set, store, 4);
    hvcpuid_result r = {0x40000003, 2, {1, 2, 3, 4}, 0, 1};
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_OK);
    r.subleaf = 0;
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_OK);
    r.leaf = 0x40000001;
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_OK);
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_DUPLICATE);
    r.leaf = 0x40000002;
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_OK);
    r.leaf = 0x40000009;
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_FULL);
    assert_int_equal(set.items[0].leaf, 0x40000001);
    assert_int_equal(set.items[1].leaf, 0x40000002);
    assert_int_equal(set.items[2].subleaf, 0);
    assert_int_equal(set.items[3].subleaf, 2);
    assert_non_null(hvcpuid_results_find(&set, 0x40000003, 2));
    assert_null(hvcpuid_results_find(&set, 0x40000003, 1));
    assert_int_equal(hvcpuid_results_lower_bound(&set, 0x40000003), 2);
}

static void cpuid_r_with_cpus(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text,
             "CPU 0:\n   0x00000001 0x00: eax=0x1 ebx=0x2 ecx=0x80000000 edx=0x4\n%s"
             "   0x80000000 0x00: eax=0x80000008 ebx=0x0 ecx=0x0 edx=0x0\n"
             "   0x00000004 0x01: eax=0x1 ebx=0x0 ecx=0x0 edx=0x0\n\n"
             "CPU 1:\n   0x00000001 0x00: eax=0x1 ebx=0x3 ecx=0x80000000 edx=0x4\n%s"
             "CPU 2:\n   0x00000001 0x00: eax=0x1 ebx=0x3 ecx=0x80000000 edx=0x4\n"
             "   0x40000000 0x00: eax=0x40000001 ebx=0x0 ecx=0x0 edx=0x0\n",
             KVM, KVM);
    assert_int_equal(parse(text), HVCPUID_DUMP_OK);
    assert_int_equal(P.d.cpus, 3);
    /* kept: leaf 1 and the hypervisor leaf; not 0x80000000, not leaf 4 sub-leaf 1 */
    assert_int_equal(P.d.cpu0.count, 2);
    const hvcpuid_result *r = hvcpuid_results_find(&P.d.cpu0, 0x40000000, 0);
    assert_non_null(r);
    assert_int_equal(r->regs[HVCPUID_EBX], 0x4b4d564b);
    assert_int_equal(r->line, 3);
    assert_true(r->has_subleaf);
    /* CPU 1 differs from CPU 0 only outside the hypervisor range; CPU 2 inside */
    assert_int_equal(P.d.cpus_differing, 1);
    assert_int_equal(P.d.first_diff_cpu, 2);
    assert_int_equal(P.d.first_diff_leaf, 0x40000000);
}

static void cpuid_r_without_subleaf_column(void **state)
{
    (void)state;
    assert_int_equal(parse("   0x40000001: eax=0x01007efb ebx=0x00000000 ecx=0x00000000 "
                           "edx=0x00000000\r\n"),
                     HVCPUID_DUMP_OK);
    assert_int_equal(P.d.cpu0.count, 1);
    assert_false(P.d.cpu0.items[0].has_subleaf);
    assert_int_equal(P.d.cpu0.items[0].regs[0], 0x01007efb);
}

static void aida64(void **state)
{
    (void)state;
    const char *text = "------[ Logical CPU #0 ]------\n\nallcpu: Package 0 / Core 0\n"
                       "CPUID Manufacturer: a report line, not data\n"
                       "CPUID 00000001: 00700F01-00040800-BED82203-178BFBFF\n"
                       "CPUID 40000000: 4000000B-7263694D-666F736F-76482074 [Microsoft Hv]\n"
                       "CPUID 40000003: 00003FFF-002BB9FF-00000002-10FFFBF2 [SL 01] [x]\n"
                       "MSR 0000030B: 0000-0000-BDAE-96DA [S200]\n"
                       "CPU#001 AffMask: 0x0000000000000002\n"
                       "CPUID 40000000: 4000000B-7263694D-666F736F-76482074\n"
                       "--------------------------------------------------------------------\n"
                       "CPUID not read: anything after the dashes is libcpuid's\n";
    assert_int_equal(parse(text), HVCPUID_DUMP_OK);
    assert_int_equal(P.d.cpus, 2);
    assert_int_equal(P.d.cpu0.count, 3);
    const hvcpuid_result *r = hvcpuid_results_find(&P.d.cpu0, 0x40000003, 1);
    assert_non_null(r);
    assert_true(r->has_subleaf);
    assert_int_equal(r->regs[HVCPUID_EDX], 0x10FFFBF2);
    assert_int_equal(hvcpuid_results_find(&P.d.cpu0, 1, 0)->regs[HVCPUID_ECX] >> 31, 1);
    /* CPU 1 lacks 0x40000003 */
    assert_int_equal(P.d.cpus_differing, 1);
}

static void expect_error(const char *text, int rc, unsigned long line, const char *words)
{
    assert_int_equal(parse(text), rc);
    assert_int_equal(P.err.line, line);
    assert_non_null(strstr(P.err.message, words));
}

static void errors_name_the_line(void **state)
{
    (void)state;
    char text[2048];
    snprintf(text, sizeof text, "CPU 0:\n%sgarbage\n", KVM);
    expect_error(text, HVCPUID_DUMP_SYNTAX, 3, "not a cpuid -r line");
    snprintf(text, sizeof text, "%s\n%s", KVM, KVM);
    expect_error(text, HVCPUID_DUMP_SYNTAX, 3, "already given");
    expect_error("   0x40000000 0x00: eax=0x123456789 ebx=0x0 ecx=0x0 edx=0x0\n",
                 HVCPUID_DUMP_SYNTAX, 1, "not a cpuid -r line");
    expect_error("CPUID 40000000: 4000000B-7263694D\n", HVCPUID_DUMP_SYNTAX, 1, "AIDA64");
    expect_error("CPU 0:\n\x01\x02\n", HVCPUID_DUMP_SYNTAX, 2, "binary");
    const char nul[] = "CPU 0:\n   0x4\0000000 0x00:\n";
    hvcpuid_dump_init(&P.d, P.a, P.b, CAP);
    assert_int_equal(hvcpuid_dump_parse(&P.d, nul, sizeof nul - 1, &P.err), HVCPUID_DUMP_SYNTAX);
    assert_int_equal(P.err.line, 2);
    memset(text, 'x', 1100);
    text[1100] = '\0';
    expect_error(text, HVCPUID_DUMP_SYNTAX, 1, "longer than 1024");
    expect_error("", HVCPUID_DUMP_SYNTAX, 0, "no CPUID lines");
    expect_error("CPU 0:\n\n", HVCPUID_DUMP_SYNTAX, 0, "no CPUID lines");
}

static void capacity_is_a_bound(void **state)
{
    (void)state;
    char text[8192] = "";
    for (unsigned i = 0; i <= CAP; i++) {
        char line[96];
        snprintf(line, sizeof line, "   0x%08x 0x00: eax=0x0 ebx=0x0 ecx=0x0 edx=0x0\n",
                 0x40000000u + i);
        strcat(text, line);
    }
    expect_error(text, HVCPUID_DUMP_FULL, CAP + 1, "too many");
}

/* Mutated dumps (a fixed pseudo-random sequence): the parser always answers
 * OK or an error with a message and never reads outside its input (the
 * sanitizer run of `make check` watches). */
static void mutations_never_crash(void **state)
{
    (void)state;
    static const char base[] =
        "CPU 0:\n   0x00000001 0x00: eax=0x1 ebx=0x2 ecx=0x80000000 edx=0x4\n"
        "   0x40000000 0x00: eax=0x40000001 ebx=0x4b4d564b ecx=0x564b4d56 edx=0x4d\n"
        "CPUID 40000003: 00003FFF-002BB9FF-00000002-10FFFBF2 [SL 01]\n";
    static const char alphabet[] = "0x:-[] \nCPUIDSLeabcdx19F\t\r#";
    uint32_t seed = 12345;
    for (int round = 0; round < 5000; round++) {
        char buf[sizeof base];
        memcpy(buf, base, sizeof base);
        for (int k = 0; k < 4; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % (sizeof base - 1);
            buf[at] = alphabet[(seed >> 20) % (sizeof alphabet - 1)];
        }
        seed = seed * 1103515245u + 12345u;
        size_t len = (seed >> 8) % sizeof base;
        hvcpuid_dump_init(&P.d, P.a, P.b, CAP);
        int rc = hvcpuid_dump_parse(&P.d, buf, len, &P.err);
        assert_true(rc == HVCPUID_DUMP_OK || rc == HVCPUID_DUMP_SYNTAX);
        assert_true(rc == HVCPUID_DUMP_OK || P.err.message != NULL);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(results_stay_sorted),
        cmocka_unit_test(cpuid_r_with_cpus),
        cmocka_unit_test(cpuid_r_without_subleaf_column),
        cmocka_unit_test(aida64),
        cmocka_unit_test(errors_name_the_line),
        cmocka_unit_test(capacity_is_a_bound),
        cmocka_unit_test(mutations_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
