/* validate/parse.h - the registry's scalar syntaxes: numbers, bit ranges, escaped
 * signatures. Pure functions; each failure comes with a reason phrased as a
 * fix, which the loader turns into a [number] or [signature-length] diagnostic. */
#ifndef HVCPUID_PARSE_H
#define HVCPUID_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Parses "0x1F" (hex, either case) or "31" (decimal) into a value no larger
 * than `max`. Rejects empty text, signs, spaces, leading zeros on decimals
 * (they read as octal in C), and overflow. On failure sets *why. */
bool hv_parse_u32(const char *text, uint32_t max, uint32_t *out, const char **why);

/* Parses a bit range "N" or "MSB:LSB" (decimal or hex). Only syntax here:
 * range and order are the [bit-range] check's business. */
bool hv_parse_bits(const char *text, uint32_t *msb, uint32_t *lsb, const char **why);

/* Unescapes a signature: "\0" NUL, "\xNN" any byte, "\\" backslash; other
 * bytes stand for themselves. Writes at most `cap` bytes but counts all in
 * *len so callers can report the real length. */
bool hv_unescape_signature(const char *text, unsigned char *out, size_t cap, size_t *len,
                           const char **why);

/* Renders bytes for a diagnostic as a C-style quoted string with escapes for
 * anything not printable ASCII, e.g. "KVMKVMKVM\0\0\0". Always terminates. */
void hv_format_signature(const unsigned char *bytes, size_t len, char *out, size_t cap);

/* Lowercase hex of the bytes, two digits each, no separators. */
void hv_format_hex(const unsigned char *bytes, size_t len, char *out, size_t cap);

/* True for a valid name fragment: [a-z][a-z0-9_]*, no "__", no trailing "_". */
bool hv_valid_name(const char *name);
/* True for an identifier-like id: [a-z][a-z0-9-]* (used for ids and anchors). */
bool hv_valid_id(const char *id);

#endif
