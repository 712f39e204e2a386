/* validate/diag.c - the diagnostics sink: collects findings at the level the run's
 * configuration gives their check, bounds them, attaches notes and sorts
 * them. It knows checks only by id (check_ids.h); printing them with their
 * names is diag_format.c's and diag_sarif.c's job.
 *
 * Messages quote registry text (ids, names, include paths, numbers and
 * signatures as written, libxml2's own words about the file), so each is
 * stored with visible escapes (validate/util/text.h) the moment it is
 * printed: no finding can carry a line break, a control or a bidirectional
 * override into a log, and text, JSON and SARIF show the same message. */
#include "validate/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "validate/util/grow.h"
#include "validate/util/text.h"

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
        free(d->key);
        for (size_t n = 0; n < d->note_count; n++)
            free(d->notes[n].message);
        free(d->notes);
    }
    free(sink->items);
    memset(sink, 0, sizeof *sink);
}

/* The message printed from `fmt`, with visible escapes; NULL when out of
 * memory. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 0)))
#endif
static char *
visible_message(const char *fmt, va_list ap)
{
    char *raw = hv_vasprintf(fmt, ap);
    if (!raw || hv_visible_clean(raw))
        return raw;
    hv_strbuf sb;
    hv_strbuf_init(&sb);
    hv_visible_str(&sb, raw);
    free(raw);
    if (sb.failed) {
        hv_strbuf_free(&sb);
        return NULL;
    }
    return sb.data;
}

#if defined(__GNUC__)
__attribute__((format(printf, 5, 0)))
#endif
static hv_diag *
append(hv_diag_sink *sink, hv_severity sev, hv_check_id check, hv_loc loc, const char *fmt,
       va_list ap)
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
    d->message = visible_message(fmt, ap);
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

hv_diag *hv_report(hv_diag_sink *sink, hv_check_id check, hv_loc loc, const char *fmt, ...)
{
    hv_level level = sink->config->levels[check];
    if (level == HV_LEVEL_OFF)
        return NULL;
    hv_severity sev = HV_SEV_ERROR;
    if (level == HV_LEVEL_WARNING && (!sink->config->werror || sink->config->keep_warning[check]))
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
    if (d)
        d->promoted = level == HV_LEVEL_WARNING && sev == HV_SEV_ERROR;
    return d;
}

void hv_report_note(hv_diag_sink *sink, hv_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    append(sink, HV_SEV_NOTE, HV_CHECK_NONE, loc, fmt, ap);
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
    char *message = visible_message(fmt, ap);
    va_end(ap);
    if (!message)
        return;
    diag->notes[diag->note_count].loc = loc;
    diag->notes[diag->note_count].message = message;
    diag->note_count++;
}

void hv_diag_set_key(hv_diag *diag, char *key)
{
    if (!diag) {
        free(key);
        return;
    }
    free(diag->key);
    diag->key = key;
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
