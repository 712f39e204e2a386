/* gen/emit/html.c - the HTML spec through libxslt. The stylesheet is compiled
 * into the binary, so tool and templates cannot drift and no file is read
 * at run time; the transform runs with security preferences that forbid
 * reading or writing files, network access and creating folders, so even a
 * stray document() call fails instead of reaching outside. */
#include "gen/emit/html.h"

#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "gen/emit/canonical_xml.h"

/* Security preferences for one transform: everything external forbidden. */
static xsltSecurityPrefsPtr locked_down_prefs(void)
{
    xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
    if (!prefs)
        return NULL;
    static const xsltSecurityOption forbidden[] = {
        XSLT_SECPREF_READ_FILE,    XSLT_SECPREF_WRITE_FILE,    XSLT_SECPREF_CREATE_DIRECTORY,
        XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK,
    };
    for (size_t i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
        if (xsltSetSecurityPrefs(prefs, forbidden[i], xsltSecurityForbid) != 0) {
            xsltFreeSecurityPrefs(prefs);
            return NULL;
        }
    }
    return prefs;
}

static xsltStylesheetPtr load_stylesheet(const char *xsl, size_t len)
{
    if (len > (size_t)INT_MAX)
        return NULL;
    xmlDocPtr doc = xmlReadMemory(xsl, (int)len, "templates/spec.xsl", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOCDATA);
    if (!doc)
        return NULL;
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc); /* owns doc on success */
    if (!style)
        xmlFreeDoc(doc);
    return style;
}

/* ---- serialising ----------------------------------------------------------- */

static int append_cb(void *ctx, const char *bytes, int len)
{
    hv_strbuf *out = ctx;
    hv_strbuf_append(out, bytes, (size_t)len);
    return out->failed ? -1 : len;
}

/* A libxml2 output buffer that appends to `out` (no encoder: UTF-8 as is). */
static xmlOutputBufferPtr to_strbuf(hv_strbuf *out)
{
    return xmlOutputBufferCreateIO(append_cb, NULL, out, NULL);
}

/* ---- transforming ------------------------------------------------------------ */

/* Applies the stylesheet to `data` under the locked-down preferences, with
 * the parameters (name, value pairs, NULL-terminated; values quoted, never
 * evaluated as XPath). Returns the result document, or NULL with `err`. */
static xmlDocPtr apply(xsltStylesheetPtr style, xmlDocPtr data, const char **params, char *err,
                       size_t errlen)
{
    xsltSecurityPrefsPtr prefs = locked_down_prefs();
    xsltTransformContextPtr ctxt = prefs ? xsltNewTransformContext(style, data) : NULL;
    xmlDocPtr result = NULL;
    if (!ctxt || xsltSetCtxtSecurityPrefs(prefs, ctxt) != 0 ||
        xsltQuoteUserParams(ctxt, params) != 0) {
        snprintf(err, errlen, "cannot set up the XSLT transform");
    } else {
        result = xsltApplyStylesheetUser(style, data, NULL, NULL, NULL, ctxt);
        if (!result || ctxt->state != XSLT_STATE_OK) {
            snprintf(err, errlen, "the XSLT transform failed");
            xmlFreeDoc(result);
            result = NULL;
        }
    }
    if (ctxt)
        xsltFreeTransformContext(ctxt);
    if (prefs)
        xsltFreeSecurityPrefs(prefs);
    return result;
}

/* A whole result document, as xsltSaveResultTo writes it (DOCTYPE, the
 * encoding's <meta>), appended to `out`. */
static bool save_document(xsltStylesheetPtr style, xmlDocPtr result, hv_strbuf *out)
{
    xmlOutputBufferPtr buf = to_strbuf(out);
    bool ok = buf && xsltSaveResultTo(buf, result, style) >= 0;
    if (buf && xmlOutputBufferClose(buf) < 0)
        ok = false;
    return ok && !out->failed;
}

/* Runs the transform of the whole document `data`; the CSS goes in as a
 * string parameter. */
static bool transform(xsltStylesheetPtr style, xmlDocPtr data, const char *css, hv_strbuf *out,
                      char *err, size_t errlen)
{
    const char *params[] = {"css", css, NULL};
    xmlDocPtr result = apply(style, data, params, err, errlen);
    if (!result)
        return false;
    bool ok = save_document(style, result, out);
    if (!ok)
        snprintf(err, errlen, "cannot serialise the HTML page");
    xmlFreeDoc(result);
    return ok;
}

/* The CSS is copied raw into <style> (HTML rules), so it must not be able to
 * close the element. */
