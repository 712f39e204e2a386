/* hvcpuid-runtime.h - the vendorable hvcpuid runtime: decoder tables, CPUID
 * result sets, the dump parser, hypervisor identification, field decoding and
 * the live-CPU probe.
 *
 * Copy lib/ and the generated out/src/hvcpuid_tables.c into a project and
 * compile them as C99; nothing else is needed (no libxml2, no allocation: the
 * caller provides every buffer; no libc beyond <string.h>). This header itself
 * is C89 and C++98: a unit in either may include it. The tables are const data
 * generated from the hvcpuid registry; `hvcpuid_registry_tables` (declared at
 * the end) is the set generated from the shipped registry.
 *
 * The name has a '-', which no generated interface header has (docs/vendoring.md),
 * so this file and out/include/hvcpuid/ can share one include/hvcpuid/ folder. */
#ifndef HVCPUID_RUNTIME_H
#define HVCPUID_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { HVCPUID_EAX, HVCPUID_EBX, HVCPUID_ECX, HVCPUID_EDX };

/* The hypervisor range, also defined by the generated umbrella hvcpuid.h: the
 * same guarded lines, byte for byte (tests/cli/vendoring.sh compares them), so
 * a unit may include both in either order. */
#ifndef HVCPUID_RANGE_FIRST
#define HVCPUID_RANGE_FIRST 0x40000000U
#endif
#ifndef HVCPUID_RANGE_LAST
#define HVCPUID_RANGE_LAST 0x4000FFFFU
#endif
#ifndef HVCPUID_BASE_LAST
#define HVCPUID_BASE_LAST 0x4000FF00U
#endif

#define HVCPUID_BASE_COUNT 256u
#define HVCPUID_NONE       0xFFFFFFFFu

/* ---- tables (generated; see docs/decoder.md) ---------------------------- */

/* Field flags. */
#define HVCPUID_FIELD_RESERVED    0x01u /* a reserved range: must read as zero */
#define HVCPUID_FIELD_DEPRECATED  0x02u
#define HVCPUID_FIELD_ALTERNATIVE 0x04u /* another reading of an overlapping field */
/* A named field with status="reserved": bits real hosts set that no source
 * explains yet (docs/decoder.md, "Bits nobody has published"). */
#define HVCPUID_FIELD_UNDOCUMENTED 0x08u

/* How a field's value reads best (derived from its registered name; see
 * docs/decoder.md, "How values are shown"). One-bit fields are flags. */
enum {
    HVCPUID_SHOW_DEC,      /* a number: counts, versions, build numbers, ids, frequencies */
    HVCPUID_SHOW_HEX,      /* an address, leaf number, offset or multiplier */
    HVCPUID_SHOW_HEX_TEXT, /* four bytes of a signature or string: hex and text */
    HVCPUID_SHOW_SIGNED    /* a two's-complement number (a shift that may be negative) */
};

typedef struct hvcpuid_enum {
    uint32_t value;
    const char *name;
    const char *description;
} hvcpuid_enum;

typedef struct hvcpuid_field {
    uint8_t reg; /* HVCPUID_EAX .. HVCPUID_EDX */
    uint8_t msb, lsb;
    uint8_t flags;
    const char *name; /* NULL for reserved ranges */
    const char *upstream;
    const char *description;
    const hvcpuid_enum *values; /* sorted by value */
    uint32_t value_count;
    uint8_t show;     /* HVCPUID_SHOW_* */
    const char *unit; /* "kHz", "Hz" for a frequency, or NULL */
} hvcpuid_field;

typedef struct hvcpuid_leaf_def {
    uint32_t offset; /* from the interface's base */
    uint32_t subleaf;
    uint8_t has_subleaf; /* selected by ECX */
    const char *name;
    const char *upstream;
    const char *description;
    const hvcpuid_field *fields; /* sorted by register, then lsb */
    uint32_t field_count;
} hvcpuid_leaf_def;

