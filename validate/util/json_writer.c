/* validate/util/json_writer.c - see validate/util/json_writer.h. Strings are escaped per RFC 8259;
 * bytes that are not valid UTF-8 never reach here (libxml2 rejects them on load). */
#include "validate/util/json_writer.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

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

static void put_escaped(hv_strbuf *out, const char *s, size_t n)
{
    hv_strbuf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
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

void hv_json_finish(hv_json *j)
{
    hv_strbuf_putc(j->out, '\n');
}
