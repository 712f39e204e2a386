/* gen/output.c - a set of generated files, written all or nothing.
 *
 * Writing goes in three phases so that a failure or a crash never leaves a
 * mix of old and new outputs, and costs one flush however many files change:
 *   1. stage: each output whose content differs from the file on disk is
 *      written to an unnamed file in its folder (O_TMPFILE; a named one where
 *      the system lacks it) and linked as NAME.tmp.PID.N beside the target;
 *   2. flush: one syncfs() per file system makes every staged file durable;
 *   3. commit: each staged file is renamed over its target, then each folder
 *      that got a new name is fsynced, so the names are durable too.
 * A failure while staging removes every staged file and changes nothing.
 * The tree is walked with openat() relative to folder descriptors and never
 * follows a symbolic link below the output folder (nor the folder itself):
 * a link planted in a committed out/ cannot redirect a write. */
#define _GNU_SOURCE /* O_TMPFILE, syncfs */
#include "gen/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "validate/util/grow.h"

void hv_outputs_init(hv_outputs *outs)
{
    memset(outs, 0, sizeof *outs);
}

void hv_outputs_free(hv_outputs *outs)
{
    for (size_t i = 0; i < outs->count; i++) {
        free(outs->items[i].path);
        hv_strbuf_free(&outs->items[i].data);
    }
    free(outs->items);
    memset(outs, 0, sizeof *outs);
}

void hv_outputs_limit(hv_outputs *outs, size_t bytes)
{
    outs->limited = true;
    outs->budget = bytes;
}

hv_strbuf *hv_outputs_add(hv_outputs *outs, const char *path)
{
    if (!HV_GROW(outs->items, outs->count, outs->cap))
        return NULL;
    hv_output *o = &outs->items[outs->count];
    o->path = strdup(path);
    if (!o->path)
        return NULL;
    hv_strbuf_init(&o->data);
    if (outs->limited)
        o->data.budget = &outs->budget; /* outs itself never moves; its items may */
    outs->count++;
    return &o->data;
}

bool hv_outputs_complete(const hv_outputs *outs)
{
    for (size_t i = 0; i < outs->count; i++)
        if (outs->items[i].data.failed)
            return false;
    return true;
}

bool hv_outputs_over_budget(const hv_outputs *outs)
{
    for (size_t i = 0; i < outs->count; i++)
        if (outs->items[i].data.over_budget)
            return true;
    return false;
}

/* ---- the folders of one write ------------------------------------------ */

/* A folder below the output root, opened once per write. */
typedef struct folder {
    char *rel; /* relative to the root; "" for the root itself */
    int fd;
    bool renamed_into;
} folder;

/* One staged file: its temporary name and its target in `folders[dir]`. */
typedef struct staged {
    size_t dir;
    char *tmp;
    const char *name;
} staged;

typedef struct writer {
    const char *root; /* as given, for messages */
    folder *folders;
    size_t folder_count, folder_cap;
    staged *files;
    size_t file_count;
    FILE *err;
    unsigned long tmp_serial;
} writer;

/* Reports "ROOT/REL: error: WHAT DETAIL". */
static void fail(writer *w, const char *rel, const char *what, const char *detail)
{
    fprintf(w->err, "%s%s%s: error: %s%s\n", w->root, rel[0] ? "/" : "", rel, what, detail);
}

/* Opens (creating when missing) `name` below folder `at`, refusing a link. */
static int open_folder_at(int at, const char *name)
{
    int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        if (mkdirat(at, name, 0777) != 0 && errno != EEXIST)
            return -1;
        fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    return fd;
}

/* Why opening a folder failed when it exists but is no folder to write in (a
 * symbolic link gets ELOOP or ENOTDIR); NULL for any other errno. */
static const char *open_problem(int at, const char *name, int saved)
{
    struct stat st;
    if (fstatat(at, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
        return "is a symbolic link; gen never follows links in its output folder";
    if (saved == ENOTDIR)
        return "is not a folder";
    return NULL;
}

/* The index of folder `rel` (the first `len` bytes of a '/'-separated path
 * below the root; length 0 is the root, always index 0), opening each
 * component not open yet; SIZE_MAX after reporting a failure. */
static size_t folder_index(writer *w, const char *rel, size_t len)
{
    for (size_t i = w->folder_count; i-- > 0;)
        if (strlen(w->folders[i].rel) == len && memcmp(w->folders[i].rel, rel, len) == 0)
            return i;
    size_t slash = len;
    while (slash > 0 && rel[slash - 1] != '/')
        slash--;
    size_t parent = folder_index(w, rel, slash ? slash - 1 : 0);
    if (parent == SIZE_MAX)
        return SIZE_MAX;
    char *copy = strndup(rel, len);
    if (!copy || !HV_GROW(w->folders, w->folder_count, w->folder_cap)) {
        free(copy);
        fail(w, "", "out of memory", "");
        return SIZE_MAX;
    }
    int fd = open_folder_at(w->folders[parent].fd, copy + slash);
    if (fd < 0) {
        int saved = errno;
        const char *why = open_problem(w->folders[parent].fd, copy + slash, saved);
        fail(w, copy, why ? "" : "cannot create or open the folder: ", why ? why : strerror(saved));
        free(copy);
        return SIZE_MAX;
    }
    w->folders[w->folder_count] = (folder){copy, fd, false};
    return w->folder_count++;
}

/* Opens `path` (a folder the user named, so links in it are followed),
 * creating it and its missing parents as `mkdir -p` would. */
static int open_parent(char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0 || errno != ENOENT)
        return fd;
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p)
            continue;
        char was = *p;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            return -1;
        *p = was;
        if (!was)
            break;
    }
    return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

