/* validate/diag.c - collecting, ordering and printing diagnostics. */
#include "validate/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"
#include "validate/util/json_writer.h"

void hv_diag_sink_init(hv_diag_sink *sink, const hv_check_config *config)
{
    memset(sink, 0, sizeof *sink);
    sink->config = config;
}

void hv_diag_sink_free(hv_diag_sink *sink)
{
    for (size_t i = 0; i < sink->count; i++) {
        hv_diag *d = &sink->items[i];
        free(d->message);
        for (size_t n = 0; n < d->note_count; n++)
            free(d->notes[n].message);
        free(d->notes);
    }
    free(sink->items);
    memset(sink, 0, sizeof *sink);
}

#if defined(__GNUC__)
__attribute__((format(printf, 5, 0)))
#endif
static hv_diag *
append(hv_diag_sink *sink, hv_severity sev, int check, hv_loc loc, const char *fmt, va_list ap)
{
    if (sink->count >= HV_DIAG_LIMIT) {
        sink->dropped++;
        return NULL;
    }
    if (!HV_GROW(sink->items, sink->count, sink->cap)) {
        sink->dropped++;
        return NULL;
    }
    hv_diag *d = &sink->items[sink->count];
    memset(d, 0, sizeof *d);
    d->message = hv_vasprintf(fmt, ap);
    if (!d->message) {
        sink->dropped++;
        return NULL;
    }
    d->severity = sev;
    d->check = check;
    d->loc = loc;
    d->seq = sink->count++;
    return d;
}

hv_diag *hv_report(hv_diag_sink *sink, int check, hv_loc loc, const char *fmt, ...)
{
    hv_level level = sink->config->levels[check];
    if (level == HV_LEVEL_OFF)
        return NULL;
    hv_severity sev = HV_SEV_ERROR;
    if (level == HV_LEVEL_WARNING && !sink->config->werror)
        sev = HV_SEV_WARNING;
    if (sev == HV_SEV_ERROR) {
        sink->errors++;
        sink->per_check_errors[check]++;
    } else {
        sink->warnings++;
    }
    va_list ap;
    va_start(ap, fmt);
    hv_diag *d = append(sink, sev, check, loc, fmt, ap);
    va_end(ap);
    return d;
}

void hv_report_note(hv_diag_sink *sink, hv_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    append(sink, HV_SEV_NOTE, -1, loc, fmt, ap);
    va_end(ap);
}

void hv_diag_add_note(hv_diag *diag, hv_loc loc, const char *fmt, ...)
{
    if (!diag)
        return;
    if (!HV_GROW(diag->notes, diag->note_count, diag->note_cap))
        return;
    va_list ap;
    va_start(ap, fmt);
    char *message = hv_vasprintf(fmt, ap);
    va_end(ap);
    if (!message)
        return;
    diag->notes[diag->note_count].loc = loc;
    diag->notes[diag->note_count].message = message;
    diag->note_count++;
}

/* Findings without a file (summary notes) sort after all others. */
static int compare_str(const char *a, const char *b)
{
    if (!a || !b)
        return (a == NULL) - (b == NULL);
    return strcmp(a, b);
}

static int compare_diag(const void *pa, const void *pb)
{
    const hv_diag *a = pa, *b = pb;
    int c = compare_str(a->loc.file, b->loc.file);
    if (c)
        return c;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.col != b->loc.col)
        return a->loc.col < b->loc.col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void hv_diag_sort(hv_diag_sink *sink)
{
    if (sink->count > 1)
        qsort(sink->items, sink->count, sizeof *sink->items, compare_diag);
}

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
    hv_strbuf_puts(out, loc.file);
    if (loc.line) {
        hv_strbuf_printf(out, ":%u", loc.line);
        if (loc.col)
            hv_strbuf_printf(out, ":%u", loc.col);
    }
    hv_strbuf_puts(out, ": ");
}

void hv_diag_format_text(const hv_diag_sink *sink, hv_strbuf *out)
{
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        put_loc(out, d->loc);
        hv_strbuf_printf(out, "%s: %s", severity_name(d->severity), d->message);
        if (d->check >= 0)
            hv_strbuf_printf(out, " [%s]", checks[d->check].name);
        hv_strbuf_putc(out, '\n');
        for (size_t n = 0; n < d->note_count; n++) {
            put_loc(out, d->notes[n].loc);
            hv_strbuf_printf(out, "note: %s\n", d->notes[n].message);
        }
    }
    if (sink->dropped)
        hv_strbuf_printf(out, "hvcpuid: note: %zu further diagnostics not shown\n", sink->dropped);
    if (sink->errors || sink->warnings)
        hv_strbuf_printf(out, "%zu error%s, %zu warning%s\n", sink->errors,
                         sink->errors == 1 ? "" : "s", sink->warnings,
                         sink->warnings == 1 ? "" : "s");
}

static void json_loc(hv_json *j, hv_loc loc)
{
    hv_json_kv_string(j, "file", loc.file);
    hv_json_kv_uint(j, "line", loc.line);
    hv_json_kv_uint(j, "column", loc.col);
}

void hv_diag_format_json(const hv_diag_sink *sink, hv_strbuf *out)
{
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-diagnostics", 1);
    hv_json_key(&j, "diagnostics");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        hv_json_object_begin(&j);
        json_loc(&j, d->loc);
        hv_json_kv_string(&j, "level", severity_name(d->severity));
        hv_json_kv_string(&j, "check", d->check >= 0 ? checks[d->check].name : NULL);
        hv_json_kv_string(&j, "message", d->message);
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
    hv_json_object_end(&j);
    hv_json_finish(&j);
}
