/* validate/load.c - from validated XML documents to model objects, and the walk over
 * a root registry's includes. Element and attribute names here are the ones
 * validate/registry.rng allows; the schema has already rejected anything else,
 * so this file only converts, never second-guesses the structure. */
#include "validate/load.h"

#include <errno.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "validate/load_xml.h"
#include "validate/parse.h"
#include "validate/util/grow.h"

typedef struct loader {
    hv_registry *reg;
    hv_arena *arena;
    hv_diag_sink *sink;
    xmlRelaxNGPtr schema;
    hv_xml_file *file; /* the file being converted */
    hv_vendor **vendors;
    size_t vendor_count, vendor_cap;
    struct loaded {
        char *real_path;
        hv_loc loc;
    } * loaded; /* every file loaded, to refuse loading one twice */
    size_t loaded_count, loaded_cap;
    bool oom;
} loader;

/* ---- small DOM helpers ------------------------------------------------ */

static bool is_element(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static size_t count_children(xmlNodePtr parent, const char *name)
{
    size_t n = 0;
    for (xmlNodePtr c = parent->children; c; c = c->next)
        n += is_element(c, name);
    return n;
}

static void *alloc_array(loader *L, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    void *p = hv_arena_array(L->arena, n, size);
    if (!p)
        L->oom = true;
    return p;
}

static const char *attr(loader *L, xmlNodePtr node, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    const char *s = hv_arena_strdup(L->arena, (const char *)v);
    xmlFree(v);
    if (!s)
        L->oom = true;
    return s;
}

/* Text with runs of white space folded to one space and ends trimmed, so a
 * description wrapped over several lines reads as one paragraph. */
static const char *folded_text(loader *L, xmlNodePtr node)
{
    xmlChar *raw = xmlNodeGetContent(node);
    if (!raw)
        return NULL;
    size_t n = strlen((const char *)raw), o = 0;
    char *out = hv_arena_alloc(L->arena, n + 1);
    if (!out) {
        L->oom = true;
        xmlFree(raw);
        return NULL;
    }
    bool space = false;
    for (const char *p = (const char *)raw; *p; p++) {
        bool ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (ws) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = *p;
    }
    out[o] = '\0';
    xmlFree(raw);
    return out;
}

static const char *child_doc(loader *L, xmlNodePtr node)
{
    for (xmlNodePtr c = node->children; c; c = c->next)
        if (is_element(c, "doc"))
            return folded_text(L, c);
    return NULL;
}

static hv_loc loc_of(loader *L, xmlNodePtr node)
{
    return hv_xml_node_loc(L->file, node);
}

/* Parses a numeric attribute; reports [number] on bad syntax. Returns false
 * when absent or invalid (*present tells which). */
static bool number_attr(loader *L, xmlNodePtr node, const char *name, uint32_t *out, bool *present)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (present)
        *present = v != NULL;
    if (!v)
        return false;
    const char *why = NULL;
    bool ok = hv_parse_u32((const char *)v, 0xFFFFFFFFu, out, &why);
    if (!ok)
        hv_report(L->sink, HV_CHECK_NUMBER, hv_xml_attr_loc(L->file, node, name),
                  "invalid number '%.64s' in %s=: %s", (const char *)v, name, why);
    xmlFree(v);
    return ok;
}

static hv_status status_attr(loader *L, xmlNodePtr node, hv_status fallback)
{
    static const char *const names[] = {"active",    "deprecated", "proposed",
                                        "withdrawn", "reserved",   "disputed"};
    const char *s = attr(L, node, "status");
    if (s)
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(s, names[i]) == 0)
                return (hv_status)i;
    return fallback;
}

/* Unescapes a signature attribute; bad escapes are [signature] findings. */
static void signature_attr(loader *L, xmlNodePtr node, const char *name, hv_signature *sig)
{
    const char *text = attr(L, node, name);
    memset(sig, 0, sizeof *sig);
    if (!text)
        return;
    sig->present = true;
    sig->text = text;
    sig->loc = hv_xml_attr_loc(L->file, node, name);
    const char *why = NULL;
    sig->valid = hv_unescape_signature(text, sig->bytes, sizeof sig->bytes, &sig->len, &why);
    if (!sig->valid)
        hv_report(L->sink, HV_CHECK_SIGNATURE, sig->loc, "signature '%.64s': %s", text, why);
}

