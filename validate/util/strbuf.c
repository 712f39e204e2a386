/* validate/util/strbuf.c - growable byte buffer (failures latch into `failed`), and
 * printf into a fresh malloc'd string. */
#include "validate/util/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void hv_strbuf_init(hv_strbuf *sb)
{
    memset(sb, 0, sizeof *sb);
}

void hv_strbuf_free(hv_strbuf *sb)
{
    free(sb->data);
    memset(sb, 0, sizeof *sb);
}

static bool reserve(hv_strbuf *sb, size_t extra)
{
    if (sb->failed)
        return false;
    if (sb->budget && extra > *sb->budget) {
        sb->failed = sb->over_budget = true;
        return false;
    }
    if (extra < sb->cap - sb->len && sb->data)
        return true;
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap - sb->len <= extra) {
        if (cap > ((size_t)-1) / 2) {
            sb->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *data = realloc(sb->data, cap);
    if (!data) {
        sb->failed = true;
        return false;
    }
    sb->data = data;
    sb->cap = cap;
    return true;
}

void hv_strbuf_append(hv_strbuf *sb, const char *bytes, size_t n)
{
    if (!reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, bytes, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    if (sb->budget)
        *sb->budget -= n;
}

void hv_strbuf_puts(hv_strbuf *sb, const char *s)
{
    hv_strbuf_append(sb, s, strlen(s));
}

void hv_strbuf_putc(hv_strbuf *sb, char c)
{
    if (sb->data && !sb->failed && sb->cap - sb->len > 1 && /* room for it and the NUL */
        (!sb->budget || *sb->budget > 0)) {
        sb->data[sb->len++] = c;
        sb->data[sb->len] = '\0';
        if (sb->budget)
            --*sb->budget;
        return;
    }
    hv_strbuf_append(sb, &c, 1);
}

/* Prints into the room already there when it fits (one vsnprintf, the
 * common case), else measures, grows and prints again. */
void hv_strbuf_printf(hv_strbuf *sb, const char *fmt, ...)
{
    if (sb->failed)
        return;
    size_t room = sb->data ? sb->cap - sb->len : 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(room ? sb->data + sb->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
        if (sb->budget && (size_t)n > *sb->budget) { /* printed, but past the budget */
            sb->failed = sb->over_budget = true;
            sb->data[sb->len] = '\0';
            return;
        }
        sb->len += (size_t)n;
        if (sb->budget)
            *sb->budget -= (size_t)n;
        return;
    }
    if (n < 0 || !reserve(sb, (size_t)n + 1)) {
        sb->failed = true;
        if (sb->data)
            sb->data[sb->len] = '\0';
        return;
    }
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
    if (sb->budget)
        *sb->budget -= (size_t)n;
}

char *hv_vasprintf(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *s = n < 0 ? NULL : malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *hv_asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = hv_vasprintf(fmt, ap);
    va_end(ap);
    return s;
}

const char *hv_strbuf_cstr(hv_strbuf *sb)
{
    return sb->data ? sb->data : "";
}
