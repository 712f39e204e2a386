/* validate/load_schema_model.c - the built-in schema read into a content model
 * (see validate/load_schema_model.h), and the questions validate/load_schema.c
 * asks it. */
#include "validate/load_schema_model.h"

#include <string.h>

#include "validate/load.h"

#define MAX_DEPTH 64 /* refs nest a few levels; a cycle would not end */

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

bool hv_rng_load(rng *g)
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

void hv_rng_free(rng *g)
{
    xmlFreeDoc(g->doc);
    hv_arena_free(g->arena);
}

/* ---- the model, asked --------------------------------------------------------- */

const rng_elem *hv_rng_member_named(const rng_particle *p, const char *name)
{
    for (const rng_member *m = p ? p->members : NULL; m; m = m->next)
        if (m->elem && m->elem->name && strcmp(m->elem->name, name) == 0)
            return m->elem;
    return NULL;
}

const rng_elem *hv_rng_child_named(const rng_elem *e, const char *name)
{
    for (const rng_particle *p = e->content; p; p = p->next) {
        const rng_elem *c = hv_rng_member_named(p, name);
        if (c)
            return c;
    }
    return NULL;
}

const rng_attr *hv_rng_attr_named(const rng_elem *e, const char *name)
{
    for (const rng_attr *a = e->attrs; a; a = a->next)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}

xmlNodePtr hv_rng_next_element(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

xmlNodePtr hv_rng_misplaced(const rng_elem *e, xmlNodePtr n, const rng_particle **missing)
{
    const rng_particle *p = e->content;
    unsigned seen = 0;
    *missing = NULL;
    for (xmlNodePtr c = hv_rng_next_element(n->children); c; c = hv_rng_next_element(c->next)) {
        for (;;) {
            if (!p)
                return c;
            if (hv_rng_member_named(p, (const char *)c->name) && seen < p->max) {
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
