/* validate/load_xml.c - hardened reading and parsing of one registry file.
 *
 * Defences: the file must be a regular file under a size cap; libxml2 runs
 * with no network and no DTD loading; a DOCTYPE stops the parser at once (no
 * internal subset means no entity declarations, so no expansion attacks);
 * libxml2's own depth and length limits stay on (no XML_PARSE_HUGE); only
 * UTF-8 is accepted, so no encoding converter is ever loaded; errors
 * go to our sink through the context's structured handler, never to the
 * process-wide handlers. */
#include "validate/load_xml.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "validate/load.h"
#include "validate/load_limits.h"
#include "validate/load_schema.h"
#include "validate/util/grow.h"
#include "validate/util/text.h"

typedef struct parse_state {
    hv_xml_file *file;
    hv_diag_sink *sink;
    bool doctype;
} parse_state;

hv_loc hv_xml_offset_loc(const hv_xml_file *file, size_t offset)
{
    hv_loc loc = {file->path, 0, 0};
    if (!file->line_count)
        return loc;
    size_t lo = 0, hi = file->line_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (file->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    loc.line = (unsigned)(lo + 1);
    loc.col = (unsigned)(offset - file->line_starts[lo] + 1);
    return loc;
}

/* Where each line starts (memchr from newline to newline, twice: to count,
 * then to fill). */
static bool index_lines(hv_xml_file *file)
{
    const char *end = file->buf + file->len;
    size_t lines = 1;
    for (const char *p = file->buf; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines++;
    file->line_starts = malloc(lines * sizeof *file->line_starts);
    if (!file->line_starts)
        return false;
    size_t n = 0;
    file->line_starts[n++] = 0;
    for (const char *p = file->buf; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        file->line_starts[n++] = (size_t)(p - file->buf) + 1;
    file->line_count = n;
    return true;
}

/* "-": standard input, which may be a pipe (no size to stat), read to the
 * same cap as a file and then one byte more to see that it ended. */
static bool read_stdin(hv_xml_file *file, hv_diag_sink *sink)
{
    hv_loc where = {file->path, 0, 0};
    size_t cap = HV_MAX_FILE_SIZE + 1, got = 0;
    file->buf = malloc(cap + 1);
    while (file->buf && got < cap) {
        ssize_t r = read(STDIN_FILENO, file->buf + got, cap - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            sink->io_error = true;
            hv_report(sink, HV_CHECK_XML, where, "cannot read standard input: %s", strerror(errno));
            return false;
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    if (!file->buf)
        hv_report(sink, HV_CHECK_XML, where, "out of memory reading standard input");
    else if (got > HV_MAX_FILE_SIZE)
        hv_report(sink, HV_CHECK_XML, where, "over the %u-byte limit for a registry file",
                  HV_MAX_FILE_SIZE);
    else if (got == 0)
        hv_report(sink, HV_CHECK_XML, where,
                  "empty input; a registry file starts with <registry> or <vendor>");
    if (!file->buf || got == 0 || got > HV_MAX_FILE_SIZE)
        return false;
    file->buf[got] = '\0';
    file->len = got;
    return index_lines(file);
}

static bool read_bounded(hv_xml_file *file, const char *path, hv_diag_sink *sink, hv_loc cause)
{
    if (strcmp(path, "-") == 0 && !cause.file)
        return read_stdin(file, sink);
    hv_loc where = {file->path, 0, 0};
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        sink->io_error = true;
        hv_diag *d = hv_report(sink, HV_CHECK_XML, where, "cannot open: %s", strerror(errno));
        if (cause.file)
            hv_diag_add_note(d, cause, "named here");
        return false;
    }
    struct stat st;
    bool ok = false;
    if (fstat(fd, &st) != 0) {
        sink->io_error = true;
        hv_report(sink, HV_CHECK_XML, where, "cannot stat: %s", strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        sink->io_error = true;
        hv_report(sink, HV_CHECK_XML, where,
                  "not a regular file; give the path of a registry .xml file");
    } else if ((uintmax_t)st.st_size > (file->max_size ? file->max_size : HV_MAX_FILE_SIZE)) {
        hv_report(sink, HV_CHECK_XML, where,
                  "file is %jd bytes, over the %zu-byte limit for a registry file",
                  (intmax_t)st.st_size, file->max_size ? file->max_size : HV_MAX_FILE_SIZE);
    } else if (st.st_size == 0) {
        hv_report(sink, HV_CHECK_XML, where,
                  "empty file; a registry file starts with <registry> or <vendor>");
    } else {
        size_t want = (size_t)st.st_size;
        file->buf = malloc(want + 1);
        size_t got = 0;
        while (file->buf && got < want) {
            ssize_t r = read(fd, file->buf + got, want - got);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        if (!file->buf || got != want) {
            sink->io_error = true;
            hv_report(sink, HV_CHECK_XML, where, "cannot read the whole file (%zu of %zu bytes)",
                      got, want);
        } else {
            file->buf[want] = '\0';
            file->len = want;
            ok = index_lines(file);
        }
    }
    close(fd);
    return ok;
}

/* libxml2's message (which can quote the file) in `msg`: cut on a character
 * boundary to fit, without the trailing newline and spaces. */
static void copy_message(char *msg, size_t cap, const char *text)
{
    size_t n = hv_utf8_cut(text, strlen(text), cap - 1);
    memcpy(msg, text, n);
    msg[n] = '\0';
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
}

/* libxml2 parser errors, via the context's structured handler. */
static void on_parse_error(void *user, xmlErrorPtr err)
{
    xmlParserCtxtPtr ctxt = user;
    parse_state *st = ctxt->_private;
    if (st->doctype)
        return; /* we stopped the parser ourselves; its complaints add nothing */
    char msg[512];
    copy_message(msg, sizeof msg, err->message ? err->message : "malformed XML");
    hv_loc loc = {st->file->path, (unsigned)(err->line > 0 ? err->line : 0),
                  (unsigned)(err->int2 > 0 ? err->int2 : 0)};
    hv_report(st->sink, HV_CHECK_XML, loc, "malformed XML: %s", msg);
}

static size_t current_offset(xmlParserCtxtPtr ctxt)
{
    xmlParserInputPtr in = ctxt->input;
    return (size_t)in->consumed + (size_t)(in->cur - in->base);
}

/* Any DOCTYPE: report it where it starts and stop parsing immediately. */
static void on_doctype(void *user, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)name;
    (void)ext;
    (void)sys;
    xmlParserCtxtPtr ctxt = user;
    parse_state *st = ctxt->_private;
    size_t end = current_offset(ctxt);
    size_t at = 0;
    const char *buf = st->file->buf;
    for (size_t i = end < st->file->len ? end : st->file->len; i >= 9; i--) {
        if (memcmp(buf + i - 9, "<!DOCTYPE", 9) == 0) {
            at = i - 9;
            break;
        }
    }
    st->doctype = true;
    hv_report(st->sink, HV_CHECK_XML, hv_xml_offset_loc(st->file, at),
              "DOCTYPE is not allowed: registry files never need a DTD, and DTDs carry entity "
              "and external-file attacks; remove the <!DOCTYPE ...> declaration");
    xmlStopParser(ctxt);
}

/* Default element handling plus the byte offset where the start tag ends. */
static void on_start(void *user, const xmlChar *localname, const xmlChar *prefix,
                     const xmlChar *uri, int nb_ns, const xmlChar **namespaces, int nb_attributes,
                     int nb_defaulted, const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = user;
    xmlSAX2StartElementNs(user, localname, prefix, uri, nb_ns, namespaces, nb_attributes,
                          nb_defaulted, attributes);
    if (ctxt->node)
        ctxt->node->_private = (void *)(uintptr_t)(current_offset(ctxt) + 1);
}

static bool ascii_ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = a[i] >= 'A' && a[i] <= 'Z' ? (char)(a[i] - 'A' + 'a') : a[i];
        if (c != b[i])
            return false;
    }
    return true;
}

/* Where the XML declaration's encoding="..." value starts, with its length;
 * false when there is no declaration or it names no encoding. */
static bool declared_encoding(const hv_xml_file *file, size_t *at, size_t *len)
{
    const char *b = file->buf;
    size_t i = file->len >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    if (file->len < i + 5 || memcmp(b + i, "<?xml", 5) != 0)
        return false;
    size_t end = i;
    while (end + 1 < file->len && end < 512 && !(b[end] == '?' && b[end + 1] == '>'))
        end++;
    for (size_t k = i; k + 8 < end; k++) {
        if (memcmp(b + k, "encoding", 8) != 0)
            continue;
        size_t v = k + 8;
        while (v < end && (b[v] == ' ' || b[v] == '=' || b[v] == '\t' || b[v] == '\n'))
            v++;
        if (v >= end || (b[v] != '"' && b[v] != '\''))
            return false;
        size_t close = v + 1;
        while (close < end && b[close] != b[v])
            close++;
        *at = v + 1;
        *len = close - (v + 1);
        return true;
    }
    return false;
}

/* Registry files are UTF-8. Another encoding, by byte-order mark, first bytes
 * or declaration, is refused before libxml2 sees it: converting it would make
 * glibc load a gconv module the input chose (a file read it was not asked
 * to), and byte offsets in diagnostics would no longer match the file. The
 * parser also runs with XML_PARSE_IGNORE_ENC as a second line. */
static bool check_encoding(const hv_xml_file *file, hv_diag_sink *sink)
{
    if (file->len >= 4) {
        xmlCharEncoding enc = xmlDetectCharEncoding((const unsigned char *)file->buf, 4);
        if (enc != XML_CHAR_ENCODING_NONE && enc != XML_CHAR_ENCODING_UTF8) {
            hv_report(sink, HV_CHECK_XML, hv_xml_offset_loc(file, 0),
                      "the file is not UTF-8 (its first bytes say %s); registry files are "
                      "UTF-8: convert it",
                      enc == XML_CHAR_ENCODING_EBCDIC ? "EBCDIC" : "UTF-16 or UTF-32");
            return false;
        }
    }
    size_t at, len;
    if (declared_encoding(file, &at, &len) && !ascii_ieq(file->buf + at, len, "utf-8")) {
        hv_report(sink, HV_CHECK_XML, hv_xml_offset_loc(file, at),
                  "encoding \"%.*s\" is not supported: registry files are UTF-8; convert the "
                  "file and declare encoding=\"UTF-8\"",
                  (int)hv_utf8_cut(file->buf + at, len, 40), file->buf + at);
        return false;
    }
    return true;
}

bool hv_xml_read(hv_xml_file *file, const char *path, hv_diag_sink *sink, hv_loc cause)
{
    if (!read_bounded(file, path, sink, cause) || !check_encoding(file, sink) ||
        !hv_xml_prescan(file, sink))
        return false;
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(file->buf, (int)file->len);
    if (!ctxt) {
        hv_report(sink, HV_CHECK_XML, (hv_loc){file->path, 0, 0},
                  "out of memory creating the XML parser");
        return false;
    }
    parse_state st = {file, sink, false};
    ctxt->_private = &st;
    ctxt->sax->serror = on_parse_error;
    ctxt->sax->error = NULL;
    ctxt->sax->warning = NULL;
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->startElementNs = on_start;
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                                XML_PARSE_IGNORE_ENC | XML_PARSE_COMPACT);
    size_t errors_before = sink->errors;
    xmlParseDocument(ctxt);
    bool ok = ctxt->wellFormed && !st.doctype && sink->errors == errors_before;
    if (ok) {
        file->doc = ctxt->myDoc;
    } else {
        if (sink->errors == errors_before)
            hv_report(sink, HV_CHECK_XML, (hv_loc){file->path, 0, 0}, "malformed XML");
        xmlFreeDoc(ctxt->myDoc);
    }
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    return ok;
}

/* libxml2's complaints, kept for load_schema.c to word from the schema. */
typedef struct schema_state {
    hv_schema_complaint *items;
    size_t count, cap;
    bool lost; /* out of memory: a complaint was dropped */
} schema_state;

static void on_schema_error(void *user, xmlErrorPtr err)
{
    schema_state *st = user;
    if (st->count >= HV_DIAG_LIMIT || !HV_GROW(st->items, st->count, st->cap)) {
        st->lost = true;
        return;
    }
    hv_schema_complaint *c = &st->items[st->count++];
    copy_message(c->message, sizeof c->message, err->message ? err->message : "invalid structure");
    c->node = err->node;
    c->line = (unsigned)(err->line > 0 ? err->line : 0);
}

bool hv_xml_validate(hv_xml_file *file, xmlRelaxNGPtr schema, hv_diag_sink *sink)
{
    if (!hv_xml_check_lengths(file, sink))
        return false;
    xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt(schema);
    if (!v)
        return false;
    schema_state st = {NULL, 0, 0, false};
    size_t errors_before = sink->errors;
    xmlRelaxNGSetValidStructuredErrors(v, on_schema_error, &st);
    int r = xmlRelaxNGValidateDoc(v, file->doc);
    xmlRelaxNGFreeValidCtxt(v);
    if (r != 0)
        hv_schema_explain(file, st.items, st.count, sink);
    free(st.items);
    if (r != 0 && sink->errors == errors_before)
        hv_report(sink, HV_CHECK_SCHEMA, (hv_loc){file->path, 0, 0},
                  "does not match the registry schema (see docs/format.md)");
    return r == 0;
}

static void ignore_schema_error(void *user, xmlErrorPtr err)
{
    (void)user;
    (void)err;
}

xmlRelaxNGPtr hv_xml_schema_new(void)
{
    xmlRelaxNGParserCtxtPtr pc =
        xmlRelaxNGNewMemParserCtxt(hv_registry_schema, (int)hv_registry_schema_len);
    if (!pc)
        return NULL;
    xmlRelaxNGSetParserStructuredErrors(pc, ignore_schema_error, NULL);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(pc);
    xmlRelaxNGFreeParserCtxt(pc);
    return schema;
}

void hv_xml_close(hv_xml_file *file)
{
    xmlFreeDoc(file->doc);
    free(file->buf);
    free(file->line_starts);
    memset(file, 0, sizeof *file);
}

/* Byte offset of the '<' that opens the element, found by walking back from
 * the end of its start tag (a start tag cannot contain a literal '<'). */
static bool tag_start(const hv_xml_file *file, xmlNodePtr node, size_t *start, size_t *end)
{
    uintptr_t mark = (uintptr_t)node->_private;
    if (!mark || mark - 1 > file->len)
        return false;
    size_t i = mark - 1;
    *end = i;
    while (i >= 8) { /* eight bytes at a time: does the word hold a '<'? */
        uint64_t w;
        memcpy(&w, file->buf + i - 8, 8);
        uint64_t x = w ^ 0x3c3c3c3c3c3c3c3cull;
        if ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull)
            break;
        i -= 8;
    }
    while (i > 0 && file->buf[i - 1] != '<')
        i--;
    if (i == 0)
        return false;
    *start = i - 1;
    return true;
}

hv_loc hv_xml_node_loc(const hv_xml_file *file, xmlNodePtr node)
{
    size_t start, end;
    if (node && tag_start(file, node, &start, &end))
        return hv_xml_offset_loc(file, start);
    hv_loc loc = {file->path, node ? (unsigned)xmlGetLineNo(node) : 0, 0};
    return loc;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Walks the start tag's attributes token by token (so a name inside another
 * attribute's value never matches) to find where `attr` begins. */
hv_loc hv_xml_attr_loc(const hv_xml_file *file, xmlNodePtr node, const char *attr)
{
    size_t start, end;
    if (!node || !tag_start(file, node, &start, &end))
        return hv_xml_node_loc(file, node);
    const char *b = file->buf;
    size_t i = start + 1, alen = strlen(attr);
    while (i < end && !is_space(b[i]) && b[i] != '>' && b[i] != '/')
        i++;
    while (i < end) {
        while (i < end && is_space(b[i]))
            i++;
        size_t name = i;
        while (i < end && b[i] != '=' && !is_space(b[i]) && b[i] != '>' && b[i] != '/')
            i++;
        if (i == name)
            break;
        if (i - name == alen && memcmp(b + name, attr, alen) == 0)
            return hv_xml_offset_loc(file, name);
        while (i < end && b[i] != '"' && b[i] != '\'')
            i++;
        if (i >= end)
            break;
        char quote = b[i++];
        while (i < end && b[i] != quote)
            i++;
        i++;
    }
    return hv_xml_node_loc(file, node);
}
