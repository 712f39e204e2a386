/* gen/version.h - the one place the release number lives. Generated files name
 * it instead of a date, so they stay byte-identical between runs. */
#ifndef HVCPUID_VERSION_H
#define HVCPUID_VERSION_H

#define HVCPUID_VERSION "0.1.0"

#endif
