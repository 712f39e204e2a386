/* test_lib_tables.c - the generated decoder tables: sorted as lib/'s binary
 * searches require, equal to what the converter builds from spec/ now, and
 * found by the lookups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "gen/emit/tables_from_model.h"
#include "lib/hvcpuid-runtime.h"
#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/load.h"

static const hvcpuid_tables *T = &hvcpuid_registry_tables;

static void tables_are_sorted(void **state)
{
    (void)state;
    assert_true(T->interface_count >= 2);
    for (uint32_t i = 1; i < T->interface_count; i++)
        assert_true(strcmp(T->interfaces[i - 1].id, T->interfaces[i].id) < 0);
    for (uint32_t i = 1; i < T->vendor_sig_count; i++)
        assert_true(memcmp(T->vendor_sigs[i - 1].bytes, T->vendor_sigs[i].bytes, 12) < 0);
    for (uint32_t i = 1; i < T->interface_sig_count; i++)
        assert_true(memcmp(T->interface_sigs[i - 1].bytes, T->interface_sigs[i].bytes, 4) < 0);
    for (uint32_t i = 0; i < T->interface_count; i++) {
        const hvcpuid_interface *f = &T->interfaces[i];
        for (uint32_t l = 0; l < f->leaf_count; l++) {
            const hvcpuid_leaf_def *d = &f->leaves[l];
            if (l)
                assert_true(f->leaves[l - 1].offset < d->offset ||
                            (f->leaves[l - 1].offset == d->offset &&
                             f->leaves[l - 1].subleaf < d->subleaf));
            for (uint32_t k = 1; k < d->field_count; k++)
                assert_true(d->fields[k - 1].reg < d->fields[k].reg ||
                            (d->fields[k - 1].reg == d->fields[k].reg &&
                             d->fields[k - 1].lsb <= d->fields[k].lsb));
            for (uint32_t k = 0; k < d->field_count; k++)
                for (uint32_t v = 1; v < d->fields[k].value_count; v++)
                    assert_true(d->fields[k].values[v - 1].value < d->fields[k].values[v].value);
        }
    }
}

static void same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

static void same_field(const hvcpuid_field *a, const hvcpuid_field *b)
{
    assert_int_equal(a->reg, b->reg);
    assert_int_equal(a->msb, b->msb);
    assert_int_equal(a->lsb, b->lsb);
    assert_int_equal(a->flags, b->flags);
    same_str(a->name, b->name);
    same_str(a->upstream, b->upstream);
    same_str(a->description, b->description);
    assert_int_equal(a->show, b->show);
    same_str(a->unit, b->unit);
    assert_int_equal(a->value_count, b->value_count);
    for (uint32_t v = 0; v < a->value_count; v++) {
        assert_int_equal(a->values[v].value, b->values[v].value);
        same_str(a->values[v].name, b->values[v].name);
        same_str(a->values[v].description, b->values[v].description);
    }
}

static void same_interface(const hvcpuid_interface *a, const hvcpuid_interface *b)
{
    same_str(a->id, b->id);
    same_str(a->name, b->name);
    same_str(a->vendor, b->vendor);
    same_str(a->vendor_name, b->vendor_name);
    assert_int_equal(a->has_vendor_signature, b->has_vendor_signature);
    assert_int_equal(a->has_interface_signature, b->has_interface_signature);
    assert_memory_equal(a->vendor_signature, b->vendor_signature, 12);
    assert_memory_equal(a->interface_signature, b->interface_signature, 4);
    assert_int_equal(a->default_base, b->default_base);
    assert_int_equal(a->max_leaf, b->max_leaf);
    assert_int_equal(a->leaf_count, b->leaf_count);
    for (uint32_t l = 0; l < a->leaf_count; l++) {
        const hvcpuid_leaf_def *x = &a->leaves[l], *y = &b->leaves[l];
        assert_int_equal(x->offset, y->offset);
        assert_int_equal(x->subleaf, y->subleaf);
        assert_int_equal(x->has_subleaf, y->has_subleaf);
        same_str(x->name, y->name);
        same_str(x->upstream, y->upstream);
        same_str(x->description, y->description);
        assert_int_equal(x->field_count, y->field_count);
        for (uint32_t k = 0; k < x->field_count; k++)
            same_field(&x->fields[k], &y->fields[k]);
    }
}

/* The compiled-in tables are what the converter makes of spec/ today: the
 * same converter `decode --registry` uses (and out/ is not stale). */
