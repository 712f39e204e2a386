/* validate/load_schema.c - schema errors worded from the schema (see
 * validate/load_schema.h).
 *
 * What the schema expects at each element comes from its content model
 * (validate/load_schema_model.h); this file finds the first mistake of each
 * element and words it. */
#include "validate/load_schema.h"

#include <string.h>

#include "validate/load.h"
#include "validate/load_schema_model.h"
#include "validate/util/strbuf.h"

/* "xi:include" for an element or attribute in a namespace, else its name. */
static void put_qname(hv_strbuf *sb, const xmlNs *ns, const xmlChar *name)
{
    if (ns && ns->prefix)
        hv_strbuf_printf(sb, "%s:", (const char *)ns->prefix);
    hv_strbuf_puts(sb, (const char *)name);
}

/* ---- the words ------------------------------------------------------------------- */

static void put_members(hv_strbuf *sb, const rng_particle *p)
{
    for (const rng_member *m = p->members; m; m = m->next)
        hv_strbuf_printf(sb, "%s<%s>",
                         m == p->members ? ""
                         : m->next       ? ", "
                                         : " or ",
                         m->elem ? m->elem->name : "?");
}

/* "<doc> (optional), <source> (any number), <leaf> (any number)" */
static void put_order(hv_strbuf *sb, const rng_elem *e)
{
    for (const rng_particle *p = e->content; p; p = p->next) {
        hv_strbuf_puts(sb, p == e->content ? "" : ", ");
        put_members(sb, p);
        bool several = p->members && p->members->next;
        if (p->max == MANY)
            hv_strbuf_printf(sb, " (%s%s)", p->min ? "one or more" : "any number",
                             several ? ", in any order" : "");
        else if (!p->min)
            hv_strbuf_puts(sb, " (optional)");
    }
}

static void put_children(hv_strbuf *sb, const rng_elem *e)
{
    if (!e->content) {
        hv_strbuf_printf(sb, "<%s> holds no elements", e->name);
        return;
    }
    hv_strbuf_printf(sb, "the children of <%s> come in this order: ", e->name);
    put_order(sb, e);
}

static void put_attrs(hv_strbuf *sb, const rng_elem *e)
{
    if (!e->attrs) {
        hv_strbuf_printf(sb, "<%s> takes no attributes", e->name);
        return;
    }
    hv_strbuf_printf(sb, "<%s> takes ", e->name);
    for (const rng_attr *a = e->attrs; a; a = a->next)
        hv_strbuf_printf(sb, "%s%s%s", a == e->attrs ? "" : ", ", a->name,
                         a->required ? " (required)" : "");
}

static void put_values(hv_strbuf *sb, const rng_attr *a)
{
    for (const rng_value *v = a->values; v; v = v->next)
        hv_strbuf_printf(sb, "%s%s", v == a->values ? "" : v->next ? ", " : " or ", v->text);
}

/* ---- one finding per element ----------------------------------------------------- */

typedef struct explainer {
    const hv_xml_file *file;
    hv_diag_sink *sink;
    const rng *g;
    size_t found; /* findings reported */
} explainer;

static void report(explainer *x, hv_loc loc, hv_strbuf *msg)
{
    x->found++;
    hv_report(x->sink, HV_CHECK_SCHEMA, loc, "%s (docs/format.md)", hv_strbuf_cstr(msg));
}

/* <c> has no place at all, or not there, among the children of <parent>
 * (NULL: c is the root element). */
static void explain_place(explainer *x, xmlNodePtr c, const rng_elem *parent, hv_strbuf *msg)
{
    hv_strbuf_putc(msg, '<');
    put_qname(msg, c->ns, c->name);
    if (!parent)
        hv_strbuf_puts(msg, "> cannot start a registry file: it starts with ");
    else if (!c->ns && hv_rng_child_named(parent, (const char *)c->name))
        hv_strbuf_printf(msg, "> is out of place in <%s>: ", parent->name);
    else
        hv_strbuf_printf(msg, "> does not belong in <%s>: ", parent->name);
    if (parent)
        put_children(msg, parent);
    else
        put_order(msg, &x->g->root);
    report(x, hv_xml_node_loc(x->file, c), msg);
}