typedef struct hvcpuid_interface {
    const char *id;
    const char *name;
    const char *vendor; /* vendor id */
    uint8_t has_vendor_signature, has_interface_signature, has_max_leaf;
    uint8_t vendor_signature[12];   /* EBX, ECX, EDX bytes */
    uint8_t interface_signature[4]; /* base+1 EAX bytes */
    uint32_t default_base;          /* 0 when none */
    uint32_t max_leaf;              /* highest offset, when has_max_leaf */
    const hvcpuid_leaf_def *leaves; /* sorted by offset, then sub-leaf */
    uint32_t leaf_count;
    const char *vendor_name; /* the vendor's name ("KVM (Linux)"), for people */
} hvcpuid_interface;

/* Vendor signature -> interface (the interface's own signature, and every
 * other vendor string a product shows for it). Sorted by bytes. */
typedef struct hvcpuid_vendor_sig {
    uint8_t bytes[12];
    uint32_t interface; /* index into interfaces */
} hvcpuid_vendor_sig;

/* Interface signature (base+1 EAX) -> interface. Sorted by bytes. */
typedef struct hvcpuid_interface_sig {
    uint8_t bytes[4];
    uint32_t interface;
} hvcpuid_interface_sig;

/* One interface a product presents, at a base, with the vendor string it
 * shows there (has_signature == 0: any). */
typedef struct hvcpuid_placement {
    uint32_t interface;
    uint32_t base;
    uint8_t has_signature;
    uint8_t signature[12];
} hvcpuid_placement;

typedef struct hvcpuid_hypervisor {
    const char *id;
    const char *name;
    const hvcpuid_placement *presents;
    uint32_t presents_count;
    const char *vendor; /* vendor id, as hvcpuid_interface.vendor */
} hvcpuid_hypervisor;

/* Synthetic MSRs (docs/decoder.md). A CPUID field of one interface:
 * interfaces[i].leaves[leaf].fields[field]. */
typedef struct hvcpuid_field_ref {
    uint32_t leaf, field;
} hvcpuid_field_ref;

typedef struct hvcpuid_msr_def {
    uint32_t address; /* at the default MSR base when the interface has one */
    const char *name;
    const char *upstream;
    const hvcpuid_field_ref *announced_by; /* the feature bits announcing it */
    uint32_t announced_by_count;           /* 0: no feature bit announces it */
} hvcpuid_msr_def;

/* The MSRs of one interface. */
typedef struct hvcpuid_interface_msrs {
    uint32_t interface; /* index into interfaces */
    uint8_t has_msr_base;
    uint32_t msr_base_default;       /* when has_msr_base */
    hvcpuid_field_ref msr_base_from; /* the field reporting the base */
    const hvcpuid_msr_def *msrs;     /* sorted by address */
    uint32_t msr_count;
} hvcpuid_interface_msrs;

typedef struct hvcpuid_tables {
    const hvcpuid_interface *interfaces; /* sorted by id */
    uint32_t interface_count;
    const hvcpuid_vendor_sig *vendor_sigs;
    uint32_t vendor_sig_count;
    const hvcpuid_interface_sig *interface_sigs;
    uint32_t interface_sig_count;
    const hvcpuid_hypervisor *hypervisors; /* sorted by id */
    uint32_t hypervisor_count;
    const hvcpuid_interface_msrs *msrs; /* the interfaces with MSRs, by index */
    uint32_t msr_interface_count;
} hvcpuid_tables;

/* Lookups (binary search). NULL when absent. */
const hvcpuid_interface *hvcpuid_find_interface(const hvcpuid_tables *t, const char *id);
const hvcpuid_interface *hvcpuid_find_by_vendor_sig(const hvcpuid_tables *t, const uint8_t sig[12]);
const hvcpuid_interface *hvcpuid_find_by_interface_sig(const hvcpuid_tables *t,
                                                       const uint8_t sig[4]);
