/* validate/c_names_walk.c - the walk over every name the generated headers
 * define, in the order gen/emit/headers.c writes them, for the headers and
 * the [c-identifier] check alike (one list, so the check sees what the
 * headers hold). */
#include "validate/c_names.h"

#include <stdlib.h>
#include <string.h>

#include "validate/msr_claims.h"

/* Shortens a buffer to `len` bytes, keeping it NUL-terminated. */
static void cut(hv_strbuf *sb, size_t len)
{
    if (sb->data && len <= sb->len) {
        sb->len = len;
        sb->data[len] = '\0';
    }
}

/* One walk. `stem` holds the name being built: each level of the registry
 * appends its part and the next sibling cuts back to it, so no name is
 * built from scratch. With `details`, `key` and `origin` say which object
 * a name comes from; without, only the interface-level names carry an
 * origin (the spelling checks need it) and nothing else is formatted. */
typedef struct walk {
    hv_c_name_fn fn;
    void *arg;
    bool details;
    bool has_origin; /* `origin` describes the names now being reported */
    hv_strbuf stem, key, origin;
    bool oom;
} walk;

/* Reports the name stem + suffix (suffix "" for the stem itself). */
static void emit(walk *w, hv_c_kind kind, const char *suffix, hv_loc loc)
{
    size_t stem_len = w->stem.len, key_len = w->key.len;
    hv_strbuf_puts(&w->stem, suffix);
    if (w->details) {
        hv_strbuf_putc(&w->key, '#');
        hv_strbuf_puts(&w->key, suffix);
    }
    if (w->stem.failed || w->key.failed || w->origin.failed) {
        w->oom = true;
    } else {
        hv_c_name n = {kind, hv_strbuf_cstr(&w->stem), w->details ? hv_strbuf_cstr(&w->key) : NULL,
                       w->has_origin ? hv_strbuf_cstr(&w->origin) : NULL, loc};
        w->fn(w->arg, &n);
    }
    cut(&w->stem, stem_len);
    cut(&w->key, key_len);
}

/* Replaces the stem from byte `keep` on with "_" and the part. */
static void stem_part(walk *w, size_t keep, const char *part)
{
    cut(&w->stem, keep);
    hv_strbuf_putc(&w->stem, '_');
    hv_c_upper(&w->stem, part);
}

/* Replaces the key from byte `keep` on with "/" and the part. */
static void key_part(walk *w, size_t keep, const char *part)
{
    cut(&w->key, keep);
    hv_strbuf_putc(&w->key, '/');
    hv_strbuf_puts(&w->key, part ? part : "");
}

/* "field 'mode' in acme leaf 0x01 'features' eax" and the like (with
 * details only: the origin of a name below its interface). */
static void set_origin(walk *w, const char *kind, const char *what, const hv_leaf *leaf,
                       const hv_register *reg)
{
    w->has_origin = w->details;
    if (!w->details)
        return;
    cut(&w->origin, 0);
    hv_strbuf_puts(&w->origin, kind);
    if (reg && reg->msr) { /* "field 'enable' in kvm MSR 0x4b564d03 'steal_time'" */
        if (what)
            hv_strbuf_printf(&w->origin, " '%s' in", what);
        hv_strbuf_printf(&w->origin, " %s MSR 0x%08x '%s'", reg->msr->iface->id,
                         (unsigned)reg->msr->address, reg->msr->name);
        return;
    }
    if (reg && !what)
        hv_strbuf_printf(&w->origin, " %s", hv_reg_name(reg->reg));
    if (what)
        hv_strbuf_printf(&w->origin, " '%s'", what);
    if (leaf)
        hv_strbuf_printf(&w->origin, " in %s leaf 0x%02x '%s'", leaf->iface->id,
                         (unsigned)leaf->offset, leaf->name);
    if (reg && what)
        hv_strbuf_printf(&w->origin, " %s", hv_reg_name(reg->reg));
}

/* Starts a name of its own (a builtin, a token, a file name). */
static void set_stem(walk *w, const char *text)
{
    cut(&w->stem, 0);
    hv_strbuf_puts(&w->stem, text);
}