static hv_sources build_sources(loader *L, xmlNodePtr node)
{
    hv_sources s = {NULL, 0};
    s.items = alloc_array(L, count_children(node, "source"), sizeof *s.items);
    for (xmlNodePtr c = node->children; c && s.items; c = c->next) {
        if (!is_element(c, "source"))
            continue;
        hv_source *src = &s.items[s.count++];
        src->loc = loc_of(L, c);
        src->repo = attr(L, c, "repo");
        src->path = attr(L, c, "path");
        src->commit = attr(L, c, "commit");
        src->url = attr(L, c, "url");
        src->title = attr(L, c, "title");
        src->note = attr(L, c, "note");
    }
    return s;
}

/* ---- registers, fields, leaves ---------------------------------------- */

static void build_field(loader *L, xmlNodePtr node, hv_field *f, hv_register *reg)
{
    f->loc = loc_of(L, node);
    f->reg = reg;
    f->reserved = is_element(node, "reserved");
    f->name = attr(L, node, "name");
    f->upstream = attr(L, node, "upstream");
    f->alternative_to = attr(L, node, "alternative-to");
    f->replaced_by = attr(L, node, "replaced-by");
    f->status = status_attr(L, node, f->reserved ? HV_STATUS_RESERVED : HV_STATUS_ACTIVE);
    f->doc = child_doc(L, node);
    f->sources = build_sources(L, node);
    f->bits_text = attr(L, node, "bits");
    const char *kind = attr(L, node, "upstream-kind");
    f->upstream_kind = !f->upstream                          ? HV_UPSTREAM_NONE
                       : !kind || strcmp(kind, "label") == 0 ? HV_UPSTREAM_LABEL
                       : strcmp(kind, "bit") == 0            ? HV_UPSTREAM_BIT
                                                             : HV_UPSTREAM_MASK;
    uint32_t msb = 0, lsb = 0;
    const char *why = NULL;
    if (f->bits_text && hv_parse_bits(f->bits_text, &msb, &lsb, &why)) {
        f->msb = msb;
        f->lsb = lsb;
        f->valid = msb <= 31 && lsb <= 31 && msb >= lsb;
    } else if (f->bits_text) {
        hv_report(L->sink, HV_CHECK_NUMBER, hv_xml_attr_loc(L->file, node, "bits"),
                  "invalid bit range '%.64s' (write a bit number like 5 or msb:lsb like 23:18): %s",
                  f->bits_text, why);
    }
    f->values = alloc_array(L, count_children(node, "value"), sizeof *f->values);
    for (xmlNodePtr c = node->children; c && f->values; c = c->next) {
        if (!is_element(c, "value"))
            continue;
        hv_enum_value *v = &f->values[f->value_count++];
        v->loc = loc_of(L, c);
        v->name = attr(L, c, "name");
        v->valid = number_attr(L, c, "value", &v->value, NULL);
        v->doc = folded_text(L, c);
    }
}

