/* validate/checks/gaps.c - [register-gap]: bits of a present register that are
 * neither a field nor reserved. Off by default (many vendors document only
 * what they use); a registry that wants every bit accounted for turns it on. */
#include <stdio.h>

#include "validate/checks/internal.h"

/* Appends "23:18" or "8" for the run of gap bits lsb..msb. */
static size_t put_run(char *buf, size_t cap, size_t len, unsigned msb, unsigned lsb)
{
    if (len >= cap)
        return len;
    const char *sep = len ? ", " : "";
    int n = msb == lsb ? snprintf(buf + len, cap - len, "%s%u", sep, msb)
                       : snprintf(buf + len, cap - len, "%s%u:%u", sep, msb, lsb);
    return n > 0 ? len + (size_t)n : len;
}

static void gaps_in(const hv_check_ctx *ctx, const hv_register *reg)
{
    uint32_t covered = 0;
    for (size_t i = 0; i < reg->field_count; i++) {
        if (!reg->fields[i].valid)
            return; /* [bit-range] or [number] already reported this register */
        covered |= hv_field_mask(&reg->fields[i]);
    }
    if (covered == 0xFFFFFFFFu)
        return;
    char runs[160] = "";
    size_t len = 0;
    for (unsigned b = 0; b < 32;) {
        if (covered & (1u << b)) {
            b++;
            continue;
        }
        unsigned lsb = b;
        while (b < 32 && !(covered & (1u << b)))
            b++;
        len = put_run(runs, sizeof runs, len, b - 1, lsb);
    }
    char where[128];
    hv_report(ctx->sink, ctx->check, reg->loc,
              "bits %s of %s are neither a field nor reserved; describe them, or mark them "
              "<reserved> if they have no meaning",
              runs, hv_describe_register(reg, where, sizeof where));
}

void hv_check_register_gap(const hv_check_ctx *ctx)
{
    hv_visit_registers(ctx, gaps_in);
}
