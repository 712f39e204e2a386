/* output.c - atomic, write-if-changed output files.
 *
 * Content goes to an unnamed file in the target's folder (O_TMPFILE), is
 * fsynced, and only then gets a temporary name and is renamed over the
 * target: a run killed while writing leaves nothing behind, and one killed
 * between those two calls leaves one NAME.tmp.* file, never a partial
 * target. Where O_TMPFILE or /proc is missing, a named mkstemp file is used. */
#define _GNU_SOURCE /* O_TMPFILE */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

hv_strbuf *hv_outputs_add(hv_outputs *outs, const char *path)
{
    if (outs->count == outs->cap) {
        size_t cap = outs->cap ? outs->cap * 2 : 16;
        hv_output *items = realloc(outs->items, cap * sizeof *items);
        if (!items)
            return NULL;
        outs->items = items;
        outs->cap = cap;
    }
    hv_output *o = &outs->items[outs->count];
    o->path = strdup(path);
    if (!o->path)
        return NULL;
    hv_strbuf_init(&o->data);
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

/* True when the file at `path` holds exactly `len` bytes equal to `data`. */
static bool same_content(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
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

static bool make_parents(const char *path, char *err, size_t errlen)
{
    char buf[4096];
    size_t n = strlen(path);
    if (n >= sizeof buf) {
        snprintf(err, errlen, "path too long");
        return false;
    }
    memcpy(buf, path, n + 1);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
            snprintf(err, errlen, "cannot create folder %s: %s", buf, strerror(errno));
            return false;
        }
        *p = '/';
    }
    return true;
}

static bool write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        data += w;
        len -= (size_t)w;
    }
    return true;
}

/* The usual mode of a new file: 0666 less the umask (mkstemp and O_TMPFILE
 * would otherwise leave 0600). */
static mode_t file_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* Writes the content and flushes it to disk; false with errno set. */
static bool fill(int fd, const char *data, size_t len)
{
    return fchmod(fd, file_mode()) == 0 && write_all(fd, data, len) && fsync(fd) == 0;
}

/* Fills an unnamed file in the target's folder and names it `tmp`. Returns 1
 * on success, 0 on a write error (errno set), -1 when this system cannot
 * (no O_TMPFILE, or no /proc to link through): then use a named file. */
static int write_unnamed(const char *path, const char *data, size_t len, char *tmp, size_t cap)
{
#ifdef O_TMPFILE
    char dir[4096];
    const char *slash = strrchr(path, '/');
    size_t n = slash ? (size_t)(slash - path) : 0;
    if (n + 1 >= sizeof dir)
        return -1;
    if (!slash)
        strcpy(dir, ".");
    else if (n == 0)
        strcpy(dir, "/");
    else {
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    if (!fill(fd, data, len)) {
        int saved = errno;
        close(fd);
        errno = saved;
        return 0;
    }
    char self[64];
    snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
    for (unsigned attempt = 0; attempt < 100; attempt++) {
        snprintf(tmp, cap, "%s.tmp.%ld.%u", path, (long)getpid(), attempt);
        if (linkat(AT_FDCWD, self, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0) {
            int rc = close(fd) == 0 ? 1 : 0;
            if (!rc)
                unlink(tmp);
            return rc;
        }
        if (errno != EEXIST)
            break;
    }
    close(fd);
    return -1;
#else
    (void)path;
    (void)data;
    (void)len;
    (void)tmp;
    (void)cap;
    return -1;
#endif
}

/* The fallback: a named temporary file beside the target. On failure *what
 * says which step failed, for the message. */
static bool write_named(const char *path, const char *data, size_t len, char *tmp, size_t cap,
                        const char **what)
{
    if ((size_t)snprintf(tmp, cap, "%s.tmp.XXXXXX", path) >= cap) {
        errno = ENAMETOOLONG;
        return false;
    }
    int fd = mkstemp(tmp);
    if (fd < 0) {
        *what = "cannot create a temporary file next to it";
        return false;
    }
    bool ok = fill(fd, data, len);
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        unlink(tmp);
        errno = saved;
    }
    return ok;
}

bool hv_write_file_if_changed(const char *path, const char *data, size_t len, bool *changed,
                              char *err, size_t errlen)
{
    *changed = false;
    if (same_content(path, data, len))
        return true;
    if (!make_parents(path, err, errlen))
        return false;
    char tmp[4200];
    errno = 0;
    const char *what = "cannot write";
    int unnamed = write_unnamed(path, data, len, tmp, sizeof tmp);
    bool ok = unnamed == 1 || (unnamed < 0 && write_named(path, data, len, tmp, sizeof tmp, &what));
    int saved = errno;
    if (ok && rename(tmp, path) != 0) {
        saved = errno;
        unlink(tmp);
        ok = false;
    }
    if (!ok) {
        snprintf(err, errlen, "%s: %s", what, strerror(saved ? saved : EIO));
        return false;
    }
    *changed = true;
    return true;
}

bool hv_outputs_write(const hv_outputs *outs, const char *dir, FILE *err, hv_write_stats *stats)
{
    memset(stats, 0, sizeof *stats);
    for (size_t i = 0; i < outs->count; i++) {
        const hv_output *o = &outs->items[i];
        char path[4096], why[512];
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, o->path) >= sizeof path) {
            fprintf(err, "%s/%s: error: path too long\n", dir, o->path);
            return false;
        }
        bool changed = false;
        if (!hv_write_file_if_changed(path, hv_strbuf_cstr((hv_strbuf *)&o->data), o->data.len,
                                      &changed, why, sizeof why)) {
            fprintf(err, "%s: error: %s\n", path, why);
            return false;
        }
        if (changed)
            stats->written++;
        else
            stats->unchanged++;
    }
    return true;
}