static bool has_msrs(const hv_registry *reg)
{
    for (size_t i = 0; i < reg->interface_count; i++)
        for (size_t m = 0; m < reg->interfaces[i]->msr_count; m++)
            if (reg->interfaces[i]->msrs[m].valid)
                return true;
    return false;
}

static void walk_builtins(walk *w, const hv_registry *reg)
{
    hv_loc none = {NULL, 0, 0};
    cut(&w->key, 0);
    hv_strbuf_puts(&w->key, "builtin");
    cut(&w->origin, 0);
    hv_strbuf_puts(&w->origin, "hvcpuid itself");
    w->has_origin = true;
    for (const char *const *m = hv_c_builtin_macros(); *m; m++) {
        set_stem(w, *m);
        emit(w, HV_C_MACRO, "", none);
    }
    if (has_msrs(reg))
        for (const char *const *m = hv_c_builtin_msr_macros(); *m; m++) {
            set_stem(w, *m);
            emit(w, HV_C_MACRO, "", none);
        }
    for (const char *const *f = hv_c_builtin_files(); *f; f++) {
        set_stem(w, *f);
        emit(w, HV_C_FILE, "", none);
    }
}

static void walk_value(walk *w, const hv_field *f, const hv_enum_value *val, size_t field_stem,
                       size_t field_key)
{
    stem_part(w, field_stem, val->name);
    if (w->details) {
        key_part(w, field_key, val->name);
        cut(&w->origin, 0);
        if (f->reg->msr)
            hv_strbuf_printf(&w->origin, "value '%s' of field '%s' in %s MSR 0x%08x '%s'",
                             val->name, f->name, f->reg->msr->iface->id,
                             (unsigned)f->reg->msr->address, f->reg->msr->name);
        else
            hv_strbuf_printf(&w->origin, "value '%s' of field '%s' in %s leaf 0x%02x '%s' %s",
                             val->name, f->name, f->reg->leaf->iface->id,
                             (unsigned)f->reg->leaf->offset, f->reg->leaf->name,
                             hv_reg_name(f->reg->reg));
    }
    emit(w, HV_C_MACRO, "", val->loc);
}

static void walk_field(walk *w, const hv_field *f, size_t reg_stem, size_t reg_key)
{
    static const char *const suffixes[] = {"_SHIFT", "_WIDTH", "_MASK", "_GET", "_SET"};
    stem_part(w, reg_stem, f->name);
    if (w->details)
        key_part(w, reg_key, f->name);
    set_origin(w, "field", f->name, f->reg->leaf, f->reg);
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        emit(w, HV_C_MACRO, suffixes[i], f->loc);
    if (f->status == HV_STATUS_DEPRECATED)
        emit(w, HV_C_MACRO, "_DEPRECATED", f->loc);
    size_t field_stem = w->stem.len, field_key = w->key.len;
    for (size_t v = 0; v < f->value_count; v++)
        if (f->values[v].valid)
            walk_value(w, f, &f->values[v], field_stem, field_key);
}

static void walk_register(walk *w, const hv_register *r, size_t leaf_stem, size_t leaf_key)
{
    stem_part(w, leaf_stem, hv_reg_name(r->reg));
    if (w->details)
        key_part(w, leaf_key, hv_reg_name(r->reg));
    set_origin(w, "register", NULL, r->leaf, r);
    emit(w, HV_C_MACRO, "_RESERVED_MASK", r->loc);
    size_t reg_stem = w->stem.len, reg_key = w->key.len;
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].valid && !r->fields[i].reserved)
            walk_field(w, &r->fields[i], reg_stem, reg_key);
}

