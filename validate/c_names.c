/* validate/c_names.c - the one mangling from registry ids and names to C identifiers
 * and header file names, and the walk over every name the headers define
 * (shared by gen/emit/headers.c and the [c-identifier] check). */
#include "validate/c_names.h"

#include <stdlib.h>
#include <string.h>

#include "validate/msr_claims.h"

/* Appends s with '-' as '_' (and lowercase as uppercase): copied, then
 * mapped in place. */
static void append_mapped(hv_strbuf *sb, const char *s, bool upper)
{
    size_t n = s ? strlen(s) : 0, at = sb->len;
    hv_strbuf_append(sb, s ? s : "", n);
    if (sb->failed)
        return;
    for (char *p = sb->data + at, *end = p + n; p < end; p++) {
        if (*p == '-')
            *p = '_';
        else if (upper && *p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    }
}

void hv_c_upper(hv_strbuf *sb, const char *id_or_name)
{
    append_mapped(sb, id_or_name, true);
}

void hv_c_token(hv_strbuf *sb, const char *id)
{
    append_mapped(sb, id, false);
}

void hv_c_iface_file(hv_strbuf *sb, const hv_interface *iface)
{
    hv_c_token(sb, iface->id);
    hv_strbuf_puts(sb, ".h");
}

void hv_c_iface_stem(hv_strbuf *sb, const hv_interface *iface)
{
    hv_strbuf_puts(sb, "HVCPUID_");
    hv_c_upper(sb, iface->id);
}

void hv_c_shown_stem(hv_strbuf *sb, const hv_interface *iface, const hv_presents *pr)
{
    hv_c_iface_stem(sb, iface);
    hv_strbuf_puts(sb, "_SHOWN_BY_");
    hv_c_upper(sb, pr->hypervisor->id);
}

bool hv_c_shows_other_string(const hv_presents *pr)
{
    const hv_signature *own = &pr->iface->vendor_sig, *shown = &pr->vendor_sig;
    bool usable = shown->present && shown->valid && shown->len == 12;
    bool same =
        own->present && own->valid && own->len == 12 && memcmp(own->bytes, shown->bytes, 12) == 0;
    return pr->valid && usable && !same && pr->hypervisor && pr->hypervisor->id &&
           !hv_status_retired(pr->hypervisor->status);
}

void hv_c_leaf_stem(hv_strbuf *sb, const hv_leaf *leaf)
{
    hv_c_iface_stem(sb, leaf->iface);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, leaf->name);
}

void hv_c_msr_stem(hv_strbuf *sb, const hv_msr *msr)
{
    hv_c_iface_stem(sb, msr->iface);
    hv_strbuf_puts(sb, "_MSR_");
    hv_c_upper(sb, msr->name);
}

void hv_c_reg_stem(hv_strbuf *sb, const hv_register *reg)
{
    if (reg->msr) {
        hv_c_msr_stem(sb, reg->msr);
        return;
    }
    hv_c_leaf_stem(sb, reg->leaf);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, hv_reg_name(reg->reg));
}

void hv_c_field_stem(hv_strbuf *sb, const hv_field *field)
{
    hv_c_reg_stem(sb, field->reg);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, field->name);
}

void hv_c_value_name(hv_strbuf *sb, const hv_field *field, const hv_enum_value *value)
{
    hv_c_field_stem(sb, field);
    hv_strbuf_putc(sb, '_');
    hv_c_upper(sb, value->name);
}

/* Eight uppercase hex digits, as "%08X" prints them (no printf: the walk
 * formats one per leaf and base). */
static void put_hex8(hv_strbuf *sb, uint32_t v)
{
    char hex[8];
    for (int i = 7; i >= 0; i--, v >>= 4)
        hex[i] = "0123456789ABCDEF"[v & 0xF];
    hv_strbuf_append(sb, hex, sizeof hex);
}

void hv_c_base_suffix(hv_strbuf *sb, uint32_t base)
{
    hv_strbuf_puts(sb, "_LEAF_AT_");
    put_hex8(sb, base);
}

