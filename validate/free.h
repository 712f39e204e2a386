/* validate/free.h - the free-space query behind `hvcpuid free`: the leaf offsets,
 * bases and register bits a vendor can still take and pass the gate, and for
 * everything else, who holds it. It answers from the collision model
 * (validate/claims.h) the checks use, so it agrees with `hvcpuid check`
 * exactly: an offset it offers passes the check once taken, one it refuses
 * fails it (tests/free/property.py proves both over every base and every
 * interface of a registry).
 *
 *   offsets, no option      not held by a generic allocation
 *   offsets at a base       ... nor claimed (used or held) by an interface a
 *                           product shows at that base
 *   offsets for interface   ... nor held or defined by the interface itself,
 *                           nor above its max-leaf, nor claimed by an
 *                           interface its products show beside it (unless
 *                           one overrides the other); generic allocations it
 *                           follows are its to use
 *   bases                   not used by any product
 *   bits of one register    the bits no named field covers, split into
 *                           documented-reserved and undocumented ones
 *
 * "Taking" offset X means: for an interface that claims anything (or the
 * newcomer of --base), an allocation X..X in force with a leaf X; for an
 * interface that claims nothing, a leaf X. Retired (withdrawn, lapsed)
 * allocations and products claim nothing; proposals and reservations do,
 * except against the leaves of an interface that claims nothing, which only
 * allocations in force refuse ([leaf-outside-allocation]).
 *
 * A query that cannot be answered returns false with the reason in `err`;
 * printing answers is the caller's business. */
#ifndef HVCPUID_FREE_H
#define HVCPUID_FREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/claims.h"
#include "validate/model.h"
#include "validate/util/strbuf.h"

typedef struct hv_free_query {
    const char *interface_id; /* NULL: no interface */
    bool has_base, has_leaf, has_subleaf;
    uint32_t base, leaf, subleaf;
    const char *reg_name; /* "eax".."edx" for free bits, else NULL */
} hv_free_query;

/* Why an offset (or a base) is taken. */
typedef enum hv_taken_kind {
    HV_TAKEN_GENERIC,  /* a generic allocation holds it */
    HV_TAKEN_OWN,      /* the interface asked about holds it, or defines a leaf there */
    HV_TAKEN_MAX_LEAF, /* it lies above that interface's max-leaf */
    HV_TAKEN_SHOWN,    /* an interface shown there (or beside the one asked about) claims it */
} hv_taken_kind;

typedef struct hv_taken {
    hv_taken_kind kind;
    const hv_interface *iface;  /* whose claim it is; NULL for a generic allocation */
    const hv_allocation *alloc; /* the allocation that holds it, or NULL */
    const hv_leaf *leaf;        /* the leaf that uses it, or NULL */
    int signature;              /* 0, or 12 / 4: it is iface's vendor / interface signature */
    const hv_presents *shown;   /* HV_TAKEN_SHOWN: the placement showing iface */
    const hv_interface *beside; /* HV_TAKEN_SHOWN for an interface: the one asked about */
    hv_loc loc;                 /* where the claim is declared */
} hv_taken;

/* One offset (or base) of the answer: the reasons it is taken, none when
 * it is free. */
typedef struct hv_free_slot {
    size_t *reasons; /* indices into hv_free_answer.reasons, in the order found */
    size_t count, cap;
} hv_free_slot;

/* 256 slots: offsets 0x00..0xff of a window, or bases 0x40000000 +
 * 0x100 * slot. The answer owns its arrays (hv_free_answer_free). */
typedef struct hv_free_answer {
    bool bases;
    hv_taken *reasons;
    size_t reason_count, reason_cap;
    hv_free_slot slot[HV_WINDOW_SIZE];
    bool failed; /* out of memory: the answer is incomplete */
} hv_free_answer;

/* The offsets still free for the query (interface and/or base). */
bool hv_free_offsets(const hv_registry *reg, const hv_free_query *q, hv_free_answer *out, char *err,
                     size_t errlen);
/* The bases no product shows anything at. */
bool hv_free_bases(const hv_registry *reg, hv_free_answer *out);
void hv_free_answer_free(hv_free_answer *answer);

/* "generic allocation 'generic-timing' (active 0x10..0x10) holds it": one
 * reason in words, appended to `out`. */
void hv_taken_describe(const hv_taken *t, hv_strbuf *out);
/* "generic", "own", "max-leaf" or "shown". */
const char *hv_taken_kind_name(hv_taken_kind kind);

/* What the registry says about each bit of one register of one leaf. */
typedef struct hv_free_bits {
    uint32_t named;    /* bits of named fields: taken */
    uint32_t reserved; /* bits only <reserved> ranges cover: free, documented as reserved */
} hv_free_bits;

/* The bits of register q->reg_name of leaf q->leaf (and q->subleaf) of
 * interface q->interface_id. */
bool hv_free_bits_of(const hv_registry *reg, const hv_free_query *q, hv_free_bits *out, char *err,
                     size_t errlen);

#endif