/* The definition of leaf `offset` for ECX input `subleaf`: a leaf defined
 * without sub-leaves matches any ECX. */
const hvcpuid_leaf_def *hvcpuid_find_leaf(const hvcpuid_interface *iface, uint32_t offset,
                                          uint32_t subleaf);
/* 1 when the interface defines leaf `offset` with sub-leaves. */
int hvcpuid_leaf_is_indexed(const hvcpuid_interface *iface, uint32_t offset);
const hvcpuid_enum *hvcpuid_find_enum(const hvcpuid_field *field, uint32_t value);
uint32_t hvcpuid_field_mask(const hvcpuid_field *field);
uint32_t hvcpuid_field_value(const hvcpuid_field *field, const uint32_t regs[4]);
const char *hvcpuid_reg_name(unsigned reg);
/* The MSRs of `iface` (an entry of t->interfaces), or NULL when it has none. */
const hvcpuid_interface_msrs *hvcpuid_find_msrs(const hvcpuid_tables *t,
                                                const hvcpuid_interface *iface);

/* ---- CPUID result sets ---------------------------------------------------- */

typedef struct hvcpuid_result {
    uint32_t leaf, subleaf;
    uint32_t regs[4];
    uint32_t line;       /* dump line, 0 when not from a dump */
    uint8_t has_subleaf; /* the source gave the ECX input */
} hvcpuid_result;

/* Results sorted by (leaf, sub-leaf) in caller-provided storage. */
typedef struct hvcpuid_results {
    hvcpuid_result *items;
    size_t count, capacity;
} hvcpuid_results;

enum { HVCPUID_PUT_OK, HVCPUID_PUT_DUPLICATE, HVCPUID_PUT_FULL };

void hvcpuid_results_init(hvcpuid_results *set, hvcpuid_result *storage, size_t capacity);
/* Inserts in order; refuses a second result for the same (leaf, sub-leaf).
 * Each insertion out of order moves the results above it: for many results
 * in any order, append them and sort once instead. */
int hvcpuid_results_put(hvcpuid_results *set, const hvcpuid_result *r);
/* Appends without keeping the order (HVCPUID_PUT_OK or HVCPUID_PUT_FULL);
 * hvcpuid_results_sort() restores it. */
int hvcpuid_results_append(hvcpuid_results *set, const hvcpuid_result *r);
/* Sorts by (leaf, sub-leaf) in O(n log n), without allocating. When a
 * (leaf, sub-leaf) is given twice, returns the later one (by line, then
 * position), else NULL; the order holds either way. */
const hvcpuid_result *hvcpuid_results_sort(hvcpuid_results *set);
const hvcpuid_result *hvcpuid_results_find(const hvcpuid_results *set, uint32_t leaf,
                                           uint32_t subleaf);
/* Index of the first result with leaf >= `leaf` (count when none). */
size_t hvcpuid_results_lower_bound(const hvcpuid_results *set, uint32_t leaf);

/* ---- dump parser ---------------------------------------------------------- */

/* Formats: `cpuid -r` (with or without the sub-leaf column, under "CPU N:"
 * headings; also what `hvcpuid probe --format=raw` prints) and AIDA64 /
 * InstLatx64 ("CPUID 40000000: EAX-EBX-ECX-EDX [SL 00]"; a line of dashes
 * ends the data, as in libcpuid's .test files). The first data line decides
 * the format; a data line of the other format is an error. The first CPU's
 * leaves 0x0-0xFF (sub-leaf 0) and 0x40000000-0x4000FFFF are kept; the other
 * CPUs are only compared with it in the hypervisor range. A UTF-8 byte order
 * mark at the start is skipped. */
#define HVCPUID_DUMP_MAX_LINE 1024u

enum { HVCPUID_DUMP_OK, HVCPUID_DUMP_SYNTAX, HVCPUID_DUMP_FULL };

