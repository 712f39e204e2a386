/* gen/emit/xml_builder.c - the libxml2 node helpers the canonical XML is built
 * with (gen/emit/xml_builder.h says why they look as they do). */
#include "gen/emit/xml_builder.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A new child element of `parent` (NULL-safe). */
xmlNodePtr hv_xb_el(hv_xml_builder *b, xmlNodePtr parent, const char *name)
{
    if (!parent) {
        b->failed = true;
        return NULL;
    }
    xmlNodePtr n = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
    if (!n)
        b->failed = true;
    return n;
}

/* Sets an attribute to a literal value (xmlSetProp does not parse entity
 * references); a NULL value leaves the attribute out. */
void hv_xb_set(hv_xml_builder *b, xmlNodePtr n, const char *name, const char *value)
{
    if (!n || !value)
        return;
    if (!xmlSetProp(n, BAD_CAST name, BAD_CAST value))
        b->failed = true;
}

void hv_xb_setf(hv_xml_builder *b, xmlNodePtr n, const char *name, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    hv_xb_set(b, n, name, buf);
}

/* Sets an attribute from a malloc'd string and frees it. */
void hv_xb_set_owned(hv_xml_builder *b, xmlNodePtr n, const char *name, char *value)
{
    if (!value)
        b->failed = true;
    hv_xb_set(b, n, name, value);
    free(value);
}

/* <name>text</name> as an escaped text node; nothing when text is NULL. */
xmlNodePtr hv_xb_text_el(hv_xml_builder *b, xmlNodePtr parent, const char *name, const char *text)
{
    if (!text || !parent)
        return NULL;
    xmlNodePtr n = xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
    if (!n)
        b->failed = true;
    return n;
}

/* A registry file name without the folder all files share, so the output
 * does not depend on where the registry lies or how it was named. */
const char *hv_xb_display_file(const hv_xml_builder *b, const char *file)
{
    if (!file)
        return NULL;
    if (b->strip && strlen(file) > b->strip && strncmp(file, b->reg->files[0], b->strip) == 0)
        return file + b->strip;
    return file;
}

/* How many leading bytes of every registry file name are the folder they
 * share. */
size_t hv_xb_common_folder(const hv_registry *reg)
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

/* Which diagnostic (1-based, 0 for none) names a location as either side. */
size_t hv_xb_diag_naming(const hv_xml_builder *b, hv_loc loc)
{
    const hv_diag_sink *d = b->diags;
    for (size_t i = 0; d && loc.file && i < d->count; i++) {
        if (hv_loc_compare(d->items[i].loc, loc) == 0)
            return i + 1;
        for (size_t k = 0; k < d->items[i].note_count; k++)
            if (hv_loc_compare(d->items[i].notes[k].loc, loc) == 0)
                return i + 1;
    }
    return 0;
}

/* Marks an object a finding names, so the page can link back to it. */
void hv_xb_report_ref(hv_xml_builder *b, xmlNodePtr n, hv_loc loc)
{
    size_t diag = hv_xb_diag_naming(b, loc);
    if (diag)
        hv_xb_setf(b, n, "report", "report_%zu", diag);
}
