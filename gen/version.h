/* gen/version.h - the one place the release number lives. Generated files name
 * it instead of a date, so they stay byte-identical between runs. */
#ifndef HVCPUID_VERSION_H
#define HVCPUID_VERSION_H

#define HVCPUID_VERSION "0.1.0"
/* The release's date, for the manual page's footer (never the build date);
 * debian/changelog's entry for HVCPUID_VERSION carries the same day
 * (tests/cli/package.sh). */
#define HVCPUID_RELEASE_DATE "2026-12-01"

#endif
