/* dump.c - reads text CPUID dumps into result sets.
 *
 * Two formats (docs/decoder.md):
 *   cpuid -r   "   0x40000000 0x00: eax=0x40000001 ebx=... ecx=... edx=..."
 *              (the sub-leaf column is optional) under "CPU N:" headings;
 *              any other non-blank line is an error.
 *   AIDA64     "CPUID 40000000: 4000000B-7263694D-666F736F-76482074 [SL 00]"
 *              amid free text (cache descriptions, MSRs, headings, which are
 *              skipped); "CPU#N" and "------[ ... ]------" lines start a new
 *              CPU; a line of dashes alone ends the data (libcpuid's .test
 *              files put their expectations after it).
 * The first data line decides the format; a data line of the other format
 * is an error (a single AIDA64 line must not make every cpuid -r line be
 * skipped as annotation). CPU headings count up: a number that does not
 * grow (two dumps pasted together) is an error. Whatever the format: lines
 * longer than HVCPUID_DUMP_MAX_LINE, control bytes and a leaf given twice
 * for one CPU are errors; a UTF-8 byte order mark at the start is skipped,
 * UTF-16 is refused by name. Each CPU's lines are appended and sorted once
 * when it ends, so lines in any order cost O(n log n). Memory is the
 * caller's: two result arrays of a fixed capacity.
 *
 * Adding a dump format: there are 5 things to do.
 *  1. A FMT_ row below, and a test in detect_format() that knows its data
 *     lines from every other format's (a line two formats both accept would
 *     make one of them unreadable).
 *  2. A parse_NAME_data() that fills one hvcpuid_result from a data line,
 *     all or nothing, and a NAME_line() that handles the format's headings,
 *     annotation and end of data, and refuses the other formats' data lines
 *     by name (see raw_line() and aida_line()).
 *  3. Its case in hvcpuid_dump_parse()'s dispatch.
 *  4. docs/decoder.md, "Dump formats": what a data line looks like and
 *     what is skipped.
 *  5. Good and bad dumps in tests/unit/test_lib_dump.c, and a published
 *     one, exactly as published, decoded with its expected output in
 *     tests/decode/real/ (tests/decode/real_dumps.py). */
#include <string.h>

#include "hvcpuid-runtime.h"

enum { FMT_RAW, FMT_AIDA };

typedef struct line_view {
    const char *p;
    size_t n;
} line_view;

typedef struct parse_state {
    hvcpuid_dump *d;
    hvcpuid_dump_error *err;
    unsigned long lineno;
    int in_cpu;                 /* the current CPU has CPUID lines */
    int first_cpu;              /* the current CPU is the first with data */
    unsigned long format_line;  /* the data line that decided the format */
    unsigned long heading_line; /* the last CPU heading, 0 before the first */
    long heading_cpu;           /* its number, -1 when it had none */
} parse_state;

static int fail(parse_state *s, int code, const char *message)
{
    s->err->line = s->lineno;
    s->err->message = message;
    return code;
}

