// zlib (Debian zlib1g-dev), for reading dictzip (gzip) dictionaries. `inflateInit2` is a macro
// Swift cannot import, so it is exposed as a function.
#ifndef FLOWLEARN_CZLIB_SHIM_H
#define FLOWLEARN_CZLIB_SHIM_H

#include <zlib.h>

static inline int flowlearn_inflate_init_gzip(z_streamp stream) {
    // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
    return inflateInit2(stream, 16 + MAX_WBITS);
}

#endif
