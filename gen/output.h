/* gen/output.h - a set of generated files, built in memory and then written all
 * or nothing: only those whose content changed, each through a temporary file
 * renamed into place after one flush of them all (output.c says how). */
#ifndef HVCPUID_OUTPUT_H
#define HVCPUID_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "validate/util/strbuf.h"

typedef struct hv_output {
    char *path; /* relative to the output folder */
    hv_strbuf data;
} hv_output;

typedef struct hv_outputs {
    hv_output *items;
    size_t count, cap;
    bool limited;
    size_t budget; /* bytes all buffers together may still take, when limited */
} hv_outputs;

void hv_outputs_init(hv_outputs *outs);
void hv_outputs_free(hv_outputs *outs);
/* Limits the set to `bytes` in all: an append past it fails, as when out
 * of memory, and hv_outputs_over_budget() says so. Call before adding. */
void hv_outputs_limit(hv_outputs *outs, size_t bytes);
/* A new, empty output at `path`; NULL when out of memory. */
hv_strbuf *hv_outputs_add(hv_outputs *outs, const char *path);
/* True when every buffer is complete (no allocation failed). */
bool hv_outputs_complete(const hv_outputs *outs);
/* True when a buffer stopped at the limit. */
bool hv_outputs_over_budget(const hv_outputs *outs);

typedef struct hv_write_stats {
    size_t written, unchanged;
} hv_write_stats;

/* Writes every changed output below `dir`, creating folders as needed and
 * following no symbolic link there (nor `dir` itself, nor "" or "/"). When
 * it returns true every changed file is renamed into place and on disk; on
 * false (the first problem reported on `err` as "PATH: error: ...") no
 * output was touched, unless a rename itself failed after the flush. */
bool hv_outputs_write(const hv_outputs *outs, const char *dir, FILE *err, hv_write_stats *stats);

#endif