/* An error about this line that points at another one. */
static int fail_related(parse_state *s, const char *message, unsigned long line,
                        const char *related)
{
    s->err->related_line = line;
    s->err->related = related;
    return fail(s, HVCPUID_DUMP_SYNTAX, message);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Reads 1..8 hex digits at *i; 0 when there are none or too many. */
static int read_hex(line_view l, size_t *i, uint32_t *out, size_t min_digits)
{
    size_t start = *i;
    uint32_t v = 0;
    while (*i < l.n && hex_digit(l.p[*i]) >= 0) {
        if (*i - start == 8)
            return 0;
        v = v << 4 | (uint32_t)hex_digit(l.p[*i]);
        (*i)++;
    }
    *out = v;
    return *i - start >= min_digits;
}

static int read_lit(line_view l, size_t *i, const char *lit)
{
    size_t n = strlen(lit);
    if (l.n - *i < n || memcmp(l.p + *i, lit, n) != 0)
        return 0;
    *i += n;
    return 1;
}

static void skip_spaces(line_view l, size_t *i)
{
    while (*i < l.n && is_space(l.p[*i]))
        (*i)++;
}

static int starts_with(line_view l, const char *lit)
{
    size_t n = strlen(lit);
    return l.n >= n && memcmp(l.p, lit, n) == 0;
}

static line_view trimmed(line_view l)
{
    while (l.n && is_space(l.p[0])) {
        l.p++;
        l.n--;
    }
    while (l.n && is_space(l.p[l.n - 1]))
        l.n--;
    return l;
}

/* "0x40000000 0x00: eax=0x.. ebx=0x.. ecx=0x.. edx=0x.." (trimmed). */
static int parse_raw_data(line_view l, hvcpuid_result *r)
{
    static const char *const regs[] = {"eax=0x", "ebx=0x", "ecx=0x", "edx=0x"};
    size_t i = 0;
    if (!read_lit(l, &i, "0x") || !read_hex(l, &i, &r->leaf, 1))
        return 0;
    r->has_subleaf = 0;
    r->subleaf = 0;
    if (i < l.n && is_space(l.p[i])) {
        skip_spaces(l, &i);
        if (!read_lit(l, &i, "0x") || !read_hex(l, &i, &r->subleaf, 1))
            return 0;
        r->has_subleaf = 1;
    }
    if (!read_lit(l, &i, ":"))
        return 0;
    for (unsigned k = 0; k < 4; k++) {
        skip_spaces(l, &i);
        if (!read_lit(l, &i, regs[k]) || !read_hex(l, &i, &r->regs[k], 1))
            return 0;
    }
    return i == l.n;
}

/* "CPUID 40000000: AAAAAAAA-BBBBBBBB-CCCCCCCC-DDDDDDDD [SL 01] [text]". */
static int parse_aida_data(line_view l, hvcpuid_result *r)
{
    size_t i = 0;
    if (!read_lit(l, &i, "CPUID ") || !read_hex(l, &i, &r->leaf, 8) || !read_lit(l, &i, ": "))
        return 0;
    for (unsigned k = 0; k < 4; k++)
        if ((k && !read_lit(l, &i, "-")) || !read_hex(l, &i, &r->regs[k], 8))
            return 0;
    r->has_subleaf = 0;
    r->subleaf = 0;
    if (i < l.n && !is_space(l.p[i]))
        return 0;
    skip_spaces(l, &i);
    if (read_lit(l, &i, "[SL ")) {
        if (!read_hex(l, &i, &r->subleaf, 1) || !read_lit(l, &i, "]"))
            return 0;
        r->has_subleaf = 1;
    }
    return 1; /* the rest is AIDA64's annotation */
}

/* Leaves kept: the hypervisor range, and basic leaves (sub-leaf 0) for the
 * hypervisor-present bit and Intel's out-of-range answers. */
static int kept(const hvcpuid_result *r)
{
    if (r->leaf >= HVCPUID_RANGE_FIRST && r->leaf <= HVCPUID_RANGE_LAST)
        return 1;
    return r->leaf <= 0xFFu && r->subleaf == 0;
}

static int same_regs(const hvcpuid_result *a, const hvcpuid_result *b)
{
    return memcmp(a->regs, b->regs, sizeof a->regs) == 0;
}

/* Compares a finished CPU (not the first) with the first in the hypervisor
 * range and records the first difference. */
static void compare_cpu(hvcpuid_dump *d)
{
    const hvcpuid_results *a = &d->cpu0, *b = &d->scratch;
    size_t i = hvcpuid_results_lower_bound(a, HVCPUID_RANGE_FIRST);
    size_t j = hvcpuid_results_lower_bound(b, HVCPUID_RANGE_FIRST);
    for (; i < a->count || j < b->count; i++, j++) {
        const hvcpuid_result *x = i < a->count ? &a->items[i] : NULL;
        const hvcpuid_result *y = j < b->count ? &b->items[j] : NULL;
        if (x && y && x->leaf == y->leaf && x->subleaf == y->subleaf && same_regs(x, y))
            continue;
        const hvcpuid_result *at =
            !y || (x && (x->leaf < y->leaf || (x->leaf == y->leaf && x->subleaf < y->subleaf))) ? x
                                                                                                : y;
        if (d->cpus_differing++ == 0) {
            d->first_diff_cpu = d->cpus - 1;
            /* the analyzer misses an invariant: the loop runs only while x or y is set */
            // NOLINTBEGIN(clang-analyzer-core.NullDereference)
            d->first_diff_leaf = at->leaf;
            d->first_diff_subleaf = at->subleaf;
            d->first_diff_line = y ? y->line : 0;
            // NOLINTEND(clang-analyzer-core.NullDereference)
        }
        return;
    }
}

/* Ends the current CPU (a heading or the end of the input): sorts its
 * results, refuses a leaf given twice, compares it with the first CPU. */
static int end_cpu(parse_state *s)
{
    if (!s->in_cpu)
        return HVCPUID_DUMP_OK;
    hvcpuid_results *set = s->first_cpu ? &s->d->cpu0 : &s->d->scratch;
    const hvcpuid_result *dup = hvcpuid_results_sort(set);
    if (dup) {
        const hvcpuid_result *first = dup - 1; /* sorted: the same key, an earlier line */
        s->lineno = dup->line;
        return fail_related(s,
                            "this leaf and sub-leaf were already given for this CPU; a dump lists "
                            "each once per CPU (start another CPU with a 'CPU N:' heading)",
                            first->line, "the first line with this leaf and sub-leaf");
    }
    if (!s->first_cpu)
        compare_cpu(s->d);
    s->first_cpu = 0;
    s->in_cpu = 0;
    s->d->scratch.count = 0;
    return HVCPUID_DUMP_OK;
}

static int add_result(parse_state *s, hvcpuid_result *r)
{
    if (!s->in_cpu) {
        s->in_cpu = 1;
        s->d->cpus++;
    }
    if (!kept(r))
        return HVCPUID_DUMP_OK;
    r->line = (uint32_t)s->lineno;
    hvcpuid_results *set = s->first_cpu ? &s->d->cpu0 : &s->d->scratch;
    if (hvcpuid_results_append(set, r) == HVCPUID_PUT_FULL)
        return fail(s, HVCPUID_DUMP_FULL, "too many leaves for one CPU; the dump is not plausible");
    return HVCPUID_DUMP_OK;
}

/* A CPU heading: the numbers must grow ("CPU 0:" twice is two dumps pasted
 * together, whose second block would otherwise be compared, not decoded);
 * an unnumbered heading ("CPU:", `cpuid -1 -r`) may be the only one.
 * `cpu` is -1 for an unnumbered heading. */
static int heading(parse_state *s, long cpu)
{
    if (s->heading_line && (cpu < 0 || s->heading_cpu < 0 || cpu <= s->heading_cpu))
        return fail_related(s,
                            "this CPU heading does not follow the one before it (a CPU repeated, "
                            "or two dumps pasted together); give each dump its own file",
                            s->heading_line, "the heading before it");
    int rc = end_cpu(s);
    s->heading_line = s->lineno;
    s->heading_cpu = cpu;
    return rc;
}

/* Reads a decimal CPU number at *i (at most 9 digits); -1 when there is
 * none. */
static long read_cpu_number(line_view t, size_t *i)
{
    long n = -1;
    size_t start = *i;
    while (*i < t.n && t.p[*i] >= '0' && t.p[*i] <= '9' && *i - start < 9) {
        n = (n < 0 ? 0 : n * 10) + (t.p[*i] - '0');
        (*i)++;
    }
    return n;
}

/* "CPU:", "CPU 3:"; *cpu gets the number, -1 when none. */
static int is_raw_heading(line_view t, long *cpu)
{
    size_t i = 3;
    if (!starts_with(t, "CPU"))
        return 0;
    skip_spaces(t, &i);
    *cpu = read_cpu_number(t, &i);
    return i + 1 == t.n && t.p[i] == ':';
}

static int only_dashes(line_view t)
{
    if (t.n < 20)
        return 0;
    for (size_t i = 0; i < t.n; i++)
        if (t.p[i] != '-')
            return 0;
    return 1;
}

static int is_aida_data(line_view t);

static int raw_line(parse_state *s, line_view t)
{
    hvcpuid_result r;
    long cpu;
    if (t.n == 0 || t.p[0] == '#')
        return HVCPUID_DUMP_OK;
    if (is_raw_heading(t, &cpu))
        return heading(s, cpu);
    if (is_aida_data(t))
        return fail_related(s,
                            "an AIDA64 'CPUID' line in a cpuid -r dump; a dump holds one format "
                            "(give each its own file)",
                            s->format_line, "the first cpuid -r line");
    if (!parse_raw_data(t, &r))
        return fail(s, HVCPUID_DUMP_SYNTAX,
                    "not a cpuid -r line; expected '0xLEAF 0xSUBLEAF: eax=0x... ebx=0x... "
                    "ecx=0x... edx=0x...' or a 'CPU N:' heading");
    return add_result(s, &r);
}

/* "CPUID XXXXXXXX:" starts a data line, which must then be well formed;
 * other lines ("CPUID Manufacturer: ..." in a full report) are text. */
static int is_aida_data(line_view t)
{
    size_t i = 0;
    uint32_t leaf;
    return read_lit(t, &i, "CPUID ") && read_hex(t, &i, &leaf, 8) && i < t.n && t.p[i] == ':';
}

/* Sets *stop at the end-of-data line (dashes only). */
static int aida_line(parse_state *s, line_view t, int *stop)
{
    hvcpuid_result r;
    if (only_dashes(t)) {
        *stop = 1;
        return HVCPUID_DUMP_OK;
    }
    if (starts_with(t, "CPU#")) {
        size_t i = 4;
        long cpu = read_cpu_number(t, &i);
        return cpu < 0 ? HVCPUID_DUMP_OK : heading(s, cpu);
    }
    if (starts_with(t, "------["))
        return end_cpu(s); /* a section heading: a new, unnumbered CPU */
    if (parse_raw_data(t, &r))
        return fail_related(s,
                            "a cpuid -r line in an AIDA64 dump, where it would be skipped as text; "
                            "a dump holds one format (give each its own file)",
                            s->format_line, "the first AIDA64 'CPUID' line");
    if (!is_aida_data(t))
        return HVCPUID_DUMP_OK; /* AIDA64 annotation */
    if (!parse_aida_data(t, &r))
        return fail(s, HVCPUID_DUMP_SYNTAX,
                    "malformed AIDA64 CPUID line; expected 'CPUID LEAF: EAX-EBX-ECX-EDX' with "
                    "8 hex digits each, optionally followed by '[SL NN]'");
    return add_result(s, &r);
}

/* The byte problems every format shares. */
static int check_bytes(parse_state *s, line_view l)
{
    if (l.n > HVCPUID_DUMP_MAX_LINE)
        return fail(s, HVCPUID_DUMP_SYNTAX,
                    "line longer than 1024 bytes; this is not a text CPUID dump");
    for (size_t i = 0; i < l.n; i++) {
        unsigned char c = (unsigned char)l.p[i];
        if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
            return fail(s, HVCPUID_DUMP_SYNTAX,
                        "binary data (a control byte); this is not a text CPUID dump");
    }
    return HVCPUID_DUMP_OK;
}

/* The format of the first data line (*line gets its number; 0 and cpuid -r
 * when there is none). */
static int detect_format(const char *text, size_t len, unsigned long *line)
{
    hvcpuid_result r;
    unsigned long n = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        line_view l = trimmed((line_view){text + i, end - i});
        n++;
        if (is_aida_data(l) || parse_raw_data(l, &r)) {
            *line = n;
            return is_aida_data(l) ? FMT_AIDA : FMT_RAW;
        }
        i = end + 1;
    }
    *line = 0;
    return FMT_RAW;
}