typedef struct hvcpuid_dump {
    hvcpuid_results cpu0;    /* the decoded CPU */
    hvcpuid_results scratch; /* the CPU being read when it is not the first */
    unsigned cpus;           /* CPUs with at least one CPUID line */
    unsigned cpus_differing; /* CPUs whose hypervisor leaves differ from cpu0 */
    unsigned first_diff_cpu; /* 0-based, when cpus_differing */
    uint32_t first_diff_leaf, first_diff_subleaf;
    uint32_t first_diff_line; /* the differing line of that CPU, 0 when it lacks the leaf */
} hvcpuid_dump;

typedef struct hvcpuid_dump_error {
    unsigned long line; /* 1-based; 0 for the whole input */
    const char *message;
    unsigned long related_line; /* another line the error is about, 0 when none */
    const char *related;        /* what that line is ("the first 'CPU 0:' heading") */
} hvcpuid_dump_error;

void hvcpuid_dump_init(hvcpuid_dump *d, hvcpuid_result *cpu0, hvcpuid_result *scratch,
                       size_t capacity);
/* Parses `len` bytes of text. Returns HVCPUID_DUMP_OK or an error, with the
 * line and a message that says what is wrong in *err. The dump's strings
 * never reach the message (the caller may quote the line, escaped). */
int hvcpuid_dump_parse(hvcpuid_dump *d, const char *text, size_t len, hvcpuid_dump_error *err);

/* ---- identification ------------------------------------------------------- */

/* What a 0x100-aligned base holds. */
enum {
    HVCPUID_BASE_ABSENT, /* not in the results */
    HVCPUID_BASE_EMPTY,  /* all four registers zero */
    HVCPUID_BASE_ECHO,   /* repeats the highest basic leaf (Intel out-of-range answer) */
    HVCPUID_BASE_MIRROR, /* repeats a leaf of a hypervisor found below (bhyve) */
    HVCPUID_BASE_NOISE,  /* no plausible max leaf nor signature */
    HVCPUID_BASE_INSIDE, /* inside the leaves of a hypervisor found below */
    HVCPUID_BASE_KNOWN,  /* a registered interface */
    HVCPUID_BASE_UNKNOWN /* a hypervisor signature not in the registry */
};

/* How a known interface was recognised. */
enum { HVCPUID_BY_VENDOR_SIG = 1, HVCPUID_BY_INTERFACE_SIG = 2 };

/* Max-leaf adjustments. */
enum {
    HVCPUID_MAX_AS_REPORTED,
    HVCPUID_MAX_BELOW_BASE, /* EAX < base (old KVM hosts report 0): read as base+1 */
    HVCPUID_MAX_CLAMPED     /* EAX beyond base+0xFF: read up to base+0xFF */
};

typedef struct hvcpuid_found {
    uint32_t base;
    uint32_t max_leaf_reported; /* base EAX */
    uint32_t max_leaf;          /* absolute, after the quirks above */
    uint8_t signature[12];
    uint8_t how;                    /* HVCPUID_BY_*, 0 for unknown */
    uint8_t max_quirk;              /* HVCPUID_MAX_* */
    uint8_t signature_mismatch;     /* the other registered signature does not match */
    const hvcpuid_interface *iface; /* NULL: unknown signature */
} hvcpuid_found;

typedef struct hvcpuid_analysis {
    int hypervisor_present; /* CPUID.1:ECX[31]: 1, 0, or -1 when leaf 1 is absent */
    hvcpuid_found found[HVCPUID_BASE_COUNT];
    unsigned found_count;
    uint8_t base_kind[HVCPUID_BASE_COUNT]; /* HVCPUID_BASE_* per base */
    uint32_t base_ref[HVCPUID_BASE_COUNT]; /* the leaf a MIRROR/ECHO repeats */
    /* hypervisor products whose placements all match, presenting the most
     * found interfaces, in table order (by id); product_total counts them
     * all when more than fit */
    const hvcpuid_hypervisor *products[16];
    unsigned product_count, product_total;
} hvcpuid_analysis;

