/* validate/load_limits.c - the limits of validate/load_limits.h: a pre-scan of
 * the raw bytes for what makes libxml2 itself slow (attributes, namespace
 * declarations), and a walk over the parsed document for values longer
 * than their limit, both before the schema and the model see the file. */
#include "validate/load_limits.h"

#include <string.h>

/* ---- the pre-scan -------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Counts of one start tag. */
typedef struct tag_counts {
    size_t attributes, namespaces;
} tag_counts;

/* Skips the attribute value at b[i] (after '='), quoted or not. */
static size_t skip_value(const char *b, size_t i, size_t len)
{
    while (i < len && is_space(b[i]))
        i++;
    if (i < len && (b[i] == '"' || b[i] == '\'')) {
        const char *close = memchr(b + i + 1, b[i], len - i - 1);
        return close ? (size_t)(close - b) + 1 : len;
    }
    return i;
}

/* Counts the attributes of the start tag whose '<' is at b[i]; returns the
 * offset after its '>'. Quoted values may hold '>' and '='. */
static size_t scan_start_tag(const char *b, size_t i, size_t len, tag_counts *n)
{
    i++;
    while (i < len && !is_space(b[i]) && b[i] != '>' && b[i] != '/')
        i++;
    while (i < len) {
        while (i < len && (is_space(b[i]) || b[i] == '/'))
            i++;
        if (i >= len || b[i] == '>')
            return i + 1;
        size_t name = i;
        while (i < len && b[i] != '=' && !is_space(b[i]) && b[i] != '>' && b[i] != '/')
            i++;
        if (i == name) { /* a stray '=': malformed, the parser says so */
            i = skip_value(b, i + 1, len);
            continue;
        }
        n->attributes++;
        if (i - name >= 5 && memcmp(b + name, "xmlns", 5) == 0 &&
            (i - name == 5 || b[name + 5] == ':'))
            n->namespaces++;
        while (i < len && is_space(b[i]))
            i++;
        if (i < len && b[i] == '=')
            i = skip_value(b, i + 1, len);
    }
    return len;
}

/* Offset just past `end` at or after b[i], or len when it never comes. */
static size_t skip_past(const char *b, size_t i, size_t len, const char *end)
{
    size_t n = strlen(end);
    for (; i + n <= len; i++) {
        const char *p = memchr(b + i, end[0], len - i);
        if (!p)
            return len;
        i = (size_t)(p - b);
        if (i + n <= len && memcmp(b + i, end, n) == 0)
            return i + n;
    }
    return len;
}

bool hv_xml_prescan(const hv_xml_file *file, hv_diag_sink *sink)
{
    const char *b = file->buf;
    size_t len = file->len, i = 0, namespaces = 0;
    while (i < len) {
        const char *lt = memchr(b + i, '<', len - i);
        if (!lt)
            break;
        i = (size_t)(lt - b);
        if (len - i >= 4 && memcmp(b + i, "<!--", 4) == 0) {
            i = skip_past(b, i + 4, len, "-->");
        } else if (len - i >= 9 && memcmp(b + i, "<![CDATA[", 9) == 0) {
            i = skip_past(b, i + 9, len, "]]>");
        } else if (len - i >= 2 && b[i + 1] == '?') {
            i = skip_past(b, i + 2, len, "?>");
        } else if (len - i >= 2 && b[i + 1] == '!') {
            break; /* a DOCTYPE: the parser refuses it before any element */
        } else if (len - i >= 2 && b[i + 1] == '/') {
            i = skip_past(b, i + 2, len, ">");
        } else {
            size_t at = i;
            tag_counts n = {0, 0};
            i = scan_start_tag(b, i, len, &n);
            namespaces += n.namespaces;
            if (n.attributes > HV_MAX_ATTRIBUTES) {
                hv_report(sink, HV_CHECK_XML, hv_xml_offset_loc(file, at),
                          "element with %zu attributes, over the limit of %d for one "
                          "element; no registry element needs more than nine",
                          n.attributes, HV_MAX_ATTRIBUTES);
                return false;
            }
            if (namespaces > HV_MAX_NAMESPACES) {
                hv_report(sink, HV_CHECK_XML, hv_xml_offset_loc(file, at),
                          "more than %d xmlns declarations in one file; registry files need "
                          "none (their elements have no namespace)",
                          HV_MAX_NAMESPACES);
                return false;
            }
        }
    }
    return true;
}

/* ---- value lengths ------------------------------------------------------- */

static bool named(const xmlChar *name, const char *want)
{
    return strcmp((const char *)name, want) == 0;
}

/* The limit of attribute `attr` on element `elem`, and what it is called. */
static size_t limit_of(const xmlChar *elem, const xmlChar *attr, const char **what)
{
    if (named(attr, "id") || named(attr, "interface") || named(attr, "overrides") ||
        named(attr, "allocation")) {
        *what = "ids";
        return HV_MAX_ID_LEN;
    }
    bool c_name = named(elem, "leaf") || named(elem, "field") || named(elem, "reserved") ||
                  named(elem, "value") || named(elem, "register") || named(elem, "msr");
    if ((named(attr, "name") && c_name) || named(attr, "alternative-to") ||
        named(attr, "replaced-by") || (named(elem, "msr-base") && named(attr, "field"))) {
        *what = "leaf, field, value and MSR names";
        return HV_MAX_NAME_LEN;
    }
    if (named(attr, "name")) {
        *what = "names";
        return HV_MAX_LABEL_LEN;
    }
    if (named(attr, "upstream") || named(attr, "upstream-alias") || named(attr, "upstream-shift")) {
        *what = "upstream names";
        return HV_MAX_UPSTREAM_LEN;
    }
    if (named(attr, "msrs") || named(attr, "announces")) {
        *what = "lists of MSR names";
        return HV_MAX_NAME_LIST_LEN;
    }
    if (named(elem, "include")) {
        *what = "include file names";
        return HV_MAX_INCLUDE_LEN;
    }
    if (named(elem, "source")) {
        *what = "<source> attributes";
        return HV_MAX_SOURCE_LEN;
    }
    *what = "numbers, signatures and other values";
    return HV_MAX_VALUE_LEN;
}

/* Reports each attribute of `node` over its limit; false when any is. */
static bool node_lengths(const hv_xml_file *file, xmlNodePtr node, hv_diag_sink *sink)
{
    bool ok = true;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        xmlChar *v = xmlNodeListGetString(file->doc, a->children, 1);
        size_t n = v ? strlen((const char *)v) : 0;
        xmlFree(v);
        const char *what = NULL;
        size_t max = limit_of(node->name, a->name, &what);
        if (n <= max)
            continue;
        ok = false;
        hv_report(sink, HV_CHECK_SCHEMA, hv_xml_attr_loc(file, node, (const char *)a->name),
                  "%s= of <%s> is %zu bytes, over the %zu-byte limit for %s (docs/format.md)",
                  (const char *)a->name, (const char *)node->name, n, max, what);
    }
    return ok;
}

bool hv_xml_check_lengths(const hv_xml_file *file, hv_diag_sink *sink)
{
    bool ok = true;
    xmlNodePtr node = xmlDocGetRootElement(file->doc);
    while (node) { /* depth first, without recursion */
        if (node->type == XML_ELEMENT_NODE && !node_lengths(file, node, sink))
            ok = false;
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node && !node->next)
            node = node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : NULL;
        if (node)
            node = node->next;
    }
    return ok;
}
