/* gen/cmd/free.c - `hvcpuid free`: the numbers a vendor can still pick and pass
 * the gate, and who holds the others (in the style of Khronos' "next free"
 * tools).
 *
 *   free                       offsets no generic allocation claims
 *   free --base B              offsets free at base B: no generic allocation,
 *                              no interface any product shows at B
 *   free --interface ID        offsets ID can still allocate: not its own,
 *                              not generic, not above its max-leaf, not
 *                              claimed by an interface shown beside it
 *   free --bases               bases no product shows anything at
 *   free --interface ID --leaf OFF [--subleaf N] --register REG
 *                              bits of that register no named field uses,
 *                              each marked reserved or undocumented
 *
 * Text: one range per line, "RANGE free" or "RANGE taken: WHY (FILE:LINE:COL)"
 * with the first reason (JSON, docs/json.md, lists them all). The query
 * itself is validate/free.c; this file parses the options and prints. */
#include <string.h>

#include "validate/free.h"
#include "validate/util/json_writer.h"
#include "validate/util/strbuf.h"
#include "gen/cli.h"

typedef enum free_format { FREE_TEXT, FREE_JSON } free_format;

/* Slots a and b are taken for the same reasons (or both free). */
static bool same_reasons(const hv_free_answer *a, unsigned x, unsigned y)
{
    const hv_free_slot *s = &a->slot[x], *t = &a->slot[y];
    return s->count == t->count &&
           (!s->count || memcmp(s->reasons, t->reasons, s->count * sizeof *s->reasons) == 0);
}

/* Slots x and y are both free, or taken first for the same reason. */
static bool same_first_reason(const hv_free_answer *a, unsigned x, unsigned y)
{
    const hv_free_slot *s = &a->slot[x], *t = &a->slot[y];
    return !s->count == !t->count && (!s->count || s->reasons[0] == t->reasons[0]);
}

/* The last slot of the run that starts at `first`: every reason alike
 * (JSON), or the first one (text, which shows only that). */
static unsigned run_end(const hv_free_answer *a, unsigned first, bool exact)
{
    unsigned end = first;
    while (end + 1 < HV_WINDOW_SIZE &&
           (exact ? same_reasons(a, first, end + 1) : same_first_reason(a, first, end + 1)))
        end++;
    return end;
}

/* "0x06..0x0f", "0x20", or bases "0x40000200..0x4000ff00". */
static void put_range(hv_strbuf *out, const hv_free_answer *a, unsigned first, unsigned last)
{
    int width = a->bases ? 8 : 2;
    unsigned lo = a->bases ? HV_LEAF_RANGE_FIRST + first * HV_BASE_STEP : first;
    unsigned hi = a->bases ? HV_LEAF_RANGE_FIRST + last * HV_BASE_STEP : last;
    hv_strbuf_printf(out, "0x%0*x", width, lo);
    if (hi != lo)
        hv_strbuf_printf(out, "..0x%0*x", width, hi);
}

static void put_loc(hv_strbuf *out, hv_loc loc)
{
    if (!loc.file)
        return;
    hv_strbuf_printf(out, " (%s", loc.file);
    if (loc.line)
        hv_strbuf_printf(out, ":%u:%u", loc.line, loc.col);
    hv_strbuf_putc(out, ')');
}

static void print_text(const hv_free_answer *a, hv_strbuf *out)
{
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
        unsigned end = run_end(a, o, false);
        const hv_free_slot *s = &a->slot[o];
        put_range(out, a, o, end);
        if (!s->count) {
            hv_strbuf_puts(out, " free\n");
        } else {
            const hv_taken *t = &a->reasons[s->reasons[0]];
            bool more = false;
            for (unsigned k = o; k <= end; k++)
                more |= a->slot[k].count > 1;
            hv_strbuf_puts(out, " taken: ");
            hv_taken_describe(t, out);
            put_loc(out, t->loc);
            if (more)
                hv_strbuf_puts(out, "; and more (--format=json lists every reason)");
            hv_strbuf_putc(out, '\n');
        }
        o = end;
    }
}

static void json_reason(hv_json *j, const hv_taken *t)
{
    hv_strbuf words;
    hv_strbuf_init(&words);
    hv_taken_describe(t, &words);
    hv_json_object_begin(j);
    hv_json_kv_string(j, "reason", hv_taken_kind_name(t->kind));
    hv_json_kv_string(j, "message", hv_strbuf_cstr(&words));
    hv_json_kv_string(j, "interface", t->iface ? t->iface->id : NULL);
    hv_json_kv_string(j, "allocation", t->alloc && t->alloc->id ? t->alloc->id : NULL);
    hv_json_kv_string(j, "leaf", t->leaf ? t->leaf->name : NULL);
    hv_json_kv_string(j, "hypervisor", t->shown ? t->shown->hypervisor->id : NULL);
    hv_json_key(j, "base");
    if (t->shown)
        hv_json_uint(j, t->shown->base);
    else
        hv_json_null(j);
    hv_json_kv_string(j, "file", t->loc.file);
    hv_json_kv_uint(j, "line", t->loc.line);
    hv_json_kv_uint(j, "column", t->loc.col);
    hv_json_object_end(j);
    hv_strbuf_free(&words);
}

