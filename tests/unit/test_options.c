/* test_options.c - the one option parser (gen/options.c): both spellings of a
 * value, `--`, positionals in order, repeated and unknown options, CHOICE
 * values, missing values, callbacks, --help and --version, and the help text
 * generated from the same table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "gen/options.h"

/* A command line with one option of every kind. */
typedef struct demo_args {
    bool list;
    const char *dir;
    hv_opt_u32 base;
    int format;
    char seen[64]; /* what the callback was given, in order */
} demo_args;

static bool note_value(const hv_option *opt, void *target, const char *value, char *err,
                       size_t errlen)
{
    char *seen = target;
    if (strcmp(value, "bad") == 0) {
        snprintf(err, errlen, "-%c: '%s' refused", opt->short_name, value);
        return false;
    }
    strncat(seen, value, 63 - strlen(seen));
    strncat(seen, ";", 63 - strlen(seen));
    return true;
}

static const char *const demo_formats[] = {"text", "json", "sarif", NULL};

static const hv_option demo_options[] = {
    HV_OPT_FLAG(0, "list", demo_args, list, "list and exit"),
    HV_OPT_STRING('o', "output", demo_args, dir, "DIR", "write below DIR\nnext line"),
    HV_OPT_U32(0, "base", demo_args, base, "B", "a base"),
    HV_OPT_CHOICE(0, "format", demo_args, format, demo_formats, "how to print"),
    HV_OPT_CALLBACK('W', NULL, demo_args, seen, "NAME", note_value, HV_OPT_ATTACHED, "a level"),
    HV_OPT_END,
};

static const hv_usage demo_usage = {
    .name = "demo",
    .args = "[FILE...]",
    .about = "What demo does.",
    .notes = "A closing note.",
    .options = demo_options,
};

/* Parses a NULL-terminated word list ("demo" first) into `args`. */
static hv_parse_status parse(demo_args *args, char **argv, int *nargs, char *err, size_t errlen)
{
    int argc = 0;
    while (argv[argc])
        argc++;
    memset(args, 0, sizeof *args);
    return hv_options_parse(&demo_usage, args, argc, argv, nargs, err, errlen);
}

static void both_spellings(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = -1;
    char *eq[] = {"demo", "--output=d1", "--base=0x40000100", "--format=json", NULL};
    assert_int_equal(parse(&a, eq, &n, err, sizeof err), HV_PARSE_OK);
    assert_string_equal(a.dir, "d1");
    assert_true(a.base.given);
    assert_int_equal(a.base.value, 0x40000100u);
    assert_int_equal(a.format, 1);
    assert_int_equal(n, 0);
    char *space[] = {"demo", "--output", "d2", "--base", "16", "--format", "sarif", NULL};
    assert_int_equal(parse(&a, space, &n, err, sizeof err), HV_PARSE_OK);
    assert_string_equal(a.dir, "d2");
    assert_int_equal(a.base.value, 16u);
    assert_int_equal(a.format, 2);
    char *shorts[] = {"demo", "-od3", NULL};
    assert_int_equal(parse(&a, shorts, &n, err, sizeof err), HV_PARSE_OK);
    assert_string_equal(a.dir, "d3");
    char *shorts2[] = {"demo", "-o", "d4", NULL};
    assert_int_equal(parse(&a, shorts2, &n, err, sizeof err), HV_PARSE_OK);
    assert_string_equal(a.dir, "d4");
    assert_false(a.base.given);
}

static void positionals_and_double_dash(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *argv[] = {"demo", "a.xml", "--list", "-", "b.xml", "--", "--format=json", "-o", NULL};
    assert_int_equal(parse(&a, argv, &n, err, sizeof err), HV_PARSE_OK);
    assert_true(a.list);
    assert_int_equal(a.format, 0); /* after --, an option-like word is a positional */
    assert_null(a.dir);
    assert_int_equal(n, 5);
    assert_string_equal(argv[0], "a.xml");
    assert_string_equal(argv[1], "-");
    assert_string_equal(argv[2], "b.xml");
    assert_string_equal(argv[3], "--format=json");
    assert_string_equal(argv[4], "-o");
}