static bool css_safe(const char *css, char *err, size_t errlen)
{
    if (strstr(css, "</")) {
        snprintf(err, errlen, "the CSS contains \"</\", which would end <style>");
        return false;
    }
    return true;
}

bool hv_xslt_transform(const char *xsl, size_t xsl_len, xmlDocPtr data, const char *css,
                       hv_strbuf *out, char *err, size_t errlen)
{
    if (!css_safe(css, err, errlen))
        return false;
    xsltStylesheetPtr style = load_stylesheet(xsl, xsl_len);
    if (!style) {
        snprintf(err, errlen, "the stylesheet does not compile");
        return false;
    }
    bool ok = transform(style, data, css, out, err, errlen);
    xsltFreeStylesheet(style);
    return ok;
}

/* ---- the page, part by part -------------------------------------------------- */

#define PART_MARK "<hvcpuid-part></hvcpuid-part>"

/* One interface's section: its own document, transformed and serialised
 * as the page would hold it, then freed. */
static bool put_section(xsltStylesheetPtr style, const hv_xb_context *ctx,
                        const hv_interface *iface, hv_strbuf *out, char *err, size_t errlen)
{
    xmlDocPtr data = hv_canonical_section_build(ctx, iface);
    if (!data) {
        snprintf(err, errlen, "out of memory building the canonical XML");
        return false;
    }
    const char *params[] = {"part", "section", NULL};
    xmlDocPtr result = apply(style, data, params, err, errlen);
    xmlFreeDoc(data);
    if (!result)
        return false;
    xmlOutputBufferPtr buf = to_strbuf(out);
    xmlNodePtr root = xmlDocGetRootElement(result);
    if (buf && root)
        htmlNodeDumpFormatOutput(buf, result, root, "UTF-8", 1);
    bool ok = buf && root && xmlOutputBufferClose(buf) >= 0 && !out->failed;
    xmlFreeDoc(result);
    if (!ok)
        snprintf(err, errlen, "cannot serialise the HTML page");
    return ok;
}

/* The index (the page with a mark where each section goes), then each
 * section in its place. Marks cannot come from the registry: the serialiser
 * escapes every '<' of registry text, in text and attribute values alike. */
static bool put_page(xsltStylesheetPtr style, const hv_xb_context *ctx, const char *css,
                     hv_strbuf *out, char *err, size_t errlen)
{
    xmlDocPtr data = hv_canonical_index_build(ctx);
    if (!data) {
        snprintf(err, errlen, "out of memory building the canonical XML");
        return false;
    }
    const char *params[] = {"css", css, "part", "index", NULL};
    xmlDocPtr result = apply(style, data, params, err, errlen);
    xmlFreeDoc(data);
    hv_strbuf index;
    hv_strbuf_init(&index);
    bool ok = result && save_document(style, result, &index);
    xmlFreeDoc(result);
    if (result && !ok)
        snprintf(err, errlen, "cannot serialise the HTML page");
    const char *rest = hv_strbuf_cstr(&index);
    for (size_t i = 0; ok && i < ctx->reg->interface_count; i++) {
        const char *mark = strstr(rest, PART_MARK);
        if (!mark) {
            snprintf(err, errlen, "the page's index has fewer sections than interfaces");
            ok = false;
            break;
        }
        hv_strbuf_append(out, rest, (size_t)(mark - rest));
        rest = mark + strlen(PART_MARK);
        ok = put_section(style, ctx, ctx->reg->interfaces[i], out, err, errlen);
    }
    if (ok && strstr(rest, PART_MARK)) {
        snprintf(err, errlen, "the page's index has more sections than interfaces");
        ok = false;
    }
    if (ok)
        hv_strbuf_puts(out, rest);
    hv_strbuf_free(&index);
    return ok && !out->failed;
}

bool hv_html_page(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out, char *err,
                  size_t errlen)
{
    if (!css_safe(hv_template_css, err, errlen))
        return false;
    xsltStylesheetPtr style = load_stylesheet(hv_template_xsl, hv_template_xsl_len);
    if (!style) {
        snprintf(err, errlen, "the stylesheet does not compile");
        return false;
    }
    hv_xb_context ctx;
    bool ok = hv_xb_context_init(&ctx, reg, diags);
    if (!ok)
        snprintf(err, errlen, "out of memory building the canonical XML");
    else
        ok = put_page(style, &ctx, hv_template_css, out, err, errlen);
    hv_xb_context_free(&ctx);
    xsltFreeStylesheet(style);
    return ok;
}

bool hv_emit_html(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "html/index.html");
    return out && hv_html_page(ctx->reg, ctx->diags, out, ctx->err, ctx->errlen);
}