/* Attributes: one it does not take, a value not allowed, one it misses. */
static bool explain_attrs(explainer *x, xmlNodePtr n, const rng_elem *e, hv_strbuf *msg)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        const rng_attr *want = a->ns ? NULL : hv_rng_attr_named(e, name);
        if (!want) {
            hv_strbuf_printf(msg, "<%s> has no attribute ", e->name);
            put_qname(msg, a->ns, a->name);
            hv_strbuf_puts(msg, "; ");
            put_attrs(msg, e);
        } else if (want->values) {
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            bool ok = false;
            for (const rng_value *val = want->values; v && val; val = val->next)
                ok |= strcmp(val->text, (const char *)v) == 0;
            xmlFree(v);
            if (ok)
                continue;
            hv_strbuf_printf(msg, "%s= of <%s> must be ", name, e->name);
            put_values(msg, want);
        } else {
            continue;
        }
        report(x, hv_xml_attr_loc(x->file, n, name), msg);
        return true;
    }
    for (const rng_attr *want = e->attrs; want; want = want->next)
        if (want->required && !xmlHasProp(n, BAD_CAST want->name)) {
            hv_strbuf_printf(msg, "<%s> needs the attribute %s; ", e->name, want->name);
            put_attrs(msg, e);
            report(x, hv_xml_node_loc(x->file, n), msg);
            return true;
        }
    return false;
}

static bool has_text(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            for (const xmlChar *t = c->content; t && *t; t++)
                if (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r')
                    return true;
    return false;
}

/* The first mistake of element `n` (pattern `e`, NULL: none; parent
 * pattern `pe`; `out_of_place`: the parent's content has no place for it
 * there): its place, then its attributes, a child it lacks, its text. */
static void explain_element(explainer *x, xmlNodePtr n, const rng_elem *e, const rng_elem *pe,
                            bool out_of_place)
{
    hv_strbuf msg;
    hv_strbuf_init(&msg);
    const rng_particle *missing = NULL;
    if (!e || out_of_place) {
        explain_place(x, n, pe, &msg);
    } else if (explain_attrs(x, n, e, &msg)) {
    } else if (!hv_rng_misplaced(e, n, &missing) &&
               missing) { /* a misplaced child: its own finding */
        hv_strbuf_printf(&msg, "<%s> needs %s", e->name,
                         missing->max == MANY ? "at least one " : "");
        put_members(&msg, missing);
        hv_strbuf_puts(&msg, "; ");
        put_children(&msg, e);
        report(x, hv_xml_node_loc(x->file, n), &msg);
    } else if (!e->text && has_text(n)) {
        hv_strbuf_printf(&msg, "<%s> holds no text of its own (a description goes in <doc>)",
                         e->name);
        report(x, hv_xml_node_loc(x->file, n), &msg);
    }
    hv_strbuf_free(&msg);
}

/* The validator gives up on an element's content at its first mistake;
 * this walks the whole tree instead: every element once, below those that
 * have a place in the schema, one finding per element at most. `parent`
 * NULL: `first` is the root element. */
static void explain_children(explainer *x, xmlNodePtr parent, xmlNodePtr first, const rng_elem *pe)
{
    const rng_particle *missing;
    xmlNodePtr stray = parent ? hv_rng_misplaced(pe, parent, &missing) : NULL;
    for (xmlNodePtr c = hv_rng_next_element(first); c; c = hv_rng_next_element(c->next)) {
        if (x->sink->count >= HV_DIAG_LIMIT)
            return; /* the sink keeps no more */
        const rng_elem *e = c->ns ? NULL : hv_rng_child_named(pe, (const char *)c->name);
        explain_element(x, c, e, parent ? pe : NULL, c == stray);
        if (e)
            explain_children(x, c, c->children, e);
    }
}

void hv_schema_explain(const hv_xml_file *file, const hv_schema_complaint *complaints, size_t count,
                       hv_diag_sink *sink)
{
    rng g;
    explainer x = {file, sink, &g, 0};
    if (hv_rng_load(&g))
        explain_children(&x, NULL, xmlDocGetRootElement(file->doc), &g.root);
    hv_rng_free(&g);
    if (x.found)
        return;
    /* the model sees nothing wrong: libxml2's own words, once per element */
    for (size_t i = 0; i < count; i++) {
        const hv_schema_complaint *c = &complaints[i];
        bool again = false;
        for (size_t k = 0; k < i && c->node; k++)
            again |= complaints[k].node == c->node;
        if (again)
            continue;
        hv_loc loc = c->node ? hv_xml_node_loc(file, c->node) : (hv_loc){file->path, c->line, 0};
        hv_report(sink, HV_CHECK_SCHEMA, loc,
                  "does not match the registry schema: %s (see docs/format.md)", c->message);
    }
}