static void json_ranges(hv_json *j, const hv_free_answer *a)
{
    hv_json_key(j, "ranges");
    hv_json_array_begin(j);
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++) {
        unsigned end = run_end(a, o, true);
        const hv_free_slot *s = &a->slot[o];
        hv_json_object_begin(j);
        hv_json_kv_uint(j, "first", a->bases ? HV_LEAF_RANGE_FIRST + o * HV_BASE_STEP : o);
        hv_json_kv_uint(j, "last", a->bases ? HV_LEAF_RANGE_FIRST + end * HV_BASE_STEP : end);
        hv_json_kv_bool(j, "free", s->count == 0);
        hv_json_key(j, "taken");
        hv_json_array_begin(j);
        for (size_t r = 0; r < s->count; r++)
            json_reason(j, &a->reasons[s->reasons[r]]);
        hv_json_array_end(j);
        hv_json_object_end(j);
        o = end;
    }
    hv_json_array_end(j);
}

/* The query as asked, so a JSON answer says what it answers. */
static void json_query(hv_json *j, const hv_free_query *q, const char *what)
{
    hv_json_key(j, "query");
    hv_json_object_begin(j);
    hv_json_kv_string(j, "what", what);
    hv_json_kv_string(j, "interface", q->interface_id);
    hv_json_key(j, "base");
    if (q->has_base)
        hv_json_uint(j, q->base);
    else
        hv_json_null(j);
    hv_json_key(j, "leaf");
    if (q->has_leaf)
        hv_json_uint(j, q->leaf);
    else
        hv_json_null(j);
    hv_json_key(j, "subleaf");
    if (q->has_subleaf)
        hv_json_uint(j, q->subleaf);
    else
        hv_json_null(j);
    hv_json_kv_string(j, "register", q->reg_name);
    hv_json_object_end(j);
}

static void print_json(const hv_free_answer *a, const hv_free_query *q, hv_strbuf *out)
{
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-free", 1);
    json_query(&j, q, a->bases ? "bases" : "offsets");
    json_ranges(&j, a);
    size_t free_count = 0;
    for (unsigned o = 0; o < HV_WINDOW_SIZE; o++)
        free_count += a->slot[o].count == 0;
    hv_json_kv_uint(&j, "free", free_count);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}

/* Free bits from the top: each run is labelled by what the registry says
 * about it now, so the vendor knows whether it is documented as reserved
 * (the usual place for a new bit) or simply undescribed. `visit` gets each
 * run; the text and JSON layouts are two visitors. */
typedef void (*bits_fn)(void *arg, int msb, int lsb, bool reserved);

static void walk_free_bits(const hv_free_bits *bits, bits_fn visit, void *arg)
{
    for (int b = 31; b >= 0; b--) {
        if (bits->named & (1u << b))
            continue;
        bool res = bits->reserved & (1u << b);
        int lsb = b;
        while (lsb > 0 && !(bits->named & (1u << (lsb - 1))) &&
               !!(bits->reserved & (1u << (lsb - 1))) == res)
            lsb--;
        visit(arg, b, lsb, res);
        b = lsb;
    }
}

static void bits_text(void *arg, int msb, int lsb, bool reserved)
{
    if (msb == lsb)
        hv_strbuf_printf(arg, "%d %s\n", msb, reserved ? "reserved" : "undocumented");
    else
        hv_strbuf_printf(arg, "%d:%d %s\n", msb, lsb, reserved ? "reserved" : "undocumented");
}

static void bits_json(void *arg, int msb, int lsb, bool reserved)
{
    hv_json *j = arg;
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "msb", (uint64_t)msb);
    hv_json_kv_uint(j, "lsb", (uint64_t)lsb);
    hv_json_kv_string(j, "state", reserved ? "reserved" : "undocumented");
    hv_json_object_end(j);
}

static void print_bits(const hv_free_bits *bits, const hv_free_query *q, free_format format,
                       hv_strbuf *out)
{
    if (format == FREE_TEXT) {
        walk_free_bits(bits, bits_text, out);
        if (bits->named == 0xFFFFFFFFu)
            hv_strbuf_puts(out, "none: every bit is a named field\n");
        return;
    }
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-free", 1);
    json_query(&j, q, "bits");
    hv_json_key(&j, "bits");
    hv_json_array_begin(&j);
    walk_free_bits(bits, bits_json, &j);
    hv_json_array_end(&j);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}

typedef struct free_args {
    hv_opt_u32 base, leaf, subleaf;
    const char *interface_id;
    int reg; /* index in free_registers, or -1 */
    bool bases;
    int format; /* a free_format */
    hv_color_opt color;
} free_args;

/* Runs the query and prints its answer; a query that cannot be answered
 * (no such interface or leaf, not a base) is a usage error. */
