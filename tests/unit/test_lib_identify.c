/* test_lib_identify.c - lib/ identification and consistency checks on
 * hand-built tables: signatures, relocated bases, max-leaf quirks, mirrors
 * and echoes that are not hypervisors, products, and the findings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "lib/hvcpuid-runtime.h"

/* kvm: features leaf with reserved bit 8; hv: Hv#1; xen: indexed leaf 3. */
static const hvcpuid_field kvm_features[] = {
    {0, 0, 0, 0, "clocksource", NULL, NULL, NULL, 0, HVCPUID_SHOW_DEC, NULL},
    {0, 8, 8, HVCPUID_FIELD_RESERVED, NULL, NULL, NULL, NULL, 0, HVCPUID_SHOW_HEX, NULL},
};
static const hvcpuid_leaf_def kvm_leaves[] = {
    {1, 0, 0, "features", NULL, NULL, kvm_features, 2},
};
#define F32(reg, name)                                                                             \
    {                                                                                              \
        reg, 31, 0, 0, name, NULL, NULL, NULL, 0, HVCPUID_SHOW_DEC, NULL                           \
    }
static const hvcpuid_field xen_t0[] = {F32(2, "guest_tsc_khz")};
static const hvcpuid_field xen_t1[] = {F32(0, "offset_lo"), F32(1, "offset_hi"), F32(2, "mul"),
                                       F32(3, "shift")};
static const hvcpuid_field xen_t2[] = {F32(0, "host_tsc_khz")};
static const hvcpuid_leaf_def xen_leaves[] = {
    {3, 0, 1, "t0", NULL, NULL, xen_t0, 1},
    {3, 1, 1, "t1", NULL, NULL, xen_t1, 4},
    {3, 2, 1, "t2", NULL, NULL, xen_t2, 1},
};
static const hvcpuid_interface ifaces[] = {
    {"hv", "Hyper-V", "ms", 1, 1, 0, "Microsoft Hv", "Hv#1", 0x40000000u, 0, NULL, 0, "MS"},
    {"kvm", "KVM", "kvm", 1, 0, 0, "KVMKVMKVM\0\0", {0}, 0x40000000u, 0, kvm_leaves, 1, "KVM"},
    {"xen", "Xen", "xen", 1, 0, 0, "XenVMMXenVMM", {0}, 0x40000000u, 0, xen_leaves, 3, "Xen"},
};
static const hvcpuid_vendor_sig vsigs[] = {
    {"KVMKVMKVM\0\0", 1}, {"Microsoft Hv", 0}, {"XenVMMXenVMM", 2}};
static const hvcpuid_interface_sig isigs[] = {{"Hv#1", 0}};
static const hvcpuid_placement p_kvm[] = {{1, 0x40000000u, 1, "KVMKVMKVM\0\0"}};
static const hvcpuid_placement p_kvm_hv[] = {{0, 0x40000000u, 1, "Microsoft Hv"},
                                             {1, 0x40000100u, 1, "KVMKVMKVM\0\0"}};
static const hvcpuid_hypervisor hvs[] = {{"qemu-kvm", "QEMU/KVM", p_kvm, 1, "kvm"},
                                         {"qemu-kvm-hv", "QEMU/KVM+Hv", p_kvm_hv, 2, "kvm"},
                                         {"zz-kvm", "Another KVM", p_kvm, 1, "other"}};
static const hvcpuid_tables T = {ifaces, 3, vsigs, 3, isigs, 1, hvs, 3, NULL, 0};

#define KVM_SIG 0x4b4d564bu, 0x564b4d56u, 0x0000004du
#define HV_SIG  0x7263694du, 0x666f736fu, 0x76482074u
#define XEN_SIG 0x566e6558u, 0x65584d4du, 0x4d4d566eu

static hvcpuid_result store[32];
static hvcpuid_results set;
static hvcpuid_analysis A;