static void generated_equals_converter(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_check_config_init(&cfg);
    hv_diag_sink_init(&sink, &cfg);
    const char *files[] = {"spec/registry.xml"};
    hv_registry *reg = hv_registry_load(files, 1, &sink);
    assert_non_null(reg);
    hv_run_checks(reg, &sink);
    assert_int_equal(sink.errors, 0);
    hvcpuid_tables t;
    assert_true(hv_tables_from_model(reg, &t));
    assert_int_equal(t.interface_count, T->interface_count);
    for (uint32_t i = 0; i < t.interface_count; i++)
        same_interface(&t.interfaces[i], &T->interfaces[i]);
    assert_int_equal(t.vendor_sig_count, T->vendor_sig_count);
    for (uint32_t i = 0; i < t.vendor_sig_count; i++) {
        assert_memory_equal(t.vendor_sigs[i].bytes, T->vendor_sigs[i].bytes, 12);
        assert_int_equal(t.vendor_sigs[i].interface, T->vendor_sigs[i].interface);
    }
    assert_int_equal(t.interface_sig_count, T->interface_sig_count);
    assert_int_equal(t.hypervisor_count, T->hypervisor_count);
    for (uint32_t h = 0; h < t.hypervisor_count; h++) {
        same_str(t.hypervisors[h].id, T->hypervisors[h].id);
        same_str(t.hypervisors[h].name, T->hypervisors[h].name);
        same_str(t.hypervisors[h].vendor, T->hypervisors[h].vendor);
        assert_int_equal(t.hypervisors[h].presents_count, T->hypervisors[h].presents_count);
        for (uint32_t p = 0; p < t.hypervisors[h].presents_count; p++)
            assert_memory_equal(&t.hypervisors[h].presents[p], &T->hypervisors[h].presents[p],
                                sizeof(hvcpuid_placement));
    }
    hv_diag_sink_free(&sink);
    hv_registry_free(reg);
}

static void lookups(void **state)
{
    (void)state;
    static const uint8_t kvm[12] = "KVMKVMKVM\0\0";
    static const uint8_t xen[12] = {'X', 'e', 'n', 'V', 'M', 'M', 'X', 'e', 'n', 'V', 'M', 'M'};
    static const uint8_t nope[12] = "NoSuchVendr";
    const hvcpuid_interface *k = hvcpuid_find_by_vendor_sig(T, kvm);
    assert_non_null(k);
    assert_string_equal(k->id, "kvm");
    assert_ptr_equal(hvcpuid_find_interface(T, "kvm"), k);
    assert_null(hvcpuid_find_by_vendor_sig(T, nope));
    assert_null(hvcpuid_find_interface(T, "no-such"));
    /* a leaf without sub-leaves matches any ECX */
    const hvcpuid_leaf_def *f = hvcpuid_find_leaf(k, 1, 7);
    assert_non_null(f);
    assert_string_equal(f->name, "features");
    assert_false(hvcpuid_leaf_is_indexed(k, 1));
    assert_null(hvcpuid_find_leaf(k, 2, 0));
    const hvcpuid_interface *x = hvcpuid_find_by_vendor_sig(T, xen);
    assert_non_null(x);
    assert_true(hvcpuid_leaf_is_indexed(x, 3));
    assert_string_equal(hvcpuid_find_leaf(x, 3, 1)->name, "time_scale");
    assert_string_equal(hvcpuid_find_leaf(x, 3, 2)->name, "time_host");
    assert_null(hvcpuid_find_leaf(x, 3, 5));
    const hvcpuid_leaf_def *tf = hvcpuid_find_leaf(x, 3, 0);
    const hvcpuid_field *mode = NULL;
    for (uint32_t i = 0; i < tf->field_count; i++)
        if (tf->fields[i].name && !strcmp(tf->fields[i].name, "tsc_mode"))
            mode = &tf->fields[i];
    assert_non_null(mode);
    assert_string_equal(hvcpuid_find_enum(mode, 2)->name, "never_emulate");
    assert_null(hvcpuid_find_enum(mode, 9));
    /* how values read: from the registered names (docs/decoder.md) */
    assert_string_equal(mode->name, "tsc_mode");
    assert_int_equal(mode->show, HVCPUID_SHOW_DEC);
    assert_null(mode->unit);
    const hvcpuid_field *khz = NULL;
    for (uint32_t i = 0; i < tf->field_count; i++)
        if (tf->fields[i].name && !strcmp(tf->fields[i].name, "guest_tsc_khz"))
            khz = &tf->fields[i];
    assert_non_null(khz);
    assert_string_equal(khz->unit, "kHz");
    const hvcpuid_leaf_def *scale = hvcpuid_find_leaf(x, 3, 1);
    assert_int_equal(scale->fields[0].show, HVCPUID_SHOW_HEX);    /* tsc_offset_lo */
    assert_int_equal(scale->fields[3].show, HVCPUID_SHOW_SIGNED); /* tsc_to_ns_shift */
    const hvcpuid_leaf_def *sig = hvcpuid_find_leaf(x, 0, 0);
    assert_int_equal(sig->fields[0].show, HVCPUID_SHOW_HEX);      /* max_leaf */
    assert_int_equal(sig->fields[1].show, HVCPUID_SHOW_HEX_TEXT); /* vendor_signature_0 */
    assert_string_equal(x->vendor_name, "Xen Project");
    /* Xen version: eax 31:16 major, 15:0 minor */
    const hvcpuid_leaf_def *ver = hvcpuid_find_leaf(x, 1, 0);
    uint32_t regs[4] = {0x0004000b, 0, 0, 0};
    for (uint32_t i = 0; i < ver->field_count; i++) {
        if (!ver->fields[i].name)
            continue;
        if (!strcmp(ver->fields[i].name, "major_version"))
            assert_int_equal(hvcpuid_field_value(&ver->fields[i], regs), 4);
        if (!strcmp(ver->fields[i].name, "minor_version"))
            assert_int_equal(hvcpuid_field_value(&ver->fields[i], regs), 11);
    }
}