static int compare_fields(const void *pa, const void *pb)
{
    const hv_field *a = pa, *b = pb;
    if (a->lsb != b->lsb)
        return a->lsb < b->lsb ? -1 : 1;
    if (a->msb != b->msb)
        return a->msb < b->msb ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

static int compare_field_names(const void *pa, const void *pb)
{
    const hv_field *a = *(const hv_field *const *)pa, *b = *(const hv_field *const *)pb;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    return (a > b) - (a < b); /* same array: address order is bit order */
}

/* The by-name index hv_register_find_field searches: with thousands of
 * fields, a scan per alternative-to lookup would make the checks quadratic. */
static void index_field_names(loader *L, hv_register *r)
{
    size_t named = 0;
    for (size_t i = 0; i < r->field_count; i++)
        named += r->fields[i].name != NULL;
    /* never NULL, even with no names: NULL would mean "scan" */
    const hv_field **index = alloc_array(L, named ? named : 1, sizeof *index);
    if (!index)
        return;
    size_t n = 0;
    for (size_t i = 0; i < r->field_count; i++)
        if (r->fields[i].name)
            index[n++] = &r->fields[i];
    qsort(index, n, sizeof *index, compare_field_names);
    r->by_name = index;
    r->named_count = n;
}

static hv_reg reg_from_name(const char *name)
{
    for (int r = 0; r < HV_REG_COUNT; r++)
        if (name && strcmp(name, hv_reg_name((hv_reg)r)) == 0)
            return (hv_reg)r;
    return HV_REG_EAX;
}

static void build_register(loader *L, xmlNodePtr node, hv_register *r, hv_leaf *leaf)
{
    r->loc = loc_of(L, node);
    r->leaf = leaf;
    r->reg = reg_from_name(attr(L, node, "name"));
    size_t n = count_children(node, "field") + count_children(node, "reserved");
    r->fields = alloc_array(L, n, sizeof *r->fields);
    for (xmlNodePtr c = node->children; c && r->fields; c = c->next)
        if (is_element(c, "field") || is_element(c, "reserved"))
            build_field(L, c, &r->fields[r->field_count++], r);
    if (r->field_count > 1)
        qsort(r->fields, r->field_count, sizeof *r->fields, compare_fields);
    /* qsort moved the fields: nothing points at them yet, so no fix-up needed */
    index_field_names(L, r);
}

static int compare_registers(const void *pa, const void *pb)
{
    const hv_register *a = pa, *b = pb;
    if (a->reg != b->reg)
        return a->reg < b->reg ? -1 : 1;
    return (a->loc.line > b->loc.line) - (a->loc.line < b->loc.line);
}

static void build_leaf(loader *L, xmlNodePtr node, hv_leaf *leaf, hv_interface *iface)
{
    leaf->loc = loc_of(L, node);
    leaf->iface = iface;
    leaf->name = attr(L, node, "name");
    leaf->upstream = attr(L, node, "upstream");
    leaf->status = status_attr(L, node, HV_STATUS_ACTIVE);
    leaf->doc = child_doc(L, node);
    leaf->sources = build_sources(L, node);
    bool has_offset = false;
    leaf->valid = number_attr(L, node, "offset", &leaf->offset, &has_offset);
    bool sub_ok = number_attr(L, node, "subleaf", &leaf->subleaf, &leaf->has_subleaf);
    if (leaf->has_subleaf && !sub_ok)
        leaf->valid = false;
    leaf->registers = alloc_array(L, count_children(node, "register"), sizeof *leaf->registers);
    for (xmlNodePtr c = node->children; c && leaf->registers; c = c->next)
        if (is_element(c, "register"))
            build_register(L, c, &leaf->registers[leaf->register_count++], leaf);
    if (leaf->registers && leaf->register_count > 1)
        qsort(leaf->registers, leaf->register_count, sizeof *leaf->registers, compare_registers);
    for (size_t r = 0; leaf->registers && r < leaf->register_count; r++)
        for (size_t f = 0; leaf->registers[r].fields && f < leaf->registers[r].field_count; f++)
            leaf->registers[r].fields[f].reg = &leaf->registers[r];
}

static int compare_leaves(const void *pa, const void *pb)
{
    const hv_leaf *a = pa, *b = pb;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    if (a->has_subleaf != b->has_subleaf)
        return a->has_subleaf ? 1 : -1;
    if (a->subleaf != b->subleaf)
        return a->subleaf < b->subleaf ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return (a->loc.col > b->loc.col) - (a->loc.col < b->loc.col);
}

/* ---- allocations, interfaces, hypervisors, vendors ---------------------- */

static void build_allocation(loader *L, xmlNodePtr node, hv_allocation *a, hv_interface *owner,
                             hv_vendor *vendor)
{
    a->loc = loc_of(L, node);
    a->owner = owner;
    a->vendor = vendor;
    a->id = attr(L, node, "id");
    a->name = attr(L, node, "name");
    a->status = status_attr(L, node, HV_STATUS_ACTIVE);
    a->doc = child_doc(L, node);
    a->sources = build_sources(L, node);
    bool first_ok = number_attr(L, node, "first", &a->first, NULL);
    bool last_ok = number_attr(L, node, "last", &a->last, NULL);
    a->valid = first_ok && last_ok;
}

static void build_interface(loader *L, xmlNodePtr node, hv_interface *iface, hv_vendor *vendor)
{
    iface->loc = loc_of(L, node);
    iface->vendor = vendor;
    iface->id = attr(L, node, "id");
    iface->name = attr(L, node, "name");
    iface->doc = child_doc(L, node);
    iface->status = status_attr(L, node, HV_STATUS_ACTIVE);
    iface->sources = build_sources(L, node);
    signature_attr(L, node, "vendor-signature", &iface->vendor_sig);
    signature_attr(L, node, "interface-signature", &iface->iface_sig);
    const char *certainty = attr(L, node, "signature-certainty");
    iface->signature_uncertain = certainty && strcmp(certainty, "uncertain") == 0;
    iface->default_base_valid =
        number_attr(L, node, "default-base", &iface->default_base, &iface->has_default_base);
    iface->min_base_valid =
        number_attr(L, node, "min-base", &iface->min_base, &iface->has_min_base);
    iface->max_leaf_valid =
        number_attr(L, node, "max-leaf", &iface->max_leaf, &iface->has_max_leaf);
    iface->max_leaf_loc = hv_xml_attr_loc(L->file, node, "max-leaf");

    iface->allocations =
        alloc_array(L, count_children(node, "allocation"), sizeof *iface->allocations);
    iface->follows = alloc_array(L, count_children(node, "follows"), sizeof *iface->follows);
    iface->leaves = alloc_array(L, count_children(node, "leaf"), sizeof *iface->leaves);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (is_element(c, "allocation") && iface->allocations) {
            build_allocation(L, c, &iface->allocations[iface->allocation_count++], iface, vendor);
        } else if (is_element(c, "follows") && iface->follows) {
            hv_follows *f = &iface->follows[iface->follows_count++];
            f->loc = loc_of(L, c);
            f->allocation_id = attr(L, c, "allocation");
        } else if (is_element(c, "leaf") && iface->leaves) {
            build_leaf(L, c, &iface->leaves[iface->leaf_count++], iface);
        }
    }
    if (iface->leaf_count > 1)
        qsort(iface->leaves, iface->leaf_count, sizeof *iface->leaves, compare_leaves);
    for (size_t i = 0; i < iface->leaf_count; i++) {
        hv_leaf *leaf = &iface->leaves[i];
        for (size_t r = 0; r < leaf->register_count; r++)
            leaf->registers[r].leaf = leaf;
    }
}