/* Walks every base 0x40000000..0x4000FF00 of `results` and fills `a`. */
void hvcpuid_analyze(const hvcpuid_tables *t, const hvcpuid_results *results, hvcpuid_analysis *a);
/* The found entry whose [base, max_leaf] holds `leaf`, or NULL. */
const hvcpuid_found *hvcpuid_owner(const hvcpuid_analysis *a, uint32_t leaf);

/* ---- consistency ---------------------------------------------------------- */

enum {
    HVCPUID_FIND_RESERVED_SET,    /* gap: bits of a reserved range set */
    HVCPUID_FIND_UNDESCRIBED,     /* gap: bits set that no field describes */
    HVCPUID_FIND_SUBLEAF_REPEAT,  /* error: a sub-leaf identical to another */
    HVCPUID_FIND_SUBLEAF_LOOKS,   /* warning: a sub-leaf holds what a missing one defines */
    HVCPUID_FIND_SUBLEAF_MISSING, /* warning: a defined sub-leaf below a present one is absent */
    HVCPUID_FIND_IGNORES_ECX,     /* error: a leaf without sub-leaves differs by ECX */
    HVCPUID_FIND_UNKNOWN_LEAF     /* gap: a leaf the interface does not define */
};

/* A finding is one of three things: data that cannot be right (error = 1),
 * data the registry does not describe (gap = 1: the registry may be behind
 * the hypervisor; a warning a strict caller may count as an error), or an
 * oddity real hosts show (neither: a warning). */
typedef struct hvcpuid_finding {
    int kind;
    int error; /* 1: inconsistent data */
    const hvcpuid_found *found;
    const hvcpuid_result *result;
    const hvcpuid_leaf_def *def; /* may be NULL; for SUBLEAF_LOOKS the record's own */
    unsigned reg;                /* for bit findings */
    uint32_t bits;               /* offending bits */
    uint32_t other_subleaf;      /* for sub-leaf findings */
    uint32_t regs_mask;          /* registers involved (bit per register) */
    int gap;                     /* 1: the registry lacks what the data sets */
    const hvcpuid_leaf_def *as;  /* SUBLEAF_LOOKS: the layout the record holds */
} hvcpuid_finding;

typedef void (*hvcpuid_finding_fn)(void *ctx, const hvcpuid_finding *f);

/* Checks every leaf of one found interface against its definitions; calls
 * `fn` for each finding, in leaf order. Returns the number of errors. */
unsigned hvcpuid_check_found(const hvcpuid_found *f, const hvcpuid_results *results,
                             hvcpuid_finding_fn fn, void *ctx);

/* The definition a result of a found interface decodes with: its leaf's,
 * or, when the result is a sub-leaf holding exactly what a missing defined
 * sub-leaf holds (registers only that one describes; the Xen AWS dump's
 * 0x40000003 sub-leaf 2 carries sub-leaf 1), the missing one's. *own gets
 * the result's own definition. NULL when the interface defines neither. */
const hvcpuid_leaf_def *hvcpuid_decode_def(const hvcpuid_found *f, const hvcpuid_results *results,
                                           const hvcpuid_result *r, const hvcpuid_leaf_def **own);

/* ---- live CPU ------------------------------------------------------------- */

/* 1 when this build can execute CPUID (x86). */
int hvcpuid_probe_supported(void);
/* Runs CPUID: leaf 0, leaf 1, the highest basic leaf and every base; at each
 * base that holds a hypervisor, its leaves up to the max leaf (every sub-leaf
 * the tables define). Bases answering zeros or the highest basic leaf are
 * left out. Returns 0, or -1 when unsupported or `set` is full. */
int hvcpuid_probe(const hvcpuid_tables *t, hvcpuid_results *set);

/* The tables generated from the shipped registry (out/src/hvcpuid_tables.c). */
extern const hvcpuid_tables hvcpuid_registry_tables;

#ifdef __cplusplus
}
#endif

#endif
