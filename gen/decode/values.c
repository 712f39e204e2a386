/* gen/decode/values.c - how a decode report names things for a person: a
 * field's value (flag, enumerated name, number with its unit, hex, the text
 * of signature bytes), a set of bits, and the products found. Every byte a
 * dump supplies goes through hv_format_signature's escapes, so no control
 * character, CR, C1 code or bidirectional override reaches a terminal. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "gen/decode/findings.h"
#include "validate/parse.h"

/* Hz per unit, for the units the tables name. */
static uint64_t hz_per(const char *unit)
{
    if (!strcmp(unit, "MHz"))
        return 1000000u;
    return !strcmp(unit, "kHz") ? 1000u : 1u;
}

/* "2400010 kHz (2.40 GHz)": the number as read, then, when a larger unit
 * fits, the same frequency in it with two decimals (rounded). */
static void frequency_text(uint32_t v, const char *unit, char *buf, size_t cap)
{
    static const struct {
        uint64_t hz;
        const char *name;
    } scales[] = {{1000000000000u, "THz"}, {1000000000u, "GHz"}, {1000000u, "MHz"}, {1000u, "kHz"}};
    uint64_t hz = (uint64_t)v * hz_per(unit);
    int n = snprintf(buf, cap, "%u %s", v, unit);
    for (size_t i = 0; i < sizeof scales / sizeof scales[0] && n > 0 && (size_t)n < cap; i++) {
        if (hz < scales[i].hz || scales[i].hz <= hz_per(unit))
            continue;
        uint64_t hundredths = (hz * 100u + scales[i].hz / 2u) / scales[i].hz;
        snprintf(buf + n, cap - (size_t)n, " (%llu.%02llu %s)",
                 (unsigned long long)(hundredths / 100u), (unsigned long long)(hundredths % 100u),
                 scales[i].name);
        return;
    }
}

void hv_decode_value_text(const hvcpuid_field *fd, uint32_t v, char *buf, size_t cap)
{
    const hvcpuid_enum *e = hvcpuid_find_enum(fd, v);
    if (e) {
        snprintf(buf, cap, "%s (%u)", e->name, v);
    } else if (fd->msb == fd->lsb) {
        snprintf(buf, cap, "%u", v);
    } else if (fd->unit) {
        frequency_text(v, fd->unit, buf, cap);
    } else if (fd->show == HVCPUID_SHOW_HEX_TEXT) {
        uint8_t bytes[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
        char text[24];
        hv_format_signature(bytes, 4, text, sizeof text);
        snprintf(buf, cap, "0x%08x %s", v, text);
    } else if (fd->show == HVCPUID_SHOW_HEX) {
        snprintf(buf, cap, "0x%0*x", (fd->msb - fd->lsb + 4) / 4, v);
    } else if (fd->show == HVCPUID_SHOW_SIGNED && fd->msb == 31 && fd->lsb == 0) {
        snprintf(buf, cap, "%ld", (long)(v >= 0x80000000u ? (int64_t)v - 0x100000000 : v));
    } else {
        snprintf(buf, cap, "%u", v);
    }
}

void hv_decode_bits_text(uint32_t mask, char *buf, size_t cap)
{
    size_t n = 0;
    int count = 0;
    buf[0] = '\0';
    for (int hi = 31; hi >= 0 && n < cap; hi--) {
        if (!(mask & (1u << hi)))
            continue;
        int lo = hi;
        while (lo > 0 && (mask & (1u << (lo - 1))))
            lo--;
        int w = lo == hi ? snprintf(buf + n, cap - n, "%s%d", count ? ", " : "", hi)
                         : snprintf(buf + n, cap - n, "%s%d:%d", count ? ", " : "", hi, lo);
        if (w < 0)
            break;
        n += (size_t)w;
        count += hi - lo + 1;
        hi = lo;
    }
    if (n >= cap) /* cut: say so rather than end mid-number */
        snprintf(buf, cap, "bits of mask 0x%08x", mask);
    else if (count) {
        char tmp[128];
        snprintf(tmp, sizeof tmp, "%s %s", count == 1 ? "bit" : "bits", buf);
        snprintf(buf, cap, "%s", tmp);
    }
}

/* The vendor's name without a trailing qualifier: "KVM (Linux)" -> "KVM". */
static void short_vendor(const char *name, char *buf, size_t cap)
{
    size_t n = strlen(name);
    const char *paren = strstr(name, " (");
    if (paren && name[n - 1] == ')')
        n = (size_t)(paren - name);
    snprintf(buf, cap, "%.*s", (int)n, name);
}

void hv_decode_products_text(const hv_decode_findings *r, char *buf, size_t cap)
{
    const hvcpuid_analysis *a = &r->a;
    const hvcpuid_interface *first = NULL;
    for (unsigned k = 0; k < a->found_count && !first; k++)
        first = a->found[k].iface;
    if (a->product_count == 0) {
        snprintf(buf, cap, "no registered product matches");
        return;
    }
    if (a->product_total == 1) {
        snprintf(buf, cap, "%s", a->products[0]->name);
        return;
    }
    short_vendor(first && first->vendor_name ? first->vendor_name : "a hypervisor", buf, cap);
    size_t n = strlen(buf);
    unsigned listed = 0;
    for (int own = 1; own >= 0; own--) /* the interface's own vendor's products first */
        for (unsigned k = 0; k < a->product_count && n < cap; k++) {
            const char *v = a->products[k]->vendor;
            if ((first && first->vendor && v && !strcmp(v, first->vendor)) != own)
                continue;
            int w = snprintf(buf + n, cap - n, "%s%s",
                             listed++ ? "; " : " (one of: ", a->products[k]->name);
            n += w > 0 ? (size_t)w : 0;
        }
    if (n < cap && a->product_total > a->product_count) {
        int w = snprintf(buf + n, cap - n, "; and %u more", a->product_total - a->product_count);
        n += w > 0 ? (size_t)w : 0;
    }
    if (n < cap)
        snprintf(buf + n, cap - n, ")");
}