static void build_hypervisor(loader *L, xmlNodePtr node, hv_hypervisor *hv, hv_vendor *vendor)
{
    hv->loc = loc_of(L, node);
    hv->vendor = vendor;
    hv->id = attr(L, node, "id");
    hv->name = attr(L, node, "name");
    hv->doc = child_doc(L, node);
    hv->status = status_attr(L, node, HV_STATUS_ACTIVE);
    hv->sources = build_sources(L, node);
    hv->presents = alloc_array(L, count_children(node, "presents"), sizeof *hv->presents);
    for (xmlNodePtr c = node->children; c && hv->presents; c = c->next) {
        if (!is_element(c, "presents"))
            continue;
        hv_presents *p = &hv->presents[hv->presents_count++];
        p->loc = loc_of(L, c);
        p->interface_id = attr(L, c, "interface");
        p->overrides = attr(L, c, "overrides");
        p->doc = child_doc(L, c);
        p->valid = number_attr(L, c, "base", &p->base, NULL);
        signature_attr(L, c, "vendor-signature", &p->vendor_sig);
    }
}

static void add_vendor(loader *L, hv_vendor *v)
{
    if (!HV_GROW(L->vendors, L->vendor_count, L->vendor_cap)) {
        L->oom = true;
        return;
    }
    L->vendors[L->vendor_count++] = v;
}

