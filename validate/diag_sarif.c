/* validate/diag_sarif.c - diagnostics as SARIF 2.1.0, the format code-scanning UIs
 * (GitHub, GitLab, IDEs) read to annotate the offending line. One run; the
 * tool's driver lists every check as a rule with its default level, and each
 * finding becomes a result pointing at its rule, with the notes (the other
 * side of a conflict) as relatedLocations. Order is the sink's stable order.
 * Every result has a file and a line, as code-scanning services require. */
#include <stdio.h>
#include <string.h>

#include "validate/checks.h"
#include "validate/diag.h"
#include "validate/sarif.h"
#include "validate/util/json_writer.h"

static const char *sarif_level(hv_level level)
{
    return level == HV_LEVEL_ERROR ? "error" : level == HV_LEVEL_WARNING ? "warning" : "none";
}

static const char *result_level(hv_severity sev)
{
    return sev == HV_SEV_ERROR ? "error" : sev == HV_SEV_WARNING ? "warning" : "note";
}

/* A path as a URI reference: unreserved characters and '/' stay, the rest
 * is percent-encoded (a space becomes %20). Relative paths stay relative to
 * the checkout, which is how code scanning matches them to files; absolute
 * ones become file:// URIs. */
static void put_uri(hv_json *j, const char *path)
{
    hv_strbuf uri;
    hv_strbuf_init(&uri);
    if (path[0] == '/')
        hv_strbuf_puts(&uri, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        bool keep = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9') || strchr("-._~/", *p);
        if (keep)
            hv_strbuf_putc(&uri, (char)*p);
        else
            hv_strbuf_printf(&uri, "%%%02X", *p);
    }
    hv_json_string(j, hv_strbuf_cstr(&uri));
    hv_strbuf_free(&uri);
}

static void put_message(hv_json *j, const char *text)
{
    hv_json_key(j, "message");
    hv_json_object_begin(j);
    hv_json_kv_string(j, "text", text);
    hv_json_object_end(j);
}

/* physicalLocation with a region. SARIF lines start at 1; code-scanning
 * services need a line to annotate, so a finding about a whole file (an
 * empty or unreadable one: line unknown) points at line 1, without a column. */
static void put_physical(hv_json *j, hv_loc loc)
{
    hv_json_key(j, "physicalLocation");
    hv_json_object_begin(j);
    hv_json_key(j, "artifactLocation");
    hv_json_object_begin(j);
    hv_json_key(j, "uri");
    put_uri(j, loc.file);
    hv_json_object_end(j);
    hv_json_key(j, "region");
    hv_json_object_begin(j);
    hv_json_kv_uint(j, "startLine", loc.line ? loc.line : 1);
    if (loc.line && loc.col)
        hv_json_kv_uint(j, "startColumn", loc.col);
    hv_json_object_end(j);
    hv_json_object_end(j);
}

static void put_rules(hv_json *j)
{
    size_t count = 0;
    const hv_check *checks = hv_checks(&count);
    hv_json_key(j, "rules");
    hv_json_array_begin(j);
    for (size_t i = 0; i < count; i++)
        hv_sarif_rule(j, checks[i].name, checks[i].summary, sarif_level(checks[i].default_level),
                      checks[i].default_level != HV_LEVEL_OFF);
    hv_json_array_end(j);
}

