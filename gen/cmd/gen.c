/* gen/cmd/gen.c - `hvcpuid gen`: check, then regenerate every output. A registry
 * with errors writes nothing; unchanged outputs keep their timestamps. The
 * emitters get this run's diagnostics: gen takes no -W/-E, so they are the
 * default levels' and the page's report is what a plain `hvcpuid check`
 * prints. */
#include <stdlib.h>
#include <string.h>

#include "gen/cli.h"
#include "gen/emit/emitters.h"

int hv_cmd_gen(int argc, char **argv)
{
    const char *dir = "out";
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    if (!files)
        return HV_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: hvcpuid gen [-o DIR] [FILE...]\n\n"
                   "Checks the registry and, when it has no errors, writes every output below\n"
                   "DIR (default: out): registry.json and the other generated files. Files are\n"
                   "replaced atomically and only when their content changes.\n");
            free(files);
            return HV_EXIT_OK;
        }
        if (strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc) {
                free(files);
                return hv_usage_error("gen", "-o needs a folder");
            }
            dir = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(files);
            return hv_usage_error("gen", "unknown option '%s'", argv[i]);
        } else {
            files[nfiles++] = argv[i];
        }
    }
    hv_session s;
    hv_session_init(&s);
    int status = hv_session_run(&s, files, nfiles);
    hv_session_print_text(&s);
    if (status == HV_EXIT_OK) {
        char err[512];
        hv_emit_ctx ctx = {s.reg, &s.sink, err, sizeof err};
        hv_outputs outs;
        hv_outputs_init(&outs);
        hv_write_stats stats;
        if (!hv_emit_all(&ctx, &outs)) {
            fprintf(stderr, "hvcpuid gen: error: %s; nothing written\n", err);
            status = HV_EXIT_USAGE;
        } else if (!hv_outputs_write(&outs, dir, stderr, &stats)) {
            status = HV_EXIT_USAGE;
        } else {
            fprintf(stderr, "hvcpuid gen: %zu file%s written, %zu unchanged in %s/\n",
                    stats.written, stats.written == 1 ? "" : "s", stats.unchanged, dir);
        }
        hv_outputs_free(&outs);
    } else if (status == HV_EXIT_FINDINGS) {
        fprintf(stderr, "hvcpuid gen: errors found; nothing written\n");
    }
    free(files);
    hv_session_free(&s);
    return status;
}
