/* gen/cli_tables.c - the decoder tables `decode` and `probe` run with: the
 * ones compiled into this binary, or those converted from --registry FILE.
 * It sits beside cli.c rather than in a command file so that neither command
 * depends on the other, and apart from cli.c because the compiled-in tables
 * exist only in the final binary (gen/builtin.h), not in the core library
 * the unit tests link. */
#include "gen/builtin.h"
#include "gen/cli.h"
#include "gen/emit/tables_from_model.h"

int hv_decode_tables(const char *cmd, const char *registry, hv_session *s, hvcpuid_tables *storage,
                     const hvcpuid_tables **out)
{
    if (!registry) {
        *out = hv_builtin_tables();
        if (*out)
            return HV_EXIT_OK;
        fprintf(stderr,
                "hvcpuid %s: error: this is the stage-1 build, without compiled-in decoder "
                "tables; give --registry FILE or use build/hvcpuid\n",
                cmd);
        return HV_EXIT_USAGE;
    }
    const char *files[] = {registry};
    /* A registry with errors is refused with its diagnostics; its warnings
     * (historic proposals and the like) are `hvcpuid check`'s business and
     * would only bury the decode. */
    int status = hv_session_run(s, files, 1);
    if (status != HV_EXIT_OK) {
        hv_session_print_text(s);
        return status;
    }
    if (!hv_tables_from_model(s->reg, storage)) {
        fprintf(stderr, "hvcpuid %s: error: out of memory\n", cmd);
        return HV_EXIT_USAGE;
    }
    *out = storage;
    return HV_EXIT_OK;
}
