/* validate/load_schema.c - schema errors worded from the schema (see
 * validate/load_schema.h).
 *
 * The model: every <element> pattern of validate/registry.rng becomes an
 * rng_elem with its attributes (required or not, allowed values) and its
 * content as a sequence of particles, each a set of element patterns with
 * a minimum and a maximum count (a <choice> inside <zeroOrMore> is one
 * particle whose members come in any order). <ref>s are followed, so
 * "head" expands to <doc>? <source>*. That is all the schema uses; a
 * pattern the model does not know leaves the message to libxml2. */
#include "validate/load_schema.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/load.h"
#include "validate/util/arena.h"
#include "validate/util/strbuf.h"

#define MANY      UINT_MAX
#define MAX_DEPTH 64 /* refs nest a few levels; a cycle would not end */

typedef struct rng_value {
    const char *text;
    struct rng_value *next;
} rng_value;

typedef struct rng_attr {
    const char *name;
    bool required;
    rng_value *values; /* NULL: any text */
    struct rng_attr *next;
} rng_attr;

struct rng_elem;

typedef struct rng_member {
    const struct rng_elem *elem;
    struct rng_member *next;
} rng_member;

typedef struct rng_particle {
    rng_member *members;
    unsigned min, max;
    struct rng_particle *next;
} rng_particle;

typedef struct rng_elem {
    const char *name;
    xmlNodePtr pattern; /* the <element> node it was read from */
    rng_attr *attrs;
    rng_particle *content;
    bool text; /* may hold text of its own */
    struct rng_elem *next_made;
} rng_elem;

typedef struct rng {
    hv_arena *arena;
    xmlDocPtr doc;
    xmlNodePtr grammar;
    rng_elem root; /* a pseudo element whose one particle holds the possible roots */
    rng_elem *made;
    bool failed;
} rng;

/* ---- the model, from the schema ----------------------------------------------- */

static bool is(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static const char *prop(rng *g, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    const char *s = v ? hv_arena_strdup(g->arena, (const char *)v) : NULL;
    xmlFree(v);
    if (v && !s)
        g->failed = true;
    return s;
}

static void *alloc(rng *g, size_t size)
{
    void *p = hv_arena_alloc(g->arena, size);
    if (!p)
        g->failed = true;
    return p;
}

static xmlNodePtr define_named(const rng *g, const char *name)
{
    for (xmlNodePtr d = g->grammar->children; d && name; d = d->next) {
        if (!is(d, "define"))
            continue;
        xmlChar *n = xmlGetProp(d, BAD_CAST "name");
        bool hit = n && strcmp((const char *)n, name) == 0;
        xmlFree(n);
        if (hit)
            return d;
    }
    return NULL;
}

static rng_particle *new_particle(rng *g, rng_elem *e, unsigned min, unsigned max)
{
    rng_particle *p = alloc(g, sizeof *p), **tail = &e->content;
    if (!p)
        return NULL;
    p->min = min;
    p->max = max;
    while (*tail)
        tail = &(*tail)->next;
    *tail = p;
    return p;
}

static void add_member(rng *g, rng_particle *p, const rng_elem *member)
{
    rng_member *m = alloc(g, sizeof *m), **tail = &p->members;
    if (!m || !p)
        return;
    m->elem = member;
    while (*tail)
        tail = &(*tail)->next;
    *tail = m;
}

/* The <value>s under an attribute pattern (directly or in a <choice>). */
static void add_values(rng *g, rng_attr *a, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (is(n, "choice")) {
            add_values(g, a, n->children);
        } else if (is(n, "value")) {
            rng_value *v = alloc(g, sizeof *v), **tail = &a->values;
            xmlChar *text = xmlNodeGetContent(n);
            if (v && text && (v->text = hv_arena_strdup(g->arena, (const char *)text))) {
                while (*tail)
                    tail = &(*tail)->next;
                *tail = v;
            }
            xmlFree(text);
        }
    }
}

static void add_attr(rng *g, rng_elem *e, xmlNodePtr n, bool required)
{
    rng_attr *a = alloc(g, sizeof *a), **tail = &e->attrs;
    if (!a || !(a->name = prop(g, n, "name")))
        return;
    a->required = required;
    add_values(g, a, n->children);
    while (*tail)
        tail = &(*tail)->next;
    *tail = a;
}

static const rng_elem *element_of(rng *g, xmlNodePtr pattern, int depth);

/* Reads the patterns from `n` on into element `e`: `min`/`max` count the
 * repetition the enclosing patterns allow, `group` the particle a
 * repetition or choice collects its elements into (NULL: each element a
 * particle of its own). */
