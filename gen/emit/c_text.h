/* gen/emit/c_text.h - registry text made safe for C source: comments no input
 * can close, continue, turn into a trigraph or a preprocessor line, and
 * string literals with the exact bytes. Output is plain ASCII. */
#ifndef HVCPUID_EMIT_C_TEXT_H
#define HVCPUID_EMIT_C_TEXT_H

#include <stddef.h>

#include "validate/model.h"
#include "validate/util/strbuf.h"

/* Appends a block comment holding `text`, wrapped at 80 columns:
 *   INDENT/+ TEXT...
 *   INDENT + " * " TEXT... * /
 * White space runs fold to one space; "*" "/" pairs, "/" "*" pairs and "??"
 * get a space between them; non-ASCII becomes <U+XXXX> (invalid UTF-8 and
 * control bytes <0xNN>); no line ever ends in a backslash. Nothing is
 * written for NULL or blank text. */
void hv_c_comment(hv_strbuf *sb, const char *indent, const char *text);

/* Appends `bytes` as a C string literal (quotes included) that means
 * exactly those bytes: \" \\ \? and three-digit octal for the rest of the
 * non-printable range, so no escape can swallow the next character. */
void hv_c_string_literal(hv_strbuf *sb, const unsigned char *bytes, size_t len);

/* Writes "#define STEM SUFFIX VALUE\n" with a printf-style value (values are
 * short by construction: a longer one marks `sb` failed). */
void hv_c_define(hv_strbuf *sb, const hv_strbuf *stem, const char *suffix, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Appends " Source: TITLE REPO PATH at COMMIT URL (NOTE)." per source, for a
 * comment's text. */
void hv_c_sources_text(hv_strbuf *text, const hv_sources *sources);

/* Appends a field's comment text after its register:
 * "[MSB:LSB] NAME [STATUS] (upstream U, a mask) (shift upstream S); another
 * reading of A: DOC Source: ...". */
void hv_c_field_text(hv_strbuf *text, const hv_field *f);

/* Writes STEM_DEPRECATED for a deprecated field, then each enumerated value
 * as a commented #define. */
void hv_c_field_values(hv_strbuf *sb, const hv_field *f);

/* "" for active, else the status name: the tag a comment shows. */
const char *hv_c_status_tag(hv_status status);

#endif