static void put(uint32_t leaf, uint32_t sub, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    hvcpuid_result r = {leaf, sub, {a, b, c, d}, 0, 1};
    assert_int_equal(hvcpuid_results_put(&set, &r), HVCPUID_PUT_OK);
}

static int reset(void **state)
{
    (void)state;
    hvcpuid_results_init(&set, store, 32);
    return 0;
}

static void hyperv_with_kvm_relocated(void **state)
{
    (void)state;
    put(1, 0, 0, 0, 0x80000000u, 0);
    put(0x40000000, 0, 0x40000005, HV_SIG);
    put(0x40000001, 0, 0x31237648, 0, 0, 0);
    put(0x40000100, 0, 0x40000101, KVM_SIG);
    put(0x40000101, 0, 0x01000001, 0, 0, 0);
    hvcpuid_analyze(&T, &set, &A);
    assert_int_equal(A.hypervisor_present, 1);
    assert_int_equal(A.found_count, 2);
    assert_string_equal(A.found[0].iface->id, "hv");
    assert_int_equal(A.found[0].how, HVCPUID_BY_INTERFACE_SIG);
    assert_int_equal(A.found[0].max_leaf, 0x40000005);
    assert_int_equal(A.found[1].base, 0x40000100);
    assert_string_equal(A.found[1].iface->id, "kvm");
    assert_int_equal(A.found[1].how, HVCPUID_BY_VENDOR_SIG);
    assert_ptr_equal(hvcpuid_owner(&A, 0x40000101), &A.found[1]);
    assert_null(hvcpuid_owner(&A, 0x40000102));
    /* the product presenting both wins over the one presenting KVM alone */
    assert_int_equal(A.product_count, 1);
    assert_string_equal(A.products[0]->id, "qemu-kvm-hv");
}

static void interface_signature_decides(void **state)
{
    (void)state;
    /* a vendor string nobody registered, with Hv#1: Hyper-V, flagged */
    put(0x40000000, 0, 0x40000006, 0x786f4256, 0x786f4256, 0x786f4256); /* VBoxVBoxVBox */
    put(0x40000001, 0, 0x31237648, 0, 0, 0);
    hvcpuid_analyze(&T, &set, &A);
    assert_int_equal(A.hypervisor_present, -1);
    assert_int_equal(A.found_count, 1);
    assert_string_equal(A.found[0].iface->id, "hv");
    assert_true(A.found[0].signature_mismatch);
}

static void max_leaf_quirks(void **state)
{
    (void)state;
    put(0x40000000, 0, 0, KVM_SIG);         /* old KVM host: 0 */
    put(0x40000200, 0, 0x40000400, HV_SIG); /* beyond its window */
    put(0x40000201, 0, 0x31237648, 0, 0, 0);
    hvcpuid_analyze(&T, &set, &A);
    assert_int_equal(A.found_count, 2);
    assert_int_equal(A.found[0].max_leaf, 0x40000001);
    assert_int_equal(A.found[0].max_quirk, HVCPUID_MAX_BELOW_BASE);
    assert_int_equal(A.found[1].max_leaf, 0x400002FF);
    assert_int_equal(A.found[1].max_quirk, HVCPUID_MAX_CLAMPED);
}