static void walk_leaf(walk *w, const hv_leaf *leaf, size_t iface_stem, size_t iface_key)
{
    stem_part(w, iface_stem, leaf->name);
    w->has_origin = w->details;
    if (w->details) {
        cut(&w->key, iface_key);
        hv_strbuf_printf(&w->key, "/%u.%d", (unsigned)leaf->offset,
                         leaf->has_subleaf ? (int)leaf->subleaf : -1);
        cut(&w->origin, 0);
        hv_strbuf_printf(&w->origin, "leaf 0x%02x '%s' of interface '%s'", (unsigned)leaf->offset,
                         leaf->name, leaf->iface->id);
    }
    emit(w, HV_C_MACRO, "_OFFSET", leaf->loc);
    if (leaf->has_subleaf)
        emit(w, HV_C_MACRO, "_SUBLEAF", leaf->loc);
    if (leaf->iface->has_default_base && leaf->iface->default_base_valid)
        emit(w, HV_C_MACRO, "_LEAF", leaf->loc);
    emit(w, HV_C_MACRO, "_LEAF_AT", leaf->loc);
    for (size_t b = 0; b < leaf->iface->base_count; b++) {
        size_t len = w->stem.len;
        hv_c_base_suffix(&w->stem, leaf->iface->bases[b]);
        emit(w, HV_C_MACRO, "", leaf->loc);
        cut(&w->stem, len);
    }
    size_t leaf_stem = w->stem.len, leaf_key = w->key.len;
    for (size_t r = 0; r < leaf->register_count; r++)
        walk_register(w, &leaf->registers[r], leaf_stem, leaf_key);
}

static void walk_iface_names(walk *w, const hv_interface *iface)
{
    static const char *const vendor_sig[] = {"_VENDOR_SIGNATURE", "_VENDOR_SIGNATURE_EBX",
                                             "_VENDOR_SIGNATURE_ECX", "_VENDOR_SIGNATURE_EDX"};
    static const char *const iface_sig[] = {"_INTERFACE_SIGNATURE", "_INTERFACE_SIGNATURE_EAX"};
    emit(w, HV_C_MACRO, "_H", iface->loc);
    if (iface->vendor_sig.present && iface->vendor_sig.valid && iface->vendor_sig.len == 12)
        for (size_t i = 0; i < 4; i++)
            emit(w, HV_C_MACRO, vendor_sig[i], iface->loc);
    if (iface->iface_sig.present && iface->iface_sig.valid && iface->iface_sig.len == 4)
        for (size_t i = 0; i < 2; i++)
            emit(w, HV_C_MACRO, iface_sig[i], iface->loc);
    if (iface->has_default_base && iface->default_base_valid)
        emit(w, HV_C_MACRO, "_DEFAULT_BASE", iface->loc);
    if (iface->has_min_base && iface->min_base_valid)
        emit(w, HV_C_MACRO, "_MIN_BASE", iface->loc);
    if (iface->has_max_leaf && iface->max_leaf_valid)
        emit(w, HV_C_MACRO, "_MAX_LEAF", iface->loc);
    emit(w, HV_C_MACRO, "_BASE_COUNT", iface->loc);
    if (iface->base_count)
        emit(w, HV_C_MACRO, "_BASES", iface->loc);
}

/* An MSR: its address macro, where it moves with a relocatable base, its
 * reserved mask and its fields, its stem built on the interface's. */
static void walk_msr(walk *w, const hv_msr *m, const uint32_t *bases, size_t nbases,
                     size_t iface_stem, size_t iface_key)
{
    cut(&w->stem, iface_stem);
    hv_strbuf_puts(&w->stem, "_MSR_");
    hv_c_upper(&w->stem, m->name);
    w->has_origin = w->details;
    if (w->details) {
        cut(&w->key, iface_key);
        hv_strbuf_printf(&w->key, "/msr:%s", m->name);
        cut(&w->origin, 0);
        hv_strbuf_printf(&w->origin, "MSR 0x%08x '%s' of interface '%s'", (unsigned)m->address,
                         m->name, m->iface->id);
    }
    emit(w, HV_C_MACRO, "", m->loc);
    emit(w, HV_C_MACRO, "_RESERVED_MASK", m->loc);
    if (nbases) {
        emit(w, HV_C_MACRO, "_OFFSET", m->loc);
        emit(w, HV_C_MACRO, "_AT", m->loc);
    }
    for (size_t b = 0; b < nbases; b++) {
        size_t len = w->stem.len;
        hv_c_msr_base_suffix(&w->stem, bases[b]);
        emit(w, HV_C_MACRO, "", m->loc);
        cut(&w->stem, len);
    }
    size_t msr_stem = w->stem.len, msr_key = w->key.len;
    for (size_t i = 0; i < m->value.field_count; i++)
        if (m->value.fields[i].valid && !m->value.fields[i].reserved)
            walk_field(w, &m->value.fields[i], msr_stem, msr_key);
}

