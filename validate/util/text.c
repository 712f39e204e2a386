/* validate/util/text.c - see validate/util/text.h: visible escapes and cuts on
 * character boundaries, with a strict UTF-8 decoder (no overlong forms, no
 * surrogates, nothing past U+10FFFF). */
#include "validate/util/text.h"

#include <stdint.h>
#include <string.h>

size_t hv_utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    static const uint32_t min_of[] = {0, 0, 0x80, 0x800, 0x10000};
    size_t len = s[0] < 0x80                    ? 1
                 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
                 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
                 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4
                                                : 0;
    if (len == 0 || len > n)
        return 0;
    uint32_t c = len == 1 ? s[0] : s[0] & (0x7Fu >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (c < min_of[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

bool hv_char_hidden(uint32_t c)
{
    return (c >= 0x80 && c <= 0x9F) || c == 0xAD || c == 0x61C || c == 0x180E ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF ||
           (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE007F);
}

size_t hv_visible_step(hv_strbuf *out, const char *s, size_t n)
{
    uint32_t c = 0;
    size_t len = hv_utf8_decode(s, n, &c);
    if (len == 0) {
        hv_strbuf_printf(out, "\\x%02x", (unsigned char)s[0]);
        return 1;
    }
    if (c == '\n' || c == '\r' || c == '\t')
        hv_strbuf_puts(out, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
    else if (c < 0x20 || c == 0x7F)
        hv_strbuf_printf(out, "\\x%02x", (unsigned)c);
    else if (hv_char_hidden(c) && c > 0xFFFF)
        hv_strbuf_printf(out, "\\U%08x", (unsigned)c);
    else if (hv_char_hidden(c))
        hv_strbuf_printf(out, "\\u%04x", (unsigned)c);
    else
        hv_strbuf_append(out, s, len);
    return len;
}

void hv_visible(hv_strbuf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n;)
        i += hv_visible_step(out, s + i, n - i);
}

void hv_visible_str(hv_strbuf *out, const char *s)
{
    if (s)
        hv_visible(out, s, strlen(s));
}

bool hv_visible_clean(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t c = 0;
        size_t len = hv_utf8_decode(s + i, n - i, &c);
        if (len == 0 || c < 0x20 || c == 0x7F || hv_char_hidden(c))
            return false;
        i += len;
    }
    return true;
}

size_t hv_utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t k = max;
    /* back off over continuation bytes to the start of the cut character */
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && max - k < 4)
        k--;
    return k;
}
