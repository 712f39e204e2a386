/* validate/util/text.h - registry text on its way into a log line, a CSV row or
 * a terminal: one function shows it with visible escapes, one cuts it
 * without splitting a character (docs/robustness.md, "Registry text").
 *
 * Every registry string is hostile: XML lets an attribute carry a line
 * break (&#10;), a carriage return, C1 controls, DEL and Unicode's
 * bidirectional overrides, so a name can end a log line and forge the
 * next (a CI annotation, a log mask), or reorder what a reviewer reads. */
#ifndef HVCPUID_TEXT_H
#define HVCPUID_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "validate/util/strbuf.h"

/* Appends the first character of s[0..n) (n > 0) to `out`, escaped when
 * it could break or hide text, and returns the bytes it took (1 to 4):
 *   \n \r \t            line feed, carriage return, tab
 *   \xNN                other C0 controls (ESC is \x1b), DEL, and each
 *                       byte that does not start valid UTF-8
 *   \uNNNN, \UNNNNNNNN  C1 controls, bidirectional controls (U+061C,
 *                       U+200E/F, U+202A-202E, U+2066-2069), line and
 *                       paragraph separators, invisible format characters
 *                       (U+00AD, U+180E, U+200B-200D, U+2060-2064,
 *                       U+206A-206F, U+FEFF, U+FFF9-FFFB) and tags
 *                       (U+E0000-E007F)
 * Every other character, backslash included, is copied as it is; the
 * result is valid UTF-8 and holds no control character. */
size_t hv_visible_step(hv_strbuf *out, const char *s, size_t n);

/* Appends all of s[0..n) as hv_visible_step shows it. */
void hv_visible(hv_strbuf *out, const char *s, size_t n);

/* hv_visible of a NUL-terminated string ("" for NULL). */
void hv_visible_str(hv_strbuf *out, const char *s);

/* True when hv_visible would copy `s` unchanged. */
bool hv_visible_clean(const char *s);

/* Decodes the UTF-8 sequence at s (n > 0 bytes) into *cp and returns its
 * length (1 to 4), or 0 when it is not valid UTF-8 (overlong, a surrogate,
 * past U+10FFFF, cut short). */
size_t hv_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* True for the characters above U+007F that hv_visible_step escapes: they
 * end lines, reorder text or hide it. */
bool hv_char_hidden(uint32_t c);

/* The length of the longest prefix of s[0..n) of at most `max` bytes that
 * does not end inside a UTF-8 sequence: where a cut may fall. */
size_t hv_utf8_cut(const char *s, size_t n, size_t max);

#endif
