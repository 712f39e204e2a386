/* validate/diag_format.c - the sink's findings as compiler-style text and as JSON
 * (docs/json.md), each tagged with its check's name. SARIF is diag_sarif.c.
 * Messages arrive with visible escapes (diag.c); file names, which a
 * registry's includes or a shell glob can supply, get the same escapes
 * here, so no line of the text starts where a file name says. */
#include "validate/diag.h"
#include "validate/util/json_writer.h"
#include "validate/util/text.h"

static const char *severity_name(hv_severity sev)
{
    return sev == HV_SEV_ERROR ? "error" : sev == HV_SEV_WARNING ? "warning" : "note";
}

/* gcc's colours (its GCC_COLORS defaults) and its escapes: SGR, then EL so
 * a coloured run never paints to the end of the line. */
#define SGR_LOCUS   "01"    /* file:line:col: bold */
#define SGR_ERROR   "01;31" /* bold red */
#define SGR_WARNING "01;35" /* bold magenta */
#define SGR_NOTE    "01;36" /* bold cyan */

static const char *severity_color(hv_severity sev)
{
    return sev == HV_SEV_ERROR ? SGR_ERROR : sev == HV_SEV_WARNING ? SGR_WARNING : SGR_NOTE;
}

static void color_start(hv_strbuf *out, bool color, const char *sgr)
{
    if (color)
        hv_strbuf_printf(out, "\033[%sm\033[K", sgr);
}

static void color_end(hv_strbuf *out, bool color)
{
    if (color)
        hv_strbuf_puts(out, "\033[m\033[K");
}

static void put_loc(hv_strbuf *out, hv_loc loc, bool color)
{
    color_start(out, color, SGR_LOCUS);
    if (!loc.file) {
        hv_strbuf_puts(out, "hvcpuid:");
        color_end(out, color);
        hv_strbuf_putc(out, ' ');
        return;
    }
    hv_visible_str(out, loc.file);
    if (loc.line) {
        hv_strbuf_printf(out, ":%u", loc.line);
        if (loc.col)
            hv_strbuf_printf(out, ":%u", loc.col);
    }
    hv_strbuf_putc(out, ':');
    color_end(out, color);
    hv_strbuf_putc(out, ' ');
}

/* "error: " in its colour; gcc paints the trailing space too. */
static void put_severity(hv_strbuf *out, hv_severity sev, bool color)
{
    color_start(out, color, severity_color(sev));
    hv_strbuf_printf(out, "%s: ", severity_name(sev));
    color_end(out, color);
}

void hv_diag_format_prefix(hv_strbuf *out, hv_loc loc, hv_severity sev, bool color)
{
    put_loc(out, loc, color);
    put_severity(out, sev, color);
}

void hv_diag_format_text(const hv_diag_sink *sink, hv_strbuf *out)
{
    hv_diag_format_text_color(sink, false, out);
}

void hv_diag_format_text_color(const hv_diag_sink *sink, bool color, hv_strbuf *out)
{
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        put_loc(out, d->loc, color);
        put_severity(out, d->severity, color);
        hv_strbuf_puts(out, d->message);
        if (d->check != HV_CHECK_NONE) { /* the check's name as gcc paints [-Wname] */
            hv_strbuf_puts(out, " [");
            color_start(out, color, severity_color(d->severity));
            hv_strbuf_puts(out, hv_check_name(d->check));
            color_end(out, color);
            hv_strbuf_putc(out, ']');
        }
        if (d->baseline == HV_BASELINE_UNCHANGED)
            hv_strbuf_puts(out, " [unchanged]");
        hv_strbuf_putc(out, '\n');
        for (size_t n = 0; n < d->note_count; n++) {
            put_loc(out, d->notes[n].loc, color);
            put_severity(out, HV_SEV_NOTE, color);
            hv_strbuf_printf(out, "%s\n", d->notes[n].message);
        }
    }
    if (sink->dropped) {
        put_loc(out, (hv_loc){NULL, 0, 0}, color);
        put_severity(out, HV_SEV_NOTE, color);
        hv_strbuf_printf(out, "%zu further diagnostics not shown\n", sink->dropped);
    }
    if (sink->errors || sink->warnings || sink->unchanged) {
        hv_strbuf_printf(out, "%zu error%s, %zu warning%s", sink->errors,
                         sink->errors == 1 ? "" : "s", sink->warnings,
                         sink->warnings == 1 ? "" : "s");
        if (sink->unchanged)
            hv_strbuf_printf(out, "; %zu unchanged from the baseline, not counted",
                             sink->unchanged);
        hv_strbuf_putc(out, '\n');
    }
}

/* null without a baseline, else "new" or "unchanged" (docs/json.md). */
static const char *baseline_name(hv_baseline_state state)
{
    return state == HV_BASELINE_NEW ? "new" : state == HV_BASELINE_UNCHANGED ? "unchanged" : NULL;
}

static void json_loc(hv_json *j, hv_loc loc)
{
    hv_json_kv_visible(j, "file", loc.file);
    hv_json_kv_uint(j, "line", loc.line);
    hv_json_kv_uint(j, "column", loc.col);
}

void hv_diag_format_json(const hv_diag_sink *sink, hv_strbuf *out)
{
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-diagnostics", 1);
    hv_json_key(&j, "diagnostics");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        hv_json_object_begin(&j);
        json_loc(&j, d->loc);
        hv_json_kv_string(&j, "level", severity_name(d->severity));
        hv_json_kv_string(&j, "check", hv_check_name(d->check));
        hv_json_kv_string(&j, "message", d->message);
        hv_json_kv_string(&j, "baseline", baseline_name(d->baseline));
        hv_json_key(&j, "related");
        hv_json_array_begin(&j);
        for (size_t n = 0; n < d->note_count; n++) {
            hv_json_object_begin(&j);
            json_loc(&j, d->notes[n].loc);
            hv_json_kv_string(&j, "message", d->notes[n].message);
            hv_json_object_end(&j);
        }
        hv_json_array_end(&j);
        hv_json_object_end(&j);
    }
    hv_json_array_end(&j);
    hv_json_kv_uint(&j, "errors", sink->errors);
    hv_json_kv_uint(&j, "warnings", sink->warnings);
    hv_json_kv_uint(&j, "dropped", sink->dropped);
    hv_json_kv_uint(&j, "unchanged", sink->unchanged);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}