/* Opens the output root itself as folder 0: created when missing, refused
 * when it is a symbolic link. */
static bool open_root(writer *w)
{
    if (!HV_GROW(w->folders, w->folder_count, w->folder_cap) || !(w->folders[0].rel = strdup(""))) {
        fail(w, "", "out of memory", "");
        return false;
    }
    const char *slash = strrchr(w->root, '/');
    int at = AT_FDCWD;
    const char *name = w->root;
    if (slash) { /* the parent as given (made when missing), then the last component */
        char *parent = strndup(w->root, (size_t)(slash - w->root));
        if (!parent) {
            fail(w, "", "out of memory", "");
            return false;
        }
        at = open_parent(parent[0] ? parent : "/");
        int saved = errno;
        free(parent);
        if (at < 0) {
            fail(w, "", "cannot create or open its parent folder: ", strerror(saved));
            return false;
        }
        name = slash + 1;
    }
    int fd = open_folder_at(at, name);
    if (fd < 0) {
        int saved = errno;
        const char *why = open_problem(at, name, saved);
        fail(w, "", why ? "" : "cannot create or open the folder: ", why ? why : strerror(saved));
    }
    if (at != AT_FDCWD)
        close(at);
    w->folders[0].fd = fd;
    w->folders[0].renamed_into = false;
    w->folder_count = fd >= 0;
    return fd >= 0;
}

/* ---- phase 1: stage ------------------------------------------------------ */

/* True when `name` in folder `fd` is a regular file holding exactly `len`
 * bytes equal to `data` (a symbolic link is never the same: it is replaced). */
static bool same_content(int dirfd, const char *name, const char *data, size_t len)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    bool same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == len;
    char buf[65536];
    size_t at = 0;
    while (same && at < len) {
        size_t want = len - at < sizeof buf ? len - at : sizeof buf;
        ssize_t r = read(fd, buf, want);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0 || memcmp(buf, data + at, (size_t)r) != 0)
            same = false;
        else
            at += (size_t)r;
    }
    close(fd);
    return same;
}

static bool write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        len -= (size_t)n;
    }
    return true;
}

/* The usual mode of a new file: 0666 less the umask (O_TMPFILE and O_EXCL
 * files are created 0600 here so nobody reads them half-written). */
static mode_t file_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

static bool fill(int fd, const char *data, size_t len)
{
    return fchmod(fd, file_mode()) == 0 && write_all(fd, data, len);
}

/* Closes `fd`, keeping errno from before when the close succeeds. */
static bool close_keeping_errno(int fd, bool ok)
{
    int saved = errno;
    if (close(fd) != 0)
        return false;
    errno = saved;
    return ok;
}

/* Writes `data` to a new file named `tmp` in folder `dirfd`: an unnamed
 * O_TMPFILE file linked under that name once complete, or, where the system
 * cannot (no O_TMPFILE or no /proc), a file created with O_EXCL. On failure
 * errno is set and *what names the step, for the message. */
static bool write_temporary(int dirfd, const char *tmp, const char *data, size_t len,
                            const char **what)
{
    *what = "cannot write: ";
#ifdef O_TMPFILE
    int unnamed = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (unnamed >= 0) {
        char self[64];
        snprintf(self, sizeof self, "/proc/self/fd/%d", unnamed);
        if (!fill(unnamed, data, len))
            return close_keeping_errno(unnamed, false);
        if (linkat(AT_FDCWD, self, dirfd, tmp, AT_SYMLINK_FOLLOW) == 0) {
            if (close_keeping_errno(unnamed, true))
                return true;
            int saved = errno;
            unlinkat(dirfd, tmp, 0);
            errno = saved;
            return false;
        }
        int saved = errno;
        close(unnamed);
        if (saved != ENOENT && saved != EXDEV && saved != EPERM) {
            errno = saved;
            return false;
        }
    }
#endif
    int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *what = "cannot create a temporary file next to it: ";
        return false;
    }
    bool ok = close_keeping_errno(fd, fill(fd, data, len));
    if (!ok) {
        int saved = errno;
        unlinkat(dirfd, tmp, 0);
        errno = saved;
    }
    return ok;
}

