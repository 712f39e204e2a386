/* gen/emit/html.c - the HTML spec through libxslt. The stylesheet is compiled
 * into the binary, so tool and templates cannot drift and no file is read
 * at run time; the transform runs with security preferences that forbid
 * reading or writing files, network access and creating folders, so even a
 * stray document() call fails instead of reaching outside. */
#include "gen/emit/html.h"

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

/* Runs the transform; the CSS goes in as a string parameter (quoted, never
 * evaluated as XPath). */
static bool transform(xsltStylesheetPtr style, xmlDocPtr data, const char *css, hv_strbuf *out,
                      char *err, size_t errlen)
{
    xsltSecurityPrefsPtr prefs = locked_down_prefs();
    xsltTransformContextPtr ctxt = prefs ? xsltNewTransformContext(style, data) : NULL;
    const char *params[] = {"css", css, NULL};
    bool ok = false;
    xmlDocPtr result = NULL;
    if (!ctxt || xsltSetCtxtSecurityPrefs(prefs, ctxt) != 0 ||
        xsltQuoteUserParams(ctxt, params) != 0) {
        snprintf(err, errlen, "cannot set up the XSLT transform");
        goto done;
    }
    result = xsltApplyStylesheetUser(style, data, NULL, NULL, NULL, ctxt);
    if (!result || ctxt->state != XSLT_STATE_OK) {
        snprintf(err, errlen, "the XSLT transform failed");
        goto done;
    }
    xmlChar *mem = NULL;
    int len = 0;
    if (xsltSaveResultToString(&mem, &len, result, style) != 0 || !mem || len <= 0) {
        snprintf(err, errlen, "cannot serialise the HTML page");
        xmlFree(mem);
        goto done;
    }
    hv_strbuf_append(out, (const char *)mem, (size_t)len);
    xmlFree(mem);
    ok = !out->failed;
    if (!ok)
        snprintf(err, errlen, "out of memory");
done:
    xmlFreeDoc(result);
    if (ctxt)
        xsltFreeTransformContext(ctxt);
    if (prefs)
        xsltFreeSecurityPrefs(prefs);
    return ok;
}

bool hv_xslt_transform(const char *xsl, size_t xsl_len, xmlDocPtr data, const char *css,
                       hv_strbuf *out, char *err, size_t errlen)
{
    /* The serialiser copies <style> content raw (HTML rules), so the CSS
     * must not be able to close the element. */
    if (strstr(css, "</")) {
        snprintf(err, errlen, "the CSS contains \"</\", which would end <style>");
        return false;
    }
    xsltStylesheetPtr style = load_stylesheet(xsl, xsl_len);
    if (!style) {
        snprintf(err, errlen, "the stylesheet does not compile");
        return false;
    }
    bool ok = transform(style, data, css, out, err, errlen);
    xsltFreeStylesheet(style);
    return ok;
}

bool hv_html_page(const hv_registry *reg, const hv_diag_sink *diags, hv_strbuf *out, char *err,
                  size_t errlen)
{
    xmlDocPtr data = hv_canonical_xml_build(reg, diags);
    if (!data) {
        snprintf(err, errlen, "out of memory building the canonical XML");
        return false;
    }
    bool ok = hv_xslt_transform(hv_template_xsl, hv_template_xsl_len, data, hv_template_css, out,
                                err, errlen);
    xmlFreeDoc(data);
    return ok;
}

bool hv_emit_html(const hv_emit_ctx *ctx, hv_outputs *outs)
{
    hv_strbuf *out = hv_outputs_add(outs, "html/index.html");
    return out && hv_html_page(ctx->reg, ctx->diags, out, ctx->err, ctx->errlen);
}