static int run_query(const hv_registry *reg, const free_args *args, const hv_free_query *q,
                     hv_strbuf *out)
{
    char err[256];
    bool ok;
    if (q->reg_name) {
        hv_free_bits bits;
        if ((ok = hv_free_bits_of(reg, q, &bits, err, sizeof err)))
            print_bits(&bits, q, (free_format)args->format, out);
    } else {
        hv_free_answer answer;
        ok = args->bases ? hv_free_bases(reg, &answer)
                         : hv_free_offsets(reg, q, &answer, err, sizeof err);
        if (ok && args->format == FREE_JSON)
            print_json(&answer, q, out);
        else if (ok)
            print_text(&answer, out);
        out->failed |= answer.failed;
        hv_free_answer_free(&answer);
    }
    return ok ? HV_EXIT_OK : hv_usage_error("free", "%s", err);
}

static const char *const free_registers[] = {"eax", "ebx", "ecx", "edx", NULL};
static const char *const free_formats[] = {"text", "json", NULL};

static const hv_option free_options[] = {
    HV_OPT_U32(0, "base", free_args, base, "B", "offsets free at base B"),
    HV_OPT_STRING(0, "interface", free_args, interface_id, "ID",
                  "offsets ID can still allocate (not with --base)"),
    HV_OPT_FLAG(0, "bases", free_args, bases, "bases no product shows anything at"),
    HV_OPT_U32(0, "leaf", free_args, leaf, "OFF", "with --interface and --register: free bits"),
    HV_OPT_U32(0, "subleaf", free_args, subleaf, "N", "of sub-leaf N of that leaf"),
    HV_OPT_CHOICE(0, "register", free_args, reg, free_registers, "of this register"),
    HV_OPT_CHOICE(0, "format", free_args, format, free_formats,
                  "one range per line (the default), or JSON with\n"
                  "every reason (docs/json.md)"),
    HV_OPT_COLOR(free_args, color),
    HV_OPT_END,
};

const hv_usage hv_free_usage = {
    .name = "free",
    .args = "[FILE...]",
    .about = "Lists the base window one range per line on stdout, each free or taken, and who\n"
             "takes it: leaf offsets (from the base) that no generic allocation claims; with\n"
             "--base, that no interface shown at B claims either; with --interface, that ID can\n"
             "still allocate and pass the check. --bases lists the bases instead. With\n"
             "--interface, --leaf and --register: the bits no named field uses, marked\n"
             "'reserved' or 'undocumented'.",
    .notes = "It answers what `hvcpuid check` decides (docs/ci.md). Exit status: 0, 1 registry\n"
             "errors, 2 usage.",
    .options = free_options,
};

/* The query the options ask; HV_CLI_RUN when they make one. */
static int make_query(const free_args *a, hv_free_query *q)
{
    q->interface_id = a->interface_id;
    q->has_base = a->base.given;
    q->base = a->base.value;
    q->has_leaf = a->leaf.given;
    q->leaf = a->leaf.value;
    q->has_subleaf = a->subleaf.given;
    q->subleaf = a->subleaf.value;
    q->reg_name = a->reg >= 0 ? free_registers[a->reg] : NULL;
    if ((q->has_leaf || q->reg_name || q->has_subleaf) &&
        !(q->has_leaf && q->reg_name && q->interface_id))
        return hv_usage_error("free", "free bits need --interface, --leaf and --register");
    if (q->has_base && q->interface_id)
        return hv_usage_error("free", "give --base or --interface, not both");
    if (a->bases && (q->has_base || q->interface_id))
        return hv_usage_error("free", "--bases takes neither --base nor --interface");
    return HV_CLI_RUN;
}

static int run_session(const free_args *args, const hv_free_query *q, const char *const *files,
                       size_t nfiles)
{
    hv_session s;
    hv_session_init(&s, NULL);
    s.color = args->color.when;
    int status = hv_session_run(&s, files, nfiles);
    if (status != HV_EXIT_OK) /* warnings do not change what is free */
        hv_session_print_text(&s);
    if (status == HV_EXIT_OK) {
        hv_strbuf out;
        hv_strbuf_init(&out);
        status = run_query(s.reg, args, q, &out);
        if (status == HV_EXIT_OK &&
            (out.failed || !hv_write_stdout(out.data ? out.data : "", out.len)))
            status = HV_EXIT_USAGE;
        hv_strbuf_free(&out);
    }
    hv_session_free(&s);
    return status;
}

int hv_cmd_free(int argc, char **argv)
{
    free_args args = {.reg = -1, .format = FREE_TEXT};
    hv_free_query q;
    memset(&q, 0, sizeof q);
    int nfiles = 0;
    int status = hv_cli_parse(&hv_free_usage, &args, argc, argv, &nfiles);
    if (status == HV_CLI_RUN)
        status = make_query(&args, &q);
    if (status == HV_CLI_RUN)
        status = run_session(&args, &q, (const char *const *)argv, (size_t)nfiles);
    return status;
}