static void build_vendor(loader *L, xmlNodePtr node)
{
    hv_vendor *v = hv_arena_alloc(L->arena, sizeof *v);
    if (!v) {
        L->oom = true;
        return;
    }
    v->loc = loc_of(L, node);
    v->file = L->file->path;
    v->id = attr(L, node, "id");
    v->name = attr(L, node, "name");
    v->doc = child_doc(L, node);
    v->sources = build_sources(L, node);
    v->interfaces = alloc_array(L, count_children(node, "interface"), sizeof *v->interfaces);
    v->hypervisors = alloc_array(L, count_children(node, "hypervisor"), sizeof *v->hypervisors);
    v->allocations = alloc_array(L, count_children(node, "allocation"), sizeof *v->allocations);
    for (xmlNodePtr c = node->children; c; c = c->next) {
        if (is_element(c, "interface") && v->interfaces)
            build_interface(L, c, &v->interfaces[v->interface_count++], v);
        else if (is_element(c, "hypervisor") && v->hypervisors)
            build_hypervisor(L, c, &v->hypervisors[v->hypervisor_count++], v);
        else if (is_element(c, "allocation") && v->allocations)
            build_allocation(L, c, &v->allocations[v->allocation_count++], NULL, v);
    }
    add_vendor(L, v);
}

/* ---- files and includes ------------------------------------------------ */

/* True when `real` was loaded before; otherwise remembers it. */
static bool seen_before(loader *L, const char *real, hv_loc loc, hv_loc *first)
{
    for (size_t i = 0; i < L->loaded_count; i++) {
        if (strcmp(L->loaded[i].real_path, real) == 0) {
            *first = L->loaded[i].loc;
            return true;
        }
    }
    char *copy = strdup(real);
    if (!copy || !HV_GROW(L->loaded, L->loaded_count, L->loaded_cap)) {
        free(copy);
        L->oom = true;
        return false;
    }
    L->loaded[L->loaded_count++] = (struct loaded){copy, loc};
    return false;
}

/* An include path must stay inside the root's folder: relative, made of
 * plain names, no "." or ".." components. */
static const char *include_path_problem(const char *p)
{
    if (!*p)
        return "empty file name";
    if (strlen(p) > 255)
        return "file name longer than 255 bytes";
    if (p[0] == '/')
        return "absolute paths are not allowed; name the file relative to the registry root";
    for (const char *c = p; *c; c++) {
        bool ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                  (*c >= '0' && *c <= '9') || *c == '.' || *c == '_' || *c == '-' || *c == '/';
        if (!ok)
            return "only letters, digits, '.', '_', '-' and '/' are allowed in include paths";
    }
    const char *seg = p;
    while (*seg) {
        size_t n = strcspn(seg, "/");
        if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
            return "'.', '..' and empty path components are not allowed; includes stay inside "
                   "the registry folder";
        seg += n;
        if (*seg == '/')
            seg++;
    }
    return NULL;
}

static void load_file(loader *L, const char *path, bool from_include, hv_loc cause,
                      const char *root_real_dir);

static void load_includes(loader *L, xmlNodePtr root, const char *root_path)
{
    const char *slash = strrchr(root_path, '/');
    size_t dir_len = slash ? (size_t)(slash - root_path) + 1 : 0;
    char dir_real[PATH_MAX];
    char *dir = hv_arena_strndup(L->arena, root_path, dir_len);
    if (!dir || !realpath(dir_len ? dir : ".", dir_real)) {
        hv_report(L->sink, HV_CHECK_INCLUDE, (hv_loc){root_path, 0, 0},
                  "cannot resolve the registry folder");
        return;
    }
    hv_xml_file *root_file = L->file;
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (!is_element(c, "include"))
            continue;
        L->file = root_file;
        const char *name = attr(L, c, "file");
        hv_loc loc = hv_xml_attr_loc(root_file, c, "file");
        const char *problem = name ? include_path_problem(name) : "missing file name";
        if (problem) {
            hv_report(L->sink, HV_CHECK_INCLUDE, loc, "bad include '%.80s': %s", name ? name : "",
                      problem);
            continue;
        }
        const char *joined = hv_arena_printf(L->arena, "%s%s", dir, name);
        if (!joined) {
            L->oom = true;
            return;
        }
        load_file(L, joined, true, loc, dir_real);
    }
    L->file = root_file;
}

