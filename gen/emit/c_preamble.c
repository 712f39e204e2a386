/* gen/emit/c_preamble.c - the SPDX line and provenance comment that open every
 * generated C header (out/include/hvcpuid/ and its upstream/ folder). */
#include "gen/emit/c_preamble.h"

#include <stdlib.h>
#include <string.h>

#include "gen/emit/c_text.h"
#include "gen/version.h"

#define LICENSE "MIT"

/* A registry file named without the folders above its own, so the same
 * registry generates the same text wherever it is and however it was named:
 * "spec/kvm.xml" for spec/kvm.xml, ./spec/kvm.xml or /abs/spec/kvm.xml. */
static void put_display_path(hv_strbuf *sb, const char *path)
{
    const char *end = path + strlen(path), *last = NULL, *prev = NULL;
    for (const char *p = path; p < end; p++)
        if (*p == '/') {
            prev = last;
            last = p;
        }
    const char *start = prev ? prev + 1 : path;
    if (last && (strncmp(start, "./", 2) == 0 || start == last))
        start = last + 1;
    hv_strbuf_puts(sb, start);
}

static int compare_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every vendor file's display path, sorted and unique, joined with ", ": the
 * same text whatever order the files were named in. */
static void put_vendor_files(hv_strbuf *text, const hv_registry *reg)
{
    char **paths = calloc(reg->vendor_count ? reg->vendor_count : 1, sizeof *paths);
    size_t n = 0;
    for (size_t v = 0; paths && v < reg->vendor_count; v++) {
        hv_strbuf one;
        hv_strbuf_init(&one);
        put_display_path(&one, reg->vendors[v]->file);
        paths[n++] = one.failed ? NULL : one.data;
        text->failed |= one.failed;
    }
    text->failed |= paths == NULL;
    if (paths && !text->failed)
        qsort(paths, n, sizeof *paths, compare_cstr);
    for (size_t i = 0; paths && !text->failed && i < n; i++)
        if (i == 0 || strcmp(paths[i - 1], paths[i]) != 0)
            hv_strbuf_printf(text, "%s%s", i ? ", " : "", paths[i]);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

/* The SPDX line and "FILE - WHAT. Generated from SOURCES by hvcpuid VERSION";
 * SOURCES is the interface's vendor file, or every vendor file (iface NULL). */
void hv_c_preamble(hv_strbuf *sb, const char *file, const char *what, const hv_registry *reg,
                   const hv_interface *iface)
{
    hv_strbuf text;
    hv_strbuf_init(&text);
    hv_strbuf_printf(sb, "/* SPDX-License-Identifier: %s */\n", LICENSE);
    hv_strbuf_printf(&text, "%s - %s. Generated from ", file, what);
    if (iface)
        put_display_path(&text, iface->vendor->file);
    else
        put_vendor_files(&text, reg);
    hv_strbuf_printf(&text,
                     " by hvcpuid %s -- do not edit; change the registry and run "
                     "'hvcpuid gen' instead.",
                     HVCPUID_VERSION);
    hv_c_comment(sb, "", hv_strbuf_cstr(&text));
    sb->failed |= text.failed;
    hv_strbuf_free(&text);
}