static void put_result(hv_json *j, const hv_diag *d)
{
    hv_json_object_begin(j);
    if (d->check != HV_CHECK_NONE) {
        hv_json_kv_string(j, "ruleId", hv_check_name(d->check));
        hv_json_kv_uint(j, "ruleIndex", (uint64_t)d->check);
    }
    hv_json_kv_string(j, "level", result_level(d->severity));
    put_message(j, d->message);
    if (d->baseline != HV_BASELINE_NONE) /* check --baseline OLD: is it the change's? */
        hv_json_kv_string(j, "baselineState",
                          d->baseline == HV_BASELINE_UNCHANGED ? "unchanged" : "new");
    hv_json_key(j, "locations");
    hv_json_array_begin(j);
    hv_json_object_begin(j);
    put_physical(j, d->loc);
    hv_json_object_end(j);
    hv_json_array_end(j);
    hv_json_key(j, "relatedLocations");
    hv_json_array_begin(j);
    for (size_t n = 0; n < d->note_count; n++) {
        if (!d->notes[n].loc.file)
            continue;
        hv_json_object_begin(j);
        hv_json_kv_uint(j, "id", n);
        put_physical(j, d->notes[n].loc);
        put_message(j, d->notes[n].message);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
    hv_json_object_end(j);
}

/* Remarks about the whole run (checks skipped after a failed prerequisite,
 * diagnostics dropped past the limit, findings without a file) have no
 * place in a source file: they are the invocation's notifications, where
 * SARIF keeps what the tool says about its own run. */
static void put_invocation(hv_json *j, const hv_diag_sink *sink)
{
    hv_json_key(j, "invocations");
    hv_json_array_begin(j);
    hv_json_object_begin(j);
    hv_json_kv_bool(j, "executionSuccessful", !sink->io_error);
    hv_json_key(j, "toolExecutionNotifications");
    hv_json_array_begin(j);
    for (size_t i = 0; i < sink->count; i++) {
        const hv_diag *d = &sink->items[i];
        if (d->loc.file)
            continue;
        hv_json_object_begin(j);
        hv_json_kv_string(j, "level", result_level(d->severity));
        put_message(j, d->message);
        if (d->check != HV_CHECK_NONE) {
            hv_json_key(j, "associatedRule");
            hv_json_object_begin(j);
            hv_json_kv_string(j, "id", hv_check_name(d->check));
            hv_json_kv_uint(j, "index", (uint64_t)d->check);
            hv_json_object_end(j);
        }
        hv_json_object_end(j);
    }
    if (sink->dropped) {
        char text[96];
        snprintf(text, sizeof text, "%zu further diagnostics not shown", sink->dropped);
        hv_json_object_begin(j);
        hv_json_kv_string(j, "level", "note");
        put_message(j, text);
        hv_json_object_end(j);
    }
    hv_json_array_end(j);
    hv_json_object_end(j);
    hv_json_array_end(j);
}

void hv_diag_format_sarif(const hv_diag_sink *sink, const char *tool_version, hv_strbuf *out)
{
    hv_json j;
    hv_sarif_begin(&j, out, "hvcpuid", tool_version);
    put_rules(&j);
    hv_sarif_driver_end(&j);
    put_invocation(&j, sink);
    hv_json_key(&j, "results");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < sink->count; i++)
        if (sink->items[i].loc.file)
            put_result(&j, &sink->items[i]);
    hv_json_array_end(&j);
    hv_sarif_end(&j);
}

/* ---- for other SARIF writers (validate/diff_sarif.c) ---------------------- */

void hv_sarif_begin(hv_json *j, hv_strbuf *out, const char *name, const char *version)
{
    hv_json_init(j, out);
    hv_json_object_begin(j);
    hv_json_kv_string(j, "$schema", HV_SARIF_SCHEMA);
    hv_json_kv_string(j, "version", "2.1.0");
    hv_json_key(j, "runs");
    hv_json_array_begin(j);
    hv_json_object_begin(j);
    hv_json_key(j, "tool");
    hv_json_object_begin(j);
    hv_json_key(j, "driver");
    hv_json_object_begin(j);
    hv_json_kv_string(j, "name", name);
    hv_json_kv_string(j, "version", version);
}

void hv_sarif_rule(hv_json *j, const char *id, const char *text, const char *level, bool enabled)
{
    hv_json_object_begin(j);
    hv_json_kv_string(j, "id", id);
    hv_json_key(j, "shortDescription");
    hv_json_object_begin(j);
    hv_json_kv_string(j, "text", text);
    hv_json_object_end(j);
    hv_json_key(j, "defaultConfiguration");
    hv_json_object_begin(j);
    hv_json_kv_bool(j, "enabled", enabled);
    hv_json_kv_string(j, "level", level);
    hv_json_object_end(j);
    hv_json_object_end(j);
}

void hv_sarif_driver_end(hv_json *j)
{
    hv_json_object_end(j); /* driver */
    hv_json_object_end(j); /* tool */
}

void hv_sarif_end(hv_json *j)
{
    hv_json_object_end(j); /* the run */
    hv_json_array_end(j);
    hv_json_object_end(j);
    hv_json_finish(j);
}

void hv_sarif_physical(hv_json *j, hv_loc loc)
{
    put_physical(j, loc);
}

void hv_sarif_message(hv_json *j, const char *text)
{
    put_message(j, text);
}
