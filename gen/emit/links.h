/* gen/emit/links.h - safe link targets for registry sources (see gen/emit/links.c). */
#ifndef HVCPUID_LINKS_H
#define HVCPUID_LINKS_H

#include "validate/model.h"

/* The link a source may carry: its URL when that is plain http(s), else
 * https://github.com/OWNER/NAME/blob/COMMIT/PATH when repo, path and commit
 * are all present and valid; NULL when neither (or out of memory). The
 * result is malloc'd. */
char *hv_source_href(const hv_source *s);

#endif
