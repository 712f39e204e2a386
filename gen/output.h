/* output.h - a set of generated files, built in memory and then written
 * atomically (temporary file + rename) and only when their content changed.
 * Nothing is written unless every output was produced, so a failed run never
 * leaves a half-updated out/. */
#ifndef HVCPUID_OUTPUT_H
#define HVCPUID_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../validate/strbuf.h"

typedef struct hv_output {
    char *path; /* relative to the output folder */
    hv_strbuf data;
} hv_output;

typedef struct hv_outputs {
    hv_output *items;
    size_t count, cap;
} hv_outputs;

void hv_outputs_init(hv_outputs *outs);
void hv_outputs_free(hv_outputs *outs);
/* A new, empty output at `path`; NULL when out of memory. */
hv_strbuf *hv_outputs_add(hv_outputs *outs, const char *path);
/* True when every buffer is complete (no allocation failed). */
bool hv_outputs_complete(const hv_outputs *outs);

typedef struct hv_write_stats {
    size_t written, unchanged;
} hv_write_stats;

/* Writes every output below `dir`, creating folders as needed. Reports
 * problems on `err` as "PATH: error: ..." and returns false on the first. */
bool hv_outputs_write(const hv_outputs *outs, const char *dir, FILE *err, hv_write_stats *stats);

/* Writes one file atomically if its content differs; *changed tells which. */
bool hv_write_file_if_changed(const char *path, const char *data, size_t len, bool *changed,
                              char *err, size_t errlen);

#endif
