/* test_c_headers.c - the C header back end: safe comments and string
 * literals, and the name walk the [c-identifier] check relies on listing
 * exactly the macros and files the emitter writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "gen/emit/c_text.h"
#include "gen/emit/headers.h"
#include "validate/c_names.h"
#include "validate/checks.h"
#include "validate/load.h"

static char *comment(const char *text)
{
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_c_comment(&sb, "", text);
    char *s = strdup(hv_strbuf_cstr(&sb));
    hv_strbuf_free(&sb);
    return s;
}

/* The comment's body: no comment end before the last three bytes, no comment
 * start after the first two, no "??", no backslash before a newline. */
static void assert_contained(const char *c)
{
    size_t n = strlen(c);
    assert_true(n >= 6);
    assert_memory_equal(c, "/* ", 3);
    assert_string_equal(c + n - 4, " */\n");
    for (size_t i = 2; i + 4 < n; i++) {
        assert_false(c[i] == '*' && c[i + 1] == '/');
        assert_false(c[i] == '/' && c[i + 1] == '*');
        assert_false(c[i] == '?' && c[i + 1] == '?');
        assert_false(c[i] == '\\' && c[i + 1] == '\n');
        assert_false(c[i] == '\n' && c[i + 1] == '#');
        assert_true((unsigned char)c[i] < 0x80);
    }
}

static void comments_cannot_escape(void **state)
{
    (void)state;
    const char *hostile[] = {
        "*/ int x; /*",
        "?\?/",
        "a\\\n#endif",
        "/*/*/ */*/*",
        "?\?\?/ ?\?= ?\?( ?\?-",
        "line one\n#define EVIL 1\n",
        "M\xc3\xbcller \xe2\x80\x94 \xf0\x9f\x98\x80",
        "bad \xff\xfe utf8 \xc3",
        "ends in a backslash \\",
        "\\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ "
        "\\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\ \\",
    };
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        char *c = comment(hostile[i]);
        assert_contained(c);
        free(c);
    }
}

static void comment_rendering(void **state)
{
    (void)state;
    char *c = comment("a */ b ?\?/ c");
    assert_string_equal(c, "/* a * / b ? ?/ c */\n");
    free(c);
    c = comment("M\xc3\xbcller \xf0\x9f\x98\x80 \xff");
    assert_string_equal(c, "/* M<U+00FC>ller <U+1F600> <0xFF> */\n");
    free(c);
    c = comment("  \n\t ");
    assert_string_equal(c, "");
    free(c);
    /* Wrapped at 80 columns, continuation lines start with " * ". */
    c = comment("aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee fffffffff ggggggggg "
                "hhhhhhhhh iiiiiiiii");
    assert_non_null(strstr(c, "\n * "));
    for (char *line = c; line; line = strchr(line + 1, '\n'))
        assert_true(strcspn(line + 1, "\n") <= 80);
    free(c);
}

static void string_literals_keep_every_byte(void **state)
{
    (void)state;
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    const unsigned char bytes[] = {'a', '?', '?', '/', '"', '\\', 0, '1', 0x80, 0xff, '\n', 'z'};
    hv_c_string_literal(&sb, bytes, sizeof bytes);
    assert_string_equal(hv_strbuf_cstr(&sb), "\"a\\?\\?/\\\"\\\\\\0001\\200\\377\\012z\"");
    hv_strbuf_free(&sb);
}

/* ---- the name walk against the emitted headers ----------------------------- */

typedef struct names {
    char **items;
    size_t count;
} names;

static void add_name(names *n, const char *s, size_t len)
{
    n->items = realloc(n->items, (n->count + 1) * sizeof *n->items);
    n->items[n->count] = strndup(s, len);
    n->count++;
}

static int compare_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, duplicates removed. */
static void normalise(names *n)
{
    qsort(n->items, n->count, sizeof *n->items, compare_str);
    size_t u = 0;
    for (size_t i = 0; i < n->count; i++) {
        if (u && strcmp(n->items[u - 1], n->items[i]) == 0)
            free(n->items[i]);
        else
            n->items[u++] = n->items[i];
    }
    n->count = u;
}

static void free_names(names *n)
{
    for (size_t i = 0; i < n->count; i++)
        free(n->items[i]);
    free(n->items);
}

typedef struct walked {
    names macros, files;
} walked;

static void on_name(void *arg, const hv_c_name *name)
{
    walked *w = arg;
    if (name->kind == HV_C_MACRO)
        add_name(&w->macros, name->name, strlen(name->name));
    else if (name->kind == HV_C_FILE && name->loc.file)
        add_name(&w->files, name->name, strlen(name->name));
}

