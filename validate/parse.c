/* validate/parse.c - numbers, bit ranges and signatures as written in the registry. */
#include "validate/parse.h"

#include <stdio.h>
#include <string.h>

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool hv_parse_u32(const char *text, uint32_t max, uint32_t *out, const char **why)
{
    const char *p = text;
    unsigned base = 10;
    uint64_t value = 0;

    if (!p || !*p) {
        *why = "empty number; write decimal (31) or hex (0x1f)";
        return false;
    }
    if (*p == '-' || *p == '+') {
        *why = "signs are not allowed; numbers are unsigned";
        return false;
    }
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
        if (!*p) {
            *why = "'0x' needs hex digits after it";
            return false;
        }
    } else if (p[0] == '0' && p[1] != '\0') {
        *why = "leading zero on a decimal number (reads as octal in C); write it without the "
               "zero or as hex with 0x";
        return false;
    }
    for (; *p; p++) {
        int d = base == 16 ? hex_digit(*p) : (*p >= '0' && *p <= '9' ? *p - '0' : -1);
        if (d < 0) {
            *why = base == 16 ? "not a hex digit; write hex as 0x followed by 0-9a-f"
                              : "not a number; write decimal (31) or hex (0x1f)";
            return false;
        }
        value = value * base + (unsigned)d;
        if (value > 0xFFFFFFFFull) {
            *why = "does not fit in 32 bits";
            return false;
        }
    }
    if (value > max) {
        *why = "out of range";
        return false;
    }
    *out = (uint32_t)value;
    return true;
}

bool hv_parse_bits(const char *text, uint32_t *msb, uint32_t *lsb, const char **why)
{
    const char *colon = text ? strchr(text, ':') : NULL;
    if (!colon) {
        if (!hv_parse_u32(text, 0xFFFFFFFFu, msb, why))
            return false;
        *lsb = *msb;
        return true;
    }
    char left[32];
    size_t n = (size_t)(colon - text);
    if (n >= sizeof left) {
        *why = "bit number too long";
        return false;
    }
    memcpy(left, text, n);
    left[n] = '\0';
    if (!hv_parse_u32(left, 0xFFFFFFFFu, msb, why) ||
        !hv_parse_u32(colon + 1, 0xFFFFFFFFu, lsb, why)) {
        return false;
    }
    return true;
}

bool hv_unescape_signature(const char *text, unsigned char *out, size_t cap, size_t *len,
                           const char **why)
{
    size_t n = 0;
    for (const char *p = text; *p; p++) {
        unsigned char byte = (unsigned char)*p;
        if (*p == '\\') {
            p++;
            if (*p == '0') {
                byte = 0;
            } else if (*p == '\\') {
                byte = '\\';
            } else if (*p == 'x' && hex_digit(p[1]) >= 0 && hex_digit(p[2]) >= 0) {
                byte = (unsigned char)(hex_digit(p[1]) * 16 + hex_digit(p[2]));
                p += 2;
            } else {
                *why = "bad escape; use \\0 for NUL, \\xNN for any byte, \\\\ for a backslash";
                return false;
            }
        }
        if (n < cap)
            out[n] = byte;
        n++;
    }
    *len = n;
    return true;
}

void hv_format_signature(const unsigned char *bytes, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    if (cap < 3) {
        if (cap)
            out[0] = '\0';
        return;
    }
    out[o++] = '"';
    for (size_t i = 0; i < len; i++) {
        char tmp[5];
        unsigned char b = bytes[i];
        if (b == 0)
            snprintf(tmp, sizeof tmp, "\\0");
        else if (b == '\\' || b == '"')
            snprintf(tmp, sizeof tmp, "\\%c", b);
        else if (b >= 0x20 && b < 0x7f)
            snprintf(tmp, sizeof tmp, "%c", b);
        else
            snprintf(tmp, sizeof tmp, "\\x%02x", b);
        size_t t = strlen(tmp);
        if (o + t + 2 > cap)
            break;
        memcpy(out + o, tmp, t);
        o += t;
    }
    out[o++] = '"';
    out[o] = '\0';
}

void hv_format_hex(const unsigned char *bytes, size_t len, char *out, size_t cap)
{
    static const char digits[] = "0123456789abcdef";
    size_t o = 0;
    for (size_t i = 0; i < len && o + 2 < cap; i++) {
        out[o++] = digits[bytes[i] >> 4];
        out[o++] = digits[bytes[i] & 15];
    }
    if (cap)
        out[o < cap ? o : cap - 1] = '\0';
}

bool hv_valid_name(const char *name)
{
    if (!name || !(*name >= 'a' && *name <= 'z'))
        return false;
    for (const char *p = name; *p; p++) {
        bool ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
        if (!ok || (p[0] == '_' && p[1] == '_'))
            return false;
    }
    return name[strlen(name) - 1] != '_';
}

bool hv_valid_id(const char *id)
{
    if (!id || !(*id >= 'a' && *id <= 'z'))
        return false;
    for (const char *p = id; *p; p++) {
        bool ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
        if (!ok)
            return false;
    }
    return id[strlen(id) - 1] != '-';
}