static void repeats_are_not_hypervisors(void **state)
{
    (void)state;
    put(0, 0, 0x16, 0x756e6547, 0x6c65746e, 0x49656e69);
    put(0x16, 0, 0xbb8, 0x1194, 0x64, 0);
    put(0x40000000, 0, 0x40000001, 0x76796862, 0x68622065, 0x20657679); /* bhyve */
    put(0x40000001, 0, 1, 0, 0, 0);
    put(0x40000100, 0, 1, 0, 0, 0);             /* bhyve's mirror */
    put(0x40000200, 0, 0xbb8, 0x1194, 0x64, 0); /* Intel's out-of-range answer */
    put(0x40000300, 0, 0, 0, 0, 0);
    put(0x40000400, 0, 0x12345678, 0x01020304, 0, 0); /* neither max leaf nor text */
    hvcpuid_analyze(&T, &set, &A);
    assert_int_equal(A.found_count, 1);
    assert_null(A.found[0].iface); /* bhyve is not in these tables: unknown, still found */
    assert_int_equal(A.base_kind[0], HVCPUID_BASE_UNKNOWN);
    assert_int_equal(A.base_kind[1], HVCPUID_BASE_MIRROR);
    assert_int_equal(A.base_ref[1], 0x40000001);
    assert_int_equal(A.base_kind[2], HVCPUID_BASE_ECHO);
    assert_int_equal(A.base_ref[2], 0x16);
    assert_int_equal(A.base_kind[3], HVCPUID_BASE_EMPTY);
    assert_int_equal(A.base_kind[4], HVCPUID_BASE_NOISE);
    assert_int_equal(A.base_kind[5], HVCPUID_BASE_ABSENT);
    assert_int_equal(A.product_count, 0);
}

typedef struct seen {
    int kinds[16], errors[16], gaps[16];
    uint32_t subleaf[16], other[16], bits[16], regs[16];
    const hvcpuid_leaf_def *as[16];
    unsigned n;
} seen;

static void collect(void *ctx, const hvcpuid_finding *f)
{
    seen *s = ctx;
    if (s->n < 16) {
        s->kinds[s->n] = f->kind;
        s->errors[s->n] = f->error;
        s->gaps[s->n] = f->gap;
        s->subleaf[s->n] = f->result->subleaf;
        s->other[s->n] = f->other_subleaf;
        s->bits[s->n] = f->bits;
        s->regs[s->n] = f->regs_mask;
        s->as[s->n] = f->as;
        s->n++;
    }
}

static void products_of_one_signature(void **state)
{
    (void)state;
    put(0x40000000, 0, 0x40000001, KVM_SIG);
    hvcpuid_analyze(&T, &set, &A);
    /* two products present KVM alone at 0x40000000: both, in table order */
    assert_int_equal(A.product_count, 2);
    assert_int_equal(A.product_total, 2);
    assert_string_equal(A.products[0]->id, "qemu-kvm");
    assert_string_equal(A.products[1]->id, "zz-kvm");
}

static void reserved_bits_and_ecx(void **state)
{
    (void)state;
    seen s = {0};
    put(0x40000000, 0, 0x40000001, KVM_SIG);
    put(0x40000001, 0, 0x00000101, 0, 0, 0); /* bit 8 reserved */
    put(0x40000001, 1, 0x00000001, 0, 0, 0); /* ignores ECX, yet differs */
    hvcpuid_analyze(&T, &set, &A);
    /* only the contradiction counts as an error; the reserved bit is a gap */
    assert_int_equal(hvcpuid_check_found(&A.found[0], &set, collect, &s), 1);
    /* leaf 0x40000000 is not in these tables: a gap too, shown raw */
    assert_int_equal(s.n, 3);
    assert_int_equal(s.kinds[0], HVCPUID_FIND_UNKNOWN_LEAF);
    assert_true(s.gaps[0] && !s.errors[0]);
    assert_int_equal(s.kinds[1], HVCPUID_FIND_RESERVED_SET);
    assert_true(s.gaps[1] && !s.errors[1]);
    assert_int_equal(s.bits[1], 0x100);
    assert_int_equal(s.kinds[2], HVCPUID_FIND_IGNORES_ECX);
    assert_true(s.errors[2] && !s.gaps[2]);
}