/* Stages output `o` when its content changed; *changed tells whether. */
static bool stage(writer *w, const hv_output *o, bool *changed)
{
    const char *slash = strrchr(o->path, '/');
    const char *name = slash ? slash + 1 : o->path;
    size_t dir = folder_index(w, o->path, slash ? (size_t)(slash - o->path) : 0);
    if (dir == SIZE_MAX)
        return false;
    const char *data = o->data.data ? o->data.data : "";
    *changed = !same_content(w->folders[dir].fd, name, data, o->data.len);
    if (!*changed)
        return true;
    staged *s = &w->files[w->file_count];
    char tmp[64];
    const char *what = NULL;
    for (;;) {
        snprintf(tmp, sizeof tmp, ".tmp.%ld.%lu", (long)getpid(), w->tmp_serial++);
        s->tmp = malloc(strlen(name) + strlen(tmp) + 1);
        if (!s->tmp) {
            fail(w, o->path, "out of memory", "");
            return false;
        }
        strcat(strcpy(s->tmp, name), tmp);
        if (write_temporary(w->folders[dir].fd, s->tmp, data, o->data.len, &what))
            break;
        int saved = errno;
        free(s->tmp);
        if (saved != EEXIST) {
            fail(w, o->path, what, strerror(saved));
            return false;
        }
    }
    s->dir = dir;
    s->name = name;
    w->file_count++;
    return true;
}

/* ---- phases 2 and 3: flush and commit ---------------------------------- */

/* One syncfs() per file system the staged files are on. */
static bool flush(writer *w)
{
    dev_t seen[8];
    size_t nseen = 0;
    for (size_t i = 0; i < w->folder_count; i++) {
        struct stat st;
        if (fstat(w->folders[i].fd, &st) != 0)
            return false;
        bool known = false;
        for (size_t k = 0; k < nseen; k++)
            known |= seen[k] == st.st_dev;
        if (known)
            continue;
        if (syncfs(w->folders[i].fd) != 0)
            return false;
        if (nseen < sizeof seen / sizeof seen[0])
            seen[nseen++] = st.st_dev;
    }
    return true;
}

static void discard_staged(writer *w, size_t from)
{
    for (size_t i = from; i < w->file_count; i++)
        unlinkat(w->folders[w->files[i].dir].fd, w->files[i].tmp, 0);
}

static bool commit(writer *w)
{
    for (size_t i = 0; i < w->file_count; i++) {
        staged *s = &w->files[i];
        folder *f = &w->folders[s->dir];
        if (renameat(f->fd, s->tmp, f->fd, s->name) != 0) {
            int saved = errno;
            fail(w, f->rel, "cannot rename a new file into place: ", strerror(saved));
            discard_staged(w, i);
            return false;
        }
        f->renamed_into = true;
    }
    for (size_t i = 0; i < w->folder_count; i++)
        if (w->folders[i].renamed_into && fsync(w->folders[i].fd) != 0) {
            fail(w, w->folders[i].rel, "cannot flush the folder: ", strerror(errno));
            return false;
        }
    return true;
}

static void writer_free(writer *w)
{
    for (size_t i = 0; i < w->file_count; i++)
        free(w->files[i].tmp);
    for (size_t i = 0; i < w->folder_count; i++) {
        close(w->folders[i].fd);
        free(w->folders[i].rel);
    }
    if (w->folder_count == 0 && w->folders)
        free(w->folders[0].rel);
    free(w->files);
    free(w->folders);
}

bool hv_outputs_write(const hv_outputs *outs, const char *dir, FILE *err, hv_write_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    size_t len = strlen(dir);
    while (len > 1 && dir[len - 1] == '/')
        len--; /* "out/" is "out": a trailing slash would follow a link */
    if (len == 0 || (len == 1 && dir[0] == '/')) {
        fprintf(err, "hvcpuid gen: error: refusing to write the outputs %s\n",
                len ? "into the root folder '/'" : "to an empty folder name");
        return false;
    }
    char *root = strndup(dir, len);
    writer w = {.root = root, .err = err};
    w.files = root ? calloc(outs->count ? outs->count : 1, sizeof *w.files) : NULL;
    if (!w.files)
        fprintf(err, "%s: error: out of memory\n", dir);
    bool ok = w.files && open_root(&w);
    for (size_t i = 0; ok && i < outs->count; i++) {
        bool changed = false;
        ok = stage(&w, &outs->items[i], &changed);
        stats->written += ok && changed;
        stats->unchanged += ok && !changed;
    }
    if (ok && w.file_count && !flush(&w)) {
        fprintf(err, "%s: error: cannot flush the new files to disk: %s\n", root, strerror(errno));
        ok = false;
    }
    if (!ok)
        discard_staged(&w, 0);
    ok = ok && commit(&w);
    if (!ok)
        stats->written = stats->unchanged = 0;
    writer_free(&w);
    free(root);
    return ok;
}