/* The interface's MSR names; `_MSR_BASE_DEFAULT` is the interface's own and
 * carries its origin in both modes, like the names of walk_iface_names. */
static void walk_iface_msrs(walk *w, const hv_interface *iface, size_t iface_key)
{
    uint32_t bases[256];
    size_t nbases = hv_interface_msr_bases(iface, bases, sizeof bases / sizeof bases[0]);
    cut(&w->stem, 0);
    hv_c_iface_stem(&w->stem, iface);
    size_t iface_stem = w->stem.len;
    if (nbases) {
        cut(&w->origin, 0);
        hv_strbuf_printf(&w->origin, "interface '%s'", iface->id);
        w->has_origin = true;
        emit(w, HV_C_MACRO, "_MSR_BASE_DEFAULT", iface->msr_base.loc);
    }
    for (size_t m = 0; m < iface->msr_count; m++)
        if (iface->msrs[m].valid && iface->msrs[m].name)
            walk_msr(w, &iface->msrs[m], bases, nbases, iface_stem, iface_key);
    cut(&w->key, iface_key);
}

/* The vendor strings products show for the interface. */
static void walk_shown(walk *w, const hv_interface *iface, size_t key_len)
{
    static const char *const sig[] = {"_VENDOR_SIGNATURE", "_VENDOR_SIGNATURE_EBX",
                                      "_VENDOR_SIGNATURE_ECX", "_VENDOR_SIGNATURE_EDX"};
    for (size_t p = 0; p < iface->placement_count; p++) {
        const hv_presents *pr = iface->placements[p];
        if (!hv_c_shows_other_string(pr))
            continue;
        cut(&w->stem, 0);
        hv_c_shown_stem(&w->stem, iface, pr);
        cut(&w->key, key_len);
        if (w->details)
            hv_strbuf_printf(&w->key, "/shown:%s@%x", pr->hypervisor->id, pr->base);
        set_origin(w, "vendor string of hypervisor", pr->hypervisor->id, NULL, NULL);
        for (size_t i = 0; i < 4; i++)
            emit(w, HV_C_MACRO, sig[i], pr->vendor_sig.loc);
    }
    cut(&w->key, key_len);
}

/* The interface's own names carry an origin in both modes: the spelling
 * checks report them without a second walk. */
static void walk_iface(walk *w, const hv_interface *iface)
{
    cut(&w->key, 0);
    if (w->details)
        hv_strbuf_printf(&w->key, "i:%s", iface->id);
    cut(&w->origin, 0);
    hv_strbuf_printf(&w->origin, "interface '%s'", iface->id);
    w->has_origin = true;
    size_t iface_key = w->key.len;
    cut(&w->stem, 0);
    hv_c_token(&w->stem, iface->id);
    emit(w, HV_C_TOKEN, "", iface->loc);
    cut(&w->stem, 0);
    hv_c_iface_file(&w->stem, iface);
    emit(w, HV_C_FILE, "", iface->loc);
    cut(&w->stem, 0);
    hv_c_iface_stem(&w->stem, iface);
    walk_iface_names(w, iface);
    size_t iface_stem = w->stem.len;
    for (size_t l = 0; l < iface->leaf_count; l++)
        if (iface->leaves[l].valid)
            walk_leaf(w, &iface->leaves[l], iface_stem, iface_key);
    walk_shown(w, iface, iface_key);
    walk_iface_msrs(w, iface, iface_key);
}

bool hv_c_names_walk(const hv_registry *reg, bool details, hv_c_name_fn fn, void *arg)
{
    walk w = {fn, arg, details, false, {0}, {0}, {0}, false};
    walk_builtins(&w, reg);
    for (size_t i = 0; i < reg->interface_count; i++)
        if (reg->interfaces[i]->id)
            walk_iface(&w, reg->interfaces[i]);
    hv_strbuf_free(&w.stem);
    hv_strbuf_free(&w.key);
    hv_strbuf_free(&w.origin);
    return !w.oom;
}

bool hv_c_names_each(const hv_registry *reg, hv_c_name_fn fn, void *arg)
{
    return hv_c_names_walk(reg, true, fn, arg);
}
