/* validate/load_dom.c - what the loader reads from the DOM: elements,
 * attributes where the parser left them, numbers, statuses, signatures,
 * folded text and sources, each mistake reported at its node. Shared by
 * load_build.c (leaves, interfaces, products) and load_msr.c (MSRs). */
#include "validate/load_build.h"

#include <stdlib.h>
#include <string.h>

#include "validate/parse.h"
#include "validate/util/text.h"

bool hv_build_is_element(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

size_t hv_build_count_children(xmlNodePtr parent, const char *name)
{
    size_t n = 0;
    for (xmlNodePtr c = parent->children; c; c = c->next)
        n += hv_build_is_element(c, name);
    return n;
}

void *hv_build_alloc_array(hv_build *b, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    void *p = hv_arena_array(b->arena, n, size);
    if (!p)
        b->oom = true;
    return p;
}

/* An attribute's value where the parser left it: the content of its one
 * text node ("" for an empty value), without the copy xmlGetNoNsProp
 * makes. *copy is set when the value had to be assembled (the caller frees
 * it); NULL when the attribute is absent. */
static const char *attr_value(xmlNodePtr node, const char *name, xmlChar **copy)
{
    *copy = NULL;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (a->ns || strcmp((const char *)a->name, name) != 0)
            continue;
        if (!a->children)
            return "";
        if (a->children->type == XML_TEXT_NODE && !a->children->next && a->children->content)
            return (const char *)a->children->content;
        *copy = xmlGetNoNsProp(node, (const xmlChar *)name);
        return (const char *)*copy;
    }
    return NULL;
}

const char *hv_build_attr(hv_build *b, xmlNodePtr node, const char *name)
{
    xmlChar *copy;
    const char *v = attr_value(node, name, &copy);
    if (!v)
        return NULL;
    const char *s = hv_arena_strdup(b->arena, v);
    xmlFree(copy);
    if (!s)
        b->oom = true;
    return s;
}

/* Text with runs of white space folded to one space and ends trimmed, so a
 * description wrapped over several lines reads as one paragraph. */
const char *hv_build_text(hv_build *b, xmlNodePtr node)
{
    /* the common case, one text node, read in place; else assembled */
    bool one = node->children && !node->children->next && node->children->type == XML_TEXT_NODE;
    xmlChar *raw = one ? node->children->content : xmlNodeGetContent(node);
    if (!raw)
        return NULL;
    size_t n = strlen((const char *)raw), o = 0;
    char *out = hv_arena_alloc(b->arena, n + 1);
    if (!out) {
        b->oom = true;
        if (!one)
            xmlFree(raw);
        return NULL;
    }
    bool space = false;
    for (const char *p = (const char *)raw; *p; p++) {
        bool ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (ws) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = *p;
    }
    out[o] = '\0';
    if (!one)
        xmlFree(raw);
    return out;
}

const char *hv_build_doc(hv_build *b, xmlNodePtr node)
{
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (hv_build_is_element(c, "doc"))
            return hv_build_text(b, c);
    return NULL;
}

hv_loc hv_build_loc(hv_build *b, xmlNodePtr node)
{
    return hv_xml_node_loc(b->file, node);
}

int hv_build_quoted_len(const char *s)
{
    return (int)hv_utf8_cut(s, strlen(s), HV_QUOTE_MAX);
}

/* Parses a numeric attribute; reports [number] on bad syntax. Returns false
 * when absent or invalid (*present tells which). */
bool hv_build_number(hv_build *b, xmlNodePtr node, const char *name, uint32_t *out, bool *present)
{
    xmlChar *copy;
    const char *v = attr_value(node, name, &copy);
    if (present)
        *present = v != NULL;
    if (!v)
        return false;
    const char *why = NULL;
    bool ok = hv_parse_u32(v, 0xFFFFFFFFu, out, &why);
    if (!ok)
        hv_report(b->sink, HV_CHECK_NUMBER, hv_xml_attr_loc(b->file, node, name),
                  "invalid number '%.*s' in %s=: %s", hv_build_quoted_len(v), v, name, why);
    xmlFree(copy);
    return ok;
}

hv_status hv_build_status(hv_build *b, xmlNodePtr node, hv_status fallback)
{
    const char *s = hv_build_attr(b, node, "status");
    if (s)
        for (int i = 0; i < HV_STATUS_COUNT; i++)
            if (strcmp(s, hv_status_name((hv_status)i)) == 0)
                return (hv_status)i;
    return fallback;
}

/* Unescapes a signature attribute; bad escapes are [signature] findings. */
void hv_build_signature(hv_build *b, xmlNodePtr node, const char *name, hv_signature *sig)
{
    const char *text = hv_build_attr(b, node, name);
    memset(sig, 0, sizeof *sig);
    if (!text)
        return;
    sig->present = true;
    sig->text = text;
    sig->loc = hv_xml_attr_loc(b->file, node, name);
    const char *why = NULL;
    sig->valid = hv_unescape_signature(text, sig->bytes, sizeof sig->bytes, &sig->len, &why);
    if (!sig->valid)
        hv_report(b->sink, HV_CHECK_SIGNATURE, sig->loc, "signature '%.*s': %s",
                  hv_build_quoted_len(text), text, why);
}

hv_sources hv_build_sources(hv_build *b, xmlNodePtr node)
{
    hv_sources s = {NULL, 0};
    s.items = hv_build_alloc_array(b, hv_build_count_children(node, "source"), sizeof *s.items);
    for (xmlNodePtr c = node->children; c && s.items; c = c->next) {
        if (!hv_build_is_element(c, "source"))
            continue;
        hv_source *src = &s.items[s.count++];
        src->loc = hv_build_loc(b, c);
        src->repo = hv_build_attr(b, c, "repo");
        src->path = hv_build_attr(b, c, "path");
        src->commit = hv_build_attr(b, c, "commit");
        src->url = hv_build_attr(b, c, "url");
        src->title = hv_build_attr(b, c, "title");
        src->note = hv_build_attr(b, c, "note");
    }
    return s;
}

void *hv_build_array(hv_build *b, xmlNodePtr parent, const char *child, size_t size, size_t *n)
{
    *n = 0;
    return hv_build_alloc_array(b, hv_build_count_children(parent, child), size);
}
