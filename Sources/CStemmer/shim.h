// Snowball stemmers (Debian libstemmer-dev). The library ships no pkg-config file, so the
// module map links it by name.
#ifndef FLOWLEARN_CSTEMMER_SHIM_H
#define FLOWLEARN_CSTEMMER_SHIM_H

#include <libstemmer.h>

#endif