static void repeated_option_refused(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *twice[] = {"demo", "--format=json", "--format", "text", NULL};
    assert_int_equal(parse(&a, twice, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "option '--format' given more than once");
    char *mixed[] = {"demo", "-o", "x", "--output=y", NULL};
    assert_int_equal(parse(&a, mixed, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "option '--output' given more than once");
    /* flags and callbacks may repeat; a callback sees every value in order */
    char *many[] = {"demo", "--list", "--list", "-Wone", "-W", "two", "-Wno-three", NULL};
    assert_int_equal(parse(&a, many, &n, err, sizeof err), HV_PARSE_OK);
    assert_string_equal(a.seen, "one;two;no-three;");
}

static void unknown_option(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *argv[] = {"demo", "--frob=1", NULL};
    assert_int_equal(parse(&a, argv, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "unknown option '--frob'");
    char *prefix[] = {"demo", "--form=json", NULL}; /* no abbreviations */
    assert_int_equal(parse(&a, prefix, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "unknown option '--form'");
    char *shrt[] = {"demo", "-x", NULL};
    assert_int_equal(parse(&a, shrt, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "unknown option '-x'");
    char *flag[] = {"demo", "--list=yes", NULL};
    assert_int_equal(parse(&a, flag, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "option '--list' takes no value");
}

static void bad_choice_lists_choices(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *argv[] = {"demo", "--format=xml", NULL};
    assert_int_equal(parse(&a, argv, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "unknown --format 'xml' (text, json or sarif)");
    char *empty[] = {"demo", "--format=", NULL};
    assert_int_equal(parse(&a, empty, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "unknown --format '' (text, json or sarif)");
}

static void missing_or_bad_value(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *argv[] = {"demo", "a.xml", "--output", NULL};
    assert_int_equal(parse(&a, argv, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "option '--output' needs a value");
    char *shrt[] = {"demo", "-o", NULL};
    assert_int_equal(parse(&a, shrt, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "option '-o' needs a value");
    char *number[] = {"demo", "--base", "0x4000zz00", NULL};
    assert_int_equal(parse(&a, number, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "--base: '0x4000zz00' is not a number");
    char *refused[] = {"demo", "-Wbad", NULL};
    assert_int_equal(parse(&a, refused, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_string_equal(err, "-W: 'bad' refused");
}

static void help_and_version(void **state)
{
    (void)state;
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *help[] = {"demo", "a.xml", "--help", "--frob", NULL}; /* help wins over what follows */
    assert_int_equal(parse(&a, help, &n, err, sizeof err), HV_PARSE_HELP);
    char *h[] = {"demo", "-h", NULL};
    assert_int_equal(parse(&a, h, &n, err, sizeof err), HV_PARSE_HELP);
    char *version[] = {"demo", "--version", NULL};
    assert_int_equal(parse(&a, version, &n, err, sizeof err), HV_PARSE_VERSION);
    char *late[] = {"demo", "--frob", "--help", NULL}; /* an error before it wins */
    assert_int_equal(parse(&a, late, &n, err, sizeof err), HV_PARSE_ERROR);
}

static void help_from_the_table(void **state)
{
    (void)state;
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_usage_help(&demo_usage, &out);
    assert_string_equal(hv_strbuf_cstr(&out),
                        "usage: hvcpuid demo [--list] [--output DIR] [--base B] "
                        "[--format=text|json|sarif] [-WNAME] [FILE...]\n"
                        "\n"
                        "What demo does.\n"
                        "\n"
                        "  --list                    list and exit\n"
                        "  -o, --output DIR          write below DIR\n"
                        "                            next line\n"
                        "  --base B                  a base\n"
                        "  --format=text|json|sarif  how to print\n"
                        "  -WNAME                    a level\n"
                        "  -h, --help                print this help and exit\n"
                        "  --version                 print the version and exit\n"
                        "\n"
                        "A closing note.\n");
    hv_strbuf_free(&out);
}

/* The table walk a man page or completion script would use. */
static void options_walk(void **state)
{
    (void)state;
    const char *want[] = {"list", "output", "base", "format", NULL, "help", "version"};
    size_t i = 0;
    for (const hv_option *o; (o = hv_usage_option(&demo_usage, i)); i++) {
        assert_true(i < sizeof want / sizeof want[0]);
        if (want[i])
            assert_string_equal(o->long_name, want[i]);
        else
            assert_null(o->long_name);
    }
    assert_int_equal(i, 7);
    assert_string_equal(hv_option_choice(&demo_options[3], 2), "sarif");
    assert_null(hv_option_choice(&demo_options[3], 3));
}

/* A malformed table (two rows with one name) is refused before any parse. */
static void malformed_table_refused(void **state)
{
    (void)state;
    static const hv_option dup[] = {
        HV_OPT_FLAG(0, "list", demo_args, list, "one"),
        HV_OPT_FLAG(0, "help", demo_args, list, "clashes with the common --help"),
        HV_OPT_END,
    };
    const hv_usage u = {.name = "dup", .options = dup};
    demo_args a;
    char err[256] = "";
    int n = 0;
    char *argv[] = {"dup", NULL};
    assert_int_equal(hv_options_parse(&u, &a, 1, argv, &n, err, sizeof err), HV_PARSE_ERROR);
    assert_non_null(strstr(err, "internal error"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(both_spellings),
        cmocka_unit_test(positionals_and_double_dash),
        cmocka_unit_test(repeated_option_refused),
        cmocka_unit_test(unknown_option),
        cmocka_unit_test(bad_choice_lists_choices),
        cmocka_unit_test(missing_or_bad_value),
        cmocka_unit_test(help_and_version),
        cmocka_unit_test(help_from_the_table),
        cmocka_unit_test(options_walk),
        cmocka_unit_test(malformed_table_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