/* Bytes to skip at the start: a UTF-8 byte order mark. */
static size_t bom_length(const char *text, size_t len)
{
    return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int is_utf16(const char *text, size_t len)
{
    return len >= 2 && (memcmp(text, "\xFF\xFE", 2) == 0 || memcmp(text, "\xFE\xFF", 2) == 0);
}

void hvcpuid_dump_init(hvcpuid_dump *d, hvcpuid_result *cpu0, hvcpuid_result *scratch,
                       size_t capacity)
{
    memset(d, 0, sizeof *d);
    hvcpuid_results_init(&d->cpu0, cpu0, capacity);
    hvcpuid_results_init(&d->scratch, scratch, capacity);
}

int hvcpuid_dump_parse(hvcpuid_dump *d, const char *text, size_t len, hvcpuid_dump_error *err)
{
    parse_state s = {d, err, 0, 0, 1, 0, 0, -1};
    int stop = 0;
    memset(err, 0, sizeof *err);
    if (is_utf16(text, len)) {
        s.lineno = 1;
        return fail(&s, HVCPUID_DUMP_SYNTAX,
                    "UTF-16 text (a byte order mark FF FE or FE FF); save the dump as UTF-8 or "
                    "ASCII");
    }
    size_t skip = bom_length(text, len);
    text += skip;
    len -= skip;
    int format = detect_format(text, len, &s.format_line);
    for (size_t i = 0; i < len && !stop;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        line_view l = {text + i, end - i};
        s.lineno++;
        int rc = check_bytes(&s, l);
        if (rc == HVCPUID_DUMP_OK)
            rc = format == FMT_RAW ? raw_line(&s, trimmed(l)) : aida_line(&s, trimmed(l), &stop);
        if (rc != HVCPUID_DUMP_OK)
            return rc;
        i = end + 1;
    }
    int rc = end_cpu(&s);
    if (rc != HVCPUID_DUMP_OK)
        return rc;
    if (d->cpus == 0) {
        s.lineno = 0;
        return fail(&s, HVCPUID_DUMP_SYNTAX,
                    "no CPUID lines found; expected a cpuid -r or AIDA64 dump");
    }
    return HVCPUID_DUMP_OK;
}
