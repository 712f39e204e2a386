/* validate/load.c - the walk over registry files: the files named on the command
 * line, a root registry's includes (which stay inside its folder and are
 * loaded once each), the per-file read, parse and schema validation
 * (load_xml.c), then each vendor document's conversion (load_build.c) and,
 * once everything is read, the model's sorted views and resolved references
 * (model_index.c). */
#include "validate/load.h"

#include <errno.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "validate/load_build.h"
#include "validate/load_xml.h"
#include "validate/model_index.h"
#include "validate/util/grow.h"
#include "validate/util/text.h"

typedef struct loader {
    hv_registry *reg;
    hv_build build; /* arena, sink, the file being converted, out of memory */
    hv_load_limits limits;
    xmlRelaxNGPtr schema;
    hv_vendor **vendors;
    size_t vendor_count, vendor_cap;
    struct loaded {
        char *real_path;
        hv_loc loc;
    } * loaded; /* every file loaded, to refuse loading one twice */
    size_t loaded_count, loaded_cap;
    size_t *seen;       /* open-address table of indices + 1 into `loaded`, by real path */
    size_t seen_cap;    /* a power of two, at least twice loaded_count */
    const char **files; /* every file read, in load order (reg->files at the end) */
    size_t file_count, file_cap;
} loader;

hv_load_limits hv_load_limits_default(void)
{
    return (hv_load_limits){HV_MAX_FILE_SIZE, HV_MAX_FILES, HV_ARENA_BUDGET};
}

hv_load_limits hv_load_limits_large(void)
{
    size_t model = (size_t)-1 / 2 > ((size_t)64 << 30) ? (size_t)64 << 30 : (size_t)-1 / 2;
    return (hv_load_limits){(size_t)1 << 30, 65536, model};
}

/* ---- files and includes ------------------------------------------------ */

/* Vendors in load order; hv_model_index sorts them once all are loaded. */
static void add_vendor(loader *L, hv_vendor *v)
{
    if (!v)
        return;
    if (!HV_GROW(L->vendors, L->vendor_count, L->vendor_cap)) {
        L->build.oom = true;
        return;
    }
    L->vendors[L->vendor_count++] = v;
}

static size_t hash_path(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Puts loaded[i] into the table (which has room). */
static void seen_insert(loader *L, size_t i)
{
    size_t mask = L->seen_cap - 1;
    size_t k = hash_path(L->loaded[i].real_path) & mask;
    while (L->seen[k])
        k = (k + 1) & mask;
    L->seen[k] = i + 1;
}

static bool seen_grow(loader *L)
{
    size_t cap = L->seen_cap ? 2 * L->seen_cap : 64;
    size_t *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    free(L->seen);
    L->seen = t;
    L->seen_cap = cap;
    for (size_t i = 0; i < L->loaded_count; i++)
        seen_insert(L, i);
    return true;
}

/* True when `real` was loaded before; otherwise remembers it. A hash table:
 * --large-registry admits tens of thousands of files. */
static bool seen_before(loader *L, const char *real, hv_loc loc, hv_loc *first)
{
    for (size_t k = L->seen_cap ? hash_path(real) & (L->seen_cap - 1) : 0;
         L->seen_cap && L->seen[k]; k = (k + 1) & (L->seen_cap - 1)) {
        if (strcmp(L->loaded[L->seen[k] - 1].real_path, real) == 0) {
            *first = L->loaded[L->seen[k] - 1].loc;
            return true;
        }
    }
    char *copy = strdup(real);
    if (!copy || !HV_GROW(L->loaded, L->loaded_count, L->loaded_cap) ||
        ((L->loaded_count + 1) * 2 > L->seen_cap && !seen_grow(L))) {
        free(copy);
        L->build.oom = true;
        return false;
    }
    L->loaded[L->loaded_count++] = (struct loaded){copy, loc};
    seen_insert(L, L->loaded_count - 1);
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
    char *dir = hv_arena_strndup(L->build.arena, root_path, dir_len);
    if (!dir || !realpath(dir_len ? dir : ".", dir_real)) {
        hv_report(L->build.sink, HV_CHECK_INCLUDE, (hv_loc){root_path, 0, 0},
                  "cannot resolve the registry folder");
        return;
    }
    hv_xml_file *root_file = L->build.file;
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (!hv_build_is_element(c, "include"))
            continue;
        L->build.file = root_file;
        const char *name = hv_build_attr(&L->build, c, "file");
        if (L->build.oom)
            break; /* the budget is used up: that is the one finding, not every include left */
        hv_loc loc = hv_xml_attr_loc(root_file, c, "file");
        const char *problem = name ? include_path_problem(name) : "missing file name";
        if (problem) {
            const char *shown = name ? name : "";
            hv_report(L->build.sink, HV_CHECK_INCLUDE, loc, "bad include '%.*s': %s",
                      (int)hv_utf8_cut(shown, strlen(shown), 80), shown, problem);
            continue;
        }
        const char *joined = hv_arena_printf(L->build.arena, "%s%s", dir, name);
        if (!joined) {
            L->build.oom = true;
            return;
        }
        load_file(L, joined, true, loc, dir_real);
        if (L->build.oom)
            break;
    }
    L->build.file = root_file;
}

/* May `path` be loaded? Not past the file limit, not missing, not through a
 * link out of the root's folder, and not a second time. The path is
 * resolved once. */
