/* gen/render_man.c - hvcpuid(1) from the command and option tables: the
 * same texts --help prints, in man(7) markup. The help texts are wrapped
 * plain text; here a line break is a space (roff fills), a blank line a new
 * paragraph, an indented line preformatted, and `code` bold. */
#include <string.h>

#include "gen/render.h"
#include "gen/version.h"

/* One character of help text as roff reads it: backslash and minus
 * escaped; a '.' or '\'' that would start a line guarded by \&. */
static void put_char(hv_strbuf *out, char c, bool line_start)
{
    if (line_start && (c == '.' || c == '\''))
        hv_strbuf_puts(out, "\\&");
    if (c == '\\')
        hv_strbuf_puts(out, "\\e");
    else if (c == '-')
        hv_strbuf_puts(out, "\\-");
    else
        hv_strbuf_putc(out, c);
}

/* A run of text with no line break: `code` in bold; *code carries the
 * state from one run to the next. */
static void put_run(hv_strbuf *out, const char *s, size_t n, bool line_start, bool *code)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '`') {
            hv_strbuf_puts(out, *code ? "\\fR" : "\\fB");
            *code = !*code;
            continue;
        }
        put_char(out, s[i], line_start && i == 0);
    }
}

static void put_escaped(hv_strbuf *out, const char *s, size_t n, bool line_start)
{
    bool code = false;
    put_run(out, s, n, line_start, &code);
    if (code)
        hv_strbuf_puts(out, "\\fR");
}

/* A line of filled text, broken into source lines of at most about 72
 * bytes (roff joins them again; mandoc -Tlint wants them under 80). */
static void put_filled(hv_strbuf *out, const char *s, size_t n)
{
    bool code = false;
    size_t col = 0;
    for (size_t i = 0; i < n;) {
        size_t w = i;
        while (w < n && s[w] != ' ')
            w++;
        if (col && col + (w - i) > 72) {
            hv_strbuf_putc(out, '\n');
            col = 0;
        } else if (col) {
            hv_strbuf_putc(out, ' ');
            col++;
        }
        size_t before = out->len;
        put_run(out, s + i, w - i, col == 0, &code);
        col += out->len - before;
        i = w;
        while (i < n && s[i] == ' ')
            i++;
    }
    if (code)
        hv_strbuf_puts(out, "\\fR");
    hv_strbuf_putc(out, '\n');
}

/* Help text as paragraphs: each line a source line, a blank line .PP, and
 * indented lines (lists, examples) kept as they are, in .nf. */
static void put_text(hv_strbuf *out, const char *text)
{
    bool nofill = false;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, "\n");
        bool indented = p[0] == ' ';
        if (indented != nofill) {
            hv_strbuf_puts(out, indented ? ".nf\n" : ".fi\n");
            nofill = indented;
        }
        if (n == 0) {
            hv_strbuf_puts(out, nofill ? "\n" : ".PP\n");
        } else if (nofill) {
            put_escaped(out, p, n, true);
            hv_strbuf_putc(out, '\n');
        } else {
            put_filled(out, p, n);
        }
        p += n + (p[n] == '\n');
    }
    if (nofill)
        hv_strbuf_puts(out, ".fi\n");
}

/* The option's tag line: names bold, values italic, choices bold. */
static void put_tag(hv_strbuf *out, const hv_option *opt)
{
    hv_strbuf_puts(out, ".PP\n");
    if (opt->short_name)
        hv_strbuf_printf(out, "\\fB\\-%c\\fR", opt->short_name);
    if (opt->short_name && opt->long_name)
        hv_strbuf_puts(out, ", ");
    if (opt->long_name) {
        hv_strbuf_puts(out, "\\fB\\-\\-");
        put_escaped(out, opt->long_name, strlen(opt->long_name), false);
        hv_strbuf_puts(out, "\\fR");
    }
    bool as_long = opt->long_name != NULL;
    if (opt->kind == HV_OPT_KIND_CHOICE || (as_long && opt->choices)) {
        const char *c;
        for (size_t i = 0; (c = hv_option_choice(opt, i)); i++) {
            hv_strbuf_puts(out, i ? "|\\fB" : "=\\fB");
            put_escaped(out, c, strlen(c), false);
            hv_strbuf_puts(out, "\\fR");
        }
    } else if (opt->argname) {
        if (as_long || !(opt->flags & HV_OPT_ATTACHED))
            hv_strbuf_putc(out, ' ');
        hv_strbuf_puts(out, "\\fI");
        put_escaped(out, opt->argname, strlen(opt->argname), false);
        hv_strbuf_puts(out, "\\fR");
    }
    hv_strbuf_putc(out, '\n');
}