static void load_file(loader *L, const char *path, bool from_include, hv_loc cause,
                      const char *root_real_dir)
{
    if (L->loaded_count >= HV_MAX_FILES) {
        hv_report(L->sink, HV_CHECK_INCLUDE, cause,
                  "more than %d registry files; refusing to load more", HV_MAX_FILES);
        return;
    }
    char real[PATH_MAX];
    if (from_include && !realpath(path, real)) {
        hv_report(L->sink, HV_CHECK_INCLUDE, cause, "cannot find included file '%s': %s", path,
                  strerror(errno));
        return;
    }
    if (root_real_dir && realpath(path, real)) {
        size_t n = strlen(root_real_dir);
        if (strncmp(real, root_real_dir, n) != 0 || real[n] != '/') {
            hv_report(L->sink, HV_CHECK_INCLUDE, cause,
                      "'%s' resolves outside the registry folder (through a symbolic link); "
                      "include only files inside it",
                      path);
            return;
        }
    }
    if (realpath(path, real)) {
        hv_loc first;
        hv_loc here = from_include ? cause : (hv_loc){path, 0, 0};
        if (seen_before(L, real, here, &first)) {
            hv_diag *d = hv_report(L->sink, HV_CHECK_INCLUDE, here,
                                   "'%s' is loaded twice; name each file once", path);
            hv_diag_add_note(d, first, "first loaded from here");
            return;
        }
    }
    hv_xml_file file;
    memset(&file, 0, sizeof file);
    file.path = path;
    const char **files = hv_arena_array(L->arena, L->reg->file_count + 1, sizeof *files);
    if (files) {
        if (L->reg->file_count)
            memcpy(files, L->reg->files, L->reg->file_count * sizeof *files);
        files[L->reg->file_count++] = path;
        L->reg->files = files;
    }
    if (!hv_xml_read(&file, path, L->sink, cause) || !hv_xml_validate(&file, L->schema, L->sink)) {
        hv_xml_close(&file);
        return;
    }
    hv_xml_file *outer = L->file;
    L->file = &file;
    xmlNodePtr root = xmlDocGetRootElement(file.doc);
    if (is_element(root, "registry")) {
        if (from_include)
            hv_report(L->sink, HV_CHECK_INCLUDE, cause,
                      "'%s' is a root registry; only vendor files can be included", path);
        else
            load_includes(L, root, path);
    } else {
        build_vendor(L, root);
    }
    L->file = outer;
    hv_xml_close(&file);
}

/* ---- finishing: sorted views and resolved references ------------------ */

static int compare_ids(const char *a, const char *b, hv_loc la, hv_loc lb)
{
    int c = strcmp(a ? a : "", b ? b : "");
    if (c)
        return c;
    c = strcmp(la.file ? la.file : "", lb.file ? lb.file : "");
    if (c)
        return c;
    return (la.line > lb.line) - (la.line < lb.line);
}