void hv_c_msr_base_suffix(hv_strbuf *sb, uint32_t base)
{
    hv_strbuf_puts(sb, "_AT_");
    put_hex8(sb, base);
}

const char *const *hv_c_builtin_macros(void)
{
    static const char *const names[] = {
        "HVCPUID_U32",
        "HVCPUID_U32_CAST",
        "HVCPUID_U32_CHECKED",
        "HVCPUID_HVCPUID_H",
        "HVCPUID_RANGE_FIRST",
        "HVCPUID_RANGE_LAST",
        "HVCPUID_BASE_FIRST",
        "HVCPUID_BASE_LAST",
        "HVCPUID_BASE_STEP",
        "HVCPUID_PRESENT_LEAF",
        "HVCPUID_PRESENT_ECX_SHIFT",
        "HVCPUID_PRESENT_ECX_MASK",
        "HVCPUID_INTERFACES",
        "HVCPUID_VENDOR_SIGNATURES",
        "HVCPUID_INTERFACE_SIGNATURES",
        "HVCPUID_SHOWN_VENDOR_SIGNATURES",
        NULL,
    };
    return names;
}

const char *const *hv_c_builtin_msr_macros(void)
{
    static const char *const names[] = {
        "HVCPUID_U64",
        "HVCPUID_U64_CAST",
        "HVCPUID_U64_C",
        "HVCPUID_U64_CHECKED",
        "HVCPUID_MSR_SOFTWARE_FIRST",
        "HVCPUID_MSR_SOFTWARE_LAST",
        NULL,
    };
    return names;
}

const char *const *hv_c_builtin_files(void)
{
    /* tables.h is kept for the decoder tables (out/include/hvcpuid/tables.h). */
    static const char *const names[] = {HV_C_UMBRELLA, "tables.h", NULL};
    return names;
}

bool hv_c_is_keyword(const char *token)
{
    static const char *const words[] = {
        /* C89..C23 */
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
        "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
        "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
        "union", "unsigned", "void", "volatile", "while", "alignas", "alignof", "bool", "constexpr",
        "false", "nullptr", "static_assert", "thread_local", "true", "typeof", "typeof_unqual",
        /* C++98..C++20, alternative tokens included */
        "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t",
        "class", "co_await", "co_return", "co_yield", "compl", "concept", "const_cast", "consteval",
        "constinit", "decltype", "delete", "dynamic_cast", "explicit", "export", "friend",
        "mutable", "namespace", "new", "noexcept", "not", "not_eq", "operator", "or", "or_eq",
        "private", "protected", "public", "reinterpret_cast", "requires", "static_cast", "template",
        "this", "throw", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor",
        "xor_eq",
        /* predefined as macros by GCC and Clang in GNU modes */
        "linux", "unix", "i386"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) /* first byte, then the rest */
        if (token[0] == words[i][0] && strcmp(token, words[i]) == 0)
            return true;
    return false;
}

/* Lowercase macros the C (C89..C23) and POSIX (to POSIX.1-2024) headers
 * define, or allow to be macros, with the header that defines each: the
 * list glibc's headers give in strict C and POSIX modes
 * (tests/cli/library_names.sh holds it to them), plus what the standards
 * name that glibc 2.36 lacks (C23's <stdbit.h>, <stdckdint.h> and
 * unreachable, POSIX.1-2024's <endian.h>, imaginary, and getc, putc, getwc
 * and putwc, which may be macros). Sorted by name, for bsearch. */
typedef struct library_macro {
    const char *name, *header;
} library_macro;