static bool admitted(loader *L, const char *path, bool from_include, hv_loc cause,
                     const char *root_real_dir)
{
    if (L->loaded_count >= L->limits.max_files) {
        hv_report(L->build.sink, HV_CHECK_INCLUDE, cause,
                  "more than %zu registry files; refusing to load more (--large-registry "
                  "raises the limit for a trusted registry)",
                  L->limits.max_files);
        return false;
    }
    char real[PATH_MAX];
    bool resolved = realpath(path, real) != NULL;
    if (from_include && !resolved) {
        hv_report(L->build.sink, HV_CHECK_INCLUDE, cause, "cannot find included file '%s': %s",
                  path, strerror(errno));
        return false;
    }
    if (root_real_dir && resolved) {
        size_t n = strlen(root_real_dir);
        if (strncmp(real, root_real_dir, n) != 0 || real[n] != '/') {
            hv_report(L->build.sink, HV_CHECK_INCLUDE, cause,
                      "'%s' resolves outside the registry folder (through a symbolic link); "
                      "include only files inside it",
                      path);
            return false;
        }
    }
    if (resolved) {
        hv_loc first;
        hv_loc here = from_include ? cause : (hv_loc){path, 0, 0};
        if (seen_before(L, real, here, &first)) {
            hv_diag *d = hv_report(L->build.sink, HV_CHECK_INCLUDE, here,
                                   "'%s' is loaded twice; name each file once", path);
            hv_diag_add_note(d, first, "first loaded from here");
            return false;
        }
    }
    return true;
}

/* Every file read goes into reg->files, in load order (copied into the
 * arena once all are read). */
static void remember_file(loader *L, const char *path)
{
    if (!HV_GROW(L->files, L->file_count, L->file_cap)) {
        L->build.oom = true;
        return;
    }
    L->files[L->file_count++] = path;
}

static void keep_files(loader *L)
{
    const char **files = hv_arena_array(L->build.arena, L->file_count + 1, sizeof *files);
    if (!files) {
        L->build.oom = true;
        return;
    }
    if (L->file_count)
        memcpy(files, L->files, L->file_count * sizeof *files);
    L->reg->files = files;
    L->reg->file_count = L->file_count;
}

static void load_file(loader *L, const char *path, bool from_include, hv_loc cause,
                      const char *root_real_dir)
{
    if (!admitted(L, path, from_include, cause, root_real_dir))
        return;
    bool is_stdin = !from_include && strcmp(path, "-") == 0; /* named "<stdin>", as gcc does */
    remember_file(L, is_stdin ? "<stdin>" : path);
    hv_xml_file file;
    memset(&file, 0, sizeof file);
    file.path = is_stdin ? "<stdin>" : path;
    file.max_size = L->limits.max_file_size;
    bool read = hv_xml_read(&file, path, L->build.sink, cause);
    L->reg->bytes += file.len;
    if (!read || !hv_xml_validate(&file, L->schema, L->build.sink)) {
        hv_xml_close(&file);
        return;
    }
    hv_xml_file *outer = L->build.file;
    L->build.file = &file;
    xmlNodePtr root = xmlDocGetRootElement(file.doc);
    if (hv_build_is_element(root, "registry")) {
        if (from_include)
            hv_report(L->build.sink, HV_CHECK_INCLUDE, cause,
                      "'%s' is a root registry; only vendor files can be included", path);
        else
            load_includes(L, root, path);
    } else {
        add_vendor(L, hv_build_vendor(&L->build, root));
    }
    L->build.file = outer;
    hv_xml_close(&file);
}

hv_registry *hv_registry_load_limited(const char *const *paths, size_t count,
                                      const hv_load_limits *limits, hv_diag_sink *sink)
{
    xmlInitParser();
    hv_arena *arena = hv_arena_new(limits->arena_budget);
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
    L.limits = *limits;
    L.build.arena = arena;
    L.build.sink = sink;
    L.schema = hv_xml_schema_new();
    if (!L.schema) {
        hv_report(sink, HV_CHECK_SCHEMA, (hv_loc){NULL, 0, 0},
                  "internal error: the built-in schema does not compile");
    } else {
        for (size_t i = 0; i < count && !L.build.oom; i++) {
            const char *path = hv_arena_strdup(arena, paths[i]);
            if (path)
                load_file(&L, path, false, (hv_loc){NULL, 0, 0}, NULL);
            else
                L.build.oom = true;
        }
        keep_files(&L);
        if (!hv_model_index(reg, L.vendors, L.vendor_count))
            L.build.oom = true;
    }
    if (L.build.oom)
        hv_report(sink, HV_CHECK_XML, (hv_loc){NULL, 0, 0},
                  "registry too large: the %zu-MiB memory budget is used up, after %zu of its "
                  "files (--large-registry raises the budget for a trusted registry)",
                  limits->arena_budget / (1024u * 1024u), L.file_count);
    xmlRelaxNGFree(L.schema);
    for (size_t i = 0; i < L.loaded_count; i++)
        free(L.loaded[i].real_path);
    free(L.loaded);
    free(L.seen);
    free(L.files);
    free(L.vendors);
    return reg;
}

hv_registry *hv_registry_load(const char *const *paths, size_t count, hv_diag_sink *sink)
{
    hv_load_limits limits = hv_load_limits_default();
    return hv_registry_load_limited(paths, count, &limits, sink);
}
