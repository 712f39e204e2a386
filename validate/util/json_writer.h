/* validate/util/json_writer.h - streaming, pretty-printed JSON into a strbuf. Used for the
 * registry export and for machine-readable diagnostics; output is stable
 * (two-space indent, keys in call order) so it diffs well when committed. */
#ifndef HVCPUID_JSON_WRITER_H
#define HVCPUID_JSON_WRITER_H

#include <stdbool.h>
#include <stdint.h>

#include "validate/util/strbuf.h"

#define HV_JSON_MAX_DEPTH 32

typedef struct hv_json {
    hv_strbuf *out;
    int depth;
    bool has_items[HV_JSON_MAX_DEPTH];
    bool after_key;
} hv_json;

void hv_json_init(hv_json *j, hv_strbuf *out);
/* Starts one of hvcpuid's own JSON documents: opens the top-level object and
 * writes its "format" and "version" members, the contract every consumer
 * dispatches on (docs/json.md). */
void hv_json_document_begin(hv_json *j, hv_strbuf *out, const char *format, unsigned version);
void hv_json_object_begin(hv_json *j);
void hv_json_object_end(hv_json *j);
void hv_json_array_begin(hv_json *j);
void hv_json_array_end(hv_json *j);
void hv_json_key(hv_json *j, const char *key);
void hv_json_string(hv_json *j, const char *s); /* NULL writes null */
void hv_json_string_n(hv_json *j, const char *s, size_t n);
void hv_json_uint(hv_json *j, uint64_t v);
void hv_json_bool(hv_json *j, bool v);
void hv_json_null(hv_json *j);
/* A key and its value in one call: the common case in every emitter. */
void hv_json_kv_string(hv_json *j, const char *key, const char *s);
void hv_json_kv_uint(hv_json *j, const char *key, uint64_t v);
void hv_json_kv_bool(hv_json *j, const char *key, bool v);
/* A string member with hv_visible()'s escapes (validate/util/text.h), for
 * registry text in findings and changes: the parsed value reads as the text
 * output does, with no line break or control in it. NULL writes null. */
void hv_json_kv_visible(hv_json *j, const char *key, const char *s);
/* Writes the final newline. */
void hv_json_finish(hv_json *j);

#endif