static int compare_vendor_ptrs(const void *pa, const void *pb)
{
    const hv_vendor *a = *(hv_vendor *const *)pa, *b = *(hv_vendor *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static int compare_interface_ptrs(const void *pa, const void *pb)
{
    const hv_interface *a = *(hv_interface *const *)pa, *b = *(hv_interface *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static int compare_hypervisor_ptrs(const void *pa, const void *pb)
{
    const hv_hypervisor *a = *(hv_hypervisor *const *)pa, *b = *(hv_hypervisor *const *)pb;
    return compare_ids(a->id, b->id, a->loc, b->loc);
}

static const char *allocation_key(const hv_allocation *a)
{
    return a->owner ? a->owner->id : a->id;
}

static int compare_allocation_ptrs(const void *pa, const void *pb)
{
    const hv_allocation *a = *(hv_allocation *const *)pa, *b = *(hv_allocation *const *)pb;
    int c = strcmp(allocation_key(a) ? allocation_key(a) : "",
                   allocation_key(b) ? allocation_key(b) : "");
    if (c)
        return c;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return compare_ids(NULL, NULL, a->loc, b->loc);
}

/* Gives each interface the list of <presents> that place it (hypervisors
 * in id order), so its bases never need a scan of every hypervisor. A
 * withdrawn hypervisor's placements are history, not registered bases. */
static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The interface's bases: its default base and each placement's, sorted and
 * unique, listed once here so no later pass scans every hypervisor. */
static void list_bases(loader *L, hv_interface *iface)
{
    size_t n = 0;
    iface->bases = alloc_array(L, iface->placement_count + 1, sizeof *iface->bases);
    if (!iface->bases)
        return;
    if (iface->has_default_base && iface->default_base_valid)
        iface->bases[n++] = iface->default_base;
    for (size_t p = 0; p < iface->placement_count; p++)
        if (iface->placements[p]->valid)
            iface->bases[n++] = iface->placements[p]->base;
    qsort(iface->bases, n, sizeof *iface->bases, compare_u32);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++)
        if (unique == 0 || iface->bases[unique - 1] != iface->bases[i])
            iface->bases[unique++] = iface->bases[i];
    iface->base_count = unique;
}

static void link_placements(loader *L)
{
    hv_registry *reg = L->reg;
    for (size_t h = 0; h < reg->hypervisor_count; h++)
        for (size_t p = 0; p < reg->hypervisors[h]->presents_count; p++)
            if (reg->hypervisors[h]->presents[p].iface &&
                reg->hypervisors[h]->status != HV_STATUS_WITHDRAWN)
                reg->hypervisors[h]->presents[p].iface->placement_count++;
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_interface *iface = reg->interfaces[i];
        size_t want = iface->placement_count;
        iface->placement_count = 0;
        iface->placements = alloc_array(L, want, sizeof *iface->placements);
    }
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; hv->status != HV_STATUS_WITHDRAWN && p < hv->presents_count; p++) {
            hv_interface *iface = hv->presents[p].iface;
            if (iface && iface->placements)
                iface->placements[iface->placement_count++] = &hv->presents[p];
        }
    }
    for (size_t i = 0; i < reg->interface_count; i++)
        list_bases(L, reg->interfaces[i]);
}

static int compare_allocation_ids(const void *pa, const void *pb)
{
    const hv_allocation *a = *(hv_allocation *const *)pa, *b = *(hv_allocation *const *)pb;
    int c = strcmp(a->id, b->id);
    return c ? c : hv_loc_compare(a->loc, b->loc);
}

/* Allocations with an id, sorted by id then location: lookups by id are a
 * binary search and duplicate ids sit side by side. */
static void index_allocation_ids(loader *L)
{
    hv_registry *reg = L->reg;
    size_t n = 0;
    for (size_t a = 0; a < reg->allocation_count; a++)
        n += reg->allocations[a]->id != NULL;
    reg->allocations_by_id = alloc_array(L, n, sizeof *reg->allocations_by_id);
    if (!reg->allocations_by_id)
        return;
    for (size_t a = 0; a < reg->allocation_count; a++)
        if (reg->allocations[a]->id)
            reg->allocations_by_id[reg->allocation_id_count++] = reg->allocations[a];
    qsort(reg->allocations_by_id, reg->allocation_id_count, sizeof *reg->allocations_by_id,
          compare_allocation_ids);
}

