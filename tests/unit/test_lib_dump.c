/* test_lib_dump.c - lib/ dump parser and result sets: both formats, CPUs,
 * the optional sub-leaf column, and every error with its line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "lib/hvcpuid-runtime.h"

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

static void expect_error(const char *text, int rc, unsigned long line, const char *words)
{
    assert_int_equal(parse(text), rc);
    assert_int_equal(P.err.line, line);
    assert_non_null(strstr(P.err.message, words));
}

/* Appended in any order, one sort restores the order and finds a repeat,
 * naming the later line. */
static void results_sort_once(void **state)
{
    (void)state;
    hvcpuid_result store[8];
    hvcpuid_results set;
    hvcpuid_results_init(&set, store, 8);
    for (uint32_t i = 0; i < 6; i++) {
        hvcpuid_result r = {0x40000005 - i / 2, i % 2, {i, 0, 0, 0}, 10 + i, 1};
        assert_int_equal(hvcpuid_results_append(&set, &r), HVCPUID_PUT_OK);
    }
    assert_null(hvcpuid_results_sort(&set));
    for (size_t i = 1; i < set.count; i++)
        assert_true(set.items[i - 1].leaf < set.items[i].leaf ||
                    (set.items[i - 1].leaf == set.items[i].leaf &&
                     set.items[i - 1].subleaf < set.items[i].subleaf));
    assert_int_equal(set.items[0].leaf, 0x40000003);
    assert_int_equal(set.items[0].line, 14);
    hvcpuid_result again = {0x40000004, 1, {9, 9, 9, 9}, 5, 1}; /* an earlier line, same key */
    assert_int_equal(hvcpuid_results_append(&set, &again), HVCPUID_PUT_OK);
    const hvcpuid_result *dup = hvcpuid_results_sort(&set);
    assert_non_null(dup);
    assert_int_equal(dup->line, 13); /* the later of lines 5 and 13 */
    assert_int_equal((dup - 1)->line, 5);
    hvcpuid_result full = {1, 0, {0}, 0, 0};
    assert_int_equal(hvcpuid_results_append(&set, &full), HVCPUID_PUT_OK);
    assert_int_equal(hvcpuid_results_append(&set, &full), HVCPUID_PUT_FULL);
}

/* A dump in reverse order reads as the same results as in order. */
static void order_of_lines(void **state)
{
    (void)state;
    char fwd[2048] = "CPU 0:\n", rev[2048] = "CPU 0:\n";
    for (unsigned i = 0; i < 8; i++) {
        char a[96], b[96];
        snprintf(a, sizeof a, "   0x%08x 0x%02x: eax=0x%x ebx=0x0 ecx=0x0 edx=0x0\n",
                 0x40000000u + i / 2, i % 2, i);
        snprintf(b, sizeof b, "   0x%08x 0x%02x: eax=0x%x ebx=0x0 ecx=0x0 edx=0x0\n",
                 0x40000000u + (7 - i) / 2, (7 - i) % 2, 7 - i);
        strcat(fwd, a);
        strcat(rev, b);
    }
    assert_int_equal(parse(fwd), HVCPUID_DUMP_OK);
    hvcpuid_result first[8];
    memcpy(first, P.d.cpu0.items, sizeof first);
    assert_int_equal(parse(rev), HVCPUID_DUMP_OK);
    assert_int_equal(P.d.cpu0.count, 8);
    for (unsigned i = 0; i < 8; i++) {
        assert_int_equal(P.d.cpu0.items[i].leaf, first[i].leaf);
        assert_int_equal(P.d.cpu0.items[i].subleaf, first[i].subleaf);
        assert_memory_equal(P.d.cpu0.items[i].regs, first[i].regs, sizeof first[i].regs);
        assert_int_equal(P.d.cpu0.items[i].line, 9 - i); /* the line it was read from */
    }
}

static void byte_order_marks(void **state)
{
    (void)state;
    char text[512];
    snprintf(text, sizeof text,
             "\xEF\xBB\xBF"
             "CPU 0:\n%s",
             KVM);
    assert_int_equal(parse(text), HVCPUID_DUMP_OK); /* UTF-8: skipped */
    assert_int_equal(P.d.cpu0.count, 1);
    assert_int_equal(P.d.cpu0.items[0].line, 2);
    snprintf(text, sizeof text, "\xEF\xBB\xBF%s", KVM);
    assert_int_equal(parse(text), HVCPUID_DUMP_OK); /* a data line right after it */
    expect_error("\xFF\xFE"
                 "C\0P\0U\0",
                 HVCPUID_DUMP_SYNTAX, 1, "UTF-16");
}

static void expect_related(const char *text, unsigned long line, unsigned long related,
                           const char *words)
{
    assert_int_equal(parse(text), HVCPUID_DUMP_SYNTAX);
    assert_int_equal(P.err.line, line);
    assert_non_null(strstr(P.err.message, words));
    assert_int_equal(P.err.related_line, related);
    assert_non_null(P.err.related);
}

/* One format per dump: a line of the other format is an error, never text
 * to skip (one AIDA64 line used to hide every cpuid -r line). */
static void one_format_per_dump(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text, "CPU 0:\n%sCPUID 40000001: 01007EFB-00000000-00000000-00000000\n",
             KVM);
    expect_related(text, 3, 2, "AIDA64 'CPUID' line in a cpuid -r dump");
    snprintf(text, sizeof text,
             "CPU#000 AffMask: 0x1\nCPUID 40000000: 40000001-4B4D564B-564B4D56-0000004D\n%s", KVM);
    expect_related(text, 3, 2, "cpuid -r line in an AIDA64 dump");
}

/* CPU headings count up: a repeated or lower number is two dumps pasted
 * together, whose second block would otherwise be compared, not decoded. */
static void cpu_headings_count_up(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text, "CPU 0:\n%sCPU 0:\n%s", KVM, KVM);
    expect_related(text, 3, 1, "does not follow");
    snprintf(text, sizeof text, "CPU 3:\n%sCPU 2:\n%s", KVM, KVM);
    expect_related(text, 3, 1, "does not follow");
    snprintf(text, sizeof text, "CPU:\n%sCPU:\n%s", KVM, KVM);
    expect_related(text, 3, 1, "does not follow");
    snprintf(text, sizeof text, "CPU 0:\n%sCPU 1:\n%s\nCPU 7:\n%s", KVM, KVM, KVM);
    assert_int_equal(parse(text), HVCPUID_DUMP_OK); /* gaps are fine: offline CPUs */
    assert_int_equal(P.d.cpus, 3);
    expect_related("CPU#001 AffMask: 0x2\nCPUID 40000000: 40000001-4B4D564B-564B4D56-0000004D\n"
                   "CPU#001 AffMask: 0x2\n",
                   3, 1, "does not follow");
    snprintf(text, sizeof text, "CPU 0:\n%s%s", KVM, KVM);
    expect_related(text, 3, 2, "already given");
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
        cmocka_unit_test(results_sort_once),
        cmocka_unit_test(order_of_lines),
        cmocka_unit_test(byte_order_marks),
        cmocka_unit_test(one_format_per_dump),
        cmocka_unit_test(cpu_headings_count_up),
        cmocka_unit_test(cpuid_r_with_cpus),
        cmocka_unit_test(cpuid_r_without_subleaf_column),
        cmocka_unit_test(aida64),
        cmocka_unit_test(errors_name_the_line),
        cmocka_unit_test(capacity_is_a_bound),
        cmocka_unit_test(mutations_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
