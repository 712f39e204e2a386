/* validate/diff_format.c - a registry diff as text (one line per change, located
 * like a diagnostic) and as JSON (docs/json.md), parallel to diag_format.c.
 * Subjects and details quote registry text (names, ids), so they and the
 * file names are shown with visible escapes in both formats, as findings
 * are (validate/util/text.h): no change can forge a log line. */
#include "validate/diff.h"
#include "validate/util/json_writer.h"
#include "validate/util/text.h"

static const char *kind_name(hv_change_kind k)
{
    return k == HV_CHANGE_ADDED ? "added" : k == HV_CHANGE_REMOVED ? "removed" : "changed";
}

static void put_loc(hv_strbuf *out, hv_loc loc)
{
    hv_visible_str(out, loc.file);
    if (loc.line)
        hv_strbuf_printf(out, ":%u:%u", loc.line, loc.col);
}

/* FILE:LINE:COL: changed field kvm leaf 0x01 x: moved from ... [incompatible]
 * located on the new side where it exists, the old side otherwise, with a
 * "was here" line for the old side of a change. */
void hv_diff_format_text(const hv_diff *diff, hv_strbuf *out)
{
    for (size_t i = 0; i < diff->count; i++) {
        const hv_change *c = &diff->items[i];
        put_loc(out, c->new_loc.file ? c->new_loc : c->old_loc);
        hv_strbuf_printf(out, ": %s %s ", kind_name(c->kind), c->object);
        hv_visible_str(out, c->subject);
        if (c->detail) {
            hv_strbuf_puts(out, ": ");
            hv_visible_str(out, c->detail);
        }
        hv_strbuf_puts(out, c->incompatible ? " [incompatible]\n" : "\n");
        if (c->kind == HV_CHANGE_CHANGED && c->old_loc.file) {
            put_loc(out, c->old_loc);
            hv_strbuf_puts(out, ": note: previously here\n");
        }
    }
    hv_strbuf_printf(out, "%zu added, %zu removed, %zu changed; %zu incompatible\n", diff->added,
                     diff->removed, diff->changed, diff->incompatible);
}

static void json_loc(hv_json *j, const char *key, hv_loc loc)
{
    hv_json_key(j, key);
    if (!loc.file) {
        hv_json_null(j);
        return;
    }
    hv_json_object_begin(j);
    hv_json_kv_visible(j, "file", loc.file);
    hv_json_kv_uint(j, "line", loc.line);
    hv_json_kv_uint(j, "column", loc.col);
    hv_json_object_end(j);
}

void hv_diff_format_json(const hv_diff *diff, hv_strbuf *out)
{
    hv_json j;
    hv_json_document_begin(&j, out, "hvcpuid-diff", 1);
    hv_json_key(&j, "changes");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < diff->count; i++) {
        const hv_change *c = &diff->items[i];
        hv_json_object_begin(&j);
        hv_json_kv_string(&j, "change", kind_name(c->kind));
        hv_json_kv_string(&j, "object", c->object);
        hv_json_kv_visible(&j, "subject", c->subject);
        hv_json_kv_visible(&j, "detail", c->detail);
        hv_json_kv_bool(&j, "incompatible", c->incompatible);
        json_loc(&j, "old", c->old_loc);
        json_loc(&j, "new", c->new_loc);
        hv_json_object_end(&j);
    }
    hv_json_array_end(&j);
    hv_json_kv_uint(&j, "added", diff->added);
    hv_json_kv_uint(&j, "removed", diff->removed);
    hv_json_kv_uint(&j, "changed", diff->changed);
    hv_json_kv_uint(&j, "incompatible", diff->incompatible);
    hv_json_object_end(&j);
    hv_json_finish(&j);
}