static void walk(rng *g, xmlNodePtr n, rng_elem *e, unsigned min, unsigned max, rng_particle *group,
                 int depth)
{
    if (depth > MAX_DEPTH) {
        g->failed = true;
        return;
    }
    for (; n && !g->failed; n = n->next) {
        if (is(n, "element")) {
            const rng_elem *c = element_of(g, n, depth + 1);
            add_member(g, group ? group : new_particle(g, e, min, max), c);
        } else if (is(n, "attribute")) {
            add_attr(g, e, n, min > 0);
        } else if (is(n, "ref")) {
            xmlNodePtr d = define_named(g, prop(g, n, "name"));
            if (d)
                walk(g, d->children, e, min, max, group, depth + 1);
        } else if (is(n, "optional")) {
            walk(g, n->children, e, 0, max, group, depth + 1);
        } else if (is(n, "zeroOrMore") || is(n, "oneOrMore")) {
            unsigned at_least = is(n, "oneOrMore") ? min : 0;
            walk(g, n->children, e, at_least, MANY,
                 group ? group : new_particle(g, e, at_least, MANY), depth + 1);
        } else if (is(n, "choice")) {
            walk(g, n->children, e, min, max, group ? group : new_particle(g, e, min, max),
                 depth + 1);
        } else if (is(n, "text")) {
            e->text = true;
        }
    }
}

static const rng_elem *element_of(rng *g, xmlNodePtr pattern, int depth)
{
    for (const rng_elem *m = g->made; m; m = m->next_made)
        if (m->pattern == pattern)
            return m;
    rng_elem *e = alloc(g, sizeof *e);
    if (!e)
        return NULL;
    e->name = prop(g, pattern, "name");
    e->pattern = pattern;
    e->next_made = g->made;
    g->made = e; /* before its content, so a pattern that refers to itself ends */
    walk(g, pattern->children, e, 1, 1, NULL, depth);
    return e;
}

static bool rng_load(rng *g)
{
    memset(g, 0, sizeof *g);
    g->arena = hv_arena_new(1u << 20);
    g->doc = xmlReadMemory(hv_registry_schema, (int)hv_registry_schema_len, "registry.rng", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    g->grammar = g->doc ? xmlDocGetRootElement(g->doc) : NULL;
    if (!g->arena || !g->grammar)
        return false;
    for (xmlNodePtr n = g->grammar->children; n; n = n->next)
        if (is(n, "start"))
            walk(g, n->children, &g->root, 1, 1, NULL, 0);
    return !g->failed && g->root.content;
}

static void rng_free(rng *g)
{
    xmlFreeDoc(g->doc);
    hv_arena_free(g->arena);
}

/* ---- the model, asked --------------------------------------------------------- */

static const rng_elem *member_named(const rng_particle *p, const char *name)
{
    for (const rng_member *m = p ? p->members : NULL; m; m = m->next)
        if (m->elem && m->elem->name && strcmp(m->elem->name, name) == 0)
            return m->elem;
    return NULL;
}

static const rng_elem *child_named(const rng_elem *e, const char *name)
{
    for (const rng_particle *p = e->content; p; p = p->next) {
        const rng_elem *c = member_named(p, name);
        if (c)
            return c;
    }
    return NULL;
}

/* "xi:include" for an element or attribute in a namespace, else its name. */
static void put_qname(hv_strbuf *sb, const xmlNs *ns, const xmlChar *name)
{
    if (ns && ns->prefix)
        hv_strbuf_printf(sb, "%s:", (const char *)ns->prefix);
    hv_strbuf_puts(sb, (const char *)name);
}

static const rng_attr *attr_named(const rng_elem *e, const char *name)
{
    for (const rng_attr *a = e->attrs; a; a = a->next)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}

static xmlNodePtr next_element(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

/* Matches the element children of `n` against the content of `e`, in
 * order: returns the first child the content has no place for there, or
 * NULL; then *missing is a particle left short of its minimum (or NULL). */
static xmlNodePtr misplaced(const rng_elem *e, xmlNodePtr n, const rng_particle **missing)
{
    const rng_particle *p = e->content;
    unsigned seen = 0;
    *missing = NULL;
    for (xmlNodePtr c = next_element(n->children); c; c = next_element(c->next)) {
        for (;;) {
            if (!p)
                return c;
            if (member_named(p, (const char *)c->name) && seen < p->max) {
                seen++;
                break;
            }
            if (seen < p->min)
                return c;
            p = p->next;
            seen = 0;
        }
    }
    for (; p; p = p->next, seen = 0)
        if (seen < p->min) {
            *missing = p;
            break;
        }
    return NULL;
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
    else if (!c->ns && child_named(parent, (const char *)c->name))
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
        const rng_attr *want = a->ns ? NULL : attr_named(e, name);
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
    } else if (!misplaced(e, n, &missing) && missing) { /* a misplaced child: its own finding */
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
    xmlNodePtr stray = parent ? misplaced(pe, parent, &missing) : NULL;
    for (xmlNodePtr c = next_element(first); c; c = next_element(c->next)) {
        if (x->sink->count >= HV_DIAG_LIMIT)
            return; /* the sink keeps no more */
        const rng_elem *e = c->ns ? NULL : child_named(pe, (const char *)c->name);
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
    if (rng_load(&g))
        explain_children(&x, NULL, xmlDocGetRootElement(file->doc), &g.root);
    rng_free(&g);
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