static void subleaves(void **state)
{
    (void)state;
    seen s = {0};
    const hvcpuid_leaf_def *own;
    put(0x40000000, 0, 0x40000003, XEN_SIG);
    put(0x40000003, 0, 0, 0, 0x249f0a, 0);
    put(0x40000003, 2, 0x9b842c23, 0x7c8980, 0xd5551b14, 0xffffffff); /* sub-leaf 1's layout */
    hvcpuid_analyze(&T, &set, &A);
    /* the AWS Xen dump's oddity: a warning, and the record decodes as t1 */
    assert_ptr_equal(hvcpuid_decode_def(&A.found[0], &set, &set.items[2], &own), &xen_leaves[1]);
    assert_ptr_equal(own, &xen_leaves[2]);
    assert_int_equal(hvcpuid_check_found(&A.found[0], &set, collect, &s), 0);
    /* leaf 0x40000000 (not in these tables), then the oddity; no undescribed
     * bits, as t1 describes all four registers */
    assert_int_equal(s.n, 2);
    assert_int_equal(s.kinds[0], HVCPUID_FIND_UNKNOWN_LEAF);
    assert_int_equal(s.kinds[1], HVCPUID_FIND_SUBLEAF_LOOKS);
    assert_int_equal(s.subleaf[1], 2);
    assert_int_equal(s.other[1], 1);
    assert_ptr_equal(s.as[1], &xen_leaves[1]);
    assert_int_equal(s.regs[1], 0xEu); /* ebx, ecx, edx: only t1 defines them */
    assert_false(s.errors[1] || s.gaps[1]);

    seen r = {0};
    reset(NULL);
    put(0x40000000, 0, 0x40000003, XEN_SIG);
    put(0x40000003, 0, 0, 0, 0x249f0a, 0);
    put(0x40000003, 1, 0, 0, 0x249f0a, 0); /* ECX ignored: repeats sub-leaf 0 */
    hvcpuid_analyze(&T, &set, &A);
    assert_int_equal(hvcpuid_check_found(&A.found[0], &set, collect, &r), 1);
    assert_int_equal(r.kinds[r.n - 1], HVCPUID_FIND_SUBLEAF_REPEAT);
    assert_int_equal(r.other[r.n - 1], 0);
}

static void subleaf_present_holds_its_own(void **state)
{
    (void)state;
    seen s = {0};
    const hvcpuid_leaf_def *own;
    put(0x40000000, 0, 0x40000003, XEN_SIG);
    put(0x40000003, 1, 5, 6, 7, 8);
    put(0x40000003, 2, 0x9b842c23, 0x7c8980, 0, 0);
    hvcpuid_analyze(&T, &set, &A);
    /* sub-leaf 1 is there: sub-leaf 2's extra register is undescribed, not misplaced */
    const hvcpuid_leaf_def *as = hvcpuid_decode_def(&A.found[0], &set, &set.items[2], &own);
    assert_ptr_equal(as, own);
    assert_ptr_equal(own, &xen_leaves[2]);
    assert_int_equal(hvcpuid_check_found(&A.found[0], &set, collect, &s), 0);
    /* leaf 0x40000000 (not in these tables), sub-leaf 2's ebx, then sub-leaf
     * 0 missing below each of the two */
    assert_int_equal(s.n, 4);
    assert_int_equal(s.kinds[1], HVCPUID_FIND_UNDESCRIBED);
    assert_int_equal(s.bits[1], 0x7c8980);
    assert_true(s.gaps[1]);
    assert_int_equal(s.kinds[2], HVCPUID_FIND_SUBLEAF_MISSING);
    assert_int_equal(s.kinds[3], HVCPUID_FIND_SUBLEAF_MISSING);
    assert_int_equal(s.other[3], 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(hyperv_with_kvm_relocated, reset),
        cmocka_unit_test_setup(interface_signature_decides, reset),
        cmocka_unit_test_setup(max_leaf_quirks, reset),
        cmocka_unit_test_setup(repeats_are_not_hypervisors, reset),
        cmocka_unit_test_setup(reserved_bits_and_ecx, reset),
        cmocka_unit_test_setup(subleaves, reset),
        cmocka_unit_test_setup(subleaf_present_holds_its_own, reset),
        cmocka_unit_test_setup(products_of_one_signature, reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