static void finish(loader *L)
{
    hv_registry *reg = L->reg;
    size_t ni = 0, nh = 0, na = 0;
    for (size_t v = 0; v < L->vendor_count; v++) {
        const hv_vendor *vendor = L->vendors[v];
        ni += vendor->interface_count;
        nh += vendor->hypervisor_count;
        na += vendor->allocation_count;
        for (size_t i = 0; i < vendor->interface_count; i++)
            na += vendor->interfaces[i].allocation_count;
    }
    reg->vendors = alloc_array(L, L->vendor_count, sizeof *reg->vendors);
    reg->interfaces = alloc_array(L, ni, sizeof *reg->interfaces);
    reg->hypervisors = alloc_array(L, nh, sizeof *reg->hypervisors);
    reg->allocations = alloc_array(L, na, sizeof *reg->allocations);
    if (L->oom)
        return;
    for (size_t v = 0; v < L->vendor_count; v++) {
        hv_vendor *vendor = L->vendors[v];
        reg->vendors[reg->vendor_count++] = vendor;
        for (size_t i = 0; i < vendor->interface_count; i++) {
            hv_interface *iface = &vendor->interfaces[i];
            reg->interfaces[reg->interface_count++] = iface;
            for (size_t a = 0; a < iface->allocation_count; a++)
                reg->allocations[reg->allocation_count++] = &iface->allocations[a];
        }
        for (size_t h = 0; h < vendor->hypervisor_count; h++)
            reg->hypervisors[reg->hypervisor_count++] = &vendor->hypervisors[h];
        for (size_t a = 0; a < vendor->allocation_count; a++)
            reg->allocations[reg->allocation_count++] = &vendor->allocations[a];
    }
    if (reg->vendor_count)
        qsort(reg->vendors, reg->vendor_count, sizeof *reg->vendors, compare_vendor_ptrs);
    if (reg->interface_count)
        qsort(reg->interfaces, reg->interface_count, sizeof *reg->interfaces,
              compare_interface_ptrs);
    if (reg->hypervisor_count)
        qsort(reg->hypervisors, reg->hypervisor_count, sizeof *reg->hypervisors,
              compare_hypervisor_ptrs);
    if (reg->allocation_count)
        qsort(reg->allocations, reg->allocation_count, sizeof *reg->allocations,
              compare_allocation_ptrs);
    for (size_t h = 0; h < reg->hypervisor_count; h++) {
        hv_hypervisor *hv = reg->hypervisors[h];
        for (size_t p = 0; p < hv->presents_count; p++)
            if (hv->presents[p].interface_id)
                hv->presents[p].iface =
                    hv_registry_find_interface(reg, hv->presents[p].interface_id);
    }
    link_placements(L);
    index_allocation_ids(L);
    for (size_t i = 0; i < reg->interface_count; i++) {
        hv_interface *iface = reg->interfaces[i];
        for (size_t f = 0; f < iface->follows_count; f++)
            if (iface->follows[f].allocation_id)
                iface->follows[f].allocation =
                    hv_registry_find_allocation(reg, iface->follows[f].allocation_id);
    }
}

hv_registry *hv_registry_load(const char *const *paths, size_t count, hv_diag_sink *sink)
{
    xmlInitParser();
    hv_arena *arena = hv_arena_new(HV_ARENA_BUDGET);
    if (!arena)
        return NULL;
    hv_registry *reg = hv_arena_alloc(arena, sizeof *reg);
    if (!reg) {
        hv_arena_free(arena);
        return NULL;
    }
    reg->arena = arena;
    loader L;
    memset(&L, 0, sizeof L);
    L.reg = reg;
    L.arena = arena;
    L.sink = sink;
    L.schema = hv_xml_schema_new();
    if (!L.schema) {
        hv_report(sink, HV_CHECK_SCHEMA, (hv_loc){NULL, 0, 0},
                  "internal error: the built-in schema does not compile");
    } else {
        for (size_t i = 0; i < count; i++) {
            const char *path = hv_arena_strdup(arena, paths[i]);
            if (path)
                load_file(&L, path, false, (hv_loc){NULL, 0, 0}, NULL);
        }
        finish(&L);
    }
    if (L.oom)
        hv_report(sink, HV_CHECK_XML, (hv_loc){NULL, 0, 0},
                  "registry too large: the %u-MiB memory budget is used up",
                  HV_ARENA_BUDGET / (1024u * 1024u));
    xmlRelaxNGFree(L.schema);
    for (size_t i = 0; i < L.loaded_count; i++)
        free(L.loaded[i].real_path);
    free(L.loaded);
    free(L.vendors);
    return reg;
}
