/* gen/emit/xml_builder.c - the element and attribute calls of the canonical XML
 * over a libxml2 tree or straight to text (gen/emit/xml_builder.h says why
 * both, and how they are used). The text backend writes what libxml2's
 * xmlDocDumpFormatMemoryEnc(doc, ..., "UTF-8", 1) writes for the same tree:
 * two spaces per level, a newline after every element, elements without
 * content as <x/>, and these escapes, nothing else (xmlsave.c,
 * xmlBufAttrSerializeTxtContent and xmlEscapeContent):
 *
 *   attribute values   &lt; &gt; &amp; &quot; &#10; &#13; &#9;
 *   text               &lt; &gt; &amp; &#13;
 *
 * tests/unit/test_emitters.c holds the two backends to each other. */
#include "gen/emit/xml_builder.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"

/* ---- the context ---------------------------------------------------------- */

static int compare_named(const void *pa, const void *pb)
{
    const struct hv_xb_named *a = pa, *b = pb;
    int c = hv_loc_compare(a->loc, b->loc);
    return c ? c : (a->diag > b->diag) - (a->diag < b->diag);
}

/* Every location a finding names, with the finding: sorted, so the first
 * finding naming a location is one binary search away. */
static bool index_named(hv_xb_context *c)
{
    const hv_diag_sink *d = c->diags;
    size_t n = 0;
    for (size_t i = 0; d && i < d->count; i++)
        n += 1 + d->items[i].note_count;
    c->named = malloc((n + 1) * sizeof *c->named);
    if (!c->named)
        return false;
    for (size_t i = 0; d && i < d->count; i++) {
        c->named[c->named_count++] = (struct hv_xb_named){d->items[i].loc, i + 1};
        for (size_t k = 0; k < d->items[i].note_count; k++)
            c->named[c->named_count++] = (struct hv_xb_named){d->items[i].notes[k].loc, i + 1};
    }
    if (c->named_count > 1)
        qsort(c->named, c->named_count, sizeof *c->named, compare_named);
    return true;
}

/* How many leading bytes of every registry file name are the folder they
 * share. */
static size_t common_folder(const hv_registry *reg)
{
    if (reg->file_count == 0)
        return 0;
    const char *first = reg->files[0];
    const char *slash = strrchr(first, '/');
    size_t n = slash ? (size_t)(slash - first) + 1 : 0;
    for (size_t i = 1; i < reg->file_count; i++) {
        while (n && strncmp(first, reg->files[i], n) != 0) {
            n--;
            while (n && first[n - 1] != '/')
                n--;
        }
    }
    return n;
}

bool hv_xb_context_init(hv_xb_context *c, const hv_registry *reg, const hv_diag_sink *diags)
{
    memset(c, 0, sizeof *c);
    c->reg = reg;
    c->diags = diags;
    c->strip = common_folder(reg);
    if (!hv_anchor_index_build(reg, &c->anchors) || !index_named(c)) {
        hv_xb_context_free(c);
        return false;
    }
    return true;
}

void hv_xb_context_free(hv_xb_context *c)
{
    hv_anchor_index_free(&c->anchors);
    free(c->named);
    c->named = NULL;
    c->named_count = 0;
}

/* A registry file name without the folder all files share, so the output
 * does not depend on where the registry lies or how it was named. */
const char *hv_xb_display_file(const hv_xb_context *c, const char *file)
{
    if (!file)
        return NULL;
    if (c->strip && strlen(file) > c->strip && strncmp(file, c->reg->files[0], c->strip) == 0)
        return file + c->strip;
    return file;
}

size_t hv_xb_diag_naming(const hv_xb_context *c, hv_loc loc)
{
    if (!loc.file)
        return 0;
    size_t lo = 0, hi = c->named_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hv_loc_compare(c->named[mid].loc, loc) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->named_count && hv_loc_compare(c->named[lo].loc, loc) == 0 ? c->named[lo].diag
                                                                             : 0;
}

/* ---- the text backend ------------------------------------------------------- */

/* Appends s with the characters in `special` replaced by their escapes. */
static void put_escaped(hv_strbuf *out, const char *s, const char *special)
{
    while (*s) {
        size_t run = strcspn(s, special);
        hv_strbuf_append(out, s, run);
        s += run;
        if (!*s)
            break;
        switch (*s++) {
        case '<':
            hv_strbuf_append(out, "&lt;", 4);
            break;
        case '>':
            hv_strbuf_append(out, "&gt;", 4);
            break;
        case '&':
            hv_strbuf_append(out, "&amp;", 5);
            break;
        case '"':
            hv_strbuf_append(out, "&quot;", 6);
            break;
        case '\n':
            hv_strbuf_append(out, "&#10;", 5);
            break;
        case '\r':
            hv_strbuf_append(out, "&#13;", 5);
            break;
        default:
            hv_strbuf_append(out, "&#9;", 4);
            break; /* '\t' */
        }
    }
}

static void indent(hv_xml_builder *b, size_t level)
{
    static const char spaces[] = "                                                            ";
    size_t n = 2 * level; /* libxml2 stops indenting deeper at 60 columns */
    hv_strbuf_append(b->text, spaces, n < sizeof spaces - 1 ? n : sizeof spaces - 1);
}

static void close_top(hv_xml_builder *b)
{
    struct hv_xb_open *top = &b->open[b->depth - 1];
    if (top->children) {
        indent(b, b->depth - 1);
        hv_strbuf_puts(b->text, "</");
        hv_strbuf_puts(b->text, top->name);
        hv_strbuf_putc(b->text, '>');
    } else if (top->has_text) {
        hv_strbuf_putc(b->text, '>');
        put_escaped(b->text, hv_strbuf_cstr(&b->pending), "<>&\r");
        hv_strbuf_puts(b->text, "</");
        hv_strbuf_puts(b->text, top->name);
        hv_strbuf_putc(b->text, '>');
    } else {
        hv_strbuf_puts(b->text, "/>");
    }
    hv_strbuf_putc(b->text, '\n');
    b->depth--;
}