/* The MSR table: per interface with MSRs, by index; each announcing ref
 * names a field that exists; Xen's relocatable base names its leaf 0x02
 * EBX field, and KVM's clocksource2 announces 0x4b564d00 and 0x4b564d01. */
static void msr_tables(void **state)
{
    (void)state;
    assert_non_null(T->msrs);
    for (uint32_t i = 0; i < T->msr_interface_count; i++) {
        const hvcpuid_interface_msrs *im = &T->msrs[i];
        assert_true(im->interface < T->interface_count);
        if (i > 0)
            assert_true(T->msrs[i - 1].interface < im->interface);
        assert_ptr_equal(hvcpuid_find_msrs(T, &T->interfaces[im->interface]), im);
        const hvcpuid_interface *iface = &T->interfaces[im->interface];
        for (uint32_t m = 0; m < im->msr_count; m++) {
            if (m > 0)
                assert_true(im->msrs[m - 1].address < im->msrs[m].address);
            for (uint32_t k = 0; k < im->msrs[m].announced_by_count; k++) {
                hvcpuid_field_ref ref = im->msrs[m].announced_by[k];
                assert_true(ref.leaf < iface->leaf_count);
                assert_true(ref.field < iface->leaves[ref.leaf].field_count);
            }
        }
    }
    const hvcpuid_interface *xen = hvcpuid_find_interface(T, "xen");
    const hvcpuid_interface_msrs *xm = hvcpuid_find_msrs(T, xen);
    assert_non_null(xm);
    assert_true(xm->has_msr_base);
    assert_int_equal(xm->msr_base_default, 0x40000000u);
    const hvcpuid_leaf_def *leaf = &xen->leaves[xm->msr_base_from.leaf];
    const hvcpuid_field *base = &leaf->fields[xm->msr_base_from.field];
    assert_int_equal(leaf->offset, 2);
    assert_int_equal(base->reg, HVCPUID_EBX);
    assert_string_equal(base->name, "msr_base");
    const hvcpuid_interface *kvm = hvcpuid_find_interface(T, "kvm");
    const hvcpuid_interface_msrs *km = hvcpuid_find_msrs(T, kvm);
    assert_non_null(km);
    unsigned seen = 0;
    for (uint32_t m = 0; m < km->msr_count; m++) {
        const hvcpuid_msr_def *d = &km->msrs[m];
        if (d->address != 0x4b564d00u && d->address != 0x4b564d01u)
            continue;
        assert_int_equal(d->announced_by_count, 1);
        hvcpuid_field_ref ref = d->announced_by[0];
        assert_string_equal(kvm->leaves[ref.leaf].fields[ref.field].name, "clocksource2");
        seen++;
    }
    assert_int_equal(seen, 2);
    assert_null(hvcpuid_find_msrs(T, hvcpuid_find_interface(T, "vmware")));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tables_are_sorted),
        cmocka_unit_test(generated_equals_converter),
        cmocka_unit_test(lookups),
        cmocka_unit_test(msr_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
