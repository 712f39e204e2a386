/* validate/diff_sarif.c - a registry diff as SARIF 2.1.0, so code scanning shows
 * a pull request's incompatible changes on its own lines. Two rules:
 * incompatible-change (error) and registry-change (note); each change is a
 * result at its anchor in the new registry (validate/diff.h): the old side
 * lies in a copy of the target branch, which code scanning cannot show. */
#include "validate/diff.h"
#include "validate/sarif.h"
#include "validate/util/json_writer.h"

static const struct {
    const char *id, *text, *level;
} rules[] = {
    {"incompatible-change",
     "a change that breaks something published (docs/format.md, Changing what is published)",
     "error"},
    {"registry-change", "a compatible change: an addition, or a change to what is not published",
     "note"},
};

static void put_rules(hv_json *j)
{
    hv_json_key(j, "rules");
    hv_json_array_begin(j);
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        hv_sarif_rule(j, rules[i].id, rules[i].text, rules[i].level, true);
    hv_json_array_end(j);
}

static void put_change(hv_json *j, const hv_change *c, const char *new_root)
{
    static const char *const kinds[] = {"added", "removed", "changed"};
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(&text, "%s %s %s", kinds[c->kind], c->object, c->subject);
    if (c->detail)
        hv_strbuf_printf(&text, ": %s", c->detail);
    hv_loc at = c->anchor.file ? c->anchor : (hv_loc){new_root, 0, 0};
    unsigned rule = c->incompatible ? 0 : 1;
    hv_json_object_begin(j);
    hv_json_kv_string(j, "ruleId", rules[rule].id);
    hv_json_kv_uint(j, "ruleIndex", rule);
    hv_json_kv_string(j, "level", rules[rule].level);
    hv_sarif_message(j, hv_strbuf_cstr(&text));
    hv_json_key(j, "locations");
    hv_json_array_begin(j);
    hv_json_object_begin(j);
    hv_sarif_physical(j, at);
    hv_json_object_end(j);
    hv_json_array_end(j);
    hv_json_object_end(j);
    hv_strbuf_free(&text);
}

void hv_diff_format_sarif(const hv_diff *diff, const char *tool_version, const char *new_root,
                          hv_strbuf *out)
{
    hv_json j;
    hv_sarif_begin(&j, out, "hvcpuid-diff", tool_version);
    put_rules(&j);
    hv_sarif_driver_end(&j);
    hv_json_key(&j, "results");
    hv_json_array_begin(&j);
    for (size_t i = 0; i < diff->count; i++)
        put_change(&j, &diff->items[i], new_root);
    hv_json_array_end(&j);
    hv_sarif_end(&j);
}