/* Every "#define NAME" at the start of a line, NAME up to '(' or ' '. */
static void defined_names(const hv_outputs *outs, names *macros, names *files)
{
    for (size_t i = 0; i < outs->count; i++) {
        const char *path = outs->items[i].path;
        if (strncmp(path, "include/hvcpuid/", 16) != 0)
            continue;
        if (strcmp(path + 16, HV_C_UMBRELLA) != 0)
            add_name(files, path + 16, strlen(path + 16));
        const char *data = outs->items[i].data.data;
        for (const char *p = data; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
            if (strncmp(p, "#define ", 8) == 0)
                add_name(macros, p + 8, strcspn(p + 8, " (\n"));
    }
}

/* Loads `path` at the default levels; it must load without errors. */
static hv_registry *load_clean(const char *path, hv_check_config *cfg, hv_diag_sink *sink)
{
    hv_check_config_init(cfg);
    hv_diag_sink_init(sink, cfg);
    hv_registry *reg = hv_registry_load(&path, 1, sink);
    assert_non_null(reg);
    assert_int_equal(sink->errors, 0);
    return reg;
}

static void walk_matches_emitter(const char *path)
{
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg = load_clean(path, &cfg, &sink);
    hv_outputs outs;
    hv_outputs_init(&outs);
    char err[128];
    hv_emit_ctx ctx = {reg, &sink, err, sizeof err};
    assert_true(hv_emit_headers(&ctx, &outs));
    names macros = {0}, files = {0};
    defined_names(&outs, &macros, &files);
    walked w = {{0}, {0}};
    assert_true(hv_c_names_each(reg, on_name, &w));
    normalise(&macros);
    normalise(&files);
    normalise(&w.macros);
    normalise(&w.files);
    /* HVCPUID_U32_CHECKED etc. appear in both; the walk may list nothing more. */
    assert_int_equal(w.macros.count, macros.count);
    for (size_t i = 0; i < macros.count; i++)
        assert_string_equal(w.macros.items[i], macros.items[i]);
    assert_int_equal(w.files.count, files.count);
    for (size_t i = 0; i < files.count; i++)
        assert_string_equal(w.files.items[i], files.items[i]);
    free_names(&macros);
    free_names(&files);
    free_names(&w.macros);
    free_names(&w.files);
    hv_outputs_free(&outs);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

static void walk_lists_what_is_emitted(void **state)
{
    (void)state;
    walk_matches_emitter("tests/data/small/registry.xml");
    walk_matches_emitter("tests/headers/hostile/registry.xml");
    walk_matches_emitter("tests/good/c-identifier.xml");
    walk_matches_emitter("spec/registry.xml");
}

/* The light walk (no key, no origin below the interface) lists the same
 * names in the same order as the detailed one: the c-identifier check finds
 * a candidate in the first and its details in the second by hash alone. */
typedef struct sequence {
    names names;
    bool light_keys; /* a key appeared in the light walk */
    size_t light_origins, details_origins;
} sequence;

static void on_light(void *arg, const hv_c_name *name)
{
    sequence *s = arg;
    add_name(&s->names, name->name, strlen(name->name));
    s->light_keys |= name->key != NULL;
    s->light_origins += name->origin != NULL;
}

static void on_details(void *arg, const hv_c_name *name)
{
    sequence *s = arg;
    add_name(&s->names, name->name, strlen(name->name));
    assert_non_null(name->key);
    s->details_origins += name->origin != NULL;
}

static void light_walk_matches_details(void **state)
{
    (void)state;
    hv_check_config cfg;
    hv_diag_sink sink;
    hv_registry *reg = load_clean("spec/registry.xml", &cfg, &sink);
    sequence light = {{0}, false, 0, 0}, details = {{0}, false, 0, 0};
    assert_true(hv_c_names_walk(reg, false, on_light, &light));
    assert_true(hv_c_names_walk(reg, true, on_details, &details));
    assert_int_equal(light.names.count, details.names.count);
    for (size_t i = 0; i < light.names.count; i++)
        assert_string_equal(light.names.items[i], details.names.items[i]);
    assert_false(light.light_keys);
    assert_int_equal(details.details_origins, details.names.count);
    assert_true(light.light_origins > 0 && light.light_origins < light.names.count);
    free_names(&light.names);
    free_names(&details.names);
    hv_registry_free(reg);
    hv_diag_sink_free(&sink);
}

static void keywords(void **state)
{
    (void)state;
    assert_true(hv_c_is_keyword("int"));
    assert_true(hv_c_is_keyword("class"));
    assert_true(hv_c_is_keyword("and_eq"));
    assert_true(hv_c_is_keyword("linux"));
    assert_false(hv_c_is_keyword("kvm"));
    assert_false(hv_c_is_keyword("int_x"));
}

/* The library macro table is sorted (bsearch finds every entry) and names
 * the header of each; ids of real hypervisors are not in it. */
static void library_macros(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *prev = NULL, *name; (name = hv_c_library_name(n)); prev = name, n++) {
        if (prev)
            assert_true(strcmp(prev, name) < 0);
        assert_non_null(hv_c_library_header(name));
    }
    assert_true(n > 250);
    assert_string_equal(hv_c_library_header("errno"), "errno.h");
    assert_string_equal(hv_c_library_header("offsetof"), "stddef.h");
    assert_string_equal(hv_c_library_header("st_atime"), "sys/stat.h");
    assert_null(hv_c_library_header("kvm"));
    assert_null(hv_c_library_header("xen"));
    assert_null(hv_c_library_header(""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(comments_cannot_escape),
        cmocka_unit_test(comment_rendering),
        cmocka_unit_test(string_literals_keep_every_byte),
        cmocka_unit_test(walk_lists_what_is_emitted),
        cmocka_unit_test(light_walk_matches_details),
        cmocka_unit_test(keywords),
        cmocka_unit_test(library_macros),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