static hv_xb_node text_open(hv_xml_builder *b, size_t parent, const char *name)
{
    while (b->depth > parent)
        close_top(b);
    if (parent) {
        struct hv_xb_open *p = &b->open[parent - 1];
        if (p->has_text) { /* the text backend keeps text elements text-only */
            b->failed = true;
            return (hv_xb_node){NULL, 0};
        }
        if (!p->children)
            hv_strbuf_puts(b->text, ">\n");
        p->children = true;
    }
    if (!HV_GROW(b->open, b->depth, b->cap)) {
        b->failed = true;
        return (hv_xb_node){NULL, 0};
    }
    indent(b, b->depth);
    hv_strbuf_putc(b->text, '<');
    hv_strbuf_puts(b->text, name);
    b->open[b->depth++] = (struct hv_xb_open){name, false, false};
    return (hv_xb_node){NULL, b->depth};
}

/* ---- both ------------------------------------------------------------------- */

hv_xb_node hv_xb_start(hv_xml_builder *b, const hv_xb_context *ctx, hv_strbuf *text,
                       const char *name)
{
    memset(b, 0, sizeof *b);
    b->ctx = ctx;
    b->text = text;
    hv_strbuf_init(&b->pending);
    if (text) {
        hv_strbuf_puts(text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return text_open(b, 0, name);
    }
    b->doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = b->doc ? xmlNewDocNode(b->doc, NULL, BAD_CAST name, NULL) : NULL;
    if (!root) {
        b->failed = true;
        return (hv_xb_node){NULL, 0};
    }
    xmlDocSetRootElement(b->doc, root);
    return (hv_xb_node){root, 0};
}

bool hv_xb_finish(hv_xml_builder *b)
{
    while (b->text && b->depth)
        close_top(b);
    free(b->open);
    b->open = NULL;
    b->cap = 0;
    b->failed |= b->pending.failed || (b->text && b->text->failed);
    hv_strbuf_free(&b->pending);
    return !b->failed;
}

bool hv_xb_ok(hv_xb_node n)
{
    return n.node || n.depth;
}

hv_xb_node hv_xb_el(hv_xml_builder *b, hv_xb_node parent, const char *name)
{
    if (!hv_xb_ok(parent) || (b->text && parent.depth > b->depth)) {
        b->failed = true;
        return (hv_xb_node){NULL, 0};
    }
    if (b->text)
        return text_open(b, parent.depth, name);
    xmlNodePtr n = xmlNewChild(parent.node, NULL, BAD_CAST name, NULL);
    if (!n)
        b->failed = true;
    return (hv_xb_node){n, 0};
}

hv_xb_node hv_xb_text_el(hv_xml_builder *b, hv_xb_node parent, const char *name, const char *text)
{
    if (!text || !hv_xb_ok(parent))
        return (hv_xb_node){NULL, 0};
    if (b->text) {
        hv_xb_node n = hv_xb_el(b, parent, name);
        if (hv_xb_ok(n)) {
            b->open[b->depth - 1].has_text = true;
            b->pending.len = 0;
            hv_strbuf_puts(&b->pending, text);
        }
        return n;
    }
    xmlNodePtr n = xmlNewTextChild(parent.node, NULL, BAD_CAST name, BAD_CAST text);
    if (!n)
        b->failed = true;
    return (hv_xb_node){n, 0};
}

/* Sets an attribute to a literal value (xmlSetProp does not parse entity
 * references); a NULL value leaves the attribute out. */
void hv_xb_set(hv_xml_builder *b, hv_xb_node n, const char *name, const char *value)
{
    if (!hv_xb_ok(n) || !value)
        return;
    if (b->text) {
        if (n.depth != b->depth || b->open[b->depth - 1].children) {
            b->failed = true; /* attributes after a child: not in document order */
            return;
        }
        hv_strbuf_putc(b->text, ' ');
        hv_strbuf_puts(b->text, name);
        hv_strbuf_puts(b->text, "=\"");
        put_escaped(b->text, value, "<>&\"\n\r\t");
        hv_strbuf_putc(b->text, '"');
        return;
    }
    if (!xmlSetProp(n.node, BAD_CAST name, BAD_CAST value))
        b->failed = true;
}

void hv_xb_setf(hv_xml_builder *b, hv_xb_node n, const char *name, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    hv_xb_set(b, n, name, buf);
}

/* Decimal without printf: counts and bit numbers are most attributes. */
void hv_xb_set_uint(hv_xml_builder *b, hv_xb_node n, const char *name, unsigned long value)
{
    char buf[24];
    size_t i = sizeof buf;
    buf[--i] = '\0';
    do
        buf[--i] = (char)('0' + value % 10);
    while ((value /= 10) != 0);
    hv_xb_set(b, n, name, buf + i);
}

/* Sets an attribute from a malloc'd string and frees it. */
void hv_xb_set_owned(hv_xml_builder *b, hv_xb_node n, const char *name, char *value)
{
    if (!value)
        b->failed = true;
    hv_xb_set(b, n, name, value);
    free(value);
}

/* Marks an object a finding names, so the page can link back to it. */
void hv_xb_report_ref(hv_xml_builder *b, hv_xb_node n, hv_loc loc)
{
    size_t diag = hv_xb_diag_naming(b->ctx, loc);
    if (diag)
        hv_xb_setf(b, n, "report", "report_%zu", diag);
}
