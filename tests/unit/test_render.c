/* test_render.c - the man page and completion renderers (gen/render_*.c) on a
 * small program: roff escapes (minus, backslash, a leading dot), `code` in
 * bold, indented lines kept, every option tagged; bash and zsh carrying
 * every option, choice and check name from the tables. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "gen/render.h"
#include "validate/checks.h"

typedef struct demo_args {
    hv_check_config levels;
    int format;
    const char *dir;
    hv_color_opt color;
} demo_args;

static const char *const demo_formats[] = {"text", "json", NULL};

static const hv_option demo_options[] = {
    HV_OPT_CHECK_LEVELS(demo_args, levels),
    HV_OPT_CHOICE(0, "format", demo_args, format, demo_formats, "how to print"),
    HV_OPT_STRING('o', NULL, demo_args, dir, "DIR", "write below DIR"),
    HV_OPT_COLOR(demo_args, color),
    HV_OPT_END,
};

static void list_more(hv_strbuf *out)
{
    hv_strbuf_puts(out, "Outputs:\n  a/b.h\n  c.json\n");
}

static const hv_usage demo_usage = {
    .name = "demo",
    .args = "[FILE...]",
    .about = "Reads `FILE` with a back\\slash,\n.starts with a dot, and -dashes.",
    .options = demo_options,
    .more = list_more,
};

static int run_nothing(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static const hv_command demo_commands[] = {{&demo_usage, run_nothing, "do the demo thing"}};

static const hv_program demo = {
    .tagline = "a demo program",
    .description = "It demonstrates.",
    .exit_status = "0 always.",
    .environment = "NO_COLOR: ignored here.",
    .commands = demo_commands,
    .command_count = 1,
};

static void man_page_escapes_and_tags(void **state)
{
    (void)state;
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_render_man(&demo, &out);
    const char *man = hv_strbuf_cstr(&out);
    assert_non_null(strstr(man, ".TH HVCPUID 1 "));
    assert_non_null(strstr(man, "hvcpuid \\- a demo program\n"));
    assert_non_null(strstr(man, "Reads \\fBFILE\\fR with a back\\eslash,\n"));
    assert_non_null(strstr(man, "\n\\&.starts with a dot, and \\-dashes.\n"));
    assert_non_null(strstr(man, ".PP\n\\fB\\-\\-format\\fR=\\fBtext\\fR|\\fBjson\\fR\n"));
    assert_non_null(strstr(man, ".PP\n\\fB\\-o\\fR \\fIDIR\\fR\n"));
    assert_non_null(strstr(man, ".PP\n\\fB\\-W\\fR\\fI[no\\-]NAME|error\\fR\n"));
    assert_non_null(strstr(man, ".nf\n  a/b.h\n  c.json\n.fi\n"));
    assert_non_null(strstr(man, ".SH ENVIRONMENT\nNO_COLOR: ignored here.\n"));
    for (const char *p = man; *p; p++) /* no source line may start a request by accident */
        assert_false(p[0] == '\n' && p[1] == '\'');
    hv_strbuf_free(&out);
}

static void completion_from_the_tables(void **state)
{
    (void)state;
    hv_strbuf bash, zsh;
    hv_strbuf_init(&bash);
    hv_strbuf_init(&zsh);
    hv_render_bash(&demo, &bash);
    hv_render_zsh(&demo, &zsh);
    const char *b = hv_strbuf_cstr(&bash), *z = hv_strbuf_cstr(&zsh);
    assert_non_null(strstr(b, "complete -F _hvcpuid hvcpuid\n"));
    assert_non_null(strstr(b, "--format=*) _hvcpuid_words '--format=' 'text json' ;;"));
    assert_non_null(strstr(b, "-o) _hvcpuid_files '' -d; return ;;"));
    assert_non_null(strstr(b, "--color=*) _hvcpuid_words '--color=' 'auto always never' ;;"));
    assert_non_null(strstr(z, "#compdef hvcpuid\n"));
    assert_non_null(strstr(z, "'demo:do the demo thing'"));
    assert_non_null(strstr(z, "'--format=[how to print]:value:(text json)'"));
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    char want[128];
    for (size_t i = 0; i < count; i++) { /* every check, in every -W form */
        snprintf(want, sizeof want, " no-error=%s", checks[i].name);
        assert_non_null(strstr(b, want));
        assert_non_null(strstr(z, want));
    }
    hv_strbuf_free(&bash);
    hv_strbuf_free(&zsh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(man_page_escapes_and_tags),
        cmocka_unit_test(completion_from_the_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