static const library_macro library_macros[] = {
    {"acos", "tgmath.h"},
    {"acosh", "tgmath.h"},
    {"alignas", "stdalign.h"},
    {"alignof", "stdalign.h"},
    {"and", "iso646.h"},
    {"and_eq", "iso646.h"},
    {"asin", "tgmath.h"},
    {"asinh", "tgmath.h"},
    {"assert", "assert.h"},
    {"atan", "tgmath.h"},
    {"atan2", "tgmath.h"},
    {"atanh", "tgmath.h"},
    {"atomic_compare_exchange_strong", "stdatomic.h"},
    {"atomic_compare_exchange_strong_explicit", "stdatomic.h"},
    {"atomic_compare_exchange_weak", "stdatomic.h"},
    {"atomic_compare_exchange_weak_explicit", "stdatomic.h"},
    {"atomic_exchange", "stdatomic.h"},
    {"atomic_exchange_explicit", "stdatomic.h"},
    {"atomic_fetch_add", "stdatomic.h"},
    {"atomic_fetch_add_explicit", "stdatomic.h"},
    {"atomic_fetch_and", "stdatomic.h"},
    {"atomic_fetch_and_explicit", "stdatomic.h"},
    {"atomic_fetch_or", "stdatomic.h"},
    {"atomic_fetch_or_explicit", "stdatomic.h"},
    {"atomic_fetch_sub", "stdatomic.h"},
    {"atomic_fetch_sub_explicit", "stdatomic.h"},
    {"atomic_fetch_xor", "stdatomic.h"},
    {"atomic_fetch_xor_explicit", "stdatomic.h"},
    {"atomic_flag_clear", "stdatomic.h"},
    {"atomic_flag_clear_explicit", "stdatomic.h"},
    {"atomic_flag_test_and_set", "stdatomic.h"},
    {"atomic_flag_test_and_set_explicit", "stdatomic.h"},
    {"atomic_init", "stdatomic.h"},
    {"atomic_is_lock_free", "stdatomic.h"},
    {"atomic_load", "stdatomic.h"},
    {"atomic_load_explicit", "stdatomic.h"},
    {"atomic_signal_fence", "stdatomic.h"},
    {"atomic_store", "stdatomic.h"},
    {"atomic_store_explicit", "stdatomic.h"},
    {"atomic_thread_fence", "stdatomic.h"},
    {"basename", "libgen.h"},
    {"be16toh", "endian.h"},
    {"be32toh", "endian.h"},
    {"be64toh", "endian.h"},
    {"bitand", "iso646.h"},
    {"bitor", "iso646.h"},
    {"bool", "stdbool.h"},
    {"carg", "tgmath.h"},
    {"cbrt", "tgmath.h"},
    {"ceil", "tgmath.h"},
    {"cimag", "tgmath.h"},
    {"ckd_add", "stdckdint.h"},
    {"ckd_mul", "stdckdint.h"},
    {"ckd_sub", "stdckdint.h"},
    {"compl", "iso646.h"},
    {"complex", "complex.h"},
    {"conj", "tgmath.h"},
    {"copysign", "tgmath.h"},
    {"cos", "tgmath.h"},
    {"cosh", "tgmath.h"},
    {"cproj", "tgmath.h"},
    {"creal", "tgmath.h"},
    {"d_fileno", "dirent.h"},
    {"dadd", "tgmath.h"},
    {"ddiv", "tgmath.h"},
    {"dfma", "tgmath.h"},
    {"dmul", "tgmath.h"},
    {"dsqrt", "tgmath.h"},
    {"dsub", "tgmath.h"},
    {"erf", "tgmath.h"},
    {"erfc", "tgmath.h"},
    {"errno", "errno.h"},
    {"exp", "tgmath.h"},
    {"exp10", "tgmath.h"},
    {"exp2", "tgmath.h"},
    {"expm1", "tgmath.h"},
    {"fabs", "tgmath.h"},
    {"fadd", "tgmath.h"},
    {"false", "stdbool.h"},
    {"fdim", "tgmath.h"},
    {"fdiv", "tgmath.h"},
    {"ffma", "tgmath.h"},
    {"floor", "tgmath.h"},
    {"fma", "tgmath.h"},
    {"fmax", "tgmath.h"},
    {"fmaximum", "tgmath.h"},
    {"fmaximum_mag", "tgmath.h"},
    {"fmaximum_mag_num", "tgmath.h"},
    {"fmaximum_num", "tgmath.h"},
    {"fmin", "tgmath.h"},
    {"fminimum", "tgmath.h"},
    {"fminimum_mag", "tgmath.h"},
    {"fminimum_mag_num", "tgmath.h"},
    {"fminimum_num", "tgmath.h"},
    {"fmod", "tgmath.h"},
    {"fmul", "tgmath.h"},
    {"fpclassify", "math.h"},
    {"frexp", "tgmath.h"},
    {"fromfp", "tgmath.h"},
    {"fromfpx", "tgmath.h"},
    {"fsqrt", "tgmath.h"},
    {"fsub", "tgmath.h"},
    {"getc", "stdio.h"},
    {"getwc", "wchar.h"},
    {"h_errno", "netdb.h"},
    {"htobe16", "endian.h"},
    {"htobe32", "endian.h"},
    {"htobe64", "endian.h"},
    {"htole16", "endian.h"},
    {"htole32", "endian.h"},
    {"htole64", "endian.h"},
    {"hypot", "tgmath.h"},
    {"ilogb", "tgmath.h"},
    {"imaginary", "complex.h"},
    {"isalnum", "ctype.h"},
    {"isalnum_l", "ctype.h"},
    {"isalpha", "ctype.h"},
    {"isalpha_l", "ctype.h"},
    {"isascii", "ctype.h"},
    {"isblank", "ctype.h"},
    {"isblank_l", "ctype.h"},
    {"iscanonical", "math.h"},
    {"iscntrl", "ctype.h"},
    {"iscntrl_l", "ctype.h"},
    {"isdigit", "ctype.h"},
    {"isdigit_l", "ctype.h"},
    {"iseqsig", "math.h"},
    {"isfinite", "math.h"},
    {"isgraph", "ctype.h"},
    {"isgraph_l", "ctype.h"},
    {"isgreater", "math.h"},
    {"isgreaterequal", "math.h"},
    {"isinf", "math.h"},
    {"isless", "math.h"},
    {"islessequal", "math.h"},
    {"islessgreater", "math.h"},
    {"islower", "ctype.h"},
    {"islower_l", "ctype.h"},
    {"isnan", "math.h"},
    {"isnormal", "math.h"},
    {"isprint", "ctype.h"},
    {"isprint_l", "ctype.h"},
    {"ispunct", "ctype.h"},
    {"ispunct_l", "ctype.h"},
    {"issignaling", "math.h"},
    {"isspace", "ctype.h"},
    {"isspace_l", "ctype.h"},
    {"issubnormal", "math.h"},
    {"isunordered", "math.h"},
    {"isupper", "ctype.h"},
    {"isupper_l", "ctype.h"},
    {"isxdigit", "ctype.h"},
    {"isxdigit_l", "ctype.h"},
    {"iszero", "math.h"},
    {"kill_dependency", "stdatomic.h"},
    {"ldexp", "tgmath.h"},
    {"le16toh", "endian.h"},
    {"le32toh", "endian.h"},
    {"le64toh", "endian.h"},
    {"lgamma", "tgmath.h"},
    {"llogb", "tgmath.h"},
    {"llrint", "tgmath.h"},
    {"llround", "tgmath.h"},
    {"log", "tgmath.h"},
    {"log10", "tgmath.h"},
    {"log1p", "tgmath.h"},
    {"log2", "tgmath.h"},
    {"logb", "tgmath.h"},
    {"lrint", "tgmath.h"},
    {"lround", "tgmath.h"},
    {"math_errhandling", "math.h"},
    {"nearbyint", "tgmath.h"},
    {"nextafter", "tgmath.h"},
    {"nextdown", "tgmath.h"},
    {"nexttoward", "tgmath.h"},
    {"nextup", "tgmath.h"},
    {"noreturn", "stdnoreturn.h"},
    {"not", "iso646.h"},
    {"not_eq", "iso646.h"},
    {"offsetof", "stddef.h"},
    {"or", "iso646.h"},
    {"or_eq", "iso646.h"},
    {"pow", "tgmath.h"},
    {"pthread_cleanup_pop", "pthread.h"},
    {"pthread_cleanup_push", "pthread.h"},
    {"putc", "stdio.h"},
    {"putwc", "wchar.h"},
    {"remainder", "tgmath.h"},
    {"remquo", "tgmath.h"},
    {"rint", "tgmath.h"},
    {"round", "tgmath.h"},
    {"roundeven", "tgmath.h"},
    {"s6_addr", "netinet/in.h"},
    {"sa_handler", "signal.h"},
    {"sa_sigaction", "signal.h"},
    {"scalbln", "tgmath.h"},
    {"scalbn", "tgmath.h"},
    {"sched_priority", "sched.h"},
    {"setjmp", "setjmp.h"},
    {"si_addr", "signal.h"},
    {"si_addr_lsb", "signal.h"},
    {"si_arch", "signal.h"},
    {"si_band", "signal.h"},
    {"si_call_addr", "signal.h"},
    {"si_fd", "signal.h"},
    {"si_int", "signal.h"},
    {"si_lower", "signal.h"},
    {"si_overrun", "signal.h"},
    {"si_pid", "signal.h"},
    {"si_pkey", "signal.h"},
    {"si_ptr", "signal.h"},
    {"si_status", "signal.h"},
    {"si_stime", "signal.h"},
    {"si_syscall", "signal.h"},
    {"si_timerid", "signal.h"},
    {"si_uid", "signal.h"},
    {"si_upper", "signal.h"},
    {"si_utime", "signal.h"},
    {"si_value", "signal.h"},
    {"sigev_notify_attributes", "signal.h"},
    {"sigev_notify_function", "signal.h"},
    {"signbit", "math.h"},
    {"sigsetjmp", "setjmp.h"},
    {"sin", "tgmath.h"},
    {"sinh", "tgmath.h"},
    {"sqrt", "tgmath.h"},
    {"st_atime", "sys/stat.h"},
    {"st_ctime", "sys/stat.h"},
    {"st_mtime", "sys/stat.h"},
    {"static_assert", "assert.h"},
    {"stdc_bit_ceil", "stdbit.h"},
    {"stdc_bit_floor", "stdbit.h"},
    {"stdc_bit_width", "stdbit.h"},
    {"stdc_count_ones", "stdbit.h"},
    {"stdc_count_zeros", "stdbit.h"},
    {"stdc_first_leading_one", "stdbit.h"},
    {"stdc_first_leading_zero", "stdbit.h"},
    {"stdc_first_trailing_one", "stdbit.h"},
    {"stdc_first_trailing_zero", "stdbit.h"},
    {"stdc_has_single_bit", "stdbit.h"},
    {"stdc_leading_ones", "stdbit.h"},
    {"stdc_leading_zeros", "stdbit.h"},
    {"stdc_trailing_ones", "stdbit.h"},
    {"stdc_trailing_zeros", "stdbit.h"},
    {"stderr", "stdio.h"},
    {"stdin", "stdio.h"},
    {"stdout", "stdio.h"},
    {"tan", "tgmath.h"},
    {"tanh", "tgmath.h"},
    {"tgamma", "tgmath.h"},
    {"thread_local", "threads.h"},
    {"toascii", "ctype.h"},
    {"true", "stdbool.h"},
    {"trunc", "tgmath.h"},
    {"ufromfp", "tgmath.h"},
    {"ufromfpx", "tgmath.h"},
    {"unreachable", "stddef.h"},
    {"va_arg", "stdarg.h"},
    {"va_copy", "stdarg.h"},
    {"va_end", "stdarg.h"},
    {"va_start", "stdarg.h"},
    {"xor", "iso646.h"},
    {"xor_eq", "iso646.h"},
};

static int compare_library_macro(const void *key, const void *entry)
{
    return strcmp(key, ((const library_macro *)entry)->name);
}

const char *hv_c_library_header(const char *token)
{
    const library_macro *m =
        bsearch(token, library_macros, sizeof library_macros / sizeof library_macros[0],
                sizeof library_macros[0], compare_library_macro);
    return m ? m->header : NULL;
}

const char *hv_c_library_name(size_t i)
{
    return i < sizeof library_macros / sizeof library_macros[0] ? library_macros[i].name : NULL;
}

/* ---- the walk ----------------------------------------------------------- */

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
