/* validate/load_schema_model.h - the built-in schema as a small content model.
 *
 * Every <element> pattern of validate/registry.rng becomes an rng_elem with
 * its attributes (required or not, allowed values) and its content as a
 * sequence of particles, each a set of element patterns with a minimum and a
 * maximum count (a <choice> inside <zeroOrMore> is one particle whose members
 * come in any order). <ref>s are followed, so "head" expands to <doc>?
 * <source>*. That is all the schema uses; a pattern the model does not know
 * leaves the message to libxml2. validate/load_schema.c words schema errors
 * from it. Internal to the loader. */
#ifndef HVCPUID_LOAD_SCHEMA_MODEL_H
#define HVCPUID_LOAD_SCHEMA_MODEL_H

#include <libxml/tree.h>
#include <limits.h>
#include <stdbool.h>

#include "validate/util/arena.h"

#define MANY UINT_MAX

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

/* Reads the compiled-in schema into `g`; false when it cannot (then the
 * messages stay libxml2's). hv_rng_free() either way. */
bool hv_rng_load(rng *g);
void hv_rng_free(rng *g);

/* The child pattern of `e` named `name`, or NULL. */
const rng_elem *hv_rng_child_named(const rng_elem *e, const char *name);
/* The member of particle `p` named `name`, or NULL. */
const rng_elem *hv_rng_member_named(const rng_particle *p, const char *name);
/* The attribute of `e` named `name`, or NULL. */
const rng_attr *hv_rng_attr_named(const rng_elem *e, const char *name);
/* `n` or the first element node after it, or NULL. */
xmlNodePtr hv_rng_next_element(xmlNodePtr n);
/* Matches the element children of `n` against the content of `e`, in
 * order: returns the first child the content has no place for there, or
 * NULL; then *missing is a particle left short of its minimum (or NULL). */
xmlNodePtr hv_rng_misplaced(const rng_elem *e, xmlNodePtr n, const rng_particle **missing);

#endif
