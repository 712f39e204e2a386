/* validate/util/json_writer.c - see validate/util/json_writer.h. Strings are escaped per RFC 8259,
 * and the output is always valid UTF-8 that a strict parser takes: every
 * character hv_char_hidden() names (C1 controls, bidirectional overrides,
 * line separators, invisible ones) is written as a \u escape, so it
 * arrives intact but cannot reorder or hide the file's own text, and a
 * byte that is not valid UTF-8 (libxml2 lets none in; a cut could make
 * one) becomes U+FFFD. */
#include "validate/util/json_writer.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "validate/util/text.h"

void hv_json_init(hv_json *j, hv_strbuf *out)
{
    memset(j, 0, sizeof *j);
    j->out = out;
}

static void newline_indent(hv_json *j)
{
    hv_strbuf_putc(j->out, '\n');
    for (int i = 0; i < j->depth; i++)
        hv_strbuf_append(j->out, "  ", 2);
}

void hv_json_document_begin(hv_json *j, hv_strbuf *out, const char *format, unsigned version)
{
    hv_json_init(j, out);
    hv_json_object_begin(j);
    hv_json_kv_string(j, "format", format);
    hv_json_kv_uint(j, "version", version);
}

/* Separator and indentation before a value or key at the current depth. */
static void before_item(hv_json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth > 0) {
        if (j->has_items[j->depth])
            hv_strbuf_putc(j->out, ',');
        j->has_items[j->depth] = true;
        newline_indent(j);
    }
}

static void open(hv_json *j, char c)
{
    before_item(j);
    hv_strbuf_putc(j->out, c);
    if (j->depth + 1 < HV_JSON_MAX_DEPTH)
        j->depth++;
    else
        j->out->failed = true;
    j->has_items[j->depth] = false;
}

static void close(hv_json *j, char c)
{
    bool had = j->has_items[j->depth];
    j->depth--;
    if (had)
        newline_indent(j);
    hv_strbuf_putc(j->out, c);
}

void hv_json_object_begin(hv_json *j)
{
    open(j, '{');
}
void hv_json_object_end(hv_json *j)
{
    close(j, '}');
}
void hv_json_array_begin(hv_json *j)
{
    open(j, '[');
}
void hv_json_array_end(hv_json *j)
{
    close(j, ']');
}

/* One character at s[0..n): \u escapes for hidden ones (a surrogate pair
 * past U+FFFF), U+FFFD for a byte that is not UTF-8; returns bytes used. */
static size_t put_unicode(hv_strbuf *out, const char *s, size_t n)
{
    uint32_t c = 0;
    size_t len = hv_utf8_decode(s, n, &c);
    if (len == 0) {
        hv_strbuf_puts(out, "\\ufffd");
        return 1;
    }
    if (!hv_char_hidden(c))
        hv_strbuf_append(out, s, len);
    else if (c > 0xFFFF)
        hv_strbuf_printf(out, "\\u%04x\\u%04x", 0xD800u + ((c - 0x10000u) >> 10),
                         0xDC00u + ((c - 0x10000u) & 0x3FFu));
    else
        hv_strbuf_printf(out, "\\u%04x", (unsigned)c);
    return len;
}

static void put_escaped(hv_strbuf *out, const char *s, size_t n)
{
    hv_strbuf_putc(out, '"');
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            i += put_unicode(out, s + i, n - i);
            continue;
        }
        i++;
        switch (c) {
        case '"':
            hv_strbuf_puts(out, "\\\"");
            break;
        case '\\':
            hv_strbuf_puts(out, "\\\\");
            break;
        case '\n':
            hv_strbuf_puts(out, "\\n");
            break;
        case '\t':
            hv_strbuf_puts(out, "\\t");
            break;
        case '\r':
            hv_strbuf_puts(out, "\\r");
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                hv_strbuf_printf(out, "\\u%04x", c);
            else
                hv_strbuf_putc(out, (char)c);
        }
    }
    hv_strbuf_putc(out, '"');
}

void hv_json_key(hv_json *j, const char *key)
{
    before_item(j);
    put_escaped(j->out, key, strlen(key));
    hv_strbuf_puts(j->out, ": ");
    j->after_key = true;
}

void hv_json_string_n(hv_json *j, const char *s, size_t n)
{
    before_item(j);
    put_escaped(j->out, s, n);
}

void hv_json_string(hv_json *j, const char *s)
{
    if (!s) {
        hv_json_null(j);
        return;
    }
    hv_json_string_n(j, s, strlen(s));
}

void hv_json_uint(hv_json *j, uint64_t v)
{
    before_item(j);
    hv_strbuf_printf(j->out, "%" PRIu64, v);
}

void hv_json_bool(hv_json *j, bool v)
{
    before_item(j);
    hv_strbuf_puts(j->out, v ? "true" : "false");
}

void hv_json_null(hv_json *j)
{
    before_item(j);
    hv_strbuf_puts(j->out, "null");
}

void hv_json_kv_string(hv_json *j, const char *key, const char *s)
{
    hv_json_key(j, key);
    hv_json_string(j, s);
}

void hv_json_kv_uint(hv_json *j, const char *key, uint64_t v)
{
    hv_json_key(j, key);
    hv_json_uint(j, v);
}

void hv_json_kv_bool(hv_json *j, const char *key, bool v)
{
    hv_json_key(j, key);
    hv_json_bool(j, v);
}

void hv_json_kv_visible(hv_json *j, const char *key, const char *s)
{
    hv_strbuf shown;
    hv_strbuf_init(&shown);
    hv_visible_str(&shown, s);
    hv_json_kv_string(j, key, s ? hv_strbuf_cstr(&shown) : NULL);
    j->out->failed |= shown.failed;
    hv_strbuf_free(&shown);
}

void hv_json_finish(hv_json *j)
{
    hv_strbuf_putc(j->out, '\n');
}
