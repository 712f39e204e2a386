/* validate/util/strbuf.h - growable byte buffer used to build outputs in memory, so a file
 * is written only once it is complete (never a partial output). */
#ifndef HVCPUID_STRBUF_H
#define HVCPUID_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct hv_strbuf {
    char *data;
    size_t len, cap;
    bool failed; /* an allocation failed; the content is incomplete */
    /* When set, the bytes this buffer (and any sharing the counter) may
     * still take: an append past it fails like an allocation, with
     * over_budget set. NULL: no limit. */
    size_t *budget;
    bool over_budget;
} hv_strbuf;

void hv_strbuf_init(hv_strbuf *sb);
void hv_strbuf_free(hv_strbuf *sb);
void hv_strbuf_append(hv_strbuf *sb, const char *bytes, size_t n);
void hv_strbuf_puts(hv_strbuf *sb, const char *s);
void hv_strbuf_putc(hv_strbuf *sb, char c);
void hv_strbuf_printf(hv_strbuf *sb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* A malloc'd string printed from the format (the caller frees it), or NULL
 * when out of memory: the one home of "measure with vsnprintf, then print". */
char *hv_vasprintf(const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 0)))
#endif
    ;
char *hv_asprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* NUL-terminated view of the content ("" when empty). */
const char *hv_strbuf_cstr(hv_strbuf *sb);

#endif
