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

static void put_loc(hv_strbuf *out, hv_loc loc)
{
    if (!loc.file) {
        hv_strbuf_puts(out, "hvcpuid: ");
        return;
    }
    hv_visible_str(out, loc.file);
    if (loc.line) {
        hv_strbuf_printf(out, ":%u", loc.line);
        if (loc.col)
            hv_strbuf_printf(out, ":%u", loc.col);
    }
    hv_strbuf_puts(out, ": ");
}

void hv_diag_format_text(const hv_diag_sink *sink, hv_strbuf *out)
{
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        put_loc(out, d->loc);
        hv_strbuf_printf(out, "%s: %s", severity_name(d->severity), d->message);
        if (d->check != HV_CHECK_NONE)
            hv_strbuf_printf(out, " [%s]", hv_check_name(d->check));
        if (d->baseline == HV_BASELINE_UNCHANGED)
            hv_strbuf_puts(out, " [unchanged]");
        hv_strbuf_putc(out, '\n');
        for (size_t n = 0; n < d->note_count; n++) {
            put_loc(out, d->notes[n].loc);
            hv_strbuf_printf(out, "note: %s\n", d->notes[n].message);
        }
    }
    if (sink->dropped)
        hv_strbuf_printf(out, "hvcpuid: note: %zu further diagnostics not shown\n", sink->dropped);
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
