/* gen/cli.c - the shared pipeline behind every subcommand. */
#include "gen/cli.h"

#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "validate/load.h"
#include "validate/util/strbuf.h"

void hv_session_init(hv_session *s)
{
    memset(s, 0, sizeof *s);
    hv_check_config_init(&s->config);
    hv_diag_sink_init(&s->sink, &s->config);
}

int hv_session_run(hv_session *s, const char *const *files, size_t count)
{
    static const char *const fallback[] = {HV_DEFAULT_REGISTRY};
    if (count == 0) {
        if (access(HV_DEFAULT_REGISTRY, F_OK) != 0) {
            fprintf(stderr, "hvcpuid: error: no registry file given and %s does not exist\n",
                    HV_DEFAULT_REGISTRY);
            return HV_EXIT_USAGE;
        }
        files = fallback;
        count = 1;
    }
    s->reg = hv_registry_load(files, count, &s->sink);
    if (!s->reg) {
        fprintf(stderr, "hvcpuid: error: out of memory\n");
        return HV_EXIT_USAGE;
    }
    hv_run_checks(s->reg, &s->sink);
    hv_diag_sort(&s->sink);
    if (s->sink.io_error)
        return HV_EXIT_USAGE;
    return s->sink.errors ? HV_EXIT_FINDINGS : HV_EXIT_OK;
}

void hv_session_print_text(hv_session *s)
{
    hv_strbuf out;
    hv_strbuf_init(&out);
    hv_diag_format_text(&s->sink, &out);
    fputs(hv_strbuf_cstr(&out), stderr);
    hv_strbuf_free(&out);
}

void hv_session_free(hv_session *s)
{
    hv_diag_sink_free(&s->sink);
    hv_registry_free(s->reg);
    s->reg = NULL;
}

int hv_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "hvcpuid %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n(see 'hvcpuid %s --help')\n", cmd);
    va_end(ap);
    return HV_EXIT_USAGE;
}

bool hv_write_stdout(const char *data, size_t len)
{
    return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0;
}
