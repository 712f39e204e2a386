/* output.c - atomic, write-if-changed output files. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
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

bool hv_write_file_if_changed(const char *path, const char *data, size_t len, bool *changed,
                              char *err, size_t errlen)
{
    *changed = false;
    if (same_content(path, data, len))
        return true;
    if (!make_parents(path, err, errlen))
        return false;
    char tmp[4096];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path) >= sizeof tmp) {
        snprintf(err, errlen, "path too long");
        return false;
    }
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errlen, "cannot create a temporary file next to it: %s", strerror(errno));
        return false;
    }
    /* mkstemp makes 0600 files; outputs get the usual 0666 less the umask */
    mode_t mask = umask(0);
    umask(mask);
    bool ok = fchmod(fd, 0666 & ~mask) == 0 && write_all(fd, data, len) && fsync(fd) == 0;
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        unlink(tmp);
        snprintf(err, errlen, "cannot write: %s", strerror(saved ? saved : EIO));
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
