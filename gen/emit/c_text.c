/* gen/emit/c_text.c - safe comments and string literals for the generated
 * headers (see gen/emit/c_text.h for the rules and why each one exists). */
#include "gen/emit/c_text.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "validate/c_names.h"

#define COMMENT_WIDTH 80

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Length of a valid UTF-8 sequence at p (2..4) and its code point, or 0. */
static size_t utf8_decode(const unsigned char *p, unsigned long *cp)
{
    size_t n = p[0] >= 0xC2 && p[0] <= 0xDF   ? 2
               : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
               : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4
                                              : 0;
    if (n == 0)
        return 0;
    unsigned long v = p[0] & (0x7Fu >> n);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3Fu);
    }
    static const unsigned long min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Appends one printable ASCII character of a word, separating the pairs that
 * would end or open a comment or start a trigraph. */
static void put_safe(hv_strbuf *word, char c)
{
    char prev = word->len ? word->data[word->len - 1] : '\0';
    if ((prev == '*' && c == '/') || (prev == '/' && c == '*') || (prev == '?' && c == '?'))
        hv_strbuf_putc(word, ' ');
    hv_strbuf_putc(word, c);
}

/* Renders the word starting at text[*i] (up to white space) into `word`. */
static void render_word(const unsigned char *text, size_t *i, hv_strbuf *word)
{
    word->len = 0;
    if (word->data)
        word->data[0] = '\0';
    while (text[*i] && !is_space(text[*i])) {
        unsigned char c = text[*i];
        unsigned long cp = 0;
        size_t n;
        if (c >= 0x21 && c <= 0x7E) {
            put_safe(word, (char)c);
            n = 1;
        } else if (c >= 0x80 && (n = utf8_decode(text + *i, &cp)) != 0) {
            hv_strbuf_printf(word, "<U+%04lX>", cp);
        } else {
            hv_strbuf_printf(word, "<0x%02X>", (unsigned)c);
            n = 1;
        }
        *i += n;
    }
}

void hv_c_comment(hv_strbuf *sb, const char *indent, const char *text)
{
    const unsigned char *t = (const unsigned char *)(text ? text : "");
    size_t i = 0, col = 0, words = 0;
    bool glue = false; /* the previous word ends in a backslash: no line break after it */
    hv_strbuf word;
    hv_strbuf_init(&word);
    for (;;) {
        while (t[i] && is_space(t[i]))
            i++;
        if (!t[i])
            break;
        render_word(t, &i, &word);
        if (words == 0) {
            hv_strbuf_printf(sb, "%s/* ", indent);
            col = strlen(indent) + 3;
        } else if (!glue && col + 1 + word.len > COMMENT_WIDTH) {
            hv_strbuf_printf(sb, "\n%s * ", indent);
            col = strlen(indent) + 3;
        } else {
            hv_strbuf_putc(sb, ' ');
            col++;
        }
        hv_strbuf_append(sb, word.data, word.len);
        col += word.len;
        glue = word.data[word.len - 1] == '\\';
        words++;
    }
    if (words)
        hv_strbuf_puts(sb, " */\n");
    sb->failed |= word.failed;
    hv_strbuf_free(&word);
}

void hv_c_string_literal(hv_strbuf *sb, const unsigned char *bytes, size_t len)
{
    hv_strbuf_putc(sb, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = bytes[i];
        if (c == '"' || c == '\\' || c == '?')
            hv_strbuf_printf(sb, "\\%c", c);
        else if (c >= 0x20 && c <= 0x7E)
            hv_strbuf_putc(sb, (char)c);
        else
            hv_strbuf_printf(sb, "\\%03o", (unsigned)c);
    }
    hv_strbuf_putc(sb, '"');
}

/* ---- pieces the header emitters share -------------------------------------- */

void hv_c_define(hv_strbuf *sb, const hv_strbuf *stem, const char *suffix, const char *fmt, ...)
{
    hv_strbuf_printf(sb, "#define %s%s ", stem->data ? stem->data : "", suffix);
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof small) {
        sb->failed = true; /* values are short by construction */
        return;
    }
    hv_strbuf_puts(sb, small);
    hv_strbuf_putc(sb, '\n');
}

void hv_c_sources_text(hv_strbuf *text, const hv_sources *sources)
{
    for (size_t i = 0; i < sources->count; i++) {
        const hv_source *s = &sources->items[i];
        hv_strbuf_puts(text, " Source:");
        if (s->title)
            hv_strbuf_printf(text, " %s", s->title);
        if (s->repo)
            hv_strbuf_printf(text, " %s", s->repo);
        if (s->path)
            hv_strbuf_printf(text, " %s", s->path);
        if (s->commit)
            hv_strbuf_printf(text, " at %s", s->commit);
        if (s->url)
            hv_strbuf_printf(text, " %s", s->url);
        if (s->note)
            hv_strbuf_printf(text, " (%s)", s->note);
        hv_strbuf_putc(text, '.');
    }
}

const char *hv_c_status_tag(hv_status status)
{
    return status == HV_STATUS_ACTIVE ? "" : hv_status_name(status);
}

void hv_c_field_text(hv_strbuf *text, const hv_field *f)
{
    hv_strbuf_printf(text, "[%u", f->msb);
    if (f->msb != f->lsb)
        hv_strbuf_printf(text, ":%u", f->lsb);
    hv_strbuf_printf(text, "] %s", f->name);
    if (*hv_c_status_tag(f->status))
        hv_strbuf_printf(text, " [%s]", hv_c_status_tag(f->status));
    if (f->upstream)
        hv_strbuf_printf(text, " (upstream %s%s)", f->upstream,
                         f->upstream_kind == HV_UPSTREAM_BIT    ? ", a bit number"
                         : f->upstream_kind == HV_UPSTREAM_MASK ? ", a mask"
                                                                : "");
    if (f->upstream_shift)
        hv_strbuf_printf(text, " (shift upstream %s)", f->upstream_shift);
    if (f->alternative_to)
        hv_strbuf_printf(text, "; another reading of %s", f->alternative_to);
    if (f->doc)
        hv_strbuf_printf(text, ": %s", f->doc);
    hv_c_sources_text(text, &f->sources);
}

void hv_c_field_values(hv_strbuf *sb, const hv_field *f)
{
    hv_strbuf stem, text;
    hv_strbuf_init(&stem);
    hv_strbuf_init(&text);
    if (f->status == HV_STATUS_DEPRECATED) {
        hv_c_field_stem(&stem, f);
        hv_c_define(sb, &stem, "_DEPRECATED", "1");
    }
    for (size_t v = 0; v < f->value_count; v++) {
        const hv_enum_value *val = &f->values[v];
        stem.len = 0;
        hv_c_value_name(&stem, f, val);
        text.len = 0;
        hv_strbuf_printf(&text, "%s = %s%s%s", f->name, val->name, val->doc ? ": " : "",
                         val->doc ? val->doc : "");
        hv_c_comment(sb, "", hv_strbuf_cstr(&text));
        hv_strbuf_printf(sb, "#define %s 0x%XU\n", hv_strbuf_cstr(&stem), (unsigned)val->value);
    }
    sb->failed |= stem.failed || text.failed;
    hv_strbuf_free(&stem);
    hv_strbuf_free(&text);
}