/* One command: its summary, what it does, its notes and computed
 * paragraph, then its options last, each a bold tag line with its help
 * indented below (tests/cli/manual.sh reads them back from `man -l`). */
static void put_command(hv_strbuf *out, const hv_command *c)
{
    const hv_usage *u = c->usage;
    hv_strbuf_printf(out, ".SS \"hvcpuid %s\"\n", u->name);
    put_text(out, c->summary);
    const char *const paragraphs[] = {u->about, u->notes};
    for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++) {
        if (paragraphs[i]) {
            hv_strbuf_puts(out, ".PP\n");
            put_text(out, paragraphs[i]);
        }
    }
    if (u->more) {
        hv_strbuf more;
        hv_strbuf_init(&more);
        u->more(&more);
        hv_strbuf_puts(out, ".PP\n");
        put_text(out, hv_strbuf_cstr(&more));
        out->failed |= more.failed;
        hv_strbuf_free(&more);
    }
    hv_strbuf_puts(out, ".PP\nOptions:\n");
    const hv_option *opt;
    for (size_t i = 0; (opt = hv_usage_option(u, i)); i++) {
        put_tag(out, opt);
        hv_strbuf_puts(out, ".RS 4\n");
        put_text(out, opt->help ? opt->help : "");
        hv_strbuf_puts(out, ".RE\n");
    }
}

static void put_synopsis(hv_strbuf *out, const hv_program *p)
{
    hv_strbuf_puts(out, ".SH SYNOPSIS\n");
    for (size_t i = 0; i < p->command_count; i++) {
        hv_strbuf syn;
        hv_strbuf_init(&syn);
        hv_usage_synopsis(p->commands[i].usage, &syn);
        const char *s = hv_strbuf_cstr(&syn);
        size_t word = strcspn(s, " ");
        hv_strbuf_puts(out, i ? ".br\n\\fBhvcpuid " : "\\fBhvcpuid ");
        put_escaped(out, s, word, false);
        hv_strbuf_puts(out, "\\fR\n");
        put_filled(out, s + word, strlen(s + word));
        out->failed |= syn.failed;
        hv_strbuf_free(&syn);
    }
}

void hv_render_man(const hv_program *p, hv_strbuf *out)
{
    hv_strbuf_printf(
        out,
        ".\\\" hvcpuid(1), generated by `hvcpuid --render=man` from the option tables\n"
        ".TH HVCPUID 1 %s \"hvcpuid %s\" \"User Commands\"\n.nh\n.ad l\n"
        ".SH NAME\nhvcpuid \\- ",
        HVCPUID_RELEASE_DATE, HVCPUID_VERSION);
    put_filled(out, p->tagline, strlen(p->tagline));
    put_synopsis(out, p);
    hv_strbuf_puts(out, ".SH DESCRIPTION\n");
    put_text(out, p->description);
    hv_strbuf_puts(out, ".SH COMMANDS\n");
    for (size_t i = 0; i < p->command_count; i++)
        put_command(out, &p->commands[i]);
    hv_strbuf_puts(out, ".SH EXIT STATUS\n");
    put_text(out, p->exit_status);
    hv_strbuf_puts(out, ".SH ENVIRONMENT\n");
    put_text(out, p->environment);
    hv_strbuf_puts(out, ".SH SEE ALSO\n.BR hvcpuid\\-registry (5),\n.BR gcc (1)\n");
}
