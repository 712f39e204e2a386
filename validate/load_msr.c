/* validate/load_msr.c - the synthetic-MSR part of a vendor file as model objects:
 * an interface's <msr-base>, <msr-allocation>s and <msr>s (64-bit fields
 * built by the same field builder as a CPUID register's), and what a
 * <presents> says about MSRs (msr-base=, msrs=, <acknowledge>). Like
 * load_build.c it only converts: the schema has fixed the structure, bad
 * numbers are [number] findings, references stay unresolved until
 * validate/model_index.c. */
#include <stdlib.h>
#include <string.h>

#include "validate/load_build.h"

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Splits a list attribute of names separated by white space into arena
 * strings. The names are checked later ([name-syntax], [unknown-msr]). */
void hv_build_msr_refs(hv_build *b, xmlNodePtr node, const char *attr, hv_msr_refs *refs)
{
    const char *text = hv_build_attr(b, node, attr);
    memset(refs, 0, sizeof *refs);
    if (!text)
        return;
    refs->present = true;
    refs->loc = hv_xml_attr_loc(b->file, node, attr);
    size_t words = 0;
    for (const char *p = text; *p; p++)
        words += !is_space(*p) && (p == text || is_space(p[-1]));
    if (words == 0)
        return;
    refs->names = hv_arena_array(b->arena, words, sizeof *refs->names);
    refs->msrs = hv_arena_array(b->arena, words, sizeof *refs->msrs);
    if (!refs->names || !refs->msrs) {
        b->oom = true;
        return;
    }
    for (const char *p = text; *p;) {
        while (is_space(*p))
            p++;
        const char *start = p;
        while (*p && !is_space(*p))
            p++;
        if (p > start && refs->count < words) {
            const char *name = hv_arena_strndup(b->arena, start, (size_t)(p - start));
            if (!name) {
                b->oom = true;
                return;
            }
            refs->names[refs->count++] = name;
        }
    }
}

/* The <acknowledge> children: which check, and the reason as folded text. */
static hv_check_acks build_acks(hv_build *b, xmlNodePtr node)
{
    hv_check_acks acks = {NULL, 0};
    acks.items = hv_build_array(b, node, "acknowledge", sizeof *acks.items, &acks.count);
    for (xmlNodePtr c = node->children; c && acks.items; c = c->next) {
        if (!hv_build_is_element(c, "acknowledge"))
            continue;
        hv_check_ack *a = &acks.items[acks.count++];
        a->loc = hv_build_loc(b, c);
        a->check = hv_build_attr(b, c, "check");
        a->reason = hv_build_text(b, c);
    }
    return acks;
}

static void build_msr_base(hv_build *b, xmlNodePtr node, hv_msr_base *base)
{
    base->present = true;
    base->loc = hv_build_loc(b, node);
    base->field_name = hv_build_attr(b, node, "field");
    bool def_ok = hv_build_number(b, node, "default", &base->default_base, NULL);
    bool leaf_ok = hv_build_number(b, node, "leaf", &base->leaf_offset, NULL);
    base->valid = def_ok && leaf_ok;
}

static hv_msr_access access_attr(hv_build *b, xmlNodePtr node)
{
    const char *a = hv_build_attr(b, node, "access");
    if (!a)
        return HV_MSR_ACCESS_NONE;
    return strcmp(a, "r") == 0   ? HV_MSR_ACCESS_R
           : strcmp(a, "w") == 0 ? HV_MSR_ACCESS_W
                                 : HV_MSR_ACCESS_RW;
}

static void build_msr(hv_build *b, xmlNodePtr node, hv_msr *m, hv_interface *iface)
{
    m->loc = hv_build_loc(b, node);
    m->iface = iface;
    m->name = hv_build_attr(b, node, "name");
    m->upstream = hv_build_attr(b, node, "upstream");
    m->upstream_alias = hv_build_attr(b, node, "upstream-alias");
    m->access = access_attr(b, node);
    m->status = hv_build_status(b, node, HV_STATUS_ACTIVE);
    m->doc = hv_build_doc(b, node);
    m->sources = hv_build_sources(b, node);
    m->valid = hv_build_number(b, node, "address", &m->address, NULL);
    m->value.loc = m->loc;
    m->value.msr = m;
    hv_build_fields(b, node, &m->value);
}

static int compare_msrs(const void *pa, const void *pb)
{
    const hv_msr *a = pa, *b = pb;
    if (a->address != b->address)
        return a->address < b->address ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

/* Sorting moves the MSRs, so their value registers' back pointers (and
 * the fields' pointers to those registers) are set again afterwards. */
static void sort_msrs(hv_interface *iface)
{
    if (!iface->msrs)
        return;
    if (iface->msr_count > 1)
        qsort(iface->msrs, iface->msr_count, sizeof *iface->msrs, compare_msrs);
    for (size_t i = 0; i < iface->msr_count; i++) {
        hv_msr *m = &iface->msrs[i];
        m->value.msr = m;
        for (size_t f = 0; f < m->value.field_count; f++)
            m->value.fields[f].reg = &m->value;
    }
}

void hv_build_interface_msrs(hv_build *b, xmlNodePtr node, hv_interface *iface)
{
    iface->msr_allocations = hv_build_array(
        b, node, "msr-allocation", sizeof *iface->msr_allocations, &iface->msr_allocation_count);
    iface->msrs = hv_build_array(b, node, "msr", sizeof *iface->msrs, &iface->msr_count);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (hv_build_is_element(c, "msr-base")) {
            build_msr_base(b, c, &iface->msr_base);
        } else if (hv_build_is_element(c, "msr-allocation") && iface->msr_allocations) {
            hv_allocation *a = &iface->msr_allocations[iface->msr_allocation_count++];
            hv_build_allocation(b, c, a, iface);
            a->check_acks = build_acks(b, c);
        } else if (hv_build_is_element(c, "msr") && iface->msrs) {
            build_msr(b, c, &iface->msrs[iface->msr_count++], iface);
        }
    }
    sort_msrs(iface);
}

void hv_build_presents_msrs(hv_build *b, xmlNodePtr node, hv_presents *p)
{
    p->msr_base_valid = hv_build_number(b, node, "msr-base", &p->msr_base, &p->has_msr_base);
    p->msr_base_loc = hv_xml_attr_loc(b->file, node, "msr-base");
    hv_build_msr_refs(b, node, "msrs", &p->msrs);
    p->check_acks = build_acks(b, node);
}
