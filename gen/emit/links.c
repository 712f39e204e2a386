/* gen/emit/links.c - which registry sources may become links in the HTML spec. A
 * URL is linked only when it is plain http(s); a repository reference only
 * as a GitHub blob link assembled from parts that each passed validation.
 * Everything else stays text, so no registry string can smuggle a
 * javascript: or data: link, or an attribute break, into the page. */
#include "gen/emit/links.h"

#include <string.h>

#include "validate/util/strbuf.h"
#include "gen/emit/anchors.h"

/* True for an absolute http(s) URL of plain printable ASCII with no
 * characters that could end an attribute or start markup. */
static bool safe_url(const char *url)
{
    if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0)
        return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= 0x20 || *p >= 0x7f || strchr("\"'<>\\`", *p))
            return false;
    return true;
}

static bool github_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

/* One path segment or repository part: plain characters, not "." or "..". */
static bool plain_segment(const char *s, size_t n, const char *extra)
{
    if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!github_char(s[i]) && !strchr(extra, s[i]))
            return false;
    return true;
}

static bool safe_repo(const char *repo)
{
    const char *slash = strchr(repo, '/');
    return slash && plain_segment(repo, (size_t)(slash - repo), "") &&
           plain_segment(slash + 1, strlen(slash + 1), "");
}

/* A relative path of plain segments (no empty, "." or ".." segment). */
static bool safe_path(const char *path)
{
    for (const char *seg = path;;) {
        const char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        if (!plain_segment(seg, n, "+@"))
            return false;
        if (!end)
            return true;
        seg = end + 1;
    }
}

static bool safe_commit(const char *commit)
{
    size_t n = strlen(commit);
    if (n < 7 || n > 40)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((commit[i] >= '0' && commit[i] <= '9') || (commit[i] >= 'a' && commit[i] <= 'f')))
            return false;
    return true;
}

char *hv_source_href(const hv_source *s)
{
    if (s->url)
        return safe_url(s->url) ? hv_asprintf("%s", s->url) : NULL;
    if (s->repo && s->path && s->commit && safe_repo(s->repo) && safe_path(s->path) &&
        safe_commit(s->commit))
        return hv_asprintf("https://github.com/%s/blob/%s/%s", s->repo, s->commit, s->path);
    return NULL;
}
